package timex

import (
	"strconv"
	"testing"
	"time"
)

// checkQuickPath fails the test unless, wherever the quick path reads text,
// go-dateparser gives the same day, whatever the publication date and
// tense. It reports whether the quick path read it.
func checkQuickPath(t *testing.T, text string) bool {
	t.Helper()
	quick, ok := parseWithYear(text)
	if !ok {
		return false
	}
	for _, published := range []time.Time{friday, time.Date(2019, 12, 31, 23, 0, 0, 0, time.UTC)} {
		for _, past := range []bool{true, false} {
			slow, slowOK := askDateparser(text, &match{published: published, past: past}, nil)
			if !slowOK || slow.Format(dayLayout) != quick.Format(dayLayout) {
				t.Fatalf("%q (published %v, past %v): quick path %s, go-dateparser %s %v",
					text, published, past, quick.Format(dayLayout), slow.Format(dayLayout), slowOK)
			}
		}
	}
	return true
}

// TestQuickDatesAgree runs the quick path and go-dateparser over the forms
// the date rules hand over: every month spelling, day numbers with and
// without (right or wrong) suffixes, the separators the rules allow.
func TestQuickDatesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("go-dateparser is slow")
	}
	quick := 0
	for spelling := range monthSpellings {
		for _, year := range []string{"1500", "2024", "2099"} {
			if checkQuickPath(t, spelling+" "+year) {
				quick++
			}
			for dayNum := 0; dayNum <= 32; dayNum++ {
				n := strconv.Itoa(dayNum)
				days := []string{n}
				if dayNum%7 == 1 || dayNum >= 28 { // suffixes and padding on a sample
					days = append(days, n+ordinalSuffix(n), n+"th", n+"st", "0"+n)
				}
				for _, d := range days {
					for _, text := range []string{spelling + " " + d + ", " + year, spelling + " " + d + " " + year,
						spelling + " " + d + "," + year, d + " " + spelling + " " + year, d + " " + spelling + ", " + year} {
						if checkQuickPath(t, text) {
							quick++
						}
					}
				}
			}
		}
	}
	t.Logf("%d forms read by the quick path", quick)
	if quick < 15000 {
		t.Fatalf("the quick path took only %d forms", quick)
	}
}

// FuzzQuickDates compares the quick path with go-dateparser on any text.
func FuzzQuickDates(f *testing.F) {
	for _, s := range []string{"March 3, 2019", "3rd March 2019", "Sept. 2019", "February 29, 2023", "May 1st, 1999", "31 Dec., 2099"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkQuickPath(t, text) })
}
