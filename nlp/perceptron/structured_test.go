package perceptron

import "testing"

// Adjusting +1/-1 after Tick must leave the same weights as Update does.
func TestAdjustMatchesUpdate(t *testing.T) {
	feats := []uint64{Hash(1, "a"), Hash(2, "b")}
	a, b := New([]string{"x", "y", "z"}), New([]string{"x", "y", "z"})
	for step := 0; step < 5; step++ {
		a.Update(feats, step%3, (step+1)%3)
		b.Tick()
		b.Adjust(feats, step%3, 1)
		b.Adjust(feats, (step+1)%3, -1)
	}
	a.Average()
	b.Average()
	sa, sb := make([]float32, 3), make([]float32, 3)
	a.Score(feats, sa)
	b.Score(feats, sb)
	for i := range sa {
		if sa[i] != sb[i] {
			t.Fatalf("class %d: Update gives %v, Tick+Adjust gives %v", i, sa[i], sb[i])
		}
	}
}
