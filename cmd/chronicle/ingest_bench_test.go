package main

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"chronicle"
	"chronicle/ingest"
	"chronicle/internal/shared"
	"chronicle/pipeline"
)

// BenchmarkIngestFakeCoder measures the ingest machinery alone: workers,
// the writer and the store, with a coder that costs nothing.
func BenchmarkIngestFakeCoder(b *testing.B) {
	s := openIngestStore(b, filepath.Join(b.TempDir(), "c.db"))
	n := 0
	for b.Loop() {
		sum := ingestAll(context.Background(), s, fakeArticleRange(n, n+500), fakeCoder, 2, nil)
		n += sum.Stored
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestWikinews codes and stores the 171 Wikinews articles with the
// real pipeline.
func BenchmarkIngestWikinews(b *testing.B) {
	path := shared.Path(b, "data/news/wikinews_2019.csv")
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var articles []chronicle.Article
	for a, err := range ingest.Read([]string{path}, nil, ingest.Options{Published: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)}) {
		if err == nil {
			articles = append(articles, a)
		}
	}
	n := 0
	for b.Loop() {
		s := openIngestStore(b, filepath.Join(b.TempDir(), "c.db"))
		sum := ingestAll(context.Background(), s, func(yield func(chronicle.Article, error) bool) {
			for _, a := range slices.Clone(articles) {
				if !yield(a, nil) {
					return
				}
			}
		}, p.Code, 2, nil)
		n += sum.Stored
		s.Close()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
