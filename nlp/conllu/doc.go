// Package conllu reads Universal Dependencies treebanks in CoNLL-U format,
// the training and evaluation data of the tagger, lemmatizer and parser. Only
// syntactic words are kept: multi-word token lines ("3-4") and empty nodes
// ("5.1") are skipped, as the CoNLL 2018 evaluation scores words.
package conllu
