package geo

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"

	"chronicle"
)

func gzipped(t testing.TB, table []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(table); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLoadTable checks a small hand-written table in the generator's format:
// names and aliases both find their entry, and bad rows are refused.
func TestLoadTable(t *testing.T) {
	table, err := os.ReadFile("testdata/tiny_gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(bytes.NewReader(gzipped(t, table)))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, canonical, precision string }{
		{"Ruritania", "Ruritania", "country"},
		{"the Kingdom", "Ruritania", "country"},
		{"Zenda", "Strelsau", "city"},
		{"North March", "North March", "admin1"},
		{"the Plain", "Great Plain", "region"},
	} {
		c := g.Lookup(tc.name)
		if len(c) == 0 || c[0].Name != tc.canonical || c[0].Precision != tc.precision {
			t.Errorf("Lookup(%q) = %+v, want %s (%s)", tc.name, c, tc.canonical, tc.precision)
		}
	}
	for _, bad := range []string{
		"X\t1\tNowhere\tRUR\t\t1\t0\t0\tPPL\t\n",        // unknown kind
		"P\tone\tNowhere\tRUR\t\t1\t0\t0\tPPL\t\n",      // id not a number
		"P\t1\tNowhere\tRUR\t\t1\t0\t0\tPPL\n",          // nine fields
		"P\t1\tNowhere\tRUR\t\t1\t0\t0\tPPL\t\textra\n", // eleven fields
	} {
		_, err := Load(bytes.NewReader(gzipped(t, []byte(bad))))
		if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.Contains(err.Error(), "gazetteer line 1") {
			t.Errorf("Load(%q) = %v, want an EINVALID error naming gazetteer line 1", bad, err)
		}
	}
	if _, err := Load(bytes.NewReader(table)); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("Load of an uncompressed table = %v, want an EINVALID error", err)
	}
}

// FuzzLoad feeds arbitrary tables to the gazetteer loader: it must refuse or
// accept them without panicking, and every entry it accepts has a precision.
func FuzzLoad(f *testing.F) {
	table, err := os.ReadFile("testdata/tiny_gazetteer.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(table)
	f.Add([]byte("C\t1\tX\tXXX\t\t1\t0\t0\tPCLI\t|||\n"))
	f.Add([]byte("P\t1\t\t\t\t-5\tNaN\t+Inf\t\t\n"))
	f.Fuzz(func(t *testing.T, table []byte) {
		g, err := Load(bytes.NewReader(gzipped(t, table)))
		if err != nil {
			return
		}
		for _, c := range g.places {
			if c.Precision == "" {
				t.Fatalf("entry %+v loaded without a precision", c)
			}
		}
	})
}
