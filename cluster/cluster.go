package cluster

import (
	"math"
	"slices"
	"strings"
)

// Mention is one article's report of an event, reduced to what decides
// whether two reports describe the same event.
type Mention struct {
	ID         string  `json:"id"`      // unique: article id + "#" + the record's event id
	Article    string  `json:"article"` // article id
	Source     string  `json:"source"`  // what counts as one source: outlet, else URL host, else article
	Published  string  `json:"published,omitempty"`
	Position   int     `json:"position"` // index of the event in its record
	Type       string  `json:"type"`
	Negated    bool    `json:"negated,omitempty"`
	Irrealis   bool    `json:"irrealis,omitempty"` // intended, threatened, conditional or hypothetical
	Bucket     string  `json:"bucket"`             // date bucket, see DateBucket
	Actors     []Party `json:"actors,omitempty"`
	Recipients []Party `json:"recipients,omitempty"`
	Place      *Place  `json:"place,omitempty"`
}

// Party is an actor as the merger sees it.
type Party struct {
	Actor   string `json:"actor"`             // store-wide actor id (ActorKey)
	Country string `json:"country,omitempty"` // ISO alpha-3, IGO, NGO, MNC or ""
	Person  string `json:"person,omitempty"`  // for people: kb id, else surname
}

// Place is where an event happened, as far as merging cares.
type Place struct {
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision string  `json:"precision,omitempty"`
}

// Block is the partition key: only mentions in the same block can merge.
func (m Mention) Block() string { return m.Type + "|" + m.Bucket }

// reciprocal types are often written either way round ("A met B", "A and B
// met"), so their parties are compared as one set.
var reciprocal = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// Two cities with the same name and country can be far apart; beyond this the
// reports are about different places.
const maxCityDistanceKm = 100

// Compatible reports whether a and b can describe the same real-world event.
func Compatible(a, b Mention) bool {
	if a.Article == b.Article || a.Block() != b.Block() ||
		a.Negated != b.Negated || a.Irrealis != b.Irrealis {
		return false
	}
	if !placesCompatible(a.Place, b.Place) || !peopleCompatible(a, b) {
		return false
	}
	all := func(m Mention) []string { return groups(append(slices.Clone(m.Actors), m.Recipients...)) }
	ga, gb := all(a), all(b)
	if !intersects(ga, gb) {
		return false // nothing known in common: no evidence they are the same
	}
	directed := sideCompatible(groups(a.Actors), groups(b.Actors)) &&
		sideCompatible(groups(a.Recipients), groups(b.Recipients))
	if directed {
		return true
	}
	return reciprocal[a.Type] && (subset(ga, gb) || subset(gb, ga))
}

// Group splits mentions into events. The result does not depend on the
// order of ms: each group lists its mentions in canonical order, the first
// being the earliest report, and groups are ordered by their first mention.
func Group(ms []Mention) [][]Mention {
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, compare)
	var out [][]Mention
	for _, m := range sorted {
		placed := false
		for i, g := range out {
			if allCompatible(m, g) {
				out[i] = append(g, m)
				placed = true
				break
			}
		}
		if !placed {
			out = append(out, []Mention{m})
		}
	}
	return out
}

func allCompatible(m Mention, g []Mention) bool {
	for _, o := range g {
		if !Compatible(m, o) {
			return false
		}
	}
	return true
}

// compare is the canonical order: earliest publication first (undated last),
// then article id, then position in the article.
func compare(a, b Mention) int {
	pa, pb := a.Published, b.Published
	if pa == "" {
		pa = "~"
	}
	if pb == "" {
		pb = "~"
	}
	if c := strings.Compare(pa, pb); c != 0 {
		return c
	}
	if c := strings.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if a.Position != b.Position {
		return a.Position - b.Position
	}
	return strings.Compare(a.ID, b.ID)
}

// group is how a party is compared: by country when it has one, else by its
// actor id.
func group(p Party) string {
	if p.Country != "" {
		return p.Country
	}
	return "@" + p.Actor
}

func groups(ps []Party) []string {
	var out []string
	for _, p := range ps {
		if g := group(p); !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// sideCompatible: an unknown side (say, a report that omits the recipient)
// does not contradict a known one.
func sideCompatible(a, b []string) bool {
	return len(a) == 0 || len(b) == 0 || intersects(a, b)
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// peopleCompatible rejects two reports that name different people for the
// same country: Trump meeting Putin and Rubio meeting Lavrov on one day are
// two meetings even though both are USA–RUS.
func peopleCompatible(a, b Mention) bool {
	pa, pb := people(a), people(b)
	for country, xs := range pa {
		ys, ok := pb[country]
		if ok && !intersects(xs, ys) {
			return false
		}
	}
	return true
}

func people(m Mention) map[string][]string {
	out := map[string][]string{}
	for _, p := range append(slices.Clone(m.Actors), m.Recipients...) {
		if p.Person != "" {
			out[group(p)] = append(out[group(p)], p.Person)
		}
	}
	return out
}

func placesCompatible(a, b *Place) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	if a.Precision == "city" && b.Precision == "city" {
		return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= maxCityDistanceKm
	}
	return true
}

func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthRadiusKm = 6371
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
