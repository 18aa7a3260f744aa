package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"chronicle/export"
	"chronicle/sqlite"
)

func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chronicle export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "chronicle.db", "database `file`")
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle export [--db FILE] --format csv|jsonl|plover|tsv > FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chronicle export: unexpected argument %q (the output goes to stdout)\n", fs.Arg(0))
		return 2
	}
	if !slices.Contains(export.Formats, *format) {
		fmt.Fprintf(stderr, "chronicle export: --format %q is not one of %s\n", *format, strings.Join(export.Formats, ", "))
		return 2
	}
	store, err := sqlite.Open(ctx, *dbPath, sqlite.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintf(stderr, "chronicle export: %v\n", err)
		return 1
	}
	defer store.Close()
	out := bufio.NewWriterSize(stdout, 64<<10)
	n, err := export.Write(out, *format, store.AllEvents(ctx))
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "chronicle export: after %d events: %v\n", n, err)
		return 1
	}
	fmt.Fprintf(stderr, "chronicle export: %d events\n", n)
	return 0
}
