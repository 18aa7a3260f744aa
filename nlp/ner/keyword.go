package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle"
)

// orgByKeyword mends a mistake the sequence model makes with names built on
// a place or a person: their features outweigh the word that says what the
// name is ("Moscow State University" tagged LOC, "the Lagos State Police"
// found as "Lagos" alone). A name of several words that ends in an
// organisation keyword (lists/org_keywords.txt: "University", "Ministry",
// "Police") is an organisation, and a place directly followed by
// capitalised words that end in such a keyword, and that no entity covers,
// is the start of one. A place the gazetteer knows keeps its type ("the
// West Bank").
func (m *Model) orgByKeyword(doc *chronicle.Document) {
	keyword := func(i int) bool {
		t := doc.Tokens[i]
		return capitalised(t.Text) && m.lex.words[normHash(t.Text)].phrase&(1<<kindOrgKeyword) != 0
	}
	for k := range doc.Entities {
		e := &doc.Entities[k]
		if e.Type == "ORG" {
			continue
		}
		if e.Type == "LOC" {
			// the capitalised words after the place, up to a keyword
			limit := len(doc.Tokens)
			if k+1 < len(doc.Entities) {
				limit = doc.Entities[k+1].First
			}
			end := -1
			for i := e.Last; i < min(limit, e.Last+3) && doc.Tokens[i].Sentence == doc.Tokens[e.First].Sentence && capitalised(doc.Tokens[i].Text); i++ {
				if keyword(i) {
					end = i + 1
				}
			}
			if end > 0 {
				e.Last, e.End, e.Type = end, doc.Tokens[end-1].End, "ORG"
				continue
			}
		}
		if e.Last-e.First >= 2 && keyword(e.Last-1) && !m.knownPlace(doc.Tokens[e.First:e.Last]) && !m.givenAndSurname(doc, e) {
			e.Type = "ORG"
		}
	}
}

// givenAndSurname reports whether a person's name is a given name and one
// more word ("Emily Post"): a surname that is also a keyword.
func (m *Model) givenAndSurname(doc *chronicle.Document, e *chronicle.EntityMention) bool {
	return e.Type == "PER" && e.Last-e.First == 2 && m.lex.words[normHash(doc.Tokens[e.First].Text)].phrase&(1<<kindGivenName) != 0
}

// knownPlace reports whether the gazetteer lists the tokens as a place.
func (m *Model) knownPlace(toks []chronicle.Token) bool {
	var h uint64
	for i, t := range toks {
		h = phraseStep(h, i, normHash(t.Text))
	}
	return m.lex.phrases[h]&(1<<kindPlace|1<<kindCity|1<<kindTown) != 0
}

// orgByList marks the well-known organisations of lists/organizations.txt
// that the model left untagged, where the name cannot be a common word: a
// name of several capitalised words ("Truth Social") or one upper-case word
// of three letters or more ("TASS"), outside upper-case lines. The model
// weighs the list as one feature among many and drops such names now and
// then in contexts the training text lacks ("state news agency TASS").
func (m *Model) orgByList(doc *chronicle.Document, sentences []chronicle.Sentence) {
	covered := make([]bool, len(doc.Tokens)+1)
	for _, e := range doc.Entities {
		for i := e.First; i < e.Last; i++ {
			covered[i] = true
		}
	}
	added := false
	for _, s := range sentences {
		if s.First < 0 || s.Last > len(doc.Tokens) || s.First >= s.Last || upperCaseLine(doc.Tokens[s.First:s.Last]) {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			end := m.orgAt(doc.Tokens[i:s.Last])
			if end == 0 || slices.Contains(covered[i:i+end], true) {
				continue
			}
			if end == 1 && (wordCase(doc.Tokens[i].Text) != caseUpper || utf8.RuneCountInString(doc.Tokens[i].Text) < 3) {
				continue
			}
			last := i + end
			doc.Entities = append(doc.Entities, chronicle.EntityMention{
				First: i, Last: last, Start: doc.Tokens[i].Start, End: doc.Tokens[last-1].End, Type: "ORG"})
			added = true
			i = last - 1
		}
	}
	if added {
		slices.SortFunc(doc.Entities, func(a, b chronicle.EntityMention) int { return a.First - b.First })
	}
}

