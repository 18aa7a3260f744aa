package ner

import (
	"slices"
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
		if e.Last-e.First >= 2 && keyword(e.Last-1) && !m.knownPlace(doc.Tokens[e.First:e.Last]) {
			e.Type = "ORG"
		}
	}
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
