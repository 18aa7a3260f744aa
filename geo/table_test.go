package geo

import (
	"testing"

	"chronicle"
)

// TestTableWellFormed checks the generated table: every row has a name, a
// known precision, coordinates on the globe, and a country that the table
// itself lists (regions spanning countries have none).
func TestTableWellFormed(t *testing.T) {
	g := Default()
	countries := map[string]bool{}
	for _, c := range g.places {
		if c.Precision == chronicle.PrecisionCountry {
			countries[c.Country] = true
		}
	}
	if len(countries) < 240 {
		t.Fatalf("only %d countries", len(countries))
	}
	kinds := map[string]int{}
	for _, c := range g.places {
		kinds[c.Precision]++
		switch {
		case c.Name == "":
			t.Errorf("unnamed row %+v", c)
		case c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180:
			t.Errorf("%s: coordinates %v,%v off the globe", c.Name, c.Lat, c.Lon)
		case c.Country == "" && c.Precision != chronicle.PrecisionRegion:
			t.Errorf("%s: no country", c.Name)
		case c.Country != "" && !countries[c.Country]:
			t.Errorf("%s: country %q not in the table", c.Name, c.Country)
		case c.Precision != chronicle.PrecisionRegion && c.GeonameID <= 0:
			t.Errorf("%s: no geonameid", c.Name)
		}
	}
	if kinds[chronicle.PrecisionCity] < 40000 || kinds[chronicle.PrecisionAdmin1] < 3000 || kinds[chronicle.PrecisionRegion] < 40 {
		t.Errorf("table too small: %v", kinds)
	}
}
