package parser

import (
	"strings"

	"chronicle/nlp/perceptron"
)

// sentence holds per-token hashes; index n is the root, n+1 the padding
// used for absent positions.
type sentence struct {
	n       int
	w, t, u []uint64 // lower-cased word, XPOS, UPOS
	fn      []bool   // function words (see functionTag)
	punct   []bool
}

func prepare(forms, upos, xpos []string) *sentence {
	n := len(forms)
	s := &sentence{n: n, w: make([]uint64, n+2), t: make([]uint64, n+2), u: make([]uint64, n+2), fn: make([]bool, n), punct: make([]bool, n+2)}
	for i, f := range forms {
		low := strings.ToLower(f)
		s.fn[i] = functionTag(xpos[i])
		s.punct[i] = upos[i] == "PUNCT"
		s.w[i] = perceptron.Hash(11, low)
		s.t[i] = perceptron.Hash(12, xpos[i])
		s.u[i] = perceptron.Hash(13, upos[i])
	}
	s.w[n], s.t[n], s.u[n] = 2, 2, 2
	s.w[n+1], s.t[n+1], s.u[n+1] = 3, 3, 3
	return s
}

// at maps an absent position (-1) to the padding token.
func (s *sentence) at(i int) int {
	if i < 0 {
		return s.n + 1
	}
	return i
}

func mix3(a, b, c uint64) uint64 { return perceptron.Mix(perceptron.Mix(a, b), c) }

// features appends the transition features of a state.
func (st *state) features(out []uint64, s *sentence) []uint64 {
	mix := perceptron.Mix
	depth := len(st.stack)
	s0, s1, s2 := -1, -1, -1
	if depth > 0 {
		s0 = st.stack[depth-1]
	}
	if depth > 1 {
		s1 = st.stack[depth-2]
	}
	if depth > 2 {
		s2 = st.stack[depth-3]
	}
	b0 := st.b0
	b1, b2 := -1, -1
	if b0+1 <= st.n {
		b1 = b0 + 1
	}
	if b0+2 <= st.n {
		b2 = b0 + 2
	}
	child := func(arr []int, i int) int {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	S0, S1, S2, B0, B1, B2 := s.at(s0), s.at(s1), s.at(s2), s.at(b0), s.at(b1), s.at(b2)
	B0l1, B0l2 := s.at(child(st.lc1, b0)), s.at(child(st.lc2, b0))
	S0l1, S0l2 := s.at(child(st.lc1, s0)), s.at(child(st.lc2, s0))
	S0r1, S0r2 := s.at(child(st.rc1, s0)), s.at(child(st.rc2, s0))
	S1l1, S1r1 := s.at(child(st.lc1, s1)), s.at(child(st.rc1, s1))
	w, t := s.w, s.t
	dist := uint64(0)
	if s0 >= 0 {
		dist = uint64(min(b0-s0, 6))
	}
	vs0l, vs0r, vb0l := uint64(9), uint64(9), uint64(st.nl[b0])
	if s0 >= 0 {
		vs0l, vs0r = uint64(st.nl[s0]), uint64(st.nr[s0])
	}
	k := uint64(100)
	f := func(vals ...uint64) {
		h := k
		for _, v := range vals {
			h = mix(h, v)
		}
		out = append(out, h)
		k++
	}
	f()
	// unigrams
	for _, i := range [...]int{B0, B1, B2, S0, S1, S2, B0l1, B0l2, S0l1, S0l2, S0r1, S0r2} {
		f(w[i])
	}
	for _, i := range [...]int{B0, B1, B2, S0, S1, S2, B0l1, B0l2, S0l1, S0l2, S0r1, S0r2, S1l1, S1r1} {
		f(t[i])
	}
	for _, i := range [...]int{B0, B1, S0, S1} {
		f(w[i], t[i])
		f(s.u[i])
	}
	// pairs
	f(w[S0], w[B0])
	f(w[B0], t[B0], w[S0])
	f(w[B0], t[B0], t[S0])
	f(w[S0], t[S0], w[B0])
	f(w[S0], t[S0], t[B0])
	f(w[S0], t[S0], w[B0], t[B0])
	f(t[S0], t[B0])
	f(t[B0], t[B1])
	f(w[S1], w[S0])
	f(w[S1], t[S0], t[S1])
	f(t[S1], w[S0], t[S0])
	f(w[S1], t[S1], w[B0])
	// trigrams
	f(t[B0], t[B1], t[B2])
	f(t[S0], t[B0], t[B1])
	f(t[S1], t[S0], t[B0])
	f(t[S0], t[S0r1], t[B0])
	f(t[S0], t[S0l1], t[B0])
	f(t[S0], t[B0], t[B0l1])
	f(t[S0], t[S0l1], t[S0l2])
	f(t[S0], t[S0r1], t[S0r2])
	f(t[B0], t[B0l1], t[B0l2])
	f(t[S1], t[S0], t[S2])
	f(t[S1], t[S1r1], t[S0])
	f(t[S1], t[S1l1], t[S0])
	// valency and distance
	f(w[S0], vs0r)
	f(w[S0], vs0l)
	f(w[B0], vb0l)
	f(t[S0], vs0r)
	f(t[S0], vs0l)
	f(t[B0], vb0l)
	f(w[S0], dist)
	f(w[B0], dist)
	f(t[S0], dist)
	f(t[B0], dist)
	f(t[S0], t[B0], dist)
	f(w[S0], w[B0], dist)
	f(uint64(depth), uint64(min(st.n-b0, 8)))
	// punctuation between s0 and b0 separates clauses and appositions
	punct := uint64(0)
	if s0 >= 0 {
		for i := s0 + 1; i < b0 && punct < 2; i++ {
			if s.punct[i] {
				punct++
			}
		}
	}
	f(t[S0], t[B0], punct)
	f(w[S0], punct)
	s1dist := uint64(0)
	if s1 >= 0 {
		s1dist = uint64(min(s0-s1, 6))
	}
	f(t[S1], t[S0], s1dist)
	f(s.u[S0], s.u[B0], s.u[B1])
	f(s.u[S1], s.u[S0], s.u[B0])
	f(w[B0], t[B1])
	f(w[S0], w[S0r1])
	f(w[B0], w[B0l1])
	return out
}
