package parsedump

import (
	"fmt"
	"os"
	"testing"

	"chronicle/nlp"
)

func TestDump(t *testing.T) {
	doc := nlp.Analyze(os.Getenv("TEXT"))
	for i, tk := range doc.Tokens {
		fmt.Printf("%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i, tk.Text, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Rel)
	}
}
