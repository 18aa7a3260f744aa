package perceptron

import "testing"

func TestTable(t *testing.T) {
	tb := newTable[int](2)
	keys := []uint64{0, 1, 17, 33, 1 << 40, emptyKeyStandIn + 1}
	for i := range 100 {
		keys = append(keys, Hash(3, string(rune('a'+i))))
	}
	for i, k := range keys {
		tb.put(k, i)
	}
	tb.put(17, -17) // overwrite
	if tb.n != len(keys) {
		t.Fatalf("%d entries, want %d", tb.n, len(keys))
	}
	for i, k := range keys {
		want := i
		if k == 17 {
			want = -17
		}
		if v := tb.get(k); v == nil || *v != want {
			t.Fatalf("get(%d) = %v, want %d", k, v, want)
		}
	}
	if tb.get(2) != nil || tb.get(Hash(4, "zz")) != nil {
		t.Fatal("absent key found")
	}
	seen := 0
	tb.each(func(k uint64, v *int) {
		if got := tb.get(k); got != v {
			t.Fatalf("each gave key %d not found again", k)
		}
		seen++
	})
	if seen != len(keys) {
		t.Fatalf("each visited %d, want %d", seen, len(keys))
	}
}

func TestLoadManyClasses(t *testing.T) {
	labels := []string{"a", "b", "c", "d", "e", "f"}
	m := New(labels)
	for i := range 60 {
		f := []uint64{Hash(1, string(rune('a'+i%6))), Hash(2, "bias")}
		m.Update(f, i%6, (i+1)%6)
	}
	m.Average()
	data, err := m.Marshal(0)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	s := make([]float32, 6)
	for c := range 6 {
		if got := loaded.Predict([]uint64{Hash(1, string(rune('a'+c)))}, s); got != c {
			t.Errorf("class %d predicted as %d (scores %v)", c, got, s)
		}
	}
}
