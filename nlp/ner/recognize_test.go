package ner_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/nlp/ner"
	"chronicle/segment"
)

func entityStrings(doc *chronicle.Document) map[string]bool {
	out := map[string]bool{}
	for _, e := range doc.Entities {
		out[e.Type+"="+doc.Text[e.Start:e.End]] = true
	}
	return out
}

// TestRecognizeNewsSentences checks hand-written wire-style sentences whose
// names mostly never occur in the training data.
func TestRecognizeNewsSentences(t *testing.T) {
	f, err := os.Open("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, _ := strings.Cut(line, "\t")
		doc := segment.Split(text)
		ner.Recognize(doc)
		got := entityStrings(doc)
		for _, w := range strings.Split(want, "|") {
			if !got[w] {
				t.Errorf("%q: missing %s (got %v)", text, w, got)
			}
			delete(got, w)
		}
		for g := range got {
			t.Errorf("%q: unexpected %s", text, g)
		}
	}
}

func TestRecognizeEntityOffsets(t *testing.T) {
	doc := segment.Split("President Vladimir Putin met Steve Witkoff in St. Petersburg.")
	ner.Recognize(doc)
	if len(doc.Entities) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range doc.Entities {
		if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last {
			t.Fatalf("bad token range %+v", e)
		}
		if e.Start != doc.Tokens[e.First].Start || e.End != doc.Tokens[e.Last-1].End {
			t.Errorf("entity %+v: byte span does not match its tokens", e)
		}
	}
}

func TestRecognizeOddDocuments(t *testing.T) {
	empty := &chronicle.Document{}
	ner.Recognize(empty)
	if len(empty.Entities) != 0 {
		t.Errorf("entities in an empty document: %v", empty.Entities)
	}
	// Tokens without sentences are read as one sentence.
	doc := segment.Split("Angela Merkel visited Paris.")
	doc.Sentences = nil
	doc.Entities = []chronicle.EntityMention{{First: 0, Last: 1, Type: "stale"}}
	ner.Recognize(doc)
	got := entityStrings(doc)
	if !got["PER=Angela Merkel"] || !got["LOC=Paris"] || got["stale=Angela"] {
		t.Errorf("got %v, want Angela Merkel and Paris and no stale entity", got)
	}
}

// TestSeedArticle checks the entities a reader of the seed article would
// mark: every one must be found at least once, and nothing else invented.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := segment.Split(string(text))
	ner.Recognize(doc)
	got := entityStrings(doc)
	want := []string{
		"PER=Donald Trump", "PER=Steve Witkoff", "PER=Vladimir Putin", "PER=Kirill Dmitriev",
		"PER=Trump", "PER=Putin", "PER=Witkoff", "PER=Dmitriev",
		"LOC=Moscow", "LOC=Washington", "LOC=Ukraine", "LOC=Russia", "LOC=St. Petersburg",
		"LOC=Kyiv", "ORG=TASS", "ORG=NATO", "ORG=Izvestia", "ORG=Kremlin", "ORG=Truth Social",
	}
	found := 0
	for _, w := range want {
		if got[w] {
			found++
		} else {
			t.Logf("missing %s", w)
		}
	}
	if found < len(want)-1 {
		t.Errorf("found %d of the seed's %d obvious entities, want at least %d", found, len(want), len(want)-1)
	}
	// Words that name nobody: an invented entity on any of them is an error.
	for _, bad := range []string{"Share", "ADVERTISING", "However", "President", "Specifically", "Ukrainian", "Russian"} {
		for _, typ := range []string{"PER", "ORG", "LOC"} {
			if got[typ+"="+bad] {
				t.Errorf("invented %s=%s", typ, bad)
			}
		}
	}
}
