package pipeline

import (
	"testing"
	"time"

	"chronicle/ingest"
	"chronicle/internal/shared"
	"chronicle/segment"
)

// BenchmarkCodeWikinews codes the Wikinews articles end to end (segment, tag,
// parse, entities, actors, places, dates, events) and reports articles and
// sentences per second on one goroutine.
func BenchmarkCodeWikinews(b *testing.B) {
	path := shared.Path(b, "data/news/wikinews_2019.csv")
	articles := readArticles(b, time.Time{}, path)
	Code(articles[0]) // load models outside the timing
	sentences := 0
	for b.Loop() {
		for _, a := range articles {
			sentences += len(Code(a).Sentences)
		}
	}
	b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkReadCleanSplitWikinews measures the front door alone: reading the
// Wikinews CSV, cleaning each article and splitting it into sentences and
// tokens (no models).
func BenchmarkReadCleanSplitWikinews(b *testing.B) {
	path := shared.Path(b, "data/news/wikinews_2019.csv")
	articles := 0
	for b.Loop() {
		for a, err := range ingest.Read([]string{path}, nil, ingest.Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			segment.Split(a.Text)
			articles++
		}
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
