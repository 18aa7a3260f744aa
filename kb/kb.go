package kb

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Country is a state with the words that name it.
type Country struct {
	Code     string // ISO 3166-1 alpha-3
	ISO2     string
	Name     string
	Names    []string // Name first, then aliases ("U.S.", "America")
	Demonyms []string // adjectival and people forms ("American", "Emirati")
	Capitals []string
}

// Metonym is a place name that stands for an institution: "the Kremlin" for
// Russia's government, "the Pentagon" for the US military.
type Metonym struct {
	Names   []string
	Country string
	Sector  string
}

// Org is an organisation: an international body, a group, a company or a news
// outlet (Kind "org" or "outlet").
type Org struct {
	ID      string
	Kind    string
	Name    string
	Names   []string
	Country string // ISO alpha-3, or IGO / NGO / IMG / MNC
	Sector  string
}

// Person is someone the knowledge base knows, with the offices held.
type Person struct {
	ID      string
	Name    string
	Names   []string
	Country string // nationality, the actor's country when no office applies
	Gender  string // "m", "f" or ""
	Offices []Office
}

// Office is a post held from Start until End (zero End: still held).
type Office struct {
	Role    string
	Country string // the office's country: IGO for the UN Secretary-General
	Sector  string
	Start   time.Time
	End     time.Time
}

// Title is a canonical role and the ways the news writes it.
type Title struct {
	Role     string
	Sector   string
	Variants []string
}

// Holds reports whether the office was held at t.
func (o Office) Holds(t time.Time) bool {
	return !t.Before(o.Start) && (o.End.IsZero() || t.Before(o.End))
}

// OfficeAt returns the office p held at t; with several, the first listed.
func (p *Person) OfficeAt(t time.Time) (Office, bool) {
	for _, o := range p.Offices {
		if o.Holds(t) {
			return o, true
		}
	}
	return Office{}, false
}

// Match is one knowledge-base entry a name stands for. Exactly one of the
// pointers is set.
type Match struct {
	Country *Country
	Demonym *Country // the name is a demonym of this country
	Metonym *Metonym
	Org     *Org
	Person  *Person
}

// KB is a loaded knowledge base. A KB is read-only once built; Merge returns
// nothing but changes its receiver, so merge before sharing.
type KB struct {
	countries map[string]*Country
	metonyms  []*Metonym
	orgs      map[string]*Org
	people    map[string]*Person
	sectors   map[string]string // noun → sector
	titles    []*Title
	order     []string // people ids in load order, for stable results

	names    map[string][]Match // normalised name → entries
	capitals map[string]*Country
	byCode   []*Country // countries sorted by code
	surnames map[string][]*Person
	titleOf  map[string]*Title // normalised variant → title
}

func newKB() *KB {
	return &KB{
		countries: map[string]*Country{}, orgs: map[string]*Org{}, people: map[string]*Person{},
		sectors: map[string]string{},
	}
}

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the embedded knowledge base, loaded once. Callers must not
// Merge into it; merge it into a fresh KB instead (see Clone).
func Default() *KB {
	defaultOnce.Do(func() {
		k := newKB()
		files, _ := fs.Glob(dataFS, "data/*.tsv")
		for _, name := range files {
			f, err := dataFS.Open(name)
			if err != nil {
				panic(err)
			}
			part, err := load(f, name)
			f.Close()
			if err != nil {
				panic(fmt.Sprintf("embedded knowledge base: %v", err))
			}
			k.merge(part)
		}
		k.index()
		defaultKB = k
	})
	return defaultKB
}

// Clone returns a copy of k that can be merged into without touching k.
func (k *KB) Clone() *KB {
	c := newKB()
	c.merge(k)
	c.index()
	return c
}

// Load reads knowledge-base lines (the format in the package comment). An
// office line may name a person defined in another file: Merge joins them.
func Load(r io.Reader) (*KB, error) {
	k, err := load(r, "kb")
	if err != nil {
		return nil, err
	}
	k.index()
	return k, nil
}

// Merge adds other's entries to k. An entry with the same id (a country's
// code, an org's or person's id) replaces k's, except that names are kept
// from both; people's offices from other are added to theirs.
func (k *KB) Merge(other *KB) {
	k.merge(other)
	k.index()
}

