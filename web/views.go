package web

import (
	"cmp"
	"slices"
	"strings"

	"chronicle"
	"chronicle/sqlite"
)

// party is an event participant as a page shows it.
type party struct {
	ID, Name, Text, Country string
}

// eventView is an event flattened for the templates.
type eventView struct {
	ID, Type, Mode, Modality, Tense, CAMEO string
	Negated                                bool
	Date, DateEnd, DatePrecision, DateText string
	Actors, Recipients                     []party
	Trigger                                string
	Place, PlaceCountry, PlacePrecision    string
	Attribution                            string
	Sources, Mentions                      int
	FirstReported                          string
	Confidence                             float64
	Contexts                               []string
	Color                                  string
}

func viewEvent(ev sqlite.Event) eventView {
	v := eventView{ID: ev.ID, Type: ev.Type, Mode: string(ev.Mode), Modality: ev.Modality, Tense: ev.Tense,
		CAMEO: ev.CAMEO, Negated: ev.Negated, Trigger: visible(ev.Trigger.Text), Sources: ev.Sources,
		Mentions: ev.MentionCount, FirstReported: ev.FirstReported, Confidence: ev.Confidence,
		Contexts: ev.Contexts, Color: typeColor(ev.Type)}
	if ev.Date != nil {
		v.Date, v.DateEnd, v.DatePrecision, v.DateText = ev.Date.Value, string(ev.Date.End), ev.Date.Precision, ev.Date.Text
	}
	if ev.Location != nil {
		v.Place, v.PlaceCountry, v.PlacePrecision = visible(ev.Location.Name), visible(ev.Location.Country), ev.Location.Precision
	}
	if ev.Attribution != nil {
		v.Attribution = visible(ev.Attribution.Text)
	}
	actors := map[string]chronicle.Actor{}
	for _, a := range ev.Actors {
		actors[a.ID] = a
	}
	toParties := func(ps []chronicle.Participant) []party {
		var out []party
		for _, p := range ps {
			a := actors[p.Actor]
			pv := party{ID: p.Actor, Name: visible(cmp.Or(a.Name, p.Text)), Text: visible(p.Text), Country: visible(string(a.Country))}
			out = append(out, pv)
		}
		return out
	}
	v.Actors, v.Recipients = toParties(ev.Actor), toParties(ev.Recipient)
	return v
}

// involves reports whether side (a country code or an actor id) is among ps.
func involves(ps []party, side string) bool {
	return slices.ContainsFunc(ps, func(p party) bool { return p.ID == side || strings.EqualFold(p.Country, side) })
}

// segment is a run of article text, inside a reporting sentence or its
// trigger or neither.
type segment struct {
	Text     string
	Sentence bool
	Trigger  bool
	First    bool // the first segment of a reporting sentence, which gets the anchor
}

// spanSet is a list of valid byte spans into one text.
type spanSet []chronicle.Span

// validSpan keeps a span only if it lies within text on rune boundaries:
// offsets come from the store, but a page must not cut a character in two.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return runeStart(text, start) && (end == len(text) || runeStart(text, end))
}

func runeStart(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }

// maxArticleBytes is how much article text an evidence page shows whole;
// longer articles are shown around their reporting sentences.
const maxArticleBytes = 12000

const contextBytes = 1200

// highlight cuts text into segments marking the reporting sentences and the
// triggers. Long texts are cut to windows around the sentences, joined by
// "…" segments.
func highlight(text string, sentences, triggers spanSet) []segment {
	type boundary struct {
		at   int
		kind byte // 's' sentence, 't' trigger
		open bool
	}
	var bs []boundary
	for _, sp := range sentences {
		bs = append(bs, boundary{sp.Start, 's', true}, boundary{sp.End, 's', false})
	}
	for _, sp := range triggers {
		bs = append(bs, boundary{sp.Start, 't', true}, boundary{sp.End, 't', false})
	}
	cuts := []int{0, len(text)}
	for _, b := range bs {
		cuts = append(cuts, b.at)
	}
	window := func(int) bool { return true }
	if len(text) > maxArticleBytes && len(sentences) > 0 {
		var shown spanSet
		for _, sp := range sentences {
			lo, hi := max(0, sp.Start-contextBytes), min(len(text), sp.End+contextBytes)
			for lo > 0 && !runeStart(text, lo) {
				lo--
			}
			for hi < len(text) && !runeStart(text, hi) {
				hi++
			}
			shown = append(shown, chronicle.Span{Start: lo, End: hi})
			cuts = append(cuts, lo, hi)
		}
		window = func(i int) bool {
			return slices.ContainsFunc(shown, func(sp chronicle.Span) bool { return i >= sp.Start && i < sp.End })
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	hidden := false
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if !window(lo) {
			if !hidden {
				out = append(out, segment{Text: " … "})
				hidden = true
			}
			continue
		}
		hidden = false
		seg := segment{Text: text[lo:hi]}
		blank := strings.TrimSpace(seg.Text) == ""
		for _, sp := range sentences {
			if lo >= sp.Start && hi <= sp.End && !blank {
				seg.Sentence, seg.First = true, lo == sp.Start
			}
		}
		for _, sp := range triggers {
			if lo >= sp.Start && hi <= sp.End {
				seg.Trigger = true
			}
		}
		out = append(out, seg)
	}
	return out
}

// reportView is one article that reports an event, with its text and the
// sentences that report it highlighted.
type reportView struct {
	Article, Title, URL, Outlet, Published string
	Modality, Attribution                  string
	Sentences                              []string
	Segments                               []segment
}

// viewReports groups an event's mentions by article and highlights them in
// each article's text (from article, which may fail; the sentences alone are
// shown then).
func viewReports(mentions []sqlite.MentionRef, article func(id string) (string, error)) []reportView {
	var out []reportView
	index := map[string]int{}
	sentences := map[string]spanSet{}
	triggers := map[string]spanSet{}
	for _, m := range mentions {
		i, ok := index[m.Article]
		if !ok {
			i = len(out)
			index[m.Article] = i
			rv := reportView{Article: m.Article, Title: visible(m.Title), URL: m.URL, Outlet: visible(m.Outlet), Published: m.Published, Modality: m.Modality}
			if m.Attribution != nil {
				rv.Attribution = visible(m.Attribution.Text)
			}
			out = append(out, rv)
		}
		out[i].Sentences = append(out[i].Sentences, m.Text)
		sentences[m.Article] = append(sentences[m.Article], chronicle.Span{Start: m.Start, End: m.End})
		if m.Trigger != nil {
			triggers[m.Article] = append(triggers[m.Article], chronicle.Span{Start: m.Trigger.Start, End: m.Trigger.End})
		}
	}
	for i := range out {
		text, err := article(out[i].Article)
		if err != nil {
			continue
		}
		var ss, ts spanSet
		for _, sp := range sentences[out[i].Article] {
			if validSpan(text, sp.Start, sp.End) {
				ss = append(ss, sp)
			}
		}
		for _, sp := range triggers[out[i].Article] {
			if validSpan(text, sp.Start, sp.End) {
				ts = append(ts, sp)
			}
		}
		if len(ss) > 0 {
			out[i].Segments = highlight(text, ss, ts)
		}
	}
	return out
}