// orgAt returns the length of the longest well-known organisation's name of
// capitalised words at the start of toks, 0 if none.
func (m *Model) orgAt(toks []chronicle.Token) int {
	best := 0
	var h uint64
	for k := 0; k < len(toks) && k < m.lex.longest && capitalised(toks[k].Text); k++ {
		h = phraseStep(h, k, normHash(toks[k].Text))
		bits := m.lex.phrases[h]
		if bits&(1<<kindOrg) != 0 {
			best = k + 1
		}
		if bits&continues == 0 {
			break
		}
	}
	return best
}

// orgOfPhrase joins an organisation keyword to the "of" phrase that names
// what the organisation serves ("Housing Authority of New Orleans", "the
// Department of Housing and Urban Development", "Association of Muslim
// Scholars"). The model reads such names word by word: it finds the place
// after "of" alone, stops at "and", or skips the name. The name runs from
// the capitalised words ending in the keyword (but for a sentence's first
// word that is usually written lower-case) over "of" and the capitalised
// words after it, and over "and" or "&" and more capitalised words the model
// left untagged. A lower-case noun after the phrase means the name goes on
// in words that cannot be told from the sentence ("the Board of Muslim
// clerics"), and a person after "of" is not an organisation's subject, so
// both are left alone, as is a name that would cut an entity in two.
func (m *Model) orgOfPhrase(doc *chronicle.Document, sentences []chronicle.Sentence) {
	toks := doc.Tokens
	keyword := func(i int) bool {
		return capitalised(toks[i].Text) && m.lex.words[normHash(toks[i].Text)].phrase&(1<<kindOrgKeyword) != 0
	}
	entityAt := make([]int, len(toks)) // index+1 of the entity covering a token, 0 if none
	for k, e := range doc.Entities {
		for i := e.First; i < e.Last; i++ {
			entityAt[i] = k + 1
		}
	}
	// run returns the end of the capitalised words from i.
	run := func(i, last int) int {
		for i < last && capitalised(toks[i].Text) {
			i++
		}
		return i
	}
	var found []chronicle.EntityMention
	drop := map[int]bool{} // entities the new names cover
	for _, s := range sentences {
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last || upperCaseLine(toks[s.First:s.Last]) {
			continue
		}
		for i := s.First; i+2 < s.Last; i++ {
			if !keyword(i) || toks[i+1].Text != "of" || !capitalised(toks[i+2].Text) {
				continue
			}
			first := i
			for first > s.First && capitalised(toks[first-1].Text) && !strings.EqualFold(toks[first-1].Text, "the") {
				first--
			}
			// A sentence's first word is capitalised whatever it is:
			// "Meanwhile" or "Yesterday" is no part of the name.
			if first == s.First && first < i && m.lex.words[normHash(toks[first].Text)].stat == statMostlyLower {
				first++
			}
			last := run(i+2, s.Last)
			if last+1 < s.Last && (toks[last].Text == "and" || toks[last].Text == "&") && capitalised(toks[last+1].Text) {
				if end := run(last+1, s.Last); !slices.ContainsFunc(entityAt[last+1:end], func(k int) bool { return k != 0 }) {
					last = end
				}
			}
			if last < s.Last && toks[last].UPOS == "NOUN" {
				continue
			}
			person, cut := false, false
			for j := first; j < last; j++ {
				if k := entityAt[j]; k != 0 {
					e := doc.Entities[k-1]
					person = person || (j > i && e.Type == "PER")
					cut = cut || e.First < first || e.Last > last
				}
			}
			if person || cut {
				continue
			}
			for j := first; j < last; j++ {
				if k := entityAt[j]; k != 0 {
					drop[k-1] = true
				}
			}
			found = append(found, chronicle.EntityMention{
				First: first, Last: last, Start: toks[first].Start, End: toks[last-1].End, Type: "ORG"})
			i = last - 1
		}
	}
	if len(found) == 0 {
		return
	}
	kept := doc.Entities[:0]
	for k, e := range doc.Entities {
		if !drop[k] {
			kept = append(kept, e)
		}
	}
	doc.Entities = append(kept, found...)
	slices.SortFunc(doc.Entities, func(a, b chronicle.EntityMention) int { return a.First - b.First })
}
