package parser

// Transitions of the arc-hybrid system; the root is an extra token at the end
// of the buffer, so LEFT onto it makes a sentence root.
const (
	shift = iota
	left  // s0 ← b0: b0 becomes the head of s0, pop s0
	right // s1 → s0: s1 becomes the head of s0, pop s0
	nMoves
)

type state struct {
	n      int // words; token n is the root
	stack  []int
	b0     int
	heads  []int // -1 while unattached
	lc1    []int // leftmost child, second leftmost, rightmost, second rightmost
	lc2    []int
	rc1    []int
	rc2    []int
	nl, nr []int
}

func newState(n int) *state {
	s := &state{n: n, stack: make([]int, 0, n), b0: 0}
	all := make([]int, 7*(n+1))
	s.heads, s.lc1, s.lc2, s.rc1, s.rc2 = all[:n+1], all[n+1:2*(n+1)], all[2*(n+1):3*(n+1)], all[3*(n+1):4*(n+1)], all[4*(n+1):5*(n+1)]
	s.nl, s.nr = all[5*(n+1):6*(n+1)], all[6*(n+1):]
	for i := range n + 1 {
		s.heads[i], s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1, -1
	}
	return s
}

func (s *state) done() bool { return len(s.stack) == 0 && s.b0 == s.n }

func (s *state) valid(m int) bool {
	switch m {
	case shift:
		return s.b0 < s.n
	case left:
		// Only the last word on the stack may become the root, so each
		// sentence gets exactly one.
		return len(s.stack) == 1 || (len(s.stack) > 1 && s.b0 < s.n)
	case right:
		return len(s.stack) >= 2
	}
	return false
}

// onlyMove returns the move when exactly one is valid.
func (s *state) onlyMove() (int, bool) {
	only, n := -1, 0
	for m := range nMoves {
		if s.valid(m) {
			only = m
			n++
		}
	}
	return only, n == 1
}

func (s *state) apply(m int) {
	switch m {
	case shift:
		s.stack = append(s.stack, s.b0)
		s.b0++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b0, d)
	case right:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d)
	}
}

func (s *state) attach(h, d int) {
	s.heads[d] = h
	if d < h {
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h]++
	} else {
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h]++
	}
}

// costly reports which moves lose a gold arc (Goldberg & Nivre's dynamic
// oracle for arc-hybrid, in Honnibal's formulation); gold[i] is i's head,
// n for the root.
func (s *state) costly(gold []int) (c [nMoves]bool) {
	c = s.lossy(gold)
	for m := range nMoves {
		c[m] = c[m] || !s.valid(m)
	}
	return c
}

func (s *state) lossy(gold []int) (c [nMoves]bool) {
	for m := range nMoves {
		c[m] = !s.valid(m)
	}
	if len(s.stack) == 0 {
		return c
	}
	s0 := s.stack[len(s.stack)-1]
	if !c[shift] && gold[s.b0] == s0 {
		return [nMoves]bool{false, true, true}
	}
	if gold[s0] == s.b0 {
		return [nMoves]bool{true, false, true}
	}
	if len(s.stack) >= 2 && gold[s0] == s.stack[len(s.stack)-2] {
		c[left] = true
	}
	if !c[shift] && s.b0 < s.n {
		for _, w := range s.stack {
			if gold[w] == s.b0 || gold[s.b0] == w {
				c[shift] = true
				break
			}
		}
	}
	// Popping s0 loses arcs between it and the words after b0.
	for w := s.b0 + 1; w <= s.n; w++ {
		if gold[s0] == w || (w < s.n && gold[w] == s0) {
			c[left], c[right] = true, true
			break
		}
	}
	return c
}
