package resolve

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/conllu"
	"chronicle/kb"
	"chronicle/segment"
)

func loadFixture(t testing.TB, name string) *chronicle.Document {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := conllu.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

func date(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// find returns the tokens [first, last) of the n-th occurrence (from 0) of
// phrase in the document.
func find(t testing.TB, doc *chronicle.Document, phrase string, n int) (int, int) {
	t.Helper()
	at := 0
	for k := 0; ; k++ {
		i := strings.Index(doc.Text[at:], phrase)
		if i < 0 {
			t.Fatalf("%q (occurrence %d) not in the text", phrase, n)
		}
		start := at + i
		if !wordBoundary(doc.Text, start) || !wordBoundary(doc.Text, start+len(phrase)) {
			at = start + 1
			k--
			continue
		}
		if k == n {
			first, last := -1, -1
			for j, tok := range doc.Tokens {
				if tok.Start >= start && tok.End <= start+len(phrase) {
					if first < 0 {
						first = j
					}
					last = j + 1
				}
			}
			return first, last
		}
		at = start + 1
	}
}

type want struct {
	phrase   string
	nth      int
	name     string // "" to skip
	typ      string
	country  string
	sector   string
	role     string // contained in the role
	kb       string
	sameAs   string // a phrase resolving to the same actor
	noPerson bool   // must not be a person
}

func check(t *testing.T, doc *chronicle.Document, actors *Actors, w want) {
	t.Helper()
	first, last := find(t, doc, w.phrase, w.nth)
	id, ok := actors.At(actors.spanHead(first, last))
	if !ok {
		t.Errorf("%q: no actor", w.phrase)
		return
	}
	a := actors.Get(id)
	if w.name != "" && a.Name != w.name || w.typ != "" && a.Type != w.typ || string(a.Country) != w.country ||
		string(a.Sector) != w.sector || !strings.Contains(strings.ToLower(string(a.Role)), w.role) || string(a.KB) != w.kb {
		t.Errorf("%q → %+v\nwant name %q type %q country %q sector %q role ~%q kb %q", w.phrase, a, w.name, w.typ, w.country, w.sector, w.role, w.kb)
	}
	if w.noPerson && a.Type == chronicle.ActorPerson {
		t.Errorf("%q resolved to a person %+v", w.phrase, a)
	}
	if w.sameAs != "" {
		f, l := find(t, doc, w.sameAs, 0)
		if other, _ := actors.At(actors.spanHead(f, l)); other != id {
			t.Errorf("%q is %s but %q is %s", w.phrase, id, w.sameAs, other)
		}
	}
}

func TestTalks(t *testing.T) {
	doc := loadFixture(t, "talks.conllu")
	actors := Resolve(doc, date("2025-04-11"), kb.Default())
	tests := []want{
		{phrase: "Donald Trump", name: "Donald Trump", typ: "person", country: "USA", sector: "GOV", role: "president", kb: "person:trump"},
		{phrase: "Steve Witkoff", name: "Steve Witkoff", typ: "person", country: "USA", sector: "GOV", role: "special envoy", kb: "person:witkoff"},
		{phrase: "Vladimir Putin", country: "RUS", sector: "GOV", role: "president", kb: "person:putin"},
		{phrase: "Kremlin", typ: "organization", country: "RUS", sector: "GOV"},
		{phrase: "he", country: "RUS", sector: "GOV", role: "president", kb: "person:putin", sameAs: "Vladimir Putin"},
		{phrase: "Putin", nth: 2, country: "RUS", sector: "GOV", role: "president", kb: "person:putin", sameAs: "Vladimir Putin"},
		{phrase: "Kirill Dmitriev", country: "RUS", sector: "GOV", role: "investment envoy", kb: "person:dmitriev"},
		{phrase: "Dmitriev", nth: 1, country: "RUS", sector: "GOV", role: "investment envoy", kb: "person:dmitriev", sameAs: "Kirill Dmitriev"},
		{phrase: "TASS", name: "TASS", typ: "organization", country: "RUS", sector: "JRN", kb: "outlet:tass"},
		{phrase: "Ukrainian officials", typ: "group", country: "UKR", sector: "GOV"},
		{phrase: "Kyiv", country: "UKR", sector: "GOV", sameAs: "Ukrainian officials"},
		{phrase: "Russian forces", typ: "group", country: "RUS", sector: "MIL"},
		{phrase: "two people familiar with the matter", typ: "group", noPerson: true},
		{phrase: "Russia", name: "Russia", typ: "country", country: "RUS", kb: "country:RUS"},
	}
	for _, w := range tests {
		check(t, doc, actors, w)
	}
	for _, e := range doc.Entities {
		text := doc.Text[e.Start:e.End]
		if (text == "Moscow") != (e.Actor == "") {
			t.Errorf("entity %q has actor %q; only the place \"in Moscow\" should have none", text, e.Actor)
		}
	}

	first, last := find(t, doc, "Russia and Ukraine", 0)
	both := actors.AtSpan(first, last)
	if len(both) != 2 || actors.Get(both[0]).Country != "RUS" || actors.Get(both[1]).Country != "UKR" {
		t.Errorf("Russia and Ukraine → %v", both)
	}
	f, _ := find(t, doc, "countries", 0)
	two := actors.AtAll(f)
	if len(two) != 2 || two[0] != both[0] || two[1] != both[1] {
		t.Errorf("the two countries → %v, want %v", two, both)
	}
	for i, a := range actors.List {
		if a.ID != "a"+strconv.Itoa(i+1) || len(a.Mentions) == 0 {
			t.Errorf("actor %d: id %q, %d mentions", i, a.ID, len(a.Mentions))
		}
		if i > 0 && a.Mentions[0].Start < actors.List[i-1].Mentions[0].Start && actors.List[i-1].Mentions[0].Start < first {
			t.Errorf("actor %s (%q) is mentioned before %s but numbered after it", a.ID, a.Name, actors.List[i-1].ID)
		}
	}
}

func wordBoundary(text string, i int) bool {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	return i <= 0 || i >= len(text) || !isLetter(text[i-1]) || !isLetter(text[i])
}

// TestOffices resolves titles without names to whoever held the office at
// the article's date.
func TestOffices(t *testing.T) {
	tests := []struct {
		date                                string
		russian, british, bush, trumpAt, kb string
	}{
		{"1995-06-01", "person:yeltsin", "person:major", "person:bush41", "person:trump", ""},
		{"2005-06-01", "person:putin", "person:blair", "person:bush43", "person:trump", ""},
		{"2019-03-01", "person:putin", "person:tmay", "person:bush43", "person:trump", ""},
		{"2025-04-11", "person:putin", "person:starmer", "person:bush43", "person:trump", ""},
	}
	for _, tt := range tests {
		doc := loadFixture(t, "offices.conllu")
		actors := Resolve(doc, date(tt.date), kb.Default())
		for phrase, wantKB := range map[string]string{"Russian President": tt.russian, "British Prime Minister": tt.british,
			"President Bush": tt.bush, "President Trump": tt.trumpAt} {
			first, last := find(t, doc, phrase, 0)
			id, _ := actors.At(actors.spanHead(first, last))
			if got := actors.Get(id); string(got.KB) != wantKB {
				t.Errorf("%s %q → %+v, want %s", tt.date, phrase, got, wantKB)
			}
		}
		first, last := find(t, doc, "Canadian police", 0)
		if ids := actors.AtSpan(first, last); len(ids) != 1 || actors.Get(ids[0]).Country != "CAN" || actors.Get(ids[0]).Sector != "COP" {
			t.Errorf("Canadian police → %v", ids)
		}
	}
}

// TestUnknownPeople keeps people the knowledge base lacks, with what the
// text says of them.
func TestUnknownPeople(t *testing.T) {
	doc := loadFixture(t, "unknown.conllu")
	actors := Resolve(doc, date("2024-01-10"), kb.Default())
	tests := []want{
		{phrase: "Ngozi Okafor", name: "Ngozi Okafor", typ: "person", country: "NGA", sector: "GOV", role: "governor"},
		{phrase: "she", name: "Ngozi Okafor", typ: "person", country: "NGA", sector: "GOV", role: "governor", sameAs: "Ngozi Okafor"},
		{phrase: "Chadian rebels", typ: "group", country: "TCD", sector: "REB"},
		{phrase: "Cameroonian judge", typ: "person", country: "CMR", sector: "JUD", role: "judge"},
		{phrase: "Olusegun Obasanjo", name: "Olusegun Obasanjo", typ: "person", country: "NGA", sector: "ELI", role: "president", kb: "person:obasanjo"},
		{phrase: "Amina Bello", name: "Amina Bello", typ: "person", country: "GHA", sector: "OPP", role: "opposition leader"},
	}
	for _, w := range tests {
		check(t, doc, actors, w)
	}
}

// TestPlaceNounOf keeps names after "the town of" as places, not actors,
// whatever the tagger called them.
func TestPlaceNounOf(t *testing.T) {
	doc := loadFixture(t, "placenames.conllu")
	Resolve(doc, date("2024-01-10"), kb.Default())
	tests := []struct {
		name  string
		actor bool
	}{
		{"Baqubah", false},
		{"Karim Haddad", true},
		{"Mosul", false},
		{"Israel", true},
	}
	for _, tt := range tests {
		found := false
		for _, e := range doc.Entities {
			if doc.Text[e.Start:e.End] != tt.name {
				continue
			}
			found = true
			if (e.Actor != "") != tt.actor {
				t.Errorf("%q: actor %q, want an actor: %v", tt.name, e.Actor, tt.actor)
			}
		}
		if !found {
			t.Errorf("%q: no entity", tt.name)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	doc := loadFixture(b, "talks.conllu")
	k := kb.Default()
	for b.Loop() {
		for i := range doc.Entities {
			doc.Entities[i].Actor = ""
		}
		Resolve(doc, date("2025-04-11"), k)
	}
}

// FuzzResolve checks that no text, however odd, makes resolution fail or
// break its invariants; segment.Split gives tokens without tags or parse.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"U.S. President Donald Trump's special envoy Steve Witkoff met Putin. He said the two countries agreed.",
		"Kirill Dmitriev, Putin's investment envoy, said so, according to two people familiar with the list.",
		"'s 's , , and the the two countries",
		"Ethopia and Quatar's emir, the Ugandan opposition candidates of",
	} {
		f.Add(s)
	}
	k := kb.Default()
	f.Fuzz(func(t *testing.T, text string) {
		doc := segment.Split(text)
		actors := Resolve(doc, date("2001-02-03"), k)
		for i := range doc.Tokens {
			for _, id := range actors.AtAll(i) {
				if actors.Get(id).ID != id {
					t.Fatalf("At(%d) gave unknown id %q", i, id)
				}
			}
		}
		for i, a := range actors.List {
			if a.ID != "a"+strconv.Itoa(i+1) {
				t.Fatalf("actor %d has id %q", i, a.ID)
			}
			for _, m := range a.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("actor %s mention %+v outside the text", a.ID, m)
				}
			}
		}
	})
}

