package web

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"chronicle/sqlite"
)

func TestPages(t *testing.T) {
	_, ts := testServer(t, Options{})
	consult := getJSON(t, ts, "/api/events?type=CONSULT", 200)["events"].([]any)[0].(map[string]any)
	for _, tc := range []struct {
		path   string
		status int
		shows  []string // text the page must contain (HTML-escaped as written)
	}{
		{"/", 200, []string{"<strong>7</strong> events", "Events per day", "Witkoff"}},
		{"/events", 200, []string{`<strong id="total">7</strong>`, "SANCTION"}},
		{"/events?type=CONSULT&a=USA&b=RUS", 200, []string{`<strong id="total">1</strong>`, `value="USA"`}},
		{"/events?type=FIGHT", 400, []string{"not a PLOVER event type", `class="error"`}},
		{"/events?limit=2", 200, []string{`rel="next"`}},
		{"/events/" + url.PathEscape(consult["id"].(string)), 200, []string{`<mark class="sentence"`, "<strong class=\"trigger\">held talks</strong>", "The Baltic Ledger", "Wire One"}},
		{"/events/nope", 404, []string{"no such event"}},
		{"/actors?q=witkoff", 200, []string{"Steve Witkoff"}},
		{"/actors/nope", 404, []string{"no such actor"}},
		{"/map", 200, []string{`<path d="M`, "Saint Petersburg", "Kharkiv"}},
		{"/map?type=ASSAULT", 200, []string{"Kharkiv"}},
		{"/network", 200, []string{"marker-end", "/dyad?a=USA"}},
		{"/network?by=actor", 200, []string{"Vladimir Putin"}},
		{"/dyad", 200, []string{"Country codes"}},
		{"/dyad?a=USA&b=RUS", 200, []string{"<circle", "imposed new sanctions", "threatened"}},
		{"/dyad?a=USA", 400, []string{"two parties"}},
		{"/static/style.css", 200, []string{"mark.sentence"}},
		{"/nowhere", 404, []string{"no such page"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, _, body := get(t, ts, tc.path)
			if status != tc.status {
				t.Errorf("status %d, want %d", status, tc.status)
			}
			for _, s := range tc.shows {
				if !strings.Contains(string(body), s) {
					t.Errorf("page lacks %q", s)
				}
			}
		})
	}
}

func TestDyadTimelineMarksModality(t *testing.T) {
	s := testStore(t, fixtureRecords(t))
	events, err := s.Dyad(context.Background(), sqlite.DyadFilter{A: "USA", B: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	tl := buildDyadTimeline(viewEvents(events), "USA")
	shapes := map[string]string{}
	above := map[string]bool{}
	for _, m := range tl.Marks {
		typ := strings.Fields(m.Label)[1]
		typ = strings.TrimSuffix(typ, ":")
		shapes[typ], above[typ] = m.Shape, m.FromA
	}
	want := map[string]string{"CONSULT": "circle", "THREATEN": "diamond", "SANCTION": "circle", "REJECT": "circle"}
	for typ, shape := range want {
		if shapes[typ] != shape {
			t.Errorf("%s drawn as %q, want %q", typ, shapes[typ], shape)
		}
	}
	if !above["SANCTION"] || above["REJECT"] || above["THREATEN"] {
		t.Errorf("sides: %v (want only SANCTION and CONSULT by USA)", above)
	}
}

func TestWorldMapData(t *testing.T) {
	countries := worldCountries()
	if len(countries) < 170 {
		t.Fatalf("%d countries on the map", len(countries))
	}
	seen := map[string]bool{}
	for _, c := range countries {
		seen[c.Code] = true
		if !strings.HasPrefix(c.Path, "M") || !strings.HasSuffix(c.Path, "z") {
			t.Errorf("%s: path %.30q", c.Name, c.Path)
		}
	}
	for _, code := range []string{"RUS", "UKR", "USA", "ISR", "PSE", "SDN", "CHN", "BRA", "FJI"} {
		if !seen[code] {
			t.Errorf("no outline for %s", code)
		}
	}
	m := buildWorldMap([]sqlite.Point{{Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52, Count: 3}}, nil)
	if len(m.Points) != 1 || m.Points[0].X < 580 || m.Points[0].X > 590 {
		t.Errorf("Kyiv at %+v", m.Points)
	}
}

func TestDenseSpan(t *testing.T) {
	counts := []sqlite.Count{{Period: "1941-06-01", Count: 1}, {Period: "2019-01-01", Count: 40},
		{Period: "2019-02-01", Count: 30}, {Period: "2019-03-01", Count: 29}, {Period: "2026-11-01", Count: 1}}
	if first, last := denseSpan(counts); first != 1 || last != 3 {
		t.Errorf("denseSpan = %d, %d; want 1, 3", first, last)
	}
}

func TestServeShutsDownGracefully(t *testing.T) {
	srv, _ := testServer(t, Options{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, l, srv, 5*time.Second) }()
	resp, err := http.Get("http://" + l.Addr().String() + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + l.Addr().String() + "/api/stats"); err == nil {
		t.Error("still serving after shutdown")
	}
}

func TestRequestTimeout(t *testing.T) {
	_, ts := testServer(t, Options{RequestTimeout: time.Nanosecond})
	m := getJSON(t, ts, "/api/events", 503)
	if m["error"].(map[string]any)["code"] != codeTimeout {
		t.Errorf("body %v", m)
	}
}
