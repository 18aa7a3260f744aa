package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestEvalActors(t *testing.T) {
	var out, errOut bytes.Buffer
	code := runEvalActors(context.Background(), []string{"../../resolve/actoreval/testdata/gold.json", "--json"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r struct {
		Actors          int     `json:"actors"`
		CountryAccuracy float64 `json:"country_accuracy"`
		SectorAccuracy  float64 `json:"sector_accuracy"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if r.Actors != 4 || r.CountryAccuracy < 0.99 || r.SectorAccuracy < 0.74 {
		t.Errorf("scored %+v", r)
	}
	out.Reset()
	errOut.Reset()
	if code := runEvalActors(context.Background(), []string{"no-such-gold.json"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "no-such-gold.json") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut.String())
	}
}
