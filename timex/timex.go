package timex

import (
	"sort"
	"strings"
	"time"

	"chronicle"
)

// Expr is a time expression of a document: tokens [First, Last), bytes
// [Start, End) of the document's text, and the date it resolves to.
type Expr struct {
	First, Last int
	Start, End  int
	Date        chronicle.Date
}

// hit is a rule's match in a text before it is resolved.
type hit struct {
	rule       *rule
	start, end int // bytes, preposition included
	coreStart  int
	groups     []string
	prep       string
}

// scan returns the rules' matches in text, longest first at each start.
func scan(text string) []hit {
	var hits []hit
	cues := cueFinder{text: text, lower: asciiLower(text), at: make([][]int, len(cueWords)), done: make([]bool, len(cueWords)),
		windowsOf: make([][][2]int, len(cueSets)), windowsDone: make([]bool, len(cueSets))}
	for i := range rules {
		r := &rules[i]
		for _, w := range cues.windowsOfSet(ruleCueSet[i]) {
			if pass := windowFilters[i]; pass != nil && !pass(cues.lower[w[0]:w[1]]) {
				continue // the expression cannot match here: spare running it
			}
			for _, loc := range r.re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += w[0]
					}
				}
				h := hit{rule: r, start: loc[0], end: loc[1]}
				h.groups = make([]string, len(loc)/2)
				for g := range h.groups {
					if loc[2*g] >= 0 {
						h.groups[g] = text[loc[2*g]:loc[2*g+1]]
					}
				}
				h.prep, h.start = prepositionBefore(text, weekdayBefore(text, loc[0]))
				hits = append(hits, h)
			}
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].start != hits[b].start {
			return hits[a].start < hits[b].start
		}
		return hits[a].end-hits[a].start > hits[b].end-hits[b].start
	})
	return hits
}

