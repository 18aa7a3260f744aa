package wire

import (
	"regexp"
	"strings"
	"unicode"
)

// byPrefixes open a byline; the longest that matches is removed.
var byPrefixes = []string{"by", "written by", "words by", "story by", "text by", "from"}

// bylineSeparators split a byline into its parts: names, outlet, role, place.
var bylineSeparators = strings.NewReplacer(" | ", "\x00", " • ", "\x00", " · ", "\x00", " - ", "\x00",
	" — ", "\x00", " – ", "\x00", ", ", "\x00", "; ", "\x00", " / ", "\x00")

// roleWords mark the parts of a byline that describe the writer rather
// than name them: "Moscow correspondent", "Staff Writer".
var roleWords = setOf("writer", "writers", "correspondent", "correspondents", "editor", "editors",
	"reporter", "reporters", "staff", "contributor", "columnist", "bureau", "chief", "senior", "political",
	"news", "desk", "analyst", "international", "diplomatic", "security", "defence", "defense", "economics",
	"business", "world", "affairs", "producer", "journalist", "team", "special", "photographer", "global",
	"investigations", "reporting", "agency", "service", "services", "updated", "published")

// nameParticles are the lower-case words a person's name may contain.
var nameParticles = setOf("de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "bint",
	"al", "el", "dos", "das", "du", "ter", "y", "di", "zu", "ibn")

var calendarWords = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "today", "yesterday")

// bylineDate is a date (and whatever follows it: a time, "Updated …")
// written after the names on a byline line.
var bylineDate = regexp.MustCompile(`(?i)(?:\b(?:updated|published|posted)\b:?\s*)?(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?` +
	`(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\b\d{4}-\d{2}-\d{2}).*$`)

// parseByline reads a line that is nothing but a byline: "By Andrew Osborn
// Reuters", "By Jane Doe, Associated Press", "By JANE DOE and JOHN ROE",
// "Jane Doe | Reuters", "By Jane Doe and John Roe, BBC News, Kyiv". Without
// "By" the line must name a known outlet, so that "Jane Doe" alone (which
// could be a headline or a quote) is left alone.
func parseByline(line string) (authors []string, outlet string, ok bool) {
	s := strings.TrimSpace(strings.TrimLeft(line, "-–—• "))
	hasBy := false
	lower := strings.ToLower(s)
	for _, p := range byPrefixes {
		if hasWordPrefix(lower, p) && len(s) > len(p) {
			if p == "from" && !strings.Contains(s, " ") {
				continue
			}
			s, hasBy = strings.TrimLeft(s[len(p):], ": "), true
			break
		}
	}
	s = strings.TrimRight(bylineDate.ReplaceAllString(s, ""), "|•·,;–—- .")
	if s == "" || len(strings.Fields(s)) > 20 {
		return nil, "", false
	}
	for _, part := range strings.Split(bylineSeparators.Replace(s), "\x00") {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case isKnownOutlet(part):
			if outlet == "" {
				outlet, _ = Outlet(part)
			}
		case hasOutletSuffix(part):
			rest, c, _ := splitOutletSuffix(part)
			names, ok := parseNames(rest)
			if !ok {
				return nil, "", false
			}
			authors = append(authors, names...)
			if outlet == "" {
				outlet = c
			}
		default:
			if names, ok := parseNames(part); ok {
				authors = append(authors, names...)
				continue
			}
			if _, isDate := parseDateLine(part); isDate {
				continue
			}
			if len(authors) > 0 && isRoleOrPlace(part) {
				continue
			}
			return nil, "", false
		}
	}
	if len(authors) == 0 || (!hasBy && outlet == "") {
		return nil, "", false
	}
	return authors, outlet, true
}

func isKnownOutlet(s string) bool {
	_, ok := Outlet(s)
	return ok
}

func hasOutletSuffix(s string) bool {
	_, _, ok := splitOutletSuffix(s)
	return ok
}

// outletLine reads a line that only names an outlet: "AFP", "(Reuters)",
// "— Reuters".
func outletLine(line string) (string, bool) {
	s := strings.Trim(line, "()[]-–—•· .")
	return Outlet(s)
}

// parseNames reads "Jane Doe", "Jane Doe and John Roe", "JANE DOE & JOHN
// ROE", "Jane Doe in Moscow" (the place is dropped).
func parseNames(s string) ([]string, bool) {
	if i := strings.Index(s, " in "); i > 0 {
		s = s[:i]
	}
	var names []string
	for _, n := range splitAny(s, " and ", " And ", " AND ", " & ") {
		name, ok := parseName(n)
		if !ok {
			return nil, false
		}
		names = append(names, name)
	}
	return names, len(names) > 0
}

// parseName accepts two to five capitalised words (particles such as "de"
// and "bin" allowed inside) and returns it with all-capital words in title
// case.
func parseName(s string) (string, bool) {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return "", false
	}
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, "."))
		if roleWords[lw] || calendarWords[lw] {
			return "", false
		}
		if i > 0 && i < len(words)-1 && nameParticles[w] {
			continue
		}
		if !isNameWord(w) {
			return "", false
		}
		words[i] = titleCaseUpper(w)
	}
	return strings.Join(words, " "), true
}

func isNameWord(w string) bool {
	for i, r := range w {
		if i == 0 {
			if !unicode.IsUpper(r) {
				return false
			}
			continue
		}
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// titleCaseUpper turns "DOE" into "Doe" and "O'NEIL-SMITH" into
// "O'Neil-Smith"; words with lower-case letters are kept as written.
func titleCaseUpper(w string) string {
	if !isUpperWord(w) || len([]rune(w)) < 2 || strings.Contains(w, ".") {
		return w
	}
	rs := []rune(strings.ToLower(w))
	upper := true
	for i, r := range rs {
		if upper && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		upper = r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}

// isRoleOrPlace accepts the parts of a byline after the names that say
// what the writer is or where they file from.
func isRoleOrPlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if roleWords[strings.ToLower(w)] {
			return true
		}
	}
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isNameWord(w) {
			return false
		}
	}
	return true
}

func splitAny(s string, seps ...string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}
