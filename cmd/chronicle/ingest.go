package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"chronicle"
	"chronicle/ingest"
	"chronicle/sqlite"
)

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chronicle ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "chronicle.db", "database `file` (created if missing)")
	var in inputFlags
	in.register(fs)
	var pf pipelineFlags
	pf.register(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle ingest [--db FILE] [--input-format FORMAT] [--published DATE] [--kb FILE] [--codebook FILE] PATH... (- for stdin)")
		fs.PrintDefaults()
	}
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fs.Usage()
		return 2
	}
	opt, err := in.options()
	if err != nil {
		fmt.Fprintln(stderr, "chronicle ingest:", err)
		return 2
	}
	if *workers < 1 {
		fmt.Fprintf(stderr, "chronicle ingest: --workers must be at least 1\n")
		return 2
	}
	store, err := sqlite.Open(ctx, *dbPath, sqlite.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "chronicle ingest: %v\n", err)
		return 1
	}
	defer store.Close()
	coder, err := pf.pipeline()
	if err != nil {
		fmt.Fprintf(stderr, "chronicle ingest: %v\n", err)
		return 1
	}
	sum := ingestAll(ctx, store, ingest.Read(paths, stdin, opt), coder.Code, *workers, ingestProgress(stderr))
	sum.write(stdout)
	if sum.failed() > 0 || sum.Interrupted {
		return 1
	}
	return 0
}

// ingestSummary is what an ingest run did.
type ingestSummary struct {
	Stored      int            // articles newly stored
	Skipped     int            // articles already in the store
	Events      int            // events in the newly stored articles
	Failures    map[string]int // failed inputs by reason
	Interrupted bool
	Elapsed     time.Duration
}

func (s ingestSummary) failed() int {
	n := 0
	for _, c := range s.Failures {
		n += c
	}
	return n
}

func (s ingestSummary) rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Stored+s.Skipped) / s.Elapsed.Seconds()
}

func (s ingestSummary) write(w io.Writer) {
	fmt.Fprintf(w, "articles: %d stored, %d already stored\n", s.Stored, s.Skipped)
	fmt.Fprintf(w, "events:   %d\n", s.Events)
	fmt.Fprintf(w, "failures: %d", s.failed())
	for _, reason := range slices.Sorted(maps.Keys(s.Failures)) {
		fmt.Fprintf(w, "  %s: %d", reason, s.Failures[reason])
	}
	fmt.Fprintf(w, "\ntime:     %s (%.1f articles/s)\n", s.Elapsed.Round(time.Millisecond), s.rate())
	if s.Interrupted {
		fmt.Fprintln(w, "interrupted: run the same command again to resume; stored articles are skipped")
	}
}

// ingestOutcome is one input's fate, sent from the workers to the writer.
type ingestOutcome struct {
	input  string
	record *chronicle.Record // nil when skipped or failed
	reason string            // why it failed
	err    error
}

// ingestAll codes articles on several workers and stores them from one
// writer. Each article is stored whole or not at all (a transaction holds
// whole articles), so an interrupted run loses nothing it reported stored
// and a re-run skips what is already there. Problems are
// reported on progress' writer as they happen.
func ingestAll(ctx context.Context, store *sqlite.Store, articles iter.Seq2[chronicle.Article, error],
	code func(chronicle.Article) chronicle.Record, workers int, progress *ingestReporter) ingestSummary {
	start := time.Now()
	jobs := make(chan chronicle.Article, workers*2)
	outcomes := make(chan ingestOutcome, workers*2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // reader
		defer wg.Done()
		defer close(jobs)
		for a, err := range articles {
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				outcomes <- ingestOutcome{reason: chronicle.ErrorCode(err), err: err}
				continue
			}
			select {
			case jobs <- a:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				outcomes <- ingestCode(ctx, store, a, code)
			}
		}()
	}
	go func() { wg.Wait(); close(outcomes) }()

	sum := ingestSummary{Failures: map[string]int{}}
	for batch := range ingestBatches(outcomes, ingestBatchSize) {
		var recs []chronicle.Record
		var owners []int
		for i, o := range batch {
			if o.record != nil {
				recs = append(recs, *o.record)
				owners = append(owners, i)
			}
		}
		if len(recs) > 0 && ctx.Err() == nil {
			res, errs, err := store.PutBatch(ctx, recs)
			for k, i := range owners {
				switch {
				case err != nil && ctx.Err() != nil:
					// interrupted: the transaction was rolled back, a re-run
					// stores these (an interrupt after the commit changes
					// nothing: they are stored and counted)
				case err != nil:
					batch[i].reason, batch[i].err = "store", err
				case errs[k] != nil:
					batch[i].reason, batch[i].err = "store", errs[k]
				case res[k].Stored:
					sum.Stored++
					sum.Events += res[k].Events
				default:
					sum.Skipped++
				}
			}
		}
		for _, o := range batch {
			if o.record == nil && o.err == nil && ctx.Err() == nil {
				sum.Skipped++
			}
			if o.err != nil && ctx.Err() == nil {
				sum.Failures[o.reason]++
				progress.problem(o.err)
			}
		}
		sum.Elapsed = time.Since(start)
		progress.update(sum)
	}
	sum.Interrupted = ctx.Err() != nil
	sum.Elapsed = time.Since(start)
	progress.done(sum)
	return sum
}

