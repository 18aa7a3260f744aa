package coder

import (
	"os"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/conllu"
)

// propnActors makes every proper noun an actor of its own, so that fuzzed
// parses reach the rules that need actors.
type propnActors struct{ doc *chronicle.Document }

func (p propnActors) At(h int) (string, bool) {
	if h >= 0 && h < len(p.doc.Tokens) && p.doc.Tokens[h].UPOS == "PROPN" {
		return p.doc.Tokens[h].Text, true
	}
	return "", false
}
func (p propnActors) AtAll(int) []string { return nil }
func (p propnActors) Get(id string) chronicle.Actor {
	return chronicle.Actor{ID: id, Type: chronicle.ActorCountry, Country: chronicle.NullString(id)}
}

var modalities = []string{chronicle.Asserted, chronicle.Alleged, chronicle.Intended, chronicle.Threatened,
	chronicle.Conditional, chronicle.Hypothetical, chronicle.Denied}

func FuzzCode(f *testing.F) {
	for _, p := range []string{"testdata/rules.conllu", "testdata/quotes.conllu"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	c := New(nil)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := conllu.ParseString(in)
		if err != nil {
			return
		}
		for _, doc := range docs {
			events, quotes := c.Code(doc, Inputs{Actors: propnActors{doc}})
			for _, ev := range events {
				if !slices.Contains(chronicle.EventTypes, ev.Type) || !slices.Contains(modalities, ev.Modality) {
					t.Fatalf("bad event %+v", ev)
				}
				if ev.Trigger.Start < 0 || ev.Trigger.End > len(doc.Text) || ev.Trigger.Start > ev.Trigger.End || len(ev.Actor) == 0 {
					t.Fatalf("bad trigger or no actor: %+v", ev)
				}
			}
			for _, q := range quotes {
				if q.Start < 0 || q.End > len(doc.Text) || q.Start > q.End || doc.Text[q.Start:q.End] != q.Text {
					t.Fatalf("bad quote %+v", q)
				}
			}
		}
	})
}

func BenchmarkCode(b *testing.B) {
	fx := loadFixtures(b, "testdata/rules.conllu")
	c := New(nil)
	ins := make([]Inputs, len(fx))
	for i, f := range fx {
		ins[i] = f.inputs()
	}
	for b.Loop() {
		for i, f := range fx {
			c.Code(f.doc, ins[i])
		}
	}
}

// TestCodeWithoutParse runs the coder over tokens no parser has annotated
// (heads all zero, no tags): it must return nothing rather than fail.
func TestCodeWithoutParse(t *testing.T) {
	text := "“Nobody parsed this,” he said. Troops attacked."
	doc := &chronicle.Document{Text: text}
	start := 0
	for i, w := range []string{"“", "Nobody", "parsed", "this", ",", "”", "he", "said", ".", "Troops", "attacked", "."} {
		at := start + strings.Index(text[start:], w)
		doc.Tokens = append(doc.Tokens, chronicle.Token{Text: w, Start: at, End: at + len(w), Sentence: i / 9})
		start = at + len(w)
	}
	doc.Sentences = []chronicle.Sentence{{Start: 0, End: doc.Tokens[8].End, First: 0, Last: 9}, {Start: doc.Tokens[9].Start, End: len(text), First: 9, Last: 12}}
	events, _ := New(nil).Code(doc, Inputs{Actors: propnActors{doc}})
	if len(events) != 0 {
		t.Errorf("coded %d events from an unparsed document: %+v", len(events), events)
	}
}
