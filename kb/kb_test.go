package kb

import (
	"bufio"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"
)

// plover lists PLOVER's sector codes (PLOVER_MANUAL.tex, "Sector Codes"),
// with IGO and NGO, which the record format also allows as sectors.
var plover = map[string]bool{
	"COP": true, "GOV": true, "JUD": true, "LEG": true, "MIL": true, "PRM": true, "PTY": true,
	"REB": true, "SPY": true, "UAF": true, "UNK": true, "AGR": true, "BUS": true, "CRM": true,
	"CVL": true, "EDU": true, "ELI": true, "JRN": true, "LAB": true, "MED": true, "REF": true,
	"OPP": true, "PRE": true, "REL": true, "SOC": true, "IGO": true, "NGO": true,
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func isUpper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// TestDefaultWellFormed checks every embedded entry: codes valid, sectors
// PLOVER's, office dates ordered, and no name that two entries would fight
// over (people may share a name only if they never held office at once).
func TestDefaultWellFormed(t *testing.T) {
	k := Default()
	if n := len(k.Countries()); n < 240 {
		t.Fatalf("only %d countries", n)
	}
	validCountry := func(code string) bool {
		if code == "IGO" || code == "NGO" || code == "IMG" || code == "MNC" {
			return true
		}
		_, ok := k.Country(code)
		return ok
	}
	validSector := func(s string) bool { return s == "" || plover[s] }
	for _, c := range k.Countries() {
		if !isUpper(c.Code, 3) || !isUpper(c.ISO2, 2) || c.Name == "" {
			t.Errorf("country %q: bad code %q/%q or no name", c.Name, c.Code, c.ISO2)
		}
	}
	for _, m := range k.Metonyms() {
		if !validCountry(m.Country) || !validSector(m.Sector) {
			t.Errorf("metonym %v: country %q sector %q", m.Names, m.Country, m.Sector)
		}
	}
	for _, g := range k.Orgs() {
		if !validCountry(g.Country) || !validSector(g.Sector) {
			t.Errorf("org %s: country %q sector %q", g.ID, g.Country, g.Sector)
		}
	}
	for noun, s := range k.Sectors() {
		if !plover[s] {
			t.Errorf("sector noun %q: %q is not a PLOVER sector", noun, s)
		}
	}
	for _, ti := range k.Titles() {
		if !plover[ti.Sector] {
			t.Errorf("title %q: sector %q", ti.Role, ti.Sector)
		}
	}
	for _, p := range k.People() {
		if p.Name == "" || !validCountry(p.Country) {
			t.Errorf("person %s: name %q country %q", p.ID, p.Name, p.Country)
		}
		if len(p.Offices) == 0 {
			t.Errorf("person %s has no office", p.ID)
		}
		for _, o := range p.Offices {
			if !validCountry(o.Country) || !plover[o.Sector] || o.Role == "" {
				t.Errorf("person %s office %+v: bad country, sector or role", p.ID, o)
			}
			if !o.End.IsZero() && !o.Start.Before(o.End) {
				t.Errorf("person %s office %s: starts %s, not before its end %s", p.ID, o.Role, o.Start.Format(time.DateOnly), o.End.Format(time.DateOnly))
			}
		}
	}
	for name, matches := range k.names {
		for i := 1; i < len(matches); i++ {
			if a, b := matches[0], matches[i]; !compatible(a, b) {
				t.Errorf("name %q names two entries: %s and %s", name, describe(a), describe(b))
			}
		}
	}
}

// compatible reports whether two entries may share a name: the same country
// (its name and its demonym), or two people never in office at once.
func compatible(a, b Match) bool {
	ca, cb := a.Country, b.Country
	if ca == nil {
		ca = a.Demonym
	}
	if cb == nil {
		cb = b.Demonym
	}
	if ca != nil && ca == cb {
		return true
	}
	if a.Person == nil || b.Person == nil {
		return false
	}
	if a.Person == b.Person {
		return true
	}
	for _, x := range a.Person.Offices {
		for _, y := range b.Person.Offices {
			if x.Holds(y.Start) || y.Holds(x.Start) {
				return false
			}
		}
	}
	return true
}

func describe(m Match) string {
	switch {
	case m.Country != nil:
		return "country " + m.Country.Code
	case m.Demonym != nil:
		return "demonym of " + m.Demonym.Code
	case m.Metonym != nil:
		return "metonym " + m.Metonym.Names[0]
	case m.Org != nil:
		return "org " + m.Org.ID
	default:
		return "person " + m.Person.ID
	}
}

// TestSectorNounsListedOnce reads the raw file: the loaded map keeps only the
// last sector a noun was given, which would hide a contradiction.
func TestSectorNounsListedOnce(t *testing.T) {
	b, err := fs.ReadFile(dataFS, "data/sectors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	sector := map[string]string{}
	title := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		switch f[0] {
		case "sector":
			for _, n := range list(f[2]) {
				if s, ok := sector[Normalize(n)]; ok && s != f[1] {
					t.Errorf("sector noun %q listed under %s and %s", n, s, f[1])
				}
				sector[Normalize(n)] = f[1]
			}
		case "title":
			for _, v := range list(f[3]) {
				if r, ok := title[Normalize(v)]; ok && r != f[1] {
					t.Errorf("title variant %q belongs to %s and %s", v, r, f[1])
				}
				title[Normalize(v)] = f[1]
			}
		}
	}
}

// TestCountriesMatchGeoNames checks the generated table against its source.
func TestCountriesMatchGeoNames(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data/geonames/countryInfo.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	k := Default()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if strings.HasPrefix(sc.Text(), "#") || len(col) < 5 || col[0] == "ISO" || col[1] == "ANT" || col[1] == "SCG" {
			continue
		}
		n++
		c, ok := k.Country(col[1])
		if !ok || c.ISO2 != col[0] || c.Name != strings.TrimSpace(col[4]) {
			t.Errorf("GeoNames %s %s %q: knowledge base has %+v", col[0], col[1], col[4], c)
		}
	}
	if n != len(k.Countries()) {
		t.Errorf("GeoNames lists %d current countries, knowledge base %d", n, len(k.Countries()))
	}
}