// ingestBatchSize bounds how many coded articles go into one transaction.
// Committing is most of the cost of storing an article, so the writer takes
// whatever the workers have finished, up to this many, and commits it once.
const ingestBatchSize = 32

// ingestBatches groups what arrives on c: each batch is what is waiting,
// at least one and at most n.
func ingestBatches(c <-chan ingestOutcome, n int) iter.Seq[[]ingestOutcome] {
	return func(yield func([]ingestOutcome) bool) {
		for first := range c {
			batch := []ingestOutcome{first}
		more:
			for len(batch) < n {
				select {
				case o, ok := <-c:
					if !ok {
						break more
					}
					batch = append(batch, o)
				default:
					break more
				}
			}
			if !yield(batch) {
				return
			}
		}
	}
}

// ingestCode codes one article unless it is stored already; a coder that
// panics fails that article only.
func ingestCode(ctx context.Context, store *sqlite.Store, a chronicle.Article, code func(chronicle.Article) chronicle.Record) (out ingestOutcome) {
	out.input = ingestInputName(a)
	if ctx.Err() != nil {
		return ingestOutcome{input: out.input}
	}
	if ok, err := store.Has(ctx, a.ID); err != nil {
		return ingestOutcome{input: out.input, reason: "store", err: err}
	} else if ok {
		return out
	}
	defer func() {
		if r := recover(); r != nil {
			out = ingestOutcome{input: out.input, reason: "coder",
				err: chronicle.Errorf(chronicle.EINTERNAL, out.input, "coding failed: %v", r)}
		}
	}()
	rec := code(a)
	if rec.ID == "" {
		rec.ID = a.ID
	}
	out.record = &rec
	return out
}

// ingestInputName names an article in messages.
func ingestInputName(a chronicle.Article) string {
	if a.Source != "" {
		return a.Source
	}
	return a.ID
}

// ingestReporter shows progress: a bar on a terminal, else a line every few
// seconds (logs and CI have no use for a redrawn bar).
type ingestReporter struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	every time.Duration
	last  time.Time
	mu    sync.Mutex
}

func ingestProgress(w io.Writer) *ingestReporter {
	r := &ingestReporter{w: w, every: 5 * time.Second, last: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			r.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("ingesting"),
				progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionSpinnerType(14), progressbar.OptionClearOnFinish())
		}
	}
	return r
}

func (r *ingestReporter) problem(err error) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.Clear()
	}
	fmt.Fprintf(r.w, "chronicle ingest: %v\n", err)
}

func (r *ingestReporter) update(s ingestSummary) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.Set(s.Stored + s.Skipped + s.failed())
		return
	}
	if time.Since(r.last) >= r.every {
		r.last = time.Now()
		fmt.Fprintf(r.w, "ingest: %d stored, %d already stored, %d events, %d failed, %.1f articles/s\n",
			s.Stored, s.Skipped, s.Events, s.failed(), s.rate())
	}
}

func (r *ingestReporter) done(s ingestSummary) {
	if r == nil || r.bar == nil {
		return
	}
	r.bar.Finish()
}
