// Package ner is Chronicle's named-entity recognizer: it marks the persons
// (PER), organisations (ORG) and places (LOC) that a Document's tokens name,
// as Universal NER does (a country is LOC, "the Kremlin" or a newspaper ORG,
// a demonym such as "Russian" no entity).
//
// It is a BILOU sequence labeller: a structured averaged perceptron (package
// perceptron) scores hashed features of each token, and Viterbi search finds
// the best valid label sequence of a sentence. Features: the word and its
// neighbours, shapes, suffixes, capitalisation in context (sentence start,
// headline), how often the word is capitalised in running text and elsewhere
// in the same document, POS tags when the tagger has set them (training
// drops them from most sentences, so the model works without them too),
// distributional word classes of the word and its neighbours
// (lists/clusters.txt, made by internal/genclusters from unlabelled text),
// the shape of the run of capitalised words a token is in (does it end in an
// organisation keyword, follow "the"), and gazetteers: countries, capitals
// and first-level divisions from GeoNames, the cities and towns of the geo
// package's gazetteer, the names of SCOWL's English word list
// (lists/dictionary_names.txt, made by internal/gendict), and hand-written
// lists of given names, titles, organisation and place keywords and
// well-known organisations (lists/).
// After tagging, a name of several words ending in an organisation keyword
// becomes an organisation even when it starts with a place ("Moscow State
// University"; keyword.go), and a name found once in a document is also
// marked where it recurs, in full or, for a person, by surname, and an
// organisation or place where its initials recur ("CPA" after "the
// Coalition Provisional Authority"; propagate.go).
//
// Train reproduces the model from Universal NER English-EWT with POS tags
// from UD English-EWT (train only: training on dev too, `chronicle train
// ner --with-dev`, scored no better on test and missed a name of the news
// fixture), reading the geo gazetteer table from the repository. It learns
// from the treebank's gold POS tags: the embedded tagger's tags (`-tags
// tagger`) scored 0.85 better on dev averaged over five seeds, but no better
// on test for seed 1; jackknifed tags (`-tags jackknife`) no better than gold.
// Tried without a gain on dev: features of the dependency tree, a second
// stacked model reading the first one's labels, a place-inside-a-name feature. It trains three
// perceptrons for 12 passes each on different shuffles and averages their
// weights: one model's dev score swings by a point with the shuffle, and the
// average is steadier and scored better on dev than 20 passes of one. The lists
// end up inside the model file, so a model always sees the lists it was
// trained with. The result is embedded (model/ner.bin) and loaded once per
// process. Loading lays the weights out
// in an open-addressing table (weights.go), because scoring is bound by
// memory look-ups.
//
// No Go library offers a trained English recognizer that runs without cgo or
// a network service, hence our own.
package ner
