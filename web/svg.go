package web

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"chronicle/sqlite"
)

// typeColors gives each PLOVER type a colour: greens and blues for
// cooperation, oranges and reds for conflict, so a stacked chart reads at a
// glance. SVG presentation attributes carry them, which the CSP allows.
var typeColors = map[string]string{
	"AGREE": "#1b7837", "CONSULT": "#5aae61", "SUPPORT": "#a6dba0", "CONCEDE": "#d9f0d3",
	"COOPERATE": "#2166ac", "AID": "#4393c3", "RETREAT": "#92c5de",
	"REQUEST": "#c2a5cf", "ACCUSE": "#fdb863", "REJECT": "#e08214", "THREATEN": "#b35806", "PROTEST": "#9970ab",
	"SANCTION": "#d6604d", "MOBILIZE": "#f4a582", "COERCE": "#b2182b", "ASSAULT": "#67001f",
}

func typeColor(t string) string {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return "#888888"
}

// typeOrder is the stacking order: cooperation at the bottom, violence on top.
var typeOrder = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "PROTEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

type barSegment struct {
	Y, H  float64
	Color string
	Label string // tooltip
}

type bar struct {
	X, W     float64
	Segments []barSegment
	Href     string
}

type tick struct {
	X, Y   float64
	Label  string
	Anchor string // text-anchor; "" means start
}

type legendItem struct {
	Color, Label string
}

// barChart is a stacked bar chart of event counts over time.
type barChart struct {
	Width, Height      float64
	Left, Bottom, Plot float64 // plot area: x from Left, y from Bottom up to Bottom-Plot
	Bars               []bar
	XTicks, YTicks     []tick
	Legend             []legendItem
	Empty              bool
	Outside            int    // events dated outside the charted span
	From, To           string // the charted span, when the caller chose one
}

// countsChart stacks each period's counts by type. link makes a bar's href
// from its period's first day.
func countsChart(counts []sqlite.Count, by string, link func(from, to string) string) barChart {
	c := barChart{Width: 960, Height: 260, Left: 44, Bottom: 220, Plot: 200}
	if len(counts) == 0 {
		c.Empty = true
		return c
	}
	counts = fillPeriods(counts, by)
	most := 1
	used := map[string]bool{}
	for _, n := range counts {
		most = max(most, n.Count)
		for t := range n.ByType {
			used[t] = true
		}
	}
	top := niceCeiling(most)
	step := (c.Width - c.Left - 8) / float64(len(counts))
	for i, n := range counts {
		w := math.Min(math.Max(step*0.8, 0.5), 48) // few periods: bars, not slabs
		b := bar{X: c.Left + float64(i)*step + (step-w)/2, W: w}
		y := c.Bottom
		for _, t := range typeOrder {
			k := n.ByType[t]
			if k == 0 {
				continue
			}
			h := float64(k) / float64(top) * c.Plot
			y -= h
			b.Segments = append(b.Segments, barSegment{Y: y, H: h, Color: typeColor(t),
				Label: fmt.Sprintf("%s: %d %s (of %d)", n.Period, k, t, n.Count)})
		}
		if link != nil {
			b.Href = link(n.Period, periodEnd(n.Period, by))
		}
		c.Bars = append(c.Bars, b)
	}
	labelEvery := max(1, len(counts)/8)
	for i := 0; i < len(counts); i += labelEvery {
		x := c.Bars[i].X
		if x > c.Width-70 {
			break // the label would run off the chart
		}
		c.XTicks = append(c.XTicks, tick{X: x, Y: c.Bottom + 16, Label: periodLabel(counts[i].Period, by)})
	}
	for _, v := range []float64{0, float64(top) / 2, float64(top)} {
		c.YTicks = append(c.YTicks, tick{X: c.Left - 6, Y: c.Bottom - v/float64(top)*c.Plot, Label: strconv.FormatFloat(v, 'f', -1, 64)})
	}
	for _, t := range typeOrder {
		if used[t] {
			c.Legend = append(c.Legend, legendItem{Color: typeColor(t), Label: t})
		}
	}
	return c
}

// niceCeiling rounds n up to 1, 2 or 5 times a power of ten.
func niceCeiling(n int) int {
	if n <= 2 {
		return 2
	}
	p := math.Pow(10, math.Floor(math.Log10(float64(n))))
	for _, m := range []float64{1, 2, 5, 10} {
		if v := m * p; v >= float64(n) {
			return int(v)
		}
	}
	return n
}

// fillPeriods adds the empty periods between the first and last, so time
// runs evenly along the axis. Over 400 periods it gives up and keeps what
// it has rather than draw slivers.
func fillPeriods(counts []sqlite.Count, by string) []sqlite.Count {
	first, err1 := time.Parse(time.DateOnly, counts[0].Period)
	last, err2 := time.Parse(time.DateOnly, counts[len(counts)-1].Period)
	if err1 != nil || err2 != nil {
		return counts
	}
	have := map[string]sqlite.Count{}
	for _, c := range counts {
		have[c.Period] = c
	}
	var out []sqlite.Count
	for t := first; !t.After(last); t = nextPeriod(t, by) {
		if len(out) > 400 {
			return counts
		}
		p := t.Format(time.DateOnly)
		if c, ok := have[p]; ok {
			out = append(out, c)
		} else {
			out = append(out, sqlite.Count{Period: p})
		}
	}
	return out
}

