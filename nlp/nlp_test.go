package nlp

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/eval"
	"chronicle/internal/shared"
)

func find(doc *chronicle.Document, word string) int {
	for i, t := range doc.Tokens {
		if t.Text == word {
			return i
		}
	}
	return -1
}

func TestAnnotateNewsArcs(t *testing.T) {
	f, err := os.Open("testdata/arcs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		sentence, dep, rel, head := c[0], c[1], c[2], c[3]
		doc := Analyze(sentence)
		d, h := find(doc, dep), find(doc, head)
		if d < 0 || h < 0 {
			t.Errorf("%q: %q or %q not a token", sentence, dep, head)
			continue
		}
		// UD heads a multi-word name by its first word ("Steve" in "Steve
		// Witkoff"): the name as a whole fills the relation.
		if doc.Tokens[d].Rel == "flat" && doc.Tokens[d].Head >= 0 {
			d = doc.Tokens[d].Head
		}
		got := doc.Tokens[d]
		if got.Head != h || !slices.Contains(strings.Split(rel, "|"), got.Rel) {
			gotHead := "ROOT"
			if got.Head >= 0 {
				gotHead = doc.Tokens[got.Head].Text
			}
			t.Errorf("%q: %s is %s of %s, want %s of %s", sentence, dep, got.Rel, gotHead, rel, head)
		}
	}
}

func TestAnnotateFillsEveryToken(t *testing.T) {
	doc := Analyze("PUTIN MEETS WITKOFF IN ST. PETERSBURG\n\n“We will see,” he said. It’s over.")
	roots := map[int]int{}
	for i, tok := range doc.Tokens {
		if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Rel == "" {
			t.Errorf("token %d %q not annotated: %+v", i, tok.Text, tok)
		}
		if tok.Head < 0 {
			roots[tok.Sentence]++
		} else if doc.Tokens[tok.Head].Sentence != tok.Sentence {
			t.Errorf("token %d %q has its head in another sentence", i, tok.Text)
		}
	}
	for s := range doc.Sentences {
		if roots[s] != 1 {
			t.Errorf("sentence %d has %d roots", s, roots[s])
		}
	}
}

// Floors a little under what the committed models reach on EWT dev
// (see the report of `chronicle eval ud`).
func TestDevAccuracyFloors(t *testing.T) {
	p := shared.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu")
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.UDFile(p, pipe.Annotate)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", r.UPOS, floorUPOS}, {"XPOS", r.XPOS, floorXPOS}, {"lemma", r.Lemma, floorLemma},
		{"UAS", r.UAS, floorUAS}, {"LAS", r.LAS, floorLAS},
	} {
		if m.got < m.floor {
			t.Errorf("%s %.4f on dev, below the floor %.4f", m.name, m.got, m.floor)
		}
	}
	t.Logf("dev: %+v", r)
}

// The committed models score UPOS 95.33, XPOS 94.58, lemma 97.10, UAS 84.41,
// LAS 80.86 on dev.
const (
	floorUPOS  = 0.950
	floorXPOS  = 0.942
	floorLemma = 0.966
	floorUAS   = 0.840
	floorLAS   = 0.804
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"“", "\""}, {"’s", "'s"}, {"don’t", "don't"}, {"—", "--"}, {"…", "..."}, {"Putin", "Putin"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLoadDirFallsBackToEmbeddedModels(t *testing.T) {
	dir := t.TempDir()
	// an empty folder: every model is the embedded one
	p, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	upos, _ := p.Tagger.Tag([]string{"Talks", "resumed", "."})
	if upos[1] != "VERB" {
		t.Errorf("embedded tagger: %v", upos)
	}
	// a folder that is not there is an error, not the embedded models
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing folder: %v", err)
	}
	// a damaged file is an error that names it, not a silent fallback
	if err := os.WriteFile(filepath.Join(dir, ParserFile), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, ParserFile)) {
		t.Errorf("damaged parser.bin: %v", err)
	}
}
