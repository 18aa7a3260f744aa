package web

import (
	"bytes"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileEvent is the id of the fixture event whose article, actor, place
// and attribution are full of markup and odd Unicode.
func hostileEvent(t *testing.T, ts *httptest.Server) (eventID, actorID string) {
	t.Helper()
	m := getJSON(t, ts, "/api/events?q=shelling", 200)
	if len(m["events"].([]any)) != 1 {
		t.Fatalf("want the one hostile event, got %v", m)
	}
	ev := m["events"].([]any)[0].(map[string]any)
	return ev["id"].(string), ev["actor"].([]any)[0].(map[string]any)["actor"].(string)
}

// allowedTags are the elements the templates write; anything else in a
// page came from the data.
var allowedTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true, "script": true,
	"header": true, "nav": true, "main": true, "a": true, "span": true, "p": true, "h1": true, "h2": true, "h3": true,
	"strong": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "ul": true, "li": true,
	"form": true, "label": true, "input": true, "select": true, "option": true, "button": true, "figure": true,
	"figcaption": true, "dl": true, "dt": true, "dd": true, "article": true, "section": true, "div": true, "mark": true,
	"blockquote": true, "svg": true, "rect": true, "line": true, "text": true, "path": true, "circle": true, "g": true,
	"defs": true, "marker": true,
}

// checkNoInjection parses a page and fails on any element, attribute,
// script or URL the templates do not write themselves.
func checkNoInjection(t *testing.T, page string, body []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !allowedTags[n.Data] {
				t.Errorf("%s: unexpected element <%s>", page, n.Data)
			}
			for _, a := range n.Attr {
				key, val := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(key, "on") || key == "style" || key == "srcdoc" {
					t.Errorf("%s: <%s %s=%q>", page, n.Data, a.Key, a.Val)
				}
				if (key == "href" || key == "src" || key == "action") && (strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "data:")) {
					t.Errorf("%s: <%s %s=%q>", page, n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "script" {
				if n.FirstChild != nil || !hasAttr(n, "src", "/static/app.js") {
					t.Errorf("%s: a script other than /static/app.js", page)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == val {
			return true
		}
	}
	return false
}

func TestHostileArticleIsNotInjected(t *testing.T) {
	_, ts := testServer(t, Options{})
	eventID, actorID := hostileEvent(t, ts)
	pages := []string{
		"/", "/events", "/events?q=shelling", "/events/" + url.PathEscape(eventID),
		"/actors", "/actors?q=img", "/actors/" + url.PathEscape(actorID),
		"/map", "/network", "/network?by=actor", "/dyad?a=UKR&b=RUS", "/dyad?a=" + url.QueryEscape(actorID) + "&b=RUS",
		"/events?q=%3Cscript%3E", "/events?country=%3Cb%3E", "/no-such-page%3Cscript%3E",
	}
	for _, page := range pages {
		t.Run(page, func(t *testing.T) {
			_, h, body := get(t, ts, page)
			csp := h.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", h.Get("X-Content-Type-Options"))
			}
			if !strings.HasPrefix(h.Get("Content-Type"), "text/html; charset=utf-8") {
				t.Errorf("Content-Type %q", h.Get("Content-Type"))
			}
			checkNoInjection(t, page, body)
		})
	}
}

// The evidence page shows the hostile article's text exactly, odd Unicode
// and all, as text: the RTL override, zero-width characters and emoji are
// there and the markup is inert.
func TestHostileTextIsShownAsText(t *testing.T) {
	_, ts := testServer(t, Options{})
	eventID, _ := hostileEvent(t, ts)
	_, _, body := get(t, ts, "/events/"+url.PathEscape(eventID))
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var articleText, marked string
	var walk func(n *html.Node, inArticle, inMark bool)
	walk = func(n *html.Node, inArticle, inMark bool) {
		if n.Type == html.ElementNode && n.Data == "div" && hasAttr(n, "class", "article-text") {
			inArticle = true
		}
		if n.Type == html.ElementNode && n.Data == "mark" {
			inMark = true
		}
		if n.Type == html.TextNode && inArticle {
			articleText += n.Data
			if inMark {
				marked += n.Data
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, inMark)
		}
	}
	walk(doc, false, false)
	var want string
	for _, r := range fixtureRecords(t) {
		if strings.HasPrefix(r.ID, "hostile") {
			want = r.Text
		}
	}
	if articleText != want {
		t.Errorf("article text shown as\n%q\nwant\n%q", articleText, want)
	}
	for _, odd := range []string{"\u202e", "\u200b", "\u200d", "\U0001F1FA\U0001F1E6", "<script>alert('text')</script>"} {
		if !strings.Contains(articleText, odd) {
			t.Errorf("the text lost %q", odd)
		}
	}
	if !strings.HasPrefix(marked, "<script>alert('text')</script> <p onclick=") || !strings.Contains(marked, "accused Russia of shelling") {
		t.Errorf("highlighted sentence %q", marked)
	}
}

func TestAPIEscapesMarkup(t *testing.T) {
	_, ts := testServer(t, Options{})
	_, h, body := get(t, ts, "/api/articles/"+url.PathEscape("hostile-\u202eevil"))
	if bytes.Contains(body, []byte("<script")) || !bytes.Contains(body, []byte(`\u003cscript\u003e`)) {
		t.Errorf("JSON body carries raw markup: %.200s", body)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		t.Errorf("headers %v", h)
	}
}

func TestBidiControlsVisibleInMetadata(t *testing.T) {
	_, ts := testServer(t, Options{})
	eventID, _ := hostileEvent(t, ts)
	_, _, body := get(t, ts, "/events/"+url.PathEscape(eventID))
	page := html.UnescapeString(string(body))
	if !strings.Contains(page, "Rebels ⟨U+202E⟩gnp.exe⟨U+202C⟩") {
		t.Error("the title's right-to-left override is not shown as such")
	}
	// the article text itself is kept as written
	if !strings.Contains(page, "and \u202eright-to-left override\u202c text") {
		t.Error("the article text lost its controls")
	}
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"}, {"عربي", "عربي"}, {"a\u2067b\u2069", "a⟨U+2067⟩b⟨U+2069⟩"}, {"zero\u200bwidth", "zero\u200bwidth"},
	} {
		if got := visible(tc.in); got != tc.want {
			t.Errorf("visible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
