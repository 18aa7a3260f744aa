package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"chronicle"
)

func TestEventFilters(t *testing.T) {
	_, ts := testServer(t, Options{})
	for _, tc := range []struct {
		query string
		types []string // sorted types of the events that match
	}{
		{"", []string{"ACCUSE", "ACCUSE", "ASSAULT", "CONSULT", "REJECT", "SANCTION", "THREATEN"}},
		{"type=CONSULT", []string{"CONSULT"}},
		{"type=consult,threaten", []string{"CONSULT", "THREATEN"}},
		{"type=SANCTION&type=REJECT", []string{"REJECT", "SANCTION"}},
		{"country=UKR", []string{"ACCUSE", "ACCUSE", "ASSAULT"}},
		{"dyad=USA,RUS", []string{"CONSULT", "REJECT", "SANCTION", "THREATEN"}},
		{"dyad=rus,usa&type=SANCTION", []string{"SANCTION"}},
		{"from=2025-04-15&to=2025-04-20", []string{"ACCUSE", "REJECT", "SANCTION"}},
		{"modality=alleged", []string{"ASSAULT"}},
		{"modality=threatened", []string{"THREATEN"}},
		{"attribution=anonymous", []string{"ACCUSE", "ASSAULT"}}, // the hostile article's unnamed source too
		{"attribution=named", []string{"CONSULT"}},
		{"attribution=none&type=CONSULT", nil}, // the earliest report names the Kremlin
		{"q=sanctions+banks", []string{"REJECT", "SANCTION"}},
		{"q=Kharkiv&type=ASSAULT", []string{"ASSAULT"}},
		{"q=nowhere-to-be-found", nil},
	} {
		t.Run(tc.query, func(t *testing.T) {
			m := getJSON(t, ts, "/api/events?"+tc.query, 200)
			got := eventTypesOf(m)
			slices.Sort(got)
			if !slices.Equal(got, tc.types) {
				t.Errorf("types %v, want %v", got, tc.types)
			}
			if int(m["total"].(float64)) != len(tc.types) {
				t.Errorf("total %v, want %d", m["total"], len(tc.types))
			}
			if m["next"] != nil {
				t.Errorf("next = %v on the only page", m["next"])
			}
		})
	}
}

func TestEventFieldsAndMerge(t *testing.T) {
	_, ts := testServer(t, Options{})
	m := getJSON(t, ts, "/api/events?type=CONSULT", 200)
	ev := m["events"].([]any)[0].(map[string]any)
	for _, field := range []string{"id", "type", "actor", "recipient", "modality", "date", "location", "mention_count", "sources", "first_reported", "cameo"} {
		if _, ok := ev[field]; !ok {
			t.Errorf("event lacks %q", field)
		}
	}
	// two outlets report the meeting: one event, two sources
	if ev["sources"].(float64) != 2 || ev["mention_count"].(float64) != 2 {
		t.Errorf("sources %v, mention_count %v; want 2 and 2", ev["sources"], ev["mention_count"])
	}
	if ev["first_reported"] != "2025-04-11" {
		t.Errorf("first_reported %v", ev["first_reported"])
	}
	d := getJSON(t, ts, "/api/events/"+url.PathEscape(ev["id"].(string)), 200)
	mentions := d["mentions"].([]any)
	if len(mentions) != 2 {
		t.Fatalf("%d mentions, want 2", len(mentions))
	}
	outlets := map[string]bool{}
	for _, x := range mentions {
		mm := x.(map[string]any)
		for _, field := range []string{"article", "sentence", "start", "end", "text", "url", "outlet", "published"} {
			if _, ok := mm[field]; !ok {
				t.Errorf("mention lacks %q", field)
			}
		}
		outlets[mm["outlet"].(string)] = true
		if !strings.Contains(mm["text"].(string), "Witkoff") {
			t.Errorf("mention text %q does not name Witkoff", mm["text"])
		}
	}
	if !outlets["Wire One"] || !outlets["The Baltic Ledger"] {
		t.Errorf("outlets %v", outlets)
	}
}

func TestPaging(t *testing.T) {
	_, ts := testServer(t, Options{})
	var seen []string
	path := "/api/events?limit=2"
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		m := getJSON(t, ts, path, 200)
		if m["total"].(float64) != 7 {
			t.Errorf("total %v on page %d", m["total"], pages)
		}
		seen = append(seen, eventIDs(t, m)...)
		if m["next"] == nil {
			break
		}
		path = "/api/events?limit=2&cursor=" + url.QueryEscape(m["next"].(string))
	}
	all := eventIDs(t, getJSON(t, ts, "/api/events", 200))
	if !slices.Equal(seen, all) {
		t.Errorf("pages gave %v, one page %v", seen, all)
	}
}

func TestLimitIsCapped(t *testing.T) {
	f, err := parseEventFilter(url.Values{"limit": {"100000"}})
	if err != nil || f.Limit != MaxLimit {
		t.Errorf("limit 100000 → %d, %v; want %d", f.Limit, err, MaxLimit)
	}
}

