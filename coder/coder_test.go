package coder

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/conllu"
)

// fixture is one test document: its parse, the actors, places and dates a
// resolver would give, and the events wanted.
type fixture struct {
	id     string
	doc    *chronicle.Document
	actors map[string][]chronicle.Actor // lower-cased head word -> actors
	places map[string]chronicle.Place
	dates  map[string]chronicle.Date
	want   []string
}

// fakeActors resolves a noun phrase by the text of its head token.
type fakeActors struct {
	doc    *chronicle.Document
	byWord map[string][]chronicle.Actor
	byID   map[string]chronicle.Actor
}

func (f fakeActors) At(head int) (string, bool) {
	as := f.byWord[strings.ToLower(f.doc.Tokens[head].Text)]
	if len(as) == 1 {
		return as[0].ID, true
	}
	return "", false
}

func (f fakeActors) AtAll(head int) []string {
	var ids []string
	for _, a := range f.byWord[strings.ToLower(f.doc.Tokens[head].Text)] {
		ids = append(ids, a.ID)
	}
	return ids
}

func (f fakeActors) Get(id string) chronicle.Actor {
	if code, ok := strings.CutPrefix(id, "unk-"); ok {
		return chronicle.Actor{ID: id, Country: chronicle.NullString(strings.ToUpper(code)), Type: chronicle.ActorGroup}
	}
	if code, ok := strings.CutPrefix(id, "gov-"); ok {
		return chronicle.Actor{ID: id, Country: chronicle.NullString(strings.ToUpper(code)), Sector: "GOV", Type: chronicle.ActorOrganization}
	}
	return f.byID[id]
}

// Government names a country's government "gov-" and its lower-cased code.
func (f fakeActors) Government(country string) (string, bool) {
	return "gov-" + strings.ToLower(country), true
}

// UnknownIn names a country's unidentified perpetrators "unk-" and its
// lower-cased code.
func (f fakeActors) UnknownIn(country string) (string, bool) {
	return "unk-" + strings.ToLower(country), true
}

// loadFixtures reads a CoNLL-U file whose documents carry "# actor", "#
// place", "# date" and "# want" comments (see testdata/rules.conllu).
func loadFixtures(t testing.TB, path string) []*fixture {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := conllu.ParseString(string(data))
	if err != nil {
		t.Fatal(err)
	}
	var fx []*fixture
	var cur *fixture
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		key, val, ok := strings.Cut(strings.TrimPrefix(line, "# "), " = ")
		if !strings.HasPrefix(line, "# ") {
			continue
		}
		if line == "# want-none" && cur != nil {
			continue
		}
		if !ok {
			continue
		}
		switch key {
		case "newdoc id":
			cur = &fixture{id: val, actors: map[string][]chronicle.Actor{}, places: map[string]chronicle.Place{}, dates: map[string]chronicle.Date{}}
			fx = append(fx, cur)
		case "actor":
			f := strings.Fields(val)
			ids, countries := strings.Split(f[1], ","), strings.Split(f[2], ",")
			for i, id := range ids {
				a := chronicle.Actor{ID: id, Name: f[0], Country: chronicle.NullString(countries[i]), Type: f[3]}
				if len(f) > 4 {
					a.Sector = chronicle.NullString(f[4])
				}
				cur.actors[strings.ToLower(f[0])] = append(cur.actors[strings.ToLower(f[0])], a)
			}
		case "place":
			f := strings.Fields(val)
			cur.places[f[0]] = chronicle.Place{Name: f[0], Country: f[1], Precision: chronicle.PrecisionCity, Text: f[0]}
		case "date":
			f := strings.Fields(val)
			g := chronicle.Day
			if len(f[1]) == 7 {
				g = chronicle.Month
			}
			cur.dates[f[0]] = chronicle.Date{Value: f[1], Granularity: g, Precision: chronicle.Exact, Text: f[0]}
		case "want":
			cur.want = append(cur.want, val)
		}
	}
	if len(docs) != len(fx) {
		t.Fatalf("%s: %d documents but %d fixtures", path, len(docs), len(fx))
	}
	for i := range fx {
		fx[i].doc = docs[i]
	}
	return fx
}

func (f *fixture) inputs() Inputs {
	fa := fakeActors{doc: f.doc, byWord: f.actors, byID: map[string]chronicle.Actor{}}
	for _, as := range f.actors {
		for _, a := range as {
			fa.byID[a.ID] = a
		}
	}
	in := Inputs{Actors: fa, Published: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)}
	for i, tok := range f.doc.Tokens {
		if p, ok := f.places[tok.Text]; ok {
			in.Places = append(in.Places, Located{First: i, Last: i + 1, Place: p})
		}
		if d, ok := f.dates[tok.Text]; ok {
			in.Dates = append(in.Dates, Dated{First: i, Last: i + 1, Date: d})
		}
	}
	return in
}

