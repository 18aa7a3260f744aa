package shared

import (
	"encoding/csv"
	"os"
	"slices"
	"testing"
)

// WikinewsArticle is one row of the Wikinews sample.
type WikinewsArticle struct {
	URL, Date, Title, Text string
}

// Wikinews returns the articles of the Wikinews sample
// (data/news/wikinews_2019.csv), the common input of the benchmarks, or skips
// when it is absent.
func Wikinews(tb testing.TB) []WikinewsArticle {
	tb.Helper()
	path := Path(tb, "data/news/wikinews_2019.csv")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		tb.Fatalf("%s: empty", path)
	}
	cols := make([]int, 4)
	for i, name := range []string{"url", "date", "title", "text"} {
		if cols[i] = slices.Index(rows[0], name); cols[i] < 0 {
			tb.Fatalf("%s: no %s column in header %q", path, name, rows[0])
		}
	}
	articles := make([]WikinewsArticle, 0, len(rows)-1)
	for _, row := range rows[1:] {
		articles = append(articles, WikinewsArticle{URL: row[cols[0]], Date: row[cols[1]], Title: row[cols[2]], Text: row[cols[3]]})
	}
	return articles
}

// WikinewsTexts returns the article texts of the Wikinews sample.
func WikinewsTexts(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, a := range Wikinews(tb) {
		texts = append(texts, a.Text)
	}
	return texts
}
