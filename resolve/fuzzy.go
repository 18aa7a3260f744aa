package resolve

import (
	"strings"
	"sync"
	"unicode/utf8"

	"chronicle/kb"
)

// fuzzyWords are a knowledge base's country words and surnames in lower
// case, by first letter, built once per knowledge base.
type fuzzyWords struct {
	countries map[byte][]fuzzyWord
	surnames  map[byte][]fuzzyWord
}

type fuzzyWord struct {
	word    string
	runes   []rune // word, converted once for editDistance
	country string
	person  *kb.Person
}

var fuzzyCache sync.Map // *kb.KB → *fuzzyWords

func (a *Actors) fuzzyIndex() *fuzzyWords {
	if f, ok := fuzzyCache.Load(a.kb); ok {
		return f.(*fuzzyWords)
	}
	f := &fuzzyWords{countries: map[byte][]fuzzyWord{}, surnames: map[byte][]fuzzyWord{}}
	for _, c := range a.kb.Countries() {
		for _, list := range [][]string{c.Names, c.Demonyms, c.Capitals} {
			for _, n := range list {
				if low := strings.ToLower(n); low != "" {
					f.countries[low[0]] = append(f.countries[low[0]], fuzzyWord{word: low, runes: []rune(low), country: c.Code})
				}
			}
		}
	}
	for _, p := range a.kb.People() {
		words := strings.Fields(kb.Normalize(p.Name))
		last := words[len(words)-1]
		f.surnames[last[0]] = append(f.surnames[last[0]], fuzzyWord{word: last, runes: []rune(last), person: p})
	}
	fuzzyCache.Store(a.kb, f)
	return f
}

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
	var e editor
	e.setWord(low)
	for _, cand := range a.fuzzyIndex().countries[low[0]] {
		if d := e.distance(cand.runes, bestDist); d < bestDist {
			best, bestDist = cand.country, d
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
	var e editor
	e.setWord(low)
	for _, cand := range a.fuzzyIndex().surnames[low[0]] {
		if e.distance(cand.runes, maxEdits(n)+1) <= maxEdits(n) {
			out = append(out, cand.person)
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
	// Most candidates differ in length by more than the limit: count
	// before converting or allocating anything.
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d >= limit || -d >= limit {
		return limit
	}
	var e editor
	e.setWord(a)
	return e.distance([]rune(b), limit)
}

// editor measures one word's edit distance to many candidates, reusing
// its buffers: fuzzy look-ups run it on every capitalised word of a text.
type editor struct {
	word   []rune
	counts [26]int // the word's letters a-z, for the quick lower bound
	ascii  bool    // the word is all a-z
	rows   []int
}

func (e *editor) setWord(w string) {
	e.word = []rune(w)
	e.counts = [26]int{}
	e.ascii = true
	for _, r := range e.word {
		if r < 'a' || r > 'z' {
			e.ascii = false
			continue
		}
		e.counts[r-'a']++
	}
}

// distance is editDistance(e.word, b, limit).
func (e *editor) distance(b []rune, limit int) int {
	ra, rb := e.word, b
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	if e.ascii && e.bagDistance(rb) >= limit {
		return limit
	}
	if need := 3 * (len(rb) + 1); cap(e.rows) < need {
		e.rows = make([]int, need)
	}
	rows := e.rows[:3*(len(rb)+1)]
	prev2, prev, cur := rows[:len(rb)+1], rows[len(rb)+1:2*len(rb)+2], rows[2*len(rb)+2:]
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

// bagDistance is a lower bound of the edit distance from the (all a-z)
// word to b, counting letters only: an insertion, deletion or
// substitution changes the letter counts by at most one on each side, a
// swap not at all. It is much cheaper than the alignment itself.
func (e *editor) bagDistance(b []rune) int {
	counts := e.counts
	extra := 0 // letters of b the word lacks
	for _, r := range b {
		if r < 'a' || r > 'z' {
			extra++
			continue
		}
		if counts[r-'a'] > 0 {
			counts[r-'a']--
		} else {
			extra++
		}
	}
	missing := 0 // letters of the word b lacks
	for _, c := range counts {
		missing += c
	}
	return max(extra, missing)
}
