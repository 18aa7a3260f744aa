package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fixtures hold two verbs: "attack", whose first sense it shares with
// "assail" (the usual sense of both), and "expel", whose synonym "bear"
// has another sense first.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "wordnet.txt")
	if err := run("testdata", "testdata/codebook.txt", out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var entries []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			entries = append(entries, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{"assail ; ASSAULT ; ; military ; 190 ; # synonym of attack"}
	if strings.Join(entries, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(entries, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunMissingWordNet(t *testing.T) {
	if err := run("testdata/none", "testdata/codebook.txt", filepath.Join(t.TempDir(), "x")); err == nil {
		t.Error("no error for a missing WordNet directory")
	}
}