// describe renders the fields of ev that a want line names.
func describe(ev chronicle.Event, keys []string) string {
	ids := func(ps []chronicle.Participant) string {
		var s []string
		for _, p := range ps {
			s = append(s, p.Actor)
		}
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	out := []string{ev.Type}
	for _, k := range keys {
		var v string
		switch k {
		case "actor":
			v = ids(ev.Actor)
		case "recipient":
			v = ids(ev.Recipient)
		case "mode":
			v = string(ev.Mode)
		case "modality":
			v = ev.Modality
		case "negated":
			v = fmt.Sprint(ev.Negated)
		case "tense":
			v = ev.Tense
		case "location":
			if ev.Location != nil {
				v = ev.Location.Country
			}
		case "date":
			if ev.Date != nil {
				v = ev.Date.Value
			}
		case "attribution":
			if ev.Attribution != nil {
				v = ev.Attribution.Text
			}
		case "mentions":
			v = fmt.Sprint(len(ev.Mentions))
		case "cameo":
			v = ev.CAMEO
		}
		out = append(out, k+"="+v)
	}
	return strings.Join(out, " ")
}

func normalizeWant(w string) (string, []string) {
	f := strings.Fields(w)
	var keys []string
	out := []string{f[0]}
	for _, kv := range f[1:] {
		k, v, _ := strings.Cut(kv, "=")
		if k == "attribution" {
			v = strings.ReplaceAll(v, "_", " ")
		}
		if k == "actor" || k == "recipient" {
			ids := strings.Split(v, ",")
			slices.Sort(ids)
			v = strings.Join(ids, ",")
		}
		keys = append(keys, k)
		out = append(out, k+"="+v)
	}
	return strings.Join(out, " "), keys
}

func TestRules(t *testing.T) {
	for _, file := range []string{"testdata/rules.conllu", "testdata/recipients.conllu", "testdata/roles.conllu"} {
		testFixtures(t, file)
	}
}

func testFixtures(t *testing.T, file string) {
	c := New(nil)
	for _, f := range loadFixtures(t, file) {
		t.Run(f.id, func(t *testing.T) {
			events, _ := c.Code(f.doc, f.inputs())
			if len(events) != len(f.want) {
				var got []string
				for _, ev := range events {
					got = append(got, describe(ev, []string{"actor", "recipient", "mode", "modality", "negated", "tense"})+" trigger="+ev.Trigger.Text)
				}
				t.Fatalf("%d events, want %d:\n  got  %s\n  want %s", len(events), len(f.want), strings.Join(got, "\n       "), strings.Join(f.want, "\n       "))
			}
			for i, w := range f.want {
				want, keys := normalizeWant(w)
				if got := describe(events[i], keys); got != want {
					t.Errorf("event %d:\n  got  %s\n  want %s", i, got, want)
				}
			}
		})
	}
}

func TestStems(t *testing.T) {
	tests := []struct{ form, want string }{
		{"expelled", "expel"}, {"rioted", "riot"}, {"denied", "deny"}, {"shelling", "shell"},
		{"imposing", "impose"}, {"bars", "bar"}, {"pushes", "push"}, {"stopped", "stop"},
		{"met", "meet"}, {"fought", "fight"}, {"withdrew", "withdraw"},
	}
	for _, tt := range tests {
		if got := stems(tt.form); !slices.Contains(got, tt.want) {
			t.Errorf("stems(%q) = %v, want it to contain %q", tt.form, got, tt.want)
		}
	}
}

// TestConjunctInsideAName: with "Bosnia" resolved to a mention covering
// "Bosnia and Herzegovina", the conjunct "Herzegovina" is part of that name,
// not another participant.
func TestConjunctInsideAName(t *testing.T) {
	f := loadFixtures(t, "testdata/names.conllu")[0]
	name := "Bosnia and Herzegovina"
	start := strings.Index(f.doc.Text, name)
	bih := f.actors["bosnia"][0]
	bih.Mentions = []chronicle.Span{{Start: start, End: start + len(name)}}
	f.actors["bosnia"][0] = bih
	events, _ := New(nil).Code(f.doc, f.inputs())
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	want, keys := normalizeWant(f.want[0])
	if got := describe(events[0], keys); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
