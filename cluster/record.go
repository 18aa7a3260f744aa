package cluster

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"

	"chronicle"
)

// FromRecord returns one Mention per event of rec, in the record's order.
func FromRecord(rec chronicle.Record) []Mention {
	actors := map[string]chronicle.Actor{}
	for _, a := range rec.Actors {
		actors[a.ID] = a
	}
	parties := func(ps []chronicle.Participant) []Party {
		var out []Party
		for _, p := range ps {
			a, ok := actors[p.Actor]
			if !ok {
				a = chronicle.Actor{Name: p.Text}
			}
			out = append(out, Party{Actor: ActorKey(a), Country: string(a.Country), Person: personKey(a)})
		}
		return out
	}
	source := SourceKey(rec)
	out := make([]Mention, 0, len(rec.Events))
	for i, ev := range rec.Events {
		m := Mention{
			ID:         MentionID(rec.ID, ev, i),
			Article:    rec.ID,
			Source:     source,
			Published:  rec.Published,
			Position:   i,
			Type:       ev.Type,
			Negated:    ev.Negated,
			Irrealis:   irrealis(ev.Modality),
			Bucket:     DateBucket(ev.Date, rec.Published, rec.ID),
			Actors:     parties(ev.Actor),
			Recipients: parties(ev.Recipient),
		}
		if l := ev.Location; l != nil {
			m.Place = &Place{Country: l.Country, Lat: l.Lat, Lon: l.Lon, Precision: l.Precision}
		}
		out = append(out, m)
	}
	return out
}

// MentionID names the i-th event of an article across the store.
func MentionID(article string, ev chronicle.Event, i int) string {
	if ev.ID != "" {
		return article + "#" + ev.ID
	}
	return fmt.Sprintf("%s#%d", article, i)
}

func irrealis(modality string) bool {
	switch modality {
	case chronicle.Intended, chronicle.Threatened, chronicle.Conditional, chronicle.Hypothetical:
		return true
	}
	return false
}

// DateBucket is the date part of a mention's block: the day for day dates
// (and for unresolved ones, which fall back to the publication day), the ISO
// week, the month, the year, or the range. Reports with no date at all never
// merge across articles.
func DateBucket(d *chronicle.Date, published, article string) string {
	if d == nil || d.Precision == chronicle.Unresolved || d.Value == "" {
		if day, ok := parseDay(published); ok {
			return day.Format(time.DateOnly)
		}
		return "undated:" + article
	}
	if d.Precision == chronicle.Range && d.End != "" {
		return d.Value + ".." + string(d.End)
	}
	switch {
	case (d.Granularity == chronicle.Year || len(d.Value) == 4) && validPrefix(d.Value, "2006"):
		return d.Value[:4]
	case (d.Granularity == chronicle.Month || len(d.Value) == 7) && validPrefix(d.Value, "2006-01"):
		return d.Value[:7]
	}
	day, ok := parseDay(d.Value)
	if !ok {
		return "undated:" + article
	}
	if d.Granularity == chronicle.Week {
		y, w := day.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return day.Format(time.DateOnly)
}

func validPrefix(s, layout string) bool {
	if len(s) < len(layout) {
		return false
	}
	_, err := time.Parse(layout, s[:len(layout)])
	return err == nil
}

func parseDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	return t, err == nil
}

// SourceKey is what counts as one source when counting the sources of an
// event: the outlet, else the URL's host, else the article itself.
func SourceKey(rec chronicle.Record) string {
	if o := strings.ToLower(strings.TrimSpace(rec.Outlet)); o != "" {
		return o
	}
	if u, err := url.Parse(rec.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "article:" + rec.ID
}

// ActorKey is an actor's id across the store: its knowledge-base id when it
// has one, else its country and name. It is safe in a URL path.
func ActorKey(a chronicle.Actor) string {
	if a.KB != "" {
		return "kb-" + slug(string(a.KB))
	}
	country := strings.ToLower(string(a.Country))
	if country == "" {
		country = "xx"
	}
	name := slug(a.Name)
	if name == "" {
		name = "unknown"
	}
	return country + "-" + name
}

// personKey identifies a person across articles: the kb id, else the
// surname, since articles vary first names and titles ("Putin", "Vladimir
// Putin", "President Vladimir Putin").
func personKey(a chronicle.Actor) string {
	if a.Type != chronicle.ActorPerson {
		return ""
	}
	if a.KB != "" {
		return "kb:" + string(a.KB)
	}
	words := strings.Fields(slugWords(a.Name))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

func slug(s string) string {
	w := []rune(strings.Join(strings.Fields(slugWords(s)), "-"))
	if len(w) > 80 {
		w = w[:80]
	}
	return strings.TrimRight(string(w), "-")
}

// slugWords lower-cases s and turns everything but letters and digits into
// spaces.
func slugWords(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
}
