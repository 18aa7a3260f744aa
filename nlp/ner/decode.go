package ner

import "math"

// lattice is the scratch space of Viterbi decoding over BILOU labels.
type lattice struct {
	static []float32 // per token and label: score of the label-independent features
	best   []float32 // per token and label: best path score ending there
	back   []int16   // per token and label: label before it on that path
	scores []float32
}

// viterbi returns the best valid BILOU labelling of a prepared sentence. The
// score of label l at token i is the static features' score plus that of the
// transition features for the label before it, so exact search is cheap.
func (m *Model) viterbi(st *sentenceState, lt *lattice, labels []int) []int {
	n := len(st.attrs)
	k := m.weights.Classes()
	lt.static = grow(lt.static, n*k)
	lt.best = grow(lt.best, n*k)
	lt.back = growInt16(lt.back, n*k)
	lt.scores = grow(lt.scores, k)
	negInf := float32(math.Inf(-1))
	for i := 0; i < n; i++ {
		if m.dense != nil {
			m.dense.score(st.static[i], lt.static[i*k:(i+1)*k])
		} else {
			m.weights.Score(st.static[i], lt.static[i*k:(i+1)*k])
		}
		atEnd := i == n-1
		best := lt.best[i*k : (i+1)*k]
		back := lt.back[i*k : (i+1)*k]
		for l := range best {
			best[l], back[l] = negInf, -1
		}
		for prev := -1; prev < k; prev++ {
			var base float32
			switch {
			case i == 0 && prev >= 0, i > 0 && prev < 0:
				continue
			case i > 0:
				base = lt.best[(i-1)*k+prev]
				if base == negInf {
					continue
				}
			}
			m.transitionScores(st, i, prev, lt.scores)
			for _, l := range allowedNext[atEndIndex(atEnd)][prev+1] {
				if s := base + lt.static[i*k+l] + lt.scores[l]; s > best[l] {
					best[l], back[l] = s, int16(prev)
				}
			}
		}
	}
	labels = labels[:0]
	for i := 0; i < n; i++ {
		labels = append(labels, 0)
	}
	if n == 0 {
		return labels
	}
	l := 0
	for c := 1; c < k; c++ {
		if lt.best[(n-1)*k+c] > lt.best[(n-1)*k+l] {
			l = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		labels[i] = l
		l = int(lt.back[i*k+l])
	}
	return labels
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func growInt16(s []int16, n int) []int16 {
	if cap(s) < n {
		return make([]int16, n)
	}
	return s[:n]
}

// Transition features depend only on the label before, the token's case and
// its case statistic, so a loaded model scores them from tables.
const (
	numCases = caseMixed + 1
	numStats = statAlwaysCapital + 1
)

type transitionTables struct {
	classes  int
	prev     []float32 // [prev+1][label]
	prevCase []float32 // [(prev+1)*numCases*numStats + wcase*numStats + stat][label]
}

func (m *Model) buildTransitionTables() {
	k := m.weights.Classes()
	t := &transitionTables{
		classes:  k,
		prev:     make([]float32, (k+1)*k),
		prevCase: make([]float32, (k+1)*numCases*numStats*k),
	}
	for p := 0; p <= k; p++ {
		m.weights.Score([]uint64{f(tLabelPrev, uint64(p))}, t.prev[p*k:(p+1)*k])
		for c := 0; c < numCases; c++ {
			for s := 0; s < numStats; s++ {
				row := ((p*numCases+c)*numStats + s) * k
				m.weights.Score([]uint64{f(tLabelPrevCase, uint64(p), uint64(c), uint64(s))}, t.prevCase[row:row+k])
			}
		}
	}
	m.tables = t
}

// transitionScores sets scores to the score of token i's transition
// features for each label, given the label before it.
func (m *Model) transitionScores(st *sentenceState, i, prev int, scores []float32) {
	t := m.tables
	a := &st.attrs[i]
	if t == nil || int(a.stat) >= numStats || int(a.wcase) >= numCases {
		m.weights.Score(st.transitionFeatures(i, prev), scores)
		return
	}
	k := t.classes
	p := prev + 1
	row := ((p*numCases+int(a.wcase))*numStats + int(a.stat)) * k
	pc := t.prevCase[row : row+k]
	pr := t.prev[p*k : (p+1)*k]
	for l := range scores[:k] {
		scores[l] = pr[l] + pc[l]
	}
}

// allowedNext lists the labels allowed after each label:
// [atEnd][prev+1] → labels.
var allowedNext = func() (t [2][1 + numLabels][]int) {
	for e := 0; e < 2; e++ {
		for p := -1; p < numLabels; p++ {
			for l := 0; l < numLabels; l++ {
				if allowed(p, l, e == 1) {
					t[e][p+1] = append(t[e][p+1], l)
				}
			}
		}
	}
	return t
}()

func atEndIndex(atEnd bool) int {
	if atEnd {
		return 1
	}
	return 0
}
