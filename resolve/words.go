package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Closed word classes the rules need, so that they also work on tokens the
// tagger has not seen (or on a Document without tags).
var (
	determiners = set("the", "a", "an", "this", "that", "these", "those", "some", "any", "all",
		"both", "each", "every", "several", "many", "most", "few", "other", "another", "such",
		"no", "its", "their", "his", "her", "our", "your", "my")
	prepositions = set("in", "of", "from", "at", "on", "near", "for", "with", "by", "to", "inside",
		"outside", "across", "against", "between", "over", "under", "around", "into", "throughout",
		"within", "among", "about", "after", "before", "during", "since", "than", "via", "like")
	locatives   = set("in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "into")
	clauseWords = set("who", "whom", "whose", "which", "that", "where", "when", "while", "as",
		"and", "or", "but", "if", "because", "said", "says", "say", "told", "is", "are", "was",
		"were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can")
	formerWords = set("former", "ousted", "ex", "exiled", "deposed", "late", "retired", "outgoing", "toppled")
	numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"dozens", "hundreds", "thousands", "millions", "dozen", "hundred", "thousand", "million", "one",
		"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "scores")
	collectiveCountries = set("countries", "nations", "states", "sides", "governments", "neighbours", "neighbors", "powers")
	// Nouns naming anonymous sources: a group, never a person or civilians.
	sourceNouns = set("people", "sources", "source", "person", "officials", "official", "diplomats", "diplomat")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Pronouns and what they may stand for.
const (
	refPerson = 1 << iota
	refMale
	refFemale
	refThing  // organisation or country
	refPlural // group, organisation or country
)

var pronouns = map[string]int{
	"he": refPerson | refMale, "him": refPerson | refMale, "his": refPerson | refMale, "himself": refPerson | refMale,
	"she": refPerson | refFemale, "her": refPerson | refFemale, "hers": refPerson | refFemale, "herself": refPerson | refFemale,
	"it": refThing, "its": refThing, "itself": refThing,
	"they": refPlural, "them": refPlural, "their": refPlural, "theirs": refPlural, "themselves": refPlural,
}

func lower(t chronicle.Token) string { return strings.ToLower(t.Text) }

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameLike reports whether a word can start a name: capitalised, or an
// Arabic article before a capital ("al-Qaeda", "el-Sisi").
func nameLike(s string) bool {
	if capitalized(s) {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "an-", "ash-"} {
		if rest, ok := strings.CutPrefix(s, p); ok && capitalized(rest) {
			return true
		}
	}
	return false
}

func isPossessive(t chronicle.Token) bool {
	switch t.Text {
	case "'s", "’s", "'", "’", "s'", "s’":
		return true
	}
	return t.XPOS == "POS"
}

func isPunct(t chronicle.Token) bool {
	if t.UPOS == "PUNCT" {
		return true
	}
	for _, r := range t.Text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isNumber(t chronicle.Token) bool {
	if t.UPOS == "NUM" || numberWords[lower(t)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r)
}

// calendarNames are the days and months, which head no actor. "May" and
// "March" are names too and are left to the context.
var calendarNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "april", "june", "july", "august", "september", "october", "november", "december")
