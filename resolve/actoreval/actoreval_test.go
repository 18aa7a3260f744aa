package actoreval

import (
	"os"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/kb"
	"chronicle/nlp"
	"chronicle/segment"
)

// Floors a little below what the resolver reaches on PLOVER's gold records:
// 0.928 of the actors get the gold country and 0.848 of those with a gold
// sector get that sector (with the embedded gazetteer).
const (
	countryFloor = 0.91
	sectorFloor  = 0.82
)

func TestPLOVERGold(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data/plover/PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := Score(f, "PLOVER_GSR_CAMEO.txt", nlp.Analyze, kb.Default(), Gazetteer)
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

func TestScoreFixture(t *testing.T) {
	f, err := os.Open("testdata/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := Score(f, "gold.json", segment.Split, kb.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Actors != 4 || res.Missing != 1 || res.Sectors != 4 {
		t.Fatalf("counted %+v", res)
	}
	if res.CountryCorrect != 4 || res.SectorCorrect != 4 {
		t.Errorf("scored %+v", res)
	}
}

func TestScoreRejectsBadInput(t *testing.T) {
	_, err := Score(strings.NewReader(`{"not": "a list"}`), "bad.json", segment.Split, kb.Default(), nil)
	if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.HasPrefix(err.Error(), "bad.json: ") {
		t.Fatalf("error %v, want EINVALID naming bad.json", err)
	}
}

func FuzzScore(f *testing.F) {
	seed, _ := os.ReadFile("testdata/gold.json")
	f.Add(string(seed))
	f.Add(`[{"text": "Iraqi troops", "source": "x", "target": [1]}]`)
	f.Add(`[{"text": "a..b", "source": [{"actorText": "...", "code": "USA"}]}]`)
	k := kb.Default()
	f.Fuzz(func(t *testing.T, in string) {
		res, err := Score(strings.NewReader(in), "fuzz", segment.Split, k, nil)
		if err != nil {
			return
		}
		if res.CountryCorrect > res.Actors || res.SectorCorrect > res.Sectors {
			t.Fatalf("impossible counts %+v", res)
		}
	})
}
