package cluster

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle"
)

func loadRecords(t testing.TB) []chronicle.Record {
	t.Helper()
	paths, err := filepath.Glob("testdata/records/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var out []chronicle.Record
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r chronicle.Record
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, r)
	}
	return out
}

func allMentions(t testing.TB) []Mention {
	var ms []Mention
	for _, r := range loadRecords(t) {
		ms = append(ms, FromRecord(r)...)
	}
	return ms
}

// groupIDs renders groups as "id+id | id" for comparison.
func groupIDs(gs [][]Mention) string {
	var parts []string
	for _, g := range gs {
		var ids []string
		for _, m := range g {
			ids = append(ids, m.ID)
		}
		parts = append(parts, strings.Join(ids, "+"))
	}
	return strings.Join(parts, " | ")
}

// groupByBlock runs Group per block, as the store does.
func groupByBlock(ms []Mention) [][]Mention {
	blocks := map[string][]Mention{}
	var keys []string
	for _, m := range ms {
		if _, ok := blocks[m.Block()]; !ok {
			keys = append(keys, m.Block())
		}
		blocks[m.Block()] = append(blocks[m.Block()], m)
	}
	slices.Sort(keys)
	var out [][]Mention
	for _, k := range keys {
		out = append(out, Group(blocks[k])...)
	}
	return out
}

func TestGroupFixtures(t *testing.T) {
	got := groupByBlock(allMentions(t))
	want := []string{
		// the same Friday meeting from two outlets: one event, earliest report first
		"wire-witkoff-putin#e1+ledger-putin-witkoff#e1",
		// same day, same countries, other people and city: another meeting
		"gulf-rubio-lavrov#e1",
		// same people, another day and city
		"capital-witkoff-moscow#e1",
		// one strike, told by a named and an anonymous source
		"ledger-putin-witkoff#e2+east-kharkiv-strike#e1",
		"wire-witkoff-putin#e2",
	}
	have := strings.Split(groupIDs(got), " | ")
	slices.Sort(have)
	slices.Sort(want)
	if !slices.Equal(have, want) {
		t.Errorf("groups:\n got %q\nwant %q", have, want)
	}
}

func TestGroupOrderIndependent(t *testing.T) {
	ms := allMentions(t)
	want := groupIDs(groupByBlock(ms))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		shuffled := slices.Clone(ms)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := groupIDs(groupByBlock(shuffled)); got != want {
			t.Fatalf("order changed the result:\n got %s\nwant %s", got, want)
		}
	}
}

func TestCompatible(t *testing.T) {
	usa := Party{Actor: "usa-steve-witkoff", Country: "USA", Person: "witkoff"}
	rus := Party{Actor: "rus-vladimir-putin", Country: "RUS", Person: "putin"}
	rubio := Party{Actor: "usa-marco-rubio", Country: "USA", Person: "rubio"}
	ukr := Party{Actor: "ukr-ukraine", Country: "UKR"}
	spb := &Place{Country: "RUS", Lat: 59.94, Lon: 30.31, Precision: "city"}
	moscow := &Place{Country: "RUS", Lat: 55.75, Lon: 37.62, Precision: "city"}
	base := Mention{Article: "a", Type: "CONSULT", Bucket: "2025-04-11", Actors: []Party{usa}, Recipients: []Party{rus}, Place: spb}
	with := func(f func(*Mention)) Mention {
		m := base
		m.Article = "b"
		f(&m)
		return m
	}
	tests := []struct {
		name string
		b    Mention
		want bool
	}{
		{"same report elsewhere", with(func(m *Mention) {}), true},
		{"same article", with(func(m *Mention) { m.Article = "a" }), false},
		{"other type", with(func(m *Mention) { m.Type = "AGREE" }), false},
		{"other day", with(func(m *Mention) { m.Bucket = "2025-04-12" }), false},
		{"negated", with(func(m *Mention) { m.Negated = true }), false},
		{"only intended", with(func(m *Mention) { m.Irrealis = true }), false},
		{"reciprocal written as one side", with(func(m *Mention) { m.Actors, m.Recipients = []Party{rus, usa}, nil }), true},
		{"reversed direction of a meeting", with(func(m *Mention) { m.Actors, m.Recipients = []Party{rus}, []Party{usa} }), true},
		{"recipient omitted", with(func(m *Mention) { m.Recipients = nil }), true},
		{"other recipient country", with(func(m *Mention) { m.Recipients = []Party{ukr} }), false},
		{"other person of same country", with(func(m *Mention) { m.Actors = []Party{rubio} }), false},
		{"place unknown", with(func(m *Mention) { m.Place = nil }), true},
		{"other city", with(func(m *Mention) { m.Place = moscow }), false},
		{"country-level place", with(func(m *Mention) { m.Place = &Place{Country: "RUS", Precision: "country"} }), true},
		{"place in another country", with(func(m *Mention) { m.Place = &Place{Country: "SAU", Precision: "country"} }), false},
		{"no party in common", with(func(m *Mention) { m.Actors, m.Recipients = []Party{ukr}, nil }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compatible(base, tt.b); got != tt.want {
				t.Errorf("Compatible = %v, want %v", got, tt.want)
			}
			if got := Compatible(tt.b, base); got != tt.want {
				t.Errorf("Compatible reversed = %v, want %v", got, tt.want)
			}
		})
	}
	// directed events keep their direction
	assault := Mention{Article: "a", Type: "ASSAULT", Bucket: "2025-04-12", Actors: []Party{rus}, Recipients: []Party{ukr}}
	reversed := Mention{Article: "b", Type: "ASSAULT", Bucket: "2025-04-12", Actors: []Party{ukr}, Recipients: []Party{rus}}
	if Compatible(assault, reversed) {
		t.Error("an attack by RUS on UKR merged with one by UKR on RUS")
	}
}

