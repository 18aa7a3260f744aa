package ner

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/nlp/wordclass"
)

// A name the training sentences never show gets the type of the training
// names that share its word class: swapping the classes of two unseen names
// swaps their types, all else being equal.
func TestWordClassesTypeUnseenNames(t *testing.T) {
	var train []Example
	for _, w := range []string{"Smith", "Brown", "Jones", "Taylor"} {
		train = append(train, Example{Tokens: []string{w, "said", "."}, Tags: []string{"B-PER", "O", "O"}})
	}
	for _, w := range []string{"Acme", "Initech", "Hooli", "Vandelay"} {
		train = append(train, Example{Tokens: []string{w, "said", "."}, Tags: []string{"B-ORG", "O", "O"}})
	}
	people := "smith brown jones taylor"
	firms := "acme initech hooli vandelay"
	for _, c := range []struct{ wilson, globex, wantWilson, wantGlobex string }{
		{people, firms, "B-PER", "B-ORG"},
		{firms, people, "B-ORG", "B-PER"},
	} {
		var table strings.Builder
		for _, w := range strings.Fields(people) {
			table.WriteString(w + "\t0\t0\n")
		}
		for _, w := range strings.Fields(firms) {
			table.WriteString(w + "\t1\t1\n")
		}
		class := map[string]string{people: "0", firms: "1"}
		table.WriteString("wilson\t" + class[c.wilson] + "\t" + class[c.wilson] + "\n")
		table.WriteString("globex\t" + class[c.globex] + "\t" + class[c.globex] + "\n")
		tab, err := wordclass.Parse(bytes.NewReader(gzipped(t, table.String())), "test table")
		if err != nil {
			t.Fatal(err)
		}
		src := &lexiconSource{stats: map[string]uint8{}}
		src.useWordClasses(tab, train)
		m, err := trainOn(context.Background(), train, src, TrainOptions{Epochs: 5, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		for word, want := range map[string]string{"Wilson": c.wantWilson, "Globex": c.wantGlobex} {
			got := m.Predict(Example{Tokens: []string{word, "said", "."}})
			if got[0] != want {
				t.Errorf("%s said .: %v, want %s like the training names of its class", word, got, want)
			}
		}
	}
}

// The model file keeps a fingerprint of the word-class table it was trained
// with: the embedded table passes, another table is refused.
func TestWordClassFingerprint(t *testing.T) {
	table, err := wordclass.Default()
	if err != nil {
		t.Fatal(err)
	}
	// The hash picks about one word in probeEvery as a probe: here "paris".
	train := []Example{{Tokens: strings.Fields("the president of the company said that he would visit Moscow and Paris next week , officials said .")}}
	src := &lexiconSource{stats: map[string]uint8{}}
	src.useWordClasses(table, train)
	if len(src.probes) == 0 {
		t.Fatal("no probes taken from the training words: give the test more words")
	}
	var buf bytes.Buffer
	if err := src.write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readLexicon(bytes.NewReader(buf.Bytes()), "model")
	if err != nil {
		t.Fatal(err)
	}
	if back.wordClasses != table || len(back.probes) != len(src.probes) {
		t.Errorf("read back table %p with %d probes, want %p with %d", back.wordClasses, len(back.probes), table, len(src.probes))
	}
	// A probe whose class differs, or another table size, means another table.
	lines := strings.Split(buf.String(), "\n")
	probe := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "w\t") })
	size := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "t\t") })
	for name, change := range map[string]func([]string){
		"probe": func(ls []string) { _, w, _ := strings.Cut(ls[probe][2:], "\t"); ls[probe] = "w\t1\t" + w },
		"size":  func(ls []string) { ls[size] = "t\t7\twordclass" },
	} {
		changed := slices.Clone(lines)
		change(changed)
		_, err := readLexicon(strings.NewReader(strings.Join(changed, "\n")), "model.bin")
		if err == nil || chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "retrain") || !strings.HasPrefix(err.Error(), "model.bin: ") {
			t.Errorf("%s changed: error %v, want EINVALID asking to retrain", name, err)
		}
	}
}

// The look-up key of a word is what normalize makes of it, with or without
// the shortcut for words already normal.
func TestNormalizedMatchesNormalize(t *testing.T) {
	st := &sentenceState{}
	for _, w := range []string{"said", "Trump’s", "1999", "ÉCOLE", "naïve", "", "x-ray", "U.S."} {
		if got := st.normalized(w); got != normalize(w) {
			t.Errorf("normalized(%q) = %q, want %q", w, got, normalize(w))
		}
	}
}
