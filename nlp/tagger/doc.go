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
package tagger
