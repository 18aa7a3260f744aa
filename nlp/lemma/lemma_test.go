package lemma

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

func readWords(t testing.TB) []Example {
	f, err := os.Open("testdata/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		out = append(out, Example{Form: c[0], XPOS: c[1], Lemma: c[2]})
	}
	return out
}

func TestLemma(t *testing.T) {
	l := Train(readWords(t))
	loaded, err := Load(l.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, xpos, want string }{
		// training words, irregular ones from the exceptions
		{"went", "VBD", "go"}, {"better", "JJR", "good"}, {"Trump", "NNP", "Trump"},
		// unseen words through learned suffix rules
		{"parties", "NNS", "party"}, {"diplomats", "NNS", "diplomat"},
		{"walked", "VBD", "walk"}, {"buried", "VBD", "bury"}, {"voting", "VBG", "vote"},
		{"Ukrainians", "NNPS", "Ukrainian"},
		// case: sentence-initial common words lower-cased, names kept
		{"Officials", "NNS", "official"}, {"Witkoff", "NNP", "Witkoff"}, {"The", "DT", "the"},
		// short words are not stripped to nothing
		{"red", "VBD", "red"},
	} {
		if got := loaded.Lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

// The same lemmatizer writes the same bytes, so that training reproduces the
// committed file.
func TestMarshalIsDeterministic(t *testing.T) {
	l := Train(readWords(t))
	if !bytes.Equal(l.Marshal(), l.Marshal()) {
		t.Fatal("two Marshal calls gave different bytes")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "LEM1", "LEM1garbage", "XXXX"} {
		if _, err := Load([]byte(in)); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func FuzzLemma(f *testing.F) {
	l := Train(readWords(f))
	f.Add("carried", "VBD")
	f.Add("", "")
	f.Add("\xff\xfe", "NNS")
	f.Fuzz(func(t *testing.T, form, xpos string) {
		got := l.Lemma(form, xpos)
		if form != "" && got == "" {
			t.Fatalf("empty lemma for %q", form)
		}
	})
}

// FuzzLoad feeds damaged model files to Load: it must refuse them or give a
// lemmatizer that lemmatizes, never panic.
func FuzzLoad(f *testing.F) {
	good := Train(readWords(f)).Marshal()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("LEM1garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Load(data)
		if err != nil {
			return
		}
		if got := l.Lemma("officials", "NNS"); got == "" {
			t.Fatal("empty lemma from a loaded model")
		}
	})
}
