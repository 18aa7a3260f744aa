package geo

import (
	"slices"
	"strings"

	"chronicle"
)

// Located is a toponym found in a document, tokens [First, Last), and the
// place it was resolved to.
type Located struct {
	First, Last int
	Place       chronicle.Place
}

// Context bonuses, in the units of prior (log10 of population): a shared
// country is worth about a 30-fold larger population, a shared first-level
// division about 300-fold, an explicit "Paris, Texas" overrides everything.
const (
	callerCountryBonus = 1.5
	placeCountryBonus  = 1.5
	placeAdmin1Bonus   = 2.5
	qualifierBonus     = 6
	divisionWordBonus  = 3
	// contextCapitalBonus favours the capital of a country the article
	// names, however small: "Bermuda ... Hamilton".
	contextCapitalBonus = 1
	// sameCountryCityPenalty lets "Washington" and "New York" be the city
	// rather than the state of the same country, unless "state" follows.
	sameCountryCityPenalty = 2
)

// mention is a span whose text the gazetteer knows.
type mention struct {
	first, last int
	text        string
	key         string
	cands       []int32
	division    bool // followed by "region", "province", "oblast" ...
	qualifier   int  // index of the mention after "X, ", or -1
	best        int  // index into cands after resolution, -1 when none
}

// Places returns every toponym of doc that the gazetteer knows, in text order,
// each resolved with the document's context: the caller's countries (ISO3
// codes of the article's actors and dateline), then the countries and
// divisions of the other toponyms, before population. It reads the LOC/GPE
// entities of doc.Entities when the recognizer has filled them (and, more
// cautiously, known names it missed); otherwise capitalised spans.
func (g *Gazetteer) Places(doc *chronicle.Document, countries []string) []Located {
	ms := g.mentions(doc)
	g.resolve(ms, countries)
	var out []Located
	for _, m := range ms {
		if m.best < 0 {
			continue
		}
		out = append(out, Located{First: m.first, Last: m.last, Place: g.places[m.cands[m.best]].Place(m.text)})
	}
	return out
}

// Resolve resolves a single name (a dateline such as "KYIV" or "Paris,
// Texas", a user's query) given the countries the caller knows are involved.
func (g *Gazetteer) Resolve(name string, countries []string) (chronicle.Place, bool) {
	key := Normalize(name)
	if ids := g.index[key]; len(ids) > 0 {
		ms := []*mention{{text: name, key: key, cands: ids, qualifier: -1}}
		g.resolve(ms, countries)
		return g.places[ids[ms[0].best]].Place(name), true
	}
	head, tail, ok := strings.Cut(name, ",")
	headIDs, tailIDs := g.index[Normalize(head)], g.index[Normalize(tail)]
	if !ok || len(headIDs) == 0 {
		return chronicle.Place{}, false
	}
	ms := []*mention{{text: head, key: Normalize(head), cands: headIDs, qualifier: -1}}
	if len(tailIDs) > 0 {
		ms[0].qualifier = 1
		ms = append(ms, &mention{text: tail, key: Normalize(tail), cands: tailIDs, qualifier: -1})
	}
	g.resolve(ms, countries)
	return g.places[headIDs[ms[0].best]].Place(strings.TrimSpace(head)), true
}

// resolve picks a candidate for each mention in two passes: the first uses
// only priors and the caller's countries; the second adds what the other
// mentions resolved to in the first.
func (g *Gazetteer) resolve(ms []*mention, countries []string) {
	for _, m := range ms {
		m.best = g.pick(m, ms, countries, nil)
	}
	first := make([]int, len(ms))
	for i, m := range ms {
		first[i] = m.best
	}
	for i, m := range ms {
		ctx := g.contextExcept(ms, first, i)
		m.best = g.pick(m, ms, countries, ctx)
	}
}

type placeContext struct {
	countries map[string]bool
	admins    map[string]bool // ISO3 + "." + admin1
}

// contextExcept collects the countries and divisions that the other mentions
// (those with a different name) resolved to.
func (g *Gazetteer) contextExcept(ms []*mention, best []int, self int) *placeContext {
	ctx := &placeContext{countries: map[string]bool{}, admins: map[string]bool{}}
	for j, m := range ms {
		if j == self || best[j] < 0 || m.key == ms[self].key {
			continue
		}
		c := g.places[m.cands[best[j]]]
		if c.Country == "" {
			continue
		}
		ctx.countries[c.Country] = true
		if c.Admin1 != "" {
			ctx.admins[c.Country+"."+c.Admin1] = true
		}
	}
	return ctx
}

func (g *Gazetteer) pick(m *mention, ms []*mention, countries []string, ctx *placeContext) int {
	best, bestScore := -1, 0.0
	// bigCity holds, per country, the largest same-named city's prior.
	bigCity := map[string]float64{}
	for _, id := range m.cands {
		if c := g.places[id]; c.Precision == chronicle.PrecisionCity {
			bigCity[c.Country] = max(bigCity[c.Country], c.prior)
		}
	}
	for i, id := range m.cands {
		c := g.places[id]
		s := c.prior
		if c.Country != "" && slices.Contains(countries, c.Country) {
			s += callerCountryBonus
		}
		if ctx != nil && c.Country != "" {
			if ctx.countries[c.Country] {
				s += placeCountryBonus
				if c.Feature == "PPLC" {
					s += contextCapitalBonus // small capitals: Hamilton, Bermuda
				}
			}
			if c.Admin1 != "" && c.Precision != chronicle.PrecisionCountry && ctx.admins[c.Country+"."+c.Admin1] {
				s += placeAdmin1Bonus
			}
		}
		isDivision := c.Precision == chronicle.PrecisionAdmin1 || c.Precision == chronicle.PrecisionRegion
		if m.division && isDivision {
			s += divisionWordBonus
		}
		if !m.division && c.Precision == chronicle.PrecisionAdmin1 && bigCity[c.Country] >= c.prior-1 {
			s -= sameCountryCityPenalty
		}
		if m.qualifier >= 0 && g.qualifies(ms[m.qualifier], c) {
			s += qualifierBonus
		}
		if best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// qualifies reports whether q ("Texas" in "Paris, Texas") can name the
// division or country that contains c.
func (g *Gazetteer) qualifies(q *mention, c Candidate) bool {
	for _, id := range q.cands {
		p := g.places[id]
		switch p.Precision {
		case chronicle.PrecisionCountry:
			if p.Country == c.Country && c.Precision != chronicle.PrecisionCountry {
				return true
			}
		case chronicle.PrecisionAdmin1:
			if p.Country == c.Country && p.Admin1 == c.Admin1 && c.Precision == chronicle.PrecisionCity {
				return true
			}
		}
	}
	return false
}

// divisionWords follow a name to say a division is meant ("Kursk region").
var divisionWords = map[string]bool{
	"region": true, "province": true, "oblast": true, "state": true, "governorate": true,
	"district": true, "county": true, "prefecture": true, "territory": true,
}

func isDivisionWord(s string) bool { return divisionWords[strings.ToLower(s)] }
