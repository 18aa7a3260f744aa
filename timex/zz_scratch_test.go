package timex

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle/segment"
)

func TestZZScratch(t *testing.T) {
	f, _ := os.Open("/work/shared/data/news/wikinews_2019.csv")
	recs, _ := csv.NewReader(f).ReadAll()
	for _, r := range recs[1:60] {
		pub, _ := time.Parse("2006-01-02", r[1])
		doc := segment.Split(r[3])
		for _, e := range Find(doc, pub) {
			t.Logf("%s %s %q → %s %s %s %s", r[1], pub.Weekday().String()[:3], strings.ReplaceAll(e.Date.Text, "\n", " "), e.Date.Value, e.Date.End, e.Date.Granularity, e.Date.Precision)
		}
	}
}
