package resolve

import (
	"encoding/csv"
	"os"
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
	f, err := os.Open(shared.Path(t, "data/news/wikinews_2019.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	k := kb.Default()
	start := time.Now()
	tokens := 0
	for _, row := range rows[1:min(len(rows), 41)] {
		doc := segment.Split(row[3])
		tokens += len(doc.Tokens)
		actors := Resolve(doc, time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), k)
		for i := range doc.Tokens {
			actors.AtAll(i)
		}
		for i, a := range actors.List {
			if a.ID != "a"+strconv.Itoa(i+1) || len(a.Mentions) == 0 {
				t.Fatalf("%s: actor %d = %+v", row[0], i, a)
			}
		}
	}
	t.Logf("%d tokens in %v", tokens, time.Since(start))
}

// BenchmarkResolveWikinews resolves the actors of every Wikinews article,
// split into tokens only (no tags or parse), as TestWikinewsRobust does.
func BenchmarkResolveWikinews(b *testing.B) {
	f, err := os.Open(shared.Path(b, "data/news/wikinews_2019.csv"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	k := kb.Default()
	var texts []string
	for _, row := range rows[1:] {
		texts = append(texts, row[3])
	}
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
