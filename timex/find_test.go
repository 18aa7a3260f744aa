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
	checkSentences(t, "testdata/sentences.tsv", segment.Split, 1)
}

// TestFindHeldOut scores sentences that were not used to tune the rules.
func TestFindHeldOut(t *testing.T) {
	checkSentences(t, "testdata/sentences_heldout.tsv", segment.Split, 0.85)
}

// TestFindParsed runs the same sentences through the whole NLP pipeline, so
// that tense comes from the tagger and parser.
func TestFindParsed(t *testing.T) {
	checkSentences(t, "testdata/sentences.tsv", nlp.Analyze, 0.9)
	checkSentences(t, "testdata/sentences_heldout.tsv", nlp.Analyze, 0.85)
}

type sentenceCase struct{ text, want string }

func readSentences(t *testing.T, path string) []sentenceCase {
	t.Helper()
	f, err := os.Open(path)
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

// checkSentences fails when less than the floor fraction of the sentences
// come out exactly right.
func checkSentences(t *testing.T, path string, analyze func(string) *chronicle.Document, floor float64) {
	right := 0
	cases := readSentences(t, path)
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
	acc := float64(right) / float64(len(cases))
	t.Logf("%s: %d/%d sentences right (%.1f%%)", path, right, len(cases), 100*acc)
	if acc < floor {
		t.Errorf("%s: accuracy %.3f below the floor %.2f", path, acc, floor)
	}
}
