package resolve

import (
	"slices"
	"strings"

	"chronicle"
	"chronicle/kb"
)

// maxName is the longest name, in tokens, looked up in the knowledge base.
const maxName = 6

// hasParse reports whether token i's sentence carries a dependency parse.
func (a *Actors) hasParse(i int) bool {
	s := a.doc.Sentences[a.doc.Tokens[i].Sentence]
	for j := s.First; j < s.Last; j++ {
		if a.doc.Tokens[j].Rel != "" {
			return true
		}
	}
	return false
}

func (a *Actors) sentenceEnd(i int) int {
	return a.doc.Sentences[a.doc.Tokens[i].Sentence].Last
}

func (a *Actors) sentenceStart(i int) int {
	return a.doc.Sentences[a.doc.Tokens[i].Sentence].First
}

// nameAt returns the length of the longest knowledge-base name (not a bare
// demonym) or capital starting at token i and ending before limit.
func (a *Actors) nameAt(i, limit int) (int, []kb.Match) {
	key := [2]int{i, limit}
	if m, ok := a.names[key]; ok {
		return m.n, m.matches
	}
	n, matches := a.lookupNameAt(i, limit)
	a.names[key] = nameMatch{n, matches}
	return n, matches
}

func (a *Actors) lookupNameAt(i, limit int) (int, []kb.Match) {
	if !nameLike(a.doc.Tokens[i].Text) && !a.splitArticle(i) {
		return 0, nil
	}
	end := min(limit, a.sentenceEnd(i), i+maxName)
	for j := end; j > i; j-- {
		last := a.doc.Tokens[j-1]
		if isPunct(last) || isPossessive(last) {
			continue
		}
		m, _, isCapital := a.kb.LookupWithCapital(a.text(i, j))
		named := false
		for _, x := range m {
			if x.Demonym == nil {
				named = true
			}
		}
		if named {
			return j - i, m
		}
		if isCapital {
			return j - i, nil
		}
	}
	return 0, nil
}

// splitArticle reports an Arabic article the tokenizer split from its
// name ("al - Qaeda").
func (a *Actors) splitArticle(i int) bool {
	switch lower(a.doc.Tokens[i]) {
	case "al", "el", "ad", "as", "an", "ash":
		return i+2 < len(a.doc.Tokens) && a.doc.Tokens[i+1].Text == "-" && capitalized(a.doc.Tokens[i+2].Text)
	}
	return false
}

// countryWord returns the length and country of a country name, demonym
// (also plural: "Iraqis"), capital, metonym, organisation or known person
// ("Bush administration") starting at token i, before limit. A demonym after
// "ethnic" names an ethnic group, not a country.
func (a *Actors) countryWord(i, limit int) (int, string) {
	if i >= limit || !nameLike(a.doc.Tokens[i].Text) {
		return 0, ""
	}
	if i > 0 && lower(a.doc.Tokens[i-1]) == "ethnic" {
		return 0, ""
	}
	end := min(limit, i+maxName)
	for j := end; j > i; j-- {
		text := a.text(i, j)
		if code, ok := a.countryOf(text); ok {
			return j - i, code
		}
		if j == i+1 && strings.HasSuffix(text, "s") {
			if code, ok := a.countryOf(strings.TrimSuffix(text, "s")); ok {
				return 1, code
			}
		}
	}
	if code, ok := a.fuzzyCountry(a.doc.Tokens[i].Text); ok && len(a.kb.Lookup(a.doc.Tokens[i].Text)) == 0 {
		return 1, code
	}
	// A leader's surname before a group noun: "Bush administration",
	// "Putin aide". Elsewhere a surname says nothing of a country: it may
	// be someone's first name ("Francis Rooney").
	if ps := a.kb.Surname(a.doc.Tokens[i].Text); len(ps) > 0 && i+1 < len(a.doc.Tokens) && a.sectorNoun(i+1) {
		same := true
		for _, p := range ps {
			same = same && p.Country == ps[0].Country
		}
		if p := a.pickPerson(ps, mods{}); p != nil || same {
			if p == nil {
				p = ps[0]
			}
			if o, ok := p.OfficeAt(a.at); ok {
				return 1, o.Country
			}
			return 1, p.Country
		}
	}
	return 0, ""
}

// countryOf returns the country a name stands for, if it stands for one.
func (a *Actors) countryOf(text string) (string, bool) {
	matches, capital, isCapital := a.kb.LookupWithCapital(text)
	for _, m := range matches {
		switch {
		case m.Country != nil:
			return m.Country.Code, true
		case m.Demonym != nil:
			return m.Demonym.Code, true
		case m.Metonym != nil:
			return m.Metonym.Country, true
		case m.Org != nil:
			return m.Org.Country, true
		}
	}
	if isCapital {
		return capital.Code, true
	}
	return "", false
}

