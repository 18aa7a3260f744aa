package chronicle

import (
	"encoding/json"
	"testing"
)

func TestFirstDay(t *testing.T) {
	for in, want := range map[string]string{"2025": "2025-01-01", "2025-03": "2025-03-01", "2025-03-18": "2025-03-18", "": ""} {
		if got := FirstDay(in); got != want {
			t.Errorf("FirstDay(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNullStringIsNullWhenEmpty(t *testing.T) {
	b, err := json.Marshal(Actor{ID: "a1", Name: "Reuters", Country: "GBR"})
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back["sector"] != nil || back["country"] != "GBR" {
		t.Errorf("sector %v, country %v: want null and GBR in %s", back["sector"], back["country"], b)
	}
	var a Actor
	if err := json.Unmarshal(b, &a); err != nil || a.Sector != "" || a.Country != "GBR" {
		t.Errorf("round trip gave %+v, %v", a, err)
	}
}

func TestDocumentTree(t *testing.T) {
	// "Envoy held talks ." with held as root.
	d := &Document{Text: "Envoy held talks .", Sentences: []Sentence{{Start: 0, End: 18, First: 0, Last: 4}},
		Tokens: []Token{
			{Text: "Envoy", Start: 0, End: 5, Head: 1, Rel: "nsubj"},
			{Text: "held", Start: 6, End: 10, Head: -1, Rel: "root"},
			{Text: "talks", Start: 11, End: 16, Head: 1, Rel: "obj"},
			{Text: ".", Start: 17, End: 18, Head: 1, Rel: "punct"},
		}}
	if got := d.ChildrenWith(1, "obj"); len(got) != 1 || got[0] != 2 {
		t.Errorf("obj of held: %v", got)
	}
	if first, last := d.Subtree(1); first != 0 || last != 4 {
		t.Errorf("subtree of held: [%d,%d)", first, last)
	}
	if p := d.PathToRoot(2); len(p) != 2 || p[1] != 1 {
		t.Errorf("path to root from talks: %v", p)
	}
	if !d.Dominates(1, 0) || d.Dominates(0, 1) {
		t.Error("held must dominate Envoy, not the reverse")
	}
	if toks := d.SentenceTokens(0); len(toks) != 4 || toks[3].Text != "." {
		t.Errorf("sentence tokens: %+v", toks)
	}
	if s := d.SpanText(0, 3); s != "Envoy held talks" {
		t.Errorf("span text %q", s)
	}
}
