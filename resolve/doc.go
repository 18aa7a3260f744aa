// Package resolve turns the mentions in an annotated Document into actors:
// who each name, title, group noun, metonym and pronoun stands for, with the
// country, sector and role the text and the knowledge base (package kb) give
// it at the article's date.
//
// Resolve links every named entity and every knowledge-base name in the text;
// Actors.At and AtAll then resolve any noun phrase the event coder asks about
// ("Ukrainian officials", "the Kremlin", "he", "the two countries"), adding
// an actor when it is new. Rules work on the dependency parse where there is
// one and fall back to the words around a mention where there is not, so
// that a wrong or missing parse costs a detail, not the actor. A group the
// text gives no country ("prisoners", "ethnic Albanians") takes the one
// country its sentence names, or else the one a locative names ("rioted at
// a jail in East Timor"): people are of the place they act in.
//
// No library does this: coreference and entity-linking libraries for Go do
// not exist, and the political-actor rules (titles, demonym-led groups,
// capitals as governments, offices held at a date) are specific to event data.
package resolve