// sentenceCountry returns the one country named in token i's sentence, for
// an actor the phrase gives none ("Planning Minister Tran Xuan Gia said
// Vietnam ..."); "" when the sentence names none or several. Names that are
// also places elsewhere ("Georgia") do not count.
func (a *Actors) sentenceCountry(i int) string {
	found := ""
	for _, code := range a.sentenceCountries(i) {
		if strings.HasPrefix(code, "?") {
			continue
		}
		if found != "" && code != found {
			return ""
		}
		found = code
	}
	return found
}

// groupCountry returns the country a group named without one belongs to:
// the one country its sentence names, else the one a locative names when the
// sentence names others besides ("prisoners rioted at a jail in East Timor
// ... independence from Indonesian rule"): people are where they act.
func (a *Actors) groupCountry(i int) string {
	if c := a.sentenceCountry(i); c != "" {
		return c
	}
	w := lower(a.doc.Tokens[i])
	if unlocatedNouns[strings.TrimSuffix(w, "s")] {
		return "" // weapons and writings are whoever uses them; states are no one's
	}
	if genericRoles[w] && i+1 < len(a.doc.Tokens) && lower(a.doc.Tokens[i+1]) == "of" {
		return "" // "leaders of African Union states met in Niamey": whose, not where
	}
	s := a.doc.Sentences[a.doc.Tokens[i].Sentence]
	found := ""
	for j := s.First; j+1 < s.Last; j++ {
		switch lower(a.doc.Tokens[j]) {
		case "in", "near", "at", "outside", "inside":
		default:
			continue
		}
		k := j + 1
		for k < s.Last && (determiners[lower(a.doc.Tokens[k])] || compass[lower(a.doc.Tokens[k])]) {
			k++
		}
		code := ""
		if n, c := a.countryWord(k, s.Last); n > 0 {
			// a country's name, not its demonym or language ("in French")
			if !ambiguousCountries[kb.Normalize(a.text(k, k+n))] && a.isNameHead(k+n-1) {
				code = c
			}
		} else if l := a.capitalRun(k, s.Last); l > k && a.places != nil {
			code, _ = a.places(a.text(k, l), nil)
		}
		switch {
		case code == "" || code == "IGO" || code == "NGO" || code == "IMG" || code == "MNC":
		case found != "" && code != found:
			return "" // two places: no telling which the group is in
		default:
			found = code
		}
	}
	return found
}

// unlocatedNouns are the sector nouns that a place they are in does not
// place: things (weapons, craft, writings) and states ("member states").
var unlocatedNouns = set("state", "country", "nation", "plane", "warplane", "aircraft", "jet", "fighter jet", "gunship", "helicopter", "tank",
	"drone", "missile", "warship", "artillery", "rocket", "bomb", "vessel", "ship", "post", "video", "media",
	"report", "statement", "newspaper", "broadcast")

// capitalRun returns the end of the run of capitalised words from k (at most
// four), stopping at punctuation and possessives.
func (a *Actors) capitalRun(k, end int) int {
	l := k
	for l < end && l < k+4 && capitalized(a.doc.Tokens[l].Text) && !isPunct(a.doc.Tokens[l]) && !isPossessive(a.doc.Tokens[l]) {
		l++
	}
	return l
}

// titleAt returns the length of a title written at token i ("Prime
// Minister", "President") and the title.
func (a *Actors) titleAt(i, limit int) (int, *kb.Title) {
	for j := min(limit, i+4); j > i; j-- {
		if t, ok := a.kb.Title(a.text(i, j)); ok {
			return j - i, t
		}
	}
	return 0, nil
}

// chunk returns the name containing token i: an entity, a knowledge-base
// name, or a run of capitalised words; else i alone. named is false for the
// last case.
func (a *Actors) chunk(i int) (first, last int, named bool) {
	for _, e := range a.doc.Entities {
		if e.First <= i && i < e.Last {
			return e.First, e.Last, true
		}
	}
	for f := max(a.sentenceStart(i), i-maxName+1); f <= i; f++ {
		if n, _ := a.nameAt(f, a.sentenceEnd(i)); n > 0 && f+n > i {
			return f, f + n, true
		}
	}
	t := a.doc.Tokens[i]
	if !capitalized(t.Text) || (t.UPOS != "" && t.UPOS != "PROPN") {
		return i, i + 1, false
	}
	first, last = i, i+1
	for first > a.sentenceStart(i) && a.nameWord(first-1) {
		first--
	}
	for last < a.sentenceEnd(i) && a.nameWord(last) {
		last++
	}
	return first, last, true
}

