package geo

import (
	"testing"
)

// TestLookup checks the reading each name gets when nothing else is known.
func TestLookup(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ name, country, precision, canonical string }{
		{"St. Petersburg", "RUS", "city", "Saint Petersburg"},
		{"Georgia", "GEO", "country", "Georgia"},
		{"Gaza", "PSE", "region", "Gaza Strip"},
		{"Kiev", "UKR", "city", "Kyiv"},
		{"Burma", "MMR", "country", "Myanmar"},
		{"Washington", "USA", "city", "Washington, D.C."},
		{"Donbass", "UKR", "region", "Donbas"},
		{"the Sahel", "", "region", "Sahel"},
		{"Kramatorsk", "UKR", "city", "Kramators’k"},
		{"Khan Younis", "PSE", "city", "Khān Yūnis"},
	} {
		c := g.Lookup(tc.name)
		if len(c) == 0 {
			t.Errorf("Lookup(%q): nothing", tc.name)
			continue
		}
		if c[0].Country != tc.country || c[0].Precision != tc.precision || c[0].Name != tc.canonical {
			t.Errorf("Lookup(%q)[0] = %s %s %s, want %s %s %s", tc.name, c[0].Name, c[0].Country, c[0].Precision,
				tc.canonical, tc.country, tc.precision)
		}
	}
	if c := g.Lookup("Blorptown"); len(c) != 0 {
		t.Errorf("Lookup(Blorptown) = %v", c)
	}
}
