// Package train rebuilds the tagger, lemmatizer and parser models from UD
// English-EWT with fixed seeds, for `chronicle train`. The parser is trained
// on jackknifed tags (each fold tagged by a tagger that never saw it), so it
// learns to cope with the tagging errors it will meet on new text.
//
// EWT is web text; news reports statements with their source after them
// ("…, officials said") and introduces people with relative clauses ("Trump,
// who has …, said"), shapes EWT has a few dozen times each. The parser also
// learns from copies of every third plain EWT statement rewritten into those
// shapes (attribution.go). On EWT this changes nothing measurable (dev UAS
// 84.43 → 84.41, LAS 80.70 → 80.86, retrained from the same seed); on news it
// does: in the 92 PLOVER gold sentences that end "…, X said", the statement
// hangs from the reporting verb as one clause in 84% of parses, against 47%
// with the previous parser, and in Wikinews the relative clause after a name
// hangs from the name in 61% against 35% (nlp/newsshape_test.go).
//
// Options.ParserRuns mixes several parser trainings into one
// (parser.TrainMixed). On EWT dev three runs gave UAS 84.47 and 84.44 (seeds
// 1 and 2) against 84.29 and 84.20 for the mean single run, LAS +0.24 and
// +0.30, at the same parse cost; the default stays one run because three of
// four mixed parsers tried misattached the subject of the seed article's first
// sentence, an arc nlp's tests and the event coder rely on. Fold taggers
// trained like the run-time tagger (8 passes, 3 runs mixed) scored no
// better (dev UAS 84.28 against 84.29, the mean of three single-run seeds),
// so the fold taggers stay single four-pass runs.
package train
