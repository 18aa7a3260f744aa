package perceptron

import (
	"math"
)

// Model is a multi-class linear model. A new model is trainable; one read by
// Load can only score.
type Model struct {
	Labels []string // class names; class i is Labels[i]

	// Training state: dense rows of len(Labels) weights per updated feature.
	rows  map[uint64]int32
	w     []float32
	u     []float64 // sum over updates of step*delta, for averaging
	steps int

	// Inference state: sparse rows, or for models of at most four classes
	// dense rows inside the map, which saves a cache miss per feature.
	small *table[smallRow]
	index *table[span]
	cells []uint32
}

// smallRow is a dense row of a model of at most four classes as stored: int8
// weights and their scale. Keeping it quantized makes a table entry 16 bytes
// instead of 24, so the table of the parser's transitions (half a million
// rows) takes a third of the memory and far more of it stays in cache. The
// weight is rebuilt as float32(q)*scale, exactly the product Load used to
// store, so scores are unchanged to the last bit.
type smallRow struct {
	scale float32
	q     [4]int8
}

// The outer conversion forces the product to be rounded on its own: the Go
// spec lets a compiler fuse it with the sum that follows (FMA), which would
// change the last bit.
func (r *smallRow) weight(c int) float32 { return float32(float32(r.q[c]) * r.scale) }

// span locates a feature's row in a loaded model's cells: the first cell
// holds the row's scale (float32 bits), each further one a class (high bits)
// and its int8 weight (low byte). One array of 4-byte cells, where separate
// class and weight arrays took 6 bytes and two cache misses per row; the
// weight is float32(q)*scale, the product Load used to store, bit for bit.
// (Keeping rows of up to two weights inline in the table entry was tried: the
// doubled entry size cost as much as it saved.)
//
// A row with weights for many classes is stored dense instead: one float32
// weight (as bits) per class, as many cells as the model has classes (see
// storedDense).
type span struct{ start, end uint32 }

// maxSmall is the most classes of a model kept in dense smallRows.
const maxSmall = 4

// New returns an empty trainable model over the given class labels.
func New(labels []string) *Model {
	return &Model{Labels: labels, rows: make(map[uint64]int32)}
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return len(m.Labels) }

// Class returns the index of label, or -1.
func (m *Model) Class(label string) int {
	for i, l := range m.Labels {
		if l == label {
			return i
		}
	}
	return -1
}

// Score sets scores[0:Classes()] to the sum of the weights of features.
// Unknown features contribute nothing.
func (m *Model) Score(features []uint64, scores []float32) {
	clear(scores[:len(m.Labels)])
	m.ScoreAdd(features, scores)
}