func TestAPIErrors(t *testing.T) {
	_, ts := testServer(t, Options{})
	for _, tc := range []struct {
		path   string
		status int
		code   string
		names  string // the message names this
	}{
		{"/api/events?type=FIGHT", 400, chronicle.EINVALID, "type"},
		{"/api/events?country=Ukraine", 400, chronicle.EINVALID, "country"},
		{"/api/events?dyad=RUS", 400, chronicle.EINVALID, "dyad"},
		{"/api/events?from=yesterday", 400, chronicle.EINVALID, "from"},
		{"/api/events?from=2025-05-01&to=2025-04-01", 400, chronicle.EINVALID, "from"},
		{"/api/events?modality=likely", 400, chronicle.EINVALID, "modality"},
		{"/api/events?attribution=someone", 400, chronicle.EINVALID, "attribution"},
		{"/api/events?limit=-3", 400, chronicle.EINVALID, "limit"},
		{"/api/events?cursor=bogus", 400, chronicle.EINVALID, "cursor"},
		{"/api/events?typo=1", 400, chronicle.EINVALID, "typo"},
		{"/api/events?q=%22%22", 400, chronicle.EINVALID, "q"},
		{"/api/events?country=RUS&country=UKR", 400, chronicle.EINVALID, "country"},
		{"/api/events/no-such-event", 404, chronicle.ENOTFOUND, "no-such-event"},
		{"/api/actors/no-such-actor", 404, chronicle.ENOTFOUND, "no-such-actor"},
		{"/api/articles/no-such-article", 404, chronicle.ENOTFOUND, "no-such-article"},
		{"/api/counts?by=year", 400, chronicle.EINVALID, "by"},
		{"/api/dyad?a=RUS", 400, chronicle.EINVALID, "a"},
		{"/api/nothing-here", 404, chronicle.ENOTFOUND, "/api/nothing-here"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			m := getJSON(t, ts, tc.path, tc.status)
			e, ok := m["error"].(map[string]any)
			if !ok {
				t.Fatalf("no error object: %v", m)
			}
			if e["code"] != tc.code {
				t.Errorf("code %v, want %s", e["code"], tc.code)
			}
			if msg, _ := e["message"].(string); !strings.Contains(msg, tc.names) {
				t.Errorf("message %q does not name %q", msg, tc.names)
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	_, ts := testServer(t, Options{})
	req, _ := http.NewRequest(http.MethodDelete, ts.URL+"/api/events", nil)
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET" {
		t.Errorf("DELETE /api/events: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
}

func TestStatusMapping(t *testing.T) {
	for code, status := range map[string]int{
		chronicle.EINVALID: 400, chronicle.ENOTFOUND: 404, chronicle.ECONFLICT: 409, chronicle.EUNAUTHORIZED: 401,
		chronicle.EFORBIDDEN: 403, chronicle.ETOOLARGE: 413, chronicle.EINTERNAL: 500, codeTimeout: 503, "something new": 500,
	} {
		if got := statusOf(code); got != status {
			t.Errorf("statusOf(%q) = %d, want %d", code, got, status)
		}
	}
}

func TestActorsCountsDyadNetwork(t *testing.T) {
	_, ts := testServer(t, Options{})
	actors := getJSON(t, ts, "/api/actors?q=putin", 200)["actors"].([]any)
	if len(actors) != 1 {
		t.Fatalf("actors matching putin: %v", actors)
	}
	putin := actors[0].(map[string]any)
	byType := putin["by_type"].(map[string]any)
	if byType["CONSULT"] != 1.0 || byType["THREATEN"] != 1.0 {
		t.Errorf("Putin's events by type: %v", byType)
	}
	one := getJSON(t, ts, "/api/actors/"+url.PathEscape(putin["id"].(string)), 200)
	if one["name"] != "Vladimir Putin" || one["events"] != 2.0 {
		t.Errorf("actor: %v", one)
	}

	counts := getJSON(t, ts, "/api/counts?by=week&country=RUS", 200)
	total := 0.0
	for _, c := range counts["counts"].([]any) {
		total += c.(map[string]any)["count"].(float64)
	}
	if counts["by"] != "week" || total != 7 {
		t.Errorf("weekly counts for RUS: %v (total %v, want 7)", counts, total)
	}

	dyad := getJSON(t, ts, "/api/dyad?a=USA&b=RUS", 200)
	var dates []string
	for _, e := range dyad["events"].([]any) {
		dates = append(dates, e.(map[string]any)["date"].(map[string]any)["value"].(string))
	}
	if len(dates) != 4 || !slices.IsSorted(dates) {
		t.Errorf("dyad USA–RUS dates %v: want 4, oldest first", dates)
	}

	edges := getJSON(t, ts, "/api/network", 200)["edges"].([]any)
	if len(edges) == 0 {
		t.Fatal("no network edges")
	}
	places := getJSON(t, ts, "/api/places", 200)["places"].([]any)
	if len(places) < 2 {
		t.Errorf("places: %v", places)
	}
	st := getJSON(t, ts, "/api/stats", 200)
	if st["articles"] != 4.0 || st["events"] != 7.0 {
		t.Errorf("stats %v", st)
	}
}

func TestArticleRecord(t *testing.T) {
	_, ts := testServer(t, Options{})
	rec := getJSON(t, ts, "/api/articles/gulf-sanctions", 200)
	if rec["outlet"] != "Gulf Daily" || !strings.HasPrefix(rec["text"].(string), "The United States imposed") {
		t.Errorf("record: %v", rec)
	}
	if len(rec["events"].([]any)) != 2 {
		t.Errorf("record events: %v", rec["events"])
	}
}
