package ingest

import (
	"os"
	"testing"
	"time"

	"chronicle/internal/shared"
)

// BenchmarkReadWikinewsCSV reads and cleans every article of the Wikinews
// sample: the cost of ingestion per article.
func BenchmarkReadWikinewsCSV(b *testing.B) {
	path := shared.Path(b, "data/news/wikinews_2019.csv")
	articles := 0
	for b.Loop() {
		for _, err := range Read([]string{path}, nil, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			articles++
		}
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/seed.html")
	if err != nil {
		b.Fatal(err)
	}
	s := source{name: "seed.html"}
	for b.Loop() {
		if _, err := s.htmlArticle("seed.html", page, "", "", time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
}
