package resolve

import (
	"os"
	"testing"
	"time"

	"chronicle/kb"
	"chronicle/nlp"
)

func TestScratch(t *testing.T) {
	text := os.Getenv("SCRATCH")
	if text == "" {
		t.Skip()
	}
	doc := nlp.Analyze(text)
	for i, tk := range doc.Tokens {
		t.Logf("%d %q %s %s head=%d %s", i, tk.Text, tk.UPOS, tk.XPOS, tk.Head, tk.Rel)
	}
	for _, e := range doc.Entities {
		t.Logf("entity %q %s", doc.Text[e.Start:e.End], e.Type)
	}
	a := Resolve(doc, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), kb.Default())
	for _, x := range a.List {
		t.Logf("%s %q %s %s/%s role=%q", x.ID, x.Name, x.Type, x.Country, x.Sector, x.Role)
	}
}
