package wire

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestCleanLargeInputs guards against quadratic work: 2 MB articles in the
// shapes that stress each step clean in well under the time quadratic
// joining would take (minutes).
func TestCleanLargeInputs(t *testing.T) {
	wrapped := strings.Repeat("the talks went on late into the night and resumed\n", 40_000) // one 2 MB paragraph
	lines := strings.Repeat("Officials said the talks would resume.\n", 50_000)
	oneLine := strings.Repeat("word ", 400_000)
	for name, raw := range map[string]string{"wrapped": wrapped, "lines": lines, "one line": oneLine} {
		start := time.Now()
		text, _ := Clean(raw)
		if elapsed := time.Since(start); elapsed > 10*time.Second || text == "" {
			t.Errorf("%s: %d bytes cleaned in %v", name, len(raw), elapsed)
		}
	}
}
