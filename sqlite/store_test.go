package sqlite

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
)

var testClock = func() time.Time { return time.Date(2025, 4, 20, 12, 0, 0, 0, time.UTC) }

// The fixtures are shared with package cluster, which decides the merging.
const fixtures = "../cluster/testdata/records"

func loadRecords(t testing.TB) []chronicle.Record {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(fixtures, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in %s: %v", fixtures, err)
	}
	var out []chronicle.Record
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r chronicle.Record
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, r)
	}
	return out
}

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{Now: testClock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func putAll(t testing.TB, s *Store, recs []chronicle.Record) {
	t.Helper()
	for _, r := range recs {
		if _, err := s.Put(context.Background(), r); err != nil {
			t.Fatalf("put %s: %v", r.ID, err)
		}
	}
}

// Merged events are named after their earliest report.
var (
	witkoffFriday = EventID("wire-witkoff-putin#e1") // + ledger-putin-witkoff#e1
	trumpRequest  = EventID("wire-witkoff-putin#e2")
	rubioRiyadh   = EventID("gulf-rubio-lavrov#e1")
	witkoffMonday = EventID("capital-witkoff-moscow#e1")
	kharkivStrike = EventID("ledger-putin-witkoff#e2") // + east-kharkiv-strike#e1
)

type eventSummary struct {
	ID            string
	Mentions      int
	Sources       int
	FirstReported string
}

func summaries(t testing.TB, s *Store) []eventSummary {
	t.Helper()
	var out []eventSummary
	for d, err := range s.AllEvents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, eventSummary{d.ID, d.MentionCount, d.Sources, d.FirstReported})
	}
	slices.SortFunc(out, func(a, b eventSummary) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func TestMergeAcrossArticles(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	putAll(t, s, loadRecords(t))
	d, err := s.Event(ctx, witkoffFriday)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != "CONSULT" || d.Sources != 2 || d.MentionCount != 2 || d.FirstReported != "2025-04-11" {
		t.Errorf("the Friday meeting: type %s, %d sources, %d mentions, first %s; want CONSULT, 2, 2, 2025-04-11",
			d.Type, d.Sources, d.MentionCount, d.FirstReported)
	}
	var outlets []string
	for _, m := range d.Mentions {
		outlets = append(outlets, m.Outlet)
		if !strings.Contains(m.Text, "Witkoff") {
			t.Errorf("mention sentence %q does not report the meeting", m.Text)
		}
	}
	if want := []string{"Wire One", "The Baltic Ledger"}; !slices.Equal(outlets, want) {
		t.Errorf("outlets %q, want %q", outlets, want)
	}
	if d.Article != "wire-witkoff-putin" || d.Location == nil || d.Location.Country != "RUS" {
		t.Errorf("event not taken from its first report: article %q location %+v", d.Article, d.Location)
	}
	if len(d.Actors) == 0 || d.Actor[0].Actor != "usa-steve-witkoff" {
		t.Errorf("participants not made store-wide: %+v / %+v", d.Actor, d.Actors)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Articles: 5, Events: 5, Mentions: 7, Actors: st.Actors}) {
		t.Errorf("stats %+v, want 5 articles, 5 events, 7 mentions", st)
	}
}

