package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"

	"chronicle"
	"chronicle/ingest/wire"

	"github.com/abadojack/whatlanggo"
)

// given is the metadata an input states outright (JSON fields, HTML meta,
// feed items). It wins over what the cleaner reads from the text, except
// siteName, which is only a fallback for the outlet: a byline or dateline
// names the outlet that wrote the story, a site may only republish it.
type given struct {
	ID, URL, Title, Outlet, SiteName string
	Authors                          []string
	Published                        time.Time
	FallbackPublished                time.Time // used when neither the input nor the text has a date
}

// article cleans raw text and builds the article from it and what the
// input gave.
func (s source) article(input, raw string, g given) (chronicle.Article, error) {
	text, meta := wire.Clean(raw)
	if text == "" {
		return chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, input, "no article text")
	}
	a := chronicle.Article{
		ID:        g.ID,
		Source:    input,
		URL:       g.URL,
		Title:     first(g.Title, meta.Title),
		Outlet:    first(g.Outlet, meta.Outlet, canonicalOutlet(g.SiteName)),
		Authors:   g.Authors,
		Published: g.Published,
		Dateline:  meta.Dateline,
		Language:  language(text),
		Text:      text,
	}
	if len(a.Authors) == 0 {
		a.Authors = meta.Authors
	}
	if a.Published.IsZero() {
		a.Published = meta.Published
	}
	if a.Published.IsZero() {
		a.Published = g.FallbackPublished
	}
	if a.Published.IsZero() {
		a.Published = s.opt.Published
	}
	if a.ID == "" {
		sum := sha256.Sum256([]byte(text))
		a.ID = hex.EncodeToString(sum[:8])
	}
	return a, nil
}

func canonicalOutlet(name string) string {
	if c, ok := wire.Outlet(name); ok {
		return c
	}
	return strings.TrimSpace(name)
}

// splitAuthors reads an author field: "Jane Doe; John Roe", "Jane Doe and
// John Roe", "By Jane Doe".
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	if lower := strings.ToLower(s); strings.HasPrefix(lower, "by ") {
		s = s[3:]
	}
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '\n' }) {
		for _, name := range strings.Split(part, " and ") {
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// languageSample bounds the text whatlanggo looks at: a paragraph or two
// names the language as well as the whole article, at a fraction of the
// cost (trigram counting dominates ingestion time otherwise).
const languageSample = 1024

// language returns the ISO 639-1 code of the text's language, or "" when
// there is too little text to tell or whatlanggo is unsure of a text that
// does not read as English.
func language(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !unicode.IsSpace(rune(text[cut])) {
			cut--
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 20 {
		return ""
	}
	if info := whatlanggo.Detect(text); info.IsReliable() {
		return info.Lang.Iso6391()
	}
	// Trigrams are unsure on a sentence or two ("Estonia expelled a Russian
	// diplomat on Monday." comes out as Esperanto); English function words
	// settle the common case, anything else stays undetermined.
	if englishShare(text) >= 0.15 {
		return "en"
	}
	return ""
}

var englishFunctionWords = setOf("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with",
	"by", "from", "is", "was", "are", "were", "has", "had", "have", "said", "says", "that", "it", "its",
	"he", "she", "they", "will", "would", "after", "as", "not", "but", "this", "be", "been")

func englishShare(text string) float64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if englishFunctionWords[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
