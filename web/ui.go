package web

import (
	"bytes"
	"cmp"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"chronicle"
	"chronicle/sqlite"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFS embed.FS

func staticFiles() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded folder is part of the build
	}
	return http.FileServerFS(sub)
}

var templateFuncs = template.FuncMap{
	"pathEscape": pathEscape,
	"visible":    visible,
	"typeColor":  typeColor,
	"join":       strings.Join,
	"eventTypes": func() []string { return chronicle.EventTypes },
	"modalities": func() []string { return modalities },
	"sub":        func(a, b float64) float64 { return a - b },
	"add":        func(a, b float64) float64 { return a + b },
}

func pathEscape(s string) string { return url.PathEscape(s) }

// parsePages parses each page template together with the layout.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFiles, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		short := strings.TrimPrefix(name, "templates/")
		if short == "layout.html" || short == "parts.html" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, name)
		if err != nil {
			return nil, err
		}
		pages[strings.TrimSuffix(short, ".html")] = t
	}
	return pages, nil
}

// page is what every template gets: the layout's fields and the page's own.
type page struct {
	Title    string
	Nav      string // the nav entry to mark current
	Error    string // a message shown above the content (bad filters)
	Data     any
	ReadOnly bool
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	p.ReadOnly = s.opt.Token == ""
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", p); err != nil {
		s.log.Error("rendering page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// renderError shows err as a page with the status its code maps to.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	code := errorCode(err)
	if code == chronicle.EINTERNAL {
		s.log.Error("page failed", "path", r.URL.Path, "err", err)
	}
	status := statusOf(code)
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: struct {
		Status  int
		Message string
	}{status, errorMessage(code, err)}})
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, chronicle.Errorf(chronicle.ENOTFOUND, r.URL.Path, "no such page"))
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	stats, err := s.store.Stats(ctx)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	recent, err := s.store.Events(ctx, sqlite.EventFilter{Limit: 15})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	chart, by, err := s.countsChart(r, sqlite.CountFilter{}, func(from, to string) string {
		return "/events?" + url.Values{"from": {from}, "to": {to}}.Encode()
	})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	// the pairs of the last quarter charted: recent pairs are what a
	// reader wants here (the network page has them all)
	recentFrom := recentStart(chart.To, 90)
	edges, err := s.store.Network(ctx, sqlite.NetworkFilter{Limit: 10, From: recentFrom, To: chart.To})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "overview", page{Title: "Overview", Nav: "overview", Data: struct {
		Stats  sqlite.Stats
		Chart  barChart
		By     string
		Recent []eventView
		Edges  []sqlite.Edge
		Since  string
	}{stats, chart, by, viewEvents(recent.Events), edges, recentFrom}})
}

// countsChart draws the counts of f, over the span of time that holds
// nearly all of them (a few historical or misdated events would otherwise
// stretch the axis over decades), by a granularity that suits that span.
func (s *Server) countsChart(r *http.Request, f sqlite.CountFilter, link func(from, to string) string) (barChart, string, error) {
	f.By = "month"
	counts, err := s.store.Counts(r.Context(), f)
	if err != nil || len(counts) == 0 {
		return countsChart(counts, f.By, link), f.By, err
	}
	first, last := denseSpan(counts)
	f.From, f.To = counts[first].Period, periodEnd(counts[last].Period, "month")
	left := 0
	for i, c := range counts {
		if i < first || i > last {
			left += c.Count
		}
	}
	f.By = chooseGranularity(f.From, f.To)
	if counts, err = s.store.Counts(r.Context(), f); err != nil {
		return barChart{}, f.By, err
	}
	chart := countsChart(counts, f.By, link)
	chart.Outside, chart.From, chart.To = left, f.From, f.To
	return chart, f.By, nil
}

// recentStart is the day `days` before `to`, or "" when to is not a date.
func recentStart(to string, days int) string {
	t, err := time.Parse(time.DateOnly, to)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -days).Format(time.DateOnly)
}

