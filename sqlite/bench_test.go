package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// synth makes records that look like a news stream about a few conflicts and
// negotiations: realistic countries, people, places, types and modalities,
// and the same events reported by several outlets.
type synth struct {
	rng    *rand.Rand
	recent []synthEvent
	n      int
}

type synthCountry struct {
	code, name, adjective string
	leader, minister      string
	cities                []chronicle.Place
}

var synthCountries = []synthCountry{
	{"RUS", "Russia", "Russian", "Vladimir Putin", "Sergei Lavrov", []chronicle.Place{
		{Name: "Moscow", Country: "RUS", Lat: 55.75, Lon: 37.62, Precision: "city"},
		{Name: "Saint Petersburg", Country: "RUS", Lat: 59.94, Lon: 30.31, Precision: "city"},
		{Name: "Belgorod", Country: "RUS", Lat: 50.6, Lon: 36.59, Precision: "city"}}},
	{"UKR", "Ukraine", "Ukrainian", "Volodymyr Zelenskyy", "Andrii Sybiha", []chronicle.Place{
		{Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52, Precision: "city"},
		{Name: "Kharkiv", Country: "UKR", Lat: 49.98, Lon: 36.25, Precision: "city"},
		{Name: "Odesa", Country: "UKR", Lat: 46.48, Lon: 30.73, Precision: "city"},
		{Name: "Zaporizhzhia", Country: "UKR", Lat: 47.84, Lon: 35.14, Precision: "city"}}},
	{"USA", "the United States", "U.S.", "Donald Trump", "Marco Rubio", []chronicle.Place{
		{Name: "Washington", Country: "USA", Lat: 38.9, Lon: -77.04, Precision: "city"}}},
	{"ISR", "Israel", "Israeli", "Benjamin Netanyahu", "Gideon Saar", []chronicle.Place{
		{Name: "Jerusalem", Country: "ISR", Lat: 31.77, Lon: 35.21, Precision: "city"},
		{Name: "Tel Aviv", Country: "ISR", Lat: 32.08, Lon: 34.78, Precision: "city"}}},
	{"PSE", "the Palestinian territories", "Palestinian", "Mahmoud Abbas", "Varsen Aghabekian", []chronicle.Place{
		{Name: "Gaza City", Country: "PSE", Lat: 31.5, Lon: 34.47, Precision: "city"},
		{Name: "Khan Younis", Country: "PSE", Lat: 31.35, Lon: 34.31, Precision: "city"}}},
	{"CHN", "China", "Chinese", "Xi Jinping", "Wang Yi", []chronicle.Place{
		{Name: "Beijing", Country: "CHN", Lat: 39.9, Lon: 116.4, Precision: "city"}}},
	{"SDN", "Sudan", "Sudanese", "Abdel Fattah al-Burhan", "Ali Youssef", []chronicle.Place{
		{Name: "Khartoum", Country: "SDN", Lat: 15.5, Lon: 32.56, Precision: "city"},
		{Name: "El Fasher", Country: "SDN", Lat: 13.63, Lon: 25.35, Precision: "city"}}},
	{"TUR", "Turkey", "Turkish", "Recep Tayyip Erdogan", "Hakan Fidan", []chronicle.Place{
		{Name: "Istanbul", Country: "TUR", Lat: 41.01, Lon: 28.95, Precision: "city"},
		{Name: "Ankara", Country: "TUR", Lat: 39.93, Lon: 32.86, Precision: "city"}}},
	{"IRN", "Iran", "Iranian", "Masoud Pezeshkian", "Abbas Araghchi", []chronicle.Place{
		{Name: "Tehran", Country: "IRN", Lat: 35.69, Lon: 51.39, Precision: "city"}}},
	{"DEU", "Germany", "German", "Friedrich Merz", "Johann Wadephul", []chronicle.Place{
		{Name: "Berlin", Country: "DEU", Lat: 52.52, Lon: 13.4, Precision: "city"}}},
}

var synthTypes = []struct {
	typ, cameo, verb, modality string
	weight                     int
}{
	{"ASSAULT", "190", "attacked", "asserted", 30}, {"ASSAULT", "195", "struck", "alleged", 10},
	{"CONSULT", "040", "held talks with", "asserted", 15}, {"ACCUSE", "112", "accused", "asserted", 10},
	{"REQUEST", "100", "called on", "asserted", 8}, {"THREATEN", "130", "threatened", "threatened", 6},
	{"AGREE", "057", "agreed with", "asserted", 5}, {"REJECT", "120", "rejected a proposal by", "asserted", 5},
	{"SANCTION", "163", "imposed sanctions on", "asserted", 4}, {"SUPPORT", "051", "praised", "asserted", 3},
	{"AID", "070", "sent aid to", "asserted", 2}, {"MOBILIZE", "150", "massed troops near", "asserted", 2},
}

var synthOutlets = []string{"Wire One", "Gulf Daily", "Capital Post", "The Baltic Ledger", "Eastern Herald", "Pacific Times", "Sahel Observer"}

// dyads that the stream keeps returning to, as real news does
var synthDyads = [][2]int{{0, 1}, {1, 0}, {2, 0}, {0, 2}, {3, 4}, {4, 3}, {2, 5}, {5, 2}, {6, 6}, {7, 0}, {7, 1},
	{8, 3}, {3, 8}, {9, 1}, {9, 0}, {2, 8}, {8, 2}, {2, 1}, {1, 2}, {5, 0}}

// event is one real-world event; articles report it.
type synthEvent struct {
	typ                  int
	actor, recipient     int
	day                  time.Time
	place                chronicle.Place
	leader, anonymousSrc bool
}

func (s *synth) event(start time.Time, days int) synthEvent {
	pick := s.rng.IntN(100)
	t := 0
	for acc := 0; t < len(synthTypes); t++ {
		if acc += synthTypes[t].weight; pick < acc {
			break
		}
	}
	d := synthDyads[s.rng.IntN(len(synthDyads))]
	rc := synthCountries[d[1]]
	return synthEvent{typ: min(t, len(synthTypes)-1), actor: d[0], recipient: d[1],
		day: start.AddDate(0, 0, s.rng.IntN(days)), place: rc.cities[s.rng.IntN(len(rc.cities))],
		leader: s.rng.IntN(3) == 0, anonymousSrc: s.rng.IntN(5) == 0}
}

// record writes an article reporting evs.
func (s *synth) record(id int, outlet string, evs []synthEvent) chronicle.Record {
	var text strings.Builder
	rec := chronicle.Record{ID: fmt.Sprintf("synth-%06d", id), URL: fmt.Sprintf("https://%s.example/a/%d", strings.ReplaceAll(strings.ToLower(outlet), " ", "-"), id),
		Outlet: outlet, Language: "en", Authors: []string{}, Entities: []chronicle.Entity{}, Quotes: []chronicle.Quote{}}
	published := evs[0].day
	for _, e := range evs {
		if e.day.After(published) {
			published = e.day
		}
	}
	published = published.AddDate(0, 0, s.rng.IntN(2))
	rec.Published = published.Format(time.DateOnly)
	actorID := func(a chronicle.Actor) string {
		for _, x := range rec.Actors {
			if x.Name == a.Name {
				return x.ID
			}
		}
		a.ID = fmt.Sprintf("a%d", len(rec.Actors)+1)
		rec.Actors = append(rec.Actors, a)
		return a.ID
	}
	for i, e := range evs {
		ac, rc := synthCountries[e.actor], synthCountries[e.recipient]
		st := synthTypes[e.typ]
		var actor chronicle.Actor
		if e.leader {
			actor = chronicle.Actor{Name: ac.leader, Type: chronicle.ActorPerson, Country: chronicle.NullString(ac.code), Sector: "GOV", Role: "leader"}
		} else {
			actor = chronicle.Actor{Name: ac.name, Type: chronicle.ActorCountry, Country: chronicle.NullString(ac.code), Sector: "GOV"}
		}
		recipient := chronicle.Actor{Name: rc.name, Type: chronicle.ActorCountry, Country: chronicle.NullString(rc.code), Sector: "GOV"}
		if e.actor == e.recipient { // civil war: government against rebels
			recipient = chronicle.Actor{Name: rc.adjective + " rebels", Type: chronicle.ActorGroup, Country: chronicle.NullString(rc.code), Sector: "REB"}
		}
		start := text.Len()
		fmt.Fprintf(&text, "%s %s %s in %s on %s", actor.Name, st.verb, recipient.Name, e.place.Name, e.day.Weekday())
		var attribution *chronicle.Attribution
		if e.anonymousSrc {
			src := text.Len()
			text.WriteString(", according to two people familiar with the matter")
			attribution = &chronicle.Attribution{Text: text.String()[src+2:], Actor: chronicle.NullString(actorID(chronicle.Actor{Name: "two people familiar with the matter", Type: chronicle.ActorGroup}))}
		}
		text.WriteString(". ")
		end := text.Len() - 1
		fmt.Fprintf(&text, "The %s government has not commented on the reports about %s. ", rc.adjective, e.place.Name)
		place := e.place
		place.Text = e.place.Name
		ev := chronicle.Event{
			ID: fmt.Sprintf("e%d", i+1), Type: st.typ, Mode: "", Contexts: []string{},
			Actor:     []chronicle.Participant{{Actor: actorID(actor), Text: actor.Name, Start: start, End: start + len(actor.Name)}},
			Recipient: []chronicle.Participant{{Actor: actorID(recipient), Text: recipient.Name}},
			Sentence:  len(rec.Sentences), Mentions: []chronicle.Mention{{Sentence: len(rec.Sentences), Start: start, End: end}},
			Trigger: chronicle.TextSpan{Text: st.verb}, Evidence: chronicle.Span{Start: start, End: end},
			Modality: st.modality, Tense: chronicle.Past, Confidence: 0.8, CAMEO: st.cameo, Location: &place, Attribution: attribution,
			Date: &chronicle.Date{Value: e.day.Format(time.DateOnly), Granularity: chronicle.Day, Precision: chronicle.Exact, Text: "on " + e.day.Weekday().String()},
		}
		rec.Sentences = append(rec.Sentences, chronicle.Span{Start: start, End: end})
		rec.Events = append(rec.Events, ev)
	}
	rec.Text = text.String()
	rec.Title = rec.Text[:min(60, len(rec.Text))]
	return rec
}

// next makes the next article: ten events over five years, about one event
// in six also reported by another outlet.
func (s *synth) next() chronicle.Record {
	start := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := make([]synthEvent, 10)
	for j := range evs {
		if len(s.recent) > 0 && s.rng.IntN(6) == 0 {
			evs[j] = s.recent[s.rng.IntN(len(s.recent))]
		} else {
			evs[j] = s.event(start, 5*365)
		}
	}
	s.recent = append(s.recent, evs...)
	if len(s.recent) > 200 {
		s.recent = s.recent[len(s.recent)-200:]
	}
	s.n++
	return s.record(s.n, synthOutlets[s.n%len(synthOutlets)], evs)
}

func (s *synth) records(n int) []chronicle.Record {
	out := make([]chronicle.Record, 0, n)
	for range n {
		out = append(out, s.next())
	}
	return out
}

