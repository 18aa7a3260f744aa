package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// splitSentences groups tokens into sentences and sets each token's
// Sentence. A sentence ends at a blank line, after final punctuation
// (with the closing quotes and brackets attached to it) unless what follows
// shows it was not an end, and at a line break after a heading or list item.
// MaxSentenceTokens caps a sentence's length. Text with no punctuation for
// pages (a table, a scraped list, a 50 MB line) is cut into pieces of this
// many tokens, so that the tagger, parser and coder, whose costs grow with
// sentence length, stay fast on any input. Real news sentences are far shorter.
const MaxSentenceTokens = 250

func splitSentences(text string, toks []chronicle.Token) []chronicle.Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]chronicle.Sentence, 0, len(toks)/16+1)
	first := 0
	closeAt := func(last int) { // last is exclusive
		n := len(sents)
		for j := first; j < last; j++ {
			toks[j].Sentence = n
		}
		sents = append(sents, chronicle.Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		first = last
	}
	lineStart := 0        // first token of the current line
	paragraphLine := true // the current line is its paragraph's first
	for i := 0; i+1 < len(toks); i++ {
		breaks := lineBreaks(text[toks[i].End:toks[i+1].Start])
		if breaks >= 2 || endsSentence(text, toks, first, i) ||
			breaks == 1 && lineEndsSentence(text, toks, lineStart, i, paragraphLine) ||
			i+1-first >= MaxSentenceTokens {
			closeAt(i + 1)
		}
		if breaks > 0 {
			lineStart, paragraphLine = i+1, breaks >= 2
		}
	}
	closeAt(len(toks))
	return sents
}

// lineBreaks counts the line breaks in the space between two tokens, up to 2.
func lineBreaks(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				n++
			}
		case 0xe2: // U+2028 line and U+2029 paragraph separators
			if strings.HasPrefix(gap[i:], "\u2029") {
				n += 2
			} else if strings.HasPrefix(gap[i:], "\u2028") {
				n++
			}
		}
		if n >= 2 {
			return 2
		}
	}
	return n
}

// endsSentence decides whether the sentence that began at token first ends
// after token i, from the punctuation there and the token that follows.
func endsSentence(text string, toks []chronicle.Token, first, i int) bool {
	next := &toks[i+1]
	if next.Start == toks[i].End && isMark(next.Text) {
		return false // a closing quote, bracket or further mark belongs to this sentence
	}
	if closesOnly(next.Text) || (next.Text == `"` || next.Text == "'") && endsLine(text, toks, i+1) {
		return false // a closing quote set off by a (thin) space: "... clearly.' \""
	}
	if isRule(toks[i].Text) || isRule(next.Text) {
		return true // a separator line such as "-----" or "*****" stands alone
	}
	if emoticons[next.Text] {
		return false // ":)" closes the sentence before it
	}
	if toks[i].Text == ")" && toks[first].Text == "(" && openingBracket(toks, first, i) == first {
		return startsUpper(wordFrom(toks, i+1)) // a credit such as "(Reuters)" standing alone
	}
	mark := i
	for mark > first && mark > i-4 && isClosingMark(toks[mark].Text) && lineBreaks(text[toks[mark-1].End:toks[mark].Start]) == 0 {
		mark--
	}
	quoted := mark < i
	p := toks[mark].Text
	following := wordFrom(toks, i+1)
	if next.Text == "[" && isEllipsis(following) {
		return false // an elision "[...]" stays with the sentence before it
	}
	switch {
	case p == "." && mark == first+1 && isEnumerator(toks[first].Text):
		return false // "1. Turnout rose"
	case p == "." || isExclamationOrQuestion(p) || emoticons[p]:
		// "“Why?” he asked" goes on; "... we are finished. i need" does not.
		return !(quoted && startsLower(following))
	case isEllipsis(p):
		return startsUpper(following)
	case len(p) > 1 && p[len(p)-1] == '.':
		switch abbreviationKind(p, following != "" && isDigit(following[0])) {
		case endingAbbrev:
			return sentenceStarters[following]
		case notAbbrev:
			return !(quoted && startsLower(following))
		}
	case p == ":" && !quoted && next.Text == following:
		return sentenceStarters[following] || isSalutation(toks[first:mark], following)
	case p == "," && !quoted && next.Text == following:
		return isSalutation(toks[first:mark], following)
	case isURL(p) && next.Text == following:
		return startsUpper(following) || isURL(following)
	}
	return isTimeStamp(toks, first, i)
}

