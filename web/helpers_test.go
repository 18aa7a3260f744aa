package web

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/sqlite"
)

// fixtureRecords reads testdata/records.jsonl: three outlets reporting
// US–Russia talks, a strike and sanctions (two report the same meeting), and
// one hostile article full of markup and odd Unicode.
func fixtureRecords(t testing.TB) []chronicle.Record {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "records.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []chronicle.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r chronicle.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return recs
}

func fixedClock() time.Time { return time.Date(2025, 4, 21, 12, 0, 0, 0, time.UTC) }

// testStore is a fresh store holding recs.
func testStore(t testing.TB, recs []chronicle.Record) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), sqlite.Options{Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, r := range recs {
		if _, err := s.Put(context.Background(), r); err != nil {
			t.Fatalf("put %s: %v", r.ID, err)
		}
	}
	return s
}

// testServer serves the fixture records; opt.Store is filled in.
func testServer(t testing.TB, opt Options) (*Server, *httptest.Server) {
	t.Helper()
	if opt.Store == nil {
		opt.Store = testStore(t, fixtureRecords(t))
	}
	srv, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

// get fetches path and returns the status, the headers and the body.
func get(t testing.TB, ts *httptest.Server, path string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

// getJSON fetches path, wants status, and decodes the body into a map.
func getJSON(t testing.TB, ts *httptest.Server, path string, status int) map[string]any {
	t.Helper()
	got, h, body := get(t, ts, path)
	if got != status {
		t.Fatalf("GET %s: status %d, want %d: %s", path, got, status, body)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, body)
	}
	return m
}

func post(t testing.TB, ts *httptest.Server, path, token, contentType string, body io.Reader) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("POST %s: status %d, body not JSON: %v", path, resp.StatusCode, err)
	}
	return resp.StatusCode, m
}

func eventIDs(t testing.TB, m map[string]any) []string {
	t.Helper()
	var ids []string
	for _, e := range m["events"].([]any) {
		ids = append(ids, e.(map[string]any)["id"].(string))
	}
	return ids
}

func eventTypesOf(m map[string]any) []string {
	var types []string
	for _, e := range m["events"].([]any) {
		types = append(types, e.(map[string]any)["type"].(string))
	}
	return types
}
