package segment

import "chronicle"

// Split cuts text into sentences and tokens. It fills the Document's Text,
// Sentences (byte spans and token ranges) and Tokens (Text as a substring of
// text, byte offsets, Sentence). Tags, lemmas and relations are left empty
// for the tagger and parser; Head is -1, as if each token were its own root,
// until the parser sets it. Split accepts any input, invalid UTF-8 included;
// whitespace-only text gives a Document with no sentences.
func Split(text string) *chronicle.Document {
	t := tokenizer{text: text, tokens: make([]chronicle.Token, 0, min(len(text)/5+16, 1<<20))}
	t.run()
	return &chronicle.Document{Text: text, Tokens: t.tokens, Sentences: splitSentences(text, t.tokens)}
}
