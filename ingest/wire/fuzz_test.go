package wire

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("MOSCOW, April 11 (Reuters) -")
	f.Add("By \n\n(Reuters) - \xff\xfe")
	f.Add("By A B, , | AP")
	f.Fuzz(func(t *testing.T, raw string) {
		text, meta := Clean(raw)
		if utf8.ValidString(raw) && !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", text)
		}
		if strings.Contains(text, "\n\n\n") || strings.Contains(text, "  ") || strings.TrimSpace(text) != text {
			t.Fatalf("bad layout: %q", text)
		}
		for _, a := range meta.Authors {
			if strings.TrimSpace(a) == "" || strings.Contains(a, "\n") {
				t.Fatalf("bad author %q", a)
			}
		}
		// a single line break may become a paragraph break; nothing else grows
		if len(text) > len(raw)+strings.Count(raw, "\n") {
			t.Fatalf("text grew: %d > %d bytes", len(text), len(raw))
		}
	})
}

func BenchmarkClean(b *testing.B) {
	raw, err := os.ReadFile("testdata/scraped.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Clean(string(raw))
	}
}

// TestCleanLargeInputs guards against quadratic work on large articles in
// the shapes that stress each step. It counts bytes allocated rather than
// time, so that a busy machine cannot make it flaky: joining lines by
// repeated concatenation would allocate gigabytes here.
func TestCleanLargeInputs(t *testing.T) {
	inputs := map[string]string{
		"wrapped":  strings.Repeat("the talks went on late into the night and resumed\n", 10_000), // one 500 kB paragraph
		"lines":    strings.Repeat("Officials said the talks would resume.\n", 12_500),
		"one line": strings.Repeat("word ", 100_000),
	}
	for name, raw := range inputs {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		text, _ := Clean(raw)
		runtime.ReadMemStats(&after)
		allocated := after.TotalAlloc - before.TotalAlloc
		if allocated > 100*uint64(len(raw)) || text == "" {
			t.Errorf("%s: cleaning %d bytes allocated %d", name, len(raw), allocated)
		}
	}
}