// TestParsed follows the dependency tree: conjuncts, a capital as subject
// (the government) or after "in" (a place), pronouns for things and groups.
func TestParsed(t *testing.T) {
	doc := loadFixture(t, "parsed.conllu")
	actors := Resolve(doc, date("2022-03-29"), kb.Default())
	f, _ := find(t, doc, "Russia", 0)
	both := actors.AtAll(f)
	if len(both) != 2 || actors.Get(both[0]).Country != "RUS" || actors.Get(both[1]).Country != "UKR" {
		t.Errorf("Russia and Ukraine → %v", both)
	}
	tests := []want{
		{phrase: "Moscow", typ: "organization", country: "RUS", sector: "GOV"},
		{phrase: "it", typ: "organization", country: "RUS", sector: "GOV", sameAs: "Moscow"},
		{phrase: "Protesters in Kyiv", typ: "group", country: "UKR", sector: "CVL"},
		{phrase: "they", typ: "group", country: "UKR", sector: "CVL", sameAs: "Protesters"},
	}
	for _, w := range tests {
		check(t, doc, actors, w)
	}
	for _, e := range doc.Entities {
		text := doc.Text[e.Start:e.End]
		if place := text == "Istanbul" || text == "Kyiv"; place != (e.Actor == "") {
			t.Errorf("entity %q has actor %q; places take none", text, e.Actor)
		}
	}
}

