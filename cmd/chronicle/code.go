package main

import (
	"context"
	"fmt"
	"io"
)

func runCode(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "not implemented yet")
	return 1
}
