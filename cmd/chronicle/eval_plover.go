package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"chronicle"
	"chronicle/eval"
	"chronicle/pipeline"
)

// runEvalPlover codes the text of each PLOVER gold record with the whole
// pipeline and scores type, actor country and recipient country.
func runEvalPlover(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval plover", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	misses := fs.Bool("misses", false, "list the records coded wrong")
	codebook := fs.String("codebook", "", "extra codebook patterns (coder format)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle eval plover GOLD.json [--json] [--misses] [--codebook FILE]")
		fs.PrintDefaults()
	}
	var pos []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	p, err := pipeline.New(pipeline.Options{CodebookFile: *codebook})
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval plover:", err)
		return 1
	}
	code := func(text string, published time.Time) chronicle.Record {
		return p.Code(chronicle.Article{Source: pos[0], Text: text, Published: published, Language: "en"})
	}
	rep, err := eval.PloverFile(pos[0], code)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval plover:", err)
		return 1
	}
	if !*misses {
		rep.Misses = nil
	}
	if *asJSON {
		json.NewEncoder(stdout).Encode(rep)
		return 0
	}
	eval.WritePlover(stdout, rep)
	for _, m := range rep.Misses {
		fmt.Fprintf(stdout, "\n%s gold %s %v→%v, coded %s %v→%v\n  %s\n", m.ID, m.Gold, m.GoldActor, m.GoldRecip, m.Predicted, m.Actor, m.Recipient, m.Text)
	}
	return 0
}
