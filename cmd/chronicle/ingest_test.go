package main

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"chronicle"
	"chronicle/ingest"
	"chronicle/internal/shared"
	"chronicle/pipeline"
	"chronicle/sqlite"
)

// fakeArticles yields n articles, with a bad input after every tenth.
func fakeArticles(n int) iter.Seq2[chronicle.Article, error] { return fakeArticleRange(0, n) }

// fakeArticleRange yields articles first to last-1 of the fake stream.
func fakeArticleRange(first, last int) iter.Seq2[chronicle.Article, error] {
	return func(yield func(chronicle.Article, error) bool) {
		for i := first; i < last; i++ {
			a := chronicle.Article{ID: fmt.Sprintf("art-%03d", i), Source: fmt.Sprintf("feed.xml#%d", i),
				Outlet: []string{"Wire One", "Gulf Daily", "Capital Post"}[i%3],
				Text:   fmt.Sprintf("Envoys of Russia and Ukraine met in Istanbul on day %d.", i/3)}
			if !yield(a, nil) {
				return
			}
			if i%10 == 9 && !yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, fmt.Sprintf("bad-%d.html", i), "binary file, not text")) {
				return
			}
		}
	}
}

// fakeCoder reports one meeting per article; three outlets report each day's.
func fakeCoder(a chronicle.Article) chronicle.Record {
	var day int
	fmt.Sscanf(a.Text, "Envoys of Russia and Ukraine met in Istanbul on day %d.", &day)
	date := fmt.Sprintf("2025-05-%02d", day%28+1)
	return chronicle.Record{
		ID: a.ID, Outlet: a.Outlet, Published: date, Text: a.Text,
		Sentences: []chronicle.Span{{Start: 0, End: len(a.Text)}},
		Actors: []chronicle.Actor{
			{ID: "a1", Name: "Russia", Type: chronicle.ActorCountry, Country: "RUS", Sector: "GOV"},
			{ID: "a2", Name: "Ukraine", Type: chronicle.ActorCountry, Country: "UKR", Sector: "GOV"},
		},
		Events: []chronicle.Event{{
			ID: "e1", Type: "CONSULT", Modality: chronicle.Asserted, Tense: chronicle.Past,
			Actor:    []chronicle.Participant{{Actor: "a1", Text: "Russia", Start: 11, End: 17}, {Actor: "a2", Text: "Ukraine", Start: 22, End: 29}},
			Mentions: []chronicle.Mention{{Sentence: 0, Start: 0, End: len(a.Text)}},
			Date:     &chronicle.Date{Value: date, Granularity: chronicle.Day, Precision: chronicle.Exact},
			Location: &chronicle.Place{Name: "Istanbul", Country: "TUR", Lat: 41.01, Lon: 28.95, Precision: chronicle.PrecisionCity},
		}},
	}
}

func openIngestStore(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestIngestAllIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openIngestStore(t, filepath.Join(t.TempDir(), "c.db"))
	var log bytes.Buffer
	first := ingestAll(ctx, s, fakeArticles(60), fakeCoder, 4, &ingestReporter{w: &log})
	if first.Stored != 60 || first.Events != 60 || first.Failures[chronicle.EINVALID] != 6 || first.Interrupted {
		t.Fatalf("first run: %+v", first)
	}
	if !strings.Contains(log.String(), "bad-9.html: binary file") {
		t.Errorf("failures not reported as they happen: %q", log.String())
	}
	second := ingestAll(ctx, s, fakeArticles(60), fakeCoder, 4, nil)
	if second.Stored != 0 || second.Skipped != 60 {
		t.Errorf("second run: %+v", second)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 60 || st.Mentions != 60 || st.Events != 20 {
		t.Errorf("store %+v, want 60 articles and mentions merged into 20 meetings", st)
	}
}

func TestIngestResumesAfterInterrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	s := openIngestStore(t, path)
	ctx, cancel := context.WithCancel(context.Background())
	var coded atomic.Int32
	interrupting := func(a chronicle.Article) chronicle.Record {
		if coded.Add(1) == 25 {
			cancel() // Ctrl-C in the middle of the run
		}
		return fakeCoder(a)
	}
	cut := ingestAll(ctx, s, fakeArticles(90), interrupting, 3, nil)
	if !cut.Interrupted || cut.Stored >= 90 {
		t.Fatalf("interrupted run: %+v", cut)
	}
	s.Close()

	s = openIngestStore(t, path)
	rest := ingestAll(context.Background(), s, fakeArticles(90), fakeCoder, 3, nil)
	if rest.Stored+rest.Skipped != 90 || rest.Skipped != cut.Stored {
		t.Errorf("resume: %+v after %+v", rest, cut)
	}
	st, _ := s.Stats(context.Background())
	clean := openIngestStore(t, filepath.Join(t.TempDir(), "clean.db"))
	ingestAll(context.Background(), clean, fakeArticles(90), fakeCoder, 1, nil)
	want, _ := clean.Stats(context.Background())
	if st != want {
		t.Errorf("resumed store %+v, a clean run gives %+v", st, want)
	}
}

