package wire

import (
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the ways a page or wire story writes its date on a line
// of its own ("Friday, January 4, 2019", "11 April 2025", "2025-04-11").
var dateLayouts = []string{
	"Monday, January 2, 2006", "Monday January 2, 2006", "Monday, January 2 2006", "January 2, 2006",
	"January 2 2006", "Mon, Jan 2, 2006", "Jan 2, 2006", "Jan 2 2006", "Monday, 2 January 2006",
	"Monday 2 January 2006", "2 January 2006", "Mon 2 Jan 2006", "Mon, 2 Jan 2006", "2 Jan 2006",
	"2006-01-02", "January 2006",
}

var (
	datePrefix   = regexp.MustCompile(`(?i)^(?:published|updated|last updated|first published|posted|date)\s*(?:on|at)?\s*:?\s*`)
	dateTimeTail = regexp.MustCompile(`(?i)(?:,|\bat\b)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$`)
	monthDot     = strings.NewReplacer("Jan.", "Jan", "Feb.", "Feb", "Aug.", "Aug", "Sept.", "Sep", "Sept ", "Sep ",
		"Sep.", "Sep", "Oct.", "Oct", "Nov.", "Nov", "Dec.", "Dec", "Mar.", "Mar", "Apr.", "Apr")
)

// parseDateLine reads a line that holds only a date, possibly with a
// "Published" or "Updated" label and a time of day. The time is dropped:
// the record keeps the day.
func parseDateLine(line string) (time.Time, bool) {
	s := strings.TrimSpace(line)
	if len(s) < 6 || len(s) > 60 {
		return time.Time{}, false
	}
	s = datePrefix.ReplaceAllString(s, "")
	for _, sep := range []string{" | ", " • ", " · "} {
		s, _, _ = strings.Cut(s, sep)
	}
	s = dateTimeTail.ReplaceAllString(s, "")
	s = monthDot.Replace(strings.Trim(s, " ,.\u00a0"))
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
