package main

import (
	"errors"
	"flag"
	"time"

	"chronicle"
	"chronicle/ingest"
	"chronicle/pipeline"
)

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	format    string
	published string
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "input-format", "auto", "input format: auto, text, html, jsonl, csv, feed or warc")
	fs.StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD) for inputs that carry none")
}

func (f *inputFlags) options() (ingest.Options, error) {
	opt := ingest.Options{Format: f.format}
	if f.published != "" {
		t, err := time.Parse("2006-01-02", f.published)
		if err != nil {
			return opt, chronicle.Errorf(chronicle.EINVALID, "--published", "%q is not a date as YYYY-MM-DD", f.published)
		}
		opt.Published = t
	}
	return opt, nil
}

// pipelineFlags are the flags of every command that codes articles.
type pipelineFlags struct {
	kb       string
	codebook string
}

func (f *pipelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.kb, "kb", "", "a knowledge-base file whose entries extend or override the built-in one")
	fs.StringVar(&f.codebook, "codebook", "", "a codebook file whose patterns extend or override the built-in one")
}

func (f *pipelineFlags) pipeline() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{KBFile: f.kb, CodebookFile: f.codebook})
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("eval ner GOLD.iob2 --json"); positional ones are kept in order.
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

// usageStatus is the exit status after a flag error: 0 when the user asked for
// help (-h), 2 for a real mistake.
func usageStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
