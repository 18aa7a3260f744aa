package wire

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed outlets.tsv
var outletsTSV string

// outletNames maps each way an outlet is written (lower-cased unless it is a
// short all-capital name, which must match as written) to its canonical name.
var outletNames = loadOutlets(outletsTSV)

func loadOutlets(tsv string) map[string]string {
	names := map[string]string{}
	for line := range strings.SplitSeq(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		canonical, aliases, _ := strings.Cut(line, "\t")
		canonical = strings.TrimSpace(canonical)
		for _, name := range append([]string{canonical}, strings.Split(aliases, "|")...) {
			if name = strings.TrimSpace(name); name != "" {
				names[outletKey(name)] = canonical
			}
		}
	}
	return names
}

// outletKey folds case except for short all-capital names: "AP" is an
// outlet, "ap" is not.
func outletKey(name string) string {
	if len(name) <= 4 && isUpperWord(name) {
		return name
	}
	return strings.ToLower(name)
}

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// Outlet returns the canonical name of a known outlet written as name
// ("The Associated Press" → "Associated Press"), and whether it is known.
func Outlet(name string) (string, bool) {
	name = strings.TrimSpace(name)
	c, ok := outletNames[outletKey(name)]
	return c, ok
}

// splitOutletSuffix splits "Andrew Osborn Reuters" into "Andrew Osborn" and
// "Reuters" when the words at the end name a known outlet.
func splitOutletSuffix(s string) (rest, outlet string, ok bool) {
	words := strings.Fields(s)
	for n := min(len(words)-1, 4); n >= 1; n-- {
		if c, known := Outlet(strings.Join(words[len(words)-n:], " ")); known {
			return strings.Join(words[:len(words)-n], " "), c, true
		}
	}
	return s, "", false
}
