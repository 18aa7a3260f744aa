package parser

import "testing"

func TestOnlyMove(t *testing.T) {
	for _, tc := range []struct {
		name  string
		moves []int // applied to a fresh state of 3 words
		only  int   // -1: more than one move is valid
	}{
		{"start: only shift", nil, shift},
		{"one word on the stack, buffer open", []int{shift}, -1},
		{"two on the stack, buffer open", []int{shift, shift}, -1},
		{"buffer at the root, two on the stack", []int{shift, shift, shift, right}, right},
		{"buffer at the root, one on the stack", []int{shift, shift, shift, right, right}, left},
		{"stack emptied by left, buffer open", []int{shift, left}, shift},
	} {
		st := newState(3)
		for _, m := range tc.moves {
			if !st.valid(m) {
				t.Fatalf("%s: move %d invalid in setup", tc.name, m)
			}
			st.apply(m)
		}
		got, ok := st.onlyMove()
		if !ok {
			got = -1
		}
		if got != tc.only {
			t.Errorf("%s: onlyMove = %d, want %d", tc.name, got, tc.only)
		}
	}
}
