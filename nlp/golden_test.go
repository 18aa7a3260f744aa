package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"

	"chronicle/internal/shared"
	"chronicle/nlp/conllu"
)

// devAnnotationsFile holds the SHA-256 of every tag, lemma, head and relation
// the committed models give on EWT dev (gold tokens), recorded before the
// speed work: faster scoring must not change a single annotation.
const devAnnotationsFile = "testdata/ewt-dev-annotations.sha256"

func TestDevAnnotationsUnchanged(t *testing.T) {
	p := shared.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu")
	sents, err := conllu.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = Normalize(w.Form)
		}
		upos, xpos := pipe.Tagger.Tag(forms)
		heads, rels := pipe.Parser.Parse(forms, upos, xpos)
		for i := range forms {
			fmt.Fprintf(h, "%s\t%s\t%s\t%d\t%s\n", upos[i], xpos[i], pipe.Lemma.Lemma(forms[i], xpos[i]), heads[i], rels[i])
		}
		fmt.Fprintln(h)
	}
	got := hex.EncodeToString(h.Sum(nil))
	want, err := os.ReadFile(devAnnotationsFile)
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.TrimSpace(string(want)) {
		t.Fatalf("annotations of %s changed: hash %s, recorded %s", p, got, strings.TrimSpace(string(want)))
	}
}
