package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle"
)

// fuzzReader feeds arbitrary bytes to one reader and checks what every
// reader promises: no panic, errors that are *chronicle.Error naming the
// input, and articles with an ID and clean UTF-8 text.
func fuzzReader(f *testing.F, format string, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for a, err := range ReadReader("fuzz", strings.NewReader(string(data)), Options{Format: format}) {
			if err != nil {
				var ce *chronicle.Error
				if !errors.As(err, &ce) || !strings.HasPrefix(ce.Input, "fuzz") {
					t.Fatalf("error not naming the input: %v", err)
				}
				continue
			}
			if a.ID == "" || a.Text == "" || !utf8.ValidString(a.Text) || strings.Contains(a.Text, "\n\n\n") {
				t.Fatalf("bad article: %+v", a)
			}
		}
	})
}

func readSeed(f *testing.F, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func FuzzReadText(f *testing.F) {
	fuzzReader(f, FormatText, readSeed(f, "testdata/lemonde-style-fr.txt"), []byte("\xff\xfeA\x00"), []byte("caf\xe9 au lait"), nil)
}

func FuzzReadHTML(f *testing.F) {
	fuzzReader(f, FormatHTML, readSeed(f, "testdata/seed.html"), []byte("<p>One short paragraph here.</p>"),
		[]byte(`<meta charset="koi8-r"><p>`+"\xf0\xd2\xc9\xd7\xc5\xd4"+`</p>`))
}

func FuzzReadJSON(f *testing.F) {
	fuzzReader(f, FormatJSONL, readSeed(f, "testdata/seed.jsonl"), []byte(`[{"text":"a b c d"},{"text":1}]`),
		[]byte("{\n\"text\": \"x\"\n}"), []byte(`{"text":"x","published":"2025-13-45"}`))
}

func FuzzReadCSV(f *testing.F) {
	fuzzReader(f, FormatCSV, []byte("url,date,title,text\nhttp://x,2019-01-04,T,\"Body text, with a comma.\"\n"),
		[]byte("text\n\"unterminated\n"), []byte("a,b\n1,2\n"))
}

func FuzzReadFeed(f *testing.F) {
	fuzzReader(f, FormatFeed, readSeed(f, "testdata/seed.rss"),
		[]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><content type="html">&lt;p&gt;Text of the entry.&lt;/p&gt;</content></entry></feed>`))
}

func FuzzReadWARC(f *testing.F) {
	fuzzReader(f, FormatWARC, seedWARC(f, false), seedWARC(f, true)[:400], []byte("WARC/1.1\r\nContent-Length: 5\r\n\r\nabc"))
}
