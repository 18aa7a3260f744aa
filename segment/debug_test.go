package segment

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	p := os.Getenv("SEGDUMP")
	if p == "" {
		t.Skip()
	}
	var text string
	if p == "seed" {
		text = seedText(t)
	} else {
		b, _ := os.ReadFile(p)
		text = string(b)
	}
	d := Split(text)
	for i, s := range d.Sentences {
		var toks []string
		for _, t := range d.Tokens[s.First:s.Last] {
			toks = append(toks, t.Text)
		}
		fmt.Printf("%d: %s\n", i, strings.Join(toks, " | "))
	}
}
