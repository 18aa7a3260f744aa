package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

func TestCodeKeepsGoingPastBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "image.txt")
	write(t, good, "Russia and Ukraine agreed on Tuesday to exchange prisoners, officials in Kyiv said.\n")
	write(t, empty, "")
	write(t, binary, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"code", "--published", "2025-04-11", empty, good, binary}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1 when an input failed", code)
	}
	for _, bad := range []string{empty, binary} {
		if !strings.Contains(stderr.String(), bad) {
			t.Errorf("stderr does not name %s:\n%s", bad, stderr.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one record for the one good input, got %d lines:\n%s", len(lines), stdout.String())
	}
	var rec chronicle.Record
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Published != "2025-04-11" || len(rec.Sentences) != 1 || rec.Entities == nil || rec.Events == nil {
		t.Errorf("record: published %q, %d sentences, entities %v, events %v", rec.Published, len(rec.Sentences), rec.Entities, rec.Events)
	}
}

func TestCodeFormats(t *testing.T) {
	in := `{"id": "a", "text": "The United Nations condemned the attack on Monday."}` + "\n" +
		`{"id": "b", "text": "Protesters marched in Paris."}` + "\n"
	for _, tc := range []struct {
		format string
		check  func(string) bool
	}{
		{"jsonl", func(out string) bool { return strings.Count(out, "\n") == 2 && strings.HasPrefix(out, `{"id":"a"`) }},
		{"json", func(out string) bool {
			var recs []chronicle.Record
			return json.Unmarshal([]byte(out), &recs) == nil && len(recs) == 2 && recs[1].ID == "b"
		}},
		{"text", func(out string) bool { return strings.Count(out, "== ") == 2 }},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"code", "--input-format", "jsonl", "--format", tc.format, "-"}, strings.NewReader(in), &stdout, &stderr)
		if code != 0 || !tc.check(stdout.String()) {
			t.Errorf("--format %s: exit %d, stderr %q, output:\n%s", tc.format, code, stderr.String(), stdout.String())
		}
	}
}

func TestCodeRejectsBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stderr: what was wrong
	}{
		{[]string{"code", "--format", "xml", "-"}, `--format: unknown format "xml"`},
		{[]string{"code", "--published", "April 11", "-"}, `--published: "April 11" is not a date`},
		{[]string{"code", "--no-such-flag"}, "no-such-flag"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), tc.args, strings.NewReader(""), &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message with %q", tc.args, code, stderr.String(), tc.want)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
