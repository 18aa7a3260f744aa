package geo

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// mentions finds the spans of doc that name a known place. Entities the
// recognizer typed LOC or GPE are trusted; other capitalised spans must look
// like a place on their own (not part of a longer name, not a common word),
// and when a recognizer has run, must also follow a locative preposition or
// name a country, division or region.
func (g *Gazetteer) mentions(doc *chronicle.Document) []*mention {
	// taken marks tokens inside an entity, so that "Jordan" in the person
	// "Michael Jordan" is never read as the country.
	taken := make([]bool, len(doc.Tokens))
	var ms []*mention
	for _, e := range doc.Entities {
		if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last {
			continue
		}
		for i := e.First; i < e.Last; i++ {
			taken[i] = true
		}
		switch e.Type {
		case "LOC", "GPE":
			ms = append(ms, g.matchEntity(doc, e.First, e.Last)...)
		default:
			// A country acting ("Georgia's membership bid") is often typed
			// ORG, and a recognizer may miss a town after "in": both are
			// still toponyms.
			m := g.mentionAt(doc, e.First, e.Last)
			if m == nil {
				continue
			}
			locative := e.First > 0 && locativeWords[strings.ToLower(doc.Tokens[e.First-1].Text)] || placeNounOf(doc, e.First)
			if e.Type == "ORG" && g.namesCountry(m) || locative {
				ms = append(ms, m)
			}
		}
	}
	recognized := len(doc.Entities) > 0
	for _, sent := range doc.Sentences {
		if sent.First < 0 || sent.Last > len(doc.Tokens) {
			continue
		}
		for i := sent.First; i < sent.Last; {
			if taken[i] || !startsUpper(doc.Tokens[i].Text) {
				i++
				continue
			}
			m := g.longestMatch(doc, i, sent.Last, taken)
			if m == nil || !g.plausible(doc, m, sent, recognized) {
				i++
				continue
			}
			ms = append(ms, m)
			i = m.last
		}
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].first < ms[b].first })
	for k, m := range ms {
		s := doc.Tokens[m.first].Sentence
		sentEnd := len(doc.Tokens)
		if s >= 0 && s < len(doc.Sentences) {
			sentEnd = min(sentEnd, doc.Sentences[s].Last)
		}
		if m.last < sentEnd && isDivisionWord(doc.Tokens[m.last].Text) && !m.division {
			m.division = true
			m.last++
			m.text = doc.SpanText(m.first, m.last)
		}
		if k+1 < len(ms) && ms[k+1].first == m.last+1 && m.last < len(doc.Tokens) && doc.Tokens[m.last].Text == "," {
			m.qualifier = k + 1
		}
	}
	return ms
}

// matchEntity resolves a recognizer's LOC entity: the whole span, the span
// less a division word ("Kursk region"), else the longest known names inside.
func (g *Gazetteer) matchEntity(doc *chronicle.Document, first, last int) []*mention {
	if m := g.mentionAt(doc, first, last); m != nil {
		return []*mention{m}
	}
	if last-first > 1 && isDivisionWord(doc.Tokens[last-1].Text) {
		if m := g.mentionAt(doc, first, last-1); m != nil {
			m.division, m.last = true, last
			m.text = doc.SpanText(first, last)
			return []*mention{m}
		}
	}
	var out []*mention
	for i := first; i < last; {
		if m := g.longestMatch(doc, i, last, nil); m != nil {
			out = append(out, m)
			i = m.last
			continue
		}
		i++
	}
	return out
}

func (g *Gazetteer) namesCountry(m *mention) bool {
	for _, id := range m.cands {
		if g.places[id].Precision == chronicle.PrecisionCountry {
			return true
		}
	}
	return false
}

// longestMatch returns the longest known name that starts at token i and
// ends before end without running into taken tokens.
func (g *Gazetteer) longestMatch(doc *chronicle.Document, i, end int, taken []bool) *mention {
	first, _, _ := strings.Cut(Normalize(doc.Tokens[i].Text), " ")
	if first == "the" && i+1 < end {
		first, _, _ = strings.Cut(Normalize(doc.Tokens[i+1].Text), " ")
	}
	if !g.firstWords[first] {
		return nil
	}
	limit := min(end, i+g.longest)
	for j := limit; j > i; j-- {
		if taken != nil && slicesAny(taken[i:j]) {
			continue
		}
		if !nameLike(doc.Tokens[j-1].Text) {
			continue
		}
		if m := g.mentionAt(doc, i, j); m != nil {
			return m
		}
	}
	return nil
}

func (g *Gazetteer) mentionAt(doc *chronicle.Document, first, last int) *mention {
	text := doc.SpanText(first, last)
	key := Normalize(text)
	ids, ok := g.index[key]
	if !ok {
		return nil
	}
	return &mention{first: first, last: last, text: text, key: key, cands: ids, qualifier: -1, best: -1}
}