// windowFilters[i], when set, is a cheap test that a (lower-cased) window
// must pass for rule i's expression to match in it; it only spares running
// the expression, never changes what matches.
var windowFilters = func() []func(string) bool {
	byName := map[string]func(string) bool{
		"full date":        hasYearDigits,
		"month year":       hasYearDigits,
		"month day":        hasDigit,
		"month day range":  hasDigit,
		"ago":              containsAny("ago", "earlier", "later", "before", "from now"),
		"relational":       containsAny("next", "following", "previous", "same", "that", "before", "after", "later", "earlier", "time"),
		"iso date":         hasYearDigits,
		"numeric date":     hasYearDigits,
		"year range":       hasYearDigits,
		"year":             hasYearDigits,
		"weekday":          containsAny("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
		"this part of day": containsAny("this", "last"),
		"relative unit":    containsAny("last", "next", "this", "past", "previous", "coming", "current"),
		"part of unit":     containsAny("this", "last", "next"),
		"recent":           containsAny("recent", "past", "last", "next", "coming"),
		"past n units":     containsAny("past", "last", "previous", "next", "coming"),
	}
	filters := make([]func(string) bool, len(rules))
	for i, r := range rules {
		filters[i] = byName[r.name]
	}
	return filters
}()

// hasYearDigits reports whether s holds four ASCII digits in a row, as a
// year (and so every rule built on yearRe or \d{4}) needs.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// containsAny returns a test for a window holding one of words, each
// written in lower case as the window is. The expressions fold case the
// Unicode way, where 'ſ' matches 's' and the Kelvin sign 'k': a window
// holding either is always passed on.
func containsAny(words ...string) func(string) bool {
	return func(s string) bool {
		if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
			return true
		}
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
}

// reach is how far from a rule's cue word its expression may extend; no
// expression is longer ("the day before yesterday afternoon" is 33 bytes).
const reach = 64

// cueWords are the distinct cue words of all rules, and ruleCues[i] the
// indexes of rule i's cues in it: many rules share cues (digits, month
// names, unit words), and each is sought once per sentence.
var cueWords, ruleCues = indexCues()

func indexCues() ([]string, [][]int) {
	var words []string
	index := map[string]int{}
	perRule := make([][]int, len(rules))
	for i, r := range rules {
		for _, w := range r.needs {
			k, ok := index[w]
			if !ok {
				k = len(words)
				index[w] = k
				words = append(words, w)
			}
			perRule[i] = append(perRule[i], k)
		}
	}
	return words, perRule
}

// cueSets are the distinct lists of cues of the rules, and ruleCueSet[i]
// the index of rule i's list in it: the five month rules, for one, share
// their windows, worked out once per sentence.
var cueSets, ruleCueSet = indexCueSets()

func indexCueSets() ([][]int, []int) {
	var sets [][]int
	index := map[string]int{}
	perRule := make([]int, len(rules))
	for i, r := range rules {
		key := strings.Join(r.needs, "\x00")
		k, ok := index[key]
		if !ok {
			k = len(sets)
			index[key] = k
			sets = append(sets, ruleCues[i])
		}
		perRule[i] = k
	}
	return sets, perRule
}

// cueCased[k] says whether cue k has an upper-case letter (a month name)
// and so is sought as written.
var cueCased = func() []bool {
	cased := make([]bool, len(cueWords))
	for k, w := range cueWords {
		cased[k] = strings.ToLower(w) != w
	}
	return cased
}()

// cueFinder finds the cue words of one sentence, each at most once.
type cueFinder struct {
	text, lower string
	at          [][]int // by cue index: the cue's offsets in text
	done        []bool
	windowsOf   [][][2]int // by cue set: its windows
	windowsDone []bool
}

// windowsOfSet returns the windows of cue set k, working them out once.
func (c *cueFinder) windowsOfSet(k int) [][2]int {
	if !c.windowsDone[k] {
		c.windowsOf[k] = c.windows(cueSets[k])
		c.windowsDone[k] = true
	}
	return c.windowsOf[k]
}

// offsets returns where cue k occurs. A cue with an upper-case letter (a
// month name) is sought as written, any other in the lower-cased text,
// which holds every match the text does.
func (c *cueFinder) offsets(k int) []int {
	if c.done[k] {
		return c.at[k]
	}
	cue := cueWords[k]
	hay := c.lower
	if cueCased[k] {
		hay = c.text
	}
	for from := 0; ; {
		i := strings.Index(hay[from:], cue)
		if i < 0 {
			break
		}
		c.at[k] = append(c.at[k], from+i)
		from += i + len(cue)
	}
	c.done[k] = true
	return c.at[k]
}

// windows returns the stretches of text around the cue words of a rule,
// merged and widened to whitespace, so that the rule's expression, slow to
// run, only runs where it can match.
func (c *cueFinder) windows(cues []int) [][2]int {
	text := c.text
	var spans [][2]int
	for _, k := range cues {
		for _, i := range c.offsets(k) {
			spans = append(spans, [2]int{max(0, i-reach), min(len(text), i+len(cueWords[k])+reach)})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	for k := range spans { // never cut a word: \b must see its true edges
		for spans[k][0] > 0 && !isSpaceByte(text[spans[k][0]-1]) {
			spans[k][0]--
		}
		for spans[k][1] < len(text) && !isSpaceByte(text[spans[k][1]]) {
			spans[k][1]++
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a][0] < spans[b][0] })
	merged := spans[:1]
	for _, s := range spans[1:] {
		if last := &merged[len(merged)-1]; s[0] <= last[1] {
			last[1] = max(last[1], s[1])
		} else {
			merged = append(merged, s)
		}
	}
	return merged
}

// asciiLower lowers ASCII letters only, so that offsets in the result are
// offsets in s (strings.ToLower may change the length of invalid UTF-8).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// prepositionBefore finds a preposition ending just before byte i and
// returns it with the new start of the expression.
func prepositionBefore(text string, i int) (string, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n') {
		j--
	}
	if j == i {
		return "", i
	}
	lower := strings.ToLower(text[max(0, j-12):j])
	for _, p := range prepositions {
		if strings.HasSuffix(lower, p) {
			k := j - len(p)
			if k == 0 || !isWordByte(text[k-1]) {
				return p, k
			}
		}
	}
	return "", i
}

// weekdayBefore extends a date back over the weekday written before it
// ("Monday, March 3").
func weekdayBefore(text string, i int) int {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ',') {
		j--
	}
	if j == i {
		return i
	}
	for name := range weekdays {
		if k := j - len(name); k >= 0 && strings.EqualFold(text[k:j], name) && (k == 0 || !isWordByte(text[k-1])) {
			return k
		}
	}
	return i
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// found is a resolved expression, in bytes of the text scanned.
type found struct {
	start, end int
	date       chronicle.Date
}

// resolveHits keeps the longest non-overlapping hits that resolve; past
// says, per hit, whether its clause is in the past tense.
func resolveHits(text string, hits []hit, published time.Time, past func(start, end int) bool) []found {
	var out []found
	end := -1
	for i := range hits {
		h := &hits[i]
		if h.start < end {
			continue
		}
		m := &match{g: h.groups, prep: h.prep, before: text[:h.start], published: published, past: past(h.start, h.end)}
		if h.prep == "since" {
			m.past = true // "since March" looks back whatever the verb
		}
		d, ok := h.rule.resolve(m)
		if !ok {
			continue
		}
		d.Text = text[h.start:h.end]
		out = append(out, found{h.start, h.end, d})
		end = h.end
	}
	return out
}

// Parse resolves a single time expression against the publication date;
// past says whether the clause it comes from is in the past tense. It
// reports false when text is not (wholly) a time expression it knows.
func Parse(text string, published time.Time, past bool) (chronicle.Date, bool) {
	trimmed := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ".,;:"))
	if trimmed == "" || len(trimmed) > 200 {
		return chronicle.Date{}, false
	}
	found := resolveHits(trimmed, scan(trimmed), published, func(int, int) bool { return past })
	if len(found) != 1 || found[0].start != 0 || found[0].end != len(trimmed) {
		return chronicle.Date{}, false
	}
	return found[0].date, true
}

