package lemma

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestLexiconMendsRuleAnswers(t *testing.T) {
	l := Train(readWords(t))
	l.UseLexicon(WordNet())
	for _, tc := range []struct{ form, xpos, want string }{
		// unseen verbs whose "-ed" hides a silent e, or does not
		{"extradited", "VBD", "extradite"}, {"ignited", "VBN", "ignite"},
		{"edited", "VBN", "edit"}, {"audited", "VBN", "audit"},
		// irregular forms the treebank never showed
		{"strove", "VBD", "strive"}, {"crises", "NNS", "crisis"},
		// a doubled consonant
		{"stopped", "VBD", "stop"},
		// what the rules get right stays: training words and regular forms
		{"walked", "VBD", "walk"}, {"parties", "NNS", "party"}, {"went", "VBD", "go"},
		// a word no dictionary knows keeps the rules' answer
		{"emailed", "VBD", "email"}, {"Ukrainians", "NNPS", "Ukrainian"},
		// a plural that is itself a dictionary word
		{"odds", "NNS", "odds"},
	} {
		if got := l.Lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	x, err := ParseLexicon(gz("# comment\nv\tcite\nv\tfroze\tfreeze\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := x.settle("cited", "VBD", "cit"); got != "cite" {
		t.Errorf("settle(cited) = %q", got)
	}
	if got := x.settle("froze", "VBD", "froze"); got != "freeze" {
		t.Errorf("settle(froze) = %q", got)
	}
	// no stems under three letters: "gas" is no plural of "ga"
	short, err := ParseLexicon(gz("n\tga\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := short.settle("gas", "NNS", "gas"); got != "gas" {
		t.Errorf("settle(gas) = %q", got)
	}
	for _, bad := range [][]byte{[]byte("not gzip"), gz("x\tword\n"), gz("v\n"), gz("v\ta\tb\tc\n")} {
		if _, err := ParseLexicon(bad); err == nil {
			t.Errorf("ParseLexicon(%q) gave no error", bad)
		}
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(wordnet[:200])
	f.Add([]byte("v\tcite\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if x, err := ParseLexicon(data); err == nil {
			x.settle("cited", "VBD", "cit")
		}
	})
}

// BenchmarkParseLexicon measures what the built-in lexicon adds to model
// loading (it is read once per process).
func BenchmarkParseLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := ParseLexicon(wordnet); err != nil {
			b.Fatal(err)
		}
	}
}
