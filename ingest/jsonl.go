package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"chronicle"
)

// jsonArticle is one article as JSON: `text` is required; the other
// fields are optional, with a few common alternative names.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Outlet    string          `json:"outlet"`
	Source    string          `json:"source"`
	Authors   json.RawMessage `json:"authors"`
	Author    json.RawMessage `json:"author"`
	Text      *string         `json:"text"`
	Body      *string         `json:"body"`
	Content   *string         `json:"content"`
}

// readJSON reads JSONL (one object per line), or JSON holding one object
// or an array of objects. A malformed line is reported as name:line and
// the next line is read.
func (s source) readJSON(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	head, _ := r.Peek(sniffBytes)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if looksBinary(head) {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "binary file, not JSON"))
		return
	}
	firstLine, _, _ := bytes.Cut(trimmed, []byte("\n"))
	switch {
	case len(trimmed) == 0:
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "empty input"))
	case trimmed[0] == '[', opensPrettyJSON(bytes.TrimSpace(firstLine)):
		s.readJSONValues(r, yield)
	default:
		s.readJSONLines(r, yield)
	}
}

// opensPrettyJSON tells the first line of an object laid out over several
// lines from a line of JSONL, complete or malformed.
func opensPrettyJSON(firstLine []byte) bool {
	if json.Valid(firstLine) || len(firstLine) == 0 {
		return false
	}
	last := firstLine[len(firstLine)-1]
	return last == '{' || last == '[' || last == ',' || last == ':'
}

func (s source) readJSONLines(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	for l, err := range lines(r, MaxDocumentBytes) {
		input := fmt.Sprintf("%s:%d", s.name, l.number)
		if err != nil {
			yield(chronicle.Article{}, wrapError(input, "cannot read", err))
			return
		}
		if l.tooLong {
			if !yield(chronicle.Article{}, chronicle.Errorf(chronicle.ETOOLARGE, input, "line longer than %s", size(MaxDocumentBytes))) {
				return
			}
			continue
		}
		if len(bytes.TrimSpace(l.data)) == 0 {
			continue
		}
		var ja jsonArticle
		var a chronicle.Article
		if err := json.Unmarshal(bytes.TrimPrefix(l.data, utf8BOM), &ja); err != nil {
			err = chronicle.Errorf(chronicle.EINVALID, input, "malformed JSON: %v", err)
			if !yield(a, err) {
				return
			}
			continue
		}
		a, err = s.jsonArticle(input, ja)
		if !yield(a, err) {
			return
		}
	}
}

// readJSONValues reads a JSON array of objects, or objects one after the
// other however they are laid out. A syntax error ends the stream: where
// the next object starts is then unknown.
func (s source) readJSONValues(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	dec := json.NewDecoder(&limitedReader{r: r, left: MaxStreamBytes, input: s.name})
	array := false
	if b, _ := r.Peek(sniffBytes); bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("[")) {
		if _, err := dec.Token(); err != nil {
			yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "malformed JSON: %v", err))
			return
		}
		array = true
	}
	for n := 1; dec.More(); n++ {
		input := fmt.Sprintf("%s#%d", s.name, n)
		var ja jsonArticle
		if err := dec.Decode(&ja); err != nil {
			yield(chronicle.Article{}, wrapError(input, "malformed JSON", err))
			return
		}
		a, err := s.jsonArticle(input, ja)
		if !yield(a, err) {
			return
		}
	}
	if array {
		if _, err := dec.Token(); err != nil {
			yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "malformed JSON: unterminated array"))
		}
	}
}

func (s source) jsonArticle(input string, ja jsonArticle) (chronicle.Article, error) {
	text := firstPtr(ja.Text, ja.Body, ja.Content)
	if text == nil {
		return chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, input, "no \"text\" field")
	}
	g := given{
		ID:      rawString(ja.ID),
		URL:     first(ja.URL, ja.Link),
		Title:   first(ja.Title, ja.Headline),
		Outlet:  first(ja.Outlet, ja.Source),
		Authors: rawAuthors(ja.Authors),
	}
	if g.Authors == nil {
		g.Authors = rawAuthors(ja.Author)
	}
	published := first(rawString(ja.Published), rawString(ja.Date))
	if published != "" {
		t, ok := parseDate(published)
		if !ok {
			return chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, input, "unreadable date %q", published)
		}
		g.Published = t
	}
	return s.article(input, *text, g)
}

func firstPtr(ps ...*string) *string {
	for _, p := range ps {
		if p != nil {
			return p
		}
	}
	return nil
}

// rawString reads a JSON string or number as a string ("" for null).
func rawString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// rawAuthors reads a list of names or one string of names.
func rawAuthors(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		var out []string
		for _, a := range list {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
		}
		return out
	}
	return splitAuthors(rawString(raw))
}

// limitedReader fails, naming the input, once more than left bytes are read.
type limitedReader struct {
	r     *bufio.Reader
	left  int64
	input string
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, chronicle.Errorf(chronicle.ETOOLARGE, l.input, "larger than %s", size(MaxStreamBytes))
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
