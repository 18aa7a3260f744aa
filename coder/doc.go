// Package coder turns an annotated Document into PLOVER events and quotes.
//
// It reads the dependency parse, not the raw text: a codebook (codebook.txt,
// embedded, extendable with LoadCodebook) maps trigger lemmas — verbs with their
// particles, objects and prepositions, nominal events and light-verb
// constructions — to a PLOVER type, mode, contexts and CAMEO code. Rules over
// the tree then find the actor and recipient (subjects, objects, passives,
// control, coordination, relative clauses, reciprocal meetings), the modality
// (negation, intent, conditionals, counterfactuals, allegations, denials),
// tense, attribution ("X said", "according to"), date and location, and merge
// mentions of one event within an article.
//
// The coder depends on actors, places and dates only through the small
// interfaces and slices in Inputs, so tests drive it with hand-written parses
// and fakes. No library offers PLOVER coding over a UD parse in Go; PETRARCH's
// approach (dictionaries over a constituency parse) is the model, rewritten for
// dependency trees.
package coder
