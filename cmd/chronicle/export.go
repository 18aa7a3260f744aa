package main

import (
	"context"
	"fmt"
	"io"
)

// TODO(owner): placeholder until the real implementation lands.
func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "not implemented yet")
	return 1
}
