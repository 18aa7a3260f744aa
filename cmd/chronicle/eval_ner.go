package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"chronicle"
	"chronicle/eval"
	"chronicle/nlp"
	"chronicle/nlp/ner"
)

// runEvalNER recognizes entities on the gold tokens of an IOB2 file and
// prints per-type and micro precision, recall and F1 (exact span match).
func runEvalNER(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	noTags := fs.Bool("no-tags", false, "skip the tagger and parser: the recognizer runs on bare tokens")
	modelPath := fs.String("model", "", "score this model file instead of the embedded one (as written by train ner)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle eval ner GOLD.iob2 [--json] [--no-tags] [--model FILE]")
		fs.PrintDefaults()
	}
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	pipe, err := nlp.Default()
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval ner:", err)
		return 1
	}
	tagAndParse := pipe.Annotate // tags and parses; entities come after
	recognize := ner.Recognize
	if *modelPath != "" {
		data, err := os.ReadFile(*modelPath)
		if err != nil {
			fmt.Fprintln(stderr, "chronicle eval ner:", err)
			return 1
		}
		m, err := ner.Load(data, *modelPath)
		if err != nil {
			fmt.Fprintln(stderr, "chronicle eval ner:", err)
			return 1
		}
		recognize = m.Recognize
	}
	annotate := func(doc *chronicle.Document) {
		if !*noTags {
			tagAndParse(doc)
		}
		recognize(doc)
	}
	var r eval.NERReport
	r, err = eval.EvalNER(fs.Arg(0), func(doc *chronicle.Document) {
		if ctx.Err() == nil {
			annotate(doc)
		}
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval ner:", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(stderr, "chronicle eval ner:", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "%d sentences, %d tokens (%s)\n", r.Sentences, r.Tokens, map[bool]string{true: "no tags", false: "tagged"}[*noTags])
	fmt.Fprintf(stdout, "%-6s %9s %9s %9s %6s %9s %7s\n", "type", "precision", "recall", "f1", "gold", "predicted", "correct")
	types := make([]string, 0, len(r.Types))
	for t := range r.Types {
		types = append(types, t)
	}
	slices.Sort(types)
	row := func(name string, s eval.PRF) {
		fmt.Fprintf(stdout, "%-6s %9.4f %9.4f %9.4f %6d %9d %7d\n", name, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct)
	}
	for _, t := range types {
		row(t, r.Types[t])
	}
	row("micro", r.Micro)
	return 0
}