// plausible filters spans found without the recognizer's word for them.
func (g *Gazetteer) plausible(doc *chronicle.Document, m *mention, sent chronicle.Sentence, strict bool) bool {
	toks := doc.Tokens
	var prev, next string
	if m.first > sent.First {
		prev = toks[m.first-1].Text
	}
	if m.last < sent.Last {
		next = toks[m.last].Text
	}
	if commonPhrases[m.key] {
		return false
	}
	if w := strings.ToLower(toks[m.first].Text); m.last-m.first == 1 && commonWords[w] {
		// "Nice", "Split", "Mobile" are places only where the text says so:
		// "in Nice", "the port city of Mobile"; a month never is.
		placeNoun := strings.EqualFold(prev, "of") && m.first-2 >= sent.First && placeNouns[strings.ToLower(toks[m.first-2].Text)]
		if calendarWords[w] || !(locativeWords[strings.ToLower(prev)] || placeNoun) {
			return false
		}
	}
	if w := toks[m.first].Text; m.last-m.first == 1 && isUpper(w) && !abbreviatedCountries[key(w)] {
		// NATO, IT, AI are acronyms; a capitalised dateline ("MOSCOW, April 11") is not
		if m.first != sent.First || (next != "," && next != "(" && next != "-" && next != "–") {
			return false
		}
	}
	if prev != "" && startsUpper(prev) && !functionWords[strings.ToLower(prev)] {
		return false // inside a longer name: "Michael Jordan", "Port of Paris"
	}
	if next != "" && startsUpper(next) && !calendarWords[strings.ToLower(next)] {
		return false // a modifier: "Moscow Mayor", "U.S. President", "Washington Post"
	}
	locative := locativeWords[strings.ToLower(prev)]
	if locative {
		return true
	}
	// Beyond this point the span has no cue but its capital letter: accept
	// countries, divisions, regions and cities big enough to be known by name,
	// not the village that shares a surname ("Duda", "Cruz").
	for _, id := range m.cands {
		c := g.places[id]
		if c.Precision != chronicle.PrecisionCity {
			return true
		}
		if !strict && c.Population >= bareCityPopulation {
			return true
		}
	}
	return false
}

// bareCityPopulation is how large a city must be for its name alone, without
// "in" or "near" before it, to be read as the city.
const bareCityPopulation = 100000

func key(w string) string { return strings.ToLower(strings.ReplaceAll(w, ".", "")) }

func slicesAny(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameLike accepts the last token of a name: a capitalised word or an
// abbreviation such as "D.C." or "Fla.".
func nameLike(s string) bool { return startsUpper(s) }

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// abbreviatedCountries are short all-capital forms that do name places.
var abbreviatedCountries = map[string]bool{"us": true, "uk": true, "usa": true, "uae": true, "drc": true, "nyc": true}

// functionWords may stand capitalised before a name at a sentence start.
var functionWords = toSet("in at on from to near outside inside across into the a an and but or of for with by after before since during while as when where if then so yet also meanwhile however elsewhere")

// locativeWords, before a span, make it a place even when the recognizer
// did not say so.
var locativeWords = toSet("in at near from to outside inside across into towards toward around throughout via visited visit over")

// placeNouns before "of" introduce a place name: "the city of Mobile".
var placeNouns = toSet("city town village port capital province state region district island")

// placeNounOf reports whether the name at token i follows a place noun and
// "of" ("the town of Samarra"), which makes it a place whatever the
// recognizer typed it.
func placeNounOf(doc *chronicle.Document, i int) bool {
	return i >= 2 && strings.EqualFold(doc.Tokens[i-1].Text, "of") && placeNouns[strings.ToLower(doc.Tokens[i-2].Text)]
}

// calendarWords may follow a place in AP style ("in Kyiv Friday").
var calendarWords = toSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")

// commonWords are English words and first names that are also the names of
// towns somewhere; alone they are far more often the word.
var commonWords = toSet(`january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
police reading mobile split nice bath energy union liberty independence hope justice mission victory orange
sale deal normal opportunity enterprise commerce industry progress harmony concord unity friendship freedom
providence temple
of is as bar best born wells man mark sur van say bo ho hand bay general president minister army navy
national central north south east west northern southern eastern western royal new old university city state
republic democratic federal island islands lake river mount saint port fort cape valley beach bridge
media post time times star sun mirror herald globe tribune guardian news press
we he she it they you i most more center centre white black green red german chamber mary
mass ill miss ore wash ind la pa md mo del ark kan neb nev mont colo conn ala ariz calif fla ga ky mich minn okla tenn va vt wis wyo`)

// commonPhrases are names of buildings and streets used for who works there.
var commonPhrases = map[string]bool{"white house": true, "capitol hill": true, "downing street": true, "wall street": true, "red square": true}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
