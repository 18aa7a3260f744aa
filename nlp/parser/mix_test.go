package parser

import (
	"bytes"
	"testing"
)

// TestMixAveragesRuns checks that TrainMixed is the Mix of its runs (whose
// weights perceptron.Mean averages, tested there) and that the mixed parser
// still parses and labels its training sentences after a round trip.
func TestMixAveragesRuns(t *testing.T) {
	sents := readSmall(t)
	tags := goldTags(sents)
	var runs []*Parser
	for r := range 3 {
		runs = append(runs, Train(sents, tags, 15, 1+uint64(r)*1000, nil))
	}
	mixed := Mix(runs...)
	if again := TrainMixed(sents, tags, 15, 1, 3, nil); !sameModel(t, again, mixed) {
		t.Fatal("TrainMixed differs from Mix of the same runs")
	}
	if wrong := misparsedAfterReload(t, mixed, sents, tags); wrong > 1 {
		t.Fatalf("%d training words misparsed by the mixed parser", wrong)
	}
}

// One run is no mixture: TrainMixed must give Train's parser, byte for byte.
func TestTrainMixedOneRunIsTrain(t *testing.T) {
	sents := readSmall(t)
	tags := goldTags(sents)
	if !sameModel(t, TrainMixed(sents, tags, 5, 7, 1, nil), Train(sents, tags, 5, 7, nil)) {
		t.Fatal("TrainMixed with one run differs from Train")
	}
}

func sameModel(t *testing.T, a, b *Parser) bool {
	t.Helper()
	da, err := a.MarshalPruned(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	db, err := b.MarshalPruned(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(da, db)
}
