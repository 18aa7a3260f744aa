package pipeline

import (
	"testing"
	"time"

	"chronicle/internal/shared"
)

// BenchmarkCodeWikinews codes the Wikinews articles end to end (segment, tag,
// parse, entities, actors, places, dates, events) and reports articles and
// sentences per second on one goroutine.
func BenchmarkCodeWikinews(b *testing.B) {
	path := shared.Path(b, "data/news/wikinews_2019.csv")
	articles := readArticles(b, time.Time{}, path)
	Code(articles[0]) // load models outside the timing
	sentences := 0
	b.ResetTimer()
	for b.Loop() {
		for _, a := range articles {
			sentences += len(Code(a).Sentences)
		}
	}
	b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
