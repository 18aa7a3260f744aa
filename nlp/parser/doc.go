// Package parser finds Universal Dependencies trees: a greedy arc-hybrid
// transition parser (Kuhlmann et al. 2011) trained with a dynamic oracle
// (Goldberg & Nivre 2012) as an averaged perceptron over Zhang & Nivre-style
// features, then a second perceptron that labels each arc knowing the whole
// tree (the head's other dependents, their order, function words below it).
// Labelling after parsing keeps the transition model at three classes, which
// makes parsing several times faster than a joint labelled model.
package parser
