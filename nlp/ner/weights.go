package ner

import "chronicle/nlp/perceptron"

// denseWeights is a loaded model's weights laid out for fast scoring: an
// open-addressing table of features whose rows hold a weight for every
// label. Scoring a token looks up some forty features; with Go maps and
// sparse rows each costs several cache misses, here one or two.
type denseWeights struct {
	mask    uint64
	keys    []uint64 // 0 marks an empty slot
	rows    []int32
	weights []float32 // row r is weights[r*classes : (r+1)*classes]
	classes int
}

// emptyKey replaces a feature hash of 0, which marks empty slots.
const emptyKey = 0x9E3779B97F4A7C15

func newDenseWeights(m *perceptron.Model) *denseWeights {
	n := m.Features()
	size := 1
	for size < 2*n {
		size <<= 1
	}
	d := &denseWeights{
		mask:    uint64(size - 1),
		keys:    make([]uint64, size),
		rows:    make([]int32, size),
		weights: make([]float32, 0, n*m.Classes()),
		classes: m.Classes(),
	}
	m.EachRow(func(feature uint64, classes []uint16, values []float32) {
		if feature == 0 {
			feature = emptyKey
		}
		i := feature & d.mask
		for d.keys[i] != 0 {
			i = (i + 1) & d.mask
		}
		d.keys[i] = feature
		d.rows[i] = int32(len(d.weights) / d.classes)
		row := make([]float32, d.classes)
		for j, c := range classes {
			row[c] = values[j]
		}
		d.weights = append(d.weights, row...)
	})
	return d
}

// score sets scores to the summed weights of features.
func (d *denseWeights) score(features []uint64, scores []float32) {
	k := d.classes
	scores = scores[:k]
	clear(scores)
	for _, f := range features {
		if f == 0 {
			f = emptyKey
		}
		for i := f & d.mask; d.keys[i] != 0; i = (i + 1) & d.mask {
			if d.keys[i] == f {
				row := d.weights[int(d.rows[i])*k : int(d.rows[i])*k+k]
				for c, v := range row {
					scores[c] += v
				}
				break
			}
		}
	}
}
