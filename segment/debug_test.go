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

func TestDebugWikinews(t *testing.T) {
	if os.Getenv("SEGWIKI") == "" {
		t.Skip()
	}
	for _, text := range wikinewsTexts(t) {
		d := Split(text)
		for _, s := range d.Sentences {
			n := s.Last - s.First
			st := text[s.Start:s.End]
			if n > 70 || n <= 3 || strings.Contains(st, "\n") {
				fmt.Printf("%d\t%q\t%q\n", n, st, text[max(0, s.Start-40):min(len(text), s.End+40)])
			}
		}
	}
}
