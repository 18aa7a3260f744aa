package ner

import "chronicle"

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
