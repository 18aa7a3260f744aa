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
	loaded := reload(t, m)
	s := make([]float32, 6)
	for c := range 6 {
		if got := loaded.Predict([]uint64{Hash(1, string(rune('a'+c)))}, s); got != c {
			t.Errorf("class %d predicted as %d (scores %v)", c, got, s)
		}
	}
}

// EachRow must hand out exactly the weights Score adds, for both layouts
// (dense rows of small models, cells of larger ones): the entity recognizer
// builds its own scoring tables from it.
func TestEachRowMatchesScore(t *testing.T) {
	for _, classes := range []int{3, 6} {
		labels := []string{"a", "b", "c", "d", "e", "f"}[:classes]
		m := New(labels)
		var feats []uint64
		for i := range 40 {
			f := []uint64{Hash(1, string(rune('a'+i))), Hash(2, string(rune('a'+i%5)))}
			feats = append(feats, f...)
			m.Update(f, i%classes, (i+1)%classes)
		}
		m.Average()
		loaded := reload(t, m)
		rows := map[uint64][]float32{}
		loaded.EachRow(func(f uint64, cls []uint16, vals []float32) {
			dense := make([]float32, classes)
			for i, c := range cls {
				dense[c] = vals[i]
			}
			rows[f] = dense
		})
		if len(rows) != loaded.Features() {
			t.Fatalf("%d classes: EachRow gave %d rows, model has %d", classes, len(rows), loaded.Features())
		}
		got := make([]float32, classes)
		for _, f := range feats {
			loaded.Score([]uint64{f}, got)
			want := rows[f]
			if want == nil {
				want = make([]float32, classes)
			}
			for c := range got {
				if got[c] != want[c] {
					t.Fatalf("%d classes, feature %x: Score gives %v, EachRow %v", classes, f, got, want)
				}
			}
		}
	}
}

// Scoring in batches must add weights in the features' order, so that a
// long feature list scores bit for bit as feeding features one at a time.
func TestBatchedScoreKeepsOrder(t *testing.T) {
	for _, classes := range []int{3, 6} {
		labels := []string{"a", "b", "c", "d", "e", "f"}[:classes]
		m := New(labels)
		var feats []uint64
		for i := range 3 * lookupBatch {
			f := Hash(uint64(i%7), string(rune('a'+i)))
			feats = append(feats, f)
			m.Update([]uint64{f, Hash(9, "bias")}, i%classes, (i*7+1)%classes)
		}
		m.Average()
		data, _ := m.Marshal(0)
		loaded, err := Load(data)
		if err != nil {
			t.Fatal(err)
		}
		feats = append(feats, 12345, 0) // absent, and the table's empty key
		batched := make([]float32, classes)
		loaded.Score(feats, batched)
		oneByOne := make([]float32, classes)
		for _, f := range feats {
			if classes <= 4 {
				// Small models sum all features before adding to scores.
				break
			}
			loaded.ScoreAdd([]uint64{f}, oneByOne)
		}
		if classes <= 4 {
			var sum [4]float32
			for _, f := range feats {
				if row := loaded.small.get(f); row != nil {
					for c := range classes {
						sum[c] += row.weight(c)
					}
				}
			}
			copy(oneByOne, sum[:classes])
		}
		for c := range batched {
			if batched[c] != oneByOne[c] {
				t.Fatalf("%d classes: batched %v, one by one %v", classes, batched, oneByOne)
			}
		}
	}
}

func TestTableLoad(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 600, 542655} {
		tb := newTable[int](n)
		if !roomy(n, len(tb.entries)) || (len(tb.entries) > 16 && roomy(n, len(tb.entries)/2)) {
			t.Errorf("%d keys got %d slots, not the smallest roomy power of two", n, len(tb.entries))
		}
	}
}

// Rows with weights for many classes are stored dense, the others as cells;
// both must score exactly as the weights EachRow reports, added in order.
func TestDenseAndSparseRows(t *testing.T) {
	labels := make([]string, 12)
	for i := range labels {
		labels[i] = string(rune('a' + i))
	}
	m := New(labels)
	var feats []uint64
	for i := range 60 {
		rare := Hash(1, string(rune('a'+i))) // two classes: a sparse row
		feats = append(feats, rare)
		m.Update([]uint64{rare, Hash(2, "bias")}, i%12, (i*5+1)%12)
	}
	feats = append(feats, Hash(2, "bias"), 12345) // a dense row; an absent feature
	m.Average()
	data, _ := m.Marshal(0)
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[uint64][]float32{}
	loaded.EachRow(func(f uint64, classes []uint16, values []float32) {
		dense := make([]float32, len(labels))
		for i, c := range classes {
			if values[i] == 0 {
				t.Fatalf("feature %x: EachRow reports a zero weight", f)
			}
			dense[c] = values[i]
		}
		rows[f] = dense
	})
	if len(rows[Hash(2, "bias")]) == 0 || len(rows) != loaded.Features() {
		t.Fatalf("EachRow gave %d rows of %d", len(rows), loaded.Features())
	}
	sp := loaded.index.get(Hash(2, "bias"))
	if sp == nil || int(sp.end-sp.start) != len(labels) {
		t.Fatal("the bias row is not stored dense")
	}
	got := make([]float32, len(labels))
	loaded.Score(feats, got)
	want := make([]float32, len(labels))
	for _, f := range feats {
		for c, v := range rows[f] {
			if v != 0 {
				want[c] += v
			}
		}
	}
	for c := range got {
		if got[c] != want[c] {
			t.Fatalf("class %d: Score %v, EachRow sums %v", c, got, want)
		}
	}
}

// Of keys competing for a slot, the one of highest rank must get it, so
// the rows most looked up are found without probing.
func TestPutRanked(t *testing.T) {
	tb := newTable[int](3)
	home := uint64(5)
	entries := []entry[int]{{home, 1}, {home + 1, 7}, {home + uint64(len(tb.entries)), 9}}
	putRanked(tb, entries, func(v *int) int { return *v })
	if e := tb.entries[home]; e.key != home+uint64(len(tb.entries)) {
		t.Fatalf("home slot holds key %d (rank %d), want the rank 9 key", e.key, e.val)
	}
	for _, e := range entries {
		if v := tb.get(e.key); v == nil || *v != e.val {
			t.Fatalf("key %d not found after putRanked", e.key)
		}
	}
}

// reload saves m unpruned and loads it back.
func reload(t *testing.T, m *Model) *Model {
	t.Helper()
	data, err := m.Marshal(0)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	return loaded
}
