package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"iter"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

// testdata/events.jsonl holds the store's events for the cluster fixtures,
// with an actor name carrying a tab, quotes and a line break.
func loadEvents(t *testing.T) []sqlite.EventDetail {
	t.Helper()
	f, err := os.Open("testdata/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sqlite.EventDetail
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d sqlite.EventDetail
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func seq(events []sqlite.EventDetail) iter.Seq2[sqlite.EventDetail, error] {
	return func(yield func(sqlite.EventDetail, error) bool) {
		for _, d := range events {
			if !yield(d, nil) {
				return
			}
		}
	}
}

func export(t *testing.T, format string, events []sqlite.EventDetail) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := Write(&buf, format, seq(events))
	if err != nil || n != len(events) {
		t.Fatalf("%s: wrote %d of %d: %v", format, n, len(events), err)
	}
	return buf.Bytes()
}

func TestJSONLRoundTrip(t *testing.T) {
	events := loadEvents(t)
	var back []sqlite.EventDetail
	for line := range bytes.Lines(export(t, "jsonl", events)) {
		var d sqlite.EventDetail
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		back = append(back, d)
	}
	if !reflect.DeepEqual(back, events) {
		t.Error("jsonl does not read back as the events written")
	}
}

func TestCSVParsesBack(t *testing.T) {
	events := loadEvents(t)
	rows, err := csv.NewReader(bytes.NewReader(export(t, "csv", events))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], csvHeader) {
		t.Fatalf("header %q", rows[0])
	}
	col := func(name string) int {
		for i, h := range csvHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	want := 0
	var texts []string
	for _, d := range events {
		want += len(d.Mentions)
		for _, m := range d.Mentions {
			texts = append(texts, m.Text)
		}
	}
	if len(rows)-1 != want {
		t.Fatalf("%d rows, want one per mention (%d)", len(rows)-1, want)
	}
	for i, r := range rows[1:] {
		if r[col("text")] != texts[i] {
			t.Errorf("row %d text %q, want %q", i, r[col("text")], texts[i])
		}
	}
	found := false
	for _, r := range rows[1:] {
		found = found || r[col("recipients")] == "Kharkiv\tregion \"admin\"\nline two"
	}
	if !found {
		t.Error("a name with a tab, quotes and a line break did not survive")
	}
}

func TestTSVKeepsColumns(t *testing.T) {
	events := loadEvents(t)
	lines := strings.Split(strings.TrimSuffix(string(export(t, "tsv", events)), "\n"), "\n")
	if len(lines) != len(events)+1 {
		t.Fatalf("%d lines, want a header and one per event (%d)", len(lines), len(events))
	}
	for i, l := range lines {
		if f := strings.Split(l, "\t"); len(f) != len(tsvHeader) {
			t.Errorf("line %d has %d fields, want %d: %q", i, len(f), len(tsvHeader), l)
		}
	}
	if !strings.Contains(string(export(t, "tsv", events)), "\t195\tASSAULT\tKharkiv region \"admin\" line two\tUKR\t") {
		t.Error("the Kharkiv strike is not laid out source, CAMEO, type, target")
	}
}

func TestPLOVERFields(t *testing.T) {
	events := loadEvents(t)
	day := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	i := 0
	for line := range bytes.Lines(export(t, "plover", events)) {
		var p struct {
			ID        string           `json:"id"`
			Date      string           `json:"date"`
			Actor     []map[string]any `json:"actor"`
			Recipient []map[string]any `json:"recipient"`
			Event     []string         `json:"event"`
			Mode      []string         `json:"mode"`
			EventLoc  *struct {
				CountryCode string `json:"country_code"`
				Resolution  int    `json:"resolution"`
			} `json:"event_loc"`
			CiteInfo struct {
				URL string `json:"url"`
			} `json:"cite_info"`
		}
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatal(err)
		}
		d := events[i]
		i++
		if p.ID != d.ID || !day.MatchString(p.Date) || len(p.Event) != 1 || p.Event[0] != d.Type || len(p.Actor) != len(d.Actor) {
			t.Errorf("%s: %+v", d.ID, p)
		}
		if len(p.Actor) > 0 && p.Actor[0]["code"] == nil {
			t.Errorf("%s: actor without a code: %v", d.ID, p.Actor[0])
		}
		if (p.EventLoc != nil) != (d.Location != nil) || (p.EventLoc != nil && (p.EventLoc.CountryCode != d.Location.Country || p.EventLoc.Resolution != 4)) {
			t.Errorf("%s: event_loc %+v for %+v", d.ID, p.EventLoc, d.Location)
		}
		if p.CiteInfo.URL == "" {
			t.Errorf("%s: no cite_info url", d.ID)
		}
	}
	if i != len(events) {
		t.Errorf("%d records, want %d", i, len(events))
	}
}

func TestWriteErrors(t *testing.T) {
	if _, err := Write(&bytes.Buffer{}, "xml", seq(nil)); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
	boom := errors.New("disk gone")
	failing := func(yield func(sqlite.EventDetail, error) bool) {
		if yield(sqlite.EventDetail{}, nil) {
			yield(sqlite.EventDetail{}, boom)
		}
	}
	if n, err := Write(&bytes.Buffer{}, "jsonl", failing); n != 1 || !errors.Is(err, boom) {
		t.Errorf("reading error: %d, %v", n, err)
	}
}
