package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// quote is a quotation with the participants its speaker resolves to, so
// that events inside it can be attributed.
type quote struct {
	chronicle.Quote
	speaker []chronicle.Participant
}

// Quotes shorter than this many words are scare quotes around a term, not
// speech worth a record of its own.
const minQuoteWords = 2

// findQuotes pairs quotation marks, finds each quotation's reporting verb,
// speaker and medium, and marks the tokens inside.
func (r *run) findQuotes() {
	for _, span := range quoteSpans(r.doc.Text) {
		inner := strings.TrimSpace(r.doc.Text[span.Start:span.End])
		if len(strings.Fields(inner)) < minQuoteWords {
			continue
		}
		var toks []int
		for i, t := range r.doc.Tokens {
			if t.Start >= span.Start && t.End <= span.End {
				toks = append(toks, i)
			}
		}
		if len(toks) == 0 {
			continue
		}
		q := quote{Quote: chronicle.Quote{Start: span.Start, End: span.End, Text: r.doc.Text[span.Start:span.End]}}
		if verb := r.quoteVerb(toks, span); verb >= 0 {
			q.Verb = r.tok(verb).Text
			if s := r.speakerOf(verb, span); s >= 0 {
				first, last := r.phrase(s)
				q.Speaker.Text = r.doc.SpanText(first, last)
				q.speaker = r.parts(s)
				if len(q.speaker) > 0 {
					q.Speaker.Actor = chronicle.NullString(q.speaker[0].Actor)
				}
			}
			q.Medium = chronicle.NullString(r.medium(verb))
		}
		idx := len(r.quotes)
		r.quotes = append(r.quotes, q)
		for _, t := range toks {
			r.inQuote[t] = idx
		}
	}
}

// speakerOf returns the subject of a quotation's reporting verb, outside the
// quotation ("“...,” the Kremlin said" parses the quote's subject too).
func (r *run) speakerOf(verb int, span chronicle.Span) int {
	outside := func(k int) bool {
		t := r.tok(k)
		return (t.End <= span.Start || t.Start >= span.End) && !r.isTime(k)
	}
	for _, k := range r.children(verb, "nsubj") {
		if outside(k) {
			return k
		}
	}
	if s, _ := r.subject(verb); s >= 0 && outside(s) {
		return s
	}
	if s := r.subjectByOrder(verb); s >= 0 && outside(s) {
		return s
	}
	return -1
}

// quoteSpans returns the inner spans of “curly” and "straight" quotations.
func quoteSpans(text string) []chronicle.Span {
	var out []chronicle.Span
	open := -1
	straight := -1
	for i := 0; i < len(text); {
		c, size := utf8.DecodeRuneInString(text[i:])
		switch c {
		case '“':
			open = i + size
		case '”':
			if open >= 0 {
				out = append(out, chronicle.Span{Start: open, End: i})
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i + size
			} else {
				out = append(out, chronicle.Span{Start: straight, End: i})
				straight = -1
			}
		case '\n':
			// an unclosed quotation ends with its paragraph, as in news copy
			// where a quote continues into the next paragraph.
			if open >= 0 && i+1 < len(text) && text[i+1] == '\n' {
				out = append(out, chronicle.Span{Start: open, End: i})
				open = -1
			}
			straight = -1
		}
		i += size
	}
	if open >= 0 {
		out = append(out, chronicle.Span{Start: open, End: len(text)})
	}
	for i := range out {
		// trim the closing punctuation news style puts inside the marks
		s := text[out[i].Start:out[i].End]
		trimmed := strings.TrimRight(s, ",. \n")
		trimmed = strings.TrimLeft(trimmed, " ")
		out[i].Start += strings.Index(s, trimmed)
		out[i].End = out[i].Start + len(trimmed)
	}
	return out
}

// quoteVerb finds the reporting verb of a quotation: one that governs the
// quoted words, else the nearest outside them in the sentence, else one in
// the previous sentence ending with a colon.
func (r *run) quoteVerb(toks []int, span chronicle.Span) int {
	inside := func(i int) bool { t := r.tok(i); return t.Start >= span.Start && t.End <= span.End }
	for _, t := range toks {
		for _, a := range r.doc.PathToRoot(t)[1:] {
			if !inside(a) && r.isReportVerb(a) {
				return a
			}
		}
	}
	sents := map[int]bool{r.tok(toks[0]).Sentence: true, r.tok(toks[len(toks)-1]).Sentence: true}
	best, bestDist := -1, 1<<30
	for s := range sents {
		sp := r.doc.Sentences[s]
		for i := sp.First; i < sp.Last; i++ {
			if inside(i) || !r.isReportVerb(i) {
				continue
			}
			d := abs(r.tok(i).Start - span.Start)
			if e := abs(r.tok(i).Start - span.End); e < d {
				d = e
			}
			if d < bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best >= 0 {
		return best
	}
	if s := r.tok(toks[0]).Sentence; s > 0 {
		prev := r.doc.Sentences[s-1]
		if strings.HasSuffix(strings.TrimSpace(r.doc.Text[prev.Start:prev.End]), ":") {
			for i := prev.Last - 1; i >= prev.First; i-- {
				if r.isReportVerb(i) {
					return i
				}
			}
		}
	}
	return -1
}

func (r *run) isReportVerb(i int) bool {
	if r.tok(i).UPOS != "VERB" {
		return false
	}
	l := r.lemma(i)
	return reportVerbs[l] || l == "write" || l == "ask" || l == "shout" || l == "joke" || l == "quip" || l == "tell"
}

// medium returns where a statement was made: "Truth Social" for "in a post
// on Truth Social", "statement" for "in a statement".
func (r *run) medium(verb int) string {
	for _, k := range r.children(verb, "obl") {
		prep := r.caseOf(k)
		if prep != "in" && prep != "on" && prep != "via" && prep != "during" && prep != "through" {
			continue
		}
		lem := r.lemma(k)
		if mediumNouns[lem] {
			for _, m := range r.children(k, "nmod") {
				if c := r.caseOf(m); (c == "on" || c == "with" || c == "to") && capitalized(r.tok(m).Text) {
					return r.properName(m)
				}
			}
			if r.tok(k).Rel == "obl" && lem == "press" {
				continue
			}
			return r.tok(k).Text
		}
	}
	for _, k := range r.children(verb, "obl") {
		if r.caseOf(k) == "on" && r.tok(k).UPOS == "PROPN" && !timeWords[r.lemma(k)] {
			return r.properName(k)
		}
	}
	// "told Reuters", "said to the BBC": a news outlet as the listener
	for _, k := range r.children(verb, "obj", "iobj", "obl") {
		if r.tok(k).Rel == "obl" && r.caseOf(k) != "to" {
			continue
		}
		for _, p := range r.parts(k) {
			if r.in.Actors.Get(p.Actor).Sector == "JRN" {
				return p.Text
			}
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// properName returns the name around token h, extended over the proper nouns
// next to it ("Truth Social" even when the parse splits it).
func (r *run) properName(h int) string {
	first, last := r.phrase(h)
	s := r.tok(h).Sentence
	for last < len(r.doc.Tokens) && r.tok(last).Sentence == s && capitalized(r.tok(last).Text) && r.tok(last).UPOS != "PUNCT" {
		last++
	}
	return r.doc.SpanText(first, last)
}

func capitalized(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}
