package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/segment"
)

var layouts = map[string]string{chronicle.Day: "2006-01-02", chronicle.Week: "2006-01-02", chronicle.Month: "2006-01", chronicle.Year: "2006"}

func FuzzParse(f *testing.F) {
	file, err := os.Open("testdata/phrases.tsv")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		if c := strings.Split(sc.Text(), "\t"); len(c) == 7 {
			f.Add(c[2], c[1] == "past")
		}
	}
	f.Add("between 2099 and 1500", true)
	f.Add("on February 31", true)
	f.Add("in 99999 days", false)
	f.Fuzz(func(t *testing.T, text string, past bool) {
		d, ok := Parse(text, friday, past)
		if !ok {
			return
		}
		layout, known := layouts[d.Granularity]
		if !known {
			t.Fatalf("%q: granularity %q", text, d.Granularity)
		}
		if _, err := time.Parse(layout, d.Value); err != nil {
			t.Fatalf("%q: value %q does not fit granularity %s", text, d.Value, d.Granularity)
		}
		switch d.Precision {
		case chronicle.Exact, chronicle.Approximate, chronicle.Range, chronicle.Unresolved:
		default:
			t.Fatalf("%q: precision %q", text, d.Precision)
		}
		if d.End != "" && string(d.End) < d.Value {
			t.Fatalf("%q: end %q before value %q", text, d.End, d.Value)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := segment.Split(string(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(doc, friday)
	}
}

// TestSeedArticle checks the dates of the seed article against what its
// expected coding records: the talks on Friday 2025-04-11, the ceasefire
// agreed last month (2025-03), the list sent in recent days.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := segment.Split(string(text))
	got := map[string][]string{}
	for _, e := range Find(doc, friday) {
		got[strings.ToLower(e.Date.Text)] = append(got[strings.ToLower(e.Date.Text)], e.Date.Value+"/"+e.Date.Granularity+"/"+e.Date.Precision)
	}
	want := map[string]string{"on friday": "2025-04-11/day/exact", "last month": "2025-03/month/exact",
		"in recent days": "2025-04-04/day/approximate"}
	for text, w := range want {
		if len(got[text]) == 0 {
			t.Errorf("%q not found (found %v)", text, got)
		}
		for _, g := range got[text] {
			if g != w {
				t.Errorf("%q = %s, want %s", text, g, w)
			}
		}
	}
	if n := len(got["on friday"]); n != 3 {
		t.Errorf("found %d \"on Friday\", want 3", n)
	}
}

func FuzzFind(f *testing.F) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(text), "\n") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := segment.Split(s)
		for _, e := range Find(doc, friday) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last {
				t.Fatalf("bad expression %+v in %d bytes, %d tokens", e, len(s), len(doc.Tokens))
			}
			if e.Date.Text != s[e.Start:e.End] {
				t.Fatalf("Date.Text %q is not the span %q", e.Date.Text, s[e.Start:e.End])
			}
		}
	})
}

// FuzzWindowFilters checks that a window a rule's filter turns away is one
// where the rule's expression finds nothing, so that filtering never
// changes what scan finds.
func FuzzWindowFilters(f *testing.F) {
	for _, path := range []string{"testdata/sentences.tsv", "testdata/phrases.tsv"} {
		file, err := os.Open(path)
		if err != nil {
			f.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		for sc.Scan() {
			f.Add(sc.Text())
		}
		file.Close()
	}
	for _, s := range []string{"thiſ week", "laſt Monday", "LAST MONTH", "in 1999", "2019-03-04", "3/4/2019", "1999–2001", "the paſt 3 years", "Wednesday", "recent years", "two dayſ ago", "the ſame day", "March 3-5", "5 May 2019", "three weeks from now"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, window string) {
		lower := asciiLower(window)
		for i, pass := range windowFilters {
			if pass != nil && !pass(lower) && rules[i].re.MatchString(window) {
				t.Fatalf("rule %q matches %q but its filter turns the window away", rules[i].name, window)
			}
		}
	})
}
