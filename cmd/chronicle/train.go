package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"chronicle/nlp/train"
)

// runTrain rebuilds the embedded models from the UD and UNER data:
// `chronicle train [tagger|parser|ner|all] [--data DIR] [--out DIR]`.
// The tagger step also writes the lemmatizer.
func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	what := "all"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		what, args = args[0], args[1:]
	}
	if what == "ner" {
		return runTrainNER(ctx, args, stdout, stderr)
	}
	if what != "all" && what != "tagger" && what != "parser" {
		fmt.Fprintf(stderr, "chronicle train: unknown model %q (want tagger, parser, ner or all)\n", what)
		return 2
	}
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "folder holding ud-ewt/ and uner-ewt/")
	out := fs.String("out", filepath.Join("nlp", "models"), "folder the tagger, lemma and parser files are written to")
	o := train.Defaults("", "")
	fs.IntVar(&o.TaggerEpochs, "tagger-epochs", o.TaggerEpochs, "tagger training passes")
	fs.IntVar(&o.ParserEpochs, "parser-epochs", o.ParserEpochs, "parser training passes")
	fs.IntVar(&o.ParserRuns, "parser-runs", o.ParserRuns, "parser trainings (different shuffles) averaged into the model")
	fs.IntVar(&o.Folds, "folds", o.Folds, "jackknife folds for the parser's training tags")
	fs.IntVar(&o.FoldEpochs, "fold-epochs", o.FoldEpochs, "tagger training passes within each jackknife fold")
	fs.IntVar(&o.NewsShapes, "news-shapes", o.NewsShapes, "the parser also sees every N-th plain statement rewritten into news shapes (\"…, officials said\", \"X, who …,\"); 0: none")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed for shuffling")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle train [tagger|parser|ner|all] [flags]  (tagger also writes the lemmatizer; ner has flags of its own)")
		fs.PrintDefaults()
	}
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chronicle train: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	o.Data, o.Out, o.Log = *data, *out, stderr
	// Make the output folder now, not after minutes of training.
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "chronicle train: output folder %s: %v\n", *out, err)
		return 1
	}
	// Training has no stopping points, and model files are replaced whole
	// (see train.Options.write): on an interrupt, just exit.
	go func() {
		<-ctx.Done()
		fmt.Fprintln(stderr, "chronicle train: interrupted")
		os.Exit(130)
	}()
	if what == "all" || what == "tagger" {
		if err := train.Tagger(o); err != nil {
			fmt.Fprintln(stderr, "chronicle train tagger:", err)
			return 1
		}
	}
	if what == "all" || what == "parser" {
		if err := train.Parser(o); err != nil {
			fmt.Fprintln(stderr, "chronicle train parser:", err)
			return 1
		}
	}
	r, err := train.Dev(o)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle train:", err)
		return 1
	}
	fmt.Fprintf(stdout, "dev: UPOS %.2f%% XPOS %.2f%% lemma %.2f%% UAS %.2f%% LAS %.2f%%\n",
		100*r.UPOS, 100*r.XPOS, 100*r.Lemma, 100*r.UAS, 100*r.LAS)
	if what == "all" {
		return runTrainNER(ctx, []string{"--data", *data}, stdout, stderr)
	}
	return 0
}