// nameWord reports whether token j can be part of a capitalised name.
func (a *Actors) nameWord(j int) bool {
	t := a.doc.Tokens[j]
	if t.UPOS != "" && t.UPOS != "PROPN" {
		return false
	}
	return capitalized(t.Text) && !isPunct(t)
}

// phraseSpan returns the noun phrase headed by token head: from the parse
// where there is one (without clauses, appositions and conjuncts, which are
// resolved on their own), else from the words around it.
func (a *Actors) phraseSpan(head int) (first, last int) {
	cf, cl, _ := a.chunk(head)
	if a.hasParse(head) {
		first, last = min(cf, head), max(cl, head+1)
		for _, c := range a.doc.Children(head) {
			switch strings.SplitN(a.doc.Tokens[c].Rel, ":", 2)[0] {
			case "acl", "appos", "conj", "cc", "punct", "parataxis", "advcl", "dep", "list", "nmod", "orphan", "reparandum":
				if a.doc.Tokens[c].Rel != "nmod:poss" && a.doc.Tokens[c].Rel != "nmod:desc" {
					continue
				}
			}
			f, l := a.doc.Subtree(c)
			first, last = min(first, f), max(last, l)
		}
		return a.looseModifiers(first, head), last
	}
	return a.leftEdge(cf), cl
}

// looseModifiers extends a phrase starting at first over the modifiers a
// parse of news often cuts off its noun: a hyphenated participle read as a
// verb taking the noun as object ("Saudi-led coalition", "Iranian-backed
// militias", "NATO peacekeeping troops") and an organisation's name left loose before a group noun
// ("Hezbollah guerrillas" with the name a discourse word).
func (a *Actors) looseModifiers(first, head int) int {
	start := a.sentenceStart(first)
	if first-3 >= start && (first == head || a.doc.Tokens[head].Head == first-1) {
		p := a.doc.Tokens[first-1]
		if p.XPOS == "VBN" && a.doc.Tokens[first-2].Text == "-" && !isPunct(a.doc.Tokens[first-3]) {
			return first - 3
		}
	}
	if first == head && first-2 >= start && a.sectorNoun(head) && a.doc.Tokens[head].Head == first-1 && a.doc.Tokens[first-1].XPOS == "VBG" {
		// "NATO peacekeeping troops" parsed as NATO peacekeeping the
		// troops: a name before the participle still owns them
		for j := max(start, first-1-maxName); j < first-1; j++ {
			if n, ms := a.nameAt(j, first-1); n > 0 && j+n == first-1 && len(ms) > 0 {
				return j
			}
		}
	}
	if first-1 >= start && a.sectorNoun(head) && a.doc.Tokens[head].Head == first-1 {
		// The parse made the group noun depend on the name before it
		// ("European Community foreign ministers" headed by "Community"):
		// the name still says whose ministers they are.
		for j := max(start, first-maxName); j < first; j++ {
			if n, ms := a.nameAt(j, first); n > 0 && j+n == first && len(ms) > 0 {
				return j
			}
		}
	}
	if first == head && first-1 >= start && a.sectorNoun(head) {
		switch a.doc.Tokens[first-1].Rel {
		case "discourse", "dep", "vocative":
			for _, e := range a.doc.Entities {
				if e.Last == first && e.Type == "ORG" && e.First >= start {
					return e.First
				}
			}
		}
	}
	return first
}

// leftEdge extends a phrase leftwards over the words that can modify a name
// or a group noun: titles, demonyms, adjectives, possessors ("Putin's").
func (a *Actors) leftEdge(first int) int {
	start := a.sentenceStart(first)
	for steps := 0; first > start && steps < 10; steps++ {
		t := a.doc.Tokens[first-1]
		w := lower(t)
		switch {
		case isPossessive(t), t.Text == "-" && first-1 > start:
		case determiners[w] || prepositions[w] || clauseWords[w] || isPunct(t) || isNumber(t):
			return first
		case t.UPOS != "" && t.UPOS != "ADJ" && t.UPOS != "NOUN" && t.UPOS != "PROPN":
			return first
		}
		first--
	}
	return first
}