func (k *KB) merge(o *KB) {
	for code, c := range o.countries {
		if old, ok := k.countries[code]; ok {
			cc := *c
			cc.Names = union(old.Names, c.Names)
			cc.Demonyms = union(old.Demonyms, c.Demonyms)
			cc.Capitals = union(old.Capitals, c.Capitals)
			if cc.ISO2 == "" {
				cc.ISO2 = old.ISO2
			}
			if old.Name != "" {
				cc.Name = old.Name
			}
			k.countries[code] = &cc
			continue
		}
		cc := *c
		k.countries[code] = &cc
	}
	k.metonyms = append(k.metonyms, o.metonyms...)
	for id, g := range o.orgs {
		gg := *g
		if old, ok := k.orgs[id]; ok {
			gg.Names = union(old.Names, g.Names)
		}
		k.orgs[id] = &gg
	}
	for _, id := range o.order {
		p := o.people[id]
		pp := *p
		if old, ok := k.people[id]; ok {
			pp.Names = union(old.Names, p.Names)
			pp.Offices = append(append([]Office{}, old.Offices...), p.Offices...)
			if pp.Name == "" {
				pp.Name, pp.Country, pp.Gender = old.Name, old.Country, old.Gender
			}
		} else {
			k.order = append(k.order, id)
		}
		k.people[id] = &pp
	}
	for n, s := range o.sectors {
		k.sectors[n] = s
	}
	k.titles = append(k.titles, o.titles...)
}

func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		found := false
		for _, t := range out {
			if Normalize(t) == Normalize(s) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, s)
		}
	}
	return out
}

