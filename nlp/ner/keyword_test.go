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
		got := entitiesAfter(tt.text, tt.found, func(doc *chronicle.Document) { m.orgByList(doc, doc.Sentences) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// An organisation keyword followed by "of" and capitalised words names one
// organisation, whatever the model made of its parts.
func TestOrgOfPhrase(t *testing.T) {
	src := &lexiconSource{entries: []entry{
		{kindOrgKeyword, "authority"}, {kindOrgKeyword, "department"}, {kindOrgKeyword, "association"}, {kindOrgKeyword, "board"},
	}, stats: map[string]uint8{"meanwhile": statMostlyLower}}
	m := newModel(perceptron.New(labelNames()), src)
	tests := []struct {
		text  string
		found []chronicle.EntityMention // what the model found
		nouns []int                     // tokens tagged NOUN
		want  []string
	}{
		// The place after "of" becomes part of the name.
		{"A complaint against the Housing Authority of New Orleans was filed.",
			[]chronicle.EntityMention{{First: 6, Last: 8, Type: "LOC"}}, nil, []string{"ORG=Housing Authority of New Orleans"}},
		// The model stopped at "and".
		{"It was filed with the U.S. Department of Housing and Urban Development today.",
			[]chronicle.EntityMention{{First: 5, Last: 9, Type: "ORG"}}, nil, []string{"ORG=U.S. Department of Housing and Urban Development"}},
		// Untagged; a sentence-initial "The" is no part of it.
		{"The Association of Muslim Scholars met.", nil, nil, []string{"ORG=Association of Muslim Scholars"}},
		// "and" does not swallow a name the model found.
		{"The Department of Defense and Putin agreed.",
			[]chronicle.EntityMention{{First: 5, Last: 6, Type: "PER"}}, nil, []string{"ORG=Department of Defense", "PER=Putin"}},
		// A sentence's first word is part of the name unless it is a
		// word usually written lower-case.
		{"Meanwhile Department of Labor said so.", nil, nil, []string{"ORG=Department of Labor"}},
		{"Georgia Department of Labor said so.", nil, nil, []string{"ORG=Georgia Department of Labor"}},
		// The name goes on in a lower-case noun: left alone.
		{"The Board of Muslim clerics met.", nil, []int{4}, nil},
		// A person after "of" is not what an organisation serves.
		{"Ask the Board of Steve Witkoff.", []chronicle.EntityMention{{First: 4, Last: 6, Type: "PER"}}, nil, []string{"PER=Steve Witkoff"}},
		// An entity that would be cut in two stays as it is.
		{"He met Georgia Department of Labor.", []chronicle.EntityMention{{First: 1, Last: 3, Type: "ORG"}}, nil, []string{"ORG=met Georgia"}},
	}
	for _, tt := range tests {
		got := entitiesAfter(tt.text, tt.found, func(doc *chronicle.Document) {
			for _, i := range tt.nouns {
				doc.Tokens[i].UPOS = "NOUN"
			}
			m.orgOfPhrase(doc, doc.Sentences)
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Article text reaches the recognizer: whatever it holds, the rules after
// the model (keywords, "of" phrases, the list, propagation) must not panic,
// and the entities they leave must be in order, apart, and within the text.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Meanwhile Department of Labor said so. The Department of Housing and Urban Development and TASS met.",
		"Board of Steve Witkoff. Ministry of",
		"Department of Defense & NATO and Truth Social; Donald Trump spoke. Trump left.",
		"HOUSING AUTHORITY OF NEW ORLEANS",
		"Авиакомпания Аэрофлот Department of Россия said \xff\xfe.",
		"",
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := segment.Split(text)
		m.Recognize(doc)
		last := 0
		for _, e := range doc.Entities {
			if e.First < last || e.First >= e.Last || e.Last > len(doc.Tokens) || e.Start > e.End || e.End > len(text) {
				t.Fatalf("%q: bad entity %+v among %+v", text, e, doc.Entities)
			}
			last = e.Last
		}
	})
}

// A name of several words ending in an organisation keyword is an
// organisation, unless it is a known place or a given name and a surname.
func TestOrgByKeyword(t *testing.T) {
	src := &lexiconSource{entries: []entry{
		{kindOrgKeyword, "university"}, {kindOrgKeyword, "post"}, {kindOrgKeyword, "bank"},
		{kindGivenName, "emily"}, {kindPlace, "West Bank"},
	}}
	m := newModel(perceptron.New(labelNames()), src)
	tests := []struct {
		text  string
		found []chronicle.EntityMention // what the model found
		want  []string
	}{
		{"He left Moscow State University today.", []chronicle.EntityMention{{First: 2, Last: 5, Type: "LOC"}}, []string{"ORG=Moscow State University"}},
		{"He left Moscow State University today.", []chronicle.EntityMention{{First: 2, Last: 3, Type: "LOC"}}, []string{"ORG=Moscow State University"}},
		{"Denver Post reported it.", []chronicle.EntityMention{{First: 0, Last: 2, Type: "PER"}}, []string{"ORG=Denver Post"}},
		{"Emily Post wrote it.", []chronicle.EntityMention{{First: 0, Last: 2, Type: "PER"}}, []string{"PER=Emily Post"}},
		{"They live in the West Bank.", []chronicle.EntityMention{{First: 4, Last: 6, Type: "LOC"}}, []string{"LOC=West Bank"}},
	}
	for _, tt := range tests {
		got := entitiesAfter(tt.text, tt.found, m.orgByKeyword)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// entitiesAfter splits text, adds the entities the model found (by token),
// runs a rule that mends them, and lists what it leaves as "TYPE=text".
func entitiesAfter(text string, found []chronicle.EntityMention, rule func(*chronicle.Document)) []string {
	doc := segment.Split(text)
	for _, e := range found {
		e.Start, e.End = doc.Tokens[e.First].Start, doc.Tokens[e.Last-1].End
		doc.Entities = append(doc.Entities, e)
	}
	rule(doc)
	var got []string
	for _, e := range doc.Entities {
		got = append(got, e.Type+"="+text[e.Start:e.End])
	}
	return got
}
