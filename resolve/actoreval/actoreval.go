package actoreval

import (
	"encoding/json"
	"io"
	"sort"
	"strings"
	"time"

	"chronicle"
	"chronicle/geo"
	"chronicle/kb"
	"chronicle/resolve"
)

// Result is the score of one run.
type Result struct {
	Actors          int     `json:"actors"`           // gold actors found in their text
	Missing         int     `json:"missing"`          // gold actor texts not found in their text
	CountryCorrect  int     `json:"country_correct"`  // resolved to the gold country
	CountryAccuracy float64 `json:"country_accuracy"` // CountryCorrect / Actors
	Sectors         int     `json:"sectors"`          // gold actors with a sector
	SectorCorrect   int     `json:"sector_correct"`
	SectorAccuracy  float64 `json:"sector_accuracy"`
	Errors          []Miss  `json:"errors,omitempty"`
}

// Miss is one gold actor resolved wrongly.
type Miss struct {
	Record      string `json:"record"`
	Text        string `json:"text"`
	WantCountry string `json:"want_country"`
	WantSector  string `json:"want_sector"`
	GotCountry  string `json:"got_country"`
	GotSector   string `json:"got_sector"`
	Actor       string `json:"actor"`
}

type goldActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type record struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// codeFixes maps the gold file's non-ISO spellings of a country to its code.
var codeFixes = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// Score reads gold records from r, analyzes each record's text with analyze
// (segmentation at least; tags, parse and entities where available) and
// resolves each gold actor's text, with places (which may be nil) for the
// places the knowledge base lacks.
func Score(r io.Reader, name string, analyze func(string) *chronicle.Document, k *kb.KB, places resolve.PlaceFinder) (Result, error) {
	var records []record
	if err := json.NewDecoder(r).Decode(&records); err != nil {
		return Result{}, chronicle.Errorf(chronicle.EINVALID, name, "not a JSON array of gold records: %v", err)
	}
	var res Result
	for _, rec := range records {
		gold := append(actorsOf(rec.Source), actorsOf(rec.Target)...)
		if len(gold) == 0 || rec.Text == "" {
			continue
		}
		date, err := time.Parse("2006-01-02", rec.Date)
		if err != nil {
			date = time.Time{}
		}
		doc := analyze(rec.Text)
		actors := resolve.ResolveWith(doc, date, k, places)
		for _, g := range gold {
			first, last, ok := locate(doc, g.ActorText)
			if !ok {
				res.Missing++
				continue
			}
			res.Actors++
			var got chronicle.Actor
			if ids := actors.AtSpan(first, last); len(ids) > 0 {
				got = actors.Get(ids[0])
			}
			want := strings.ToUpper(strings.TrimSpace(g.Code))
			if fix, ok := codeFixes[want]; ok {
				want = fix
			}
			wantSector := goldSector(g.Sector)
			countryOK := string(got.Country) == want
			sectorOK := wantSector == "" || string(got.Sector) == wantSector
			if countryOK {
				res.CountryCorrect++
			}
			if wantSector != "" {
				res.Sectors++
				if sectorOK {
					res.SectorCorrect++
				}
			}
			if !countryOK || !sectorOK {
				res.Errors = append(res.Errors, Miss{Record: rec.ID, Text: g.ActorText, WantCountry: want,
					WantSector: wantSector, GotCountry: string(got.Country), GotSector: string(got.Sector), Actor: got.Name})
			}
		}
	}
	if res.Actors > 0 {
		res.CountryAccuracy = float64(res.CountryCorrect) / float64(res.Actors)
	}
	if res.Sectors > 0 {
		res.SectorAccuracy = float64(res.SectorCorrect) / float64(res.Sectors)
	}
	sort.SliceStable(res.Errors, func(i, j int) bool { return res.Errors[i].Record < res.Errors[j].Record })
	return res, nil
}

// actorsOf reads a source or target field: a list of actors, one actor, or
// an empty string.
func actorsOf(raw json.RawMessage) []goldActor {
	var list []goldActor
	if json.Unmarshal(raw, &list) == nil {
		var out []goldActor
		for _, g := range list {
			if strings.TrimSpace(g.ActorText) != "" && g.Code != "" {
				out = append(out, g)
			}
		}
		return out
	}
	var one goldActor
	if json.Unmarshal(raw, &one) == nil && strings.TrimSpace(one.ActorText) != "" && one.Code != "" {
		return []goldActor{one}
	}
	return nil
}

// goldSector reduces a gold sector to a PLOVER code: "CVLalb" (civilians,
// Albanian) is CVL; "***" (not coded) and a missing sector are "".
func goldSector(s string) string {
	if len(s) < 3 || s == "***" {
		return ""
	}
	s = strings.ToUpper(s[:3])
	if s == "CIV" { // a misspelling of CVL in the gold file
		s = "CVL"
	}
	return s
}

// locate finds the tokens of an actor text in the document. Gold texts may
// skip words with "..." ("U.S. ... negotiators"): the span then runs from
// the first part to the last.
func locate(doc *chronicle.Document, actorText string) (first, last int, ok bool) {
	var parts []string
	for _, p := range strings.FieldsFunc(actorText, func(r rune) bool { return r == '…' }) {
		for _, q := range strings.Split(p, "..") {
			if q = strings.Trim(strings.TrimSpace(q), "."); q != "" {
				parts = append(parts, q)
			}
		}
	}
	if len(parts) == 0 {
		return 0, 0, false
	}
	start := indexFold(doc.Text, parts[0], 0)
	if start < 0 {
		return 0, 0, false
	}
	end := start + len(parts[0])
	for _, p := range parts[1:] {
		if i := indexFold(doc.Text, p, end); i >= 0 {
			end = i + len(p)
		}
	}
	first, last = -1, -1
	for i, t := range doc.Tokens {
		if t.End > start && t.Start < end {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	return first, last, first >= 0
}

// indexFold finds s in text at or after from, as a whole word: written as
// given if it is there, else ignoring case and runs of space.
func indexFold(text, s string, from int) int {
	s = strings.Join(strings.Fields(s), " ")
	for _, fold := range []bool{false, true} {
		hay, needle := text, s
		if fold {
			hay, needle = strings.ToLower(text), strings.ToLower(s)
		}
		for at := from; at <= len(hay); {
			i := strings.Index(hay[at:], needle)
			if i < 0 {
				break
			}
			i += at
			if wordEdge(text, i) && wordEdge(text, i+len(needle)) {
				return i
			}
			at = i + 1
		}
	}
	return -1
}

// wordEdge reports whether byte offset i is not inside a word.
func wordEdge(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	isWord := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	return !isWord(text[i-1]) || !isWord(text[i])
}

// Gazetteer finds places with the geo package's embedded gazetteer, as the
// pipeline does.
func Gazetteer(name string, countries []string) (string, bool) {
	p, ok := geo.Default().Resolve(name, countries)
	if !ok || p.Country == "" {
		return "", false
	}
	return p.Country, true
}
