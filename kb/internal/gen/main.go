// Command gen writes kb/data/countries.tsv, the knowledge base's country
// table, from GeoNames' countryInfo.txt (codes, names, capitals, population;
// CC BY) and the npm package world-countries (official and alternative names,
// English demonyms; ODbL), plus the hand-written extra.tsv beside this file
// for what neither has (historical names, "U.S.", seats of government that are
// not the capital). Run it with `go generate ./kb` after installing the npm
// package into /tmp (see ../../gen.go).
//
// A name or demonym claimed by several countries ("Dominican", "Congo") is
// kept only for the most populous one, so that lookups are never ambiguous.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"chronicle/kb"
)

type country struct {
	code, iso2, name     string
	population           int
	names, dems, capital []string
}

// worldCountry is the part of world-countries' countries.json read here.
type worldCountry struct {
	CCA3 string `json:"cca3"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string                     `json:"altSpellings"`
	Capital      []string                     `json:"capital"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
}

// obsolete GeoNames rows: they have no current ISO code; their names go to
// the successor states through extra.tsv.
var obsolete = map[string]bool{"ANT": true, "SCG": true}

// shortCodes are the abbreviations kept from altSpellings; other all-capital
// short spellings are ISO codes ("AF") that would match ordinary words.
var shortCodes = map[string]bool{"US": true, "USA": true, "UK": true, "UAE": true, "DRC": true, "PRC": true, "ROK": true, "DPRK": true}

func main() {
	geonames := flag.String("geonames", "", "GeoNames countryInfo.txt")
	world := flag.String("world", "", "world-countries countries.json")
	extra := flag.String("extra", "internal/gen/extra.tsv", "hand-written extra country lines")
	out := flag.String("out", "data/countries.tsv", "output file")
	flag.Parse()
	if err := run(*geonames, *world, *extra, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(geonamesPath, worldPath, extraPath, outPath string) error {
	countries, err := readGeoNames(geonamesPath)
	if err != nil {
		return err
	}
	if err := addWorldCountries(countries, worldPath); err != nil {
		return err
	}
	if err := addExtra(countries, extraPath); err != nil {
		return err
	}
	dedupe(countries)
	return write(countries, outPath, geonamesPath, worldPath)
}

func readGeoNames(path string) (map[string]*country, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]*country{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 8 || col[0] == "ISO" || obsolete[col[1]] {
			continue
		}
		pop, _ := strconv.Atoi(col[7])
		name := strings.TrimSpace(col[4])
		c := &country{code: col[1], iso2: col[0], name: name, population: pop, names: []string{name}}
		if col[5] != "" {
			c.capital = []string{col[5]}
		}
		out[c.code] = c
	}
	return out, sc.Err()
}

func addWorldCountries(countries map[string]*country, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []worldCountry
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, w := range list {
		code := w.CCA3
		if code == "UNK" { // world-countries' code for Kosovo; GeoNames uses XKX
			code = "XKX"
		}
		c, ok := countries[code]
		if !ok {
			continue
		}
		c.names = append(c.names, w.Name.Common, w.Name.Official)
		for _, s := range w.AltSpellings {
			if usableSpelling(s) {
				c.names = append(c.names, s)
			}
		}
		c.capital = append(c.capital, w.Capital...)
		if d, ok := w.Demonyms["eng"]; ok {
			c.dems = append(c.dems, d["m"], d["f"])
		}
	}
	return nil
}

// usableSpelling keeps English spellings: ASCII or Latin letters with
// diacritics, not ISO codes, not phonetic transcriptions.
func usableSpelling(s string) bool {
	if len(s) <= 4 && strings.ToUpper(s) == s {
		return shortCodes[s]
	}
	for _, r := range s {
		if r > unicode.MaxLatin1 || strings.ContainsRune("ʁɔɛɡəˈ", r) {
			return false
		}
	}
	return true
}

func addExtra(countries map[string]*country, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	extra, err := kb.Load(f)
	if err != nil {
		return err
	}
	for _, e := range extra.Countries() {
		c, ok := countries[e.Code]
		if !ok {
			return fmt.Errorf("%s: unknown country %s", path, e.Code)
		}
		c.names = append(c.names, e.Names...)
		c.dems = append(c.dems, e.Demonyms...)
		c.capital = append(c.capital, e.Capitals...)
	}
	return nil
}

// dedupe drops repeated names and keeps a name claimed by several countries
// only for the most populous.
func dedupe(countries map[string]*country) {
	owner := map[string]*country{}
	for _, c := range countries {
		for _, list := range [][]string{c.names, c.dems} {
			for _, n := range list {
				key := kb.Normalize(n)
				if o, ok := owner[key]; !ok || c.population > o.population || (c.population == o.population && c.code < o.code) {
					owner[key] = c
				}
			}
		}
	}
	for _, c := range countries {
		seen := map[string]bool{}
		keep := func(list []string) []string {
			var out []string
			for _, n := range list {
				key := kb.Normalize(n)
				if n == "" || seen[key] || owner[key] != c {
					continue
				}
				seen[key] = true
				out = append(out, n)
			}
			return out
		}
		c.names = keep(c.names)
		c.dems = keep(c.dems)
		capSeen := map[string]bool{}
		var caps []string
		for _, n := range c.capital {
			if key := kb.Normalize(n); n != "" && !capSeen[key] {
				capSeen[key] = true
				caps = append(caps, n)
			}
		}
		c.capital = caps
	}
}

func write(countries map[string]*country, path, geonamesPath, worldPath string) error {
	codes := make([]string, 0, len(countries))
	for code := range countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var b strings.Builder
	b.WriteString("# Generated by kb/internal/gen; do not edit (add lines to internal/gen/extra.tsv).\n")
	b.WriteString("# Sources: GeoNames countryInfo.txt (CC BY 4.0, geonames.org) for codes, names and capitals;\n")
	b.WriteString("# the npm package world-countries (ODbL 1.0) for alternative names and demonyms.\n")
	b.WriteString("# country\tCODE\tISO2\tnames\tdemonyms\tcapitals\n")
	for _, code := range codes {
		c := countries[code]
		fmt.Fprintf(&b, "country\t%s\t%s\t%s\t%s\t%s\n", c.code, c.iso2, join(c.names), join(c.dems), join(c.capital))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func join(list []string) string {
	if len(list) == 0 {
		return "-"
	}
	return strings.Join(list, "|")
}
