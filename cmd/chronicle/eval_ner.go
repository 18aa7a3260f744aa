package main

import (
	"context"
	"fmt"
	"io"
)

// TODO(owner): placeholder until the real implementation lands.
func runEvalNER(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "not implemented yet")
	return 1
}
