package ingest

import (
	"bufio"
	"fmt"
	"io"
	"time"

	"chronicle"
)

// readDocument reads a whole stream as one text or HTML article.
func (s source) readDocument(r *bufio.Reader, format string, yield func(chronicle.Article, error) bool) {
	data, err := readLimited(s.name, r, MaxDocumentBytes)
	if err != nil {
		yield(chronicle.Article{}, err)
		return
	}
	if looksBinary(data) {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "binary file, not text"))
		return
	}
	var a chronicle.Article
	if format == FormatHTML {
		a, err = s.htmlArticle(s.name, data, "", "", time.Time{})
	} else {
		var text string
		if text, err = toUTF8(s.name, data, "", false); err == nil {
			a, err = s.article(s.name, text, given{})
		}
	}
	yield(a, err)
}

// readLimited reads all of r, or fails with an error naming input when it
// holds more than limit bytes.
func readLimited(input string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, wrapError(input, "cannot read", err)
	}
	if int64(len(data)) > limit {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, input, "larger than %s, the limit for one input of this kind", size(limit))
	}
	return data, nil
}

func size(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }
