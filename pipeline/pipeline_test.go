package pipeline

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"chronicle"
	"chronicle/ingest"
	"chronicle/internal/shared"
)

// readArticles reads every article of the given inputs, failing on a read error.
func readArticles(t testing.TB, published time.Time, paths ...string) []chronicle.Article {
	t.Helper()
	var out []chronicle.Article
	for a, err := range ingest.Read(paths, nil, ingest.Options{Published: published}) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// TestRecordsAreWellFormed codes real articles and checks what every consumer
// of a record relies on: offsets inside the text on the text they name,
// participants that point at listed actors, and values from the spec's sets.
func TestRecordsAreWellFormed(t *testing.T) {
	articles := readArticles(t, time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC), "../examples")
	if dir, ok := shared.Dir(); ok {
		articles = append(articles, readArticles(t, time.Time{}, dir+"/seed/reuters-witkoff-putin-talks.txt")...)
		news := readArticles(t, time.Time{}, dir+"/data/news/wikinews_2019.csv")
		articles = append(articles, news[:min(len(news), 40)]...)
	}
	events := 0
	for _, a := range articles {
		rec := Code(a)
		events += len(rec.Events)
		checkRecord(t, a.Source, rec)
	}
	if events == 0 {
		t.Errorf("%d articles gave no events at all", len(articles))
	}
}

func checkRecord(t *testing.T, name string, r chronicle.Record) {
	t.Helper()
	text := r.Text
	span := func(what string, start, end int) bool {
		if start < 0 || end > len(text) || start > end || !utf8.ValidString(text[start:end]) {
			t.Errorf("%s: %s span [%d,%d) is not a valid span of the %d-byte text", name, what, start, end, len(text))
			return false
		}
		return true
	}
	last := 0
	for i, s := range r.Sentences {
		if span("sentence", s.Start, s.End) && s.Start < last {
			t.Errorf("%s: sentence %d starts at %d, before the previous one ends (%d)", name, i, s.Start, last)
		}
		last = s.End
	}
	actors := map[string]bool{}
	for _, a := range r.Actors {
		if actors[a.ID] {
			t.Errorf("%s: actor id %s listed twice", name, a.ID)
		}
		actors[a.ID] = true
		if c := string(a.Country); c != "" && len(c) != 3 {
			t.Errorf("%s: actor %s has country %q, not a three-letter code", name, a.ID, c)
		}
	}
	for _, e := range r.Entities {
		if span("entity", e.Start, e.End) && text[e.Start:e.End] != e.Text {
			t.Errorf("%s: entity text %q is not the text at its span %q", name, e.Text, text[e.Start:e.End])
		}
		if e.Actor != "" && !actors[string(e.Actor)] {
			t.Errorf("%s: entity %q points at unknown actor %s", name, e.Text, e.Actor)
		}
	}
	for _, e := range r.Events {
		if !slices.Contains(chronicle.EventTypes, e.Type) {
			t.Errorf("%s: event %s has type %q, not a PLOVER type", name, e.ID, e.Type)
		}
		if len(e.Actor) == 0 {
			t.Errorf("%s: event %s (%s) has no actor", name, e.ID, e.Type)
		}
		for _, p := range append(slices.Clone(e.Actor), e.Recipient...) {
			if !actors[p.Actor] {
				t.Errorf("%s: event %s participant %q points at unknown actor %q", name, e.ID, p.Text, p.Actor)
			}
			if span("participant", p.Start, p.End) && text[p.Start:p.End] != p.Text {
				t.Errorf("%s: event %s participant text %q is not the text at its span", name, e.ID, p.Text)
			}
		}
		span("evidence", e.Evidence.Start, e.Evidence.End)
		if span("trigger", e.Trigger.Start, e.Trigger.End) && !strings.Contains(text[e.Evidence.Start:e.Evidence.End], e.Trigger.Text) {
			t.Errorf("%s: event %s trigger %q is not inside its evidence", name, e.ID, e.Trigger.Text)
		}
		if e.Sentence < 0 || e.Sentence >= len(r.Sentences) || len(e.Mentions) == 0 {
			t.Errorf("%s: event %s has sentence %d and %d mentions", name, e.ID, e.Sentence, len(e.Mentions))
		}
		oneOf(t, name, e.ID, "modality", e.Modality, chronicle.Asserted, chronicle.Alleged, chronicle.Intended,
			chronicle.Threatened, chronicle.Conditional, chronicle.Hypothetical, chronicle.Denied)
		oneOf(t, name, e.ID, "tense", e.Tense, chronicle.Past, chronicle.Present, chronicle.Future, chronicle.Historical)
		if e.Date != nil {
			oneOf(t, name, e.ID, "date precision", e.Date.Precision, chronicle.Exact, chronicle.Approximate, chronicle.Range, chronicle.Unresolved)
			oneOf(t, name, e.ID, "date granularity", e.Date.Granularity, chronicle.Day, chronicle.Week, chronicle.Month, chronicle.Year)
		}
		if e.Location != nil {
			oneOf(t, name, e.ID, "location precision", e.Location.Precision,
				chronicle.PrecisionCity, chronicle.PrecisionAdmin1, chronicle.PrecisionCountry, chronicle.PrecisionRegion)
		}
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%s: event %s has confidence %v, want (0,1]", name, e.ID, e.Confidence)
		}
	}
	for _, q := range r.Quotes {
		if span("quote", q.Start, q.End) && !strings.Contains(text[q.Start:q.End], q.Text) {
			t.Errorf("%s: quote %q is not at its span", name, q.Text)
		}
	}
}

func oneOf(t *testing.T, name, id, field, got string, allowed ...string) {
	t.Helper()
	if !slices.Contains(allowed, got) {
		t.Errorf("%s: event %s has %s %q, want one of %v", name, id, field, got, allowed)
	}
}

// TestSeedLocatesTheTalksInRussia checks the canonical article end to end:
// the meeting is coded, dated from the publication date and placed in
// Russia's St. Petersburg, not Florida's.
func TestSeedLocatesTheTalksInRussia(t *testing.T) {
	path := shared.Path(t, "seed/reuters-witkoff-putin-talks.txt")
	articles := readArticles(t, time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC), path)
	rec := Code(articles[0])
	for _, e := range rec.Events {
		if e.Type != "CONSULT" || e.Location == nil {
			continue
		}
		if e.Location.Country != "RUS" || !strings.Contains(e.Location.Name, "Petersburg") {
			t.Errorf("the talks are placed in %s, %s", e.Location.Name, e.Location.Country)
		}
		if e.Date == nil || e.Date.Value != "2025-04-11" {
			t.Errorf("the talks are dated %+v, want 2025-04-11", e.Date)
		}
		return
	}
	t.Errorf("no located CONSULT event in the seed; events: %+v", rec.Events)
}

// TestForeignArticleIsNotCodedAsEnglish checks that an article in another
// language keeps its text and sentences and gets no English events.
func TestForeignArticleIsNotCodedAsEnglish(t *testing.T) {
	rec := Code(chronicle.Article{ID: "de", Language: "de",
		Text: "Der russische Präsident Wladimir Putin traf am Freitag den US-Gesandten in Sankt Petersburg. Die Gespräche dauerten vier Stunden."})
	if len(rec.Sentences) != 2 || len(rec.Events) != 0 || rec.Language != "de" {
		t.Errorf("German article: %d sentences, %d events, language %q; want 2, 0, de", len(rec.Sentences), len(rec.Events), rec.Language)
	}
}

// TestUserFilesExtendTheEmbeddedData checks --kb and --codebook: a person the
// knowledge base lacks gets a country and sector, and a verb the codebook
// lacks becomes an event, while the built-in entries keep working.
func TestUserFilesExtendTheEmbeddedData(t *testing.T) {
	dir := t.TempDir()
	kbFile := dir + "/extra.tsv"
	codebookFile := dir + "/extra.txt"
	writeFile(t, kbFile, "person\tqorvath\tAldis Qorvath\tLVA\tm\n"+
		"office\tqorvath\tForeign Minister\tLVA\tGOV\t2024-01-01\t-\n")
	writeFile(t, codebookFile, "upbraid ; ACCUSE ; disapprove ; ; 111 ;\n")
	text := "Aldis Qorvath upbraided Russia on Tuesday. Russia criticized Latvia."
	published := time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)

	plain := Code(chronicle.Article{ID: "x", Text: text, Published: published})
	p, err := New(Options{KBFile: kbFile, CodebookFile: codebookFile})
	if err != nil {
		t.Fatal(err)
	}
	extended := p.Code(chronicle.Article{ID: "x", Text: text, Published: published})

	accuses := func(r chronicle.Record, sentence int) bool {
		for _, e := range r.Events {
			if e.Type == "ACCUSE" && e.Sentence == sentence {
				return true
			}
		}
		return false
	}
	if accuses(plain, 0) {
		t.Errorf("the built-in codebook already codes 'upbraided'; pick a verb it lacks for this test")
	}
	if !accuses(extended, 0) {
		t.Errorf("the user codebook's 'upbraid' gave no ACCUSE: %+v", extended.Events)
	}
	if !accuses(extended, 1) {
		t.Errorf("the built-in 'criticize' stopped working with a user codebook: %+v", extended.Events)
	}
	found := false
	for _, a := range extended.Actors {
		if a.Name == "Aldis Qorvath" {
			found = true
			if a.Country != "LVA" || a.Sector != "GOV" {
				t.Errorf("user KB person resolved to %s %s, want LVA GOV", a.Country, a.Sector)
			}
		}
	}
	if !found {
		t.Errorf("no actor for the user KB's person: %+v", extended.Actors)
	}
	for _, bad := range []Options{{KBFile: dir + "/missing.tsv"}, {CodebookFile: kbFile}} {
		if _, err := New(bad); chronicle.ErrorCode(err) != chronicle.EINVALID {
			t.Errorf("New(%+v): got %v, want an EINVALID error naming the file", bad, err)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
