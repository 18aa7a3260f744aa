package ner

import (
	"slices"

	"chronicle"
)

// A news article names someone in full once ("Steve Witkoff") and then by
// surname, often where the surname alone gives the model little to go on
// ("greeting Witkoff"), and a name keeps its type all through. propagate
// makes the entities of a document agree: a name tagged with different
// types takes the type most of its mentions have (a person's surname counts
// as a mention of the person, and wins a tie), and a capitalised token
// sequence that repeats a name found elsewhere in the document, untagged,
// gets that name's type.
// So does an untagged upper-case token that spells the initials of an
// organisation or place found in the document ("CPA" after "the Coalition
// Provisional Authority"), a common way for news to name one the second time.
func propagate(doc *chronicle.Document) {
	if len(doc.Entities) == 0 {
		return
	}
	type key struct {
		hash uint64
		n    int
	}
	keyOf := func(first, last int) key {
		var h uint64
		for i := first; i < last; i++ {
			h = phraseStep(h, i-first, normHash(doc.Tokens[i].Text))
		}
		return key{h, last - first}
	}
	votes := map[key]*[3]int{}
	vote := func(k key, typ string) {
		t := slices.Index(entityTypes, typ)
		if t < 0 {
			return
		}
		v := votes[k]
		if v == nil {
			v = &[3]int{}
			votes[k] = v
		}
		v[t]++
	}
	covered := make([]bool, len(doc.Tokens))
	surnames := map[key]bool{}        // last words of persons named in full
	acronyms := map[string][]string{} // initials of names → their types
	longest := 1
	for _, e := range doc.Entities {
		for i := e.First; i < e.Last; i++ {
			covered[i] = true
		}
		vote(keyOf(e.First, e.Last), e.Type)
		longest = max(longest, e.Last-e.First)
		if e.Type == "PER" && e.Last-e.First >= 2 {
			k := key{normHash(doc.Tokens[e.Last-1].Text), 1}
			vote(k, "PER")
			surnames[k] = true
		}
		if e.Type != "PER" {
			if a := acronym(doc.Tokens[e.First:e.Last]); a != "" {
				acronyms[a] = append(acronyms[a], e.Type)
			}
		}
	}
	// majority returns the type most votes for k give, "" on a tie.
	majority := func(k key) string {
		v := votes[k]
		if v == nil {
			return ""
		}
		best, tie := 0, false
		for t := 1; t < len(v); t++ {
			switch {
			case v[t] > v[best]:
				best, tie = t, false
			case v[t] == v[best]:
				tie = true
			}
		}
		if tie {
			// A tie over the surname of a person the document names in
			// full goes to the person ("Donald Trump" … "Trump").
			if per := slices.Index(entityTypes, "PER"); surnames[k] && v[per] == v[best] {
				return "PER"
			}
			return ""
		}
		return entityTypes[best]
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if t := majority(keyOf(e.First, e.Last)); t != "" {
			e.Type = t
		}
	}
	var found []chronicle.EntityMention
	for _, s := range doc.Sentences {
		shouting := upperCaseLine(doc.Tokens[s.First:s.Last])
		for i := s.First; i < s.Last; i++ {
			if covered[i] || !capitalised(doc.Tokens[i].Text) {
				continue
			}
			var h uint64
			best, typ := 0, ""
			for n := 1; n <= longest && i+n <= s.Last && !covered[i+n-1]; n++ {
				h = phraseStep(h, n-1, normHash(doc.Tokens[i+n-1].Text))
				if !capitalised(doc.Tokens[i+n-1].Text) {
					break
				}
				if t := majority(key{h, n}); t != "" {
					best, typ = n, t
				}
			}
			if best == 0 {
				// An upper-case token that spells the initials of a name
				// found in the document, if those names agree on a type.
				w := doc.Tokens[i].Text
				types := acronyms[w]
				agree := len(types) > 0 && !slices.ContainsFunc(types, func(t string) bool { return t != types[0] })
				if agree && wordCase(w) == caseUpper && !shouting {
					best, typ = 1, types[0]
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

// upperCaseLine reports whether most words of a sentence are in upper
// case, as in a headline or a shouted line ("WE AT HOME LOVE IT"), where an
// upper-case word is no sign of an acronym.
func upperCaseLine(toks []chronicle.Token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		switch wordCase(t.Text) {
		case caseUpper:
			if len(t.Text) > 1 {
				words++
				upper++
			}
		case caseLower, caseTitle, caseMixed:
			words++
		}
	}
	return upper*2 > words
}

// acronym returns the initials of a name of two or more capitalised words
// ("Coalition Provisional Authority" → "CPA", "Bank of England" → "BE"),
// skipping short lower-case words; "" if the name has fewer than two
// capitalised words or any other word.
func acronym(toks []chronicle.Token) string {
	var b []byte
	for _, t := range toks {
		switch c := wordCase(t.Text); {
		case c == caseTitle || c == caseUpper:
			if r := t.Text[0]; r >= 'A' && r <= 'Z' {
				b = append(b, r)
				continue
			}
			return ""
		case c == caseLower && len(t.Text) <= 3:
			// "of", "and", "for", "the", "de"
		default:
			return ""
		}
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}