func TestLookup(t *testing.T) {
	k := Default()
	tests := []struct {
		name, want string
	}{
		{"U.S.", "country USA"}, {"US", "country USA"}, {"the United States", "country USA"},
		{"American", "demonym of USA"}, {"Emirati", "demonym of ARE"}, {"British", "demonym of GBR"},
		{"Ukrainian", "demonym of UKR"}, {"Ivory Coast", "country CIV"}, {"Dominican", "demonym of DOM"},
		{"the Kremlin", "metonym Kremlin"}, {"Downing Street", "metonym Downing Street"},
		{"Elysee", "metonym Elysee"}, {"Pentagon", "metonym Pentagon"},
		{"NATO", "org nato"}, {"TASS", "org tass"}, {"Izvestia", "org izvestia"},
		{"Red Cross", "org icrc"}, {"U.N. Security Council", "org unsc"},
		{"Steve Witkoff", "person witkoff"}, {"Vladimir Putin", "person putin"},
	}
	for _, tt := range tests {
		m := k.Lookup(tt.name)
		if len(m) == 0 || describe(m[0]) != tt.want {
			got := "nothing"
			if len(m) > 0 {
				got = describe(m[0])
			}
			t.Errorf("Lookup(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
	if c, _ := k.Country("UKR"); !contains(c.Capitals, "Kyiv") || !contains(c.Capitals, "Kiev") {
		t.Errorf("Ukraine's capitals %v lack Kyiv or Kiev", c.Capitals)
	}
	for noun, want := range map[string]string{"troops": "MIL", "officials": "GOV", "police": "COP", "rebels": "REB",
		"protesters": "CVL", "judges": "JUD", "lawmakers": "LEG", "opposition": "OPP", "journalists": "JRN",
		"companies": "BUS", "militiamen": "MIL", "spokesman": "GOV", "refugees": "REF"} {
		if got, _ := k.Sector(noun); got != want {
			t.Errorf("Sector(%q) = %q, want %q", noun, got, want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestHolders(t *testing.T) {
	k := Default()
	tests := []struct {
		country, role, date, want string
	}{
		{"RUS", "President", "1995-06-01", "yeltsin"},
		{"RUS", "president", "2010-06-01", "medvedev"},
		{"RUS", "President", "2025-04-11", "putin"},
		{"USA", "President", "2019-03-01", "trump"},
		{"USA", "President", "2025-04-11", "trump"},
		{"USA", "President", "2022-01-01", "biden"},
		{"USA", "Foreign Minister", "1995-01-01", "christopher"},
		{"USA", "secretary of state", "2025-04-11", "rubio"},
		{"GBR", "foreign secretary", "2003-01-01", "straw"},
		{"GBR", "Prime Minister", "1990-11-28", "major"},
		{"DEU", "chancellor", "2000-01-01", "schroeder"},
		{"IGO", "UN Secretary-General", "2000-01-01", "annan"},
		{"IGO", "NATO Secretary-General", "2000-01-01", "grobertson"},
		{"UKR", "President", "2025-04-11", "zelensky"},
		{"ISR", "Prime Minister", "2000-01-01", "barak"},
		{"PSE", "President", "2000-01-01", "arafat"},
	}
	for _, tt := range tests {
		got := k.Holders(tt.country, tt.role, day(tt.date))
		if len(got) == 0 || got[0].ID != tt.want {
			var ids []string
			for _, p := range got {
				ids = append(ids, p.ID)
			}
			t.Errorf("Holders(%s, %s, %s) = %v, want %s", tt.country, tt.role, tt.date, ids, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"kind", "place\tX\n", `line 1: unknown kind "place"`},
		{"fields", "# c\nmetonym\tKremlin\tRUS\n", "line 2: metonym line has 3 fields"},
		{"date", "person\tx\tX Y\tUSA\tm\noffice\tx\tPresident\tUSA\tGOV\t01/02/2003\t-\n", "line 2: office start"},
		{"end", "person\tx\tX Y\tUSA\tm\noffice\tx\tPresident\tUSA\tGOV\t2001\tsoon\n", "office end"},
		{"gender", "person\tx\tX Y\tUSA\tx\n", "gender"},
		{"twice", "person\tx\tX\tUSA\tm\nperson\tx\tY\tUSA\tm\n", "defined twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) || chronicle.ErrorCode(err) != chronicle.EINVALID {
				t.Fatalf("error %v, want EINVALID containing %q", err, tt.want)
			}
		})
	}
}

func TestMergeUserFile(t *testing.T) {
	f, err := os.Open("testdata/user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	user, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	k := Default().Clone()
	k.Merge(user)
	if m := k.Lookup("Ngozi Okafor"); len(m) != 1 || m[0].Person.Offices[0].Role != "Governor" {
		t.Errorf("user person not found: %+v", m)
	}
	if m := k.Lookup("Daily Bugle"); len(m) != 1 || m[0].Org.Sector != "JRN" {
		t.Errorf("user outlet not found or not JRN: %+v", m)
	}
	if m := k.Lookup("Ukrainians"); len(m) != 1 || m[0].Demonym.Code != "UKR" || m[0].Demonym.Name != "Ukraine" {
		t.Errorf("demonym added without keeping the name: %+v", m)
	}
	if m := k.Lookup("Zelensky"); len(m) != 0 {
		t.Errorf("surname indexed as a full name: %+v", m)
	}
	z := k.Lookup("Volodymyr Zelensky")[0].Person
	if len(z.Offices) != 2 {
		t.Errorf("office not added to the embedded person: %+v", z.Offices)
	}
	if len(Default().Lookup("Volodymyr Zelensky")[0].Person.Offices) != 1 || len(Default().Lookup("Daily Bugle")) != 0 {
		t.Error("merging into a clone changed the default knowledge base")
	}
	if m := k.Lookup("Bankova Street"); len(m) == 0 || m[0].Metonym == nil || m[0].Metonym.Country != "UKR" {
		t.Errorf("user metonym not found first: %+v", m)
	}
	if got := k.Surname("Zelensky"); len(got) != 1 || got[0].ID != "zelensky" {
		t.Errorf("Surname(Zelensky) = %v", got)
	}
}

func FuzzLoad(f *testing.F) {
	seed, _ := os.ReadFile("testdata/user.tsv")
	f.Add(string(seed))
	f.Add("country\tXXA\tXA\tAtlantis|Atlantica\tAtlantean\tPoseidonia\n")
	f.Add("title\tPresident\tGOV\tpresident|head of state\nsector\tMIL\ttroops\n")
	f.Fuzz(func(t *testing.T, in string) {
		k, err := Load(strings.NewReader(in))
		if err != nil {
			if chronicle.ErrorCode(err) != chronicle.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, p := range k.People() {
			_, _ = p.OfficeAt(time.Now())
			for _, n := range p.Names {
				k.Lookup(n)
			}
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	k := Default()
	for b.Loop() {
		k.Lookup("the Kremlin")
		k.Lookup("Steve Witkoff")
		k.Sector("troops")
	}
}

// FuzzNormalizeASCII checks that the byte-wise fast path folds every ASCII
// name exactly as the general rune-wise one does.
func FuzzNormalizeASCII(f *testing.F) {
	for _, s := range []string{"The U.S.", "  Kim Jong-un ", "O`Brien", "the the", "A\tB", "x\r\ny", "-Lead-", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prefix := []byte("x") // appending after what a buffer holds
		key, ok := appendNormalASCII(prefix, s)
		if !ok {
			return
		}
		if string(key[:1]) != "x" {
			t.Errorf("appendNormalASCII(%q) changed the buffer before it: %q", s, key)
		}
		fast := string(key[1:])
		if slow := normalizeRunes(strings.TrimSpace(s)); fast != slow {
			t.Errorf("Normalize(%q): fast path %q, general path %q", s, fast, slow)
		}
		if Normalize(s) != fast {
			t.Errorf("Normalize(%q) = %q, fast path %q", s, Normalize(s), fast)
		}
	})
}

// TestLookupWithCapital checks that the combined look-up answers as Lookup
// and Capital do apart.
func TestLookupWithCapital(t *testing.T) {
	k := Default()
	for _, name := range []string{"Moscow", "the Kremlin", "Russia", "Russian", "Kyiv", "São Paulo", "Washington", "nowhere", ""} {
		matches, capital, isCapital := k.LookupWithCapital(name)
		wantCapital, wantIs := k.Capital(name)
		if len(matches) != len(k.Lookup(name)) || capital != wantCapital || isCapital != wantIs {
			t.Errorf("LookupWithCapital(%q) = %d matches, %v %v; want %d, %v %v",
				name, len(matches), capital, isCapital, len(k.Lookup(name)), wantCapital, wantIs)
		}
	}
	if _, c, ok := k.LookupWithCapital("Moscow"); !ok || c.Code != "RUS" {
		t.Errorf("Moscow: capital %v %v", c, ok)
	}
}
