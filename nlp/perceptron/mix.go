package perceptron

import "errors"

// Mixer averages the weights of models trained on the same data in different
// orders (parameter mixing, McDonald et al. 2010): one perceptron's accuracy
// swings with the order it saw its examples in, and the mean of several is
// steadier. Scores are linear in the weights, so the mixed model scores as
// the mean of the models would, at the cost of one.
type Mixer struct{ sum *Model }

// NewMixer starts a mix of models with these labels.
func NewMixer(labels []string) *Mixer { return &Mixer{sum: New(labels)} }

// Add adds share times the weights of src, a trained and averaged model.
func (x *Mixer) Add(src *Model, share float32) error {
	// Only a loaded model lists its rows; Marshal(0) prunes nothing and
	// quantizes each row to 1/254 of its largest weight at worst.
	data, err := src.Marshal(0)
	if err != nil {
		return err
	}
	loaded, err := Load(data)
	if err != nil {
		return err
	}
	feature := []uint64{0}
	loaded.EachRow(func(f uint64, classes []uint16, values []float32) {
		feature[0] = f
		for i, c := range classes {
			if values[i] != 0 {
				x.sum.Adjust(feature, int(c), values[i]*share)
			}
		}
	})
	return nil
}

// Model returns the mixed model, ready to score and to marshal. It finishes
// the mix: call it once, after the last Add.
func (x *Mixer) Model() *Model {
	// The weights were added at step 0, which leaves nothing to average;
	// one Tick lets Average finish the model with the weights unchanged.
	x.sum.Tick()
	x.sum.Average()
	return x.sum
}

// Mean returns the mean of trained models with the same labels.
func Mean(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("perceptron: no models to mix")
	}
	x := NewMixer(models[0].Labels)
	for _, m := range models {
		if err := x.Add(m, 1/float32(len(models))); err != nil {
			return nil, err
		}
	}
	return x.Model(), nil
}
