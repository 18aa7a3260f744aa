package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerate(t *testing.T) {
	var out bytes.Buffer
	if err := generate(&out, filepath.Join("testdata", "two-islands.topojson"), filepath.Join("testdata", "countryInfo.txt")); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[0], "#") {
		t.Errorf("no header line: %q", lines[0])
	}
	got := map[string][]string{}
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("line %q has %d columns", line, len(cols))
		}
		got[cols[1]] = cols
	}
	for _, tc := range []struct {
		name, code string
		rings      int
	}{
		{"Squareland", "FJI", 1},
		{"Dateline", "RUS", 2}, // crosses 180°: drawn on both edges
		{"Stitched", "UKR", 1},
		{"Reversed", "-", 1},
	} {
		cols, ok := got[tc.name]
		if !ok {
			t.Errorf("%s missing", tc.name)
			continue
		}
		if cols[0] != tc.code {
			t.Errorf("%s: code %q, want %q", tc.name, cols[0], tc.code)
		}
		if n := strings.Count(cols[2], "M"); n != tc.rings {
			t.Errorf("%s: %d rings in %q, want %d", tc.name, n, cols[2], tc.rings)
		}
	}
	// a ring and its reverse cover the same points
	if strings.Count(got["Stitched"][2], "l") != strings.Count(got["Reversed"][2], "l") {
		t.Errorf("stitched %q and reversed %q differ in length", got["Stitched"][2], got["Reversed"][2])
	}
}

func TestGenerateBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"arcs": [[[0,0]]], "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[7]]}]}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := generate(&out, bad, filepath.Join("testdata", "countryInfo.txt"))
	if err == nil || !strings.Contains(err.Error(), "arc 7") {
		t.Errorf("an arc index out of range gave %v", err)
	}
}
