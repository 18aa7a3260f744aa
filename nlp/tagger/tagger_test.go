package tagger

import (
	"bytes"
	"testing"

	"chronicle/nlp/conllu"
)

func TestShape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"McCain", "XxXx"}, {"U.S.", "X.X."}, {"2019", "d"}, {"e-mail", "x-x"},
		{"Witkoff's", "Xx'x"}, {"Зеленский", "Xx"}, {"", ""},
	} {
		if got := Shape(tc.in); got != tc.want {
			t.Errorf("Shape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Trump", "Envoy", "Holds", "Talks", "With", "Putin"}, true},
		{[]string{"PUTIN", "MEETS", "WITKOFF", "IN", "MOSCOW"}, true},
		{[]string{"Trump", "told", "Russia", "to", "get", "moving", "."}, false},
		{[]string{"Talks", "end"}, false},
	} {
		if got := IsHeadline(tc.words); got != tc.want {
			t.Errorf("IsHeadline(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestTrainTagsTrainingSentences(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if wrong := mistaggedAfterReload(t, Train(sents, 10, 1, nil), sents); wrong > 1 {
		t.Fatalf("%d training words mistagged", wrong)
	}
}

// mistaggedAfterReload saves and reloads tg and counts the words of sents
// it then tags wrongly.
func mistaggedAfterReload(t *testing.T, tg *Tagger, sents []conllu.Sentence) int {
	t.Helper()
	data, err := tg.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	wrong := 0
	for _, s := range sents {
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		upos, xpos := loaded.Tag(forms)
		for i, w := range s.Words {
			if upos[i] != w.UPOS || xpos[i] != w.XPOS {
				wrong++
				t.Logf("%s %q: %s/%s, want %s/%s", s.ID, w.Form, upos[i], xpos[i], w.UPOS, w.XPOS)
			}
		}
	}
	return wrong
}

// The same tagger writes the same bytes, so that training reproduces the
// committed file.
func TestMarshalIsDeterministic(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	tg := Train(sents, 2, 1, nil)
	a, err := tg.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if b, _ := tg.Marshal(); !bytes.Equal(a, b) {
			t.Fatal("two Marshal calls gave different bytes")
		}
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "TAG2", "TAG2\x01x", "PAR1"} {
		if _, err := Load([]byte(in)); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func FuzzTag(f *testing.F) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		f.Fatal(err)
	}
	tg := Train(sents, 2, 1, nil)
	f.Add("Trump", "told", "RUSSIA")
	f.Add("", "\xff", "—")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		upos, xpos := tg.Tag([]string{a, b, c})
		for i := range upos {
			if upos[i] == "" || xpos[i] == "" {
				t.Fatalf("empty tag for word %d", i)
			}
		}
	})
}

// FuzzLoad feeds damaged model files to Load: it must refuse them or give a
// tagger that tags every word, never panic.
func FuzzLoad(f *testing.F) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		f.Fatal(err)
	}
	good, err := Train(sents, 1, 1, nil).Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("TAG2\x01x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Load(data)
		if err != nil {
			return
		}
		upos, xpos := tg.Tag([]string{"Officials", "met", "in", "Riyadh", "."})
		if len(upos) != 5 || len(xpos) != 5 {
			t.Fatalf("%d/%d tags for 5 words", len(upos), len(xpos))
		}
	})
}

// TestTrainMixedAveragesRuns checks that the mixed model scores like the mean
// of its runs (up to the int8 rounding of their rows) and still tags its
// training sentences after a round trip.
func TestTrainMixedAveragesRuns(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	mixed := TrainMixed(sents, 5, 1, 3, nil)
	var runs []*Tagger
	for r := range 3 {
		runs = append(runs, Train(sents, 5, 1+uint64(r)*1000, nil))
	}
	n := mixed.model.Classes()
	got, one, want := make([]float32, n), make([]float32, n), make([]float32, n)
	for _, s := range sents {
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		ws := prepare(forms, false, mixed.lowerWords, mixed.amb)
		for i := range ws {
			feats := staticFeatures(nil, ws, i, false)
			mixed.model.Score(feats, got)
			clear(want)
			for _, r := range runs {
				r.model.Score(feats, one)
				for c := range want {
					want[c] += one[c] / 3
				}
			}
			// Each row is rounded to 1/254 of its largest weight.
			var tolerance float32 = 0.02
			for _, v := range want {
				tolerance = max(tolerance, 0.02*max(v, -v))
			}
			for c := range want {
				if d := got[c] - want[c]; d > tolerance || d < -tolerance {
					t.Fatalf("%q class %s: mixed score %.3f, mean of runs %.3f", forms[i], mixed.model.Labels[c], got[c], want[c])
				}
			}
		}
	}
	if wrong := mistaggedAfterReload(t, mixed, sents); wrong > 1 {
		t.Fatalf("%d training words mistagged by the mixed tagger", wrong)
	}
}
