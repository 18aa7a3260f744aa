package sqlite

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"chronicle"
)

var (
	fixtureOnce  sync.Once
	fixtureStore *Store
)

// loaded is a store with every fixture, shared by the read-only tests.
func loaded(t testing.TB) *Store {
	t.Helper()
	fixtureOnce.Do(func() {
		s, err := Open(context.Background(), t.TempDir()+"/fixtures.db", Options{Now: testClock})
		if err != nil {
			t.Fatal(err)
		}
		putAll(t, s, loadRecords(t))
		fixtureStore = s
	})
	if fixtureStore == nil {
		t.Fatal("fixture store failed to load")
	}
	return fixtureStore
}

func ids(events []Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	slices.Sort(out)
	return out
}

func sorted(xs ...string) []string {
	slices.Sort(xs)
	return xs
}

func TestEventFilters(t *testing.T) {
	all := sorted(witkoffFriday, trumpRequest, rubioRiyadh, witkoffMonday, kharkivStrike)
	tests := []struct {
		name   string
		filter EventFilter
		want   []string
	}{
		{"everything", EventFilter{}, all},
		{"type", EventFilter{Types: []string{"CONSULT"}}, sorted(witkoffFriday, rubioRiyadh, witkoffMonday)},
		{"two types", EventFilter{Types: []string{"consult", "ASSAULT"}}, sorted(witkoffFriday, rubioRiyadh, witkoffMonday, kharkivStrike)},
		{"actor", EventFilter{Actor: "rus-vladimir-putin"}, sorted(witkoffFriday, witkoffMonday)},
		{"country of the place", EventFilter{Country: "SAU"}, sorted(rubioRiyadh)},
		{"country of a party", EventFilter{Country: "ukr"}, sorted(kharkivStrike)},
		{"dyad of countries", EventFilter{Dyad: [2]string{"USA", "RUS"}}, sorted(witkoffFriday, trumpRequest, rubioRiyadh, witkoffMonday)},
		{"dyad either way", EventFilter{Dyad: [2]string{"rus", "usa"}}, sorted(witkoffFriday, trumpRequest, rubioRiyadh, witkoffMonday)},
		{"dyad of actor and country", EventFilter{Dyad: [2]string{"usa-steve-witkoff", "RUS"}}, sorted(witkoffFriday, witkoffMonday)},
		{"from", EventFilter{From: "2025-04-12"}, sorted(kharkivStrike, witkoffMonday)},
		{"to", EventFilter{To: "2025-04-11"}, sorted(witkoffFriday, trumpRequest, rubioRiyadh)},
		{"one day", EventFilter{From: "2025-04-14", To: "2025-04-14"}, sorted(witkoffMonday)},
		{"modality", EventFilter{Modality: "alleged"}, nil},
		{"asserted", EventFilter{Modality: "asserted"}, all},
		{"attributed", EventFilter{Attribution: "any"}, sorted(witkoffFriday, kharkivStrike)},
		{"named source", EventFilter{Attribution: "named"}, sorted(witkoffFriday)},
		{"anonymous source", EventFilter{Attribution: "anonymous"}, sorted(kharkivStrike)},
		{"outlet's own", EventFilter{Attribution: "none"}, sorted(trumpRequest, rubioRiyadh, witkoffMonday)},
		{"full text", EventFilter{Query: "Riyadh"}, sorted(rubioRiyadh)},
		{"full text, any report", EventFilter{Query: "four HOURS"}, sorted(witkoffFriday, kharkivStrike)},
		{"full text in hostile markup", EventFilter{Query: "<script>alert"}, sorted(kharkivStrike)},
		{"full text with query syntax", EventFilter{Query: `"NEAR(talks* OR`}, nil},
		{"located", EventFilter{Located: true}, sorted(witkoffFriday, rubioRiyadh, witkoffMonday, kharkivStrike)},
		{"combined", EventFilter{Types: []string{"CONSULT"}, Dyad: [2]string{"USA", "RUS"}, From: "2025-04-11", To: "2025-04-11"}, sorted(witkoffFriday, rubioRiyadh)},
	}
	s := loaded(t)
	defer func(n int) { manyTextMatches = n }(manyTextMatches)
	for _, threshold := range []int{500, 0} { // start from the text matches, or check each event
		manyTextMatches = threshold
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				page, err := s.Events(context.Background(), tt.filter)
				if err != nil {
					t.Fatal(err)
				}
				if got := ids(page.Events); !slices.Equal(got, tt.want) {
					t.Errorf("got %v, want %v", got, tt.want)
				}
				if page.Total != len(tt.want) {
					t.Errorf("total %d, want %d", page.Total, len(tt.want))
				}
			})
		}
	}
}

