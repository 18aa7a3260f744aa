package ner

import (
	"reflect"
	"testing"
)

func TestBILOUConversion(t *testing.T) {
	tests := []struct {
		name  string
		iob2  []string
		bilou []string
		spans []span
	}{
		{"unit and multi", []string{"B-PER", "O", "B-LOC", "I-LOC", "I-LOC"},
			[]string{"U-PER", "O", "B-LOC", "I-LOC", "L-LOC"},
			[]span{{0, 1, "PER"}, {2, 5, "LOC"}}},
		{"adjacent entities", []string{"B-ORG", "B-ORG", "I-ORG"},
			[]string{"U-ORG", "B-ORG", "L-ORG"},
			[]span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"I- without B- starts an entity", []string{"O", "I-LOC", "I-LOC"},
			[]string{"O", "B-LOC", "L-LOC"},
			[]span{{1, 3, "LOC"}}},
		{"unknown type is O", []string{"B-MISC", "B-PER"},
			[]string{"O", "U-PER"},
			[]span{{1, 2, "PER"}}},
	}
	names := labelNames()
	for _, tt := range tests {
		labels := bilouFromIOB2(tt.iob2)
		var got []string
		for _, l := range labels {
			got = append(got, names[l])
		}
		if !reflect.DeepEqual(got, tt.bilou) {
			t.Errorf("%s: BILOU %v, want %v", tt.name, got, tt.bilou)
		}
		if s := spansFromBILOU(labels); !reflect.DeepEqual(s, tt.spans) {
			t.Errorf("%s: spans %v, want %v", tt.name, s, tt.spans)
		}
	}
}

func TestAllowedTransitions(t *testing.T) {
	l := func(name string) int {
		for i, n := range labelNames() {
			if n == name {
				return i
			}
		}
		t.Fatalf("no label %s", name)
		return -1
	}
	tests := []struct {
		prev, next string
		atEnd      bool
		want       bool
	}{
		{"", "B-PER", false, true},
		{"", "I-PER", false, false},
		{"B-PER", "I-PER", false, true},
		{"B-PER", "L-PER", true, true},
		{"B-PER", "L-LOC", false, false},
		{"B-PER", "O", false, false},
		{"I-ORG", "I-ORG", true, false},
		{"L-ORG", "U-LOC", true, true},
		{"U-LOC", "L-LOC", false, false},
		{"O", "B-LOC", true, false},
	}
	for _, tt := range tests {
		prev := -1
		if tt.prev != "" {
			prev = l(tt.prev)
		}
		if got := allowed(prev, l(tt.next), tt.atEnd); got != tt.want {
			t.Errorf("allowed(%q → %q, atEnd %v) = %v, want %v", tt.prev, tt.next, tt.atEnd, got, tt.want)
		}
	}
}

func TestShapesAndNormalization(t *testing.T) {
	same := [][2]string{
		{"Putin", "Trump"},     // short shape Xx
		{"1999", "2025"},       // digits
		{"NATO", "TASS"},       // all caps
		{"Kyiv", "Kharkiv"},    // short shape only
		{"U.S.", "U.K."},       // dotted initials
		{"Trump’s", "Trump's"}, // typographic apostrophe, via normHash below
	}
	for _, p := range same[:5] {
		_, a := shapeHashes(p[0])
		_, b := shapeHashes(p[1])
		if a != b {
			t.Errorf("short shapes of %q and %q differ", p[0], p[1])
		}
	}
	if normHash(same[5][0]) != normHash(same[5][1]) || normHash("Moscow") != normHash("MOSCOW") {
		t.Error("normalization should ignore case and typographic quotes")
	}
	longPutin, _ := shapeHashes("Putin")
	longWitkoff, _ := shapeHashes("Witkoff")
	longLi, _ := shapeHashes("Li")
	if longPutin != longWitkoff || longPutin == longLi {
		t.Error("long shapes should keep runs of up to four characters and no more")
	}
	cases := map[string]uint8{"Putin": caseTitle, "NATO": caseUpper, "talks": caseLower, "iPhone": caseMixed, "2025": caseOther}
	for w, want := range cases {
		if got := wordCase(w); got != want {
			t.Errorf("wordCase(%q) = %d, want %d", w, got, want)
		}
	}
}
