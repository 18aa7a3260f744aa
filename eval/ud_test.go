package eval

import (
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/nlp/conllu"
)

// copyGold annotates a document with the gold analysis, then applies break_.
func copyGold(gold []conllu.Sentence, break_ func(doc *chronicle.Document)) func(*chronicle.Document) {
	return func(doc *chronicle.Document) {
		k := 0
		for si, s := range gold {
			first := doc.Sentences[si].First
			for _, w := range s.Words {
				t := &doc.Tokens[k]
				t.UPOS, t.XPOS, t.Lemma, t.Rel = w.UPOS, w.XPOS, w.Lemma, w.Rel
				t.Head = -1
				if w.Head > 0 {
					t.Head = first + w.Head - 1
				}
				k++
			}
		}
		break_(doc)
	}
}

func TestUD(t *testing.T) {
	gold, err := conllu.ReadFile("testdata/ud-small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, s := range gold {
		words += len(s.Words)
	}
	n := float64(words)
	for _, tc := range []struct {
		name   string
		break_ func(*chronicle.Document)
		want   UDReport
	}{
		{"perfect", func(*chronicle.Document) {}, UDReport{UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 1, LASFull: 1}},
		{"one wrong head", func(d *chronicle.Document) { d.Tokens[0].Head = 2 },
			UDReport{UPOS: 1, XPOS: 1, Lemma: 1, UAS: (n - 1) / n, LAS: (n - 1) / n, LASFull: (n - 1) / n}},
		{"subtype only", func(d *chronicle.Document) { d.Tokens[d.Sentences[3].First+1].Rel = "nsubj" },
			UDReport{UPOS: 1, XPOS: 1, Lemma: 1, UAS: 1, LAS: 1, LASFull: (n - 1) / n}},
		{"tags and lemma", func(d *chronicle.Document) {
			d.Tokens[1].UPOS, d.Tokens[2].XPOS, d.Tokens[3].Lemma = "NOUN", "NN", "x"
		}, UDReport{UPOS: (n - 1) / n, XPOS: (n - 1) / n, Lemma: (n - 1) / n, UAS: 1, LAS: 1, LASFull: 1}},
	} {
		got := UD(gold, copyGold(gold, tc.break_))
		tc.want.Sentences, tc.want.Words = 4, words
		if got != tc.want {
			t.Errorf("%s: got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
}

func TestUDFileErrors(t *testing.T) {
	if _, err := UDFile("testdata/missing.conllu", func(*chronicle.Document) {}); err == nil || chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Fatalf("missing file: %v", err)
	}
}

func TestUDReadsDev(t *testing.T) {
	// The real floors are in package nlp; this checks the dev file reads and
	// that an analysis leaving every word a root gets one head per sentence.
	p := shared.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu")
	r, err := UDFile(p, func(*chronicle.Document) {})
	if err != nil || r.Sentences != 2001 || r.Words != 25147 || r.UAS != 2001.0/25147 {
		t.Fatalf("%+v %v", r, err)
	}
}
