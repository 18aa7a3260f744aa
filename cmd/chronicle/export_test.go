package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	s := openIngestStore(t, db)
	ingestAll(context.Background(), s, fakeArticles(9), fakeCoder, 2, nil) // 3 meetings, 3 reports each
	s.Close()
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, bytes.Repeat([]byte("garbage "), 1000), 0o644)
	tests := []struct {
		args   []string
		status int
		lines  int // lines on stdout
	}{
		{[]string{"--db", db, "--format", "jsonl"}, 0, 3},
		{[]string{"--db", db, "--format", "plover"}, 0, 3},
		{[]string{"--db", db, "--format", "tsv"}, 0, 1 + 3},
		{[]string{"--db", db, "--format", "csv"}, 0, 1 + 9},
		{[]string{"--db", db, "--format", "xml"}, 2, 0},
		{[]string{"--db", db, "extra"}, 2, 0},
		{[]string{"--db", filepath.Join(dir, "missing.db")}, 1, 0},
		{[]string{"--db", corrupt}, 1, 0},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := runExport(context.Background(), tt.args, nil, &stdout, &stderr)
		lines := strings.Count(stdout.String(), "\n")
		if status != tt.status || lines != tt.lines {
			t.Errorf("%v: status %d, %d lines; want %d, %d (stderr %q)", tt.args, status, lines, tt.status, tt.lines, stderr.String())
		}
	}
	if b, _ := os.ReadFile(corrupt); !bytes.HasPrefix(b, []byte("garbage garbage")) {
		t.Error("export changed a corrupt file")
	}
}
