package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// TestParse resolves the phrasings of testdata/phrases.tsv; "-" as value
// means the text must not be taken for a date.
func TestParse(t *testing.T) {
	f, err := os.Open("testdata/phrases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			t.Fatalf("bad line %q", line)
		}
		n++
		published, err := time.Parse("2006-01-02", c[0])
		if err != nil {
			t.Fatal(err)
		}
		got, ok := Parse(c[2], published, c[1] == "past")
		if c[3] == "-" {
			if ok {
				t.Errorf("%s %s %q: got %+v, want no date", c[0], c[1], c[2], got)
			}
			continue
		}
		end := chronicle.NullString(c[4])
		if c[4] == "-" {
			end = ""
		}
		want := chronicle.Date{Value: c[3], End: end, Granularity: c[5], Precision: c[6], Text: c[2]}
		if !ok || got != want {
			t.Errorf("%s %s %q:\n got  %+v (%v)\n want %+v", c[0], c[1], c[2], got, ok, want)
		}
	}
	if n < 50 {
		t.Fatalf("only %d phrases read", n)
	}
}
