package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// tokenizer cuts text into UD English-EWT tokens. It works on
// whitespace-separated chunks: opening marks are peeled off the front,
// closing marks and final punctuation off the back, a clitic off the end of
// what remains, and the rest is cut at inner punctuation (dashes, slashes,
// most hyphens).
type tokenizer struct {
	text   string
	tokens []chronicle.Token
	tail   []span // marks peeled off the end of the current chunk, last first
}

type span struct{ start, end int }

func (t *tokenizer) emit(start, end int) {
	if start < end {
		t.tokens = append(t.tokens, chronicle.Token{Text: t.text[start:end], Start: start, End: end, Head: -1})
	}
}

func (t *tokenizer) run() {
	text := t.text
	for i := 0; i < len(text); {
		if sp, w := spaceAt(text, i); sp {
			i += w
			continue
		}
		j := i
		for j < len(text) {
			sp, w := spaceAt(text, j)
			if sp {
				break
			}
			j += w
		}
		t.chunk(i, j)
		i = j
	}
}

// chunk tokenizes text[lo:hi], a stretch without whitespace.
func (t *tokenizer) chunk(lo, hi int) {
	text := t.text
	if hi-lo <= 3 && emoticons[text[lo:hi]] {
		t.emit(lo, hi)
		return
	}
	for lo < hi {
		r, w := utf8.DecodeRuneInString(text[lo:hi])
		if r == '#' && lo+1 < hi && isDigit(text[lo+1]) {
			t.emit(lo, lo+1) // "#1" is "#" "1" in EWT; hashtags stay whole
			lo++
			continue
		}
		if !isOpener(r) || lo+w == hi {
			break
		}
		if isApostrophe(r) && leadingApostropheWord(text[lo+w:hi]) {
			break // "'s", "'90s", "'em"
		}
		if r == '<' {
			w = runLength(text, lo, hi, '<') // "<<" is one token
		}
		t.emit(lo, lo+w)
		lo += w
	}

	t.tail = t.tail[:0]
peel:
	for hi > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:hi])
		switch {
		case r == '.':
			k := hi - 1
			for k > lo && text[k-1] == '.' {
				k--
			}
			if hi-k == 1 && k > lo && abbreviationKind(text[lo:hi], nextStartsWithDigit(text, hi)) != notAbbrev {
				break peel
			}
			if hi-k == 2 && k > lo && abbreviationKind(text[lo:hi-1], false) != notAbbrev {
				t.tail = append(t.tail, span{hi - 1, hi}) // "Inc.." is "Inc." "."
				hi--
				break peel
			}
			t.tail = append(t.tail, span{k, hi})
			hi = k
		case r == '!' || r == '?':
			k := hi - 1
			for k > lo && (text[k-1] == '!' || text[k-1] == '?') {
				k--
			}
			t.tail = append(t.tail, span{k, hi})
			hi = k
		case r == '>':
			k := hi - 1
			for k > lo && text[k-1] == '>' {
				k--
			}
			t.tail = append(t.tail, span{k, hi})
			hi = k
		case isCloser(r):
			t.tail = append(t.tail, span{hi - w, hi})
			hi -= w
		default:
			break peel
		}
	}
	t.middle(lo, hi)
	for i := len(t.tail) - 1; i >= 0; i-- {
		t.emit(t.tail[i].start, t.tail[i].end)
	}
}

// middle tokenizes what is left of a chunk once its outer marks are gone.
func (t *tokenizer) middle(lo, hi int) {
	if lo >= hi {
		return
	}
	s := t.text[lo:hi]
	if isURL(s) || isEmail(s) || isDigitHyphenChain(s) {
		t.emit(lo, hi)
		return
	}
	stem := cliticStart(s)
	if k := clockSuffix(s[:stem]); k > 0 {
		t.inner(lo, lo+k) // "5pm", "11:30am" are "5" "pm", "11:30" "am"
		t.emit(lo+k, lo+stem)
	} else {
		t.inner(lo, lo+stem)
	}
	t.emit(lo+stem, hi)
}

