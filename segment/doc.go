// Package segment splits news text into sentences and tokens with byte
// offsets into the text, as the tagger, parser and every later stage read it.
//
// Tokens follow UD English-EWT, on which the models are trained: clitics are
// split ("do"+"n't", "ca"+"n't", "Trump"+"'s", with ' or ’), punctuation is
// split off, abbreviations keep their period ("U.S.", "Gen.", "p.m."), and
// hyphenated words are split ("U.S.-Russia" → "U.S." "-" "Russia") except
// after the prefixes EWT keeps ("e-mail", "co-workers", "mid-July").
//
// It is written by hand rather than taken from a library because no Go
// library follows EWT's conventions, and because it has to be fast and
// allocation-light: tokens are substrings of the text, and one pass over the
// bytes makes both tokens and sentences.
//
// Sentences end at a blank line; after ".", "!", "?" and runs of them (with
// the closing quotes and brackets attached) unless a lower-case word follows;
// after an ellipsis before a capital; after an abbreviation that can end a
// sentence ("Inc.", "U.S.") only before a word that typically starts one;
// and at a single line break only after a heading or around a list item.
package segment
