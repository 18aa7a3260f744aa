package ner

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"chronicle"
	"chronicle/nlp/ner/iob2"
)

func TestLoadRejectsBadInput(t *testing.T) {
	good, err := os.ReadFile("model/ner.bin")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":           nil,
		"wrong magic":     []byte("PCP1 something else"),
		"truncated":       good[:len(modelMagic)+3],
		"lexicon too big": append([]byte(modelMagic), 0xff, 0xff, 0x03),
	}
	for name, data := range tests {
		_, err := Load(data, "test.bin")
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "test.bin") {
			t.Errorf("%s: error %q, want EINVALID naming test.bin", name, err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	good, err := os.ReadFile("model/ner.bin")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good[:200])
	f.Add([]byte(modelMagic + "\x05abcde"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data, "fuzz")
		if err == nil {
			m.Recognize(&chronicle.Document{Tokens: []chronicle.Token{{Text: "Paris", End: 5}}})
		}
	})
}

// readFixture reads the hand-written training fixture.
func readFixture(t *testing.T) []Example {
	t.Helper()
	f, err := os.Open("testdata/train.iob2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := iob2.Read(f, "testdata/train.iob2")
	if err != nil {
		t.Fatal(err)
	}
	var out []Example
	for _, s := range sents {
		out = append(out, Example{Doc: s.Doc, Tokens: s.Tokens, Tags: s.Tags})
	}
	exampleDocCase(out)
	return out
}

// TestTrainMarshalLoad trains on a small fixture, checks that the model
// learns it and that a saved and loaded model predicts the same.
func TestTrainMarshalLoad(t *testing.T) {
	examples := readFixture(t)
	entries, err := handWrittenEntries()
	if err != nil {
		t.Fatal(err)
	}
	src := &lexiconSource{entries: entries, stats: map[string]uint8{"the": statMostlyLower}}
	m, err := trainOn(context.Background(), examples, src, TrainOptions{Epochs: 5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.Marshal(0)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data, "trained")
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, ex := range examples {
		before, after := m.Predict(ex), loaded.Predict(ex)
		if !reflect.DeepEqual(before, after) {
			t.Errorf("%v: trained model says %v, loaded one %v", ex.Tokens, before, after)
		}
		if reflect.DeepEqual(after, ex.Tags) {
			right++
		}
	}
	if right < len(examples)*3/4 {
		t.Errorf("the model fits only %d of its %d training sentences", right, len(examples))
	}
}

// The lookup tables a loaded model scores with must give what the
// perceptron itself gives.
func TestFastScoringMatchesPerceptron(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	slow := &Model{weights: m.weights, lex: m.lex, source: m.source}
	sentences := [][]string{
		{"U.S.", "envoy", "Steve", "Witkoff", "met", "Vladimir", "Putin", "in", "St.", "Petersburg", "."},
		{"THE", "KREMLIN", "SAID", "NOTHING"},
		{"shares", "of", "Acme", "Corp", "rose", "3", "%", "on", "Friday"},
	}
	for _, toks := range sentences {
		ex := Example{Tokens: toks}
		fast, ref := m.Predict(ex), slow.Predict(ex)
		if !reflect.DeepEqual(fast, ref) {
			t.Errorf("%v: tables give %v, the perceptron %v", toks, fast, ref)
		}
	}
	a, b := make([]float32, numLabels), make([]float32, numLabels)
	st := &sentenceState{}
	st.prepare(m.lex, []token{{text: "Moscow"}, {text: "said"}})
	for prev := -1; prev < numLabels; prev++ {
		m.transitionScores(st, 1, prev, a)
		m.weights.Score(st.transitionFeatures(1, prev), b)
		for l := range a {
			if d := a[l] - b[l]; d > 1e-4 || d < -1e-4 {
				t.Fatalf("prev %d label %d: table %v, perceptron %v", prev, l, a[l], b[l])
			}
		}
	}
}

// retag puts a tagger's tags in place of the gold ones where it has some,
// and leaves untagged examples untagged.
func TestRetag(t *testing.T) {
	examples := []Example{
		{Tokens: []string{"Putin", "spoke"}, UPOS: []string{"PROPN", "VERB"}, XPOS: []string{"NNP", "VBD"}},
		{Tokens: []string{"unknown", "words"}, UPOS: []string{"ADJ", "NOUN"}, XPOS: []string{"JJ", "NNS"}},
		{Tokens: []string{"Putin", "spoke"}},
	}
	tag := func(words []string) ([]string, []string) {
		if words[0] == "Putin" {
			return []string{"NOUN", "VERB"}, []string{"NN", "VBD"} // the tagger's mistake
		}
		return nil, nil
	}
	if n := retag(examples, tag); n != 1 {
		t.Errorf("retagged %d examples, want 1", n)
	}
	if got := examples[0].UPOS; !reflect.DeepEqual(got, []string{"NOUN", "VERB"}) || examples[0].XPOS[0] != "NN" {
		t.Errorf("first example tagged %v %v, want the tagger's", got, examples[0].XPOS)
	}
	if got := examples[1].UPOS; !reflect.DeepEqual(got, []string{"ADJ", "NOUN"}) {
		t.Errorf("second example tagged %v, want its gold tags kept", got)
	}
	if examples[2].UPOS != nil {
		t.Errorf("an untagged example got tags %v", examples[2].UPOS)
	}
}
