package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"chronicle/pipeline"
	"chronicle/sqlite"
	"chronicle/web"
)

func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chronicle serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "chronicle.db", "database `file` (written by chronicle ingest)")
	addr := fs.String("addr", ":8080", "`address` to listen on")
	token := fs.String("token", "", "bearer `token` that POST /api/articles requires; without it the server is read-only (default $CHRONICLE_TOKEN)")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit of one request")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chronicle serve [--db FILE] [--addr :8080] [--token T]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if *token == "" {
		*token = os.Getenv("CHRONICLE_TOKEN") // keeps the token out of the process list
	}
	readOnly := *token == ""
	store, err := sqlite.Open(ctx, *dbPath, sqlite.Options{ReadOnly: readOnly})
	if err != nil {
		fmt.Fprintf(stderr, "chronicle serve: %v\n", err)
		return 1
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(stderr, nil))
	opt := web.Options{Store: store, Token: *token, RequestTimeout: *timeout, Log: log}
	if !readOnly {
		coder, err := pipeline.New(pipeline.Options{})
		if err != nil {
			fmt.Fprintf(stderr, "chronicle serve: %v\n", err)
			return 1
		}
		opt.Code = coder.Code
	}
	srv, err := web.New(opt)
	if err != nil {
		fmt.Fprintf(stderr, "chronicle serve: %v\n", err)
		return 1
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "chronicle serve: %v\n", err)
		return 1
	}
	mode := "read-only"
	if !readOnly {
		mode = "accepting articles with the token"
	}
	fmt.Fprintf(stdout, "serving %s on http://%s (%s); Ctrl-C stops\n", *dbPath, l.Addr(), mode)
	if err := web.Serve(ctx, l, srv, 10*time.Second); err != nil {
		fmt.Fprintf(stderr, "chronicle serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}
