package ner_test

import (
	"os"
	"runtime"
	"syscall"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/nlp/ner"
	"chronicle/segment"
)

// BenchmarkRecognize runs the recognizer over the Wikinews articles (already
// split into tokens, without POS tags) and reports sentences per second.
func BenchmarkRecognize(b *testing.B) {
	var docs []*chronicle.Document
	sentences := 0
	for _, text := range shared.WikinewsTexts(b) {
		d := segment.Split(text)
		docs = append(docs, d)
		sentences += len(d.Sentences)
	}
	if _, err := ner.Default(); err != nil {
		b.Fatal(err)
	}
	cpuBefore := cpuSeconds()
	for b.Loop() {
		for _, d := range docs {
			ner.Recognize(d)
		}
	}
	// On a shared machine wall time says little, so CPU time is reported too.
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sentences*b.N)/(cpuSeconds()-cpuBefore), "sentences/cpu-s")
}

// cpuSeconds is the user and system CPU time the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("model/ner.bin")
	if err != nil {
		b.Fatal(err)
	}
	var m *ner.Model
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if m, err = ner.Load(data, "model/ner.bin"); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
}
