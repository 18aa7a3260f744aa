package geo

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/segment"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"St. Petersburg", "saint petersburg"},
		{"Saint-Petersburg", "saint petersburg"},
		{"Kramators'k", "kramatorsk"},
		{"Khān Yūnis", "khan yunis"},
		{"the Gaza Strip", "gaza strip"},
		{"Washington, D.C.", "washington d c"},
		{"Ft. Worth", "fort worth"},
		{"Côte d’Ivoire", "cote divoire"},
		{"the", "the"},
		{"", ""},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlaces checks which spans are read as places and at what precision.
func TestPlaces(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		text      string
		countries []string
		want      []string // "text|ISO3|precision"
	}{
		{"Ukrainian troops are still fighting in Russia's Kursk region, Kyiv said.", nil,
			[]string{"Russia|RUS|country", "Kursk region|RUS|admin1", "Kyiv|UKR|city"}},
		{"Russian missiles hit Kyiv and towns in the Kyiv region and the Zaporizhzhia region.", nil,
			[]string{"Kyiv|UKR|city", "Kyiv region|UKR|admin1", "Zaporizhzhia region|UKR|admin1"}},
		{"Israeli strikes hit the Gaza Strip and the West Bank overnight.", []string{"ISR"},
			[]string{"Gaza Strip|PSE|region", "West Bank|PSE|region"}},
		{"Moscow Mayor Sergei Sobyanin said drones were shot down over the capital.", nil, nil},
		{"NATO leaders met in Vilnius to discuss Ukraine.", nil,
			[]string{"Vilnius|LTU|city", "Ukraine|UKR|country"}},
		{"Michael Jordan visited Blorptown and then Amman, Jordan.", nil,
			[]string{"Amman|JOR|city", "Jordan|JOR|country"}},
		{"Talk on the Russian side of joint investments in the Arctic continued.", nil,
			[]string{"Arctic||region"}},
		{"We said the White House would answer in March.", nil, nil},
		{"Nice people met in Nice, and Reading fans in the town of Reading.", nil,
			[]string{"Nice|FRA|city", "Reading|GBR|city"}},
		{"Storms hit Birmingham, Ala., and Atlanta on Monday.", nil,
			[]string{"Birmingham|USA|city", "Ala.|USA|admin1", "Atlanta|USA|city"}},
	} {
		var got []string
		for _, l := range g.Places(segment.Split(tc.text), tc.countries) {
			got = append(got, l.Place.Text+"|"+l.Place.Country+"|"+l.Place.Precision)
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestPlacesFromEntities uses a recognizer's LOC entities: a LOC span is
// trusted, a PER span is never read as a place.
func TestPlacesFromEntities(t *testing.T) {
	doc := segment.Split("Paris Hilton flew from Paris to Georgia's capital on Monday.")
	doc.Entities = []chronicle.EntityMention{
		{First: 0, Last: 2, Type: "PER"},
		{First: 4, Last: 5, Type: "LOC"},
		{First: 6, Last: 7, Type: "LOC"},
	}
	var got []string
	for _, l := range Default().Places(doc, nil) {
		got = append(got, l.Place.Text+"|"+l.Place.Country)
	}
	if want := "Paris|FRA; Georgia|GEO"; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPlaceNounOverridesPersonEntity: "the town of X" names a place even
// when the recognizer typed X a person.
func TestPlaceNounOverridesPersonEntity(t *testing.T) {
	doc := segment.Split("A bomb near the town of Samarra killed two soldiers.")
	doc.Entities = []chronicle.EntityMention{{First: 6, Last: 7, Type: "PER"}}
	var got []string
	for _, l := range Default().Places(doc, nil) {
		got = append(got, l.Place.Text+"|"+l.Place.Country)
	}
	if want := "Samarra|IRQ"; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestResolveDateline(t *testing.T) {
	p, ok := Default().Resolve("ST. PETERSBURG", []string{"RUS"})
	if !ok || p.Country != "RUS" || p.GeonameID != 498817 {
		t.Errorf("Resolve(ST. PETERSBURG) = %+v, %v", p, ok)
	}
	if p, ok := Default().Resolve("PARIS, Texas", nil); !ok || p.Country != "USA" || p.Text != "PARIS" {
		t.Errorf("Resolve(PARIS, Texas) = %+v, %v", p, ok)
	}
	if _, ok := Default().Resolve("Nowhereville", nil); ok {
		t.Error("Resolve(Nowhereville) found a place")
	}
}

// TestSeedArticle resolves every St. Petersburg of the seed article to Russia.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range Default().Places(segment.Split(string(text)), []string{"USA", "RUS"}) {
		if strings.Contains(l.Place.Text, "Petersburg") {
			n++
			if l.Place.Country != "RUS" || l.Place.Precision != chronicle.PrecisionCity {
				t.Errorf("%q resolved to %+v", l.Place.Text, l.Place)
			}
		}
		if l.Place.Text == "NATO" {
			t.Errorf("NATO read as a place: %+v", l.Place)
		}
	}
	if n != 2 {
		t.Errorf("found %d St. Petersburg mentions, want 2", n)
	}
}

func FuzzPlaces(f *testing.F) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range bytes.Split(text, []byte("\n")) {
		f.Add(string(line))
	}
	f.Add("St. Petersburg, Fla., and Paris, Texas")
	f.Add("Ft. , , the the The")
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := g.Resolve(s, nil); ok && p.Precision == "" {
			t.Fatalf("Resolve(%q) = %+v without precision", s, p)
		}
		doc := segment.Split(s)
		for _, l := range g.Places(doc, []string{"USA"}) {
			if l.First < 0 || l.Last > len(doc.Tokens) || l.First >= l.Last {
				t.Fatalf("bad span [%d,%d) of %d tokens", l.First, l.Last, len(doc.Tokens))
			}
			if l.Place.Text != doc.SpanText(l.First, l.Last) {
				t.Fatalf("Text %q is not the span %q", l.Place.Text, doc.SpanText(l.First, l.Last))
			}
		}
	})
}
