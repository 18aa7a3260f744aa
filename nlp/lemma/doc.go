// Package lemma finds dictionary forms from a word and its XPOS tag. It learns
// from a treebank suffix rules ("-ies" → "-y" for NNS, "-ied" → "-y" for VBD)
// keyed by tag and the word's last letters, and keeps an exceptions table only
// for training words the rules get wrong (irregular verbs, "better" → "good").
// Proper nouns keep their case; other lemmas are lower-case, as in UD English.
// A rule's answer for an inflected verb, noun or adjective that is no
// dictionary word is mended with WordNet's lemmas and irregular forms
// (lexicon.go, wordnet.txt.gz): news is full of verbs the treebank never
// showed ("extradited" → "extradite", not "extradit").
package lemma
