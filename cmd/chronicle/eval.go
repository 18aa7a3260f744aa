package main

import (
	"context"
	"fmt"
	"io"
)

func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: chronicle eval ud|ner|plover|actors GOLD [--json]")
		return 2
	}
	switch args[0] {
	case "ud":
		return runEvalUD(ctx, args[1:], stdout, stderr)
	case "ner":
		return runEvalNER(ctx, args[1:], stdout, stderr)
	case "plover":
		return runEvalPlover(ctx, args[1:], stdout, stderr)
	case "actors":
		return runEvalActors(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "chronicle eval: unknown gold kind %q (want ud, ner, plover or actors)\n", args[0])
	return 2
}
