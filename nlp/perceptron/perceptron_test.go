package perceptron

import (
	"math/rand/v2"
	"testing"
)

// toyData makes examples whose class is decided by one of a few "cue"
// features, mixed with noise features, so a perceptron must learn to ignore
// the noise.
func toyData(n int, seed uint64) (feats [][]uint64, gold []int) {
	rng := rand.New(rand.NewPCG(seed, 1))
	for range n {
		c := rng.IntN(3)
		f := []uint64{Hash(1, []string{"red", "green", "blue"}[c])}
		for range 4 {
			f = append(f, Hash(2, string(rune('a'+rng.IntN(20)))))
		}
		feats = append(feats, f)
		gold = append(gold, c)
	}
	return feats, gold
}

func train(t *testing.T) *Model {
	t.Helper()
	m := New([]string{"R", "G", "B"})
	feats, gold := toyData(300, 1)
	scores := make([]float32, m.Classes())
	for range 5 {
		for i, f := range feats {
			m.Update(f, gold[i], m.Predict(f, scores))
		}
	}
	m.Average()
	return m
}

func accuracy(m *Model, feats [][]uint64, gold []int) float64 {
	scores := make([]float32, m.Classes())
	right := 0
	for i, f := range feats {
		if m.Predict(f, scores) == gold[i] {
			right++
		}
	}
	return float64(right) / float64(len(gold))
}

func TestTrainAndRoundTrip(t *testing.T) {
	m := train(t)
	feats, gold := toyData(200, 2)
	if acc := accuracy(m, feats, gold); acc < 0.95 {
		t.Fatalf("trained accuracy %.3f, want >= 0.95", acc)
	}
	loaded := reload(t, m)
	if loaded.Class("B") != 2 || loaded.Classes() != 3 {
		t.Fatalf("labels not kept: %v", loaded.Labels)
	}
	// Quantization may flip near ties, never the bulk of decisions.
	if acc := accuracy(loaded, feats, gold); acc < 0.95 {
		t.Fatalf("loaded accuracy %.3f, want >= 0.95", acc)
	}
	a, b := make([]float32, 3), make([]float32, 3)
	agree := 0
	for _, f := range feats {
		if m.Predict(f, a) == loaded.Predict(f, b) {
			agree++
		}
	}
	if agree < len(feats)*97/100 {
		t.Fatalf("loaded model agrees with trained on %d of %d", agree, len(feats))
	}
	if _, err := loaded.Marshal(0); err == nil {
		t.Fatal("Marshal of a loaded model should fail")
	}
}

func TestPruning(t *testing.T) {
	m := train(t)
	all, _ := m.Marshal(0)
	pruned, _ := m.Marshal(0.5)
	full, _ := Load(all)
	small, _ := Load(pruned)
	if small.Features() >= full.Features() {
		t.Fatalf("pruning kept %d of %d rows", small.Features(), full.Features())
	}
}

func TestAverageOfConstantModelIsUnchanged(t *testing.T) {
	m := New([]string{"x", "y"})
	f := []uint64{Hash(0, "w")}
	m.Update(f, 1, 0) // step 1: w = (-1, +1)
	m.Update(f, 1, 1) // step 2: right, no change
	m.Average()
	// Averaged over both steps the weights stayed (-1, +1) from step 1 on,
	// and the "w - u/c" form gives w - 1*w/2 = w/2.
	s := make([]float32, 2)
	m.Score(f, s)
	if s[0] != -0.5 || s[1] != 0.5 {
		t.Fatalf("averaged scores %v, want [-0.5 0.5]", s)
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("PCP"), []byte("XXXX\x00"), []byte("PCP1garbage")} {
		if _, err := Load(in); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func FuzzLoad(f *testing.F) {
	m := New([]string{"a", "b"})
	m.Update([]uint64{1, 2}, 0, 1)
	m.Average()
	good, _ := m.Marshal(0)
	f.Add(good)
	f.Add([]byte("PCP1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data)
		if err != nil {
			return
		}
		s := make([]float32, m.Classes())
		m.Score([]uint64{1, 2, 3}, s)
	})
}

func BenchmarkScore(b *testing.B) {
	labels := make([]string, 50)
	for i := range labels {
		labels[i] = string(rune('A' + i))
	}
	m := New(labels)
	rng := rand.New(rand.NewPCG(3, 4))
	feats := make([]uint64, 30)
	for range 20000 {
		for i := range feats {
			feats[i] = Hash(uint64(i), string(rune(rng.IntN(500))))
		}
		m.Update(feats, rng.IntN(50), rng.IntN(50))
	}
	m.Average()
	data, _ := m.Marshal(0)
	loaded, _ := Load(data)
	s := make([]float32, 50)
	for b.Loop() {
		loaded.Score(feats, s)
	}
}
