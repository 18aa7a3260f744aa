package nlp

import (
	"runtime"
	"syscall"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
	"chronicle/segment"
)

// BenchmarkPipeline runs the whole NLP stage (segment, tag, lemmatize, parse,
// entities) over the Wikinews articles and reports sentences per second and
// the peak heap.
func BenchmarkPipeline(b *testing.B) {
	texts := shared.WikinewsTexts(b)
	if _, err := Default(); err != nil {
		b.Fatal(err)
	}
	Annotate(segment.Split("Load the models."))
	sentences := 0
	var peak uint64
	var ms runtime.MemStats
	cpu0 := cpuSeconds()
	for b.Loop() {
		for _, t := range texts {
			doc := segment.Split(t)
			Annotate(doc)
			sentences += len(doc.Sentences)
		}
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	// On a shared machine wall time undercounts; CPU time is what one core
	// gets through.
	b.ReportMetric(float64(sentences)/(cpuSeconds()-cpu0), "sentences/cpu-s")
	b.ReportMetric(float64(peak)/(1<<20), "heapMB")
	// The peak swings by 10 MB from run to run with the collector's timing;
	// what stays live (mostly the models) is the steadier figure.
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "liveMB")
}

// BenchmarkTagParse runs only this package's models (tag, lemmatize, parse)
// on pre-split Wikinews text, so their speed can be followed apart from the
// segmenter and the entity recognizer.
func BenchmarkTagParse(b *testing.B) {
	docs := wikinewsDocs(b)
	pipe, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sentences := 0
	cpu0 := cpuSeconds()
	for b.Loop() {
		for _, doc := range docs {
			pipe.Annotate(doc)
			sentences += len(doc.Sentences)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sentences)/(cpuSeconds()-cpu0), "sentences/cpu-s")
}

func wikinewsDocs(b *testing.B) []*chronicle.Document {
	var docs []*chronicle.Document
	for _, text := range shared.WikinewsTexts(b) {
		docs = append(docs, segment.Split(text))
	}
	return docs
}

// cpuSeconds returns the user+system CPU time of the process.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// BenchmarkLoad measures reading the embedded tagger, lemmatizer and parser.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuSeconds()
	for b.Loop() {
		if _, err := load(readEmbedded, "embedded"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuSeconds()-cpu0)*1e3/float64(b.N), "cpu-ms/op")
}

// BenchmarkLemma lemmatizes the tagged Wikinews words with the embedded
// lemmatizer.
func BenchmarkLemma(b *testing.B) {
	pipe, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var forms, tags []string
	for _, doc := range wikinewsDocs(b) {
		pipe.Annotate(doc)
		for _, t := range doc.Tokens {
			forms, tags = append(forms, Normalize(t.Text)), append(tags, t.XPOS)
		}
	}
	cpu0 := cpuSeconds()
	for b.Loop() {
		for i := range forms {
			pipe.Lemma.Lemma(forms[i], tags[i])
		}
	}
	b.ReportMetric((cpuSeconds()-cpu0)*1e9/float64(b.N*len(forms)), "cpu-ns/word")
}