// TestSplitPhrases resolves phrases the parse split or mis-headed, and
// keeps words that name no one from becoming actors.
func TestSplitPhrases(t *testing.T) {
	doc := loadFixture(t, "split.conllu")
	actors := Resolve(doc, date("2003-01-10"), kb.Default())
	tests := []struct {
		phrase  string
		country string // "" for no actor
	}{
		{"Republic", "PRK"},
		{"guerrillas", "LBN"},
		{"Palestinian leaders", "PSE"},
		{"July", ""},
		{"official", ""},
		{"contact", ""},
	}
	for _, tt := range tests {
		first, last := find(t, doc, tt.phrase, 0)
		id, ok := actors.At(last - 1)
		if tt.country == "" {
			if ok {
				t.Errorf("%q → %+v, want no actor", tt.phrase, actors.Get(id))
			}
			continue
		}
		if got := actors.Get(id).Country; !ok || string(got) != tt.country {
			t.Errorf("%q (tokens %d-%d) → %q, want %q", tt.phrase, first, last, got, tt.country)
		}
	}
	if id, ok := actors.Government("SDN"); !ok || actors.Get(id).Country != "SDN" || actors.Get(id).Sector != "GOV" {
		t.Errorf("Government(SDN) → %+v", actors.Get(id))
	}
	if _, ok := actors.Government("XYZ"); ok {
		t.Error("Government(XYZ) found a country")
	}
	unk, ok := actors.UnknownIn("IRQ")
	if !ok || actors.Get(unk).Country != "IRQ" || actors.Get(unk).Sector != "" {
		t.Errorf("UnknownIn(IRQ) → %+v", actors.Get(unk))
	}
	if again, _ := actors.UnknownIn("IRQ"); again != unk {
		t.Errorf("UnknownIn(IRQ) twice gave %s and %s", unk, again)
	}
	if _, ok := actors.UnknownIn("XYZ"); ok {
		t.Error("UnknownIn(XYZ) found a country")
	}
}

