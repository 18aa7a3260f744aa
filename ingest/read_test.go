package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"

	"golang.org/x/text/encoding/charmap"
)

var seedPublished = time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)

// TestSeedAcrossFormats reads the seed story as plain text, an HTML page,
// an RSS item, a WARC response (plain and gzipped), a JSONL line and
// stdin, and expects the same article from each.
func TestSeedAcrossFormats(t *testing.T) {
	dir := t.TempDir()
	warcPath := writeFile(t, dir, "crawl.warc", seedWARC(t, false))
	warcGzPath := writeFile(t, dir, "crawl.warc.gz", seedWARC(t, true))
	seedText, err := os.ReadFile("testdata/seed.html")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]string{
		"html":    {"testdata/seed.html"},
		"rss":     {"testdata/seed.rss"},
		"warc":    {warcPath},
		"warc.gz": {warcGzPath},
		"jsonl":   {"testdata/seed.jsonl"},
		"stdin":   {"-"},
	}
	if dir, ok := shared.Dir(); ok {
		inputs["text"] = []string{filepath.Join(dir, "seed/reuters-witkoff-putin-talks.txt")}
	}
	var want string
	for name, paths := range inputs {
		t.Run(name, func(t *testing.T) {
			arts, errs := collect(t, paths, seedText, Options{Published: seedPublished})
			if name == "rss" {
				// the feed's link-only item is reported, its second item read
				if len(errs) != 1 || !strings.HasSuffix(errorInput(errs[0]), "seed.rss#3") || len(arts) != 2 {
					t.Fatalf("rss: %d articles, errors %v", len(arts), errs)
				}
				if arts[1].Dateline != "MOSCOW" || !strings.HasPrefix(arts[1].Text, "The Kremlin said") {
					t.Errorf("second item: dateline %q text %.40q", arts[1].Dateline, arts[1].Text)
				}
			} else if len(errs) != 0 || len(arts) != 1 {
				t.Fatalf("%d articles, errors %v", len(arts), errs)
			}
			a := arts[0]
			if !reflect.DeepEqual(a.Authors, []string{"Andrew Osborn"}) || a.Outlet != "Reuters" || a.Language != "en" {
				t.Errorf("authors %q outlet %q language %q", a.Authors, a.Outlet, a.Language)
			}
			if !a.Published.Truncate(24 * time.Hour).Equal(seedPublished) {
				t.Errorf("published %v", a.Published)
			}
			if !strings.HasPrefix(a.Text, "U.S. President Donald Trump’s special envoy") ||
				strings.Contains(a.Text, "Share this story") || strings.Contains(a.Text, "ADVERTISING") {
				t.Errorf("text: %.200q", a.Text)
			}
			if len(a.ID) != 16 && name != "jsonl" || name == "jsonl" && a.ID != "reuters-2025-04-11-witkoff" {
				t.Errorf("id %q", a.ID)
			}
			if want == "" {
				want = a.Text
			} else if a.Text != want {
				t.Errorf("text differs from another format's:\n%s\n---\n%s", a.Text, want)
			}
		})
	}
}

func errorInput(err error) string {
	var ce *chronicle.Error
	if errors.As(err, &ce) {
		return ce.Input
	}
	return ""
}