// spanHead picks the head of a phrase marked by hand: the last word before
// a preposition, clause or comma (not one inside a title such as "Secretary
// of State" or a name such as "Republic of Korea"), skipping a trailing
// possessive.
func (a *Actors) spanHead(first, last int) int {
	if n, _ := a.nameAt(first, last); n == last-first {
		return last - 1
	}
	end := last
	for j := first + 1; j < last; j++ {
		t := a.doc.Tokens[j]
		w := lower(t)
		if w == "of" && (a.insideTitle(j, last) || isNumber(a.doc.Tokens[j-1])) {
			continue // "Secretary of State", "hundreds of people"
		}
		if w == "of" || w == "in" || w == "from" || w == "at" || w == "near" || w == "throughout" || w == "loyal" ||
			w == "living" || w == "operating" || w == "based" || w == "fleeing" || w == "ordered" || w == "who" ||
			w == "which" || w == "with" || w == "familiar" || t.Text == "," || t.Text == "(" || t.Text == "..." || t.Text == ".." {
			end = j
			break
		}
	}
	head := end - 1
	for head > first && (isPossessive(a.doc.Tokens[head]) || isPunct(a.doc.Tokens[head])) {
		head--
	}
	return head
}

// insideTitle reports whether the "of" at token j belongs to a title or a
// name around it.
func (a *Actors) insideTitle(j, last int) bool {
	for f := max(0, j-3); f < j; f++ {
		if n, _ := a.titleAt(f, last); f+n > j+1 {
			return true
		}
		if n, _ := a.nameAt(f, last); f+n > j+1 {
			return true
		}
	}
	return false
}

// isPlace reports whether the name in tokens [first, last) is used as a
// place ("in St. Petersburg", "the war in Ukraine") rather than an actor.
func (a *Actors) isPlace(first, last int) bool {
	entityLOC := false
	for _, e := range a.doc.Entities {
		if e.First == first && e.Last == last && (e.Type == "LOC" || e.Type == "GPE") {
			entityLOC = true
		}
	}
	text := a.text(first, last)
	geographic := entityLOC
	if _, ok := a.kb.Capital(text); ok {
		geographic = true
	}
	for _, m := range a.kb.Lookup(text) {
		if m.Country != nil {
			geographic = true
		}
		if m.Person != nil || m.Org != nil || m.Metonym != nil {
			return false
		}
	}
	if first >= 2 && lower(a.doc.Tokens[first-1]) == "of" && placeHeadNouns[lower(a.doc.Tokens[first-2])] {
		return true // "the town of Samarra": whatever the tagger said, a place
	}
	if !geographic {
		return false
	}
	if t := a.doc.Tokens[first]; a.hasParse(first) && t.Rel != "" {
		rel := strings.SplitN(t.Rel, ":", 2)[0]
		if rel == "nsubj" || rel == "obj" || rel == "iobj" || rel == "nmod" && strings.HasSuffix(t.Rel, "poss") {
			return false
		}
	}
	j := first - 1
	for j >= a.sentenceStart(first) && (determiners[lower(a.doc.Tokens[j])] || a.doc.Tokens[j].UPOS == "ADJ" ||
		lower(a.doc.Tokens[j]) == "central" || lower(a.doc.Tokens[j]) == "eastern" || lower(a.doc.Tokens[j]) == "western" ||
		lower(a.doc.Tokens[j]) == "northern" || lower(a.doc.Tokens[j]) == "southern") {
		j--
	}
	return j >= a.sentenceStart(first) && locatives[lower(a.doc.Tokens[j])]
}

// placeHeadNouns name a kind of place in "the town of X"; not "state" or
// "community", which head names of actors ("the State of Israel").
var placeHeadNouns = set("town", "city", "village", "hamlet", "province", "district", "region", "port",
	"island", "suburb", "municipality", "county", "neighborhood", "neighbourhood", "enclave", "outskirts")

// demonymGroups finds groups led by a demonym or country name ("Ukrainian
// officials", "Russian forces") outside the names already found, as [start,
// head] token pairs.
func (a *Actors) demonymGroups(covered []bool) [][2]int {
	var out [][2]int
	for i := 0; i < len(a.doc.Tokens); i++ {
		if covered[i] {
			continue
		}
		n, code := a.countryWord(i, a.sentenceEnd(i))
		if n == 0 || code == "" {
			continue
		}
		if head, ok := a.groupNounAfter(i + n); ok {
			out = append(out, [2]int{i, head})
			i = head
		}
	}
	return out
}

