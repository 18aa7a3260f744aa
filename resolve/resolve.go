package resolve

import (
	"strconv"
	"strings"
	"time"

	"chronicle"
	"chronicle/kb"
)

// maxDepth bounds the possessor chains followed ("Trump's envoy's aide").
const maxDepth = 3

// resolveName resolves a name found by Resolve, with the titles before it
// and an apposition after it.
func (a *Actors) resolveName(first, last int) (string, bool) {
	ids := a.resolveNP(a.leftEdge(first), last-1, last, 0)
	if len(ids) == 0 {
		return "", false
	}
	return ids[0], true
}

// collective resolves "the two countries", "both sides" to the countries
// mentioned last before the phrase.
func (a *Actors) collective(first, head int) []string {
	if !collectiveCountries[lower(a.token(head))] {
		return nil
	}
	n := 0
	for j := head - 1; j >= a.sentenceStart(head) && j >= head-3 && (isNumber(a.token(j)) || determiners[lower(a.token(j))]); j-- {
		first = min(first, j)
		switch lower(a.token(j)) {
		case "two", "both":
			n = 2
		case "three":
			n = 3
		case "four":
			n = 4
		}
	}
	if n == 0 {
		return nil
	}
	var ids []string
	seen := map[string]bool{}
	for k := len(a.mentions) - 1; k >= 0 && len(ids) < n; k-- {
		m := a.mentions[k]
		act := a.List[m.actor]
		if m.last > first || act.Country == "" || act.Type == chronicle.ActorPerson || seen[string(act.Country)] {
			continue
		}
		if act.Type != chronicle.ActorCountry && act.Sector != "GOV" {
			continue
		}
		seen[string(act.Country)] = true
		ids = append(ids, act.ID)
	}
	if len(ids) < n {
		return nil
	}
	for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
		ids[i], ids[j] = ids[j], ids[i]
	}
	for _, id := range ids {
		k := a.byKeyIndex(id)
		a.addMention(k, first, head+1)
	}
	return ids
}

func (a *Actors) byKeyIndex(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "a"))
	return n - 1
}

