package resolve

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"
	"time"

	"chronicle/kb"
	"chronicle/nlp"
)

func TestScratchNews(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ARTICLE"))
	if n == 0 {
		t.Skip()
	}
	f, _ := os.Open("../../shared/data/news/wikinews_2019.csv")
	rows, _ := csv.NewReader(f).ReadAll()
	row := rows[n]
	doc := nlp.Analyze(row[3])
	a := Resolve(doc, time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), kb.Default())
	t.Log(row[2])
	for _, x := range a.List {
		m := ""
		for _, s := range x.Mentions {
			m += "|" + doc.Text[s.Start:s.End]
		}
		t.Logf("%s %q %s %s/%s role=%q kb=%s %s", x.ID, x.Name, x.Type, x.Country, x.Sector, x.Role, x.KB, m)
	}
}
