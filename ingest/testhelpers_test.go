package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// warcRecord is one record for buildWARC.
type warcRecord struct {
	kind    string // response, request, warcinfo
	uri     string
	date    time.Time
	http    string // HTTP headers, for response and request records
	payload string
}

// buildWARC writes records as a WARC 1.1 file, each record gzipped
// separately (as .warc.gz files are) when gz is set.
func buildWARC(t testing.TB, records []warcRecord, gz bool) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range records {
		block := r.payload
		contentType := "application/warc-fields"
		if r.http != "" {
			block = strings.ReplaceAll(r.http, "\n", "\r\n") + "\r\n" + r.payload
			contentType = "application/http;msgtype=" + r.kind
		}
		var rec bytes.Buffer
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", r.kind, i)
		fmt.Fprintf(&rec, "WARC-Date: %s\r\n", r.date.UTC().Format(time.RFC3339))
		if r.uri != "" {
			fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", r.uri)
		}
		fmt.Fprintf(&rec, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
		if !gz {
			out.Write(rec.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(rec.Bytes())
		zw.Close()
	}
	return out.Bytes()
}

// seedWARC holds the seed's HTML page among the records a crawler writes.
func seedWARC(t testing.TB, gz bool) []byte {
	page, err := os.ReadFile("testdata/seed.html")
	if err != nil {
		t.Fatal(err)
	}
	captured := time.Date(2025, 4, 12, 7, 0, 0, 0, time.UTC)
	uri := "https://www.example-news.test/world/europe/witkoff-putin-talks-2025-04-11/"
	return buildWARC(t, []warcRecord{
		{kind: "warcinfo", date: captured, payload: "software: chronicle-test\r\nformat: WARC File Format 1.1\r\n"},
		{kind: "request", uri: uri, date: captured, http: "GET /world/europe/witkoff-putin-talks-2025-04-11/ HTTP/1.1\nHost: www.example-news.test\n"},
		{kind: "response", uri: uri, date: captured, http: "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n", payload: string(page)},
		{kind: "response", uri: "https://www.example-news.test/logo.png", date: captured, http: "HTTP/1.1 200 OK\nContent-Type: image/png\n", payload: "\x89PNG\r\n\x1a\n\x00\x00"},
	}, gz)
}

// collect reads everything Read yields.
func collect(t testing.TB, paths []string, stdin []byte, opt Options) ([]chronicle.Article, []error) {
	t.Helper()
	var arts []chronicle.Article
	var errs []error
	for a, err := range Read(paths, bytes.NewReader(stdin), opt) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