// TestBadInputs puts one of each kind of bad input in a folder among good
// ones: each bad one gets exactly one error naming it, the good ones are read.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "Lawmakers in Vilnius approved the defence budget on Tuesday after a long debate.\n"
	writeFile(t, dir, "good.txt", []byte(good))
	writeFile(t, dir, ".hidden/skipped.txt", []byte(good))
	writeFile(t, dir, ".skipped.txt", []byte(good))
	writeFile(t, dir, "latin1.txt", charmapBytes(t, charmap.ISO8859_1, "Le café du président a été fermé à Paris hier soir, selon la préfecture. Les employés ont été renvoyés chez eux."))

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(good, 400)))
	zw.Close()
	writeFile(t, dir, "ok.txt.gz", gz.Bytes())

	huge := bytes.Repeat([]byte("a"), 50<<20)
	bad := map[string][]byte{
		"binary.txt":    append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...),
		"empty.txt":     nil,
		"huge.txt":      huge,
		"trunc.txt.gz":  gz.Bytes()[:gz.Len()/2],
		"bad.rss":       []byte("<?xml version=\"1.0\"?><rss><channel><title>x</title><item><title>broken"),
		"notfeed.xml":   []byte("<?xml version=\"1.0\"?><catalog><book>x</book></catalog>"),
		"bad.jsonl":     []byte(`{"text": "` + good[:len(good)-1] + `"}` + "\n{\"text\": broken\n"),
		"huge.jsonl":    append(append([]byte(`{"text": "`), huge...), []byte("\"}\n{\"text\": \"Officials in Riga said the border would stay open.\"}\n")...),
		"empty.html":    []byte("<html><body><script>var x = 1;</script></body></html>"),
		"notext.csv":    []byte("url,title\nhttps://example.test/a,A\n"),
		"badquote.csv":  []byte("url,text\nhttps://example.test/a,\"Ministers met in Oslo on Monday.\"\nhttps://example.test/b,\"unterminated \"quote\" here\n"),
		"crawl.warc.gz": seedWARC(t, true)[:300],
	}
	for name, data := range bad {
		writeFile(t, dir, name, data)
	}
	arts, errs := collect(t, []string{dir, filepath.Join(dir, "missing.txt")}, nil, Options{})

	wantErrors := map[string]string{
		"binary.txt": "binary", "empty.txt": "empty", "huge.txt": "larger than", "trunc.txt.gz": "truncated gzip",
		"bad.rss": "malformed feed", "notfeed.xml": "malformed feed", "bad.jsonl:2": "malformed JSON",
		"huge.jsonl:1": "line longer", "empty.html": "no article text", "notext.csv": "no text column",
		"badquote.csv:3": "malformed CSV", "crawl.warc.gz": "", "missing.txt": "cannot read",
	}
	got := map[string]string{}
	for _, err := range errs {
		var ce *chronicle.Error
		if !errors.As(err, &ce) || ce.Input == "" {
			t.Errorf("error without input: %v", err)
			continue
		}
		name := strings.TrimPrefix(ce.Input, dir+string(filepath.Separator))
		if before, _, ok := strings.Cut(name, "#"); ok {
			name = before
		}
		if _, dup := got[name]; dup {
			t.Errorf("second error for %s: %v", name, err)
		}
		got[name] = err.Error()
	}
	for name, msg := range wantErrors {
		if e, ok := got[name]; !ok || !strings.Contains(e, msg) {
			t.Errorf("%s: error %q, want one containing %q", name, e, msg)
		}
	}
	for name := range got {
		if _, ok := wantErrors[name]; !ok {
			t.Errorf("unexpected error for %s: %s", name, got[name])
		}
	}

	sources := map[string]chronicle.Article{}
	for _, a := range arts {
		sources[strings.TrimPrefix(a.Source, dir+string(filepath.Separator))] = a
	}
	for _, name := range []string{"good.txt", "latin1.txt", "ok.txt.gz", "bad.jsonl:1", "huge.jsonl:2", "badquote.csv:2"} {
		if _, ok := sources[name]; !ok {
			t.Errorf("article from %s missing; have %v", name, keys(sources))
		}
	}
	if len(arts) != 6 {
		t.Errorf("%d articles, want 6: %v", len(arts), keys(sources))
	}
	if a := sources["latin1.txt"]; !strings.Contains(a.Text, "café du président") || a.Language != "fr" {
		t.Errorf("latin1: language %q text %q", a.Language, a.Text)
	}
}

func charmapBytes(t testing.TB, cm *charmap.Charmap, s string) []byte {
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func keys(m map[string]chronicle.Article) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
