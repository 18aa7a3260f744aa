package timex

import (
	"strings"

	"chronicle"
)

// isPast decides whether the clause holding tokens [first, last) of sentence
// s talks about the past: from the governing verb when the sentence is
// tagged and parsed, else from the nearest tense-bearing word.
func isPast(doc *chronicle.Document, s, first, last int) bool {
	if first >= last {
		return true
	}
	sent := doc.Sentences[s]
	if parsed(doc, sent) {
		if past, ok := pastFromParse(doc, first, last); ok {
			return past
		}
	}
	return pastFromWords(doc, sent, first, last)
}

// parsed reports whether the sentence carries tags and a well-formed tree
// (every head inside the sentence) to read tense from.
func parsed(doc *chronicle.Document, sent chronicle.Sentence) bool {
	tagged := false
	for i := sent.First; i < sent.Last; i++ {
		t := doc.Tokens[i]
		if t.Head >= 0 && (t.Head < sent.First || t.Head >= sent.Last) {
			return false
		}
		tagged = tagged || t.XPOS != "" && t.Rel != ""
	}
	return tagged
}

func pastFromParse(doc *chronicle.Document, first, last int) (past, ok bool) {
	// The expression's root is its token whose head lies outside it.
	root := -1
	for i := first; i < last; i++ {
		if h := doc.Tokens[i].Head; h < first || h >= last {
			root = i
			break
		}
	}
	if root < 0 {
		return false, false
	}
	for _, v := range doc.PathToRoot(root)[1:] {
		t := doc.Tokens[v]
		if t.UPOS != "VERB" && t.UPOS != "AUX" && !strings.HasPrefix(t.XPOS, "VB") {
			continue
		}
		return verbIsPast(doc, v), true
	}
	return false, false
}

// verbIsPast reads tense off a verb and its auxiliaries.
func verbIsPast(doc *chronicle.Document, v int) bool {
	var auxes []string
	for _, c := range doc.Children(v) {
		t := doc.Tokens[c]
		if strings.HasPrefix(t.Rel, "aux") || t.Rel == "mark" && strings.EqualFold(t.Text, "to") {
			auxes = append(auxes, strings.ToLower(t.Text))
		}
	}
	for _, a := range auxes {
		if futureWords[a] || a == "to" {
			return false
		}
	}
	for _, a := range auxes {
		if pastAux[a] {
			return true
		}
	}
	switch doc.Tokens[v].XPOS {
	case "VBD", "VBN":
		return true
	case "VBG": // "is meeting on Friday" is arranged; with "was", past (above)
		return false
	case "VBZ", "VBP", "VB":
		return false
	}
	return true
}

var futureWords = map[string]bool{"will": true, "'ll": true, "’ll": true, "shall": true, "wo": true, "would": true,
	"'d": true, "could": true, "might": true, "may": true, "should": true, "must": true, "going": true, "gonna": true}

var pastAux = map[string]bool{"was": true, "were": true, "had": true, "did": true, "has": true, "have": true}

// pastFromWords looks at the words around the expression for the nearest
// sign of tense: a future marker ("will", "due to", "plans to") or a past
// form ("said", "was", a word in -ed). Nearer words win; nothing means past.
func pastFromWords(doc *chronicle.Document, sent chronicle.Sentence, first, last int) bool {
	const window = 8
	best, bestDist := true, window+1
	consider := func(i, dist int) {
		w := strings.ToLower(doc.Tokens[i].Text)
		var past, found bool
		switch {
		case futureWords[w] || futureCues[w] && i+1 < sent.Last && strings.EqualFold(doc.Tokens[i+1].Text, "to"):
			past, found = false, true
		case w == "will" || w == "next" || w == "upcoming" || w == "tomorrow":
			past, found = false, true
		case (w == "is" || w == "are" || w == "am") && i+1 < sent.Last && strings.HasSuffix(doc.Tokens[i+1].Text, "ing"):
			past, found = false, true // "are meeting on Monday": arranged
		case pastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed"):
			past, found = true, true
		}
		if found && dist < bestDist {
			best, bestDist = past, dist
		}
	}
	for d := 1; d <= window; d++ {
		if i := first - d; i >= sent.First {
			consider(i, d)
		}
		if i := last - 1 + d; i < sent.Last {
			consider(i, d+1) // a verb before the expression governs it more often than one after
		}
	}
	return best
}

// futureCues followed by "to" announce a future event: "plans to meet".
var futureCues = map[string]bool{"due": true, "plans": true, "planned": true, "expected": true, "scheduled": true,
	"set": true, "going": true, "ready": true, "willing": true, "prepared": true, "intends": true, "hopes": true, "aims": true, "wants": true, "agreed": true}

var pastWords = map[string]bool{"was": true, "were": true, "had": true, "did": true, "said": true, "told": true,
	"held": true, "met": true, "went": true, "came": true, "took": true, "made": true, "gave": true, "saw": true,
	"spoke": true, "sent": true, "struck": true, "fought": true, "began": true, "won": true, "lost": true,
	"left": true, "led": true, "fled": true, "shot": true, "hit": true, "ran": true, "thought": true, "brought": true,
	"knew": true, "wrote": true, "broke": true, "fell": true, "rose": true, "drew": true, "stood": true, "paid": true,
	"sought": true, "ago": true, "last": true, "yesterday": true, "earlier": true}
