package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"chronicle/sqlite"
)

// benchServer serves a store of at least 100,000 synthetic events: the one
// package sqlite's benchmarks build and keep in the temp folder (run
// `go test -run '^$' -bench BenchmarkEvents ./sqlite` once), or the file
// named by $CHRONICLE_BENCH_DB.
func benchServer(b *testing.B) *Server {
	b.Helper()
	path := os.Getenv("CHRONICLE_BENCH_DB")
	if path == "" {
		matches, _ := filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("chronicle-bench-v%d-*.db", sqlite.SchemaVersion())))
		if len(matches) == 0 {
			b.Skip("no benchmark store: run go test -run '^$' -bench BenchmarkEvents ./sqlite first, or set CHRONICLE_BENCH_DB")
		}
		path = matches[0]
	}
	s, err := sqlite.Open(context.Background(), path, sqlite.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	st, err := s.Stats(context.Background())
	if err != nil || st.Events < 100000 {
		b.Skipf("benchmark store %s has %+v (%v); want ≥ 100,000 events", path, st, err)
	}
	srv, err := New(Options{Store: s})
	if err != nil {
		b.Fatal(err)
	}
	return srv
}

// benchRequest serves path through the whole handler (headers, routing,
// parsing, the query, JSON or HTML) and fails on a non-200 answer.
func benchRequest(b *testing.B, srv *Server, path string) {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
	}
}

func BenchmarkAPIEvents(b *testing.B) {
	srv := benchServer(b)
	for _, bc := range []struct{ name, path string }{
		{"newest", "/api/events"},
		{"type+country", "/api/events?type=ASSAULT&country=UKR"},
		{"dyad+dates", "/api/events?dyad=USA,RUS&from=2024-06-01&to=2024-12-31"},
		{"anonymous-alleged", "/api/events?attribution=anonymous&modality=alleged"},
		{"fulltext", "/api/events?q=Kharkiv"},
		{"limit500", "/api/events?limit=500"},
		{"network", "/api/network"},
		{"counts-week-UKR", "/api/counts?by=week&country=UKR"},
	} {
		b.Run(bc.name, func(b *testing.B) { benchRequest(b, srv, bc.path) })
	}
}

func BenchmarkAPIDyad(b *testing.B) {
	srv := benchServer(b)
	for _, bc := range []struct{ name, path string }{
		{"RUS-UKR-quarter", "/api/dyad?a=RUS&b=UKR&from=2024-10-01&to=2024-12-31"},
		{"USA-RUS-all", "/api/dyad?a=USA&b=RUS"},
	} {
		b.Run(bc.name, func(b *testing.B) { benchRequest(b, srv, bc.path) })
	}
}

func BenchmarkPages(b *testing.B) {
	srv := benchServer(b)
	for _, bc := range []struct{ name, path string }{
		{"events", "/events"},
		{"dyad", "/dyad?a=RUS&b=UKR&from=2024-10-01&to=2024-12-31"},
		{"overview", "/"},
		{"map", "/map"},
		{"network", "/network"},
		{"actors", "/actors"},
	} {
		b.Run(bc.name, func(b *testing.B) { benchRequest(b, srv, bc.path) })
	}
}