// coordinated resolves a phrase and its conjuncts ("Russia and Ukraine",
// "Hungarian and Romanian officials").
func (a *Actors) coordinated(first, head, last int) []string {
	var parts [][3]int
	if a.hasParse(head) {
		parts = append(parts, [3]int{first, head, last})
		for _, c := range a.conjuncts(head) {
			f, l := a.phraseSpan(c)
			parts = append(parts, [3]int{f, c, l})
		}
	} else {
		// Without a parse, split at "and" where both sides name something;
		// before a common noun the names are its modifiers ("US and Chinese
		// diplomats").
		start := first
		for j := first + 1; j < head && capitalized(a.token(head).Text); j++ {
			if lower(a.token(j)) == "and" && j+1 <= head {
				if _, _, named := a.chunk(j - 1); named {
					if _, _, named := a.chunk(j + 1); named && a.isNameHead(j-1) {
						parts = append(parts, [3]int{start, j - 1, j})
						start = j + 1
					}
				}
			}
		}
		parts = append(parts, [3]int{start, head, last})
	}
	var ids []string
	seen := map[string]bool{}
	for _, p := range parts {
		for _, id := range a.resolveNP(p[0], p[1], p[2], 0) {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// isNameHead reports whether token j ends a name that stands on its own
// ("Russia" in "Russia and Ukraine"), not a demonym modifying a later noun.
func (a *Actors) isNameHead(j int) bool {
	for _, m := range a.kb.Lookup(a.token(j).Text) {
		if m.Demonym != nil {
			return false
		}
	}
	return true
}

func (a *Actors) conjuncts(head int) []int {
	var out []int
	for _, c := range a.doc.ChildrenWith(head, "conj") {
		out = append(out, c)
		out = append(out, a.conjuncts(c)...)
	}
	return out
}

// resolveNP resolves the noun phrase [first, last) headed by head.
func (a *Actors) resolveNP(first, head, last, depth int) []string {
	t := a.token(head)
	if flags, ok := pronouns[lower(t)]; ok {
		if i, ok := a.pronoun(head, flags); ok {
			return []string{a.addMention(i, head, head+1)}
		}
		return nil
	}
	cf, cl, named := a.chunk(head)
	if named {
		first, last = min(first, cf), max(last, cl)
		// Titles and country words at the start of the name are modifiers
		// ("President Vladimir Putin", "U.S. President Donald Trump").
		for cf < cl-1 {
			if w := lower(a.token(cf)); formerWords[w] || isNumber(a.token(cf)) || determiners[w] {
				cf++
				continue
			}
			if n, _ := a.titleAt(cf, cl-1); n > 0 {
				cf += n
				continue
			}
			if n, code := a.countryWord(cf, cl-1); n > 0 && code != "" && !a.isWholeName(cf, cl) {
				cf += n
				continue
			}
			break
		}
		if n, _ := a.titleAt(cf, cl); n == cl-cf && cl-cf > 0 || !capitalized(a.token(cf).Text) {
			return a.common(first, head, last, depth)
		}
		// A capitalised phrase the knowledge base lacks that ends in a title
		// or group noun ("Vice Foreign Minister", "Cabinet", "Kurds").
		if len(a.kb.Lookup(a.text(cf, cl))) == 0 && head == cl-1 {
			if _, s := a.roleSector(cl-1, cl); s != "" && (cl-cf == 1 || !a.looksLikePerson(cf, cl)) {
				return a.common(first, head, last, depth)
			}
		}
		if c, ok := a.named(first, cf, cl, last, depth); ok {
			return []string{a.add(c, cf, cl)}
		}
		return nil
	}
	return a.common(first, head, last, depth)
}

// isWholeName reports whether [first, last) is itself a knowledge-base name
// ("United Nations Security Council" must not lose "United Nations").
func (a *Actors) isWholeName(first, last int) bool {
	return len(a.kb.Lookup(a.text(first, last))) > 0
}

// mods is what the words before a name or group noun say of it.
type mods struct {
	countries []string
	possessor *chronicle.Actor
	role      string // "special envoy", "President"
	title     *kb.Title
	sector    string // from the role's words
	former    bool
}

func (m mods) country() string {
	if len(m.countries) > 0 {
		return m.countries[len(m.countries)-1]
	}
	if m.possessor != nil {
		return string(m.possessor.Country)
	}
	return ""
}

// modifiers reads tokens [from, to) before a name or a group noun.
func (a *Actors) modifiers(from, to, depth int) mods {
	var m mods
	start := from
	for p := to - 1; p > from; p-- {
		if isPossessive(a.token(p)) {
			if depth < maxDepth {
				if ids := a.resolveNP(from, p-1, p, depth+1); len(ids) > 0 {
					act := a.Get(ids[0])
					m.possessor = &act
				}
			}
			start = p + 1
			break
		}
	}
	roleStart := start
	for i := start; i < to; i++ {
		t := a.token(i)
		w := lower(t)
		if n, code := a.countryWord(i, to); n > 0 && code != "" {
			if _, title := a.titleAt(i, to); title == nil {
				m.countries = append(m.countries, code)
				i += n - 1
				roleStart = i + 1
				continue
			}
		}
		switch {
		case formerWords[w] || strings.HasPrefix(w, "ex-"):
			m.former = true
			roleStart = i + 1
		case t.Text == "-" || t.Text == "‐":
			// "Secretary-General" split at its hyphen
		case determiners[w] || isNumber(t) || w == "and" || w == "," || isPunct(t) || prepositions[w]:
			roleStart = i + 1
		}
	}
	if roleStart < to {
		m.role = a.text(roleStart, to)
		m.title, m.sector = a.roleSector(roleStart, to)
	}
	return m
}

// roleSector finds the title or sector noun that ends the role words
// [from, to): "special envoy" → Special Envoy, "security chief" → COP.
func (a *Actors) roleSector(from, to int) (*kb.Title, string) {
	for f := from; f < to; f++ {
		text := a.text(f, to)
		if t, ok := a.kb.Title(text); ok {
			return t, t.Sector
		}
		if s, ok := a.kb.Sector(text); ok {
			return nil, s
		}
	}
	return nil, ""
}

// apposition reads ", Putin's investment envoy," after a name at token j.
func (a *Actors) apposition(j, depth int) mods {
	end := a.sentenceEnd(max(j-1, 0))
	if j >= end || a.token(j).Text != "," {
		return mods{}
	}
	k := j + 1
	stop := k
	for ; stop < end && stop < j+10; stop++ {
		t := a.token(stop)
		w := lower(t)
		if t.Text == "," || t.Text == "." || w == "of" || w == "who" || w == "which" || t.UPOS == "VERB" || t.UPOS == "AUX" || (t.UPOS == "" && clauseWords[w] && w != "and") {
			break
		}
	}
	if stop == k {
		return mods{}
	}
	role, sector := a.roleSector(stop-1, stop)
	if role == nil && sector == "" || capitalized(a.token(stop-1).Text) && role == nil {
		return mods{}
	}
	m := a.modifiers(k, stop, depth)
	if len(m.countries) == 0 && m.possessor == nil {
		if code := a.ofCountry(stop); code != "" {
			m.countries = append(m.countries, code)
		}
	}
	return m
}

// ofCountry reads "of Morocco", "in the Ivory Coast" at token j.
func (a *Actors) ofCountry(j int) string {
	end := a.sentenceEnd(max(j-1, 0))
	if j >= end {
		return ""
	}
	switch lower(a.token(j)) {
	case "of", "in", "from":
	default:
		return ""
	}
	k := j + 1
	for k < end && (determiners[lower(a.token(k))] || (!capitalized(a.token(k).Text) && !isPunct(a.token(k)) && k < j+4 && !prepositions[lower(a.token(k))])) {
		k++
	}
	if n, code := a.countryWord(k, end); n > 0 {
		return code
	}
	return ""
}

// named builds the candidate for the name in tokens [cf, cl), with
// modifiers in [first, cf) and what follows up to last.
func (a *Actors) named(first, cf, cl, last, depth int) (candidate, bool) {
	text := a.text(cf, cl)
	m := a.modifiers(first, cf, depth)
	app := a.apposition(cl, depth)
	if m.role == "" && app.role != "" {
		m.role, m.title, m.sector = app.role, app.title, app.sector
	}
	if m.country() == "" {
		if c := app.country(); c != "" {
			m.countries = append(m.countries, c)
		} else if c := a.ofCountry(cl); c != "" {
			m.countries = append(m.countries, c)
		}
	}
	matches := a.kb.Lookup(text)
	var people []*kb.Person
	for _, x := range matches {
		switch {
		case x.Metonym != nil:
			return a.stateCandidate(x.Metonym.Country, x.Metonym.Sector, text), true
		case x.Country != nil:
			return candidate{key: "country:" + x.Country.Code, actor: chronicle.Actor{
				Name: x.Country.Name, Type: chronicle.ActorCountry, Country: chronicle.NullString(x.Country.Code),
				KB: chronicle.NullString("country:" + x.Country.Code)}}, true
		case x.Org != nil:
			o := x.Org
			return candidate{key: "org:" + o.ID, actor: chronicle.Actor{
				Name: o.Name, Type: chronicle.ActorOrganization, Country: chronicle.NullString(o.Country),
				Sector: chronicle.NullString(o.Sector), KB: chronicle.NullString(o.Kind + ":" + o.ID)}}, true
		case x.Person != nil:
			people = append(people, x.Person)
		}
	}
	if c, ok := a.kb.Capital(text); ok && len(people) == 0 {
		sector := "GOV"
		if a.isPlace(cf, cl) {
			sector = "CVL"
		}
		return a.stateCandidate(c.Code, sector, text), true
	}
	if w := a.token(cf).Text; len(people) == 0 && len(matches) == 0 && cl-cf == 1 && strings.HasSuffix(w, "s") {
		if code, ok := a.countryOf(strings.TrimSuffix(w, "s")); ok {
			matches = []kb.Match{{Demonym: &kb.Country{Code: code}}} // a plural demonym: "Iraqis"
		}
	}
	if len(people) == 0 && len(matches) > 0 && matches[0].Demonym != nil && cf > 0 && lower(a.token(cf-1)) == "ethnic" {
		// "ethnic Albanians": an ethnic group, of the country where they live.
		code := a.ofCountry(cl)
		if code == "" {
			code = a.sentenceCountry(cf)
		}
		return a.stateCandidate(code, "CVL", text), true
	}
	if len(people) == 0 && len(matches) > 0 && matches[0].Demonym != nil {
		// A demonym on its own: the group it leads, if any.
		if head, ok := a.groupNounAfter(cl); ok {
			ids := a.resolveNP(cf, head, head+1, depth)
			if len(ids) > 0 {
				return candidate{key: a.keyOf(ids[0])}, true
			}
		}
		d := matches[0].Demonym
		sector := ""
		if strings.HasSuffix(strings.ToLower(text), "s") {
			sector = "CVL" // "Palestinians", "Algerians"
		}
		return a.stateCandidate(d.Code, sector, text), true
	}
	if len(people) > 0 {
		if p := a.pickPerson(people, m); p != nil {
			return a.personCandidate(p, m), true
		}
	}
	if i, ok := a.shortName(cf, cl); ok {
		return candidate{key: a.keyOf(a.List[i].ID)}, true
	}
	if cl-cf <= 3 {
		// A misspelt name: "Francois Mitterand", "Ethopia".
		if ps := a.fuzzySurname(a.token(cl - 1).Text); len(ps) > 0 && (cl-cf == 1 || strings.EqualFold(strings.Fields(ps[0].Name)[0], a.token(cf).Text)) {
			if p := a.pickPerson(ps, m); p != nil {
				return a.personCandidate(p, m), true
			}
		}
		if code, ok := a.fuzzyCountry(text); ok && cl-cf == 1 {
			c, _ := a.kb.Country(code)
			return candidate{key: "country:" + code, actor: chronicle.Actor{Name: c.Name, Type: chronicle.ActorCountry,
				Country: chronicle.NullString(code), KB: chronicle.NullString("country:" + code)}}, true
		}
	}
	if cl-cf == 1 || a.entityType(cf, cl) == "PER" {
		if p := a.pickPerson(a.kb.Surname(a.token(cl-1).Text), m); p != nil && (cl-cf == 1 || strings.HasPrefix(text, strings.Fields(p.Name)[0])) {
			return a.personCandidate(p, m), true
		}
	}
	return a.unknown(cf, cl, text, m), true
}

// keyOf returns the identity key of an existing actor.
func (a *Actors) keyOf(id string) string {
	i := a.byKeyIndex(id)
	for k, v := range a.byKey {
		if v == i {
			return k
		}
	}
	return ""
}

func (a *Actors) entityType(first, last int) string {
	for _, e := range a.doc.Entities {
		if e.First <= first && last <= e.Last {
			return e.Type
		}
	}
	return ""
}

// stateCandidate is a country's sector acting as one actor: "the Kremlin",
// "Moscow" and "Russian officials" are all RUS GOV.
func (a *Actors) stateCandidate(code, sector, text string) candidate {
	typ := chronicle.ActorOrganization
	if sector == "" || sector == "CVL" {
		typ = chronicle.ActorGroup
	}
	return candidate{key: "state:" + code + ":" + sector, actor: chronicle.Actor{
		Name: text, Type: typ, Country: chronicle.NullString(code), Sector: chronicle.NullString(sector)}}
}

// shortName links a surname ("Dmitriev") to the person named in full
// earlier in the document.
func (a *Actors) shortName(cf, cl int) (int, bool) {
	word := kb.Normalize(a.text(cf, cl))
	for k := len(a.mentions) - 1; k >= 0; k-- {
		m := a.mentions[k]
		act := a.List[m.actor]
		if act.Type != chronicle.ActorPerson || m.first >= cf {
			continue
		}
		f := strings.Fields(kb.Normalize(act.Name))
		if len(f) > 1 && (f[len(f)-1] == word || strings.HasSuffix(kb.Normalize(act.Name), " "+word)) {
			return m.actor, true
		}
	}
	return 0, false
}

// pickPerson chooses among people sharing a name or surname: the one in
// office at the article's date (in the role and country the text gives, if
// it gives them), else the one whose office in that role is nearest in time.
func (a *Actors) pickPerson(people []*kb.Person, m mods) *kb.Person {
	country := m.country()
	var fit []*kb.Person
	for _, p := range people {
		if country == "" || country == p.Country || holdsIn(p, country) {
			fit = append(fit, p)
		}
	}
	var inOffice []*kb.Person
	for _, p := range fit {
		if o, ok := p.OfficeAt(a.at); ok && (m.title == nil || a.sameRole(o.Role, m.title)) {
			inOffice = append(inOffice, p)
		}
	}
	if len(inOffice) == 1 {
		return inOffice[0]
	}
	if len(fit) == 1 {
		return fit[0]
	}
	if m.title == nil {
		return nil
	}
	var best *kb.Person
	bestGap := time.Duration(1<<63 - 1)
	for _, p := range fit {
		for _, o := range p.Offices {
			if !a.sameRole(o.Role, m.title) {
				continue
			}
			if gap := distance(o, a.at); gap < bestGap {
				best, bestGap = p, gap
			}
		}
	}
	return best
}

func holdsIn(p *kb.Person, country string) bool {
	for _, o := range p.Offices {
		if o.Country == country {
			return true
		}
	}
	return false
}

func (a *Actors) sameRole(role string, t *kb.Title) bool {
	rt, ok := a.kb.Title(role)
	return ok && rt == t || kb.Normalize(role) == kb.Normalize(t.Role)
}

// distance is how far t lies outside the office's term.
func distance(o kb.Office, t time.Time) time.Duration {
	if t.Before(o.Start) {
		return o.Start.Sub(t)
	}
	if !o.End.IsZero() && !t.Before(o.End) {
		return t.Sub(o.End)
	}
	return 0
}

// personCandidate describes a known person at the article's date.
func (a *Actors) personCandidate(p *kb.Person, m mods) candidate {
	act := chronicle.Actor{Name: p.Name, Type: chronicle.ActorPerson, Country: chronicle.NullString(p.Country),
		KB: chronicle.NullString("person:" + p.ID), Role: chronicle.NullString(m.role)}
	if o, ok := p.OfficeAt(a.at); ok {
		act.Country, act.Sector = chronicle.NullString(o.Country), chronicle.NullString(o.Sector)
		if act.Role == "" {
			act.Role = chronicle.NullString(o.Role)
		}
	} else if m.sector != "" {
		act.Sector = chronicle.NullString(m.sector)
	} else {
		for _, o := range p.Offices {
			if !o.End.IsZero() && o.End.Before(a.at) {
				act.Sector = "ELI" // out of office: a former official
			}
		}
	}
	if m.former {
		act.Sector = "ELI"
	}
	return candidate{key: "person:" + p.ID, actor: act, gender: p.Gender}
}

// orgWords mark an unknown capitalised name as an organisation.
var orgWords = set("front", "party", "union", "council", "movement", "army", "association", "commission",
	"committee", "league", "organization", "organisation", "group", "coalition", "alliance", "forces", "brigade",
	"brigades", "university", "school", "court", "assembly", "parliament", "ministry", "agency", "company",
	"corporation", "bank", "institute", "foundation", "tigers", "jihad", "authority", "congress", "federation")

// unknown describes a name the knowledge base lacks, from what the text says.
func (a *Actors) unknown(cf, cl int, text string, m mods) candidate {
	typ := chronicle.ActorPerson
	switch a.entityType(cf, cl) {
	case "ORG":
		typ = chronicle.ActorOrganization
	case "LOC", "GPE":
		typ = chronicle.ActorGroup
	case "":
		for j := cf; j < cl; j++ {
			if orgWords[lower(a.token(j))] {
				typ = chronicle.ActorOrganization
			}
		}
	}
	country, sector := m.country(), m.sector
	if typ != chronicle.ActorPerson {
		// "Nigerian Union of Teachers", "Latvian Constitutional Court".
		for j := cf; j < cl; j++ {
			if n, code := a.countryWord(j, cl); n > 0 && code != "" && n < cl-cf {
				country = code
				j += n - 1
			}
		}
		for j := cl - 1; j >= cf && sector == ""; j-- {
			if _, s := a.roleSector(j, min(j+2, cl)); s != "" {
				sector = s
			}
		}
	}
	if m.former {
		sector = "ELI"
	}
	if country == "" {
		country = a.sentenceCountry(cf)
	}
	act := chronicle.Actor{Name: text, Type: typ, Country: chronicle.NullString(country),
		Sector: chronicle.NullString(sector), Role: chronicle.NullString(m.role)}
	if typ != chronicle.ActorPerson {
		act.Role = ""
	}
	return candidate{key: typ + ":" + kb.Normalize(text), actor: act}
}

// common resolves a phrase headed by a common noun: a group ("Ukrainian
// officials"), an institution ("the Sudanese government"), an office
// ("the Russian President", resolved to its holder at the date) or someone
// the text does not name ("a Jordanian official").
func (a *Actors) common(first, head, last, depth int) []string {
	w := lower(a.token(head))
	if n, code := a.countryWord(head, head+1); n == 1 && code != "" {
		// A demonym that leads a group: "Hungarian" in "Hungarian and
		// Romanian officials".
		if noun, ok := a.groupNounAfter(head + 1); ok && depth < maxDepth {
			return a.common(first, noun, noun+1, depth+1)
		}
	}
	m := a.modifiers(first, head, depth)
	if code := a.ofCountry(head + 1); code != "" && m.country() == "" {
		m.countries = append(m.countries, code)
	}
	countries := m.countries
	if len(countries) == 0 && m.possessor != nil && m.possessor.Country != "" {
		countries = []string{string(m.possessor.Country)}
	}
	// The head with its modifiers may itself be a title or compound sector
	// noun: "Prime Minister", "riot police", "state news agency".
	roleFrom := head
	for f := max(first, head-3); f < head; f++ {
		if _, ok := a.kb.Title(a.text(f, head+1)); ok {
			roleFrom = f
			break
		}
		if _, ok := a.kb.Sector(a.text(f, head+1)); ok {
			roleFrom = f
			break
		}
	}
	title, sector := a.roleSector(roleFrom, head+1)
	// The modifier names the sector when the head is generic: "rebel
	// leaders", "opposition candidates", "police chief".
	if roleFrom == head && (sector == "" || genericRoles[w]) && head > first {
		if _, s := a.roleSector(head-1, head); s != "" && s != sector && !capitalized(a.token(head-1).Text) {
			sector = s
		}
	}
	if sector == "" && genericRoles[w] && head+1 < len(a.doc.Tokens) && lower(a.token(head+1)) == "of" {
		// "a member of the Syrian parliament": the body says the sector.
		for j := head + 2; j < min(head+7, a.sentenceEnd(head)); j++ {
			if _, s := a.roleSector(j, j+1); s != "" && !capitalized(a.token(j).Text) {
				sector = s
				break
			}
		}
	}
	if sector == "" {
		// A people-noun demonym: "Palestinians", "Afghans"; an ethnic group
		// takes the country of its modifier ("Bosnian Serbs").
		if n, code := a.countryWord(head, head+1); n == 1 && code != "" {
			if c := m.country(); c != "" {
				code = c
			}
			return []string{a.add(a.stateCandidate(code, "CVL", a.text(head, head+1)), first, head+1)}
		}
		return nil
	}
	if m.former {
		sector = "ELI"
	}
	plural := a.token(head).XPOS == "NNS" || a.token(head).XPOS == "NNPS" ||
		(a.token(head).XPOS == "" && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || w == "police" || w == "people"
	for first < head && (prepositions[lower(a.token(first))] || a.token(first).Rel == "case") {
		first++ // "of the American people" is named without "of"
	}
	name := a.text(first, head+1)
	role := a.text(max(roleFrom, m.roleStart(a, first, head)), head+1)
	if sourceNouns[w] && head+1 < len(a.doc.Tokens) && lower(a.token(head+1)) == "familiar" {
		// "two people familiar with the list": anonymous sources.
		return []string{a.add(candidate{key: "np:" + strconv.Itoa(head), actor: chronicle.Actor{
			Name: a.text(first, min(last, a.sentenceEnd(head))), Type: chronicle.ActorGroup}}, first, head+1)}
	}
	if len(countries) == 0 {
		if c := a.sentenceCountry(head); c != "" {
			countries = []string{c}
		}
	}
	if len(countries) == 0 {
		typ := chronicle.ActorGroup
		if !plural && title != nil {
			typ = chronicle.ActorPerson
		}
		return []string{a.add(candidate{key: "np:" + strconv.Itoa(head), actor: chronicle.Actor{
			Name: name, Type: typ, Sector: chronicle.NullString(sector)}}, first, head+1)}
	}
	var ids []string
	for _, code := range countries {
		if title != nil && !plural && !m.former {
			if holders := a.kb.Holders(code, title.Role, a.at); len(holders) == 1 {
				mm := m
				mm.role, mm.title = role, title
				ids = append(ids, a.add(a.personCandidate(holders[0], mm), first, head+1))
				continue
			}
		}
		switch {
		case plural || institution[w] || title == nil && !personNouns[w]:
			c := a.stateCandidate(code, sector, name)
			c.actor.Type = chronicle.ActorOrganization
			if plural {
				c.actor.Type = chronicle.ActorGroup
			}
			ids = append(ids, a.add(c, first, head+1))
		default:
			ids = append(ids, a.add(candidate{key: "np:" + strconv.Itoa(head) + ":" + code, actor: chronicle.Actor{
				Name: name, Type: chronicle.ActorPerson, Country: chronicle.NullString(code),
				Sector: chronicle.NullString(sector), Role: chronicle.NullString(role)}}, first, head+1))
		}
	}
	return ids
}

// roleStart is where the role words before head begin: after the last
// country word, determiner or possessive.
func (m mods) roleStart(a *Actors, first, head int) int {
	start := first
	for j := first; j < head; j++ {
		t := a.token(j)
		w := lower(t)
		if determiners[w] || isPossessive(t) || isNumber(t) || formerWords[w] || isPunct(t) {
			start = j + 1
		}
		if n, code := a.countryWord(j, head); n > 0 && code != "" {
			start = j + n
			j += n - 1
		}
	}
	return start
}

// genericRoles are heads whose sector a modifier can name.
var genericRoles = set("leader", "leaders", "chief", "chiefs", "head", "heads", "official", "officials", "member",
	"members", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors",
	"representative", "representatives", "candidate", "candidates", "group", "groups", "supporters")

// looksLikePerson reports whether [first, last) reads as a person's name:
// two or more capitalised words, none a title or group noun but the last.
func (a *Actors) looksLikePerson(first, last int) bool {
	if a.entityType(first, last) == "PER" {
		return true
	}
	for j := first; j < last-1; j++ {
		if _, s := a.roleSector(j, j+1); s != "" {
			return false
		}
	}
	return last-first >= 2
}

// institution nouns name one body, not its members.
var institution = set("government", "administration", "army", "military", "police", "parliament", "court",
	"cabinet", "ministry", "navy", "regime", "junta", "legislature", "senate", "congress", "assembly",
	"authority", "leadership", "judiciary", "tribunal", "opposition", "media", "agency", "department",
	"council", "force", "guard", "gendarmerie", "intelligence", "press", "television", "radio", "newspaper")

// personNouns name one person when singular.
var personNouns = set("official", "minister", "spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy",
	"negotiator", "ambassador", "judge", "prosecutor", "soldier", "officer", "general", "commander", "journalist",
	"reporter", "businessman", "businesswoman", "doctor", "lawmaker", "senator", "rebel", "militant", "activist",
	"protester", "resident", "civilian", "student", "teacher", "national", "citizen", "leader", "chief", "member",
	"worker", "farmer", "refugee", "prisoner", "aide", "adviser", "advisor", "president", "king", "queen",
	"emir", "missionary", "gunman", "guerrilla", "guerilla", "servicemen", "serviceman", "man", "woman", "hacker")

// pronoun finds the most recent earlier mention a pronoun can stand for,
// within the two sentences before it.
func (a *Actors) pronoun(head, flags int) (int, bool) {
	sentence := a.token(head).Sentence
	best, bestFirst := -1, -1
	for _, m := range a.mentions {
		if m.last > head || m.first <= bestFirst || sentence-a.token(m.first).Sentence > 2 {
			continue
		}
		act := a.List[m.actor]
		switch {
		case flags&refPerson != 0:
			if act.Type != chronicle.ActorPerson {
				continue
			}
			g := a.gender[m.actor]
			if g == "m" && flags&refFemale != 0 || g == "f" && flags&refMale != 0 {
				continue
			}
		case flags&refThing != 0:
			if act.Type != chronicle.ActorOrganization && act.Type != chronicle.ActorCountry {
				continue
			}
		case flags&refPlural != 0:
			if act.Type == chronicle.ActorPerson {
				continue
			}
		}
		best, bestFirst = m.actor, m.first
	}
	return best, best >= 0
}

// addMention records a mention of actor i and returns its id.
func (a *Actors) addMention(i, first, last int) string {
	sp := a.doc.Span(first, last)
	for _, m := range a.List[i].Mentions {
		if m == sp {
			return a.List[i].ID
		}
	}
	a.List[i].Mentions = append(a.List[i].Mentions, sp)
	a.mentions = append(a.mentions, mention{first, last, i})
	return a.List[i].ID
}
