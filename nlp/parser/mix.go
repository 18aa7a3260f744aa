package parser

import (
	"chronicle/nlp/conllu"
	"chronicle/nlp/perceptron"
)

// TrainMixed trains runs parsers that differ only in the order they see the
// sentences (seeds seed, seed+1000, ...) and averages their weights, both the
// transition model's and the labeller's (parameter mixing, McDonald et al.
// 2010, as tagger.TrainMixed does). Scores are linear, so the mixed parser
// scores each step as the mean of the runs would, at the cost of one parser.
// progress gets the run and the epoch within it.
func TrainMixed(sents []conllu.Sentence, tags func(i int) (upos, xpos []string), epochs int, seed uint64, runs int, progress func(run, epoch int)) *Parser {
	runs = max(runs, 1)
	ps := make([]*Parser, runs)
	for r := range runs {
		ps[r] = Train(sents, tags, epochs, seed+uint64(r)*1000, func(e int) {
			if progress != nil {
				progress(r, e)
			}
		})
	}
	return Mix(ps...)
}

// Mix returns the parser whose weights are the mean of the given trained
// parsers' (trained on the same treebank, so their relations agree). One
// parser is returned as it is.
func Mix(ps ...*Parser) *Parser {
	if len(ps) == 1 {
		return ps[0]
	}
	moves, labels := perceptron.New(ps[0].moves.Labels), perceptron.New(ps[0].labels.Labels)
	share := 1 / float32(len(ps))
	for _, p := range ps {
		addScaled(moves, p.moves, share)
		addScaled(labels, p.labels, share)
	}
	// Adjust at step 0 leaves nothing to average; one Tick lets Average
	// finish the models (so Marshal accepts them) with the weights unchanged.
	for _, m := range []*perceptron.Model{moves, labels} {
		m.Tick()
		m.Average()
	}
	return &Parser{moves: moves, labels: labels, root: labels.Class("root")}
}

// addScaled adds share times the weights of the trained model src to dst.
func addScaled(dst, src *perceptron.Model, share float32) {
	// Only a loaded model lists its rows; Marshal(0) prunes nothing and
	// quantizes each row to 1/254 of its largest weight at worst.
	data, err := src.Marshal(0)
	if err != nil {
		panic(err) // cannot happen: src was just trained and averaged
	}
	loaded, err := perceptron.Load(data)
	if err != nil {
		panic(err)
	}
	loaded.EachRow(func(f uint64, classes []uint16, values []float32) {
		for j, c := range classes {
			dst.Adjust([]uint64{f}, int(c), values[j]*share)
		}
	})
}
