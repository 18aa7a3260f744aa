package segment

import (
	"testing"

	"chronicle/internal/shared"
)

func BenchmarkSplitWikinews(b *testing.B) {
	texts := shared.WikinewsTexts(b)
	var bytes, sentences, tokens int
	for _, t := range texts {
		d := Split(t)
		bytes += len(t)
		sentences += len(d.Sentences)
		tokens += len(d.Tokens)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/secs, "sentences/s")
	b.ReportMetric(float64(tokens)/secs, "tokens/s")
	b.ReportMetric(float64(len(texts))/secs, "articles/s")
}
