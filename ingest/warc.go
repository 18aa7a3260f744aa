package ingest

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"strings"

	"chronicle"

	"github.com/nlnwa/gowarc/v3"
)

// readWARC yields an article for every response record of a WARC file
// whose payload is HTML. Damaged records are reported as name#record; a
// record that cannot be parsed at all ends the file, since where the next
// one starts is unknown.
func (s source) readWARC(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	// Spec violations stay at gowarc's default, ErrWarn: checking the digest
	// is what makes gowarc keep the payload; with ErrIgnore it streams the
	// block and a payload past its first 4 KiB is lost by the time it is read.
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		yield(chronicle.Article{}, wrapError(s.name, "unreadable WARC", err))
		return
	}
	defer wr.Close()
	pages := 0
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		input := fmt.Sprintf("%s#%d", s.name, n)
		if err != nil {
			yield(chronicle.Article{}, wrapError(input, "malformed WARC record", err))
			return
		}
		a, isPage, err := s.warcArticle(input, rec.WarcRecord)
		rec.Close()
		if !isPage {
			continue
		}
		pages++
		if !yield(a, err) {
			return
		}
	}
	if pages == 0 {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "WARC file has no HTML responses"))
	}
}

// warcArticle reads a response record with an HTML payload; isPage is
// false for every other record (requests, metadata, images, scripts).
func (s source) warcArticle(input string, rec gowarc.WarcRecord) (a chronicle.Article, isPage bool, err error) {
	if rec.Type() != gowarc.Response {
		return a, false, nil
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpHeader() == nil {
		return a, false, nil
	}
	contentType := block.HttpHeader().Get("Content-Type")
	if media, _, _ := mime.ParseMediaType(contentType); media != "text/html" && media != "application/xhtml+xml" {
		return a, false, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return a, true, wrapError(input, "unreadable WARC payload", err)
	}
	if strings.EqualFold(block.HttpHeader().Get("Content-Encoding"), "gzip") {
		gz, err := gzip.NewReader(payload)
		if err != nil {
			return a, true, wrapError(input, "corrupt gzip payload", err)
		}
		payload = &gzipErrors{gz}
	}
	data, err := readLimited(input, payload, MaxDocumentBytes)
	if err != nil {
		return a, true, err
	}
	if strings.TrimSpace(string(data)) == "" {
		return a, true, chronicle.Errorf(chronicle.EINVALID, input, "empty HTML response")
	}
	if looksBinary(data) {
		return a, true, chronicle.Errorf(chronicle.EINVALID, input, "HTML response is binary (compressed payload?)")
	}
	captured, _ := rec.WarcHeader().GetTime(gowarc.WarcDate)
	a, err = s.htmlArticle(input, data, contentType, rec.WarcHeader().Get(gowarc.WarcTargetURI), captured)
	return a, true, err
}
