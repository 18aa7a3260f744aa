package resolve

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/kb"
	"chronicle/nlp"
)

// expectedActor is an entry of the seed's expected.json "actors".
type expectedActor struct {
	Name         string `json:"name"`
	Mention      string `json:"mention"`
	Country      string `json:"country"`
	Sector       string `json:"sector"`
	RoleContains string `json:"role_contains"`
}

// TestSeedActors runs the real NLP pipeline over the seed article and checks
// every actor a careful coder records from it.
func TestSeedActors(t *testing.T) {
	text, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(shared.Path(t, "seed/expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Published string          `json:"published"`
		Actors    []expectedActor `json:"actors"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	published, _ := time.Parse("2006-01-02", want.Published)
	doc := nlp.Analyze(string(text))
	actors := Resolve(doc, published, kb.Default())
	if testing.Verbose() {
		for _, e := range doc.Entities {
			t.Logf("entity %q %s → %s", doc.Text[e.Start:e.End], e.Type, e.Actor)
		}
		for _, a := range actors.List {
			t.Logf("%s %q %s %s/%s role=%q kb=%s mentions=%d", a.ID, a.Name, a.Type, a.Country, a.Sector, a.Role, a.KB, len(a.Mentions))
		}
	}
	for _, w := range want.Actors {
		found := false
		for _, a := range actors.List {
			if w.Name != "" && a.Name != w.Name {
				continue
			}
			if w.Mention != "" && !mentioned(doc.Text, a.Mentions, w.Mention) {
				continue
			}
			if string(a.Country) == w.Country && (w.Sector == "" || string(a.Sector) == w.Sector) &&
				strings.Contains(strings.ToLower(string(a.Role)), w.RoleContains) {
				found = true
			}
		}
		if !found {
			t.Errorf("no actor %+v", w)
		}
	}
}

func mentioned(text string, spans []chronicle.Span, s string) bool {
	for _, sp := range spans {
		if strings.Contains(text[sp.Start:sp.End], s) {
			return true
		}
	}
	return false
}
