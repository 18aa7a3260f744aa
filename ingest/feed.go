package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"chronicle"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readFeed reads an RSS, Atom or JSON feed; every item with text is an
// article (content:encoded, else the description).
func (s source) readFeed(r *bufio.Reader, yield func(chronicle.Article, error) bool) {
	data, err := readLimited(s.name, r, MaxStreamBytes)
	if err != nil {
		yield(chronicle.Article{}, err)
		return
	}
	if looksBinary(data) {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "binary file, not a feed"))
		return
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		yield(chronicle.Article{}, wrapError(s.name, "malformed feed", err))
		return
	}
	if len(feed.Items) == 0 {
		yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, s.name, "feed has no items"))
		return
	}
	for i, item := range feed.Items {
		if !yield(s.feedArticle(fmt.Sprintf("%s#%d", s.name, i+1), feed, item)) {
			return
		}
	}
}

func (s source) feedArticle(input string, feed *gofeed.Feed, item *gofeed.Item) (chronicle.Article, error) {
	body := first(item.Content, item.Description)
	if body == "" {
		return chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, input, "feed item has no text (title and link only)")
	}
	g := given{URL: item.Link, Title: item.Title, SiteName: feed.Title}
	for _, p := range item.Authors {
		if p != nil && p.Name != "" {
			g.Authors = append(g.Authors, splitAuthors(p.Name)...)
		}
	}
	if item.PublishedParsed != nil {
		g.Published = *item.PublishedParsed
	} else if item.UpdatedParsed != nil {
		g.Published = *item.UpdatedParsed
	}
	return s.article(input, fragmentText(body), g)
}

// fragmentText renders the HTML of a feed item as text. An item's content
// is already the story, so it is rendered whole rather than searched for a
// main part as a page is; text without markup is returned as it is.
func fragmentText(fragment string) string {
	if !strings.Contains(fragment, "<") {
		return html.UnescapeString(fragment)
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return fragment
	}
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(blockText(n, false))
	}
	return b.String()
}