// denseSpan returns the first and last period to chart: the shortest run
// of periods that holds at least 90% of the events.
func denseSpan(counts []sqlite.Count) (first, last int) {
	total := 0
	for _, c := range counts {
		total += c.Count
	}
	need := (total*9 + 9) / 10
	first, last = 0, len(counts)-1
	in, lo := 0, 0
	for hi, c := range counts {
		in += c.Count
		for lo < hi && in-counts[lo].Count >= need {
			in -= counts[lo].Count
			lo++
		}
		if in >= need && periodsBetween(counts[lo], counts[hi]) < periodsBetween(counts[first], counts[last]) {
			first, last = lo, hi
		}
	}
	return first, last
}

// periodsBetween is the number of days from a's period to b's.
func periodsBetween(a, b sqlite.Count) float64 {
	x, err1 := time.Parse(time.DateOnly, a.Period)
	y, err2 := time.Parse(time.DateOnly, b.Period)
	if err1 != nil || err2 != nil {
		return 0
	}
	return y.Sub(x).Hours()
}

func viewEvents(events []sqlite.Event) []eventView {
	out := make([]eventView, len(events))
	for i, ev := range events {
		out[i] = viewEvent(ev)
	}
	return out
}

// eventsForm is the filter form of /events, as the user filled it in.
type eventsForm struct {
	Type, Country, Actor, A, B, From, To, Modality, Attribution, Q, Limit string
}

func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) {
	q := formQuery(r)
	form := eventsForm{Type: q.Get("type"), Country: q.Get("country"), Actor: q.Get("actor"), From: q.Get("from"),
		To: q.Get("to"), Modality: q.Get("modality"), Attribution: q.Get("attribution"), Q: q.Get("q"), Limit: q.Get("limit")}
	if d := strings.Split(q.Get("dyad"), ","); len(d) == 2 {
		form.A, form.B = d[0], d[1]
	}
	// the form's two dyad boxes become the API's dyad=A,B
	if a, b := q.Get("a"), q.Get("b"); a != "" || b != "" {
		form.A, form.B = a, b
		q.Del("a")
		q.Del("b")
		q.Set("dyad", a+","+b)
	}
	data := struct {
		Form   eventsForm
		Page   sqlite.EventPage
		Events []eventView
		Next   string
		Filter string
	}{Form: form}
	f, err := parseEventFilter(q)
	status := http.StatusOK
	var msg string
	if err == nil {
		data.Page, err = s.store.Events(r.Context(), f)
	}
	if err != nil {
		if code := errorCode(err); code != chronicle.EINVALID {
			s.renderError(w, r, err)
			return
		}
		status, msg = http.StatusBadRequest, err.Error()
	}
	data.Events = viewEvents(data.Page.Events)
	if data.Page.Next != "" {
		next := cloneValues(q)
		next.Set("cursor", string(data.Page.Next))
		data.Next = "/events?" + next.Encode()
	}
	q.Del("cursor")
	data.Filter = q.Encode()
	s.render(w, r, status, "events", page{Title: "Events", Nav: "events", Error: msg, Data: data})
}

// formQuery is the request's query without the empty fields a filter form
// sends when JavaScript is off.
func formQuery(r *http.Request) url.Values {
	q := r.URL.Query()
	for k, v := range q {
		if len(v) == 1 && v[0] == "" {
			delete(q, k)
		}
	}
	return q
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	ev, err := s.store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	texts := map[string]string{}
	reports := viewReports(ev.Mentions, func(id string) (string, error) {
		if t, ok := texts[id]; ok {
			return t, nil
		}
		rec, err := s.store.Article(r.Context(), id)
		texts[id] = rec.Text
		return rec.Text, err
	})
	view := viewEvent(ev.Event)
	s.render(w, r, http.StatusOK, "event", page{Title: view.Type + " " + view.Date, Nav: "events", Data: struct {
		Event   eventView
		Reports []reportView
	}{view, reports}})
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) {
	f, err := parseActorFilter(r.URL.Query())
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	f.Limit = cmp.Or(f.Limit, 100)
	actors, err := s.store.Actors(r.Context(), f)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "actors", page{Title: "Actors", Nav: "actors", Data: struct {
		Q      string
		Actors []sqlite.ActorSummary
	}{f.Query, actors}})
}

