package actoreval

import (
	"os"
	"testing"

	"chronicle/internal/shared"
	"chronicle/kb"
	"chronicle/nlp"
)

// Floors a little below what the resolver reaches on PLOVER's gold records
// (see the package comment of resolve for what the figures mean).
const (
	countryFloor = 0.85
	sectorFloor  = 0.70
)

func TestPLOVERGold(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data/plover/PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := Score(f, "PLOVER_GSR_CAMEO.txt", nlp.Analyze, kb.Default())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("actors %d (missing %d): country %.3f (%d), sector %.3f (%d of %d)", res.Actors, res.Missing,
		res.CountryAccuracy, res.CountryCorrect, res.SectorAccuracy, res.SectorCorrect, res.Sectors)
	if testing.Verbose() {
		for _, m := range res.Errors {
			t.Logf("%s %q: want %s/%s, got %s/%s (%s)", m.Record, m.Text, m.WantCountry, m.WantSector, m.GotCountry, m.GotSector, m.Actor)
		}
	}
	if res.Actors < 600 {
		t.Errorf("only %d gold actors located", res.Actors)
	}
	if res.CountryAccuracy < countryFloor {
		t.Errorf("country accuracy %.3f below %.2f", res.CountryAccuracy, countryFloor)
	}
	if res.SectorAccuracy < sectorFloor {
		t.Errorf("sector accuracy %.3f below %.2f", res.SectorAccuracy, sectorFloor)
	}
}
