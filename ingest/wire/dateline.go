package wire

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// "MOSCOW, April 11 (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON — ":
	// a place in capitals, up to two comma parts (country, date), an optional
	// outlet in brackets, then a dash.
	capsDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}.'’\- ]*[\p{Lu}\p{M}.])((?:,\s*[^,()–—]{1,40}?){0,2})\s*(?:\(([^()]{1,40})\))?\s+[-–—]{1,2}\s*`)
	// "Paris (AFP) - ": a place as written, with the outlet required.
	namedDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{M}.'’ ]{1,30}?)((?:,\s*[^,()]{1,40}?){0,2})\s*\(([^()]{1,40})\)\s*[-–—]{1,2}\s*`)
	// "(Reuters) - " with no place.
	outletDateline = regexp.MustCompile(`^\(([^()]{1,40})\)\s*[-–—]{1,2}\s*`)
)

// splitDateline removes a wire dateline from the start of a paragraph and
// returns the place and the outlet it names, if any.
func splitDateline(para string) (place, outlet, rest string, ok bool) {
	var m []int
	if m = capsDateline.FindStringSubmatchIndex(para); m != nil && capsPlace(para[m[2]:m[3]]) {
		place = strings.TrimSpace(para[m[2]:m[3]])
		if m[6] >= 0 {
			outlet = datelineOutlet(para[m[6]:m[7]])
		}
	} else if m = namedDateline.FindStringSubmatchIndex(para); m != nil {
		var known bool
		if outlet, known = Outlet(para[m[6]:m[7]]); !known {
			return "", "", para, false
		}
		place = strings.TrimSpace(para[m[2]:m[3]])
	} else if m = outletDateline.FindStringSubmatchIndex(para); m != nil {
		if outlet = datelineOutlet(para[m[2]:m[3]]); outlet == "" {
			return "", "", para, false
		}
	} else {
		return "", "", para, false
	}
	rest = para[m[1]:]
	if first := []rune(rest + " ")[0]; unicode.IsLower(first) || !unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'(", first) {
		return "", "", para, false
	}
	return place, outlet, rest, true
}

// capsPlace requires at least three capital letters, so that "A — " or an
// initial does not pass for a city.
func capsPlace(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 3
}

// datelineOutlet returns the outlet named in a dateline's brackets: a known
// one by its canonical name, another short capitalised name as written.
func datelineOutlet(s string) string {
	s = strings.TrimSpace(s)
	if c, ok := Outlet(s); ok {
		return c
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return ""
		}
	}
	return s
}
