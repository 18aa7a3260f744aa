package geo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"chronicle"
)

//go:embed gazetteer.tsv.gz
var embedded []byte

// Candidate is one gazetteer entry a name may refer to.
type Candidate struct {
	GeonameID  int // 0 for hand-written regions
	Name       string
	Country    string // ISO 3166-1 alpha-3; "" for regions spanning countries
	Admin1     string // GeoNames first-level division code within Country
	Population int
	Lat, Lon   float64
	Feature    string // GeoNames feature code (PPLC, PPLA, ADM1, PCLI) or RGN
	Precision  string // chronicle.PrecisionCity, ...Admin1, ...Country, ...Region

	prior float64
}

// Place returns the candidate as a chronicle.Place for the text that named it.
func (c Candidate) Place(text string) chronicle.Place {
	return chronicle.Place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon,
		GeonameID: c.GeonameID, Precision: c.Precision, Text: text}
}

// Gazetteer maps normalized place names to candidates.
type Gazetteer struct {
	places []Candidate
	index  map[string][]int32
	// longest is the most words any indexed name has, to bound n-gram search.
	longest int
	// firstWords holds the first word of every indexed name, so that most
	// capitalised words are passed over without building n-grams.
	firstWords map[string]bool
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, loaded on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic("geo: embedded gazetteer: " + err.Error()) // a build defect, not bad input
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Load reads a gzip-compressed gazetteer table in the format internal/gen writes.
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "gazetteer", "not gzip: %v", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "gazetteer", "%v", err)
	}
	// One string for the whole table: names and codes are slices of it.
	table := string(raw)
	g := &Gazetteer{places: make([]Candidate, 0, strings.Count(table, "\n")), index: make(map[string][]int32, 60000), firstWords: map[string]bool{}}
	var fields [10]string
	for line := 1; table != ""; line++ {
		var text string
		text, table, _ = strings.Cut(table, "\n")
		if text == "" || text[0] == '#' {
			continue
		}
		c, aliases, err := parseRow(text, fields[:0])
		if err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, "gazetteer line "+strconv.Itoa(line), "%v", err)
		}
		c.prior = prior(c)
		id := int32(len(g.places))
		g.places = append(g.places, c)
		g.add(c.Name, id)
		for aliases != "" {
			var alias string
			alias, aliases, _ = strings.Cut(aliases, "|")
			g.add(alias, id)
		}
	}
	for key, ids := range g.index {
		first, _, _ := strings.Cut(key, " ")
		g.firstWords[first] = true
		g.longest = max(g.longest, strings.Count(key, " ")+1)
		sort.SliceStable(ids, func(i, j int) bool { return g.places[ids[i]].prior > g.places[ids[j]].prior })
		g.index[key] = ids
	}
	return g, nil
}

func (g *Gazetteer) add(name string, id int32) {
	key := Normalize(name)
	ids := g.index[key]
	if key == "" || slices.Contains(ids, id) {
		return
	}
	g.index[key] = append(ids, id)
}

// parseRow reads one table line into a candidate and its "|"-separated aliases.
func parseRow(text string, f []string) (Candidate, string, error) {
	for range 9 {
		field, rest, ok := strings.Cut(text, "\t")
		if !ok {
			break
		}
		f, text = append(f, field), rest
	}
	f = append(f, text)
	if len(f) != 10 || len(f[0]) != 1 || strings.Contains(text, "\t") {
		return Candidate{}, "", fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id, err1 := strconv.Atoi(f[1])
	pop, err2 := strconv.Atoi(f[5])
	lat, err3 := strconv.ParseFloat(f[6], 64)
	lon, err4 := strconv.ParseFloat(f[7], 64)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return Candidate{}, "", err
		}
	}
	c := Candidate{GeonameID: id, Name: f[2], Country: f[3], Admin1: f[4], Population: pop, Lat: lat, Lon: lon, Feature: f[8]}
	switch f[0] {
	case "C":
		c.Precision = chronicle.PrecisionCountry
	case "A":
		c.Precision = chronicle.PrecisionAdmin1
	case "P":
		c.Precision = chronicle.PrecisionCity
	case "R":
		c.Precision = chronicle.PrecisionRegion
	default:
		return Candidate{}, "", fmt.Errorf("unknown kind %q", f[0])
	}
	return c, f[9], nil
}

// prior ranks the readings of a name before any context: countries and
// hand-picked regions first, then by population, capitals and division seats
// a little ahead. Division populations are sums of their cities' and read as
// somewhat smaller so that a big city keeps its name.
func prior(c Candidate) float64 {
	p := math.Log10(float64(max(c.Population, 1000)))
	switch c.Precision {
	case chronicle.PrecisionCountry:
		return p + 1.5
	case chronicle.PrecisionRegion:
		return 8.5
	case chronicle.PrecisionAdmin1:
		return p - 0.3
	}
	switch c.Feature {
	case "PPLC":
		return p + 1
	case "PPLA":
		return p + 0.3
	}
	return p
}

// Lookup returns the entries a name may refer to, most likely first when
// nothing else is known.
func (g *Gazetteer) Lookup(name string) []Candidate {
	ids := g.index[Normalize(name)]
	out := make([]Candidate, len(ids))
	for i, id := range ids {
		out[i] = g.places[id]
	}
	return out
}

// Normalize is the key names are indexed under: lower case, without accents,
// apostrophes or a leading "the", punctuation as spaces, and the abbreviations
// St, Ste, Ft and Mt written out, so that "St. Petersburg", "Saint-Petersburg"
// and "saint petersburg" meet.
func Normalize(name string) string {
	if !isASCII(name) {
		name = norm.NFD.String(name)
	}
	buf := make([]byte, 0, len(name)+8)
	wordStart := -1
	endWord := func() {
		if wordStart < 0 {
			return
		}
		if long, ok := abbreviatedWords[string(buf[wordStart:])]; ok {
			buf = append(buf[:wordStart], long...)
		}
		wordStart = -1
	}
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 'ʼ', r == '‘', r == 'ʻ':
			// accents and apostrophes vanish: Kramators'k = Kramatorsk
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'), r >= 'A' && r <= 'Z', r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if wordStart < 0 {
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				wordStart = len(buf)
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		default:
			endWord()
		}
	}
	endWord()
	if len(buf) > 4 && string(buf[:4]) == "the " {
		buf = buf[4:]
	}
	return string(buf)
}

// abbreviatedWords are written out so that "St. Petersburg" meets "Saint Petersburg".
var abbreviatedWords = map[string]string{"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
