package eval

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode"

	"chronicle"
	"chronicle/nlp/ner/iob2"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreNER(t *testing.T) {
	e := func(first, last int, typ string) iob2.Entity { return iob2.Entity{First: first, Last: last, Type: typ} }
	tests := []struct {
		name                 string
		gold, predicted      [][]iob2.Entity
		precision, recall, f float64
		perPrecision         float64
	}{
		{"perfect", [][]iob2.Entity{{e(0, 2, "PER")}}, [][]iob2.Entity{{e(0, 2, "PER")}}, 1, 1, 1, 1},
		{"boundary error counts twice", [][]iob2.Entity{{e(0, 2, "PER")}}, [][]iob2.Entity{{e(0, 1, "PER")}}, 0, 0, 0, 0},
		{"wrong type", [][]iob2.Entity{{e(0, 1, "LOC")}}, [][]iob2.Entity{{e(0, 1, "ORG")}}, 0, 0, 0, 0},
		{"half", [][]iob2.Entity{{e(0, 1, "PER"), e(3, 4, "LOC")}}, [][]iob2.Entity{{e(0, 1, "PER")}}, 1, 0.5, 2.0 / 3, 1},
		{"same span in another sentence is no match",
			[][]iob2.Entity{{e(0, 1, "PER")}, nil}, [][]iob2.Entity{nil, {e(0, 1, "PER")}}, 0, 0, 0, 0},
		{"nothing predicted", [][]iob2.Entity{{e(0, 1, "PER")}}, nil, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		r := ScoreNER(tt.gold, tt.predicted)
		if !near(r.Micro.Precision, tt.precision) || !near(r.Micro.Recall, tt.recall) || !near(r.Micro.F1, tt.f) {
			t.Errorf("%s: micro P %v R %v F1 %v, want %v %v %v", tt.name, r.Micro.Precision, r.Micro.Recall, r.Micro.F1, tt.precision, tt.recall, tt.f)
		}
		if got := r.Types["per"].Precision; !near(got, tt.perPrecision) {
			t.Errorf("%s: per precision %v, want %v", tt.name, got, tt.perPrecision)
		}
	}
}

// capitalisedRuns marks each run of capitalised tokens as a PER entity: a
// stand-in recognizer whose output on the fixture is known.
func capitalisedRuns(doc *chronicle.Document) {
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; {
			j := i
			for j < s.Last && unicode.IsUpper([]rune(doc.Tokens[j].Text)[0]) {
				j++
			}
			if j > i {
				doc.Entities = append(doc.Entities, chronicle.EntityMention{First: i, Last: j, Type: "PER"})
				i = j
			} else {
				i++
			}
		}
	}
}

func TestEvalNER(t *testing.T) {
	docs := 0
	r, err := EvalNER("testdata/ner_gold.iob2", func(doc *chronicle.Document) {
		docs++
		for _, tok := range doc.Tokens {
			if doc.Text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q does not match its offsets", tok.Text)
			}
		}
		capitalisedRuns(doc)
	})
	if err != nil {
		t.Fatal(err)
	}
	if docs != 2 {
		t.Errorf("annotated %d documents, want one per newdoc (2)", docs)
	}
	// Predicted: Maria Lopez (PER, right), Lisbon (PER, wrong type), She,
	// Acme Shipping, Porto (all PER, wrong); gold has 4 entities.
	if r.Sentences != 3 || r.Tokens != 15 || r.Micro.Gold != 4 || r.Micro.Predicted != 5 || r.Micro.Correct != 1 {
		t.Errorf("got %+v", r)
	}
	if r.Types["per"].Correct != 1 || r.Types["loc"].Gold != 2 || r.Types["org"].Predicted != 0 {
		t.Errorf("per-type counts wrong: %+v", r.Types)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"micro"`, `"precision"`, `"recall"`, `"f1"`, `"types"`, `"per"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
}

func TestEvalNERBadInput(t *testing.T) {
	for _, path := range []string{"testdata/missing.iob2", "ner.go"} {
		_, err := EvalNER(path, capitalisedRuns)
		if err == nil || chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %v, want EINVALID naming the file", path, err)
		}
	}
}
