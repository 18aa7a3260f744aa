package ner

import (
	"slices"

	"chronicle"
)

// A news article names someone in full once ("Steve Witkoff") and then by
// surname, often where the surname alone gives the model little to go on
// ("greeting Witkoff"). propagate marks the later mentions: a capitalised
// token sequence that repeats an entity found elsewhere in the document, or
// the surname of a person found there, gets that entity's type.
func propagate(doc *chronicle.Document) {
	if len(doc.Entities) == 0 {
		return
	}
	type key struct {
		hash uint64
		n    int
	}
	known := map[key]string{}
	covered := make([]bool, len(doc.Tokens))
	longest := 1
	for _, e := range doc.Entities {
		for i := e.First; i < e.Last; i++ {
			covered[i] = true
		}
		var h uint64
		for i := e.First; i < e.Last; i++ {
			h = phraseStep(h, i-e.First, normHash(doc.Tokens[i].Text))
		}
		known[key{h, e.Last - e.First}] = e.Type
		longest = max(longest, e.Last-e.First)
		if e.Type == "PER" && e.Last-e.First >= 2 {
			surname := key{normHash(doc.Tokens[e.Last-1].Text), 1}
			if _, ok := known[surname]; !ok {
				known[surname] = "PER"
			}
		}
	}
	var found []chronicle.EntityMention
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			if covered[i] || !capitalised(doc.Tokens[i].Text) {
				continue
			}
			var h uint64
			best, typ := 0, ""
			for n := 1; n <= longest && i+n <= s.Last && !covered[i+n-1]; n++ {
				h = phraseStep(h, n-1, normHash(doc.Tokens[i+n-1].Text))
				if t, ok := known[key{h, n}]; ok && capitalised(doc.Tokens[i+n-1].Text) {
					best, typ = n, t
				}
			}
			if best == 0 {
				continue
			}
			found = append(found, chronicle.EntityMention{
				First: i, Last: i + best, Start: doc.Tokens[i].Start, End: doc.Tokens[i+best-1].End, Type: typ,
			})
			i += best - 1
		}
	}
	if len(found) == 0 {
		return
	}
	doc.Entities = append(doc.Entities, found...)
	slices.SortFunc(doc.Entities, func(a, b chronicle.EntityMention) int { return a.First - b.First })
}

func capitalised(w string) bool {
	c := wordCase(w)
	return c == caseTitle || c == caseUpper
}