func TestIngestOrderDoesNotMatter(t *testing.T) {
	recs := loadRecords(t)
	forward := openTest(t)
	putAll(t, forward, recs)
	backward := openTest(t)
	reversed := slices.Clone(recs)
	slices.Reverse(reversed)
	putAll(t, backward, reversed)
	want := summaries(t, forward)
	if got := summaries(t, backward); !reflect.DeepEqual(got, want) {
		t.Errorf("reverse ingest:\n got %+v\nwant %+v", got, want)
	}
	actorsF, err := forward.Actors(context.Background(), ActorFilter{Limit: maxLimit})
	if err != nil {
		t.Fatal(err)
	}
	actorsB, _ := backward.Actors(context.Background(), ActorFilter{Limit: maxLimit})
	if !reflect.DeepEqual(actorsF, actorsB) {
		t.Errorf("actors depend on ingest order:\n%+v\n%+v", actorsF, actorsB)
	}
	if err := backward.Remerge(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := summaries(t, backward); !reflect.DeepEqual(got, want) {
		t.Errorf("after Remerge:\n got %+v\nwant %+v", got, want)
	}
}

func TestPutIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	recs := loadRecords(t)
	putAll(t, s, recs)
	before := summaries(t, s)
	for _, r := range recs {
		res, err := s.Put(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if res.Stored {
			t.Errorf("%s stored twice", r.ID)
		}
	}
	if after := summaries(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("second ingest changed events:\n%+v\n%+v", after, before)
	}
	if ok, err := s.Has(ctx, recs[0].ID); !ok || err != nil {
		t.Errorf("Has(%s) = %v, %v", recs[0].ID, ok, err)
	}
	if _, err := s.Put(ctx, chronicle.Record{Text: "no id"}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("record without id: %v", err)
	}
}

func TestPutRollsBackOnCancel(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := loadRecords(t)[0]
	if _, err := s.Put(ctx, rec); err == nil {
		t.Fatal("put with a cancelled context succeeded")
	}
	if ok, _ := s.Has(context.Background(), rec.ID); ok {
		t.Fatal("a cancelled put left the article behind")
	}
	if _, err := s.Put(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 1 || st.Mentions != len(rec.Events) {
		t.Errorf("after retry: %+v", st)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	recs := loadRecords(t)
	putAll(t, s, recs)
	for _, want := range recs {
		got, err := s.Article(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: stored record differs", want.ID)
		}
	}
	if _, err := s.Article(ctx, "nope"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("missing article: %v", err)
	}
	if _, err := s.Event(ctx, "nope"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("missing event: %v", err)
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	s, err := Open(ctx, path, Options{Now: testClock})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := s.db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil || v != SchemaVersion() {
		t.Fatalf("schema version %d (%v), want %d", v, err, SchemaVersion())
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q (%v), want wal", mode, err)
	}
	putAll(t, s, loadRecords(t)[:1])
	s.Close()

	// reopening applies nothing and keeps the data
	s, err = Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 {
		t.Errorf("reopened store has %d articles", st.Articles)
	}
	s.Close()

	s, _ = Open(ctx, path, Options{})
	if _, err := s.db.Exec(`INSERT INTO schema_migrations VALUES (999, '999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path, Options{}); chronicle.ErrorCode(err) != chronicle.ECONFLICT {
		t.Errorf("newer schema: got %v, want a conflict", err)
	}

	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte(strings.Repeat("this is not sqlite\n", 400)), 0o644)
	if _, err := Open(ctx, garbage, Options{}); chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), garbage) {
		t.Errorf("corrupt file: got %v, want an invalid-input error naming it", err)
	}
	if b, _ := os.ReadFile(garbage); !strings.HasPrefix(string(b), "this is not sqlite") {
		t.Error("opening a corrupt file changed it")
	}
	if _, err := Open(ctx, filepath.Join(dir, "missing.db"), Options{ReadOnly: true}); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("read-only open of a missing file: %v", err)
	}
}

func TestPutBatch(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	recs := loadRecords(t)
	broken := recs[1]
	broken.ID = "broken"
	broken.Events = append(slices.Clone(broken.Events), broken.Events[0]) // two events with one id
	batch := []chronicle.Record{recs[0], {URL: "https://no.id/"}, recs[0], broken, recs[2]}
	res, errs, err := s.PutBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	stored := []bool{true, false, false, false, true}
	for i := range batch {
		if res[i].Stored != stored[i] {
			t.Errorf("record %d stored = %v, want %v (%v)", i, res[i].Stored, stored[i], errs[i])
		}
	}
	if chronicle.ErrorCode(errs[1]) != chronicle.EINVALID || errs[3] == nil || errs[0] != nil || errs[2] != nil {
		t.Errorf("errors %v", errs)
	}
	if ok, _ := s.Has(ctx, "broken"); ok {
		t.Error("the failing record was half stored")
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 2 || st.Mentions != len(recs[0].Events)+len(recs[2].Events) {
		t.Errorf("stats %+v", st)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		date   *chronicle.Date
		lo, hi string
	}{
		{&chronicle.Date{Value: "2025-04-11", Granularity: "day", Precision: "exact"}, "2025-04-11", "2025-04-11"},
		{&chronicle.Date{Value: "2025-04-11", Granularity: "day", Precision: "unresolved"}, "2025-04-20", "2025-04-20"},
		{nil, "2025-04-20", "2025-04-20"},
		{&chronicle.Date{Value: "2025-04-09", Granularity: "week", Precision: "exact"}, "2025-04-07", "2025-04-13"},
		{&chronicle.Date{Value: "2025-02", Granularity: "month", Precision: "exact"}, "2025-02-01", "2025-02-28"},
		{&chronicle.Date{Value: "2024", Granularity: "year", Precision: "exact"}, "2024-01-01", "2024-01-31"},
		{&chronicle.Date{Value: "2025-03-01", End: "2025-03-05", Granularity: "day", Precision: "range"}, "2025-03-01", "2025-03-05"},
		{&chronicle.Date{Value: "2014-02-20", End: "2025-03-05", Granularity: "day", Precision: "range"}, "2014-02-20", "2014-03-23"},
		{&chronicle.Date{Value: "spring", Granularity: "day", Precision: "exact"}, "2025-04-20", "2025-04-20"},
	}
	for _, tt := range tests {
		if lo, hi := dateRange(tt.date, "2025-04-20"); lo != tt.lo || hi != tt.hi {
			t.Errorf("dateRange(%+v) = %s..%s, want %s..%s", tt.date, lo, hi, tt.lo, tt.hi)
		}
	}
	if lo, hi := dateRange(nil, ""); lo != "" || hi != "" {
		t.Errorf("no date at all: %q..%q", lo, hi)
	}
}