func TestBadFilters(t *testing.T) {
	tests := []struct {
		filter EventFilter
		field  string
	}{
		{EventFilter{Types: []string{"MEET"}}, "type"},
		{EventFilter{Country: "Russia"}, "country"},
		{EventFilter{Dyad: [2]string{"RUS", ""}}, "dyad"},
		{EventFilter{From: "11/04/2025"}, "from"},
		{EventFilter{To: "2025-02-30"}, "to"},
		{EventFilter{Modality: "maybe"}, "modality"},
		{EventFilter{Attribution: "yes"}, "attribution"},
		{EventFilter{Query: " -- "}, "q"},
		{EventFilter{Limit: -1}, "limit"},
		{EventFilter{Limit: 100000}, "limit"},
		{EventFilter{Cursor: "not-a-cursor"}, "cursor"},
	}
	s := loaded(t)
	for _, tt := range tests {
		_, err := s.Events(context.Background(), tt.filter)
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.HasPrefix(err.Error(), tt.field+":") {
			t.Errorf("%+v: got %v, want an invalid-input error about %s", tt.filter, err, tt.field)
		}
	}
}

func TestPaging(t *testing.T) {
	s := loaded(t)
	for _, asc := range []bool{false, true} {
		var seen []string
		var dates []string
		cursor := ""
		for range 10 {
			page, err := s.Events(context.Background(), EventFilter{Limit: 2, Cursor: cursor, Ascending: asc})
			if err != nil {
				t.Fatal(err)
			}
			if page.Total != 5 {
				t.Errorf("total %d on every page, want 5", page.Total)
			}
			for _, e := range page.Events {
				seen = append(seen, e.ID)
				dates = append(dates, e.Date.Value)
			}
			if page.Next == "" {
				break
			}
			cursor = string(page.Next)
		}
		if got := sorted(slices.Clone(seen)...); len(seen) != 5 || !slices.Equal(slices.Compact(got), got) {
			t.Errorf("ascending=%v: pages gave %v, want the 5 events once each", asc, seen)
		}
		want := slices.Clone(dates)
		slices.Sort(want)
		if !asc {
			slices.Reverse(want)
		}
		if !slices.Equal(dates, want) {
			t.Errorf("ascending=%v: dates out of order: %v", asc, dates)
		}
	}
}

func TestDyad(t *testing.T) {
	s := loaded(t)
	events, err := s.Dyad(context.Background(), DyadFilter{A: "RUS", B: "USA"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+" "+e.Type+" "+e.Modality)
	}
	want := []string{"2025-04-11 CONSULT asserted", "2025-04-11 CONSULT asserted", "2025-04-11 REQUEST asserted", "2025-04-14 CONSULT asserted"}
	slices.Sort(got[:3]) // one day's events come in id order
	if !slices.Equal(got, want) {
		t.Errorf("timeline %q, want %q", got, want)
	}
	if _, err := s.Dyad(context.Background(), DyadFilter{A: "RUS"}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("one-sided dyad: %v", err)
	}
}

