package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"chronicle"
)

// match is one rule's hit and what resolving it may look at.
type match struct {
	g         []string // the rule's submatches, g[0] the whole core text
	prep      string   // the preposition written before it, lower case: "on", "since" ...
	before    string   // the sentence text before the match
	published time.Time
	past      bool
}

type rule struct {
	name string
	// needs lists words of which a sentence must hold one (lower case) for
	// the rule's expression to be tried: most sentences hold none, and the
	// expressions are slow to run on them.
	needs   []string
	re      *regexp.Regexp
	resolve func(m *match) (chronicle.Date, bool)
}

var (
	// monthNames are looked for case-sensitively, as the expressions do.
	monthNames  = []string{"Jan", "Feb", "March", "Mar.", "April", "Apr.", "May", "June", "Jun.", "July", "Jul.", "Aug", "Sep", "Oct", "Nov", "Dec"}
	digits      = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	unitWords   = []string{"day", "week", "month", "year", "decade", "hour"}
	seasonWords = []string{"spring", "summer", "autumn", "fall", "winter"}
)

// Building blocks. Month names are matched case-sensitively so that the
// verbs "may" and "march" are left alone.
const (
	monthRe   = `(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`
	weekdayRe = `(monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	dayNumRe  = `([0-3]?\d)(?:st|nd|rd|th)?`
	yearRe    = `((?:1[5-9]|20)\d\d)`
	countRe   = `(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|a couple of|several|some)`
	unitRe    = `(day|week|month|year|decade|hour)s?`
	cueRe     = `(?:(last|next|this|early|mid|late|the end of|end of|the start of|the beginning of|the middle of)[\s-]+)?`
)

// prepositions may stand before an expression and are kept in its text.
var prepositions = []string{"as of", "on", "in", "since", "by", "until", "till", "through", "throughout",
	"during", "from", "before", "after", "over", "at", "between", "within", "around"}

func re(pattern string) *regexp.Regexp { return regexp.MustCompile(`(?i)\b` + pattern + `\b`) }

var rules = []rule{
	{"full date", monthNames, re(`()(` + monthRe + `\s+` + dayNumRe + `(?:\s*,\s*|\s+)` + yearRe + `|` + dayNumRe + `\s+` + monthRe + `,?\s+` + yearRe + `)`), absoluteDate},
	{"iso date", digits, re(`(\d{4})-(\d{2})-(\d{2})`), isoDate},
	{"numeric date", []string{"/"}, re(`(\d{1,2}/\d{1,2}/\d{4})`), numericDate},
	{"month day range", monthNames, re(`(` + monthRe + `)\s+` + dayNumRe + `\s*(?:-|–|to|and|through)\s*` + dayNumRe), monthDayRange},
	{"month day", monthNames, re(`()(` + monthRe + `\s+` + dayNumRe + `|` + dayNumRe + `\s+(?:of\s+)?` + monthRe + `)`), monthDay},
	{"month year", monthNames, re(`(?:(early|mid|late)[\s-]+)?(` + monthRe + `),?\s+(?:of\s+)?` + yearRe), monthYear},
	{"month", monthNames, regexp.MustCompile(`(?i)\b` + cueRe + `(` + monthRe + `)`), monthAlone},
	{"year range", digits, re(`(?:between\s+)?` + yearRe + `\s*(?:-|–|to|and|until)\s*((?:1[5-9]|20)?\d\d)`), yearSpan},
	{"year", digits, re(cueRe + `(?:the\s+year\s+)?` + yearRe), yearAlone},
	{"decade", []string{"0s"}, regexp.MustCompile(`(?i)\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:1[5-9]|20)\d)0s\b`), decade},
	{"day word", []string{"today", "tonight", "yesterday", "tomorrow"}, re(`(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+(morning|afternoon|evening|night))?`), dayWord},
	{"this part of day", []string{"morning", "afternoon", "evening", "night"}, re(`(this|last)\s+(morning|afternoon|evening|night)`), partOfDay},
	{"weekday", []string{"day"}, re(`(?:(last|next|this|past|coming)\s+)?` + weekdayRe + `(?:\s+(morning|afternoon|evening|night))?`), weekday},
	{"relative unit", unitWords, re(`(the\s+)?(last|next|this|past|previous|coming|current)\s+(week|month|year|weekend|decade)`), relativeUnit},
	{"the weekend", []string{"weekend"}, re(`the\s+weekend`), func(m *match) (chronicle.Date, bool) { return weekend(midnight(m.published), "this", m.past), true }},
	{"earlier this", []string{"earlier", "later"}, re(`(earlier|later)\s+(this|that|last|next)\s+(week|month|year)`), earlierThis},
	{"part of unit", []string{"early", "late", "mid", "end of", "start of", "beginning of", "middle of"}, re(`(early|late|mid|the end of|end of|the start of|the beginning of|the middle of)[\s-]+(this|last|next)\s+(week|month|year)`), partOfUnit},
	{"ago", unitWords, re(countRe + `\s+` + unitRe + `\s+(ago|earlier|later|before|from now)`), ago},
	{"in n units", unitWords, re(countRe + `\s+` + unitRe), inUnits},
	{"recent", unitWords, re(`(recent|the past few|the last few|the next few|the coming|the past|the last)\s+(days|weeks|months|years|decades)`), recent},
	{"past n units", unitWords, re(`(?:the\s+)?(past|last|previous|next|coming)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)\s+` + unitRe), pastUnits},
	{"recently", []string{"recently", "lately"}, re(`(recently|lately)`), recently},
	{"season", seasonWords, re(`(?:(this|last|next|early|late)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?` + yearRe + `)?`), season},
	{"half or quarter", []string{"half", "quarter"}, re(`(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(half|quarter)(?:\s+of\s+(?:(this|last|next)\s+year|` + yearRe + `))?`), halfOrQuarter},
	{"relational", []string{"day", "week", "month", "year", "morning", "night", "evening", "later", "time"}, re(`(the\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night)|the\s+(?:following|previous|same)\s+(?:week|month|year)|that\s+(?:day|week|month|year|morning|night|evening)|the\s+day\s+(?:before|after)|(?:a|one)\s+(?:day|week|month|year)\s+(?:later|earlier|before)|(?:days|weeks|months|years)\s+later|at\s+the\s+time)`), relational},
}

func (m *match) preference() dps.PreferredDateSource {
	if m.past {
		return dps.Past
	}
	return dps.Future
}

// parseAbsolute asks go-dateparser for a date with the publication date as
// "now" and the tense deciding an omitted year.
func parseAbsolute(text string, m *match, order dps.DateOrder) (time.Time, bool) {
	if order == nil {
		if t, ok := parseWithYear(text); ok {
			return t, true
		}
	}
	return askDateparser(text, m, order)
}

// askDateparser is parseAbsolute without the quick path.
func askDateparser(text string, m *match, order dps.DateOrder) (time.Time, bool) {
	cfg := &dps.Configuration{
		Languages:           []string{"en"},
		CurrentTime:         m.published,
		PreferredDateSource: m.preference(),
		PreferredDayOfMonth: dps.First,
		DateOrder:           order,
	}
	d, err := dps.Parse(cfg, text)
	if err != nil || d.IsZero() {
		return time.Time{}, false
	}
	return d.Time, true
}

// parseWithYear reads the commonest dates quickly, those that name their
// year ("March 3, 2019", "3rd March 2019", "Sept. 2019"): they need neither
// the publication date nor the tense, and go-dateparser is slow. It
// reports false for anything else, invalid days included, which is then
// left to go-dateparser; a test compares the two on every form it takes.
func parseWithYear(text string) (time.Time, bool) {
	fields := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	var monthWord, dayWord, yearWord string
	switch {
	case len(fields) == 2:
		monthWord, yearWord = fields[0], fields[1]
	case len(fields) == 3 && fields[0] != "" && fields[0][0] >= '0' && fields[0][0] <= '9':
		dayWord, monthWord, yearWord = fields[0], fields[1], fields[2]
	case len(fields) == 3:
		monthWord, dayWord, yearWord = fields[0], fields[1], fields[2]
	default:
		return time.Time{}, false
	}
	month, ok := monthSpellings[monthWord]
	if !ok || len(yearWord) != 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(yearWord)
	if err != nil || year < 1500 || year > 2099 {
		return time.Time{}, false
	}
	dayOfMonth := 1 // PreferredDayOfMonth: First
	if dayWord != "" {
		digits := strings.TrimRight(dayWord, "stndrh")
		if suffix := dayWord[len(digits):]; suffix != "" && suffix != ordinalSuffix(digits) {
			return time.Time{}, false
		}
		if len(digits) == 0 || len(digits) > 2 || digits[0] == '0' {
			return time.Time{}, false
		}
		if dayOfMonth, err = strconv.Atoi(digits); err != nil || dayOfMonth < 1 {
			return time.Time{}, false
		}
	}
	t := time.Date(year, month, dayOfMonth, 0, 0, 0, 0, time.UTC)
	if t.Day() != dayOfMonth { // "February 30" rolled over
		return time.Time{}, false
	}
	return t, true
}

// ordinalSuffix is the English suffix of day number n: "st" for "1", "th" for "11".
func ordinalSuffix(n string) string {
	switch {
	case len(n) == 2 && n[0] == '1':
		return "th"
	case strings.HasSuffix(n, "1"):
		return "st"
	case strings.HasSuffix(n, "2"):
		return "nd"
	case strings.HasSuffix(n, "3"):
		return "rd"
	}
	return "th"
}

// monthSpellings are the month names monthRe takes, as it takes them
// (case-sensitively).
var monthSpellings = map[string]time.Month{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
	"September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sept.": 9, "Sep.": 9,
	"Oct.": 10, "Nov.": 11, "Dec.": 12,
}

func absoluteDate(m *match) (chronicle.Date, bool) {
	t, ok := parseAbsolute(m.g[2], m, nil)
	if !ok {
		return chronicle.Date{}, false
	}
	return m.since(day(t, chronicle.Exact), t)
}

func isoDate(m *match) (chronicle.Date, bool) {
	t, err := time.Parse(dayLayout, m.g[0])
	if err != nil {
		return chronicle.Date{}, false
	}
	return m.since(day(t, chronicle.Exact), t)
}

func numericDate(m *match) (chronicle.Date, bool) {
	t, ok := parseAbsolute(m.g[1], m, dps.MDY) // US order, as English-language wires write it
	if !ok {
		return chronicle.Date{}, false
	}
	return day(t, chronicle.Exact), true
}

func monthDayRange(m *match) (chronicle.Date, bool) {
	from, ok := parseAbsolute(m.g[1]+" "+m.g[2], m, nil)
	d2, err := strconv.Atoi(m.g[3])
	if !ok || err != nil || d2 <= from.Day() || d2 > 31 {
		return chronicle.Date{}, false
	}
	to := time.Date(from.Year(), from.Month(), d2, 0, 0, 0, 0, time.UTC)
	return dayRange(from, to, chronicle.Range), true
}

func monthDay(m *match) (chronicle.Date, bool) {
	t, ok := parseAbsolute(strings.Replace(m.g[2], " of ", " ", 1), m, nil)
	if !ok {
		return chronicle.Date{}, false
	}
	// A date a few days after publication is that date even in a clause
	// read as past ("the law, which took effect on April 14"): a story
	// rarely names a day a year back without its year.
	if next := t.AddDate(1, 0, 0); m.past && next.After(m.published) && next.Before(m.published.AddDate(0, 0, nearFutureDays)) {
		t = next
	}
	return m.since(day(t, chronicle.Exact), t)
}

// nearFutureDays is how far after publication a year-less date is taken to
// be this year's whatever the tense.
const nearFutureDays = 7

func monthYear(m *match) (chronicle.Date, bool) {
	t, ok := parseAbsolute(m.g[2]+" "+m.g[3], m, nil)
	if !ok {
		return chronicle.Date{}, false
	}
	precision := chronicle.Exact
	if m.g[1] != "" {
		precision = chronicle.Approximate
	}
	return m.since(month(t, precision), t)
}

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(name string) time.Month { return monthNumbers[strings.ToLower(name[:3])] }

// monthAlone resolves "in March", "last March", "mid-March": only with a cue
// or a preposition, since a bare "May" is as often a name.
func monthAlone(m *match) (chronicle.Date, bool) {
	cue := strings.ToLower(m.g[1])
	if cue == "" && m.prep == "" {
		return chronicle.Date{}, false
	}
	mo := monthOf(m.g[2])
	pub := m.published
	y := pub.Year()
	switch {
	case cue == "last":
		if mo >= pub.Month() {
			y--
		}
	case cue == "next":
		if mo <= pub.Month() {
			y++
		}
	case cue == "this":
	case m.past && mo > pub.Month():
		y--
	case !m.past && mo < pub.Month():
		y++
	}
	t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	precision := chronicle.Exact
	if cue != "" && cue != "last" && cue != "next" && cue != "this" {
		precision = chronicle.Approximate
	}
	return m.since(month(t, precision), t)
}

func yearAlone(m *match) (chronicle.Date, bool) {
	cue := strings.ToLower(m.g[1])
	if cue == "last" || cue == "next" || cue == "this" {
		return chronicle.Date{}, false // "last 2014" is not English; leave it
	}
	if cue == "" && m.prep == "" && !strings.Contains(strings.ToLower(m.g[0]), "year") {
		return chronicle.Date{}, false // a bare number: "2014 people"
	}
	y, _ := strconv.Atoi(m.g[2])
	precision := chronicle.Exact
	if cue != "" {
		precision = chronicle.Approximate
	}
	t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return m.since(year(t, precision), t)
}

func yearSpan(m *match) (chronicle.Date, bool) {
	from, _ := strconv.Atoi(m.g[1])
	to, _ := strconv.Atoi(m.g[2])
	if to < 100 { // "2014-16"
		to += from / 100 * 100
	}
	dash := !strings.ContainsAny(m.g[0], " ") || strings.ContainsAny(m.g[0], "-–")
	if to <= from || to-from > 100 || !dash && m.prep != "from" && !strings.HasPrefix(strings.ToLower(m.g[0]), "between") {
		return chronicle.Date{}, false
	}
	return yearRange(from, to, chronicle.Range), true
}

func decade(m *match) (chronicle.Date, bool) {
	start, _ := strconv.Atoi(m.g[2] + "0")
	from, to := start, start+9
	switch strings.ToLower(m.g[1]) {
	case "early":
		to = start + 3
	case "mid":
		from, to = start+3, start+6
	case "late":
		from = start + 6
	}
	return yearRange(from, to, chronicle.Range), true
}

func dayWord(m *match) (chronicle.Date, bool) {
	offset := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
		"the day before yesterday": -2, "the day after tomorrow": 2}[strings.ToLower(strings.Join(strings.Fields(m.g[1]), " "))]
	return day(midnight(m.published).AddDate(0, 0, offset), chronicle.Exact), true
}

func partOfDay(m *match) (chronicle.Date, bool) {
	t := midnight(m.published)
	if strings.EqualFold(m.g[1], "last") {
		t = t.AddDate(0, 0, -1) // "last night": the evening before publication
	}
	return day(t, chronicle.Exact), true
}

// holidays name days after a weekday: "Good Friday" is no Friday of this week.
var holidays = map[string]bool{"good": true, "black": true, "cyber": true, "super": true, "bloody": true,
	"ash": true, "holy": true, "maundy": true, "palm": true, "easter": true, "shrove": true, "giving": true}

var weekdays = map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

func weekday(m *match) (chronicle.Date, bool) {
	if f := strings.Fields(m.before); len(f) > 0 && holidays[strings.ToLower(f[len(f)-1])] {
		return chronicle.Date{}, false
	}
	wd := weekdays[strings.ToLower(m.g[2])]
	past := m.past
	strict := false
	switch strings.ToLower(m.g[1]) {
	case "last", "past":
		past, strict = true, true
	case "next", "coming":
		past, strict = false, true
	}
	return day(weekdayFrom(m.published, wd, past, strict), chronicle.Exact), true
}

func relativeUnit(m *match) (chronicle.Date, bool) {
	the := m.g[1] != ""
	which := strings.ToLower(m.g[2])
	unit := strings.ToLower(m.g[3])
	pub := midnight(m.published)
	step := map[string]int{"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[which]
	// "the past week", "the last month": the span up to publication;
	// "the next week", "the coming month" in future talk: the span after it.
	if the && (which == "past" || which == "last") || which == "past" {
		return spanBack(pub, unit, 1)
	}
	if the && (which == "next" || which == "coming") {
		if m.past {
			return unresolved(m.published), true // "the next week, talks collapsed"
		}
		return spanAhead(pub, unit, 1)
	}
	if the && which == "previous" {
		return unresolved(m.published), true
	}
	switch unit {
	case "week":
		return week(pub.AddDate(0, 0, 7*step), chronicle.Exact), true
	case "month":
		return month(startOfMonth(pub).AddDate(0, step, 0), chronicle.Exact), true
	case "year":
		return year(pub.AddDate(step, 0, 0), chronicle.Exact), true
	case "decade":
		return spanBack(pub, unit, 1)
	case "weekend":
		return weekend(pub, which, m.past), true
	}
	return chronicle.Date{}, false
}

// weekend is the Saturday and Sunday meant by "last/this/next weekend".
func weekend(pub time.Time, which string, past bool) chronicle.Date {
	var sat time.Time
	switch {
	case which == "last" || which == "previous" || which == "past" || which == "this" && past:
		sat = weekdayFrom(pub, time.Saturday, true, which != "this")
		if which == "this" && pub.Weekday() == time.Sunday {
			sat = pub.AddDate(0, 0, -1)
		}
	default:
		sat = weekdayFrom(pub, time.Saturday, false, which == "next")
	}
	return dayRange(sat, sat.AddDate(0, 0, 1), chronicle.Range)
}

func spanBack(pub time.Time, unit string, n int) (chronicle.Date, bool) {
	switch unit {
	case "hour":
		return dayRange(pub.AddDate(0, 0, -1), pub, chronicle.Range), true
	case "day":
		return dayRange(pub.AddDate(0, 0, -n), pub, chronicle.Range), true
	case "week":
		return dayRange(pub.AddDate(0, 0, -7*n), pub, chronicle.Range), true
	case "month":
		if n > 2 {
			return monthRange(pub.AddDate(0, -n, 0), pub, chronicle.Range), true
		}
		return dayRange(pub.AddDate(0, -n, 0), pub, chronicle.Range), true
	case "year":
		if n > 1 {
			return yearRange(pub.Year()-n, pub.Year(), chronicle.Range), true
		}
		return dayRange(pub.AddDate(-n, 0, 0), pub, chronicle.Range), true
	case "decade":
		return yearRange(pub.Year()-10*n, pub.Year(), chronicle.Range), true
	}
	return chronicle.Date{}, false
}

func spanAhead(pub time.Time, unit string, n int) (chronicle.Date, bool) {
	switch unit {
	case "hour":
		return dayRange(pub, pub.AddDate(0, 0, 1), chronicle.Range), true
	case "day":
		return dayRange(pub, pub.AddDate(0, 0, n), chronicle.Range), true
	case "week":
		return dayRange(pub, pub.AddDate(0, 0, 7*n), chronicle.Range), true
	case "month":
		return dayRange(pub, pub.AddDate(0, n, 0), chronicle.Range), true
	case "year":
		return dayRange(pub, pub.AddDate(n, 0, 0), chronicle.Range), true
	case "decade":
		return yearRange(pub.Year(), pub.Year()+10*n, chronicle.Range), true
	}
	return chronicle.Date{}, false
}

// periodOf returns the first and last day of the week, month or year that
// holds t.
func periodOf(t time.Time, unit string) (time.Time, time.Time) {
	switch unit {
	case "week":
		s := startOfWeek(t)
		return s, s.AddDate(0, 0, 6)
	case "month":
		s := startOfMonth(t)
		return s, s.AddDate(0, 1, -1)
	default:
		s := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(1, 0, -1)
	}
}

func shift(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return startOfMonth(t).AddDate(0, n, 0)
	default:
		return t.AddDate(n, 0, 0)
	}
}

func earlierThis(m *match) (chronicle.Date, bool) {
	which := strings.ToLower(m.g[2])
	unit := strings.ToLower(m.g[3])
	pub := midnight(m.published)
	if which == "that" {
		return unresolved(m.published), true
	}
	t := shift(pub, unit, map[string]int{"last": -1, "next": 1}[which])
	from, to := periodOf(t, unit)
	if which == "this" {
		if strings.EqualFold(m.g[1], "earlier") {
			to = pub
		} else {
			from = pub
		}
	}
	return dayRange(from, to, chronicle.Range), true
}

func partOfUnit(m *match) (chronicle.Date, bool) {
	part := strings.ToLower(strings.TrimPrefix(strings.ToLower(m.g[1]), "the "))
	which := strings.ToLower(m.g[2])
	unit := strings.ToLower(m.g[3])
	t := shift(midnight(m.published), unit, map[string]int{"last": -1, "next": 1}[which])
	from, to := periodOf(t, unit)
	if unit == "year" { // thirds of a year: January-April, May-August, September-December
		switch part {
		case "early", "start of", "beginning of":
			to = from.AddDate(0, 4, -1)
		case "late", "end of":
			from = from.AddDate(0, 8, 0)
		case "mid", "middle of":
			from, to = from.AddDate(0, 4, 0), from.AddDate(0, 8, -1)
		}
		return monthRange(from, to, chronicle.Approximate), true
	}
	days := int(to.Sub(from).Hours()/24) + 1
	switch part {
	case "early", "start of", "beginning of":
		to = from.AddDate(0, 0, days/3)
	case "late", "end of":
		from = to.AddDate(0, 0, -days/3)
	case "mid", "middle of":
		from, to = from.AddDate(0, 0, days/3), from.AddDate(0, 0, 2*days/3)
	}
	return dayRange(from, to, chronicle.Approximate), true
}

// count reads a number of units; vague counts ("a few", "several") give 3.
func count(s string) (n int, vague bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if v, err := strconv.Atoi(s); err == nil {
		return v, false
	}
	words := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
	if v, ok := words[s]; ok {
		return v, false
	}
	return 3, true // a few, a couple of, several, some
}

func ago(m *match) (chronicle.Date, bool) {
	n, vague := count(m.g[1])
	unit := strings.ToLower(m.g[2])
	switch strings.ToLower(m.g[3]) {
	case "earlier", "later", "before":
		return unresolved(m.published), true // relative to another event
	case "from now":
		return offset(m.published, unit, n, vague)
	}
	return offset(m.published, unit, -n, vague)
}

// inUnits reads "in two weeks", "within three days" (future); without such a
// preposition the words are a duration ("for two weeks") and no date.
func inUnits(m *match) (chronicle.Date, bool) {
	n, vague := count(m.g[1])
	unit := strings.ToLower(m.g[2])
	switch m.prep {
	case "in":
		if m.past || superlativeBefore(m.before) {
			return chronicle.Date{}, false // "in two years of war", "the first time in 25 years"
		}
		return offset(m.published, unit, n, vague)
	case "within":
		if m.past {
			return chronicle.Date{}, false // "died within an hour": relative to another event
		}
		return spanAhead(midnight(m.published), unit, n)
	}
	return chronicle.Date{}, false
}

// superlativeBefore reports whether the words just before end a phrase like
// "the first time", "the highest level", after which "in 25 years" is a
// span looked back over, not a date ahead.
func superlativeBefore(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	for i := max(0, len(words)-6); i < len(words); i++ {
		w := words[i]
		if w == "first" || w == "time" || w == "ever" || strings.HasSuffix(w, "est") && len(w) > 4 {
			return true
		}
	}
	return false
}

// offset is the day, month or year n units from publication.
func offset(pub time.Time, unit string, n int, vague bool) (chronicle.Date, bool) {
	pub = midnight(pub)
	precision := chronicle.Approximate
	switch unit {
	case "hour":
		return day(pub, chronicle.Approximate), true
	case "day":
		if !vague {
			precision = chronicle.Exact
		}
		return day(pub.AddDate(0, 0, n), precision), true
	case "week":
		return day(pub.AddDate(0, 0, 7*n), chronicle.Approximate), true
	case "month":
		return month(startOfMonth(pub).AddDate(0, n, 0), chronicle.Approximate), true
	case "year":
		return year(pub.AddDate(n, 0, 0), chronicle.Approximate), true
	case "decade":
		return year(pub.AddDate(10*n, 0, 0), chronicle.Approximate), true
	}
	return chronicle.Date{}, false
}

func recent(m *match) (chronicle.Date, bool) {
	which := strings.ToLower(m.g[1])
	unit := strings.TrimSuffix(strings.ToLower(m.g[2]), "s")
	pub := midnight(m.published)
	ahead := strings.Contains(which, "next") || strings.Contains(which, "coming")
	if which == "the past" || which == "the last" {
		return chronicle.Date{}, false // "the past days" is rare; "the last days of" is not a date
	}
	spans := map[string]int{"day": 7, "week": 28, "month": 180, "year": 5 * 365, "decade": 30 * 365}
	from, to := pub.AddDate(0, 0, -spans[unit]), pub
	if ahead {
		from, to = pub, pub.AddDate(0, 0, spans[unit])
	}
	d := dayRange(from, to, chronicle.Approximate)
	switch unit {
	case "month":
		d = monthRange(from, to, chronicle.Approximate)
	case "year", "decade":
		d = yearRange(from.Year(), to.Year(), chronicle.Approximate)
	}
	return d, true
}

func pastUnits(m *match) (chronicle.Date, bool) {
	n, _ := count(m.g[2])
	unit := strings.ToLower(m.g[3])
	switch strings.ToLower(m.g[1]) {
	case "next", "coming":
		return spanAhead(midnight(m.published), unit, n)
	}
	return spanBack(midnight(m.published), unit, n)
}

func recently(m *match) (chronicle.Date, bool) {
	pub := midnight(m.published)
	return dayRange(pub.AddDate(0, 0, -30), pub, chronicle.Approximate), true
}

var seasonStart = map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// season resolves "last summer", "in the spring of 2014" (northern
// hemisphere), only with a cue, a year or a preposition ("fall" is a verb).
func season(m *match) (chronicle.Date, bool) {
	cue := strings.ToLower(m.g[1])
	name := strings.ToLower(m.g[2])
	if cue == "" && m.g[3] == "" && m.prep == "" {
		return chronicle.Date{}, false
	}
	if name == "fall" && cue == "" && m.g[3] == "" && !strings.Contains(strings.ToLower(m.g[0]), "the") {
		return chronicle.Date{}, false
	}
	pub := midnight(m.published)
	startOf := func(y int) time.Time { return time.Date(y, seasonStart[name], 1, 0, 0, 0, 0, time.UTC) }
	y := pub.Year()
	if m.g[3] != "" {
		y, _ = strconv.Atoi(m.g[3])
	} else {
		switch {
		case cue == "last":
			for y = pub.Year(); !startOf(y).AddDate(0, 3, 0).Before(pub); y-- {
			}
		case cue == "next":
			for y = pub.Year(); !startOf(y).After(pub); y++ {
			}
		case cue == "this":
		case m.past:
			for y = pub.Year(); startOf(y).After(pub); y-- {
			}
		default:
			for y = pub.Year(); startOf(y).AddDate(0, 3, 0).Before(pub); y++ {
			}
		}
	}
	from := startOf(y)
	precision := chronicle.Approximate
	return monthRange(from, from.AddDate(0, 2, 0), precision), true
}

var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

// halfOrQuarter resolves "the first quarter of 2024", "the second half of
// this year", and, without a year, the most recent (past) or next (future)
// such period.
func halfOrQuarter(m *match) (chronicle.Date, bool) {
	months := 3
	if strings.EqualFold(m.g[2], "half") {
		months = 6
	}
	n, ok := ordinals[strings.ToLower(m.g[1])]
	if !ok { // "final", "last"
		n = 12 / months
	}
	if n > 12/months {
		return chronicle.Date{}, false
	}
	pub := m.published
	y := pub.Year()
	switch {
	case m.g[4] != "":
		y, _ = strconv.Atoi(m.g[4])
	case strings.EqualFold(m.g[3], "last"):
		y--
	case strings.EqualFold(m.g[3], "next"):
		y++
	case m.g[3] != "":
	default:
		if !strings.HasPrefix(strings.ToLower(m.g[0]), "the") {
			return chronicle.Date{}, false // "first half" alone is often a match's
		}
		start := time.Date(y, time.Month((n-1)*months+1), 1, 0, 0, 0, 0, time.UTC)
		if m.past && start.After(pub) {
			y--
		} else if !m.past && start.AddDate(0, months, 0).Before(pub) {
			y++
		}
	}
	from := time.Date(y, time.Month((n-1)*months+1), 1, 0, 0, 0, 0, time.UTC)
	return monthRange(from, from.AddDate(0, months-1, 0), chronicle.Range), true
}

func relational(m *match) (chronicle.Date, bool) { return unresolved(m.published), true }

// since turns "since 2014" into the range from then to publication and marks
// "before"/"after" dates approximate.
func (m *match) since(d chronicle.Date, _ time.Time) (chronicle.Date, bool) {
	switch m.prep {
	case "since":
		layout := map[string]string{chronicle.Day: dayLayout, chronicle.Month: monthLayout, chronicle.Year: yearLayout}[d.Granularity]
		return chronicle.Date{Value: d.Value, End: chronicle.NullString(m.published.Format(layout)),
			Granularity: d.Granularity, Precision: chronicle.Range}, true
	case "before", "after", "around":
		d.Precision = chronicle.Approximate
	}
	return d, true
}