type typeCount struct {
	Type  string
	Count int
	Color string
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	actor, err := s.store.Actor(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	chart, by, err := s.countsChart(r, sqlite.CountFilter{Actor: id}, func(from, to string) string {
		return "/events?" + url.Values{"actor": {id}, "from": {from}, "to": {to}}.Encode()
	})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	recent, err := s.store.Events(r.Context(), sqlite.EventFilter{Actor: id, Limit: 20})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	var byType []typeCount
	for _, t := range typeOrder {
		if n := actor.ByType[t]; n > 0 {
			byType = append(byType, typeCount{t, n, typeColor(t)})
		}
	}
	s.render(w, r, http.StatusOK, "actor", page{Title: visible(actor.Name), Nav: "actors", Data: struct {
		Actor  sqlite.ActorSummary
		ByType []typeCount
		Chart  barChart
		By     string
		Recent []eventView
		Total  int
		More   string
	}{actor, byType, chart, by, viewEvents(recent.Events), recent.Total, "/events?" + url.Values{"actor": {id}}.Encode()}})
}

func (s *Server) pageMap(w http.ResponseWriter, r *http.Request) {
	q := formQuery(r)
	f, err := parseEventFilter(q)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	points, err := s.store.Places(r.Context(), f)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	m := buildWorldMap(points, func(code string) string {
		v := cloneValues(q)
		v.Set("country", code)
		return "/events?" + v.Encode()
	})
	top := points
	if len(top) > 25 {
		top = top[:25]
	}
	s.render(w, r, http.StatusOK, "map", page{Title: "Map", Nav: "map", Data: struct {
		Map    worldMap
		Places []sqlite.Point
		Type   string
		From   string
		To     string
	}{m, top, q.Get("type"), f.From, f.To}})
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	q := formQuery(r)
	f, err := parseNetworkFilter(q)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	f.Limit = cmp.Or(f.Limit, 80)
	edges, err := s.store.Network(r.Context(), f)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	byActor := f.By == "actor"
	graph := buildNetwork(edges, func(id string) string {
		if byActor {
			return "/actors/" + pathEscape(id)
		}
		return "/events?" + url.Values{"country": {id}}.Encode()
	}, func(a, b string) string {
		return "/dyad?" + url.Values{"a": {a}, "b": {b}}.Encode()
	})
	s.render(w, r, http.StatusOK, "network", page{Title: "Network", Nav: "network", Data: struct {
		Graph networkGraph
		Edges []sqlite.Edge
		By    string
		Type  string
		From  string
		To    string
	}{graph, edges, f.By, q.Get("type"), f.From, f.To}})
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	q := formQuery(r)
	data := struct {
		A, B, From, To string
		Timeline       dyadTimeline
		Events         []eventView
		FromA          []bool
		Asked          bool
	}{A: q.Get("a"), B: q.Get("b"), From: q.Get("from"), To: q.Get("to")}
	if data.A == "" && data.B == "" {
		data.Timeline.Empty = true
		s.render(w, r, http.StatusOK, "dyad", page{Title: "Dyad", Nav: "dyad", Data: data})
		return
	}
	data.Asked = true
	f, err := parseDyadFilter(q)
	if err != nil {
		data.Timeline.Empty = true
		s.render(w, r, http.StatusBadRequest, "dyad", page{Title: "Dyad", Nav: "dyad", Error: err.Error(), Data: data})
		return
	}
	events, err := s.store.Dyad(r.Context(), f)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	data.A, data.B = f.A, f.B
	data.Events = viewEvents(events)
	for _, ev := range data.Events {
		data.FromA = append(data.FromA, involves(ev.Actors, f.A))
	}
	data.Timeline = buildDyadTimeline(data.Events, f.A)
	s.render(w, r, http.StatusOK, "dyad", page{Title: f.A + " – " + f.B, Nav: "dyad", Data: data})
}
