package timex

import (
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/segment"
)

// BenchmarkFindWikinews finds the dates of every Wikinews article, each
// against its own publication date: the load Find carries in the pipeline.
func BenchmarkFindWikinews(b *testing.B) {
	var docs []*chronicle.Document
	var dates []time.Time
	for _, a := range shared.Wikinews(b) {
		published, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, segment.Split(a.Text))
		dates = append(dates, published)
	}
	for b.Loop() {
		for i, doc := range docs {
			Find(doc, dates[i])
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
