package resolve

import (
	"strings"
	"unicode/utf8"

	"chronicle/kb"
)

// fuzzyCountry finds the country a misspelt name stands for ("Ethopia",
// "Afganistan", "Quatar"): one edit away for names of six to eight letters,
// two for longer ones, and never a different first letter. Shorter names
// are left alone: "Iran" and "Iraq" are one edit apart.
func (a *Actors) fuzzyCountry(name string) (string, bool) {
	n := utf8.RuneCountInString(name)
	if n < 6 || !capitalized(name) {
		return "", false
	}
	if code, ok := a.fuzzyMemo[name]; ok {
		return code, code != ""
	}
	best, bestDist := "", maxEdits(n)+1
	low := strings.ToLower(name)
	for _, c := range a.kb.Countries() {
		for _, list := range [][]string{c.Names, c.Demonyms, c.Capitals} {
			for _, cand := range list {
				if d := editDistance(low, strings.ToLower(cand), bestDist); d < bestDist && low[0] == strings.ToLower(cand)[0] {
					best, bestDist = c.Code, d
				}
			}
		}
	}
	a.fuzzyMemo[name] = best
	return best, best != ""
}

// fuzzySurname finds known people whose surname is a misspelling of word.
func (a *Actors) fuzzySurname(word string) []*kb.Person {
	n := utf8.RuneCountInString(word)
	if n < 6 || !capitalized(word) {
		return nil
	}
	low := strings.ToLower(word)
	var out []*kb.Person
	for _, p := range a.kb.People() {
		f := strings.Fields(kb.Normalize(p.Name))
		last := f[len(f)-1]
		if last[0] == low[0] && editDistance(low, last, maxEdits(n)+1) <= maxEdits(n) {
			out = append(out, p)
		}
	}
	return out
}

func maxEdits(n int) int {
	if n >= 9 {
		return 2
	}
	return 1
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours), or limit
// once it is certain to reach it.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit)
}