// Find returns the time expressions of doc in text order, each resolved
// against published with the tense of the clause it belongs to.
func Find(doc *chronicle.Document, published time.Time) []Expr {
	var out []Expr
	for s, sent := range doc.Sentences {
		if sent.Start < 0 || sent.End > len(doc.Text) || sent.Start >= sent.End ||
			sent.First < 0 || sent.Last > len(doc.Tokens) || sent.First > sent.Last {
			continue // a malformed document: skip what cannot be read
		}
		text := doc.Text[sent.Start:sent.End]
		hits := scan(text)
		if len(hits) == 0 {
			continue
		}
		past := func(start, end int) bool {
			first, last := tokenRange(doc, sent, sent.Start+start, sent.Start+end)
			return isPast(doc, s, first, last)
		}
		for _, f := range resolveHits(text, hits, published, past) {
			first, last := tokenRange(doc, sent, sent.Start+f.start, sent.Start+f.end)
			if first >= last {
				continue
			}
			out = append(out, Expr{First: first, Last: last, Start: sent.Start + f.start, End: sent.Start + f.end, Date: f.date})
		}
	}
	return out
}

// tokenRange returns the tokens of sent that overlap bytes [start, end).
func tokenRange(doc *chronicle.Document, sent chronicle.Sentence, start, end int) (int, int) {
	first, last := -1, -1
	for i := sent.First; i < sent.Last && i < len(doc.Tokens); i++ {
		t := doc.Tokens[i]
		if t.End > start && t.Start < end {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	if first < 0 {
		return 0, 0
	}
	return first, last
}
