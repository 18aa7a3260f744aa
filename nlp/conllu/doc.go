// Package conllu reads Universal Dependencies treebanks in CoNLL-U format,
// the training and evaluation data of the tagger, lemmatizer and parser. Only
// syntactic words are kept: multi-word token lines ("3-4") and empty nodes
// ("5.1") are skipped, as the CoNLL 2018 evaluation scores words.
//
// chronicle/internal/conllu reads the same format for another purpose: whole
// chronicle.Documents with byte offsets into the running text (multiword
// tokens located in their surface span, NER tags from MISC) for fixtures of
// the stages after the NLP layer. Training needs none of that, only the words
// of each sentence of a large treebank, so this reader stays the small
// one; the two share no code because they keep different things per line.
package conllu