// inner cuts a chunk's core at the punctuation inside it.
func (t *tokenizer) inner(lo, hi int) {
	text := t.text
	start := lo   // start of the token being built
	segment := lo // start of the part after the last kept hyphen ("anti" in "anti-war")
	cut := func(i, k int) {
		t.emit(start, i)
		t.emit(i, k)
		start, segment = k, k
	}
	for i := lo; i < hi; {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[i:hi])
			if breaksWord(r) {
				cut(i, i+w)
			}
			i += w
			continue
		}
		switch c {
		case '.':
			if i+1 < hi && text[i+1] == '.' { // "wait...what"
				k := runLength(text, i, hi, '.') + i
				cut(i, k)
				i = k
				continue
			}
		case '-':
			k := runLength(text, i, hi, '-') + i
			switch {
			case k-i >= 2: // "--" stands for a dash
				cut(i, k)
			case i == start || k == hi:
				cut(i, k)
			case keepHyphen(text[segment:i], text[k:hi]):
				segment = k
			default:
				cut(i, k)
			}
			i = k
			continue
		case ',', ':':
			if !(i > start && i+1 < hi && isDigit(text[i-1]) && isDigit(text[i+1])) { // "200,000", "7:30"
				cut(i, i+1)
			}
		case '/':
			if !keepSlash(text, start, i, hi) {
				cut(i, i+1)
			}
		case '&':
			if !keepAmpersand(text, start, i, hi) {
				cut(i, i+1)
			}
		case '!', '?':
			k := i + 1
			for k < hi && (text[k] == '!' || text[k] == '?') {
				k++
			}
			cut(i, k)
			i = k
			continue
		case '"', '(', ')', '[', ']', '{', '}', ';', '$', '%', '<', '>':
			cut(i, i+1)
		}
		i++
	}
	t.emit(start, hi)
}

// hyphenPrefixes are the prefixes UD English-EWT keeps attached ("e-mail",
// "co-workers", "non-violent", "mid-July"); other hyphenated words are split
// into word, "-", word.
var hyphenPrefixes = map[string]bool{
	"e": true, "co": true, "pre": true, "post": true, "non": true, "re": true, "semi": true,
	"pro": true, "mid": true, "ex": true, "anti": true, "multi": true, "sub": true,
	"socio": true, "psycho": true, "neo": true, "micro": true, "intra": true, "over": true,
	"un": true, "counter": true, "cross": true, "arch": true, "ultra": true,
}

func keepHyphen(left, rest string) bool {
	if len(left) <= 7 {
		var buf [8]byte
		for i := 0; i < len(left); i++ {
			buf[i] = left[i] | 0x20
		}
		if hyphenPrefixes[string(buf[:len(left)])] {
			return true
		}
	}
	// Phone numbers, extensions and ZIP+4 codes ("646-8420", "3-5213",
	// "20006-3700"); other number pairs are ranges ("1969-1970"), split.
	if (len(left) == 1 || len(left) == 3 || len(left) == 5) && allDigits(left) &&
		len(rest) >= 4 && allDigits(rest[:4]) && (len(rest) == 4 || !isAlnum(rest[4])) {
		return true
	}
	return false
}

// keepSlash keeps "9/11", "24/7", "l/c", "w/o" whole and splits "and/or".
func keepSlash(text string, start, i, hi int) bool {
	if i == start || i+1 >= hi {
		return false
	}
	if isDigit(text[i-1]) && isDigit(text[i+1]) {
		return true
	}
	left := 0
	for j := i - 1; j >= start && isAlnum(text[j]); j-- {
		left++
	}
	right := 0
	for j := i + 1; j < hi && isAlnum(text[j]); j++ {
		right++
	}
	return left > 0 && right > 0 && (left == 1 || right == 1)
}

// clockSuffix returns where "am" or "pm" starts after a time's digits, or 0.
func clockSuffix(s string) int {
	n := len(s)
	if n < 3 || !isDigit(s[n-3]) {
		return 0
	}
	if a, m := s[n-2]|0x20, s[n-1]|0x20; (a == 'a' || a == 'p') && m == 'm' {
		return n - 2
	}
	return 0
}

// keepAmpersand keeps "AT&T", "R&D" and "a&m" whole and splits "rock&roll".
func keepAmpersand(text string, start, i, hi int) bool {
	left := 0
	for j := i - 1; j >= start && isASCIILetter(text[j]); j-- {
		left++
	}
	right := 0
	for j := i + 1; j < hi && isASCIILetter(text[j]); j++ {
		right++
	}
	return left > 0 && right > 0 && left <= 2 && right <= 2
}

