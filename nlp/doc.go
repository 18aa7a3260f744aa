// Package nlp annotates a Document: part-of-speech tags, lemmas, dependency
// trees (packages tagger, lemma, parser, all trained here on UD English-EWT)
// and named entities (package ner, which also reads the word classes of
// package wordclass, learnt from GloVe vectors). The trained models are
// embedded in the binary and loaded once per process; `chronicle train`
// rebuilds them.
package nlp