// lineEndsSentence decides whether a single line break after token i, on a
// line that began at token lineStart, ends a sentence: it does after a list
// item or before one, and after a heading, which is a paragraph's first line,
// shorter than the next or in title case, before a capitalised line.
func lineEndsSentence(text string, toks []chronicle.Token, lineStart, i int, paragraphLine bool) bool {
	if isListItem(text, toks, i+1) || isListItem(text, toks, lineStart) {
		return true
	}
	if !paragraphLine {
		return false
	}
	switch toks[i].Text {
	case ",", ";", ":", "-", "(", "and", "or", "the", "of", "to", "a", "in":
		return false
	}
	if !startsUpper(wordFrom(toks, i+1)) && !(toks[i+1].Text != "" && isDigit(toks[i+1].Text[0])) {
		return false
	}
	line := text[toks[lineStart].Start:toks[i].End]
	rest := text[toks[i+1].Start:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return len(line)*10 < len(rest)*7 || isTitleCase(toks[lineStart:i+1])
}

// isListItem reports whether the line starting at token j opens with a list
// marker: a bullet, or a number or letter followed by "." or ")".
func isListItem(text string, toks []chronicle.Token, j int) bool {
	switch toks[j].Text {
	case "-", "*", "•", "–", "—", "·", "▪", "●":
		return true
	}
	if j+2 < len(toks) && toks[j+1].Start == toks[j].End && (toks[j+1].Text == "." || toks[j+1].Text == ")") &&
		toks[j+2].Start > toks[j+1].End {
		return isEnumerator(toks[j].Text)
	}
	return false
}

// isEnumerator: "1", "12", "a", "B" as list numbering.
func isEnumerator(s string) bool {
	return len(s) <= 2 && allDigits(s) || len(s) == 1 && isASCIILetter(s[0])
}

// isTitleCase: most words of four letters or more are capitalised.
func isTitleCase(toks []chronicle.Token) bool {
	long, upper := 0, 0
	for _, t := range toks {
		if len(t.Text) < 4 || !isASCIILetter(t.Text[0]) {
			continue
		}
		long++
		if isUpper(t.Text[0]) {
			upper++
		}
	}
	return long > 0 && upper*10 >= long*8
}

// wordFrom returns the token at j, or the first of the next few that is not
// an opening quote or bracket.
func wordFrom(toks []chronicle.Token, j int) string {
	for end := min(len(toks), j+4); j < end; j++ {
		if !isOpeningMark(toks[j].Text) {
			return toks[j].Text
		}
	}
	return ""
}

func isClosingMark(s string) bool {
	switch s {
	case `"`, "'", "”", "’", ")", "]", "}", "»", "''":
		return true
	}
	return false
}

func isOpeningMark(s string) bool {
	switch s {
	case `"`, "'", "“", "‘", "(", "[", "{", "«", "„", "``":
		return true
	}
	return false
}

func isExclamationOrQuestion(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '!' && s[i] != '?' {
			return false
		}
	}
	return s != ""
}

func isEllipsis(s string) bool {
	if s == "…" {
		return true
	}
	return len(s) >= 2 && strings.Trim(s, ".") == ""
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isMark: tokens that are punctuation only.
func isMark(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isTimeStamp reports a boundary around a date-and-time stamp, which mail and
// forum headers put on a line of their own ("Kay Mann 04/26/2001 07:17 AM").
func isTimeStamp(toks []chronicle.Token, first, i int) bool {
	if last := toks[i].Text[len(toks[i].Text)-1]; !isDigit(last) && last|0x20 != 'm' && !isDigit(toks[i+1].Text[0]) {
		return false
	}
	j := i
	if k := toks[j].Text; k == "AM" || k == "PM" || k == "am" || k == "pm" {
		j--
	}
	if j == i && i+1 < len(toks) {
		if k := toks[i+1].Text; k == "AM" || k == "PM" || k == "am" || k == "pm" {
			return false
		}
	}
	if j-1 >= first && isClock(toks[j].Text) && isSlashDate(toks[j-1].Text) {
		return true // after the stamp
	}
	return i+2 < len(toks) && isSlashDate(toks[i+1].Text) && isClock(toks[i+2].Text) && !startsLower(toks[i].Text)
}

// isSlashDate matches "04/26/2001" and "4/14/00".
func isSlashDate(s string) bool {
	parts := 0
	for len(s) > 0 {
		n := 0
		for n < len(s) && isDigit(s[n]) {
			n++
		}
		if n == 0 || n > 4 {
			return false
		}
		parts++
		s = s[n:]
		if s != "" {
			if s[0] != '/' {
				return false
			}
			s = s[1:]
		}
	}
	return parts == 3
}

// isClock matches "7:17", "07:17" and "03:14:14".
func isClock(s string) bool {
	if len(s) < 4 || len(s) > 8 || !isDigit(s[0]) {
		return false
	}
	colons := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			colons++
		} else if !isDigit(s[i]) {
			return false
		}
	}
	return colons >= 1 && colons <= 2 && s[len(s)-1] != ':'
}

// isSalutation reports a greeting or sign-off that stands as a sentence of
// its own in mail and forum text: "Hi David:", "Vince," or "Best regards,"
// opening a sentence, before a word that starts one ("Vince, We are ...").
// "Moscow, Washington and Kyiv" and "However, we" do not qualify.
func isSalutation(words []chronicle.Token, next string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w.Text) {
			return false
		}
	}
	if signOffs[words[0].Text] {
		return startsUpper(next)
	}
	if sentenceStarters[words[0].Text] || strings.HasSuffix(words[0].Text, "ly") {
		return false
	}
	return sentenceStarters[next] && next != "And" && next != "But" && next != "Or"
}

var signOffs = map[string]bool{
	"Hi": true, "Hello": true, "Dear": true, "Hey": true, "Thanks": true, "Regards": true,
	"Best": true, "Cheers": true, "Sincerely": true, "Greetings": true, "Kind": true,
}

// openingBracket returns the "(" that the ")" at i closes, if it is at most
// eight tokens back within the sentence, or -1.
func openingBracket(toks []chronicle.Token, first, i int) int {
	for k := i - 1; k >= first && k >= i-8; k-- {
		switch toks[k].Text {
		case "(":
			return k
		case ")":
			return -1
		}
	}
	return -1
}

// isRule: four or more of one of - _ * = ~ #, as drawn between parts of a
// page or message.
func isRule(s string) bool {
	if len(s) < 4 {
		return false
	}
	switch s[0] {
	case '-', '_', '*', '=', '~', '#':
	default:
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// closesOnly: marks that close and never open.
func closesOnly(s string) bool {
	switch s {
	case "”", ")", "]", "}", "»":
		return true
	}
	return false
}

// endsLine reports whether token j is the last of its line or of the text.
func endsLine(text string, toks []chronicle.Token, j int) bool {
	return j+1 == len(toks) || lineBreaks(text[toks[j].End:toks[j+1].Start]) > 0
}
