package ingest

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"chronicle"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlArticle reads one HTML page: decoded from its charset, main text and
// metadata found by go-trafilatura, then cleaned like any other text.
// A page that states no date gets fallbackDate (a WARC capture date), if set.
func (s source) htmlArticle(input string, data []byte, contentType, pageURL string, fallbackDate time.Time) (chronicle.Article, error) {
	page, err := toUTF8(input, data, contentType, true)
	if err != nil {
		return chronicle.Article{}, err
	}
	text, g := extractPage(page, pageURL)
	g.FallbackPublished = fallbackDate
	return s.article(input, text, g)
}

// extractPage returns a page's main text, paragraphs separated by blank
// lines, and its metadata. When trafilatura finds no main text (a short
// page, an odd layout) the visible text of the body is used instead, for
// the cleaner to trim.
func extractPage(page, pageURL string) (string, given) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", given{}
	}
	// MinExtractedSize 0 turns off trafilatura's rescue for short results,
	// which flattens a page into one paragraph and, on a short page, takes
	// every text node (title, menus) along; the visible-text fallback below
	// keeps paragraphs and leaves out the page chrome.
	config := trafilatura.DefaultConfig()
	config.MinExtractedSize = 0
	opts := trafilatura.Options{Config: config, ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	g := given{URL: pageURL}
	var text string
	if res, err := safeExtract(doc, opts); err == nil {
		text = blockText(res.ContentNode, false)
		m := res.Metadata
		g.URL = first(pageURL, m.URL)
		g.Title = m.Title
		g.SiteName = m.Sitename
		g.Authors = splitAuthors(m.Author)
		g.Published = m.Date
	}
	// A page that shows a teaser (a paywall, a "read more" button) often
	// carries the whole story in its JSON-LD.
	if body := jsonLDArticleBody(doc); utf8.RuneCountInString(body) > 2*utf8.RuneCountInString(strings.TrimSpace(text)) {
		text = body
	}
	if strings.TrimSpace(text) == "" {
		text = blockText(doc, true)
		g.Title = first(g.Title, pageTitle(doc))
	}
	return text, g
}

// jsonLDArticleBody returns the longest articleBody in the page's JSON-LD
// scripts, or "".
func jsonLDArticleBody(doc *html.Node) string {
	var best string
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, child := range v {
				if s, ok := child.(string); ok && strings.EqualFold(k, "articleBody") && len(s) > len(best) {
					best = s
				} else {
					visit(child)
				}
			}
		case []any:
			for _, child := range v {
				visit(child)
			}
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && n.FirstChild != nil {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						visit(v)
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return html.UnescapeString(best)
}

// safeExtract runs trafilatura, turning a panic on a malformed page into
// an error: one odd page must not stop a run over thousands.
func safeExtract(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// blockText renders the text of an HTML tree with a blank line between
// blocks and a line break for <br>. Scripts, styles and captions never
// hold story text; with pageChrome, neither do navigation, headers,
// footers, asides, forms and buttons.
func blockText(n *html.Node, pageChrome bool) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skippedElements[n.DataAtom] || (pageChrome && chromeElements[n.DataAtom]) {
				return
			}
			if n.DataAtom == atom.Br {
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineElements[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	if n != nil {
		walk(n)
	}
	return b.String()
}

func pageTitle(doc *html.Node) string {
	var title string
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title && n.FirstChild != nil {
			title = n.FirstChild.Data
			return
		}
		for c := n.FirstChild; c != nil && title == ""; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return strings.Join(strings.Fields(title), " ")
}

var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Figcaption: true, atom.Iframe: true, atom.Object: true, atom.Head: true, atom.Select: true,
}

var chromeElements = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Menu: true, atom.Dialog: true,
}

var inlineElements = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.I: true, atom.Kbd: true,
	atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Font: true, atom.Del: true, atom.Ins: true, atom.Label: true, atom.Img: true, atom.Wbr: true,
	atom.Big: true, atom.Tt: true, atom.Strike: true, atom.Nobr: true,
}
