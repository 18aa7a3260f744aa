// Package tagger assigns Universal (UPOS) and Penn Treebank (XPOS) part-of-speech
// tags with a greedy averaged perceptron over hashed word, affix, shape,
// ambiguity-class and tag-history features (Collins 2002; Honnibal's "good POS
// tagger" recipe). One model scores both tag sets: XPOS first, then UPOS also
// seeing the chosen XPOS, which keeps them consistent. Each sentence is tagged
// twice, the second pass also seeing the first pass's tags of the next two
// words (on EWT dev: UPOS 94.8 → 95.25). Rare words get their affixes and
// shape in features of their own, which learn how to tag unseen words. The
// committed model mixes three training runs (TrainMixed: their weights
// averaged), then drops its small weights (dev UPOS 95.25 → 95.33, XPOS
// 94.46 → 94.58, with tagging no slower). Frequent words that always carry the
// same tags in training skip the model (the tag dictionary), and headline
// capitals are undone for words usually written lower-case.
//
// Tried and left out: the GloVe word classes of nlp/wordclass as features
// (the word's fine and coarse class, its neighbours' fine classes). On EWT
// test they gave UPOS 95.59 → 95.90, XPOS 94.98 → 95.28 and, through the
// parser, UAS 84.90 → 85.08, LAS 81.45 → 81.65; only for rare words, UAS
// 85.17, LAS 81.73. But on news they did harm: PLOVER gold F1 0.726 → 0.715
// (0.722 for rare words only), and both variants tagged "imposing" in the
// seed article's "has spoken of imposing secondary sanctions" as an
// adjective (EWT has it twice as each), which loses the threat it reports.
package tagger
