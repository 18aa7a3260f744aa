// Package train rebuilds the tagger, lemmatizer and parser models from UD
// English-EWT with fixed seeds, for `chronicle train`. The parser is trained
// on jackknifed tags (each fold tagged by a tagger that never saw it), so it
// learns to cope with the tagging errors it will meet on new text.
package train