// BenchmarkPut measures storing articles (ten events each) into a store
// that already holds some.
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	gen := &synth{rng: rand.New(rand.NewPCG(1, 1))}
	if _, _, err := s.PutBatch(ctx, gen.records(1000)); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if res, err := s.Put(ctx, gen.next()); err != nil || !res.Stored {
			b.Fatal(res, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutBatch stores the same articles 32 at a time, as ingest does.
func BenchmarkPutBatch(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	gen := &synth{rng: rand.New(rand.NewPCG(1, 1))}
	if _, _, err := s.PutBatch(ctx, gen.records(1000)); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		if _, _, err := s.PutBatch(ctx, gen.records(32)); err != nil {
			b.Fatal(err)
		}
		n += 32
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// bigStore is a store of over 100,000 merged events, built once and kept in
// the temp folder between runs (it takes a few minutes to build).
func bigStore(b *testing.B) *Store {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("chronicle-bench-v%d-16k.db", SchemaVersion()))
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		upgradeBenchStore(b, path)
	}
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".building"
		os.Remove(tmp)
		s, err := Open(ctx, tmp, Options{})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		recs := (&synth{rng: rand.New(rand.NewPCG(7, 7))}).records(16000)
		for batch := range slices.Chunk(recs, 200) {
			if _, _, err := s.PutBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("built %s: %d articles in %s", path, len(recs), time.Since(start))
		s.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
	}
	s, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	st, err := s.Stats(ctx)
	if err != nil || st.Events < 100000 {
		b.Fatalf("bench store has %+v (%v), want ≥ 100,000 events", st, err)
	}
	return s
}

func BenchmarkEvents(b *testing.B) {
	s := bigStore(b)
	for _, bc := range []struct {
		name string
		f    EventFilter
	}{
		{"newest", EventFilter{}},
		{"type+country", EventFilter{Types: []string{"ASSAULT"}, Country: "UKR"}},
		{"dyad+dates", EventFilter{Dyad: [2]string{"USA", "RUS"}, From: "2024-06-01", To: "2024-12-31"}},
		{"anonymous", EventFilter{Attribution: "anonymous", Modality: "alleged"}},
		{"fulltext", EventFilter{Query: "Zaporizhzhia rebels"}},
		{"fulltext-common", EventFilter{Query: "Kharkiv"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Events(context.Background(), bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEventsPage10(b *testing.B) {
	s := bigStore(b)
	page, err := s.Events(context.Background(), EventFilter{})
	for range 9 {
		page, err = s.Events(context.Background(), EventFilter{Cursor: string(page.Next)})
	}
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Events(context.Background(), EventFilter{Cursor: string(page.Next)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDyad(b *testing.B) {
	s := bigStore(b)
	for _, d := range [][2]string{{"RUS", "UKR"}, {"USA", "RUS"}} {
		b.Run(d[0]+"-"+d[1], func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Dyad(context.Background(), DyadFilter{A: d[0], B: d[1], From: "2024-10-01", To: "2024-12-31"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEventDetail(b *testing.B) {
	s := bigStore(b)
	page, err := s.Events(context.Background(), EventFilter{Limit: 100})
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		if _, err := s.Event(context.Background(), page.Events[i%len(page.Events)].ID); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkAggregates(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	b.Run("counts-by-week", func(b *testing.B) {
		for b.Loop() {
			s.Counts(ctx, CountFilter{By: "week", Country: "UKR"})
		}
	})
	b.Run("network", func(b *testing.B) {
		for b.Loop() {
			s.Network(ctx, NetworkFilter{})
		}
	})
	b.Run("places", func(b *testing.B) {
		for b.Loop() {
			s.Places(ctx, EventFilter{From: "2024-10-01", To: "2024-12-31"})
		}
	})
	b.Run("actors", func(b *testing.B) {
		for b.Loop() {
			s.Actors(ctx, ActorFilter{Query: "put"})
		}
	})
}

// upgradeBenchStore makes the bench store at path from one built for an
// older schema, by copying and migrating it: much faster than a rebuild.
func upgradeBenchStore(b *testing.B, path string) {
	for v := SchemaVersion() - 1; v >= 1; v-- {
		old := filepath.Join(os.TempDir(), fmt.Sprintf("chronicle-bench-v%d-16k.db", v))
		data, err := os.ReadFile(old)
		if err != nil {
			continue
		}
		tmp := path + ".upgrading"
		start := time.Now()
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			b.Fatal(err)
		}
		if wal, err := os.ReadFile(old + "-wal"); err == nil { // what is not yet checkpointed
			if err := os.WriteFile(tmp+"-wal", wal, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		s, err := Open(context.Background(), tmp, Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		b.Logf("made %s from %s in %s", path, old, time.Since(start))
		return
	}
}
