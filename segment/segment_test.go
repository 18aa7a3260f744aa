package segment

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func readFixture(t testing.TB, name string) string {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTokens(t *testing.T) {
	for _, line := range strings.Split(readFixture(t, "tokens.txt"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		input, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("tokens.txt: no tab in %q", line)
		}
		doc := Split(input)
		var got []string
		for _, tk := range doc.Tokens {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("Split(%q)\n got: %s\nwant: %s", input, g, want)
		}
		checkDocument(t, input)
	}
}

func TestSentences(t *testing.T) {
	for _, block := range strings.Split(readFixture(t, "sentences.txt"), "\n====\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if !strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
		marked := strings.TrimSpace(strings.Join(lines, "\n"))
		if marked == "" {
			continue
		}
		var input strings.Builder
		var want []int
		for i, part := range strings.Split(marked, "||") {
			if i > 0 {
				want = append(want, len(strings.TrimRight(input.String(), " \n")))
			}
			input.WriteString(part)
		}
		text := input.String()
		want = append(want, len(strings.TrimRight(text, " \n")))
		doc := Split(text)
		var got []int
		for _, s := range doc.Sentences {
			got = append(got, s.End)
		}
		if !equalInts(got, want) {
			var parts []string
			for _, s := range doc.Sentences {
				parts = append(parts, text[s.Start:s.End])
			}
			t.Errorf("sentences of %q:\n got: %q\nwant ends %v, got %v", text, parts, want, got)
		}
		checkDocument(t, text)
	}
}

func TestEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n\t", "\u00a0\u200b"} {
		doc := Split(text)
		if len(doc.Tokens) != 0 || len(doc.Sentences) != 0 || doc.Text != text {
			t.Errorf("Split(%q) = %d tokens, %d sentences; want none", text, len(doc.Tokens), len(doc.Sentences))
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkDocument checks what every Split result must satisfy: tokens are
// non-empty substrings of the text in order, cut on rune boundaries, cover
// every non-space byte, and fall in exactly one sentence each; sentences
// tile the tokens in order.
func checkDocument(t testing.TB, text string) {
	t.Helper()
	doc := Split(text)
	if doc.Text != text {
		t.Fatalf("Text not kept")
	}
	pos := 0
	for i, tk := range doc.Tokens {
		if tk.Start < pos || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order or empty (previous end %d)", i, tk.Start, tk.End, pos)
		}
		if tk.Text != text[tk.Start:tk.End] {
			t.Fatalf("token %d text %q is not text[%d:%d]", i, tk.Text, tk.Start, tk.End)
		}
		if !runeStart(text, tk.Start) || !runeStart(text, tk.End) {
			t.Fatalf("token %d [%d,%d) cuts a rune", i, tk.Start, tk.End)
		}
		for j := pos; j < tk.Start; {
			sp, w := spaceAt(text, j)
			if !sp {
				t.Fatalf("byte %d (%q) is in no token", j, text[j:j+w])
			}
			j += w
		}
		if tk.Head != -1 {
			t.Fatalf("token %d Head = %d, want -1", i, tk.Head)
		}
		pos = tk.End
	}
	for j := pos; j < len(text); {
		sp, w := spaceAt(text, j)
		if !sp {
			t.Fatalf("trailing byte %d is in no token", j)
		}
		j += w
	}
	next := 0
	for si, s := range doc.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(doc.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) do not follow on from %d", si, s.First, s.Last, next)
		}
		if s.Start != doc.Tokens[s.First].Start || s.End != doc.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", si, s.Start, s.End)
		}
		for j := s.First; j < s.Last; j++ {
			if doc.Tokens[j].Sentence != si {
				t.Fatalf("token %d says sentence %d, is in %d", j, doc.Tokens[j].Sentence, si)
			}
		}
		next = s.Last
	}
	if next != len(doc.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(doc.Tokens))
	}
}

// runeStart reports whether i is a place a token may start or end: the
// text's end or the start of a rune as DecodeRune reads it (an invalid byte
// counts as a one-byte rune).
func runeStart(s string, i int) bool {
	if i == len(s) || i == 0 {
		return true
	}
	// Walk back to the previous decodable start and decode forward.
	j := i - 1
	for j > 0 && i-j < utf8.UTFMax && !utf8.RuneStart(s[j]) {
		j--
	}
	for j < i {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return j == i
}

func FuzzSplit(f *testing.F) {
	for _, line := range strings.Split(readFixture(f, "tokens.txt"), "\n") {
		input, _, _ := strings.Cut(line, "\t")
		f.Add(input)
	}
	f.Add(readFixture(f, "sentences.txt"))
	f.Add("\xff\xfe don\xe2\x80t U.S.\xe2\x80\x9d")
	f.Add("'''''''''...!!!???---///,,,")
	f.Add(strings.Repeat("a", 5000) + "." + strings.Repeat("-", 100))
	f.Fuzz(func(t *testing.T, text string) {
		checkDocument(t, text)
	})
}

func TestHugeInput(t *testing.T) {
	// A 1 MB line without spaces, and 1 MB of two-token sentences.
	n := 1 << 20 / 6
	doc := Split(strings.Repeat("ab-cd.", n))
	// "ab" "-" "cd.ab" "-" ... "cd.ab" "-" "cd" ".", cut at the length cap
	wantSentences := (2*n + 2 + MaxSentenceTokens - 1) / MaxSentenceTokens
	if len(doc.Tokens) != 2*n+2 || len(doc.Sentences) != wantSentences {
		t.Errorf("one long line: %d tokens, %d sentences; want %d, %d", len(doc.Tokens), len(doc.Sentences), 2*n+2, wantSentences)
	}
	n = 1 << 20 / 4
	doc = Split(strings.Repeat("Go. ", n))
	if len(doc.Tokens) != 2*n || len(doc.Sentences) != n {
		t.Errorf("short sentences: %d tokens, %d sentences; want %d, %d", len(doc.Tokens), len(doc.Sentences), 2*n, n)
	}
}

func TestUnpunctuatedTextIsCutIntoBoundedSentences(t *testing.T) {
	text := strings.Repeat("word ", 3*MaxSentenceTokens+10)
	doc := Split(text)
	if len(doc.Sentences) != 4 {
		t.Fatalf("got %d sentences for %d unpunctuated words, want 4", len(doc.Sentences), 3*MaxSentenceTokens+10)
	}
	for i, s := range doc.Sentences {
		if s.Last-s.First > MaxSentenceTokens {
			t.Errorf("sentence %d has %d tokens, over the cap of %d", i, s.Last-s.First, MaxSentenceTokens)
		}
	}
}
