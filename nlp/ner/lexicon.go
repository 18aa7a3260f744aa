package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/wordclass"
)

// Gazetteer kinds. A phrase may belong to several.
const (
	kindPlace      = iota // a country, capital, region or city
	kindOrg               // a well-known organisation
	kindGivenName         // a common given name
	kindTitle             // a title before a person's name
	kindOrgKeyword        // a word that ends or heads an organisation's name
	kindLocKeyword        // a word that ends a place name
	kindDictName          // a dictionary writes it capitalised only
	kindDictBoth          // a dictionary has it capitalised and in lower case
	kindCity              // a city of at least cityPopulation people, or a capital or division seat
	kindTown              // a smaller town in the geo gazetteer
	numKinds

	// continues marks a phrase that is the start of a longer one, so that
	// matching can stop as soon as no phrase goes on.
	continues = 1 << 15
)

// cityPopulation divides kindCity from kindTown: small towns' names are
// more often also words or surnames ("Norman", "Laura").
const cityPopulation = 50000

var kindFiles = map[string]int{
	"places.txt":        kindPlace,
	"organizations.txt": kindOrg,
	"given_names.txt":   kindGivenName,
	"titles.txt":        kindTitle,
	"org_keywords.txt":  kindOrgKeyword,
	"loc_keywords.txt":  kindLocKeyword,
}

//go:embed lists/*.txt
var listFiles embed.FS

// maxPhrase is the longest gazetteer phrase, in tokens, that is matched.
const maxPhrase = 5

// Word case statistics from unlabeled running text: how often a word is
// written capitalised when it is not the first word of a sentence.
const (
	statUnseen = iota
	statMostlyLower
	statMixed
	statMostlyCapital
	statAlwaysCapital
)

// lexicon holds the word lists the features look up. It is stored in the
// model file, so a model always sees the lists it was trained with.
type lexicon struct {
	phrases map[uint64]uint16 // phrase hash → bit set of kinds
	stats   map[uint64]uint8  // normalized word hash → case statistic
	// clusters maps a normalized word hash to its distributional class,
	// packed as coarse<<clusterBits | fine; words without one are absent.
	clusters map[uint64]uint32
	longest  int

	// words joins, per normalized word hash, what the three maps above
	// say about the word alone, so that a token costs one map look-up
	// instead of three (they dominate the time spent outside scoring).
	words map[uint64]wordInfo

	// wordClasses gives the GloVe classes of words (package wordclass),
	// nil when the model was trained without them.
	wordClasses *wordclass.Table
}

type wordInfo struct {
	phrase  uint16 // phrases[word]: kinds of the one-word phrase, continues
	stat    uint8
	cluster uint32
}

// clusterBits is the width of the fine class in a packed cluster value.
const clusterBits = 12

type entry struct {
	kind   int
	phrase string
}

func newLexicon() *lexicon {
	return &lexicon{phrases: map[uint64]uint16{}, stats: map[uint64]uint8{}, clusters: map[uint64]uint32{}}
}

// addPhrase adds a phrase, split into tokens as the tokenizer would (spaces;
// hyphens both kept inside a word and split off, since tokenizers differ).
func (lx *lexicon) addPhrase(kind int, phrase string) {
	words := strings.Fields(phrase)
	lx.addTokens(kind, words)
	var split []string
	for _, w := range words {
		for i, part := range strings.Split(w, "-") {
			if i > 0 {
				split = append(split, "-")
			}
			if part != "" {
				split = append(split, part)
			}
		}
	}
	if len(split) != len(words) {
		lx.addTokens(kind, split)
	}
}

func (lx *lexicon) addTokens(kind int, words []string) {
	if len(words) == 0 || len(words) > maxPhrase {
		return
	}
	var h uint64
	for i, w := range words {
		if i > 0 {
			lx.phrases[h] |= continues
		}
		h = phraseStep(h, i, normHash(w))
	}
	lx.phrases[h] |= 1 << kind
	lx.longest = max(lx.longest, len(words))
}

// phraseStep extends the hash of a phrase's first i tokens by one token.
func phraseStep(h uint64, i int, token uint64) uint64 {
	if i == 0 {
		return token
	}
	return mix(h^0x5bd1e995, token)
}

// lexiconSource is what a lexicon is built from and written as.
type lexiconSource struct {
	entries  []entry
	stats    map[string]uint8
	clusters map[string]uint32 // word → packed class, see lexicon.clusters

	// wordClasses is the GloVe class table (nil for none). Unlike the
	// other lists it is too big to copy into the model (250,000 words), so
	// the model file keeps only a fingerprint of it: the table's size and
	// the classes of some training words (probes). Load refuses a model
	// whose fingerprint the embedded table does not match, since its
	// weights would read the classes' numbers as other classes: a model
	// sees the classes it was trained with, or none at all.
	wordClasses *wordclass.Table
	probes      map[string]uint32 // word → packed GloVe class
	tableLen    int
}

