package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/nlp"
	"chronicle/segment"
)

var friday = time.Date(2025, 4, 11, 14, 30, 0, 0, time.UTC)

func describe(doc *chronicle.Document, exprs []Expr) string {
	var parts []string
	for _, e := range exprs {
		v := e.Date.Value
		if e.Date.End != "" {
			v += ".." + string(e.Date.End)
		}
		parts = append(parts, doc.Text[e.Start:e.End]+"="+v)
	}
	return strings.Join(parts, " | ")
}

// TestFind runs Find on sentences split by the segment package (no tags:
// tense from the words) and checks each expression's text and value.
func TestFind(t *testing.T) {
	checkSentences(t, segment.Split, len(readSentences(t)))
}

// TestFindParsed runs the same sentences through the whole NLP pipeline, so
// that tense comes from the tagger and parser.
func TestFindParsed(t *testing.T) {
	checkSentences(t, nlp.Analyze, len(readSentences(t))-1)
}

type sentenceCase struct{ text, want string }

func readSentences(t *testing.T) []sentenceCase {
	t.Helper()
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sentenceCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, _ := strings.Cut(line, "\t")
		out = append(out, sentenceCase{text, want})
	}
	return out
}

// checkSentences fails when fewer than floor sentences come out exactly right.
func checkSentences(t *testing.T, analyze func(string) *chronicle.Document, floor int) {
	right := 0
	cases := readSentences(t)
	for _, c := range cases {
		text, want := c.text, c.want
		doc := analyze(text)
		exprs := Find(doc, friday)
		if got := describe(doc, exprs); got != want {
			t.Logf("%q:\n got  %s\n want %s", text, got, want)
		} else {
			right++
		}
		for _, e := range exprs {
			if sp := doc.Span(e.First, e.Last); sp.Start > e.Start || sp.End < e.End {
				t.Errorf("%q: tokens [%d,%d) span %v, not covering bytes [%d,%d)", text, e.First, e.Last, sp, e.Start, e.End)
			}
			if e.Date.Text != doc.Text[e.Start:e.End] {
				t.Errorf("%q: Date.Text %q is not the span", text, e.Date.Text)
			}
		}
	}
	t.Logf("%d/%d sentences right", right, len(cases))
	if right < floor {
		t.Errorf("%d/%d sentences right, floor %d", right, len(cases), floor)
	}
}
