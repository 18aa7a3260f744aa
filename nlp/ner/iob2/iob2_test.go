package iob2

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"chronicle"
)

func TestReadFixture(t *testing.T) {
	f, err := os.Open("testdata/small.iob2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := Read(f, "testdata/small.iob2")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	tests := []struct {
		id       string
		tokens   int
		entities []Entity
	}{
		{"fixture-0001", 8, []Entity{{0, 2, "PER"}, {4, 5, "LOC"}, {6, 7, "LOC"}}},
		// an I- tag after O-less type change opens a new entity
		{"fixture-0002", 6, []Entity{{1, 3, "ORG"}, {4, 5, "ORG"}}},
		{"fixture-0003", 2, nil},
	}
	for i, doc := range []string{"fixture-doc", "fixture-doc", "second-doc"} {
		if sents[i].Doc != doc {
			t.Errorf("sentence %d: document %q, want %q", i, sents[i].Doc, doc)
		}
	}
	for i, tt := range tests {
		s := sents[i]
		if s.ID != tt.id || len(s.Tokens) != tt.tokens {
			t.Errorf("sentence %d: id %q with %d tokens, want %q with %d", i, s.ID, len(s.Tokens), tt.id, tt.tokens)
		}
		if got := Entities(s.Tags); !reflect.DeepEqual(got, tt.entities) {
			t.Errorf("sentence %d: entities %v, want %v", i, got, tt.entities)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"too few columns", "1\tword\n", "at least 3"},
		{"bad index", "1\ta\tO\n3\tb\tO\n", "out of sequence"},
		{"bad tag", "1\ta\tX-PER\n", "not IOB2"},
		{"empty token", "1\t\tO\n", "empty token"},
	}
	for _, tt := range tests {
		_, err := Read(strings.NewReader(tt.input), "gold.iob2")
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "gold.iob2") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q (code %s), want EINVALID naming the input and saying %q", tt.name, err, chronicle.ErrorCode(err), tt.want)
		}
	}
}

func TestEntitiesTagsRoundTrip(t *testing.T) {
	tests := [][]string{
		{"O", "B-PER", "I-PER", "O", "B-LOC"},
		{"B-ORG", "B-ORG", "I-ORG"},
		{"O", "O"},
	}
	for _, tags := range tests {
		got := Tags(len(tags), Entities(tags))
		if !reflect.DeepEqual(got, tags) {
			t.Errorf("round trip of %v gave %v", tags, got)
		}
	}
}

func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile("testdata/small.iob2")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("1\ta\tI-LOC\n2\tb\tB-\n")
	f.Add("# sent_id\n\n\n1\tx\tO\textra\tcols\n")
	f.Fuzz(func(t *testing.T, input string) {
		sents, err := Read(strings.NewReader(input), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) != len(s.Tags) || len(s.Tokens) == 0 {
				t.Fatalf("sentence with %d tokens and %d tags", len(s.Tokens), len(s.Tags))
			}
			for _, e := range Entities(s.Tags) {
				if e.First < 0 || e.Last > len(s.Tokens) || e.First >= e.Last || e.Type == "" {
					t.Fatalf("bad entity %v in %d tokens", e, len(s.Tokens))
				}
			}
		}
	})
}
