package parser

import (
	"strings"
	"testing"

	"chronicle/nlp/conllu"
)

func readSmall(t *testing.T) []conllu.Sentence {
	t.Helper()
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func goldHeads(s conllu.Sentence) []int {
	n := len(s.Words)
	out := make([]int, n)
	for i, w := range s.Words {
		out[i] = w.Head - 1
		if w.Head == 0 {
			out[i] = n
		}
	}
	return out
}

// projective reports whether no two arcs of the tree cross.
func projective(heads []int) bool {
	for i, h := range heads {
		a, b := min(i, h), max(i, h)
		for j, g := range heads {
			c, d := min(j, g), max(j, g)
			if (c > a && c < b && d > b) || (d > a && d < b && c < a) {
				return false
			}
		}
	}
	return true
}

// Following only zero-cost moves must rebuild a projective tree exactly,
// from the start and from any state reached by one wrong move.
func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	checked := 0
	for _, s := range readSmall(t) {
		gold := goldHeads(s)
		if !projective(gold) {
			continue
		}
		checked++
		st := newState(len(gold))
		for !st.done() {
			cost := st.costly(gold)
			m := 0
			for m < nMoves && cost[m] {
				m++
			}
			if m == nMoves {
				t.Fatalf("%s: no zero-cost move in state stack=%v b0=%d", s.ID, st.stack, st.b0)
			}
			st.apply(m)
		}
		for i, h := range st.heads[:len(gold)] {
			if h != gold[i] {
				t.Errorf("%s: word %d got head %d, gold %d", s.ID, i+1, h, gold[i])
			}
		}
	}
	if checked < 3 {
		t.Fatalf("only %d projective trees in the fixture", checked)
	}
}

func TestTrainParsesTrainingSentences(t *testing.T) {
	sents := readSmall(t)
	tags := goldTags(sents)
	if wrong := misparsedAfterReload(t, Train(sents, tags, 15, 1, nil), sents, tags); wrong > 0 {
		t.Errorf("%d training words misparsed", wrong)
	}
}

// misparsedAfterReload saves and reloads p and counts the words of the
// projective sentences (a non-projective tree cannot be rebuilt) that it
// then parses wrongly; every parse must have one root.
func misparsedAfterReload(t *testing.T, p *Parser, sents []conllu.Sentence, tags func(int) ([]string, []string)) int {
	t.Helper()
	data, err := p.MarshalPruned(0.01, 0.01) // tiny data gives tiny weights
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	wrong := 0
	for i, s := range sents {
		u, x := tags(i)
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		heads, rels := loaded.Parse(forms, u, x)
		roots := 0
		for j, w := range s.Words {
			if heads[j] < 0 {
				roots++
			}
			if projective(goldHeads(s)) && (heads[j] != w.Head-1 || rels[j] != w.Rel) {
				t.Logf("%s word %q: got %d/%s, want %d/%s", s.ID, w.Form, heads[j]+1, rels[j], w.Head, w.Rel)
				wrong++
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", s.ID, roots)
		}
	}
	return wrong
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "PAR1", "PAR1\x05abc", "TAG2xxxx"} {
		if _, err := Load([]byte(in)); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func goldTags(sents []conllu.Sentence) func(int) ([]string, []string) {
	return func(i int) ([]string, []string) {
		var u, x []string
		for _, w := range sents[i].Words {
			u, x = append(u, w.UPOS), append(x, w.XPOS)
		}
		return u, x
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Trump told Russia to get moving .", "NNP VBD NNP TO VB VBG .")
	f.Add("", "")
	f.Add("a b c d e f g h i j k l m n o p", ", , , , , , , ,")
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		f.Fatal(err)
	}
	p := Train(sents, goldTags(sents), 3, 1, nil)
	f.Fuzz(func(t *testing.T, text, tags string) {
		// Parsing is total: any words and tags give one tree.
		forms := strings.Fields(text)
		tg := strings.Fields(tags)
		for len(tg) < len(forms) {
			tg = append(tg, "X")
		}
		tg = tg[:len(forms)]
		heads, rels := p.Parse(forms, tg, tg)
		roots := 0
		for i, h := range heads {
			if h == i || h >= len(forms) || rels[i] == "" {
				t.Fatalf("bad arc %d -> %d (%q)", h, i, rels[i])
			}
			if h < 0 {
				roots++
				continue
			}
			// Every word reaches the root without a cycle.
			for steps, j := 0, i; j >= 0; steps++ {
				if steps > len(heads) {
					t.Fatalf("cycle through word %d", i)
				}
				j = heads[j]
			}
		}
		if len(forms) > 0 && roots != 1 {
			t.Fatalf("%d roots", roots)
		}
	})
}

// BenchmarkParse measures the parser's own work on a tiny model (whose
// tables stay in cache); BenchmarkPipeline in package nlp measures the real
// models.
func BenchmarkParse(b *testing.B) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		b.Fatal(err)
	}
	p := Train(sents, goldTags(sents), 5, 1, nil)
	var forms []string
	for _, w := range sents[2].Words {
		forms = append(forms, w.Form)
	}
	u, x := goldTags(sents)(2)
	for b.Loop() {
		p.Parse(forms, u, x)
	}
}

// FuzzLoad feeds damaged model files to Load: it must refuse them or give a
// parser that returns one arc per word, never panic.
func FuzzLoad(f *testing.F) {
	sents, err := conllu.ReadFile("testdata/small.conllu")
	if err != nil {
		f.Fatal(err)
	}
	good, err := Train(sents, goldTags(sents), 1, 1, nil).Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("PAR1\x05abc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Load(data)
		if err != nil {
			return
		}
		forms := []string{"Officials", "met", "in", "Riyadh", "."}
		tags := []string{"NNS", "VBD", "IN", "NNP", "."}
		heads, rels := p.Parse(forms, tags, tags)
		if len(heads) != len(forms) || len(rels) != len(forms) {
			t.Fatalf("%d heads, %d relations for %d words", len(heads), len(rels), len(forms))
		}
	})
}
