package ner

import "strings"

// Entity types the recognizer knows, as Universal NER names them.
var entityTypes = []string{"PER", "ORG", "LOC"}

// numLabels is O plus B, I, L, U for each type.
const numLabels = 1 + 3*4

// BILOU label layout: label 0 is O; then for each type B, I, L, U.
const (
	labelO = 0
	begin  = 0
	inside = 1
	last   = 2
	unit   = 3
)

func labelNames() []string {
	names := []string{"O"}
	for _, t := range entityTypes {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			names = append(names, p+t)
		}
	}
	return names
}

func label(typ, part int) int { return 1 + typ*4 + part }

func labelType(l int) int { return (l - 1) / 4 }

func labelPart(l int) int { return (l - 1) % 4 }

// allowedAfter reports whether label next may follow label prev (prev -1 is
// the sentence start); atEnd adds that next must close any entity.
func allowed(prev, next int, atEnd bool) bool {
	open := prev > 0 && (labelPart(prev) == begin || labelPart(prev) == inside)
	if next == labelO {
		return !open
	}
	part := labelPart(next)
	if atEnd && (part == begin || part == inside) {
		return false
	}
	if open {
		return (part == inside || part == last) && labelType(next) == labelType(prev)
	}
	return part == begin || part == unit
}

// bilouFromIOB2 converts IOB2 tags to BILOU labels; unknown types become O.
func bilouFromIOB2(tags []string) []int {
	out := make([]int, len(tags))
	typeOf := func(tag string) int {
		if len(tag) < 3 {
			return -1
		}
		for i, t := range entityTypes {
			if tag[2:] == t {
				return i
			}
		}
		return -1
	}
	for i, tag := range tags {
		t := typeOf(tag)
		if t < 0 {
			continue
		}
		starts := strings.HasPrefix(tag, "B-") || i == 0 || typeOf(tags[i-1]) != t
		ends := i+1 == len(tags) || !strings.HasPrefix(tags[i+1], "I-") || typeOf(tags[i+1]) != t
		switch {
		case starts && ends:
			out[i] = label(t, unit)
		case starts:
			out[i] = label(t, begin)
		case ends:
			out[i] = label(t, last)
		default:
			out[i] = label(t, inside)
		}
	}
	return out
}

// span is an entity found in a sentence: tokens [first, last).
type span struct {
	first, last int
	typ         string
}

// spansFromBILOU reads the entities off a valid label sequence.
func spansFromBILOU(labels []int) []span {
	var out []span
	open := -1
	for i, l := range labels {
		if l == labelO {
			open = -1
			continue
		}
		switch labelPart(l) {
		case unit:
			out = append(out, span{i, i + 1, entityTypes[labelType(l)]})
			open = -1
		case begin:
			open = i
		case last:
			if open >= 0 {
				out = append(out, span{open, i + 1, entityTypes[labelType(l)]})
			}
			open = -1
		}
	}
	return out
}
