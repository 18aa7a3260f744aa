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
	lower := strings.ToLower(text)
	for i := range rules {
		r := &rules[i]
		if !containsAny(lower, r.needs) && !containsAny(text, r.needs) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(text, -1) {
			h := hit{rule: r, start: loc[0], end: loc[1], coreStart: loc[0]}
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
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].start != hits[b].start {
			return hits[a].start < hits[b].start
		}
		return hits[a].end-hits[a].start > hits[b].end-hits[b].start
	})
	return hits
}

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
		if sent.Start < 0 || sent.End > len(doc.Text) || sent.Start >= sent.End {
			continue
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

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