func TestActors(t *testing.T) {
	ctx := context.Background()
	s := loaded(t)
	found, err := s.Actors(ctx, ActorFilter{Query: "PUTIN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].ID != "rus-vladimir-putin" || found[0].Events != 2 || found[0].ByType["CONSULT"] != 2 {
		t.Fatalf("search putin: %+v", found)
	}
	if found, _ := s.Actors(ctx, ActorFilter{Query: "%"}); len(found) != 0 {
		t.Errorf("%% is matched literally, got %d actors", len(found))
	}
	byCountry, err := s.Actors(ctx, ActorFilter{Country: "usa"})
	if err != nil || len(byCountry) != 3 { // Witkoff, Trump, Rubio
		t.Errorf("USA actors: %d (%v)", len(byCountry), err)
	}
	a, err := s.Actor(ctx, "usa-steve-witkoff")
	if err != nil || a.Events != 2 || a.Name != "Steve Witkoff" || a.Role != "special envoy" {
		t.Errorf("Witkoff: %+v, %v", a, err)
	}
	if _, err := s.Actor(ctx, "nobody"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("unknown actor: %v", err)
	}
}

func TestCounts(t *testing.T) {
	s := loaded(t)
	tests := []struct {
		filter CountFilter
		want   string
	}{
		{CountFilter{By: "day"}, "2025-04-11:3 2025-04-12:1 2025-04-14:1"},
		{CountFilter{By: "week"}, "2025-04-07:4 2025-04-14:1"},
		{CountFilter{}, "2025-04-01:5"},
		{CountFilter{By: "day", Types: []string{"CONSULT"}, Country: "RUS"}, "2025-04-11:2 2025-04-14:1"},
		{CountFilter{By: "day", Actor: "usa-donald-trump"}, "2025-04-11:1"},
	}
	for _, tt := range tests {
		counts, err := s.Counts(context.Background(), tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range counts {
			got = append(got, c.Period+":"+strconv.Itoa(c.Count))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%+v: %v, want %s", tt.filter, got, tt.want)
		}
	}
	if _, err := s.Counts(context.Background(), CountFilter{By: "hour"}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("by hour: %v", err)
	}
}

func TestNetwork(t *testing.T) {
	s := loaded(t)
	edges, err := s.Network(context.Background(), NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range edges {
		got = append(got, e.Source+">"+e.Target+":"+strconv.Itoa(e.Count))
	}
	// the merged Friday meeting counts once, in the direction its first report gives
	want := []string{"USA>RUS:4", "RUS>UKR:1"}
	if !slices.Equal(got, want) {
		t.Errorf("edges %v, want %v", got, want)
	}
	byActor, err := s.Network(context.Background(), NetworkFilter{By: "actor", Types: []string{"CONSULT"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(byActor) == 0 || byActor[0].SourceName == "" {
		t.Errorf("actor network without names: %+v", byActor)
	}
}

func TestPlaces(t *testing.T) {
	s := loaded(t)
	points, err := s.Places(context.Background(), EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range points {
		got = append(got, p.Name+":"+strconv.Itoa(p.Count))
	}
	slices.Sort(got)
	if want := []string{"Kharkiv:1", "Moscow:1", "Riyadh:1", "Saint Petersburg:1"}; !slices.Equal(got, want) {
		t.Errorf("points %v, want %v", got, want)
	}
}

func FuzzEventsQuery(f *testing.F) {
	for _, q := range []string{"Riyadh", `"NEAR(a b)`, "talks*", "a OR b NOT c", "Кремль", "'; DROP TABLE events; --", "\x00"} {
		f.Add(q, "")
	}
	f.Add("", "MXwyMDI1LTA0LTExfGV2")
	s := loaded(f)
	f.Fuzz(func(t *testing.T, q, cursor string) {
		_, err := s.Events(context.Background(), EventFilter{Query: q, Cursor: cursor, Limit: 3})
		if err != nil && chronicle.ErrorCode(err) != chronicle.EINVALID {
			t.Fatalf("q=%q cursor=%q: %v", q, cursor, err)
		}
	})
}
