package resolve

import (
	"strconv"
	"testing"
	"time"

	"chronicle/internal/shared"
	"chronicle/kb"
	"chronicle/segment"
)

// TestWikinewsRobust resolves every token of real articles (tokens only,
// as segment gives them) and checks the invariants.
func TestWikinewsRobust(t *testing.T) {
	articles := shared.Wikinews(t)
	k := kb.Default()
	start := time.Now()
	tokens := 0
	for _, article := range articles[:min(len(articles), 40)] {
		doc := segment.Split(article.Text)
		tokens += len(doc.Tokens)
		actors := Resolve(doc, time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), k)
		for i := range doc.Tokens {
			actors.AtAll(i)
		}
		for i, a := range actors.List {
			if a.ID != "a"+strconv.Itoa(i+1) || len(a.Mentions) == 0 {
				t.Fatalf("%s: actor %d = %+v", article.URL, i, a)
			}
		}
	}
	t.Logf("%d tokens in %v", tokens, time.Since(start))
}

// BenchmarkResolveWikinews resolves the actors of every Wikinews article,
// split into tokens only (no tags or parse), as TestWikinewsRobust does.
func BenchmarkResolveWikinews(b *testing.B) {
	k := kb.Default()
	texts := shared.WikinewsTexts(b)
	at := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		for _, text := range texts {
			b.StopTimer()
			doc := segment.Split(text) // fresh: resolving may annotate the document
			b.StartTimer()
			actors := Resolve(doc, at, k)
			for i := range doc.Tokens {
				actors.AtAll(i)
			}
		}
	}
}