func TestIngestSurvivesCoderPanic(t *testing.T) {
	s := openIngestStore(t, filepath.Join(t.TempDir(), "c.db"))
	panicky := func(a chronicle.Article) chronicle.Record {
		if a.ID == "art-004" {
			panic("index out of range")
		}
		return fakeCoder(a)
	}
	sum := ingestAll(context.Background(), s, fakeArticles(8), panicky, 2, nil)
	if sum.Stored != 7 || sum.Failures["coder"] != 1 {
		t.Errorf("%+v", sum)
	}
}

func TestRunIngest(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Russian and Ukrainian negotiators met in Istanbul on Friday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00\x01\x02\x03binary"), 0o644)
	db := filepath.Join(dir, "c.db")
	tests := []struct {
		name   string
		args   []string
		status int
		out    string
	}{
		{"stores good input, fails on bad", []string{filepath.Join(dir, "good.txt"), "--db", db, filepath.Join(dir, "bad.txt"), "--published", "2025-05-16"}, 1, "1 stored"},
		{"second run skips", []string{"--db", db, filepath.Join(dir, "good.txt")}, 0, "1 already stored"},
		{"bad date", []string{"--db", db, "--published", "Friday", filepath.Join(dir, "good.txt")}, 2, ""},
		{"no paths", []string{"--db", db}, 2, ""},
		{"bad flag", []string{"--dbb", db, "x"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := runIngest(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if status != tt.status || !strings.Contains(stdout.String(), tt.out) {
				t.Errorf("status %d, want %d; stdout %q; stderr %q", status, tt.status, stdout.String(), stderr.String())
			}
		})
	}
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, bytes.Repeat([]byte("not a database "), 300), 0o644)
	var stderr bytes.Buffer
	if status := runIngest(context.Background(), []string{"--db", corrupt, filepath.Join(dir, "good.txt")}, nil, &bytes.Buffer{}, &stderr); status != 1 || !strings.Contains(stderr.String(), corrupt) {
		t.Errorf("corrupt db: status %d, stderr %q", status, stderr.String())
	}
}

// The acceptance check of the store: the seed and another outlet's report
// of the same meeting become one CONSULT event with two sources. It tests
// merging, so it skips while the coder misses the meeting in either article.
func TestSeedAndSecondOutletMerge(t *testing.T) {
	seed := shared.Path(t, "seed/reuters-witkoff-putin-talks.txt")
	second := filepath.Join("testdata", "witkoff-putin-second-outlet.jsonl")
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	published, _ := time.Parse(time.DateOnly, "2025-04-11")
	for a, err := range ingest.Read([]string{seed, second}, nil, ingest.Options{Published: published}) {
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range p.Code(a).Events {
			found = found || ev.Type == "CONSULT"
		}
		if !found {
			t.Skipf("the coder finds no CONSULT event in %s yet", a.Source)
		}
	}
	db := filepath.Join(t.TempDir(), "c.db")
	var stdout, stderr bytes.Buffer
	if status := runIngest(context.Background(), []string{"--db", db, "--published", "2025-04-11", seed, second}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("ingest: status %d: %s", status, stderr.String())
	}
	s := openIngestStore(t, db)
	page, err := s.Events(context.Background(), sqlite.EventFilter{Types: []string{"CONSULT"}, Dyad: [2]string{"USA", "RUS"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 1 || page.Events[0].Sources != 2 {
		var got []string
		for _, e := range page.Events {
			got = append(got, fmt.Sprintf("%s %v sources=%d", e.ID, e.Date, e.Sources))
		}
		t.Errorf("USA–RUS CONSULT events: %v; want one with two sources", got)
	}
}
