package iob2

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"chronicle"
)

// Sentence is one annotated sentence: its id (from "# sent_id", may be
// empty), its tokens and one IOB2 tag per token ("O", "B-PER", "I-PER", ...).
type Sentence struct {
	ID     string
	Doc    string // from the last "# newdoc id" before it, "" if none
	Tokens []string
	Tags   []string
}

// Entity is a span of tokens [First, Last) of one type.
type Entity struct {
	First, Last int
	Type        string
}

// Read parses IOB2 from r; name identifies the input in errors.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var (
		out    []Sentence
		cur    Sentence
		doc    string
		lineNo int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{Doc: doc}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			continue
		case strings.HasPrefix(line, "#"):
			if id, ok := strings.CutPrefix(strings.TrimSpace(line[1:]), "newdoc"); ok {
				if len(cur.Tokens) > 0 {
					flush()
				}
				doc = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(id), "id")), "="))
				cur.Doc = doc
				continue
			}
			if id, ok := strings.CutPrefix(strings.TrimSpace(line[1:]), "sent_id"); ok {
				if len(cur.Tokens) > 0 {
					flush() // a new sentence without a blank line before it
				}
				cur.ID = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(id), "="))
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: want at least 3 tab-separated columns (index, token, tag), got %d", lineNo, len(cols))
		}
		n, err := strconv.Atoi(cols[0])
		if err != nil || n != len(cur.Tokens)+1 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: token index %q out of sequence (want %d)", lineNo, cols[0], len(cur.Tokens)+1)
		}
		if cols[1] == "" {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: empty token", lineNo)
		}
		tag := cols[2]
		if !validTag(tag) {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: tag %q is not IOB2 (want O, B-TYPE or I-TYPE)", lineNo, tag)
		}
		cur.Tokens = append(cur.Tokens, cols[1])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: %v", lineNo+1, err)
	}
	flush()
	return out, nil
}

func validTag(tag string) bool {
	if tag == "O" {
		return true
	}
	return len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-'
}

// Entities returns the spans a tag sequence marks. As in the CoNLL scorer, an
// I- tag that does not continue an entity of its type starts a new one.
func Entities(tags []string) []Entity {
	var out []Entity
	open := -1
	typ := ""
	for i, tag := range tags {
		switch {
		case tag == "O" || len(tag) < 3:
			if open >= 0 {
				out = append(out, Entity{open, i, typ})
				open = -1
			}
		case tag[0] == 'B' || open < 0 || typ != tag[2:]:
			if open >= 0 {
				out = append(out, Entity{open, i, typ})
			}
			open, typ = i, tag[2:]
		}
	}
	if open >= 0 {
		out = append(out, Entity{open, len(tags), typ})
	}
	return out
}

// Tags writes entities back as IOB2 tags for n tokens, the inverse of Entities
// for non-overlapping spans.
func Tags(n int, entities []Entity) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range entities {
		for i := e.First; i < e.Last && i < n; i++ {
			if i == e.First {
				tags[i] = "B-" + e.Type
			} else {
				tags[i] = "I-" + e.Type
			}
		}
	}
	return tags
}
