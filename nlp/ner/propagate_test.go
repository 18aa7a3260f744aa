package ner

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"chronicle"
	"chronicle/segment"
)

func TestPropagate(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		given []string // "TYPE=first:last" token ranges the model found
		want  []string // "TYPE=text" after propagation
	}{
		{
			"surname of a person found in full",
			"Envoy Steve Witkoff arrived. Officials greeted Witkoff warmly.",
			[]string{"PER=1:3"},
			[]string{"PER=Steve Witkoff", "PER=Witkoff"},
		},
		{
			"majority type wins",
			"Pelosi spoke. Later Pelosi left. Then Pelosi returned.",
			[]string{"PER=0:1", "ORG=4:5", "PER=8:9"},
			[]string{"PER=Pelosi", "PER=Pelosi", "PER=Pelosi"},
		},
		{
			"a tie over a surname goes to the person named in full",
			"Donald Trump spoke. Trump left. Trump came. Trump went.",
			[]string{"PER=0:2", "PER=4:5", "ORG=7:8", "ORG=10:11"},
			[]string{"PER=Donald Trump", "PER=Trump", "PER=Trump", "PER=Trump"},
		},
		{
			"a tie over another name is left alone",
			"Jordan spoke. Jordan left.",
			[]string{"PER=0:1", "LOC=3:4"},
			[]string{"PER=Jordan", "LOC=Jordan"},
		},
		{
			"lower-case repeats are left alone",
			"Turkey said so. We ate turkey.",
			[]string{"LOC=0:1"},
			[]string{"LOC=Turkey"},
		},
		{
			"initials of an organisation named in full",
			"The International Atomic Energy Agency met. Later the IAEA said no.",
			[]string{"ORG=1:5"},
			[]string{"ORG=International Atomic Energy Agency", "ORG=IAEA"},
		},
		{
			"initials skip lower-case words; a capitalised word is no acronym",
			"The Bank of England spoke. BE calm. Be calm.",
			[]string{"ORG=1:4"},
			[]string{"ORG=Bank of England", "ORG=BE"},
		},
		{
			"no acronyms in an upper-case line",
			"The Allied Troops left. WE AT HOME LOVE IT.",
			[]string{"ORG=1:3"},
			[]string{"ORG=Allied Troops"},
		},
		{
			"a person's initials are left alone",
			"Donald Trump spoke. DT left.",
			[]string{"PER=0:2"},
			[]string{"PER=Donald Trump"},
		},
		{
			"a tie changes nothing",
			"Jordan won. Jordan lost.",
			[]string{"PER=0:1", "LOC=3:4"},
			[]string{"PER=Jordan", "LOC=Jordan"},
		},
	}
	for _, tt := range tests {
		doc := segment.Split(tt.text)
		for _, g := range tt.given {
			typ, rng, _ := strings.Cut(g, "=")
			a, b, _ := strings.Cut(rng, ":")
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				t.Fatalf("bad fixture %q", g)
			}
			doc.Entities = append(doc.Entities, chronicle.EntityMention{
				First: first, Last: last, Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End, Type: typ,
			})
		}
		propagate(doc)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Type+"="+doc.Text[e.Start:e.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
