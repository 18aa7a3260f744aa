package segment

import (
	"encoding/csv"
	"os"
	"testing"

	"chronicle/internal/shared"
)

// wikinewsTexts reads the article texts of the Wikinews sample.
func wikinewsTexts(tb testing.TB) []string {
	f, err := os.Open(shared.Path(tb, "data/news/wikinews_2019.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, row := range rows[1:] { // url, date, title, text
		texts = append(texts, row[3])
	}
	return texts
}

func BenchmarkSplitWikinews(b *testing.B) {
	texts := wikinewsTexts(b)
	var bytes, sentences, tokens int
	for _, t := range texts {
		d := Split(t)
		bytes += len(t)
		sentences += len(d.Sentences)
		tokens += len(d.Tokens)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
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
