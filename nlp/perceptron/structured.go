package perceptron

import "math"

// Structured learners (a sequence decoded with Viterbi) update the gold and
// the predicted path with different feature sets, which Update cannot express:
// they call Tick once per example and Adjust for each side of a mistake.

// Tick counts one training example for averaging without changing weights.
func (m *Model) Tick() { m.steps++ }

// Adjust adds delta to the weights of class for each feature, as of the
// current step (call Tick first for a new example).
func (m *Model) Adjust(features []uint64, class int, delta float32) {
	n := len(m.Labels)
	step := float64(m.steps) * float64(delta)
	for _, f := range features {
		r, ok := m.rows[f]
		if !ok {
			r = int32(len(m.rows))
			m.rows[f] = r
			m.w = append(m.w, make([]float32, n)...)
			m.u = append(m.u, make([]float64, n)...)
		}
		i := int(r)*n + class
		m.w[i] += delta
		m.u[i] += step
	}
}

// EachRow calls fn with every feature row of a loaded model: the feature,
// the classes it has weights for and those weights. Callers that need their
// own layout for scoring (dense rows for a fixed feature set) build it from
// this; the slices are the model's own and must not be changed.
func (m *Model) EachRow(fn func(feature uint64, classes []uint16, values []float32)) {
	m.index.each(func(k uint64, sp *span) {
		row := m.cells[sp.start:sp.end]
		if len(row) == len(m.Labels) {
			var classes []uint16
			var values []float32
			for c, w := range row {
				if w != negZero { // a weight is never zero: q != 0, scale > 0
					classes = append(classes, uint16(c))
					values = append(values, math.Float32frombits(w))
				}
			}
			fn(k, classes, values)
			return
		}
		scale := math.Float32frombits(row[0])
		classes := make([]uint16, len(row)-1)
		values := make([]float32, len(row)-1)
		for i, cell := range row[1:] {
			classes[i] = uint16(cell >> 8)
			values[i] = float32(int8(cell)) * scale
		}
		fn(k, classes, values)
	})
	m.small.each(func(k uint64, row *smallRow) {
		dense := make([]float32, len(m.Labels))
		for c := range dense {
			dense[c] = row.weight(c)
		}
		fn(k, []uint16{0, 1, 2, 3}[:len(m.Labels)], dense)
	})
}
