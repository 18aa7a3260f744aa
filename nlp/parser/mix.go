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
	moves, labels := make([]*perceptron.Model, len(ps)), make([]*perceptron.Model, len(ps))
	for i, p := range ps {
		moves[i], labels[i] = p.moves, p.labels
	}
	m, err := perceptron.Mean(moves...)
	if err != nil {
		panic(err) // cannot happen: the parsers were trained and averaged
	}
	l, err := perceptron.Mean(labels...)
	if err != nil {
		panic(err)
	}
	return &Parser{moves: m, labels: l, root: l.Class("root")}
}
