package geo

import (
	"bytes"
	"os"
	"testing"

	"chronicle/segment"
)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlaces(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := segment.Split(string(text))
	g := Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Places(doc, []string{"USA"})
	}
}
