package timex

import (
	"encoding/csv"
	"os"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/segment"
)

// BenchmarkFindWikinews finds the dates of every Wikinews article, each
// against its own publication date: the load Find carries in the pipeline.
func BenchmarkFindWikinews(b *testing.B) {
	f, err := os.Open(shared.Path(b, "data/news/wikinews_2019.csv"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*chronicle.Document
	var dates []time.Time
	for _, row := range rows[1:] {
		published, err := time.Parse("2006-01-02", row[1])
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, segment.Split(row[3]))
		dates = append(dates, published)
	}
	for b.Loop() {
		for i, doc := range docs {
			Find(doc, dates[i])
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
