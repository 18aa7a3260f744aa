package wire

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerLines are whole lines a page leaves around a story, compared after
// lower-casing and trimming punctuation, so "ADVERTISING", "Advertisement"
// and "Share this story ›" all match.
var boilerLines = setOf(
	"advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
	"promoted", "promoted content", "story continues below", "story continues below advertisement",
	"article continues below", "article continues below advertisement", "continue reading",
	"continue reading below", "continue reading the main story", "scroll to continue with content",
	"skip advertisement", "skip to main content", "skip to content", "skip navigation", "menu",
	"search", "home", "close", "toggle navigation", "back to top", "show more", "show less",
	"load more", "loading", "view comments", "comments", "leave a comment", "listen",
	"listen to this article", "watch", "watch live", "copy link", "link copied", "copied",
	"save", "save article", "gift this article", "gift article", "follow", "more", "next article",
	"previous article", "related", "related articles", "related stories", "related content",
	"related topics", "more on this story", "more stories", "most read", "most popular",
	"trending", "recommended", "recommended stories", "you may also like", "top stories",
	"latest news", "latest", "editor's picks", "newsletter", "cookie settings", "manage cookies",
	"accept", "accept all", "accept cookies", "manage preferences", "manage settings", "preferences",
	"reject", "decline", "agree", "agree and close", "accept and close", "customize", "customise", "settings",
	"more options", "accept all cookies", "reject all", "i agree", "got it",
	"privacy policy", "terms of use", "terms of service", "all rights reserved", "opens new tab",
	"our standards the thomson reuters trust principles", "explore more on these topics", "topics",
	"more from this author", "in this story", "read next", "up next", "what to read next",
)

// linkListHeadings introduce lists of links or topic tags; the short lines
// under them are dropped too, until prose resumes.
var linkListHeadings = setOf("related", "related articles", "related stories", "related content",
	"related topics", "more on this story", "more stories", "most read", "most popular", "trending",
	"recommended", "recommended stories", "you may also like", "top stories", "latest news", "latest",
	"editor's picks", "explore more on these topics", "topics", "read next", "up next", "what to read next",
	"in this story", "more from this author")

// boilerPrefixes start lines that are links or calls to action rather than
// story text; they count only on lines of at most maxWords words, so that a
// real sentence which happens to begin with the same words survives.
var boilerPrefixes = []struct {
	prefix   string
	maxWords int
}{
	{"read more", 30}, {"also read", 30}, {"see also", 30}, {"related", 30}, {"more from", 20},
	{"watch", 20}, {"listen", 12}, {"click here", 30}, {"tap here", 30},
	{"follow us", 30}, {"follow @", 10}, {"download the", 30}, {"sign up", 40}, {"signup", 30},
	{"subscribe", 40}, {"already a subscriber", 30}, {"already have an account", 30},
	{"log in", 10}, {"sign in", 10}, {"register", 8}, {"get our", 30}, {"get the latest", 30},
	{"get breaking news", 30}, {"image source", 30}, {"image caption", 60}, {"media caption", 60},
	{"photograph", 60}, {"photo", 60}, {"image", 60}, {"picture", 60}, {"credit", 30},
	{"file photo", 80}, {"updated", 10},
	{"published", 10}, {"last updated", 10}, {"first published", 12}, {"share", 5},
	{"this article was", 30}, {"this story has been", 30}, {"this story was", 30},
	{"click to", 20}, {"video", 30}, {"advertisement", 8}, {"advertising", 8},
}

// prefixNeedsSeparator lists prefixes that are ordinary words: they mark a
// caption only when followed by ":" or "," ("Photo: …", "Image source, …").
var prefixNeedsSeparator = setOf("photograph", "photo", "image", "picture", "credit", "watch", "listen", "related",
	"video", "advertisement", "advertising")

// linkVerbs open calls to follow a link: "Follow AP's coverage at https://…".
var linkVerbs = []string{"follow", "read", "see", "visit", "find", "get", "download", "watch", "listen", "more"}

