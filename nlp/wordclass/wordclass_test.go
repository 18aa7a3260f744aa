package wordclass

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t testing.TB, text string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(text))
	zw.Close()
	return b.Bytes()
}

func TestParseAndOf(t *testing.T) {
	tab, err := Parse(bytes.NewReader(gz(t, "# comment\nsaid\t3\t40\ntold\t3\t40\n0000\t7\t9\n")), "test")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 3 {
		t.Fatalf("Len = %d, want 3", tab.Len())
	}
	said, told := tab.Of("said"), tab.Of("Told")
	if said != (Class{4, 41}) || said != told {
		t.Errorf("said %v, Told %v: want both {4 41} (case is ignored, classes count from 1)", said, told)
	}
	if got := tab.Of("1999"); got != (Class{8, 10}) {
		t.Errorf("1999 = %v, want the class of 0000 (digits read as 0)", got)
	}
	if got := tab.OfNormal("said"); got != said {
		t.Errorf("OfNormal(said) = %v, want %v", got, said)
	}
	if got := tab.OfNormal("Said"); got != (Class{}) {
		t.Errorf("OfNormal(Said) = %v, want the zero Class: it does not normalize", got)
	}
	if got := tab.Of("unheardof"); got != (Class{}) {
		t.Errorf("unknown word = %v, want the zero Class", got)
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, text := range []string{"said\t3\n", "said\tx\t4\n", "\t1\t2\n", "said\t1\t99999999\n"} {
		_, err := Parse(bytes.NewReader(gz(t, text)), "bad.txt.gz")
		if err == nil || !strings.Contains(err.Error(), "bad.txt.gz: line 1") {
			t.Errorf("%q: error %v, want one naming the file and line 1", text, err)
		}
	}
	if _, err := Parse(strings.NewReader("plain text"), "plain"); err == nil || !strings.Contains(err.Error(), "plain: not gzip") {
		t.Errorf("plain text: error %v, want not gzip", err)
	}
}

// The embedded table knows news words EWT lacks and puts words used alike
// together.
func TestDefault(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 50000 {
		t.Fatalf("embedded table has %d words, want at least 50,000", tab.Len())
	}
	for _, w := range []string{"Witkoff", "Dmitriev", "annexed", "ceasefire", "Kremlin"} {
		if tab.Of(w) == (Class{}) {
			t.Errorf("%s has no class", w)
		}
	}
	same := func(a, b string) bool { return tab.Of(a).Coarse == tab.Of(b).Coarse }
	if !same("monday", "thursday") || !same("rifle", "pistol") {
		t.Errorf("words used alike fall apart: monday %v thursday %v rifle %v pistol %v",
			tab.Of("monday"), tab.Of("thursday"), tab.Of("rifle"), tab.Of("pistol"))
	}
	if same("monday", "pistol") {
		t.Errorf("monday and pistol share coarse class %v", tab.Of("monday"))
	}
}

func FuzzParse(f *testing.F) {
	f.Add(gz(f, "said\t3\t40\n"))
	f.Add(gz(f, "# x\n\n"))
	f.Add([]byte("not gzip"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Parse(bytes.NewReader(data), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		tab.Of("said")
	})
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(embedded), "embedded"); err != nil {
			b.Fatal(err)
		}
	}
}
