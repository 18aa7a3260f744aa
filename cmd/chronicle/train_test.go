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
// not after minutes of it.
func TestTrainRefusesUnusableOutputFirst(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	// The data folder is missing too: reaching training would fail on it
	// instead, with another message.
	code := runTrain(context.Background(), []string{"tagger", "--data", filepath.Join(file, "nodata"), "--out", filepath.Join(file, "models")}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), filepath.Join(file, "models")) || !strings.Contains(stderr.String(), "not a directory") {
		t.Fatalf("exit %d, stderr %q: want 1 and an error naming the output folder", code, stderr.String())
	}
}

// So is the folder of the entity recognizer's model.
func TestTrainNERRefusesUnusableOutputFirst(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := runTrain(context.Background(), []string{"ner", "--data", filepath.Join(file, "nodata"), "--out", filepath.Join(file, "model", "ner.bin")}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "output folder "+filepath.Join(file, "model")) || !strings.Contains(stderr.String(), "not a directory") {
		t.Fatalf("exit %d, stderr %q: want 1 and an error naming the output folder", code, stderr.String())
	}
}
