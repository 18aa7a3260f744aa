package resolve

import (
	"slices"
	"strconv"
	"strings"

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

func (a *Actors) byKeyIndex(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "a"))
	return n - 1
}

// coordinated resolves a phrase and its conjuncts ("Russia and Ukraine",
// "Hungarian and Romanian officials").
func (a *Actors) coordinated(first, head, last int) []string {
	var parts [][3]int
	if a.hasParse(head) {
		if split := a.splitAtAnd(first, head, last); len(split) > 1 {
			// The parse folded the conjuncts into one phrase ("Japan"
			// a compound of "South Korea"): the words still name two.
			parts = split
		} else {
			parts = append(parts, [3]int{first, head, last})
		}
		for _, c := range a.conjuncts(head) {
			if first <= c && c < last && len(parts) > 1 {
				continue // already split out of the phrase
			}
			f, l := a.phraseSpan(c)
			parts = append(parts, [3]int{f, c, l})
		}
	} else {
		parts = a.splitAtAnd(first, head, last)
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

// splitAtAnd splits a phrase at each "and" with names on both sides; before
// a common noun the names are its modifiers ("US and Chinese diplomats"),
// so a phrase whose head is not capitalised stays whole.
func (a *Actors) splitAtAnd(first, head, last int) [][3]int {
	var parts [][3]int
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
	return append(parts, [3]int{start, head, last})
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
			ids := []string{a.addMention(i, head, head+1)}
			if flags&refPlural != 0 {
				// "Russian and Ukrainian negotiators met ... They agreed":
				// they are all the actors of the phrase they stand for
				for _, j := range a.sharingMention(i, head) {
					ids = append(ids, a.addMention(j, head, head+1))
				}
			}
			return ids
		}
		return nil
	}
	cf, cl, named := a.chunk(head)
	if n, _ := a.nameAt(first, last); n == last-first && first <= head && head < last {
		cf, cl, named = first, last, true // "Democratic People's Republic of Korea"
	}
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
		// a lower-case start is a common noun, unless it is an Arabic
		// article or the knowledge base knows the name ("al-Qaeda")
		lowerStart := !capitalized(a.token(cf).Text) && !a.splitArticle(cf) && len(a.kb.Lookup(a.text(cf, cl))) == 0
		if n, _ := a.titleAt(cf, cl); n == cl-cf && cl-cf > 0 || lowerStart {
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
		case w == "of" && a.insideTitle(i, to):
			// "Secretary of State"
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

// ofCountry reads "of Morocco", "in the Ivory Coast", "based in Trinidad",
// "near Macedonia's border" at token j.
// capitalElsewhere returns the country of a place whose name is also a
// capital ("in Tripoli" in a sentence about "the north Lebanese port") when
// the gazetteer, told the sentence's countries, puts it in another country
// than code; else "".
func (a *Actors) capitalElsewhere(first, last int, code string) string {
	text := a.text(first, last)
	if c, ok := a.kb.Capital(text); !ok || c.Code != code || len(a.kb.Lookup(text)) > 0 {
		return ""
	}
	if c := a.placeCountry(first, last); c != "" && c != code {
		return c
	}
	return ""
}

// relationNouns name a party by its tie to another: whoever is "Israel's
// ally" or "Iran's proxy" is not of that country.
var relationNouns = map[string]bool{"ally": true, "allies": true, "proxy": true, "proxies": true,
	"enemy": true, "enemies": true, "rival": true, "rivals": true, "foe": true, "foes": true,
	"neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true, "adversary": true, "adversaries": true}

// relationAfter reports whether the words of a possessive phrase from token
// j on end in a relation noun ("'s militia ally").
func (a *Actors) relationAfter(j int) bool {
	end := a.sentenceEnd(max(j-1, 0))
	if j >= end || !isPossessive(a.token(j)) {
		return false
	}
	for k := j + 1; k < end && k <= j+3; k++ {
		w := lower(a.token(k))
		if relationNouns[w] {
			return true
		}
		if isPunct(a.token(k)) || prepositions[w] {
			return false
		}
	}
	return false
}

func (a *Actors) ofCountry(j int) string {
	end := a.sentenceEnd(max(j-1, 0))
	if j < end && participles[lower(a.token(j))] {
		j++
	}
	if j >= end {
		return ""
	}
	switch lower(a.token(j)) {
	case "of", "in", "from", "near", "throughout", "across", "at":
	default:
		return ""
	}
	k := j + 1
	for k < end && k < j+5 {
		t := a.token(k)
		w := lower(t)
		before, _, hyphen := strings.Cut(t.Text, "-")
		switch {
		case determiners[w] || compass[w]:
		case !capitalized(t.Text) && !isPunct(t) && !prepositions[w]:
		case hyphen && a.isCountryWord(before):
			// "the Israeli-occupied West Bank": a modifier, not the place.
		default:
			n, code := a.countryWord(k, end)
			if n > 0 && k+n < end && a.token(k+n).Text == "-" {
				// "the Israeli-occupied West Bank": a modifier, not the place.
				k += n + 1
				continue
			}
			if n > 0 {
				if a.relationAfter(k + n) {
					return "" // "the chief of Israel's militia ally" is no Israeli
				}
				if c := a.capitalElsewhere(k, k+n, code); c != "" {
					return c
				}
				return code
			}
			// A place the knowledge base lacks: "from Calgary", "in Tel Aviv".
			l := k
			for l < end && l < k+4 && capitalized(a.token(l).Text) && !isPunct(a.token(l)) && !isPossessive(a.token(l)) {
				l++
			}
			return a.placeCountry(k, l)
		}
		k++
	}
	return ""
}

func (a *Actors) isCountryWord(s string) bool {
	_, ok := a.countryOf(s)
	return ok
}

// participles introduce where a group is: "rebels based in", "refugees
// living in".
var participles = set("based", "living", "operating", "stationed", "deployed", "active", "fighting", "located")

// compass words qualify a place without naming another one.
var compass = set("western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
	"northeastern", "northwestern", "southeastern", "southwestern", "northwest", "northeast", "southwest", "southeast")

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
			code = a.groupCountry(cf)
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
		code := matches[0].Demonym.Code
		sector := ""
		if strings.HasSuffix(strings.ToLower(text), "s") {
			sector = "CVL" // "Palestinians", "Algerians"
			// A people where they live: "Bosnian Serbs", "Albanians of
			// southern Serbia".
			if c := m.country(); c != "" {
				code = c
			} else if c := a.ofCountry(cl); c != "" {
				code = c
			}
		}
		return a.stateCandidate(code, sector, text), true
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

// orgWords mark an unknown capitalised name as an organisation.
var orgWords = set("front", "party", "union", "council", "movement", "army", "association", "commission",
	"committee", "league", "organization", "organisation", "group", "coalition", "alliance", "forces", "brigade",
	"brigades", "university", "school", "court", "assembly", "parliament", "ministry", "agency", "company",
	"corporation", "bank", "institute", "foundation", "tigers", "jihad", "authority", "congress", "federation")

// stateSectors are the sectors of people who act for a state.
var stateSectors = set("GOV", "MIL", "LEG", "COP", "JUD", "SPY", "ELI", "OPP", "REB")

// familyCountry gives an unknown person the country of a person with the
// same surname named earlier in the article ("Hunter Biden" after "Joe
// Biden"); the knowledge base alone is not enough, surnames are also
// first names ("Kino Gabriel").
func (a *Actors) familyCountry(last int) string {
	word := a.token(last).Text
	if len(word) < 3 {
		return ""
	}
	for _, act := range a.List {
		if f := strings.Fields(act.Name); act.Type == chronicle.ActorPerson && len(f) > 1 && f[len(f)-1] == word && act.Country != "" {
			return string(act.Country)
		}
	}
	return ""
}

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
	if country == "" && typ == chronicle.ActorGroup {
		// A place the text makes an actor: "Tel Aviv", "Samarra".
		if country = a.placeCountry(cf, cl); country != "" && sector == "" {
			sector = "CVL"
		}
	}
	if country == "" && typ == chronicle.ActorPerson {
		country = a.familyCountry(cl - 1)
	}
	if country == "" && (typ != chronicle.ActorPerson || sector == "" || stateSectors[sector]) {
		// An official's country, or an organisation's, is most often the
		// one country the sentence names; not so for a businessman or a
		// journalist, whose role the text gives.
		country = a.sentenceCountry(cf)
	}
	act := chronicle.Actor{Name: text, Type: typ, Country: chronicle.NullString(country),
		Sector: chronicle.NullString(sector), Role: chronicle.NullString(m.role)}
	if typ != chronicle.ActorPerson {
		act.Role = ""
	}
	return candidate{key: typ + ":" + kb.Normalize(text), actor: act}
}

// pronoun finds the most recent earlier mention a pronoun can stand for,
// within the two sentences before it.
func (a *Actors) pronoun(head, flags int) (int, bool) {
	sentence := a.token(head).Sentence
	best, bestFirst := -1, -1
	sure, sureFirst := -1, -1
	// "He urged him": whoever the verb's subject is, in any of its
	// mentions, is not its object
	subjectActor := map[int]bool{}
	if flags&refPerson != 0 {
		for _, m := range a.mentions {
			if m.last <= head && a.coargument(m, head) {
				subjectActor[m.actor] = true
			}
		}
	}
	for _, m := range a.mentions {
		if m.last > head || m.first <= bestFirst || sentence-a.token(m.first).Sentence > 2 || subjectActor[m.actor] {
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
		if flags&refPerson != 0 && a.coargument(m, head) {
			continue // "Trump praised him": not Trump
		}
		best, bestFirst = m.actor, m.first
		if g := a.gender[m.actor]; g == "m" && flags&refMale != 0 || g == "f" && flags&refFemale != 0 {
			sure, sureFirst = m.actor, m.first
		}
	}
	if sure >= 0 && best != sure && a.token(head).Sentence > a.token(sureFirst).Sentence {
		// a "he" in a later sentence is likelier the man named before it
		// than a later person of unknown gender
		return sure, true
	}
	return best, best >= 0
}

// sharingMention returns the other actors named by the same phrase as the
// latest mention of actor i before token head.
func (a *Actors) sharingMention(i, head int) []int {
	latest := mention{first: -1}
	for _, m := range a.mentions {
		if m.actor == i && m.last <= head && m.first > latest.first {
			latest = m
		}
	}
	if latest.first < 0 {
		return nil
	}
	var out []int
	for _, m := range a.mentions {
		if m.actor != i && m.first == latest.first && m.last == latest.last && !slices.Contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}

// coargument reports whether mention m is the subject of the verb whose
// object is the pronoun at head: English would say "himself" then.
func (a *Actors) coargument(m mention, head int) bool {
	rel := a.token(head).Rel
	if rel != "obj" && rel != "iobj" {
		return false
	}
	h := a.mentionHead(m)
	return h >= 0 && a.isSubject(m) && a.token(h).Head == a.token(head).Head
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
