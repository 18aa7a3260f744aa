package ner

import (
	"slices"
	"testing"

	"chronicle"
	"chronicle/nlp/perceptron"
	"chronicle/segment"
)

// Well-known organisations the model left untagged are added when their
// names cannot be common words; the model's own entities stay.
func TestOrgByList(t *testing.T) {
	src := &lexiconSource{entries: []entry{
		{kindOrg, "TASS"}, {kindOrg, "Truth Social"}, {kindOrg, "Apple"}, {kindOrg, "AP"}, {kindOrg, "NATO"},
	}}
	m := newModel(perceptron.New(labelNames()), src)
	tests := []struct {
		text  string
		found []chronicle.EntityMention // what the model found
		want  []string
	}{
		{"Dmitriev spoke to state news agency TASS.", nil, []string{"ORG=TASS"}},
		{"Trump said in a post on Truth Social that talks went well.", nil, []string{"ORG=Truth Social"}},
		// One capitalised word may be a common word or a fruit; "AP" too short.
		{"Apple pie and an AP exam.", nil, nil},
		{"TASS said it.", nil, []string{"ORG=TASS"}},
		// An upper-case line says nothing of acronyms.
		{"NATO AND TASS MEET TODAY", nil, nil},
		// A name the model typed is left alone, and the order kept.
		{"Putin told TASS and NATO.", []chronicle.EntityMention{{First: 4, Last: 5, Type: "LOC"}}, []string{"ORG=TASS", "LOC=NATO"}},
	}
	for _, tt := range tests {
		doc := segment.Split(tt.text)
		for _, e := range tt.found {
			e.Start, e.End = doc.Tokens[e.First].Start, doc.Tokens[e.Last-1].End
			doc.Entities = append(doc.Entities, e)
		}
		m.orgByList(doc, doc.Sentences)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Type+"="+tt.text[e.Start:e.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
