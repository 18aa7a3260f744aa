package ingest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"chronicle"
)

// Column names read from a CSV header, lower-cased; the first one present
// of each list is used.
var (
	textColumns      = setOf("text", "body", "content")
	csvColumnChoices = map[string][]string{
		"text":      {"text", "body", "content"},
		"id":        {"id"},
		"url":       {"url", "link"},
		"title":     {"title", "headline"},
		"published": {"published", "date", "published_at", "publish_date"},
		"outlet":    {"outlet", "source", "site"},
		"authors":   {"authors", "author"},
	}
)

// readCSV reads a CSV file with a header row, one article per row. A row
// that fails is reported as name:line; a quoting error ends the file, as
// the rows after it can no longer be told apart.
func (s source) readCSV(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	if head, _ := r.Peek(sniffBytes); looksBinary(head) {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "binary file, not CSV"))
		return
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		yield(chronicle.Article{}, wrapError(s.name, "unreadable CSV header", err))
		return
	}
	col := map[string]int{}
	for i, name := range header {
		name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\uFEFF")))
		if _, dup := col[name]; !dup {
			col[name] = i
		}
	}
	column := map[string]int{}
	for field, choices := range csvColumnChoices {
		column[field] = -1
		for _, c := range choices {
			if i, ok := col[c]; ok {
				column[field] = i
				break
			}
		}
	}
	if column["text"] < 0 {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "CSV header has no text column"))
		return
	}
	rows := 0
	for {
		record, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			input := s.name
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				input = fmt.Sprintf("%s:%d", s.name, pe.StartLine)
			}
			yield(chronicle.Article{}, wrapError(input, "malformed CSV", err))
			return
		}
		line, _ := cr.FieldPos(0)
		input := fmt.Sprintf("%s:%d", s.name, line)
		rows++
		a, err := s.csvArticle(input, record, column)
		if !yield(a, err) {
			return
		}
	}
	if rows == 0 {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "CSV has a header but no rows"))
	}
}

func (s source) csvArticle(input string, record []string, column map[string]int) (chronicle.Article, error) {
	get := func(field string) string {
		if i := column[field]; i >= 0 && i < len(record) {
			return record[i]
		}
		return ""
	}
	text := get("text")
	if len(text) > MaxDocumentBytes {
		return chronicle.Article{}, chronicle.Errorf(chronicle.ETOOLARGE, input, "text longer than %s", size(MaxDocumentBytes))
	}
	text, err := toUTF8(input, []byte(text), "", false)
	if err != nil {
		return chronicle.Article{}, err
	}
	g := given{ID: get("id"), URL: get("url"), Title: get("title"), Outlet: get("outlet"), Authors: splitAuthors(get("authors"))}
	if published := strings.TrimSpace(get("published")); published != "" {
		t, ok := parseDate(published)
		if !ok {
			return chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, input, "unreadable date %q", published)
		}
		g.Published = t
	}
	return s.article(input, text, g)
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
