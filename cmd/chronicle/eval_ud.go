package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"chronicle/eval"
	"chronicle/nlp"
)

// runEvalUD tags, lemmatizes and parses a gold treebank from its gold tokens
// and prints the scores.
func runEvalUD(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval ud", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	models := fs.String("models", "", "read models from this directory instead of the embedded ones")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle eval ud GOLD.conllu [--json] [--models DIR]")
		fs.PrintDefaults()
	}
	gold, err := parseUDArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(gold) != 1 {
		fs.Usage()
		return 2
	}
	pipe, err := nlp.Default()
	if *models != "" {
		pipe, err = nlp.LoadDir(*models)
	}
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval ud:", err)
		return 1
	}
	r, err := eval.UDFile(gold[0], pipe.Annotate)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval ud:", err)
		return 1
	}
	if *asJSON {
		json.NewEncoder(stdout).Encode(r)
		return 0
	}
	fmt.Fprintf(stdout, "%s: %d sentences, %d words (punctuation included)\n", gold[0], r.Sentences, r.Words)
	fmt.Fprintf(stdout, "UPOS   %6.2f%%\nXPOS   %6.2f%%\nLemma  %6.2f%%\nUAS    %6.2f%%\nLAS    %6.2f%%  (relation subtypes ignored, as CoNLL 2018)\nLAS+st %6.2f%%  (subtypes must match too)\n",
		100*r.UPOS, 100*r.XPOS, 100*r.Lemma, 100*r.UAS, 100*r.LAS, 100*r.LASFull)
	return 0
}

// parseUDArgs parses flags that may come before or after the
// positional arguments, and returns the positional ones.
func parseUDArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