// TestCountryGroups resolves the ministers "of A and B" to both countries
// and takes "both sides" to mean the pair named together, not the last
// speaker.
func TestCountryGroups(t *testing.T) {
	doc := loadFixture(t, "groups.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	for _, phrase := range []string{"ministers", "sides"} {
		f, _ := find(t, doc, phrase, 0)
		var countries []string
		for _, id := range actors.AtAll(f) {
			countries = append(countries, string(actors.Get(id).Country))
		}
		slices.Sort(countries)
		if !slices.Equal(countries, []string{"ARM", "AZE"}) {
			t.Errorf("%q → %v, want ARM and AZE", phrase, countries)
		}
	}
}

// TestPronouns resolves "he" to the man named before rather than to a later
// person of unknown gender, and an object "him" to someone other than the
// subject of its own verb.
func TestPronouns(t *testing.T) {
	doc := loadFixture(t, "pronouns.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	putin, _ := find(t, doc, "Putin", 0)
	want, _ := actors.At(putin)
	for _, pron := range []string{"He", "him"} {
		i, _ := find(t, doc, pron, 0)
		if got, ok := actors.At(i); !ok || got != want {
			t.Errorf("%q → %q (%+v), want Putin %q", pron, got, actors.Get(got), want)
		}
	}
}

// TestLooseModifiers: a parse that reads "-led" as a verb or leaves an
// organisation's name loose before its fighters still gives the group its
// country; "the chief of Israel's ally" is not Israeli.
func TestLooseModifiers(t *testing.T) {
	doc := loadFixture(t, "loose.conllu")
	actors := Resolve(doc, date("1999-03-14"), kb.Default())
	for _, w := range []want{
		{phrase: "forces", name: "Vietnamese-led forces", typ: "group", country: "VNM", sector: "MIL"},
		{phrase: "guerrillas", name: "Hezbollah guerrillas", typ: "group", country: "LBN", sector: "REB"},
		// a lower-case Arabic article opens a name all the same
		{phrase: "al-Qaeda network", name: "al-Qaeda", typ: "organization", country: "IMG", sector: "REB", kb: "org:alqaeda"},
	} {
		check(t, doc, actors, w)
	}
	// nor is Israel the country the sentence is about: Lebanon is
	f, _ := find(t, doc, "chief", 0)
	if id, _ := actors.At(f); actors.Get(id).Country != "LBN" {
		t.Errorf("the deputy chief of Israel's militia ally in southern Lebanon → %+v, want LBN", actors.Get(id))
	}
}

// TestCapitalElsewhere: a place that shares its name with a capital lies
// where the sentence's other countries put it ("Tripoli ... the north
// Lebanese port"), not in the capital's country.
func TestCapitalElsewhere(t *testing.T) {
	doc := loadFixture(t, "loose.conllu")
	places := func(name string, countries []string) (string, bool) {
		if name == "Tripoli" && slices.Contains(countries, "LBN") && !slices.Contains(countries, "LBY") {
			return "LBN", true
		}
		return "LBY", name == "Tripoli"
	}
	actors := ResolveWith(doc, date("1999-03-14"), kb.Default(), places)
	check(t, doc, actors, want{phrase: "rival militias", typ: "group", country: "LBN", sector: "MIL"})
}

// TestLowercaseKnownName resolves a knowledge-base name that starts with a
// lower-case particle, and the group noun it modifies.
func TestLowercaseKnownName(t *testing.T) {
	doc := loadFixture(t, "lowercase.conllu")
	actors := Resolve(doc, date("2001-10-10"), kb.Default())
	check(t, doc, actors, want{phrase: "al-Qaeda", typ: "organization", country: "IMG", sector: "REB", kb: "org:alqaeda"})
	check(t, doc, actors, want{phrase: "The al-Qaeda network", typ: "organization", country: "IMG", sector: "REB", kb: "org:alqaeda"})
}

// TestObjectPronounIsNotTheSubject resolves "He urged him" to two people:
// the subject is the prime minister, so "him" is his counterpart.
func TestObjectPronounIsNotTheSubject(t *testing.T) {
	doc := loadFixture(t, "objectpronoun.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	he, _ := find(t, doc, "He", 0)
	him, _ := find(t, doc, "him", 0)
	counterpart, _ := find(t, doc, "counterpart", 0)
	subj, _ := actors.At(he)
	obj, _ := actors.At(him)
	want, _ := actors.At(counterpart)
	if obj == subj || obj != want || actors.Get(obj).Country != "EGY" {
		t.Errorf("him → %q %+v, want the counterpart %q (he is %q)", obj, actors.Get(obj), want, subj)
	}
}

// TestPlaceCountsAsTheSentencesCountry: "in Kaduna state" tells where the
// sentence is as a country word would, so the gunmen are Nigerian.
func TestPlaceCountsAsTheSentencesCountry(t *testing.T) {
	doc := loadFixture(t, "located.conllu")
	places := func(name string, countries []string) (string, bool) {
		switch {
		case strings.HasPrefix(name, "Kaduna"):
			return "NGA", true
		case name == "Jenin":
			return "PSE", true
		case name == "Skopje":
			return "MKD", true
		}
		return "", false
	}
	actors := ResolveWith(doc, date("2024-03-14"), kb.Default(), places)
	f, _ := find(t, doc, "Gunmen", 0)
	if id, _ := actors.At(f); actors.Get(id).Country != "NGA" {
		t.Errorf("Gunmen → %+v, want NGA", actors.Get(id))
	}
	// a place inside the phrase names its country before the sentence's
	// demonym does
	f, _ = find(t, doc, "camp", 0)
	if id, _ := actors.At(f); actors.Get(id).Country != "PSE" {
		t.Errorf("the Jenin refugee camp → %+v, want PSE", actors.Get(id))
	}
	// an ethnic group is of the country it lives in
	f, _ = find(t, doc, "Albanians", 0)
	if id, _ := actors.At(f); actors.Get(id).Country != "MKD" {
		t.Errorf("Ethnic Albanians in Skopje → %+v, want MKD", actors.Get(id))
	}
}

// TestPluralPronounStandsForBothSides resolves "They" after "Russian and
// Ukrainian negotiators" to both countries' negotiators.
func TestPluralPronounStandsForBothSides(t *testing.T) {
	doc := loadFixture(t, "pluralpronoun.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	negotiators, _ := find(t, doc, "negotiators", 0)
	actors.AtAll(negotiators)
	they, _ := find(t, doc, "They", 0)
	var countries []string
	for _, id := range actors.AtAll(they) {
		countries = append(countries, string(actors.Get(id).Country))
	}
	slices.Sort(countries)
	if !slices.Equal(countries, []string{"RUS", "UKR"}) {
		t.Errorf("They → %v, want RUS and UKR", countries)
	}
}

// TestFoldedConjunctsStayTwo resolves "Japan and South Korea" to both
// countries even when the parse made "Japan" a compound of the second name.
func TestFoldedConjunctsStayTwo(t *testing.T) {
	doc := loadFixture(t, "foldedconj.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	_, last := find(t, doc, "Korea", 0)
	var countries []string
	for _, id := range actors.AtAll(last - 1) {
		countries = append(countries, string(actors.Get(id).Country))
	}
	if !slices.Equal(countries, []string{"JPN", "KOR"}) {
		t.Errorf("Japan and South Korea → %v, want [JPN KOR]", countries)
	}
}

// TestGroupNounUnderItsName: with "ministers" parsed as a modifier of
// "Community", the organisation before it still says whose ministers they are.
func TestGroupNounUnderItsName(t *testing.T) {
	doc := loadFixture(t, "namehead.conllu")
	actors := Resolve(doc, date("1990-01-13"), kb.Default())
	f, _ := find(t, doc, "ministers", 0)
	id, ok := actors.At(f)
	if got := actors.Get(id); !ok || got.Country != "IGO" {
		t.Errorf("European Community foreign ministers → %+v, want IGO", got)
	}
}

// TestNameBeforeParticipleOwnsTheGroup: troops the parse made the object of
// "peacekeeping" still belong to the name before it.
func TestNameBeforeParticipleOwnsTheGroup(t *testing.T) {
	doc := loadFixture(t, "participleowner.conllu")
	actors := Resolve(doc, date("1995-12-10"), kb.Default())
	f, _ := find(t, doc, "troops", 0)
	id, ok := actors.At(f)
	if got := actors.Get(id); !ok || got.Country != "IGO" {
		t.Errorf("NATO peacekeeping troops → %+v, want IGO", got)
	}
}

// TestGroupIsWhereItActs: prisoners named without a country, in a sentence
// naming two, are of the country of the place they riot in; missiles are
// not of the country they strike.
func TestGroupIsWhereItActs(t *testing.T) {
	doc := loadFixture(t, "locative.conllu")
	actors := Resolve(doc, date("1999-04-19"), kb.Default())
	f, _ := find(t, doc, "Prisoners", 0)
	if id, ok := actors.At(f); !ok || actors.Get(id).Country != "TLS" {
		t.Errorf("Prisoners rioted at a jail in East Timor → %+v, want TLS", actors.Get(id))
	}
	f, _ = find(t, doc, "Albanians", 0)
	if id, ok := actors.At(f); !ok || actors.Get(id).Country != "MKD" {
		t.Errorf("Ethnic Albanians ... near Macedonia's border with Bulgaria → %+v, want MKD", actors.Get(id))
	}
	// states are no one's, and a language is no place
	f, _ = find(t, doc, "states", 0)
	if id, ok := actors.At(f); ok && actors.Get(id).Country == "NER" {
		t.Errorf("Member states met in Niamey → %+v, want not NER", actors.Get(id))
	}
	f, _ = find(t, doc, "Prisoners", 1)
	if id, ok := actors.At(f); ok && actors.Get(id).Country == "FRA" {
		t.Errorf("Prisoners shouted in French → %+v, want not FRA", actors.Get(id))
	}
	f, _ = find(t, doc, "Missiles", 0)
	if id, ok := actors.At(f); ok && actors.Get(id).Country == "ISR" {
		t.Errorf("Missiles fired from Syria struck a base in Israel → %+v, want not ISR", actors.Get(id))
	}
}

// TestNameSplitByTheRecognizer: "Trinidad" and "Tobago" recognized apart are
// one country, not a Bolivian town and a group.
func TestNameSplitByTheRecognizer(t *testing.T) {
	doc := loadFixture(t, "splitname.conllu")
	actors := Resolve(doc, date("2024-03-14"), kb.Default())
	if len(actors.List) != 1 || actors.List[0].Country != "TTO" {
		t.Fatalf("actors = %+v, want Trinidad and Tobago alone", actors.List)
	}
	for _, e := range doc.Entities {
		if e.Actor != actors.List[0].ID {
			t.Errorf("entity %d-%d → %q, want %s", e.First, e.Last, e.Actor, actors.List[0].ID)
		}
	}
}

// TestSidesOfANegotiation: "the Turkish and Greek sides" are both countries'.
func TestSidesOfANegotiation(t *testing.T) {
	doc := loadFixture(t, "sides.conllu")
	actors := Resolve(doc, date("2004-06-04"), kb.Default())
	f, _ := find(t, doc, "sides", 0)
	var countries []string
	for _, id := range actors.AtAll(f) {
		countries = append(countries, string(actors.Get(id).Country))
	}
	slices.Sort(countries)
	if !slices.Equal(countries, []string{"GRC", "TUR"}) {
		t.Errorf("the Turkish and Greek sides → %v, want GRC and TUR", countries)
	}
}

// TestStateOfCondition: "a state of emergency" is a condition, no
// government; "the state" elsewhere still names one.
func TestStateOfCondition(t *testing.T) {
	doc := loadFixture(t, "condition.conllu")
	actors := Resolve(doc, date("2019-02-15"), kb.Default())
	f, _ := find(t, doc, "state", 0)
	if id, ok := actors.At(f); ok {
		t.Errorf("\"a national state of emergency\" → %+v, want no actor", actors.Get(id))
	}
	f, _ = find(t, doc, "state", 1)
	if _, ok := actors.At(f); !ok {
		t.Errorf("\"the state of Texas\" → no actor, want one")
	}
}