func (src *lexiconSource) build() *lexicon {
	lx := newLexicon()
	for _, e := range src.entries {
		lx.addPhrase(e.kind, e.phrase)
	}
	for w, s := range src.stats {
		lx.stats[normHash(w)] = s
	}
	for w, c := range src.clusters {
		// Words that normalize alike ("’s", "'s") may have different
		// classes: keep the smaller, not the one the map order gives.
		h := normHash(w)
		if old, ok := lx.clusters[h]; !ok || c < old {
			lx.clusters[h] = c
		}
	}
	lx.wordClasses = src.wordClasses
	lx.words = make(map[uint64]wordInfo, len(lx.stats)+len(lx.clusters))
	// A one-word phrase's hash is the word's hash (phraseStep), so the
	// phrase keys of longer phrases land here too: harmless, as a word
	// hash never meets them.
	for h, bits := range lx.phrases {
		lx.words[h] = wordInfo{phrase: bits}
	}
	for h, stat := range lx.stats {
		wi := lx.words[h]
		wi.stat = stat
		lx.words[h] = wi
	}
	for h, c := range lx.clusters {
		wi := lx.words[h]
		wi.cluster = c
		lx.words[h] = wi
	}
	return lx
}

// write stores the source as text lines: "g KIND PHRASE", "s STAT WORD",
// "c CLUSTER WORD", and the word-class table's fingerprint as
// "t SIZE wordclass" and "w CLASS WORD".
func (src *lexiconSource) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, e := range src.entries {
		fmt.Fprintf(bw, "g\t%d\t%s\n", e.kind, e.phrase)
	}
	for _, w := range slices.Sorted(maps.Keys(src.stats)) {
		fmt.Fprintf(bw, "s\t%d\t%s\n", src.stats[w], w)
	}
	for _, w := range slices.Sorted(maps.Keys(src.clusters)) {
		fmt.Fprintf(bw, "c\t%d\t%s\n", src.clusters[w], w)
	}
	if src.wordClasses != nil {
		fmt.Fprintf(bw, "t\t%d\twordclass\n", src.tableLen)
		for _, w := range slices.Sorted(maps.Keys(src.probes)) {
			fmt.Fprintf(bw, "w\t%d\t%s\n", src.probes[w], w)
		}
	}
	return bw.Flush()
}

func readLexicon(r io.Reader, name string) (*lexiconSource, error) {
	src := &lexiconSource{stats: map[string]uint8{}, clusters: map[string]uint32{}, probes: map[string]uint32{}}
	tableLen := -1
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "lexicon line %d: want 3 fields", n)
		}
		v, err := strconv.Atoi(parts[1])
		if err != nil || v < 0 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "lexicon line %d: bad number %q", n, parts[1])
		}
		switch {
		case parts[0] == "g" && v < numKinds:
			src.entries = append(src.entries, entry{v, parts[2]})
		case parts[0] == "s" && v <= statAlwaysCapital:
			src.stats[parts[2]] = uint8(v)
		case parts[0] == "c" && v < 1<<(2*clusterBits):
			src.clusters[parts[2]] = uint32(v)
		case parts[0] == "t":
			tableLen = v
		case parts[0] == "w" && v < 1<<(2*clusterBits):
			src.probes[parts[2]] = uint32(v)
		default:
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "lexicon line %d: unknown record %q %d", n, parts[0], v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "lexicon: %v", err)
	}
	if tableLen >= 0 {
		if err := src.attachWordClasses(tableLen, name); err != nil {
			return nil, err
		}
	}
	return src, nil
}

// probeEvery picks about one training word in probeEvery, by hash, as a
// probe of the word-class table: a few hundred words from every frequency.
const probeEvery = 64

// useWordClasses makes the lexicon read word classes from table, taking
// probes of it from the training words.
func (src *lexiconSource) useWordClasses(table *wordclass.Table, train []Example) {
	src.wordClasses, src.tableLen = table, table.Len()
	src.probes = map[string]uint32{}
	for _, ex := range train {
		for _, w := range ex.Tokens {
			w = normalize(w)
			if c := table.Of(w); c != (wordclass.Class{}) && normHash(w)%probeEvery == 0 {
				src.probes[w] = packClass(c)
			}
		}
	}
}

// attachWordClasses checks that the embedded word-class table is the one
// the model was trained with (tableLen words, the probes' classes) and
// makes the lexicon use it.
func (src *lexiconSource) attachWordClasses(tableLen int, name string) error {
	table, err := wordclass.Default()
	if err != nil {
		return chronicle.Errorf(chronicle.EINVALID, name, "word classes: %v", err)
	}
	moved := 0 // probe words whose class is not the one the model saw
	for w, c := range src.probes {
		if packClass(table.Of(w)) != c {
			moved++
		}
	}
	if table.Len() != tableLen || moved > 0 {
		return chronicle.Errorf(chronicle.EINVALID, name,
			"the model was trained with another word-class table than nlp/wordclass's (%d words, now %d; %d of %d probe words changed class): retrain it (chronicle train ner)",
			tableLen, table.Len(), moved, len(src.probes))
	}
	src.wordClasses = table
	return nil
}

// packClass packs a word class as the cluster values are packed.
func packClass(c wordclass.Class) uint32 {
	return uint32(c.Coarse)<<clusterBits | uint32(c.Fine)
}