// cliticStart returns where a clitic starts in s ("n't" in "don't", "'s" in
// "Trump's", "not" in "cannot"), or len(s) when there is none.
func cliticStart(s string) int {
	n := len(s)
	if n == 5 || n == 6 {
		switch strings.ToLower(s) {
		case "cannot", "gonna", "wanna", "gotta":
			return 3
		}
	}
	// k letters follow the apostrophe, which is ' or ’ (3 bytes in UTF-8).
	for k := 1; k <= 2; k++ {
		a := -1
		if n-k-2 >= 0 && s[n-k-1] == '\'' {
			a = n - k - 1
		} else if n-k-4 >= 0 && s[n-k-3:n-k] == "’" {
			a = n - k - 3
		}
		if a < 0 {
			continue
		}
		p := s[a-1] // what precedes the apostrophe
		switch strings.ToLower(s[n-k:]) {
		case "t":
			if (p == 'n' || p == 'N') && a >= 2 && isASCIILetter(s[a-2]) {
				return a - 1
			}
		case "s":
			if p == '0' {
				return n // "1980's", "80's": a decade, not a possessive ("2014's")
			}
			fallthrough
		case "m", "d", "re", "ve", "ll":
			if isAlnum(p) || p == '.' || p >= utf8.RuneSelf {
				return a
			}
		}
	}
	return n
}

// leadingApostropheWord reports whether rest, following an apostrophe at
// the start of a chunk, makes a word that keeps it ("'s", "'90s", "'em").
func leadingApostropheWord(rest string) bool {
	if len(rest) >= 2 && isDigit(rest[0]) && isDigit(rest[1]) {
		return true
	}
	if len(rest) > 5 {
		return false
	}
	switch strings.ToLower(rest) {
	case "s", "m", "d", "re", "ve", "ll", "t", "em", "til", "cause", "n", "tis", "twas":
		return true
	}
	return false
}

func isURL(s string) bool {
	if len(s) < 5 {
		return false
	}
	switch s[0] | 0x20 {
	case 'h', 'f', 'w':
		l := strings.ToLower(s[:min(len(s), 8)])
		if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "ftp://") || strings.HasPrefix(l, "www.") {
			return true
		}
	case 'm':
		if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
			return true
		}
	}
	return strings.IndexByte(s, ':') >= 0 && strings.Contains(s, "://")
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || !isAlnum(s[at-1]) {
		return false
	}
	dot := strings.LastIndexByte(s, '.')
	if dot < at+2 || dot == len(s)-1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '@' || c == '%') {
			return false
		}
	}
	return true
}

// isDigitHyphenChain matches phone numbers and dates with two or more
// hyphens ("1-800-991-9019", "11-20-2000"), which EWT keeps whole.
func isDigitHyphenChain(s string) bool {
	hyphens := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '-':
			if i == 0 || s[i-1] == '-' {
				return false
			}
			hyphens++
		case !isDigit(s[i]):
			return false
		}
	}
	return hyphens >= 2 && s[len(s)-1] != '-'
}

var emoticons = map[string]bool{
	":)": true, ":(": true, ";)": true, ":-)": true, ";-)": true, ":-(": true,
	":D": true, ":-D": true, ":P": true, ":p": true, "^_^": true, "<3": true, ":/": true,
}

// isOpener: marks peeled off the front of a chunk.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '<', '“', '‘', '«', '‹', '„', '‚', '¿', '¡', '`',
		'$', '£', '€', '¥', '—', '–', '…':
		return true
	}
	return false
}

// isCloser: marks peeled off the end of a chunk ('.', '!', '?' and '>' are
// handled as runs by the caller).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', ',', ';', ':', '%', '…', '—', '–':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

// breaksWord: non-ASCII marks that are always tokens of their own.
func breaksWord(r rune) bool {
	switch r {
	case '’', '\u00ad': // apostrophe inside "O’Neill", soft hyphen
		return false
	case '…', '•', '·', '。', '、', '，', '：', '；', '！', '？':
		return true
	}
	return unicode.In(r, unicode.Pd, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf)
}

func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f', 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r), w
}

// isSpaceRune adds the zero-width spaces, joiners and byte-order marks that
// scraped text carries to Unicode's White_Space, so that no token starts
// with one ("\u200dParis").
func isSpaceRune(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

func nextStartsWithDigit(text string, i int) bool {
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			return isDigit(c)
		}
	}
	return false
}

func runLength(s string, i, hi int, c byte) int {
	k := i
	for k < hi && s[k] == c {
		k++
	}
	return k - i
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isDigit(c) || isASCIILetter(c) }
