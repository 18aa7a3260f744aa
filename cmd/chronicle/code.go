package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"chronicle"
	"chronicle/ingest"
)

func runCode(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chronicle code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle code [flags] [PATH ...]   (PATH '-' or none: standard input)")
		fs.PrintDefaults()
	}
	format := fs.String("format", "", "output format: jsonl, json or text (default: jsonl, or text on a terminal)")
	var in inputFlags
	in.register(fs)
	var pf pipelineFlags
	pf.register(fs)
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	paths := fs.Args()
	if *format == "" {
		*format = "jsonl"
		if isTerminal(stdout) {
			*format = "text"
		}
	}
	write, finish, err := recordWriter(*format, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle code:", err)
		return 2
	}
	opt, err := in.options()
	if err != nil {
		fmt.Fprintln(stderr, "chronicle code:", err)
		return 2
	}
	p, err := pf.pipeline()
	if err != nil {
		fmt.Fprintln(stderr, "chronicle code:", err)
		return 2
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	failed := false
	var writeErr error
	codeInOrder(ctx, ingest.Read(paths, stdin, opt), p.Code,
		func(rec chronicle.Record, err error) bool {
			if err != nil {
				failed = true
				fmt.Fprintln(stderr, "chronicle code:", err)
				return true
			}
			if writeErr = write(rec); writeErr != nil {
				return false
			}
			return true
		})
	if writeErr == nil {
		writeErr = finish()
	}
	if writeErr != nil && !errors.Is(writeErr, os.ErrClosed) {
		fmt.Fprintln(stderr, "chronicle code: writing output:", writeErr)
		return 1
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "chronicle code: interrupted")
		return 130
	}
	if failed {
		return 1
	}
	return 0
}

// codeInOrder codes articles on all cores and hands the records to emit in
// input order, so output is deterministic whatever the scheduling. Read errors
// are passed through in their place. emit returning false stops the run.
func codeInOrder(ctx context.Context, articles func(func(chronicle.Article, error) bool),
	code func(chronicle.Article) chronicle.Record, emit func(chronicle.Record, error) bool) {
	type result struct {
		rec  chronicle.Record
		err  error
		done chan struct{}
	}
	workers := runtime.GOMAXPROCS(0)
	pending := make(chan *result, 2*workers) // bounds memory: at most this many articles in flight
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	go func() {
		defer close(pending)
		for a, err := range articles {
			if ctx.Err() != nil {
				return
			}
			r := &result{err: err, done: make(chan struct{})}
			pending <- r
			if err != nil {
				close(r.done)
				continue
			}
			sem <- struct{}{}
			wg.Add(1)
			go func(a chronicle.Article) {
				defer func() { <-sem; wg.Done(); close(r.done) }()
				r.rec = code(a)
			}(a)
		}
	}()
	stopped := false
	for r := range pending {
		<-r.done
		if !stopped && !emit(r.rec, r.err) {
			stopped = true
		}
	}
	wg.Wait()
}

// recordWriter returns a function writing one record in the given format and a
// function to call after the last record.
func recordWriter(format string, w io.Writer) (write func(chronicle.Record) error, finish func() error, err error) {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return func(r chronicle.Record) error { return enc.Encode(r) }, func() error { return nil }, nil
	case "json":
		n := 0
		write = func(r chronicle.Record) error {
			sep := ",\n"
			if n == 0 {
				sep = "[\n"
			}
			n++
			b, err := json.MarshalIndent(r, "  ", "  ")
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(w, "%s  %s", sep, b)
			return err
		}
		finish = func() error {
			if n == 0 {
				_, err := io.WriteString(w, "[]\n")
				return err
			}
			_, err := io.WriteString(w, "\n]\n")
			return err
		}
		return write, finish, nil
	case "text":
		return func(r chronicle.Record) error { return writeText(w, r) }, func() error { return nil }, nil
	}
	return nil, nil, chronicle.Errorf(chronicle.EINVALID, "--format", "unknown format %q (want jsonl, json or text)", format)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
