package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An output folder that cannot be made is reported before any training,
// not after minutes of it, by every kind of training.
func TestTrainRefusesUnusableOutputFirst(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		model, out, folder string
	}{
		{"tagger", filepath.Join(file, "models"), filepath.Join(file, "models")},
		{"ner", filepath.Join(file, "model", "ner.bin"), filepath.Join(file, "model")},
	} {
		var stdout, stderr bytes.Buffer
		// The data folder is missing too: reaching training would fail on
		// it instead, with another message.
		code := runTrain(context.Background(), []string{c.model, "--data", filepath.Join(file, "nodata"), "--out", c.out}, nil, &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "output folder "+c.folder) || !strings.Contains(stderr.String(), "not a directory") {
			t.Errorf("train %s: exit %d, stderr %q: want 1 and an error naming the output folder", c.model, code, stderr.String())
		}
	}
}
