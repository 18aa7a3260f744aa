package train

import (
	"os"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/nlp/conllu"
)

func TestTrainWritesLoadableModels(t *testing.T) {
	o := Defaults("testdata/data", t.TempDir())
	o.TaggerEpochs, o.ParserEpochs, o.FoldEpochs = 3, 3, 2
	if err := Tagger(o); err != nil {
		t.Fatal(err)
	}
	if err := Parser(o); err != nil {
		t.Fatal(err)
	}
	r, err := Dev(o)
	if err != nil {
		t.Fatal(err)
	}
	// Trained and scored on the same four sentences, the tagger must have
	// learned them.
	if r.Sentences != 4 || r.UPOS < 0.9 {
		t.Fatalf("dev report %+v", r)
	}
	entries, _ := os.ReadDir(o.Out)
	if len(entries) != 3 {
		t.Fatalf("wrote %d files, want tagger, lemma and parser", len(entries))
	}
}

func TestMissingData(t *testing.T) {
	o := Defaults(filepath.Join(t.TempDir(), "nothing"), t.TempDir())
	if err := Tagger(o); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Fatalf("error %v, want an invalid-input error naming the file", err)
	}
}

// JackknifeTags must tag each sentence with a tagger that did not learn from
// it: "blick" is a noun in the even sentences and a verb in the odd ones,
// so with two folds each sentence gets the other half's reading.
func TestJackknifeTagsHoldOutTheSentence(t *testing.T) {
	noun := conllu.Sentence{Words: []conllu.Word{{Form: "the", UPOS: "DET", XPOS: "DT"}, {Form: "blick", UPOS: "NOUN", XPOS: "NN"}, {Form: "sleeps", UPOS: "VERB", XPOS: "VBZ"}}}
	verb := conllu.Sentence{Words: []conllu.Word{{Form: "they", UPOS: "PRON", XPOS: "PRP"}, {Form: "blick", UPOS: "VERB", XPOS: "VBP"}, {Form: "it", UPOS: "PRON", XPOS: "PRP"}}}
	var sents []conllu.Sentence
	for range 10 {
		sents = append(sents, noun, verb)
	}
	o := Defaults("", "")
	o.Folds, o.FoldEpochs = 2, 3
	upos, xpos := JackknifeTags(sents, o)
	for i, s := range sents {
		if len(upos[i]) != len(s.Words) || len(xpos[i]) != len(s.Words) {
			t.Fatalf("sentence %d: %d words, %d and %d tags", i, len(s.Words), len(upos[i]), len(xpos[i]))
		}
		gold := s.Words[1].UPOS
		if upos[i][1] == gold {
			t.Errorf("sentence %d: blick tagged %s as in the sentence itself: its own fold was not held out", i, gold)
		}
	}
}
