package web

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chronicle"
	"chronicle/sqlite"
)

// MaxLimit caps how many events one request may ask for, so no query walks
// the whole store.
const MaxLimit = 500

const maxParamBytes = 200

var (
	countryParam = regexp.MustCompile(`^[A-Za-z]{3}$`)
	// actor ids are store-wide keys such as "usa-donald-trump" or "kb-q7747"
	actorParam = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$`)
	modalities = []string{chronicle.Asserted, chronicle.Alleged, chronicle.Intended, chronicle.Threatened,
		chronicle.Conditional, chronicle.Hypothetical, chronicle.Denied}
	attributions = []string{"none", "any", "named", "anonymous"}
)

// params reads query parameters, refusing unknown names, repeated scalars,
// over-long values and bad UTF-8, each with an error naming the parameter.
type params struct {
	q   url.Values
	err error
}

func newParams(q url.Values, known ...string) *params {
	p := &params{q: q}
	for name, vals := range q {
		if name == "" {
			p.fail(chronicle.Errorf(chronicle.EINVALID, "query", "a parameter with no name"))
			continue
		}
		if !slices.Contains(known, name) {
			p.fail(chronicle.Errorf(chronicle.EINVALID, name, "unknown parameter (known: %s)", strings.Join(known, ", ")))
			continue
		}
		for _, v := range vals {
			if len(v) > maxParamBytes {
				p.fail(chronicle.Errorf(chronicle.EINVALID, name, "longer than %d bytes", maxParamBytes))
			} else if !utf8.ValidString(v) {
				p.fail(chronicle.Errorf(chronicle.EINVALID, name, "not valid UTF-8"))
			}
		}
	}
	return p
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// str is a parameter given once (or not at all), trimmed.
func (p *params) str(name string) string {
	vals := p.q[name]
	if len(vals) > 1 {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "given %d times; give it once", len(vals)))
	}
	if len(vals) == 0 {
		return ""
	}
	return strings.TrimSpace(vals[0])
}

// list is a parameter given several times or comma-separated.
func (p *params) list(name string) []string {
	var out []string
	for _, v := range p.q[name] {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

func (p *params) types(name string) []string {
	types := p.list(name)
	for i, t := range types {
		types[i] = strings.ToUpper(t)
		if !slices.Contains(chronicle.EventTypes, types[i]) {
			p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not a PLOVER event type (%s)", t, strings.Join(chronicle.EventTypes, ", ")))
		}
	}
	return types
}

func (p *params) country(name string) string {
	c := p.str(name)
	if c != "" && !countryParam.MatchString(c) {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not a three-letter country code (ISO 3166-1 alpha-3, IGO, NGO, MNC)", c))
	}
	return strings.ToUpper(c)
}

func (p *params) actor(name string) string {
	a := p.str(name)
	if a != "" && !actorParam.MatchString(a) {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not an actor id", a))
	}
	return a
}

// party is a dyad side: a country code or an actor id.
func (p *params) party(name, v string) string {
	switch {
	case countryParam.MatchString(v):
		return strings.ToUpper(v)
	case actorParam.MatchString(v):
		return v
	}
	p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is neither a country code nor an actor id", v))
	return ""
}

func (p *params) date(name string) string {
	d := p.str(name)
	if d == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not a date (YYYY-MM-DD)", d))
	}
	return d
}

func (p *params) oneOf(name string, allowed []string) string {
	v := strings.ToLower(p.str(name))
	if v != "" && !slices.Contains(allowed, v) {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not one of %s", v, strings.Join(allowed, ", ")))
	}
	return v
}

// limit is a positive count, capped at most.
func (p *params) limit(name string, most int) int {
	v := p.str(name)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		p.fail(chronicle.Errorf(chronicle.EINVALID, name, "%q is not a positive whole number", v))
		return 0
	}
	return min(n, most)
}

var eventParams = []string{"type", "country", "actor", "dyad", "from", "to", "modality", "attribution", "q", "limit", "cursor"}

// parseEventFilter reads the filters of GET /api/events and /events.
func parseEventFilter(q url.Values) (sqlite.EventFilter, error) {
	p := newParams(q, eventParams...)
	f := sqlite.EventFilter{
		Types:       p.types("type"),
		Country:     p.country("country"),
		Actor:       p.actor("actor"),
		From:        p.date("from"),
		To:          p.date("to"),
		Modality:    p.oneOf("modality", modalities),
		Attribution: p.oneOf("attribution", attributions),
		Query:       p.str("q"),
		Limit:       p.limit("limit", MaxLimit),
		Cursor:      p.str("cursor"),
	}
	if dyad := p.list("dyad"); len(dyad) > 0 {
		if len(dyad) != 2 {
			p.fail(chronicle.Errorf(chronicle.EINVALID, "dyad", "give two parties, A,B (country codes or actor ids)"))
		} else {
			f.Dyad = [2]string{p.party("dyad", dyad[0]), p.party("dyad", dyad[1])}
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		p.fail(chronicle.Errorf(chronicle.EINVALID, "from", "%s is after to (%s)", f.From, f.To))
	}
	if p.err != nil {
		return sqlite.EventFilter{}, p.err
	}
	return f, nil
}
