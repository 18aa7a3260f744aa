package parser

import (
	"bytes"
	"testing"
)

// TestMixAveragesRuns checks that the mixed parser scores each move like the
// mean of its runs (up to the int8 rounding of their rows) along its own
// parses, and that it still parses and labels its training sentences after a
// round trip.
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
	var got, one, want [nMoves]float32
	for i, s := range sents {
		forms := make([]string, len(s.Words))
		for j, w := range s.Words {
			forms[j] = w.Form
		}
		u, x := tags(i)
		sn := prepare(forms, u, x)
		st := newState(sn.n)
		for !st.done() {
			feats := st.features(nil, sn)
			mixed.moves.Score(feats, got[:])
			want = [nMoves]float32{}
			for _, r := range runs {
				r.moves.Score(feats, one[:])
				for m := range want {
					want[m] += one[m] / 3
				}
			}
			var tolerance float32 = 0.02
			for _, v := range want {
				tolerance = max(tolerance, 0.02*max(v, -v))
			}
			for m := range want {
				if d := got[m] - want[m]; d > tolerance || d < -tolerance {
					t.Fatalf("%s: move %d scored %.3f, mean of runs %.3f", s.ID, m, got[m], want[m])
				}
			}
			best := -1
			for m := range nMoves {
				if st.valid(m) && (best < 0 || got[m] > got[best]) {
					best = m
				}
			}
			st.apply(best)
		}
	}
	data, err := mixed.MarshalPruned(0.01, 0.01)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	wrong := 0
	for i, s := range sents {
		if !projective(goldHeads(s)) {
			continue
		}
		u, x := tags(i)
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		heads, rels := loaded.Parse(forms, u, x)
		for j, w := range s.Words {
			if heads[j] != w.Head-1 || rels[j] != w.Rel {
				wrong++
			}
		}
	}
	if wrong > 1 {
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
