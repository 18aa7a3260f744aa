package wire

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Meta is what the cleaner read from around the story.
type Meta struct {
	Title     string    // a headline on the first line, if there is one
	Authors   []string  // from the byline
	Outlet    string    // canonical name, from the byline, an outlet line or the dateline
	Dateline  string    // the place of a wire dateline ("MOSCOW")
	Published time.Time // from a date line above the story; zero if none
}

// headerLines is how many non-empty lines at the top may hold the headline,
// byline and date before the story starts.
const headerLines = 12

// Clean returns a story's text with boilerplate removed, whitespace
// normalised and paragraphs separated by exactly one blank line, together
// with the metadata read from its header and dateline.
func Clean(raw string) (string, Meta) {
	var meta Meta
	lines := splitLines(raw)
	keep := make([]bool, len(lines))
	for i, line := range lines {
		lines[i] = stripInlineCaptions(line)
		keep[i] = lines[i] != ""
	}
	readHeader(lines, keep, &meta)
	inLinkList := false
	for i, line := range lines {
		if !keep[i] {
			continue
		}
		if len(line) < 60 && linkListHeadings[lineKey(line)] {
			keep[i], inLinkList = false, true
			continue
		}
		if inLinkList && len(strings.Fields(line)) <= 12 && !endsSentence(line) {
			keep[i] = false
			continue
		}
		inLinkList = false
		if outlet, ok := outletLine(line); ok {
			keep[i] = false
			if meta.Outlet == "" {
				meta.Outlet = outlet
			}
			continue
		}
		keep[i] = !isBoilerplate(line)
	}
	paras := assemble(lines, keep)
	for i := 0; i < len(paras) && i < 2; i++ {
		if place, outlet, rest, ok := splitDateline(paras[i]); ok {
			paras[i] = rest
			meta.Dateline = place
			if meta.Outlet == "" {
				meta.Outlet = outlet
			}
			break
		}
	}
	return strings.Join(paras, "\n\n"), meta
}

// readHeader consumes the lines above the story: boilerplate, byline, an
// outlet line, a date line and the headline, stopping at the first line
// that is none of these.
func readHeader(lines []string, keep []bool, meta *Meta) {
	seen := 0
	for i := 0; i < len(lines) && seen < headerLines; i++ {
		if !keep[i] {
			continue
		}
		seen++
		line := lines[i]
		if t, ok := parseDateLine(line); ok {
			keep[i] = false
			if meta.Published.IsZero() {
				meta.Published = t
			}
			continue
		}
		if isBoilerplate(line) {
			keep[i] = false
			continue
		}
		if authors, outlet, ok := parseByline(line); ok {
			keep[i] = false
			if meta.Authors == nil {
				meta.Authors = authors
			}
			if meta.Outlet == "" {
				meta.Outlet = outlet
			}
			continue
		}
		if outlet, ok := outletLine(line); ok {
			keep[i] = false
			if meta.Outlet == "" {
				meta.Outlet = outlet
			}
			continue
		}
		if meta.Title == "" && isHeadline(line) && hasStoryAfter(lines, keep, i) {
			keep[i] = false
			meta.Title = line
			continue
		}
		return
	}
}

// isHeadline: short, and not ending like a sentence or running on into the
// next line.
func isHeadline(line string) bool {
	words := len(strings.Fields(line))
	if words == 0 || words > 20 || endsSentence(line) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(":;,-–—", last) {
		return false
	}
	_, _, _, dateline := splitDateline(line + " x")
	return !dateline
}

// hasStoryAfter reports whether a prose line follows line i, so that a
// short text is never taken for its own headline.
func hasStoryAfter(lines []string, keep []bool, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if keep[j] && len(strings.Fields(lines[j])) >= 8 {
			return true
		}
	}
	return false
}

// assemble joins kept lines into paragraphs. A blank or removed line always
// ends a paragraph; between two adjacent lines, continues decides.
func assemble(lines []string, keep []bool) []string {
	var paras, block []string
	flush := func() {
		paras = append(paras, joinBlock(block)...)
		block = block[:0]
	}
	for i, line := range lines {
		if keep[i] {
			block = append(block, line)
		} else {
			flush()
		}
	}
	flush()
	return paras
}

func joinBlock(block []string) []string {
	if len(block) == 0 {
		return nil
	}
	wrapped := looksHardWrapped(block)
	var paras []string
	var cur strings.Builder
	cur.WriteString(block[0])
	for i := 1; i < len(block); i++ {
		if continues(block[i-1], block[i], wrapped) {
			cur.WriteByte(' ')
		} else {
			paras = append(paras, cur.String())
			cur.Reset()
		}
		cur.WriteString(block[i])
	}
	return append(paras, cur.String())
}

// continues reports whether line next carries on the paragraph of line
// prev: it starts in lower case, prev ends in a dangling dash (a dateline
// on its own line), the block is hard-wrapped, or prev is long and stops
// mid-sentence.
func continues(prev, next string, wrapped bool) bool {
	first, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch {
	case unicode.IsLower(first):
		return true
	case strings.ContainsRune("-–—", last):
		return true
	case wrapped:
		return true
	}
	return !endsSentence(prev) && last != ':' && utf8.RuneCountInString(prev) >= 60
}

// looksHardWrapped recognises text broken at a fixed width: three or more
// lines, all but the last nearly as long as the longest, which is at most
// a hundred characters.
func looksHardWrapped(block []string) bool {
	if len(block) < 3 {
		return false
	}
	longest := 0
	for _, l := range block {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest < 40 || longest > 100 {
		return false
	}
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l) < longest*6/10 {
			return false
		}
	}
	return true
}
