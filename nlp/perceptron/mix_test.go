package perceptron

import "testing"

func TestMeanScoresAsTheMeanOfTheModels(t *testing.T) {
	labels := []string{"a", "b", "c"}
	train := func(seed int) *Model {
		m := New(labels)
		for i := range 200 {
			f := []uint64{uint64(i%7 + 1), uint64((i*seed)%5 + 10)}
			m.Update(f, (i*seed)%3, (i+seed)%3)
		}
		m.Average()
		return m
	}
	runs := []*Model{train(1), train(2), train(3)}
	mixed, err := Mean(runs...)
	if err != nil {
		t.Fatal(err)
	}
	got, one := make([]float32, 3), make([]float32, 3)
	for f := uint64(1); f < 15; f++ {
		mixed.Score([]uint64{f}, got)
		want := make([]float32, 3)
		for _, r := range runs {
			r.Score([]uint64{f}, one)
			for c := range want {
				want[c] += one[c] / 3
			}
		}
		for c := range want {
			// each row is rounded to 1/254 of its largest weight
			if d := got[c] - want[c]; d > 0.05 || d < -0.05 {
				t.Errorf("feature %d class %d: mixed %.3f, mean %.3f", f, c, got[c], want[c])
			}
		}
	}
}
