package ner

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"chronicle/nlp/ner/iob2"
)

func TestZZDebugErrors(t *testing.T) {
	path := os.Getenv("NER_MODEL")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	m, err := Load(data, path)
	if err != nil {
		t.Fatal(err)
	}
	dev, _, err := LoadExamples("/work/shared/data/"+DevIOB2, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range dev {
		pred := m.Predict(ex)
		g, p := iob2.Entities(ex.Tags), iob2.Entities(pred)
		str := func(es []iob2.Entity) string {
			var b []string
			for _, e := range es {
				b = append(b, e.Type+"="+strings.Join(ex.Tokens[e.First:e.Last], " "))
			}
			return strings.Join(b, " | ")
		}
		if str(g) != str(p) {
			fmt.Printf("S: %s\n  gold: %s\n  pred: %s\n", strings.Join(ex.Tokens, " "), str(g), str(p))
		}
	}
}