func TestDateBucket(t *testing.T) {
	tests := []struct {
		date *chronicle.Date
		want string
	}{
		{&chronicle.Date{Value: "2025-04-11", Granularity: "day", Precision: "exact"}, "2025-04-11"},
		{&chronicle.Date{Value: "2025-04-11", Granularity: "day", Precision: "approximate"}, "2025-04-11"},
		{&chronicle.Date{Value: "2025-04-12", Granularity: "day", Precision: "unresolved"}, "2025-04-20"},
		{nil, "2025-04-20"},
		{&chronicle.Date{Value: "2025-04-09", Granularity: "week", Precision: "exact"}, "2025-W15"},
		{&chronicle.Date{Value: "2025-03", Granularity: "month", Precision: "exact"}, "2025-03"},
		{&chronicle.Date{Value: "2025-03-01", Granularity: "month", Precision: "approximate"}, "2025-03"},
		{&chronicle.Date{Value: "2024", Granularity: "year", Precision: "exact"}, "2024"},
		{&chronicle.Date{Value: "2025-03-01", End: "2025-03-05", Granularity: "day", Precision: "range"}, "2025-03-01..2025-03-05"},
		{&chronicle.Date{Value: "last spring", Granularity: "day", Precision: "exact"}, "undated:art"},
	}
	for _, tt := range tests {
		if got := DateBucket(tt.date, "2025-04-20", "art"); got != tt.want {
			t.Errorf("DateBucket(%+v) = %q, want %q", tt.date, got, tt.want)
		}
	}
	if got := DateBucket(nil, "", "art"); got != "undated:art" {
		t.Errorf("no date, no publication: %q", got)
	}
}

func TestActorKey(t *testing.T) {
	tests := []struct {
		actor chronicle.Actor
		want  string
	}{
		{chronicle.Actor{Name: "Vladimir Putin", Country: "RUS"}, "rus-vladimir-putin"},
		{chronicle.Actor{Name: "Vladimir Putin", Country: "RUS", KB: "Q7747"}, "kb-q7747"},
		{chronicle.Actor{Name: "two people familiar with the list"}, "xx-two-people-familiar-with-the-list"},
		{chronicle.Actor{Name: "Volodymyr Zelenskyy / Зеленський", Country: "UKR"}, "ukr-volodymyr-zelenskyy-зеленський"},
		{chronicle.Actor{Name: "<script>", Country: "USA"}, "usa-script"},
		{chronicle.Actor{}, "xx-unknown"},
	}
	for _, tt := range tests {
		if got := ActorKey(tt.actor); got != tt.want {
			t.Errorf("ActorKey(%q) = %q, want %q", tt.actor.Name, got, tt.want)
		}
	}
}

func FuzzDateBucket(f *testing.F) {
	f.Add("2025-04-11", "", "day", "exact", "2025-04-12")
	f.Add("2025", "", "year", "exact", "")
	f.Add("2025-03", "", "day", "range", "2025-03-04")
	f.Add("2025-03-01", "2025-03-09", "day", "range", "x")
	f.Add("", "", "week", "unresolved", "2025-13-45")
	f.Fuzz(func(t *testing.T, value, end, granularity, precision, published string) {
		d := &chronicle.Date{Value: value, End: chronicle.NullString(end), Granularity: granularity, Precision: precision}
		if DateBucket(d, published, "a") == "" {
			t.Fatal("empty bucket")
		}
	})
}

func BenchmarkGroupBlock(b *testing.B) {
	// a busy day: 200 reports of attacks among a few countries
	countries := []string{"RUS", "UKR", "ISR", "PSE", "SDN", "USA"}
	rng := rand.New(rand.NewPCG(3, 4))
	var ms []Mention
	for i := range 200 {
		a, r := countries[rng.IntN(len(countries))], countries[rng.IntN(len(countries))]
		ms = append(ms, Mention{
			ID: string(rune('a'+i%26)) + strings.Repeat("x", i/26), Article: string(rune('A'+i%26)) + strings.Repeat("y", i/26),
			Type: "ASSAULT", Bucket: "2025-04-12", Published: "2025-04-12", Position: 0,
			Actors: []Party{{Actor: a, Country: a}}, Recipients: []Party{{Actor: r, Country: r}},
		})
	}
	for b.Loop() {
		Group(ms)
	}
}
