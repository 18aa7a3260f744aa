package ner

import (
	"unicode"
	"unicode/utf8"

	"chronicle/nlp/perceptron"
)

// The features hash transformed forms of a token on the fly, so that
// recognizing allocates no strings. Hashes are FNV-1a over the transformed
// UTF-8 bytes; perceptron.Mix spreads and combines them.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

func mix(a, b uint64) uint64 { return perceptron.Mix(a, b) }

// normRune lower-cases, writes every digit as 0 and straightens typographic
// quotes and dashes, so that "Trump’s" and "Trump's", "1999" and "2025" share
// features.
func normRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if '0' <= r && r <= '9' {
			return '0'
		}
		return r
	case r == '’' || r == '‘' || r == '`':
		return '\''
	case r == '“' || r == '”':
		return '"'
	case r == '–' || r == '—':
		return '-'
	case unicode.IsDigit(r):
		return '0'
	}
	return unicode.ToLower(r)
}

// normHash hashes the normalized form of s.
func normHash(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = fnvRune(h, normRune(r))
	}
	return h
}

// suffixHashes hashes the normalized last 1..len(out) runes of s, read
// backwards.
func suffixHashes(s string, out []uint64) {
	h := uint64(fnvOffset)
	k := 0
	for i := len(s); i > 0 && k < len(out); {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		h = fnvRune(h, normRune(r))
		out[k] = h
		k++
	}
	for ; k < len(out); k++ {
		out[k] = 0
	}
}

func shapeClass(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return normRune(r)
}

// shapeHashes hashes the word's shape with runs of a class kept up to four
// long ("Xxxx" for "Putin", "dddd" for a year), and its short shape with runs
// collapsed ("Xx", "d").
func shapeHashes(s string) (long, short uint64) {
	long, short = fnvOffset, fnvOffset
	var prev rune = -1
	run := 0
	for _, r := range s {
		c := shapeClass(r)
		if c == prev {
			run++
		} else {
			run = 1
			short = fnvRune(short, c)
		}
		if run <= 4 {
			long = fnvRune(long, c)
		}
		prev = c
	}
	return long, short
}

// Word case kinds.
const (
	caseOther = iota // no letters
	caseLower
	caseTitle // first letter upper, some lower
	caseUpper // all letters upper
	caseMixed // e.g. "iPhone"
)

func wordCase(s string) uint8 {
	var upper, lower int
	firstUpper := false
	first := true
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		} else {
			lower++
		}
		first = false
	}
	switch {
	case upper == 0 && lower == 0:
		return caseOther
	case upper == 0:
		return caseLower
	case lower == 0:
		return caseUpper
	case firstUpper:
		return caseTitle
	}
	return caseMixed
}
