package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/nlp/perceptron"
)

// Feature templates; each value is Mixed with one of these so equal strings in
// different roles give different features.
const (
	fBias uint64 = iota + 1
	fForm
	fLower
	fPre1
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fSuf5
	fShape
	fFirstCap
	fPrevLower
	fPrev2Lower
	fNextLower
	fNext2Lower
	fPrevSuf3
	fNextSuf3
	fNextShape
	fPrevShape
	fTag1
	fTag2
	fTag12
	fTag1Lower
	fPrevLowerLower
	fLowerNextLower
	fUPOS1
	fXPOS
	fXPOSLower
	fTag1NextLower
	fHeadline
	fAmb
	fNextAmb
	fNext2Amb
	fPrevAmb
	fAmbNextAmb
	fLowerNextAmb
	fNextTag
	fNextTags
	fNextTagLower
	fPrevNextTag
	fPre4
	fPrev2PrevLower
	fRareSuf3
	fRareSuf4
	fRarePre3
	fRareShape
)

// noGuess stands for the tags of words not yet tagged, in the first pass.
const noGuess = 5

// word holds the per-token hashes that features are built from.
type word struct {
	form, lower, shape         uint64
	pre1, pre2, pre3, pre4     uint64
	suf1, suf2, suf3, suf4, s5 uint64
	amb                        uint64 // the word's ambiguity class, 0 if rare
}

var pad = word{form: 1, lower: 1, shape: 1, suf3: 1, amb: 1}

func prepare(forms []string, headline bool, lowerWords map[string]bool, amb map[string]uint64) []word {
	out := make([]word, len(forms))
	for i, f := range forms {
		low := strings.ToLower(f)
		if headline && i > 0 && lowerWords[low] {
			// In a headline, "Tells" is the common word "tells" written
			// capitalised; names stay as they are.
			f = low
		}
		out[i] = word{
			form:  perceptron.Hash(0, f),
			lower: perceptron.Hash(0, normalize(low)),
			shape: perceptron.Hash(0, Shape(f)),
			pre1:  perceptron.Hash(0, prefix(low, 1)),
			pre2:  perceptron.Hash(0, prefix(low, 2)),
			pre3:  perceptron.Hash(0, prefix(low, 3)),
			pre4:  perceptron.Hash(0, prefix(low, 4)),
			suf1:  perceptron.Hash(0, suffix(low, 1)),
			suf2:  perceptron.Hash(0, suffix(low, 2)),
			suf3:  perceptron.Hash(0, suffix(low, 3)),
			suf4:  perceptron.Hash(0, suffix(low, 4)),
			s5:    perceptron.Hash(0, suffix(low, 5)),
			amb:   amb[low],
		}
	}
	return out
}

// normalize maps numbers to one class, so "1,250" and "37" share evidence.
func normalize(low string) string {
	digits := 0
	for i := 0; i < len(low); i++ {
		if low[i] >= '0' && low[i] <= '9' {
			digits++
		}
	}
	if digits > 0 && digits*2 >= len(low) {
		if len(low) == 4 && digits == 4 {
			return "!YEAR"
		}
		return "!NUM"
	}
	return low
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// Shape maps a word to its character classes with runs collapsed:
// "McCain" → "XxXx", "U.S." → "X.X.", "2019" → "d", "e-mail" → "x-x".
func Shape(s string) string {
	var b []byte
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last || c == '.' {
			b = append(b, c)
		}
		last = c
		if len(b) >= 8 {
			break
		}
	}
	return string(b)
}

// IsHeadline reports whether a sentence looks like a title-case or all-caps
// headline: most of its words of four letters or more start upper-case.
func IsHeadline(forms []string) bool {
	long, caps := 0, 0
	for _, f := range forms {
		if utf8.RuneCountInString(f) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return long >= 3 && caps*5 >= long*4
}

func at(ws []word, i int) *word {
	if i < 0 || i >= len(ws) {
		return &pad
	}
	return &ws[i]
}

// staticFeatures appends the features of token i that do not depend on
// tags: its word and the words around it.
func staticFeatures(out []uint64, ws []word, i int, headline bool) []uint64 {
	w := &ws[i]
	p1, p2, n1, n2 := at(ws, i-1), at(ws, i-2), at(ws, i+1), at(ws, i+2)
	mix := perceptron.Mix
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	out = append(out,
		mix(fBias, 0),
		mix(fForm, w.form),
		mix(fLower, w.lower),
		mix(fPre1, w.pre1), mix(fPre2, w.pre2), mix(fPre3, w.pre3), mix(fPre4, w.pre4),
		mix(fSuf1, w.suf1), mix(fSuf2, w.suf2), mix(fSuf3, w.suf3), mix(fSuf4, w.suf4), mix(fSuf5, w.s5),
		mix(fShape, w.shape),
		mix(fFirstCap, mix(w.shape, first)),
		mix(fPrevLower, p1.lower), mix(fPrev2Lower, p2.lower),
		mix(fNextLower, n1.lower), mix(fNext2Lower, n2.lower),
		mix(fPrevSuf3, p1.suf3), mix(fNextSuf3, n1.suf3),
		mix(fNextShape, n1.shape), mix(fPrevShape, p1.shape),
		mix(fPrevLowerLower, mix(p1.lower, w.lower)), mix(fPrev2PrevLower, mix(p2.lower, p1.lower)),
		mix(fLowerNextLower, mix(w.lower, n1.lower)),
		mix(fAmb, w.amb), mix(fNextAmb, n1.amb), mix(fNext2Amb, n2.amb), mix(fPrevAmb, p1.amb),
		mix(fAmbNextAmb, mix(w.amb, n1.amb)), mix(fLowerNextAmb, mix(w.lower, n1.amb)),
	)
	if headline {
		out = append(out, mix(fHeadline, w.shape))
	}
	if w.amb == 0 {
		// Rare words (no ambiguity class) get their affixes and shape once
		// more, in features of their own: training's rare words then teach
		// how to tag unseen ones, apart from what affixes say of common words.
		out = append(out, mix(fRareSuf3, w.suf3), mix(fRareSuf4, w.suf4), mix(fRarePre3, w.pre3),
			mix(fRareShape, mix(w.shape, first)))
	}
	return out
}

// historyFeatures appends the features of token i that depend on the tags
// chosen for the words before it (tag1, tag2: XPOS; upos1: UPOS) and, in the
// second pass, on the first pass's XPOS of the next two words (next1, next2;
// noGuess in the first pass).
func historyFeatures(out []uint64, ws []word, i int, tag1, tag2, upos1, next1, next2 uint64) []uint64 {
	w, n1 := &ws[i], at(ws, i+1)
	mix := perceptron.Mix
	return append(out,
		mix(fTag1, tag1), mix(fTag2, tag2), mix(fTag12, mix(tag1, tag2)),
		mix(fTag1Lower, mix(tag1, w.lower)),
		mix(fUPOS1, upos1),
		mix(fTag1NextLower, mix(tag1, n1.lower)),
		mix(fNextTag, next1), mix(fNextTags, mix(next1, next2)),
		mix(fNextTagLower, mix(next1, w.lower)), mix(fPrevNextTag, mix(tag1, next1)),
	)
}
