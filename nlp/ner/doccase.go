package ner

import "chronicle"

// A name is usually written the same way all through an article, so how a
// word is written elsewhere in the document tells whether it is a name where
// its own case says little: at the start of a sentence or in a headline.

// Document case buckets (0: no document information).
const (
	docCaseNone        = iota + 1 // seen nowhere else
	docCaseCapitalised            // elsewhere only capitalised inside a sentence
	docCaseLower                  // elsewhere only in lower case
	docCaseBoth
)

type caseCount struct{ capital, lower int32 }

// docCaseCounter counts, per normalized word, its capitalised occurrences
// that do not start a sentence and its lower-case occurrences.
type docCaseCounter map[uint64]caseCount

func (dc docCaseCounter) add(sentence []string) {
	for i, w := range sentence {
		dc.count(w, i)
	}
}

// count records word w at position i of its sentence.
func (dc docCaseCounter) count(w string, i int) {
	switch c := wordCase(w); {
	case c == caseLower:
		h := normHash(w)
		cc := dc[h]
		cc.lower++
		dc[h] = cc
	case i > 0 && (c == caseTitle || c == caseUpper):
		h := normHash(w)
		cc := dc[h]
		cc.capital++
		dc[h] = cc
	}
}

// bucket returns the document case of word at position i of its sentence,
// leaving out that occurrence itself.
func (dc docCaseCounter) bucket(w string, i int) uint8 {
	cc := dc[normHash(w)]
	switch c := wordCase(w); {
	case c == caseLower:
		cc.lower--
	case i > 0 && (c == caseTitle || c == caseUpper):
		cc.capital--
	}
	b := uint8(docCaseNone)
	if cc.capital > 0 {
		b = docCaseCapitalised
	}
	if cc.lower > 0 {
		b += 2
	}
	return b
}

// documentCase returns the document case bucket of every token of doc.
func documentCase(doc *chronicle.Document, sentences []chronicle.Sentence) []uint8 {
	dc := make(docCaseCounter, len(doc.Tokens)/2)
	valid := func(s chronicle.Sentence) bool {
		return s.First >= 0 && s.Last <= len(doc.Tokens) && s.First < s.Last
	}
	for _, s := range sentences {
		if valid(s) {
			for i, t := range doc.Tokens[s.First:s.Last] {
				dc.count(t.Text, i)
			}
		}
	}
	out := make([]uint8, len(doc.Tokens))
	for _, s := range sentences {
		if valid(s) {
			for i, t := range doc.Tokens[s.First:s.Last] {
				out[s.First+i] = dc.bucket(t.Text, i)
			}
		}
	}
	return out
}

// exampleDocCase sets DocCase on examples grouped by their documents.
func exampleDocCase(examples []Example) {
	for start := 0; start < len(examples); {
		end := start + 1
		for end < len(examples) && examples[end].Doc == examples[start].Doc && examples[start].Doc != "" {
			end++
		}
		dc := docCaseCounter{}
		for _, ex := range examples[start:end] {
			dc.add(ex.Tokens)
		}
		for k := start; k < end; k++ {
			ex := &examples[k]
			ex.DocCase = make([]uint8, len(ex.Tokens))
			for i, w := range ex.Tokens {
				ex.DocCase[i] = dc.bucket(w, i)
			}
		}
		start = end
	}
}