// ScoreAdd adds the weights of features to scores[0:Classes()].
func (m *Model) ScoreAdd(features []uint64, scores []float32) {
	n := len(m.Labels)
	scores = scores[:n]
	if m.small != nil {
		// All features are summed before the scores are added to, as this
		// model always did: the order of float additions decides the last bit.
		var sum [4]float32
		for len(features) > 0 {
			k := min(len(features), lookupBatch)
			m.sumSmallBatch(features[:k], &sum)
			features = features[k:]
		}
		for c := range scores {
			scores[c] += sum[c]
		}
		return
	}
	if m.index != nil {
		for len(features) > 0 {
			k := min(len(features), lookupBatch)
			m.scoreBatch(features[:k], scores)
			features = features[k:]
		}
		return
	}
	for _, f := range features {
		r, ok := m.rows[f]
		if !ok {
			continue
		}
		row := m.w[int(r)*n : int(r)*n+n]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// lookupBatch is how many features scoreBatch looks up together.
const lookupBatch = 64

// sumSmallBatch adds the dense rows of at most lookupBatch features to sum.
// Nearly every lookup misses the CPU cache, so it first touches the home
// slot of every feature with loads that depend on nothing (the CPU then has
// many misses in flight at once instead of one after another), and only then
// probes and adds, in the features' order, so the sums are bit for bit those
// of adding one feature at a time.
func (m *Model) sumSmallBatch(features []uint64, sum *[4]float32) {
	var home [lookupBatch]uint64
	t := m.small
	for i, f := range features {
		home[i] = t.entries[f&t.mask].key
	}
	// The sums stay in registers: added through the pointer, each feature's
	// add would wait for the previous one's store.
	s0, s1, s2, s3 := sum[0], sum[1], sum[2], sum[3]
	for i, f := range features {
		var row *smallRow
		switch h := home[i]; {
		case h == f && f != emptyKey: // found at its home slot: no call
			row = &t.entries[f&t.mask].val
		case h == emptyKey && f != emptyKey: // absent
			continue
		default: // further along, or the empty key's stand-in
			if row = t.get(f); row == nil {
				continue
			}
		}
		s0 += row.weight(0)
		s1 += row.weight(1)
		s2 += row.weight(2)
		s3 += row.weight(3)
	}
	sum[0], sum[1], sum[2], sum[3] = s0, s1, s2, s3
}

// scoreBatch adds the sparse rows of at most lookupBatch features to scores,
// touching every home slot first and then each row, as sumSmallBatch does.
func (m *Model) scoreBatch(features []uint64, scores []float32) {
	var home [lookupBatch]uint64
	t := m.index
	for i, f := range features {
		home[i] = t.entries[f&t.mask].key
	}
	var spans [lookupBatch]span
	for i, f := range features {
		// The same probe as sumSmallBatch's, written out: as a shared
		// (inlinable) table method it measured 8% slower on TagParse.
		var sp *span
		switch h := home[i]; {
		case h == f && f != emptyKey: // found at its home slot: no call
			sp = &t.entries[f&t.mask].val
		case h == emptyKey && f != emptyKey: // absent
			continue
		default: // further along, or the empty key's stand-in
			if sp = t.get(f); sp == nil {
				continue
			}
		}
		spans[i] = *sp
		home[i] = uint64(m.cells[sp.start]) // start the row's load too
	}
	for i := range features {
		sp := spans[i]
		if sp.start == sp.end {
			continue
		}
		row := m.cells[sp.start:sp.end]
		if len(row) == len(scores) {
			addDense(scores, row)
			continue
		}
		scale := math.Float32frombits(row[0])
		for _, cell := range row[1:] {
			// Converted on its own so it is not fused with the add (see smallRow).
			scores[cell>>8] += float32(float32(int8(cell)) * scale)
		}
	}
}

// addDense adds a dense row of float32 weights (as bits) to scores.
func addDense(scores []float32, row []uint32) {
	row = row[:len(scores)]
	c := 0
	// Four at a time: the loop's own bookkeeping costs as much as an add.
	for ; c+4 <= len(row); c += 4 {
		s, w := scores[c:c+4:c+4], row[c:c+4:c+4]
		s[0] += math.Float32frombits(w[0])
		s[1] += math.Float32frombits(w[1])
		s[2] += math.Float32frombits(w[2])
		s[3] += math.Float32frombits(w[3])
	}
	for ; c < len(row); c++ {
		scores[c] += math.Float32frombits(row[c])
	}
}

// Predict scores features and returns the best class; scores is scratch space
// of at least Classes() entries and holds the scores afterwards.
func (m *Model) Predict(features []uint64, scores []float32) int {
	m.Score(features, scores)
	return Argmax(scores[:len(m.Labels)])
}

// Argmax returns the index of the largest score (the first on ties).
func Argmax(scores []float32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// Update is one training step: call it for every example, also when the guess
// was right, since the averaging counts examples. When truth != guess the
// features' weights move by +1 for truth and -1 for guess.
func (m *Model) Update(features []uint64, truth, guess int) {
	m.Tick()
	if truth == guess {
		return
	}
	m.Adjust(features, truth, 1)
	m.Adjust(features, guess, -1)
}

// Average replaces the weights by their average over all training steps, as
// the averaged perceptron predicts with. Call it once, after training.
func (m *Model) Average() {
	if m.steps == 0 {
		return
	}
	c := float64(m.steps)
	for i := range m.w {
		m.w[i] = float32(float64(m.w[i]) - m.u[i]/c)
	}
	m.u = nil
}

// Features returns the number of feature rows the model holds.
func (m *Model) Features() int {
	if m.small != nil {
		return m.small.n
	}
	if m.index != nil {
		return m.index.n
	}
	return len(m.rows)
}

// absMax returns the largest absolute weight of a dense row.
func absMax(row []float32) float32 {
	var mx float32
	for _, v := range row {
		mx = max(mx, float32(math.Abs(float64(v))))
	}
	return mx
}
