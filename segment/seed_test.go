package segment

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"chronicle/internal/shared"
)

// seedText is the seed article as the ingest stage hands it on: without the
// byline, the "Share this story" line and the "ADVERTISING" line, and with
// runs of blank lines collapsed to one.
func seedText(t *testing.T) string {
	b, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")[2:]
	var kept []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "ADVERTISING" {
			kept = append(kept, l)
		}
	}
	text := strings.Join(kept, "\n")
	text = regexp.MustCompile(`\n(\s*\n)+`).ReplaceAllString(text, "\n\n")
	return strings.TrimSpace(text)
}

func TestSeedSentences(t *testing.T) {
	text := seedText(t)
	doc := Split(text)
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, text[s.Start:s.End])
	}
	if len(got) != 15 {
		t.Errorf("got %d sentences, want 15:\n%s", len(got), strings.Join(got, "\n"))
	}
	want := map[string]bool{
		"On Friday, Trump said in a post on Truth Social: “Russia has to get moving.":                                                                                                 true,
		"Too many people (are) DYING, thousands a week, in a terrible and senseless war — A war that should have never happened, and wouldn’t have happened, if I were President!!!”": true,
		"“The theme of the meeting — aspects of a Ukrainian settlement,” the Kremlin said in a statement after the meeting concluded.":                                                true,
	}
	for _, s := range got {
		delete(want, s)
	}
	for s := range want {
		t.Errorf("missing sentence %q", s)
	}
}
