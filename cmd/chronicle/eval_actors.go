package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"chronicle"
	"chronicle/kb"
	"chronicle/nlp"
	"chronicle/resolve/actoreval"
)

// runEvalActors resolves the actor texts of PLOVER gold records in their
// sentences and prints how often the country and the sector match the gold.
func runEvalActors(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval actors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	errors := fs.Bool("errors", false, "list every gold actor resolved wrongly")
	kbFile := fs.String("kb", "", "extra knowledge-base entries (kb line format) merged over the embedded ones")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle eval actors GOLD.json [--json] [--errors] [--kb FILE]")
		fs.PrintDefaults()
	}
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	k := kb.Default()
	if *kbFile != "" {
		f, err := os.Open(*kbFile)
		if err != nil {
			fmt.Fprintln(stderr, "chronicle eval actors:", chronicle.Errorf(chronicle.EINVALID, *kbFile, "%v", err))
			return 1
		}
		user, err := kb.Load(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(stderr, "chronicle eval actors:", err)
			return 1
		}
		k = k.Clone()
		k.Merge(user)
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval actors:", chronicle.Errorf(chronicle.EINVALID, fs.Arg(0), "%v", err))
		return 1
	}
	defer f.Close()
	r, err := actoreval.Score(f, fs.Arg(0), func(text string) *chronicle.Document {
		if ctx.Err() != nil {
			return &chronicle.Document{Text: text}
		}
		return nlp.Analyze(text)
	}, k, actoreval.Gazetteer)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		fmt.Fprintln(stderr, "chronicle eval actors:", err)
		return 1
	}
	if !*errors {
		r.Errors = nil
	}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(r); err != nil {
			fmt.Fprintln(stderr, "chronicle eval actors:", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "%d gold actors (%d not found in their text)\n", r.Actors, r.Missing)
	fmt.Fprintf(stdout, "country  %.4f  (%d of %d)\n", r.CountryAccuracy, r.CountryCorrect, r.Actors)
	fmt.Fprintf(stdout, "sector   %.4f  (%d of %d with a gold sector)\n", r.SectorAccuracy, r.SectorCorrect, r.Sectors)
	for _, m := range r.Errors {
		fmt.Fprintf(stdout, "%s\t%q\twant %s/%s\tgot %s/%s\t%s\n", m.Record, m.Text, m.WantCountry, m.WantSector, m.GotCountry, m.GotSector, m.Actor)
	}
	return 0
}
