package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestEvalUDJSON(t *testing.T) {
	var out, errb bytes.Buffer
	code := runEvalUD(context.Background(), []string{"../../eval/testdata/ud-small.conllu", "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r map[string]float64
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("not one JSON object: %q", out.String())
	}
	if r["sentences"] != 4 || r["words"] != 39 {
		t.Fatalf("counts %v", r)
	}
	for _, k := range []string{"upos", "xpos", "lemma", "uas", "las"} {
		if v, ok := r[k]; !ok || v < 0.5 || v > 1 {
			t.Errorf("%s = %v, want a fraction and a sane score", k, v)
		}
	}
}

func TestEvalUDErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "usage"},
		{[]string{"missing.conllu"}, 1, "missing.conllu"},
		{[]string{"a", "b"}, 2, "usage"},
	} {
		var out, errb bytes.Buffer
		code := runEvalUD(context.Background(), tc.args, &out, &errb)
		if code != tc.code || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, errb.String(), tc.code, tc.want)
		}
	}
}
