// Package tagger assigns Universal (UPOS) and Penn Treebank (XPOS) part-of-speech
// tags with two greedy averaged perceptrons over hashed word, affix, shape and
// tag-history features (Collins 2002; Honnibal's "good POS tagger" recipe).
// XPOS is predicted first; the UPOS model also sees the predicted XPOS, which
// keeps the two tag sets consistent. Frequent words that always carry the same
// tags in training skip the models (the tag dictionary), which is both faster
// and slightly more accurate.
package tagger
