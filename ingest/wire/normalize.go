package wire

import (
	"strings"
	"unicode"
)

// splitLines breaks raw text into lines with whitespace normalised: every
// kind of space becomes one ASCII space, invisible characters (zero-width
// spaces, soft hyphens, byte-order marks) and control characters go, and
// the Unicode line and paragraph separators end a line. Quotes and dashes
// are left as written.
func splitLines(raw string) []string {
	var lines []string
	var b strings.Builder
	pendingSpace := false
	flush := func() {
		lines = append(lines, b.String())
		b.Reset()
		pendingSpace = false
	}
	for i, r := range raw {
		switch {
		case r == '\n' || r == '\u2028' || r == '\u2029':
			flush()
		case r == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				continue
			}
			flush()
		case r == utf8Error && isInvalidAt(raw, i):
			// an undecodable byte is dropped rather than passed on
		case isInvisible(r):
		case unicode.IsSpace(r):
			pendingSpace = b.Len() > 0
		case unicode.IsControl(r):
		default:
			if pendingSpace {
				b.WriteByte(' ')
				pendingSpace = false
			}
			b.WriteRune(r)
		}
	}
	flush()
	return lines
}

const utf8Error = '\uFFFD'

// isInvalidAt tells a real U+FFFD in the text from an invalid byte, which
// ranging over a string also reports as U+FFFD.
func isInvalidAt(s string, i int) bool {
	return !strings.HasPrefix(s[i:], "\uFFFD")
}

func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E':
		return true
	}
	return false
}
