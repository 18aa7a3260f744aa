package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// A command runs with its arguments (after the subcommand's name) and returns
// the process exit status.
type command struct {
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
	summary string
}

var commands = map[string]command{
	"code":   {runCode, "code articles and write one record per article to stdout"},
	"eval":   {runEval, "score the models, actors and the coder against gold data (ud, ner, plover, actors)"},
	"train":  {runTrain, "train the NLP models from ../shared/data"},
	"ingest": {runIngest, "code articles and store them in a database"},
	"serve":  {runServe, "serve the JSON API and the web UI"},
	"export": {runExport, "export stored events (csv, jsonl, plover, tsv)"},
}

var order = []string{"code", "ingest", "serve", "export", "eval", "train"}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "chronicle: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(ctx, args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: chronicle COMMAND [flags] [args]")
	fmt.Fprintln(w)
	for _, name := range order {
		fmt.Fprintf(w, "  %-8s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'chronicle COMMAND -h' for a command's flags.")
}
