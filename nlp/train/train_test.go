package train

import (
	"os"
	"path/filepath"
	"testing"

	"chronicle"
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
