package shared

import (
	"encoding/csv"
	"os"
	"slices"
	"testing"
)

// WikinewsTexts returns the article texts of the Wikinews sample
// (data/news/wikinews_2019.csv), the common input of the benchmarks, or skips
// when it is absent.
func WikinewsTexts(tb testing.TB) []string {
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
	col := slices.Index(rows[0], "text")
	if col < 0 {
		tb.Fatalf("%s: no text column in header %q", path, rows[0])
	}
	texts := make([]string, 0, len(rows)-1)
	for _, row := range rows[1:] {
		texts = append(texts, row[col])
	}
	return texts
}
