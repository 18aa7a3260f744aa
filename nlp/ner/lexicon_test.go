package ner

import (
	"bytes"
	"compress/gzip"
	"os"
	"slices"
	"strings"
	"testing"

	"chronicle"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCityEntries(t *testing.T) {
	got, err := cityEntries(bytes.NewReader(readFile(t, "testdata/cities.tsv.gz")), "cities.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	want := []entry{
		{kindPlace, "Exampleland"}, {kindPlace, "the Exampleland Republic"},
		{kindCity, "Bigtown"}, {kindCity, "Big Town"}, {kindCity, "Bigtown City"},
		{kindTown, "Smallville"},
		{kindCity, "Tinyseat"}, // a division seat counts as a city whatever its size
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestCityEntriesRejectsBadInput(t *testing.T) {
	for name, data := range map[string][]byte{
		"not gzip":      []byte("P\t1\tX"),
		"short columns": gzipped(t, "P\t1\tX\n"),
	} {
		_, err := cityEntries(bytes.NewReader(data), "bad.tsv.gz")
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "bad.tsv.gz") {
			t.Errorf("%s: error %v, want EINVALID naming the file", name, err)
		}
	}
}

func TestUnambiguousPlaces(t *testing.T) {
	known := []entry{{kindDictBoth, "Union"}, {kindDictName, "Paris"}}
	places := []entry{{kindCity, "Union"}, {kindCity, "Paris"}, {kindTown, "Union City"}, {kindPlace, "Union"}}
	got := unambiguousPlaces(places, known)
	want := []entry{{kindCity, "Paris"}, {kindTown, "Union City"}, {kindPlace, "Union"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestClusterTable(t *testing.T) {
	table, err := clusterTable()
	if err != nil {
		t.Fatal(err)
	}
	if len(table) < 1000 {
		t.Fatalf("only %d words have a class", len(table))
	}
	// Weekdays are used alike and must share a fine class.
	monday, tuesday := table["monday"], table["tuesday"]
	if monday == 0 || monday != tuesday {
		t.Errorf("monday %x and tuesday %x should share a class", monday, tuesday)
	}
}

// A model keeps the clusters it was trained with.
func TestLexiconRoundTripKeepsClusters(t *testing.T) {
	src := &lexiconSource{
		entries:  []entry{{kindCity, "Bigtown"}},
		stats:    map[string]uint8{"the": statMostlyLower},
		clusters: map[string]uint32{"bigtown": 2<<clusterBits | 7},
	}
	var buf bytes.Buffer
	if err := src.write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readLexicon(&buf, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if back.clusters["bigtown"] != src.clusters["bigtown"] || !slices.Equal(back.entries, src.entries) {
		t.Errorf("read back %+v, want %+v", back, src)
	}
}

func TestMarkRuns(t *testing.T) {
	lx := (&lexiconSource{entries: []entry{{kindOrgKeyword, "ministry"}}}).build()
	tests := []struct {
		sentence string
		want     string // per token: U, B, I, L for a place in a run, - outside
	}{
		{"officials of the Ministry of Foreign Affairs said", "- - - B I I L -"},
		{"Acme said so", "U - -"},
		{"the Bank of England and others", "- B I L - -"},
		{"talks in Paris of all places", "- - U - - -"},
		{"The European Union and NATO said they would help", "- B L - U - - - -"},
	}
	for _, tc := range tests {
		var toks []token
		for _, w := range strings.Fields(tc.sentence) {
			toks = append(toks, token{text: w})
		}
		st := &sentenceState{}
		st.prepare(lx, toks)
		var got []string
		for _, a := range st.attrs {
			got = append(got, map[uint64]string{0: "-", gazUnit: "U", gazBegin: "B", gazInside: "I", gazLast: "L"}[a.run&7])
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: runs %s, want %s", tc.sentence, g, tc.want)
		}
	}
	// The run of the ministry knows it ends in an organisation keyword.
	st := &sentenceState{}
	st.prepare(lx, []token{{text: "the"}, {text: "Health"}, {text: "Ministry"}})
	if code := st.attrs[1].run >> 3; code&1 == 0 || code&8 == 0 {
		t.Errorf("run code %b: want ends-in-keyword and after-the bits", code)
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Words that normalize alike must get the same class whatever the map
// order, or training and recognizing would not be reproducible.
func TestClustersOfWordsThatNormalizeAlike(t *testing.T) {
	src := &lexiconSource{clusters: map[string]uint32{"’s": 9, "'s": 4, "`s": 7}}
	for range 20 {
		if got := src.build().clusters[normHash("'s")]; got != 4 {
			t.Fatalf("class %d, want the smallest, 4", got)
		}
	}
}
