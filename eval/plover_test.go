package eval

import (
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// fakeCoder returns canned records: what a coder would produce for each
// sentence of testdata/plover_small.json, right and wrong in known ways.
func fakeCoder(t *testing.T) func(string, time.Time) chronicle.Record {
	actors := []chronicle.Actor{
		{ID: "fre", Country: "FRE"}, {ID: "syl", Country: "SYL"}, {ID: "jpn", Country: "JPN"},
	}
	ev := func(typ string, actor, recip []string, conf float64) chronicle.Event {
		e := chronicle.Event{Type: typ, Confidence: conf}
		for _, a := range actor {
			e.Actor = append(e.Actor, chronicle.Participant{Actor: a})
		}
		for _, a := range recip {
			e.Recipient = append(e.Recipient, chronicle.Participant{Actor: a})
		}
		return e
	}
	coded := map[string][]chronicle.Event{
		// right, after DEMAND→REQUEST; a second, wrong event must not matter
		"Freedonia demanded": {ev("ACCUSE", []string{"syl"}, nil, 0.9), ev("REQUEST", []string{"fre"}, []string{"syl"}, 0.5)},
		// right type, but the gold names no target and a recipient is coded
		"Sylvanian troops": {ev("ASSAULT", []string{"syl"}, []string{"fre"}, 0.8)},
		// right: JAP is read as JPN, compound actors share a country
		"Japan and Freedonia": {ev("AGREE", []string{"jpn", "fre"}, nil, 0.8)},
		// nothing coded
		"Freedonian students": nil,
		// wrong type
		"Sylvania condemned": {ev("REJECT", []string{"syl"}, []string{"fre"}, 0.7)},
	}
	return func(text string, published time.Time) chronicle.Record {
		if published.Format("2006-01-02") != "2001-02-03" {
			t.Errorf("published %v, want the gold date", published)
		}
		for prefix, events := range coded {
			if strings.HasPrefix(text, prefix) {
				return chronicle.Record{Text: text, Actors: actors, Events: events}
			}
		}
		t.Fatalf("unexpected text %q", text)
		return chronicle.Record{}
	}
}

func TestPloverScoring(t *testing.T) {
	f, err := os.Open("testdata/plover_small.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := Plover(f, fakeCoder(t))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"records", rep.Records, 5},
		{"events", rep.Events, 5},
		{"micro correct", rep.Micro.Correct, 2},
		{"micro predicted", rep.Micro.Predicted, 4},
		{"micro gold", rep.Micro.Gold, 5},
		{"micro precision", rep.Micro.Precision, 0.5},
		{"micro recall", rep.Micro.Recall, 0.4},
		{"type-only correct", rep.TypeOnly.Correct, 3},
		{"REQUEST correct", rep.PerType["REQUEST"].Correct, 1},
		{"ASSAULT gold", rep.PerType["ASSAULT"].Gold, 1},
		{"ASSAULT correct", rep.PerType["ASSAULT"].Correct, 0},
		{"ACCUSE gold", rep.PerType["ACCUSE"].Gold, 1},
		{"REJECT predicted", rep.PerType["REJECT"].Predicted, 1},
		{"even half gold", rep.Halves["even"].Gold, 3},
		{"odd half gold", rep.Halves["odd"].Gold, 2},
		{"misses", len(rep.Misses), 3},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	confused := map[string]int{}
	for _, c := range rep.Confusion {
		confused[c.Gold+">"+c.Predicted] = c.Count
	}
	if confused["PROTEST>NONE"] != 1 || confused["ACCUSE>REJECT"] != 1 || len(confused) != 2 {
		t.Errorf("confusion %v, want PROTEST>NONE and ACCUSE>REJECT once each", confused)
	}
}

func TestPloverBadInput(t *testing.T) {
	for _, in := range []string{"", "{", `{"id": "x"}`, `[]`, `[{"event": "DOCUMENT"}]`} {
		_, err := Plover(strings.NewReader(in), func(string, time.Time) chronicle.Record { return chronicle.Record{} })
		if chronicle.ErrorCode(err) != chronicle.EINVALID {
			t.Errorf("Plover(%q) error %v, want code %s", in, err, chronicle.EINVALID)
		}
	}
	if _, err := PloverFile("testdata/no-such-file.json", nil); chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "no-such-file") {
		t.Errorf("PloverFile on a missing file: %v, want an invalid-input error naming it", err)
	}
}

func FuzzPlover(f *testing.F) {
	seed, err := os.ReadFile("testdata/plover_small.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add(`[{"event":"AGREE","text":"x","source":"","target":null}]`)
	f.Add(`[{"event":"AGREE","text":"x","source":[{"code":7}]}]`)
	f.Fuzz(func(t *testing.T, in string) {
		rep, err := Plover(strings.NewReader(in), func(text string, _ time.Time) chronicle.Record {
			return chronicle.Record{Text: text}
		})
		if err == nil && (rep.Micro.Correct > rep.Micro.Predicted || rep.Micro.Predicted > rep.Micro.Gold) {
			t.Fatalf("inconsistent counts %+v", rep.Micro)
		}
	})
}
