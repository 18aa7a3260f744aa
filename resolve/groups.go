package resolve

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"chronicle"
)

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
	// The mentions before the phrase, nearest first; where the parse says
	// which were subjects, those first: "the two countries" are most often
	// the parties that acted, not those acted upon ("Ukrainian officials sent
	// Washington a list of targets Russia has struck in violation of the
	// ceasefire the two countries agreed to" means Ukraine and Russia).
	sentence := a.token(head).Sentence
	before := make([]mention, 0, len(a.mentions))
	for _, m := range a.mentions {
		_, pronoun := pronouns[lower(a.token(m.first))]
		if m.last <= first && sentence-a.token(m.first).Sentence <= 1 && !pronoun {
			before = append(before, m)
		}
	}
	if ids := a.coordinatedGroup(before, n); ids != nil {
		for _, id := range ids {
			a.addMention(a.byKeyIndex(id), first, head+1)
		}
		return ids
	}
	sort.SliceStable(before, func(i, j int) bool {
		si, sj := a.isSubject(before[i]), a.isSubject(before[j])
		if si != sj {
			return si
		}
		return before[i].first > before[j].first
	})
	var ids []string
	seen := map[string]bool{}
	for _, m := range before {
		act := a.List[m.actor]
		if len(ids) == n {
			break
		}
		if act.Country == "" || act.Type == chronicle.ActorPerson || seen[string(act.Country)] {
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

// coordinatedGroup finds, nearest first, n parties named together — in one
// phrase ("the foreign ministers of Armenia and Azerbaijan") or coordinated
// ("Israel and Syria") — since "both sides" most often takes up such a pair.
func (a *Actors) coordinatedGroup(before []mention, n int) []string {
	for i := len(before) - 1; i >= 0; i-- {
		var ids []string
		seen := map[string]bool{}
		for _, m := range before {
			if !a.together(before[i], m) {
				continue
			}
			act := a.List[m.actor]
			if act.Country == "" || act.Type == chronicle.ActorPerson || seen[string(act.Country)] {
				continue
			}
			if act.Type != chronicle.ActorCountry && act.Sector != "GOV" {
				continue
			}
			seen[string(act.Country)] = true
			ids = append(ids, act.ID)
		}
		if len(ids) == n {
			return ids
		}
	}
	return nil
}

// together reports whether two mentions share a span or are conjuncts.
func (a *Actors) together(x, y mention) bool {
	if x.first == y.first && x.last == y.last {
		return true
	}
	hx, hy := a.mentionHead(x), a.mentionHead(y)
	if hx < 0 || hy < 0 {
		return false
	}
	conj := func(h, of int) bool {
		return a.token(h).Rel == "conj" && a.token(h).Head == of
	}
	return hx == hy || conj(hx, hy) || conj(hy, hx)
}

// mentionHead is the token of m whose head lies outside it.
func (a *Actors) mentionHead(m mention) int {
	for j := m.first; j < m.last; j++ {
		if t := a.token(j); t.Head < m.first || t.Head >= m.last {
			return j
		}
	}
	return -1
}

// ofCoordinated returns the countries coordinated after the first one in
// the "of" phrase at j ("of Armenia and Azerbaijan"), other than first.
func (a *Actors) ofCoordinated(j int, first string) []string {
	end := a.sentenceEnd(j)
	if j >= end || lower(a.token(j)) != "of" {
		return nil
	}
	k := j + 1
	for k < end && k < j+4 && determiners[lower(a.token(k))] {
		k++
	}
	n, code := a.countryWord(k, end)
	if n == 0 || code != first {
		return nil
	}
	var more []string
	for k += n; k+1 < end; k += n {
		if w := lower(a.token(k)); w != "and" && w != "," {
			break
		}
		k++
		if lower(a.token(k)) == "and" {
			k++
		}
		for k < end && determiners[lower(a.token(k))] {
			k++
		}
		n, code = a.countryWord(k, end)
		if n == 0 || code == "" {
			break
		}
		if code != first && !slices.Contains(more, code) {
			more = append(more, code)
		}
	}
	return more
}

// isSubject reports whether the parse makes mention m a clause's subject.
func (a *Actors) isSubject(m mention) bool {
	for j := m.first; j < m.last; j++ {
		t := a.token(j)
		if t.Head < m.first || t.Head >= m.last {
			return strings.HasPrefix(t.Rel, "nsubj")
		}
	}
	return false
}

// common resolves a phrase headed by a common noun: a group ("Ukrainian
// officials"), an institution ("the Sudanese government"), an office
// ("the Russian President", resolved to its holder at the date) or someone
// the text does not name ("a Jordanian official").
func (a *Actors) common(first, head, last, depth int) []string {
	w := lower(a.token(head))
	if w == "state" && a.stateOfCondition(head) {
		return nil
	}
	if n, code := a.countryWord(head, head+1); n == 1 && code != "" {
		// A demonym that leads a group: "Hungarian" in "Hungarian and
		// Romanian officials".
		if noun, ok := a.groupNounAfter(head + 1); ok && depth < maxDepth {
			return a.common(first, noun, noun+1, depth+1)
		}
	}
	if a.token(head).UPOS == "ADJ" {
		if _, code := a.countryWord(head, head+1); code == "" {
			return nil // "official" in "official contact" heads nothing
		}
	}
	m := a.modifiers(first, head, depth)
	if code := a.ofCountry(head + 1); code != "" && m.country() == "" {
		m.countries = append(m.countries, code)
		if a.token(head).XPOS == "NNS" {
			// "the foreign ministers of Armenia and Azerbaijan" are both
			// countries' ministers.
			m.countries = append(m.countries, a.ofCoordinated(head+1, code)...)
		}
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
		// an adjective lends a sector only to a noun of people: "official
		// contact" is no one
		adjOnThing := a.token(head-1).UPOS == "ADJ" && !genericRoles[w] && !personNouns[w]
		if _, s := a.roleSector(head-1, head); s != "" && s != sector && !capitalized(a.token(head-1).Text) && !adjOnThing {
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
		// A part of a known organisation: "UNITA militarist wing".
		for j := head - 1; j >= first; j-- {
			if n, ms := a.nameAt(j, head); n > 0 && j+n == head || n > 0 && j+n < head && !capitalized(a.token(j+n).Text) {
				for _, x := range ms {
					if x.Org != nil && x.Org.Sector != "" {
						return a.resolveNP(j, j+n-1, j+n, depth+1)
					}
				}
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
		// "ethnic Albanians" are a people of the country the sentence is
		// in, not of Albania
		if head > first && lower(a.token(head-1)) == "ethnic" && a.isCountryWord(strings.TrimSuffix(a.token(head).Text, "s")) {
			if c := a.groupCountry(head); c != "" {
				return []string{a.add(a.stateCandidate(c, "CVL", a.text(head-1, head+1)), first, head+1)}
			}
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
		// a known body naming the group: "Hezbollah guerrillas", "Red
		// Cross officials" belong where the body does
		countries = a.orgCountry(first, head)
	}
	if len(countries) == 0 {
		// a place naming the group: "the Jenin refugee camp", "Gaza
		// residents"
		for j := first; j < head; j++ {
			if !capitalized(a.token(j).Text) || a.token(j).UPOS != "PROPN" {
				continue
			}
			l := j + 1
			for l < head && capitalized(a.token(l).Text) && a.token(l).UPOS == "PROPN" {
				l++
			}
			if c := a.placeCountry(j, l); c != "" {
				countries = []string{c}
				break
			}
			j = l - 1
		}
	}
	if len(countries) == 0 {
		if c := a.groupCountry(head); c != "" {
			countries = []string{c}
		}
	}
	if len(countries) == 0 && placeNouns[w] {
		return nil // "the city" is somewhere, not someone, until a country says where
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
// placeNouns are sector words that name a place's people only when the
// place is known ("Hebron residents", not "the city").
var placeNouns = set("town", "towns", "village", "villages", "city", "cities", "neighborhood", "neighbourhood", "community")

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
	"emir", "missionary", "gunman", "guerrilla", "guerilla", "servicemen", "serviceman", "man", "woman", "hacker",
	"counterpart")

// orgCountry returns the country of a known organisation named among the
// modifiers in tokens [first, head), or nil.
func (a *Actors) orgCountry(first, head int) []string {
	for j := first; j < head; j++ {
		n, ms := a.nameAt(j, head)
		for _, x := range ms {
			if n > 0 && x.Org != nil && x.Org.Country != "" {
				return []string{x.Org.Country}
			}
		}
	}
	return nil
}

// conditionNouns complete "state of ...", a condition rather than a
// polity: "a state of emergency", "the state of war".
var conditionNouns = set("emergency", "siege", "war", "alert", "affairs", "mind", "readiness",
	"disaster", "calamity", "mourning", "play", "shock", "uncertainty", "chaos", "crisis")

// stateOfCondition reports whether "state" at head names a condition
// ("declared a state of emergency"), which is no government actor.
func (a *Actors) stateOfCondition(head int) bool {
	end := a.sentenceEnd(head)
	k := head + 1
	if k >= end || lower(a.token(k)) != "of" {
		return false
	}
	for k++; k < end && determiners[lower(a.token(k))]; k++ {
	}
	return k < end && conditionNouns[lower(a.token(k))]
}
