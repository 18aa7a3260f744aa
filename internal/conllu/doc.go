// Package conllu reads CoNLL-U (Universal Dependencies) files into
// chronicle.Documents, so that gold treebanks and hand-written parse fixtures
// can feed the stages after the NLP layer without running it.
//
// A Document starts at each "# newdoc" comment (input without one is a single
// Document); its Text is the sentences' "# text" lines joined by one space, and
// every token's Start/End are byte offsets into that Text. Multiword-token lines
// ("1-2 didn't") are not tokens: their words are located inside the surface
// span, and a word whose form is not written there ("de" + "le" for "du")
// covers the whole span. Empty nodes ("8.1") are skipped. Entities may be given
// in the MISC column as IOB2 tags, "NER=B-PER" then "NER=I-PER", so that
// fixtures can carry the recognizer's output too.
//
// No library is used: CoNLL-U is ten tab-separated columns, and the offsets
// into the running text that Chronicle needs are what existing readers lack.
// chronicle/nlp/conllu is the other reader of the format: it keeps only the
// syntactic words of each sentence, for training and scoring the tagger and
// parser, where offsets and multiword spans would be dead weight.
package conllu
