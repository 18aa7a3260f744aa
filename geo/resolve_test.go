package geo

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"chronicle"
	"chronicle/nlp"
	"chronicle/segment"
)

// TestAmbiguousNames scores resolution on ambiguous toponyms in sentences
// that decide them (testdata/ambiguous.tsv), found as capitalised spans.
func TestAmbiguousNames(t *testing.T) {
	scoreAmbiguous(t, "testdata/ambiguous.tsv", segment.Split, 0.95)
}

// TestAmbiguousNamesHeldOut scores sentences that were not used to tune the
// rules, for an honest figure.
func TestAmbiguousNamesHeldOut(t *testing.T) {
	scoreAmbiguous(t, "testdata/ambiguous_heldout.tsv", segment.Split, 0.90)
}

// TestAmbiguousNamesWithEntities does the same on the whole NLP pipeline,
// where the recognizer's LOC entities say which spans are places.
func TestAmbiguousNamesWithEntities(t *testing.T) {
	scoreAmbiguous(t, "testdata/ambiguous.tsv", nlp.Analyze, 0.90)
}

func scoreAmbiguous(t *testing.T, path string, analyze func(string) *chronicle.Document, floor float64) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := Default()
	total, correct := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 4 {
			t.Fatalf("bad line %q", line)
		}
		name, want, text := fields[0], fields[1], fields[3]
		var countries []string
		if fields[2] != "-" {
			countries = strings.Split(fields[2], ",")
		}
		total++
		got := "none"
		for _, l := range g.Places(analyze(text), countries) {
			if Normalize(l.Place.Text) == Normalize(name) || strings.HasPrefix(Normalize(l.Place.Text), Normalize(name)+" ") {
				got = l.Place.Country + " (" + l.Place.Name + ", " + l.Place.Precision + ")"
				break
			}
		}
		if strings.HasPrefix(got, want+" ") {
			correct++
		} else {
			t.Logf("%s: want %s, got %s in %q", name, want, got, text)
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("%s: %d/%d correct (%.1f%%)", path, correct, total, 100*acc)
	if acc < floor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, floor)
	}
}