var (
	// Wire-service photo credits end or fill caption lines: "REUTERS/Maxim
	// Shemetov", "Pool via REUTERS", "(AP Photo/…)", "Getty Images".
	photoCredit = regexp.MustCompile(`(?:\b(?:REUTERS|AFP|AP Photo|EPA(?:-EFE)?|Sputnik|Pool)\s*/\s*\p{Lu}` +
		`|\bvia (?:REUTERS|Reuters|AFP|AP|Getty Images|EPA)\)?\s*$` +
		`|\(?(?:Getty Images|AP Photo|Shutterstock)\)?\s*$)`)
	// Copyright notices: "© 2025 Reuters", "Copyright 2025 The Associated Press."
	copyrightNotice = regexp.MustCompile(`(?i)^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4})`)
	// Inline captions in brackets: "(Photo: Jane Doe/AFP)", "[Image by …]".
	inlineCaption = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:photo|photograph|picture|image|video|credit|file photo)s?\s*(?::|\bby\b|\bcredit\b)[^()\[\]]{0,200}[)\]]`)
	// Contributor lines at the foot of agency copy.
	contributed = regexp.MustCompile(`(?i)\bcontributed (?:reporting|to this (?:report|story|article))\b`)
)

// socialWords fill the rows of share buttons: "Facebook Twitter Email".
var socialWords = setOf("facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail",
	"print", "reddit", "pinterest", "telegram", "copy", "link", "share", "tweet", "messenger",
	"flipboard", "sms", "bluesky", "threads", "comments", "comment", "save", "gift", "article",
	"this", "on", "via", "story", "page", "instagram", "youtube", "tiktok", "mastodon")

// socialPlatforms must appear for a row of socialWords to count as a share row.
var socialPlatforms = setOf("facebook", "twitter", "whatsapp", "linkedin", "email", "e-mail",
	"reddit", "pinterest", "telegram", "messenger", "flipboard", "bluesky", "share", "tweet", "print")

// cookieSigns, together with the word "cookie", make a line a consent banner.
var cookieSigns = []string{"we use", "uses cookies", "use of cookies", "cookie policy", "cookie settings",
	"cookie preferences", "accept all", "by continuing", "consent", "manage preferences", "your experience"}

// isBoilerplate reports whether a whole (normalised) line is page furniture
// rather than story text.
func isBoilerplate(line string) bool {
	words := len(strings.Fields(line))
	if words <= maxKeyWords {
		key := lineKey(line)
		if key == "" {
			return line != "" // rules and separators: "* * *", "___"
		}
		if boilerLines[key] || isShareRow(key) {
			return true
		}
	}
	// prefixes are short: lower-casing the head of a long line is enough
	lower := strings.ToLower(line[:min(len(line), 64)])
	for _, p := range boilerPrefixes {
		if words <= p.maxWords && hasWordPrefix(lower, p.prefix) {
			if !prefixNeedsSeparator[p.prefix] || separatorAfter(lower, p.prefix) {
				if p.prefix == "share" && strings.HasSuffix(line, ".") {
					continue // "Share prices rose."
				}
				return true
			}
		}
	}
	if words <= 25 && (strings.Contains(line, "http://") || strings.Contains(line, "https://") || strings.Contains(line, "www.")) {
		for _, verb := range linkVerbs {
			if hasWordPrefix(lower, verb) {
				return true
			}
		}
	}
	if words <= 80 && (strings.Contains(line, "ookie") || strings.Contains(line, "OOKIE")) {
		lower := strings.ToLower(line)
		for _, sign := range cookieSigns {
			if strings.Contains(lower, sign) {
				return true
			}
		}
	}
	// the regular expressions run only where their literal parts occur
	if words <= 80 && mayBePhotoCredit(line) && photoCredit.MatchString(line) && !endsSentence(line) {
		return true
	}
	if words <= 40 && strings.Contains(line, "ontributed") && contributed.MatchString(line) {
		return true
	}
	if words <= 30 && startsWithAny(line, "cC©(") && copyrightNotice.MatchString(line) {
		return true
	}
	return isCreditTrailer(line) || isBreadcrumb(line)
}

// maxKeyWords is the length of the longest whole line worth comparing with
// boilerLines and linkListHeadings; longer lines skip the comparison.
const maxKeyWords = 12

func startsWithAny(line, chars string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return strings.ContainsRune(chars, r)
}

func mayBePhotoCredit(line string) bool {
	return strings.Contains(line, "/") || strings.Contains(line, "via ") || strings.Contains(line, "Getty") ||
		strings.Contains(line, "AP Photo") || strings.Contains(line, "Shutterstock")
}

// stripInlineCaptions removes bracketed photo credits from inside a line.
func stripInlineCaptions(line string) string {
	if !strings.ContainsAny(line, "([") {
		return line
	}
	return strings.TrimSpace(inlineCaption.ReplaceAllString(line, ""))
}

func isShareRow(key string) bool {
	words := strings.Fields(key)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	platform := false
	for _, w := range words {
		if !socialWords[w] {
			return false
		}
		platform = platform || socialPlatforms[w]
	}
	return platform
}

// creditWords may appear in a "Reporting by …; Editing by …" trailer besides
// the capitalised names themselves.
var creditWords = setOf("and", "in", "by", "with", "from", "of", "at", "the", "for", "editing", "writing",
	"reporting", "additional", "compiled", "staff", "de", "van", "von", "al", "bin", "da", "del", "le", "la",
	"la", "graphics", "photos", "video", "production", "contributing", "newsroom", "bureau", "desk")

var creditStarts = []string{"reporting by", "additional reporting by", "writing by", "editing by",
	"compiled by", "reporting and writing by", "written by", "edited by", "graphics by",
	"reporting by and", "additional reporting"}

// isCreditTrailer recognises "Reporting by Jane Doe in Moscow; Editing by
// John Roe", bracketed or not: after the opening phrase only names and a few
// linking words may follow, so "Reporting by the Post found …" stays.
func isCreditTrailer(line string) bool {
	s := strings.TrimSpace(strings.Trim(line, "()[] "))
	if !startsWithAny(s, "RrAaWwEeCcGg") {
		return false
	}
	lower := strings.ToLower(s[:min(len(s), 32)])
	start := ""
	for _, p := range creditStarts {
		if hasWordPrefix(lower, p) && len(p) > len(start) {
			start = p
		}
	}
	if start == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(s[len(start):], func(r rune) bool {
		return unicode.IsSpace(r) || r == ';' || r == ',' || r == '.' || r == '(' || r == ')' || r == '&' || r == '/'
	}) {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || creditWords[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// isBreadcrumb recognises navigation trails such as "Home > World > Europe".
func isBreadcrumb(line string) bool {
	for _, sep := range []string{" > ", " › ", " » "} {
		if !strings.Contains(line, sep) {
			continue
		}
		if parts := strings.Split(line, sep); len(parts) >= 2 {
			for _, p := range parts {
				if len(strings.Fields(p)) > 4 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// lineKey lower-cases a line and trims the punctuation, arrows and ellipses
// around it and inside it at word edges, for comparison with boilerLines.
func lineKey(line string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(line) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
			continue
		}
		if r != '-' || b.Len() == 0 {
			space = true
		} else {
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), "-' ")
}

func hasWordPrefix(lower, prefix string) bool {
	if !strings.HasPrefix(lower, prefix) {
		return false
	}
	rest := lower[len(prefix):]
	if rest == "" || strings.HasSuffix(prefix, "@") || strings.HasSuffix(prefix, "©") || strings.HasSuffix(prefix, ")") {
		return true
	}
	r := []rune(rest)[0]
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func separatorAfter(lower, prefix string) bool {
	rest := strings.TrimLeft(lower[len(prefix):], "s ")
	return rest == "" || strings.ContainsAny(rest[:1], ":,|-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// endsSentence reports whether a line ends like prose: a full stop, a
// question or exclamation mark, possibly inside closing quotes.
func endsSentence(line string) bool {
	s := strings.TrimRight(line, "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
