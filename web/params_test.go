package web

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

func TestParseEventFilter(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  sqlite.EventFilter
	}{
		{"", sqlite.EventFilter{}},
		{"type=assault,%20threaten&type=ACCUSE", sqlite.EventFilter{Types: []string{"ASSAULT", "THREATEN", "ACCUSE"}}},
		{"country=ukr", sqlite.EventFilter{Country: "UKR"}},
		{"dyad=rus,usa-donald-trump", sqlite.EventFilter{Dyad: [2]string{"RUS", "usa-donald-trump"}}},
		{"from=2025-01-01&to=2025-01-31", sqlite.EventFilter{From: "2025-01-01", To: "2025-01-31"}},
		{"modality=Alleged&attribution=anonymous", sqlite.EventFilter{Modality: "alleged", Attribution: "anonymous"}},
		{"q=+ceasefire+talks+&limit=20", sqlite.EventFilter{Query: "ceasefire talks", Limit: 20}},
		{"limit=501", sqlite.EventFilter{Limit: MaxLimit}},
		{"actor=kb-person-putin&cursor=abc", sqlite.EventFilter{Actor: "kb-person-putin", Cursor: "abc"}},
	} {
		q, err := url.ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseEventFilter(q)
		if err != nil {
			t.Errorf("%q: %v", tc.query, err)
			continue
		}
		if !slices.Equal(got.Types, tc.want.Types) {
			t.Errorf("%q: types %v, want %v", tc.query, got.Types, tc.want.Types)
		}
		if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.query, got, tc.want)
		}
	}
}

// FuzzEventParams feeds /api/events query strings to the parser: it must
// never panic, every error must be an EINVALID naming a parameter, and what
// it accepts must be within the limits.
func FuzzEventParams(f *testing.F) {
	for _, seed := range []string{
		"", "type=ASSAULT", "type=assault,threaten&country=UKR", "dyad=RUS,UKR&from=2025-01-01&to=2025-02-01",
		"modality=alleged&attribution=anonymous&q=Kharkiv", "limit=10&cursor=MXwyMDI1LTA0LTExfGV2LTE",
		"limit=99999999999999999999", "dyad=,,", "from=2025-13-40", "q=%00%ff%fe", "type=&type=", "country=%E2%80%AE",
		"actor=kb-person-putin&actor=x", "q=" + string(make([]byte, 300)),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		got, err := parseEventFilter(q)
		if err != nil {
			var ce *chronicle.Error
			if !errors.As(err, &ce) || ce.Code != chronicle.EINVALID || ce.Input == "" {
				t.Fatalf("%q: error %v is not an EINVALID naming its parameter", raw, err)
			}
			return
		}
		if got.Limit < 0 || got.Limit > MaxLimit {
			t.Fatalf("%q: limit %d", raw, got.Limit)
		}
		for _, typ := range got.Types {
			if !slices.Contains(chronicle.EventTypes, typ) {
				t.Fatalf("%q: type %q accepted", raw, typ)
			}
		}
		if (got.Dyad[0] == "") != (got.Dyad[1] == "") {
			t.Fatalf("%q: half a dyad %v", raw, got.Dyad)
		}
		for _, v := range []string{got.Query, got.Cursor, got.Actor} {
			if len(v) > maxParamBytes {
				t.Fatalf("%q: %d-byte value accepted", raw, len(v))
			}
		}
	})
}
