package web

import (
	"fmt"
	"strings"
)

// visible shows the bidirectional override, embedding and isolate
// controls in a short text (a title, a name, an outlet) as visible marks
// like ⟨U+202E⟩. Such controls have no business in metadata and are the
// classic way to make "gnp.exe" display as "exe.png"; article text keeps
// them, since offsets point into it, and its box isolates them.
func visible(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}
