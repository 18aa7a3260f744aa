// Package ner is Chronicle's named-entity recognizer: it marks the persons
// (PER), organisations (ORG) and places (LOC) that a Document's tokens name.
//
// It is a greedy left-to-right BILOU tagger over an averaged perceptron
// (package perceptron) with hashed features: word forms and their neighbours,
// shapes, affixes, capitalisation in context (sentence start, headlines), how
// often a word is written capitalised in running text, part-of-speech tags
// when the tagger has set them, and gazetteers (countries and capitals from
// GeoNames, hand-written lists of given names, titles, organisation and place
// keywords and well-known organisations). The model is trained on Universal
// NER English-EWT (see Train) and embedded; it is loaded once per process.
//
// No Go library offers a trained English recognizer that runs without cgo or
// a network service, hence our own.
package ner