// index builds the name indexes. Later titles and metonyms win over earlier
// ones with the same variant, so a user file can override.
func (k *KB) index() {
	k.names = map[string][]Match{}
	k.surnames = map[string][]*Person{}
	k.titleOf = map[string]*Title{}
	k.capitals = map[string]*Country{}
	add := func(name string, m Match) {
		key := Normalize(name)
		if key == "" {
			return
		}
		if prev := k.names[key]; len(prev) > 0 && prev[len(prev)-1] == m {
			return // "Kremlin" and "the Kremlin" fold alike
		}
		k.names[key] = append(k.names[key], m)
	}
	k.byCode = k.byCode[:0]
	for _, code := range sortedKeys(k.countries) {
		c := k.countries[code]
		k.byCode = append(k.byCode, c)
		for _, n := range c.Names {
			add(n, Match{Country: c})
		}
		for _, d := range c.Demonyms {
			add(d, Match{Demonym: c})
		}
		for _, n := range c.Capitals {
			key := Normalize(n)
			// GeoNames lists dependencies with their own capitals; a state's
			// own capital wins over a territory's ("Oranjestad").
			if old, ok := k.capitals[key]; !ok || len(old.Names) < len(c.Names) {
				k.capitals[key] = c
			}
		}
	}
	// Later metonyms first, so that a user's file overrides the embedded one.
	for i := len(k.metonyms) - 1; i >= 0; i-- {
		for _, n := range k.metonyms[i].Names {
			add(n, Match{Metonym: k.metonyms[i]})
		}
	}
	for _, id := range sortedKeys(k.orgs) {
		g := k.orgs[id]
		for _, n := range g.Names {
			add(n, Match{Org: g})
		}
	}
	for _, id := range k.order {
		p := k.people[id]
		if p.Name == "" {
			continue // offices loaded for someone defined in another file
		}
		for _, n := range p.Names {
			add(n, Match{Person: p})
		}
		// "al-Assad" folds to "al assad": the surname is its last word.
		if f := strings.Fields(Normalize(p.Name)); len(f) > 1 {
			s := f[len(f)-1]
			k.surnames[s] = append(k.surnames[s], p)
		}
	}
	for _, t := range k.titles {
		k.titleOf[Normalize(t.Role)] = t
		for _, v := range t.Variants {
			k.titleOf[Normalize(v)] = t
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

// Normalize folds a name for lookup: lower case, no periods, curly quotes
// straightened, hyphens and runs of space as one space, a leading "the"
// dropped. "The U.S." and "US" fold alike; callers decide whether a lower-case
// word ("us") may be looked up at all.
func Normalize(name string) string {
	var buf [64]byte
	if b, ok := appendNormalASCII(buf[:0], name); ok {
		return string(b)
	}
	return normalizeRunes(strings.TrimSpace(name))
}

func normalizeRunes(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range strings.TrimSpace(name) {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == '-' || r == '‐' || r == '–' || r == ' ' || r == '\t' || r == '\u00a0':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	s := b.String()
	s = strings.TrimPrefix(s, "the ")
	return s
}

// appendNormalASCII appends Normalize(name) to buf for the common case of
// an ASCII name, lowering it byte by byte: names are looked up for every
// noun phrase of every article, and a key built in a caller's buffer costs
// no allocation. It reports false for any other name.
func appendNormalASCII(buf []byte, name string) ([]byte, bool) {
	name = strings.TrimSpace(name)
	start := len(buf)
	space := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return buf, false
		case c == '.':
			continue
		case c == '-' || c == ' ' || c == '\t':
			space = true
			continue
		case c == '`':
			c = '\''
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = append(buf, c)
	}
	if b := buf[start:]; len(b) >= 4 && string(b[:4]) == "the " {
		buf = append(buf[:start], b[4:]...)
	}
	return buf, true
}

// Lookup returns the entries a name stands for (country, demonym, metonym,
// organisation or person), or nil.
func (k *KB) Lookup(name string) []Match {
	var buf [64]byte
	if key, ok := appendNormalASCII(buf[:0], name); ok {
		return k.names[string(key)] // no allocation for the key
	}
	return k.names[Normalize(name)]
}

// LookupWithCapital is Lookup and Capital at once, normalising name once:
// resolving tries both on most spans of a text.
func (k *KB) LookupWithCapital(name string) (matches []Match, capital *Country, isCapital bool) {
	var buf [64]byte
	if key, ok := appendNormalASCII(buf[:0], name); ok {
		capital, isCapital = k.capitals[string(key)]
		return k.names[string(key)], capital, isCapital
	}
	key := Normalize(name)
	capital, isCapital = k.capitals[key]
	return k.names[key], capital, isCapital
}

// Capital returns the country whose capital or seat of government is name.
func (k *KB) Capital(name string) (*Country, bool) {
	var buf [64]byte
	if key, ok := appendNormalASCII(buf[:0], name); ok {
		c, ok := k.capitals[string(key)]
		return c, ok
	}
	c, ok := k.capitals[Normalize(name)]
	return c, ok
}

// Surname returns the known people whose full name ends in name.
func (k *KB) Surname(name string) []*Person {
	return k.surnames[Normalize(name)]
}

// Country returns the country with the ISO alpha-3 code.
func (k *KB) Country(code string) (*Country, bool) {
	c, ok := k.countries[code]
	return c, ok
}

// Countries returns every country, by code. The slice is shared: do not
// modify it.
func (k *KB) Countries() []*Country { return k.byCode }

// People returns every person, in load order.
func (k *KB) People() []*Person {
	out := make([]*Person, 0, len(k.order))
	for _, id := range k.order {
		out = append(out, k.people[id])
	}
	return out
}

// Orgs returns every organisation and outlet, by id.
func (k *KB) Orgs() []*Org {
	out := make([]*Org, 0, len(k.orgs))
	for _, id := range sortedKeys(k.orgs) {
		out = append(out, k.orgs[id])
	}
	return out
}

// Metonyms returns every metonym.
func (k *KB) Metonyms() []*Metonym { return k.metonyms }

// Titles returns every title.
func (k *KB) Titles() []*Title { return k.titles }

// Sectors returns the sector nouns and their codes.
func (k *KB) Sectors() map[string]string { return k.sectors }

// Sector returns the sector a noun names ("troops" → MIL), trying its
// singular too.
func (k *KB) Sector(noun string) (string, bool) {
	n := Normalize(noun)
	if s, ok := k.sectors[n]; ok {
		return s, true
	}
	for _, sing := range singulars(n) {
		if s, ok := k.sectors[sing]; ok {
			return s, true
		}
	}
	return "", false
}

// singulars guesses the singular forms of an English plural.
func singulars(w string) []string {
	var out []string
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		out = append(out, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "men"):
		out = append(out, w[:len(w)-3]+"man")
	}
	if strings.HasSuffix(w, "es") {
		out = append(out, w[:len(w)-2])
	}
	if strings.HasSuffix(w, "s") {
		out = append(out, w[:len(w)-1])
	}
	return out
}

// Title returns the title a phrase names ("foreign secretary" → Foreign
// Minister).
func (k *KB) Title(phrase string) (*Title, bool) {
	t, ok := k.titleOf[Normalize(phrase)]
	return t, ok
}

// Holders returns the people who held a role (canonical or a variant) in a
// country at t; when nobody is known to hold it then, nil.
func (k *KB) Holders(country, role string, t time.Time) []*Person {
	want := k.canonicalRole(role)
	var out []*Person
	for _, id := range k.order {
		p := k.people[id]
		for _, o := range p.Offices {
			if o.Country == country && k.canonicalRole(o.Role) == want && o.Holds(t) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func (k *KB) canonicalRole(role string) string {
	if t, ok := k.titleOf[Normalize(role)]; ok {
		return Normalize(t.Role)
	}
	return Normalize(role)
}

// load parses the line format; name is used in errors.
func load(r io.Reader, name string) (*KB, error) {
	k := newKB()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		if err := k.parseLine(strings.Split(text, "\t")); err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: %v", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: %v", line+1, err)
	}
	return k, nil
}

var fieldCounts = map[string][2]int{ // kind → min, max fields including the kind
	"country": {4, 6}, "metonym": {4, 4}, "org": {5, 5}, "outlet": {4, 5},
	"sector": {3, 3}, "title": {4, 4}, "person": {4, 5}, "office": {6, 7},
}

func (k *KB) parseLine(f []string) error {
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
		if f[i] == "-" {
			f[i] = ""
		}
	}
	n, ok := fieldCounts[f[0]]
	if !ok {
		return fmt.Errorf("unknown kind %q (want country, metonym, org, outlet, sector, title, person or office)", f[0])
	}
	if len(f) < n[0] || len(f) > n[1] {
		return fmt.Errorf("%s line has %d fields, want %d to %d", f[0], len(f), n[0], n[1])
	}
	for len(f) < n[1] {
		f = append(f, "")
	}
	switch f[0] {
	case "country":
		// Names may be empty in a line that only adds demonyms or capitals
		// to a country defined elsewhere.
		names := list(f[3])
		if f[1] == "" {
			return fmt.Errorf("country needs a code")
		}
		c := &Country{Code: f[1], ISO2: f[2], Names: names, Demonyms: list(f[4]), Capitals: list(f[5])}
		if len(names) > 0 {
			c.Name = names[0]
		}
		k.countries[f[1]] = c
	case "metonym":
		names := list(f[1])
		if len(names) == 0 || f[2] == "" {
			return fmt.Errorf("metonym needs a name and a country")
		}
		k.metonyms = append(k.metonyms, &Metonym{Names: names, Country: f[2], Sector: f[3]})
	case "org", "outlet":
		names := list(f[2])
		if f[1] == "" || len(names) == 0 {
			return fmt.Errorf("%s needs an id and a name", f[0])
		}
		sector := f[4]
		if f[0] == "outlet" && sector == "" {
			sector = "JRN"
		}
		k.orgs[f[1]] = &Org{ID: f[1], Kind: f[0], Name: names[0], Names: names, Country: f[3], Sector: sector}
	case "sector":
		for _, noun := range list(f[2]) {
			k.sectors[Normalize(noun)] = f[1]
		}
	case "title":
		if f[1] == "" {
			return fmt.Errorf("title needs a role")
		}
		k.titles = append(k.titles, &Title{Role: f[1], Sector: f[2], Variants: list(f[3])})
	case "person":
		names := list(f[2])
		if f[1] == "" || len(names) == 0 {
			return fmt.Errorf("person needs an id and a name")
		}
		if g := f[4]; g != "" && g != "m" && g != "f" {
			return fmt.Errorf("gender %q: want m, f or -", g)
		}
		p := k.people[f[1]]
		if p == nil {
			p = &Person{ID: f[1]}
			k.people[f[1]] = p
			k.order = append(k.order, f[1])
		} else if p.Name != "" {
			return fmt.Errorf("person %q defined twice", f[1])
		}
		p.Name, p.Names, p.Country, p.Gender = names[0], names, f[3], f[4]
	case "office":
		start, err := parseDate(f[5])
		if err != nil || f[5] == "" {
			return fmt.Errorf("office start %q: want YYYY, YYYY-MM or YYYY-MM-DD", f[5])
		}
		end, err := parseDate(f[6])
		if err != nil {
			return fmt.Errorf("office end %q: want YYYY, YYYY-MM, YYYY-MM-DD or -", f[6])
		}
		p := k.people[f[1]]
		if p == nil {
			p = &Person{ID: f[1]}
			k.people[f[1]] = p
			k.order = append(k.order, f[1])
		}
		p.Offices = append(p.Offices, Office{Role: f[2], Country: f[3], Sector: f[4], Start: start, End: end})
	}
	return nil
}

func list(field string) []string {
	var out []string
	for _, s := range strings.Split(field, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q", s)
}