func nextPeriod(t time.Time, by string) time.Time {
	switch by {
	case "day":
		return t.AddDate(0, 0, 1)
	case "week":
		return t.AddDate(0, 0, 7)
	}
	return t.AddDate(0, 1, 0)
}

func periodEnd(period, by string) string {
	t, err := time.Parse(time.DateOnly, period)
	if err != nil {
		return ""
	}
	return nextPeriod(t, by).AddDate(0, 0, -1).Format(time.DateOnly)
}

func periodLabel(period, by string) string {
	t, err := time.Parse(time.DateOnly, period)
	if err != nil {
		return period
	}
	switch by {
	case "month":
		return t.Format("Jan 2006")
	}
	return t.Format("2 Jan 2006")
}

// chooseGranularity picks day, week or month so a chart has a readable
// number of bars for the time its counts span.
func chooseGranularity(first, last string) string {
	a, err1 := time.Parse(time.DateOnly, first)
	b, err2 := time.Parse(time.DateOnly, last)
	if err1 != nil || err2 != nil {
		return "month"
	}
	switch days := b.Sub(a).Hours() / 24; {
	case days <= 60:
		return "day"
	case days <= 540:
		return "week"
	}
	return "month"
}

// networkGraph is who acts toward whom, nodes on a circle, edges as arcs
// (A→B and B→A bend apart) with widths by count.
type networkGraph struct {
	Size  float64
	Nodes []networkNode
	Edges []networkEdge
	Empty bool
}

type networkNode struct {
	ID, Name       string
	X, Y, R        float64
	LabelX, LabelY float64
	Anchor         string
	Count          int
	Href           string
}

type networkEdge struct {
	Path  string
	Width float64
	Color string
	Label string
	Href  string
}

const maxNetworkNodes = 24

func buildNetwork(edges []sqlite.Edge, nodeHref func(id string) string, edgeHref func(a, b string) string) networkGraph {
	g := networkGraph{Size: 640}
	if len(edges) == 0 {
		g.Empty = true
		return g
	}
	degree := map[string]int{}
	names := map[string]string{}
	for _, e := range edges {
		degree[e.Source] += e.Count
		degree[e.Target] += e.Count
		names[e.Source], names[e.Target] = e.SourceName, e.TargetName
	}
	ids := make([]string, 0, len(degree))
	for id := range degree {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if degree[a] != degree[b] {
			return degree[b] - degree[a]
		}
		return strings.Compare(a, b)
	})
	if len(ids) > maxNetworkNodes {
		ids = ids[:maxNetworkNodes]
	}
	center, radius := g.Size/2, g.Size/2-110
	pos := map[string][2]float64{}
	radii := map[string]float64{}
	most := degree[ids[0]]
	for i, id := range ids {
		angle := 2*math.Pi*float64(i)/float64(len(ids)) - math.Pi/2
		x, y := center+radius*math.Cos(angle), center+radius*math.Sin(angle)
		pos[id] = [2]float64{x, y}
		n := networkNode{ID: id, Name: visible(cmp.Or(names[id], id)), X: x, Y: y, Count: degree[id],
			R:      4 + 10*math.Sqrt(float64(degree[id])/float64(most)),
			LabelX: center + (radius+18)*math.Cos(angle), LabelY: center + (radius+18)*math.Sin(angle) + 4, Anchor: "start"}
		if math.Cos(angle) < -0.2 {
			n.Anchor = "end"
		} else if math.Abs(math.Cos(angle)) <= 0.2 {
			n.Anchor = "middle"
		}
		if nodeHref != nil {
			n.Href = nodeHref(id)
		}
		radii[id] = n.R
		g.Nodes = append(g.Nodes, n)
	}
	top := 1
	for _, e := range edges {
		top = max(top, e.Count)
	}
	for _, e := range edges {
		a, okA := pos[e.Source]
		b, okB := pos[e.Target]
		if !okA || !okB || e.Source == e.Target {
			continue
		}
		// bend to the left of the direction of travel, so the two directions part
		mx, my := (a[0]+b[0])/2, (a[1]+b[1])/2
		dx, dy := b[0]-a[0], b[1]-a[1]
		cx, cy := mx+dy*0.15, my-dx*0.15
		// stop at the target's rim, so the arrowhead shows
		if d := math.Hypot(b[0]-cx, b[1]-cy); d > 0 {
			r := radii[e.Target] + 2
			b = [2]float64{b[0] - (b[0]-cx)/d*r, b[1] - (b[1]-cy)/d*r}
		}
		g.Edges = append(g.Edges, networkEdge{
			Path:  fmt.Sprintf("M%.1f %.1fQ%.1f %.1f %.1f %.1f", a[0], a[1], cx, cy, b[0], b[1]),
			Width: 1 + 7*math.Sqrt(float64(e.Count)/float64(top)),
			Color: typeColor(dominantType(e.ByType)),
			Label: visible(fmt.Sprintf("%s → %s: %d events", cmp.Or(e.SourceName, e.Source), cmp.Or(e.TargetName, e.Target), e.Count)),
			Href:  edgeHref(e.Source, e.Target),
		})
	}
	// thin edges first, so thick ones are drawn on top
	slices.SortStableFunc(g.Edges, func(x, y networkEdge) int { return cmp.Compare(x.Width, y.Width) })
	return g
}

func dominantType(byType map[string]int) string {
	best, n := "", 0
	for _, t := range typeOrder {
		if byType[t] > n {
			best, n = t, byType[t]
		}
	}
	return best
}
