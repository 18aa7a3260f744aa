package web

import (
	"fmt"
	"time"

	"chronicle"
	"chronicle/sqlite"
)

// dyadTimeline lays a dyad's events out on one time axis, a row per type
// (in sqlite.DyadTypes order) so demands, offers, threats and strikes line
// up; events by A sit above each row's line, events by B below, and the
// marker's shape says the modality.
type dyadTimeline struct {
	Width, Height, Left, Right float64
	Rows                       []dyadRow
	Marks                      []dyadMark
	Ticks                      []tick
	Empty                      bool
}

type dyadRow struct {
	Y     float64
	Label string
	Color string
}

type dyadMark struct {
	X, Y     float64
	Shape    string // circle, ring, diamond, cross
	Color    string
	FromA    bool
	Label    string
	Href     string
	Modality string
}

const dyadRowHeight = 34

// modalityShape is how a marker shows whether the event happened: filled
// for asserted, a ring for alleged, a diamond for threatened, intended,
// conditional or hypothetical, a cross for denied or negated.
func modalityShape(ev eventView) string {
	switch {
	case ev.Negated || ev.Modality == chronicle.Denied:
		return "cross"
	case ev.Modality == chronicle.Alleged:
		return "ring"
	case ev.Modality == chronicle.Asserted || ev.Modality == "":
		return "circle"
	}
	return "diamond"
}

func buildDyadTimeline(events []eventView, a string) dyadTimeline {
	t := dyadTimeline{Width: 960, Left: 100, Right: 940}
	t.Height = float64(len(sqlite.DyadTypes))*dyadRowHeight + 40
	rowOf := map[string]int{}
	for i, typ := range sqlite.DyadTypes {
		rowOf[typ] = i
		t.Rows = append(t.Rows, dyadRow{Y: 20 + float64(i)*dyadRowHeight + dyadRowHeight/2, Label: typ, Color: typeColor(typ)})
	}
	var first, last time.Time
	dates := make([]time.Time, len(events))
	for i, ev := range events {
		d, err := time.Parse(time.DateOnly, chronicle.FirstDay(ev.Date))
		if err != nil {
			continue
		}
		dates[i] = d
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if first.IsZero() {
		t.Empty = true
		return t
	}
	span := last.Sub(first).Hours() / 24
	if span < 1 {
		span = 1
		first = first.AddDate(0, 0, -1)
		span = 2
	}
	x := func(d time.Time) float64 { return t.Left + (t.Right-t.Left)*(d.Sub(first).Hours()/24)/span }
	for i, ev := range events {
		row, ok := rowOf[ev.Type]
		if !ok || dates[i].IsZero() {
			continue
		}
		fromA := involves(ev.Actors, a)
		y := t.Rows[row].Y + 7
		if fromA {
			y = t.Rows[row].Y - 7
		}
		who := func(ps []party) string {
			if len(ps) == 0 {
				return "?"
			}
			return ps[0].Name
		}
		t.Marks = append(t.Marks, dyadMark{X: x(dates[i]), Y: y, Shape: modalityShape(ev), Color: typeColor(ev.Type), FromA: fromA,
			Modality: ev.Modality, Href: "/events/" + pathEscape(ev.ID),
			Label: fmt.Sprintf("%s %s: %s → %s (%s)", ev.Date, ev.Type, who(ev.Actors), who(ev.Recipients), ev.Modality)})
	}
	for i := 0; i <= 4; i++ {
		d := first.Add(time.Duration(float64(i) / 4 * span * 24 * float64(time.Hour)))
		t.Ticks = append(t.Ticks, tick{X: x(d), Y: t.Height - 8, Label: d.Format("2 Jan 2006"), Anchor: []string{"start", "middle", "middle", "middle", "end"}[i]})
	}
	return t
}