// handWrittenEntries reads the lists in lists/.
func handWrittenEntries() ([]entry, error) {
	var out []entry
	names := make([]string, 0, len(kindFiles))
	for name := range kindFiles {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		data, err := listFiles.ReadFile("lists/" + name)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			out = append(out, entry{kindFiles[name], line})
		}
	}
	return append(out, dictionaryEntries()...), nil
}

// dictionaryEntries reads lists/dictionary_names.txt ("Word\tname|both").
func dictionaryEntries() []entry {
	data, err := listFiles.ReadFile("lists/dictionary_names.txt")
	if err != nil {
		return nil
	}
	var out []entry
	for _, line := range strings.Split(string(data), "\n") {
		word, kind, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		k := kindDictName
		if kind == "both" {
			k = kindDictBoth
		}
		out = append(out, entry{k, word})
	}
	return out
}

// clusterTable reads lists/clusters.txt ("word\tcoarse\tfine", made by
// internal/genclusters) into packed classes.
func clusterTable() (map[string]uint32, error) {
	const name = "lists/clusters.txt"
	data, err := listFiles.ReadFile(name)
	if err != nil {
		return nil, err
	}
	out := map[string]uint32{}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: want 3 columns", n+1)
		}
		coarse, err1 := strconv.Atoi(cols[1])
		fine, err2 := strconv.Atoi(cols[2])
		if err1 != nil || err2 != nil || coarse < 0 || fine < 0 || coarse >= 1<<clusterBits || fine >= 1<<clusterBits {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: bad class numbers", n+1)
		}
		// +1 so that class 0 stays "no class".
		out[cols[0]] = uint32(coarse+1)<<clusterBits | uint32(fine+1)
	}
	return out, nil
}

// cityEntries reads the cities, towns, divisions and regions of the geo
// package's gazetteer table (geo/gazetteer.tsv.gz: kind, geonameid, name,
// country, admin1, population, lat, lon, feature, aliases), names and
// aliases both.
func cityEntries(r io.Reader, name string) ([]entry, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "not gzip: %v", err)
	}
	var out []entry
	sc := bufio.NewScanner(zr)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: want 10 columns, got %d", n, len(cols))
		}
		kind := kindPlace
		if cols[0] == "P" {
			pop, _ := strconv.Atoi(cols[5])
			kind = kindTown
			if pop >= cityPopulation || cols[8] == "PPLC" || cols[8] == "PPLA" {
				kind = kindCity
			}
		}
		for _, nm := range append([]string{cols[2]}, strings.Split(cols[9], "|")...) {
			if nm = strings.TrimSpace(nm); nm != "" {
				out = append(out, entry{kind, nm})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "%v", err)
	}
	return out, nil
}

// countryEntries reads country names and capitals from GeoNames'
// countryInfo.txt, and first-level division names from admin1CodesASCII.txt
// when admin1 is not nil.
func countryEntries(countryInfo io.Reader, admin1 io.Reader, name string) ([]entry, error) {
	var out []entry
	sc := bufio.NewScanner(countryInfo)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 6 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: want at least 6 columns", n)
		}
		for _, c := range cols[4:6] {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, entry{kindPlace, c})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "%v", err)
	}
	if admin1 == nil {
		return out, nil
	}
	sc = bufio.NewScanner(admin1)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 3 && strings.TrimSpace(cols[2]) != "" {
			out = append(out, entry{kindPlace, strings.TrimSpace(cols[2])})
		}
	}
	return out, sc.Err()
}

// caseCounts accumulates how a word is written in running text.
type caseCounts struct{ lower, capital int }

// countCase records the case of every alphabetic word that does not start
// its sentence.
func countCase(counts map[string]*caseCounts, tokens []string) {
	for i, tok := range tokens {
		if i == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tok)
		if !unicode.IsLetter(r) {
			continue
		}
		// Key by the normalized form the features look up, so that words
		// that normalize alike ("a1", "a2") pool their counts instead of
		// overwriting each other in an order the map decides.
		key := normalize(tok)
		c := counts[key]
		if c == nil {
			c = &caseCounts{}
			counts[key] = c
		}
		if unicode.IsUpper(r) {
			c.capital++
		} else {
			c.lower++
		}
	}
}

// normalize writes s as normHash reads it: lower case, digits as 0,
// straight quotes.
func normalize(s string) string {
	return strings.Map(normRune, s)
}

// caseStats turns counts into the statistic the features use, for words seen
// at least minCount times.
func caseStats(counts map[string]*caseCounts, minCount int) map[string]uint8 {
	out := map[string]uint8{}
	for w, c := range counts {
		total := c.lower + c.capital
		if total < minCount {
			continue
		}
		frac := float64(c.capital) / float64(total)
		switch {
		case c.lower == 0:
			out[w] = statAlwaysCapital
		case frac >= 0.7:
			out[w] = statMostlyCapital
		case frac >= 0.2:
			out[w] = statMixed
		default:
			out[w] = statMostlyLower
		}
	}
	return out
}