// groupNounAfter finds a sector noun within a few modifier words from token
// j ("and Romanian officials", "state news agency").
func (a *Actors) groupNounAfter(j int) (int, bool) {
	end := min(a.sentenceEnd(max(j-1, 0)), j+5)
	for k := j; k < end; k++ {
		t := a.doc.Tokens[k]
		w := lower(t)
		if _, ok := a.kb.Sector(w); ok && !capitalized(t.Text) && t.UPOS != "ADJ" && t.UPOS != "VERB" {
			// prefer the last noun of a compound ("news agency", "riot police")
			if k+1 < end {
				if _, ok := a.kb.Sector(lower(a.doc.Tokens[k+1])); ok && a.doc.Tokens[k+1].UPOS != "VERB" && a.doc.Tokens[k+1].UPOS != "ADJ" && !capitalized(a.doc.Tokens[k+1].Text) {
					continue
				}
			}
			return k, true
		}
		if w == "and" || w == "," || t.UPOS == "ADJ" || t.UPOS == "NOUN" || (t.UPOS == "" && !isPunct(t) && !determiners[w] && !clauseWords[w] && !prepositions[w]) {
			continue
		}
		if n, _ := a.countryWord(k, end); n > 0 {
			k += n - 1
			continue
		}
		return 0, false
	}
	return 0, false
}

// sentenceCountries returns every country named in token i's sentence,
// marking with "?" those named by an ambiguous word.
func (a *Actors) sentenceCountries(i int) []string {
	sentence := a.doc.Tokens[i].Sentence
	if out, ok := a.inSentence[sentence]; ok {
		return out
	}
	s := a.doc.Sentences[sentence]
	out := []string{}
	for j := s.First; j < s.Last; j++ {
		n, code := a.countryWord(j, s.Last)
		if n == 0 {
			continue
		}
		if code != "" && code != "IGO" && code != "NGO" && code != "IMG" && code != "MNC" && !a.relationAfter(j+n) {
			// (the "Israel" of "Israel's militia ally" is not where the sentence is)
			if ambiguousCountries[kb.Normalize(a.text(j, j+n))] {
				code = "?" + code
			}
			out = append(out, code)
		}
		j += n - 1
	}
	if a.places != nil {
		// a place the knowledge base lacks after a locative word ("in
		// Kharkiv", "in Kaduna state") says where the sentence is too
		known := slices.Clone(out)
		for i := range known {
			known[i] = strings.TrimPrefix(known[i], "?")
		}
		for j := s.First; j+1 < s.Last; j++ {
			switch lower(a.doc.Tokens[j]) {
			case "in", "near", "at", "outside":
			default:
				continue
			}
			k := j + 1
			for k < s.Last && (determiners[lower(a.doc.Tokens[k])] || compass[lower(a.doc.Tokens[k])]) {
				k++
			}
			l := k
			for l < s.Last && l < k+4 && capitalized(a.doc.Tokens[l].Text) && !isPunct(a.doc.Tokens[l]) && !isPossessive(a.doc.Tokens[l]) {
				l++
			}
			if l == k {
				continue
			}
			if n, _ := a.countryWord(k, l); n > 0 {
				continue // named above
			}
			if code, ok := a.places(a.text(k, l), known); ok && code != "" && !slices.Contains(out, code) {
				out = append(out, code)
			}
		}
	}
	a.inSentence[sentence] = out
	return out
}

// placeCountry asks the gazetteer, if any, for the country of the place
// named by tokens [first, last).
func (a *Actors) placeCountry(first, last int) string {
	if a.places == nil || first >= last {
		return ""
	}
	var countries []string
	for _, c := range a.sentenceCountries(first) {
		countries = append(countries, strings.TrimPrefix(c, "?"))
	}
	if c, ok := a.kb.Capital(a.text(first, last)); ok {
		// the name itself, read as a capital, is no evidence of where it is
		countries = slices.DeleteFunc(countries, func(x string) bool { return x == c.Code })
	}
	code, ok := a.places(a.text(first, last), countries)
	if !ok {
		return ""
	}
	return code
}

// ambiguousCountries are country names that also name places elsewhere
// (a US state) or people, too often to stand as a sentence's country.
var ambiguousCountries = set("georgia", "jordan", "chad", "niger")

// sectorNoun reports whether token j is a lower-case noun naming a sector.
func (a *Actors) sectorNoun(j int) bool {
	t := a.doc.Tokens[j]
	if capitalized(t.Text) || t.UPOS != "" && t.UPOS != "NOUN" {
		return false
	}
	_, ok := a.kb.Sector(t.Text)
	return ok
}

// token returns token i.
func (a *Actors) token(i int) chronicle.Token { return a.doc.Tokens[i] }
