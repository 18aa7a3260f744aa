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
// Events embedded in another event's complement are its content, not events
// of their own: "urged Russia to withdraw" is one REQUEST with mode yield.
// PLOVER's own conversions follow: hostile acts that are only intended or
// conditional become THREATEN, cooperative ones AGREE; "X said Y should ..."
// is a REQUEST from X to Y.
//
// The parser the coder reads is trained on web text and errs on news syntax
// (a tenth of its attachments are wrong), so each rule has a fallback that
// needs less of the tree: the subject by word order when the parse gives
// none, an "if" later in the sentence, a modal before a word tagged as a
// noun, the base form of a verb the lemmatizer missed. Fallbacks lower the
// event's confidence.
//
// The coder depends on actors, places and dates only through the small
// interface and slices in Inputs, so tests drive it with hand-written parses
// (testdata/*.conllu, with the events each must give) and fakes. No Go library
// codes PLOVER; PETRARCH's dictionaries over a constituency parse are the
// model, rewritten for dependency trees.
package coder
