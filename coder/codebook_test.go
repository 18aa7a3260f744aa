package coder

import (
	"slices"
	"strings"
	"testing"

	"chronicle"
)

func TestDefaultCodebookCoversPLOVER(t *testing.T) {
	cb := DefaultCodebook()
	types := cb.Types()
	for _, typ := range chronicle.EventTypes {
		if !slices.Contains(types, typ) {
			t.Errorf("the default codebook has no pattern for %s", typ)
		}
	}
	if cb.Len() < 300 {
		t.Errorf("default codebook has %d patterns, want at least 300", cb.Len())
	}
	for _, l := range cb.entries {
		for _, e := range l {
			if e.CAMEO == "" {
				t.Errorf("%s: pattern %s has no CAMEO code", e.Source, e.key())
			}
		}
	}
}

func TestParseCodebook(t *testing.T) {
	tests := []struct {
		name, in string
		check    func(t *testing.T, cb *Codebook)
	}{
		{"verb with object and preposition", "impose +sanction|tariff ?on ; SANCTION ; discontinue ; economic ; 163 ;", func(t *testing.T, cb *Codebook) {
			e := cb.Lookup('v', "impose")
			if len(e) != 1 || !slices.Equal(e[0].Objects, []string{"sanction", "tariff"}) || !slices.Equal(e[0].OptPreps, []string{"on"}) ||
				e[0].Type != "SANCTION" || e[0].Mode != "discontinue" || e[0].CAMEO != "163" || !slices.Equal(e[0].Contexts, []string{"economic"}) {
				t.Errorf("got %+v", e)
			}
		}},
		{"noun, particle, flags", "n:talks ?with ; CONSULT ; ; ; 040 ; recip\ncall ~off +talk ; REJECT ; meet ; ; 125 ;\n tell >xcomp ; request ; ; ; 100 ; content", func(t *testing.T, cb *Codebook) {
			if e := cb.Lookup('n', "talks"); len(e) != 1 || !e[0].Reciprocal {
				t.Errorf("talks: %+v", e)
			}
			if e := cb.Lookup('v', "call"); len(e) != 1 || e[0].Particle != "off" {
				t.Errorf("call off: %+v", e)
			}
			if e := cb.Lookup('v', "tell"); len(e) != 1 || !e[0].Xcomp || !e[0].Content || e[0].Type != "REQUEST" {
				t.Errorf("tell: %+v", e)
			}
		}},
		{"light verbs and comments", "# a comment\nlight: hold Stage # trailing\n\n", func(t *testing.T, cb *Codebook) {
			if !cb.light["hold"] || !cb.light["stage"] || cb.Len() != 0 {
				t.Errorf("light %v, %d patterns", cb.light, cb.Len())
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cb, err := ParseCodebook(strings.NewReader(tt.in), "test")
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, cb)
		})
	}
}

func TestParseCodebookErrors(t *testing.T) {
	for _, in := range []string{
		"agree",                         // no type
		"agree ; AGREEMENT ; ; ; 030",   // unknown type
		"x:agree ; AGREE ; ; ; 030",     // unknown kind
		"agree *obj ; AGREE ; ; ; 030",  // unknown constraint
		"agree ; AGREE ; ; ; 030 ; odd", // unknown flag
		" ; AGREE",                      // empty pattern
	} {
		_, err := ParseCodebook(strings.NewReader(in), "user.codebook")
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "user.codebook:1") {
			t.Errorf("ParseCodebook(%q) = %v, want an invalid-input error naming user.codebook:1", in, err)
		}
	}
}

func TestLoadCodebookMergesOverDefault(t *testing.T) {
	user := "withdraw ?from ; - ; ; ; ;\n" + // delete a default pattern
		"withdraw ?from ; CONCEDE ; ; ; 080 ;\n" + // and give it a new meaning
		"n:foray ?into ; ASSAULT ; ; military ; 190 ;\n" // add one
	cb, err := LoadCodebook(strings.NewReader(user), "user.codebook")
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultCodebook()
	if cb.Len() != def.Len()+1 {
		t.Errorf("merged codebook has %d patterns, want %d", cb.Len(), def.Len()+1)
	}
	var types []string
	for _, e := range cb.Lookup('v', "withdraw") {
		if len(e.Objects) == 0 {
			types = append(types, e.Type)
		}
	}
	if !slices.Equal(types, []string{"CONCEDE"}) {
		t.Errorf("withdraw without object codes as %v, want [CONCEDE]", types)
	}
	if e := cb.Lookup('n', "foray"); len(e) != 1 {
		t.Errorf("added pattern missing: %v", e)
	}
	if e := def.Lookup('n', "foray"); len(e) != 0 {
		t.Errorf("merging changed the default codebook")
	}
}

func FuzzParseCodebook(f *testing.F) {
	f.Add(defaultCodebook)
	f.Add("n:talks ?with ; CONSULT ; ; ; 040 ; recip")
	f.Add("light: a b c")
	f.Add("a ~b +c|d @e ?f >xcomp ; ASSAULT ; m ; c1,c2 ; 1 ; mil host")
	f.Fuzz(func(t *testing.T, in string) {
		cb, err := ParseCodebook(strings.NewReader(in), "fuzz")
		if err != nil {
			if chronicle.ErrorCode(err) != chronicle.EINVALID {
				t.Fatalf("error %v is not an invalid-input error", err)
			}
			return
		}
		for _, l := range cb.entries {
			for _, e := range l {
				if e.Trigger == "" || (e.Type != "-" && !validType[e.Type]) {
					t.Fatalf("accepted a bad entry %+v", e)
				}
			}
		}
	})
}
