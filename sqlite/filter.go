package sqlite

import (
	"context"
	"encoding/base64"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"chronicle"
)

// where collects SQL conditions over events e and their arguments.
type where struct {
	conds []string
	args  []any
	// aggregate: the query reads every match, so a participant filter is
	// better run once as a list than per event (a page stops early, so
	// there a per-event check is better)
	aggregate bool
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

var countryCode = regexp.MustCompile(`^[A-Z]{3}$`)

func (w *where) types(types []string) error {
	if len(types) == 0 {
		return nil
	}
	var marks []string
	for _, t := range types {
		t = strings.ToUpper(strings.TrimSpace(t))
		if !slices.Contains(chronicle.EventTypes, t) {
			return chronicle.Errorf(chronicle.EINVALID, "type", "%q is not a PLOVER event type", t)
		}
		marks = append(marks, "?")
		w.args = append(w.args, t)
	}
	w.conds = append(w.conds, "e.type IN ("+strings.Join(marks, ",")+")")
	return nil
}

func (w *where) country(country string) error {
	if country == "" {
		return nil
	}
	country = strings.ToUpper(country)
	if !countryCode.MatchString(country) {
		return chronicle.Errorf(chronicle.EINVALID, "country", "%q is not a three-letter country code (ISO 3166-1 alpha-3, IGO, NGO, MNC)", country)
	}
	if w.aggregate {
		// one list from two indexes: an OR here would read every event
		w.add(`e.id IN (SELECT p.id FROM events p WHERE p.place_country = ?
			UNION SELECT x.event_id FROM event_actors x WHERE x.country = ?)`, country, country)
	} else {
		w.add(`(e.place_country = ? OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.country = ?))`, country, country)
	}
	return nil
}

func (w *where) actor(actor string) {
	switch {
	case actor == "":
	case w.aggregate:
		w.add(`e.id IN (SELECT x.event_id FROM event_actors x WHERE x.actor_id = ?)`, actor)
	default:
		w.add(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id = ?)`, actor)
	}
}

// dyad: one party is A and another is B, whatever the direction; each side
// is a country code or an actor id.
func (w *where) dyad(d [2]string) error {
	if d[0] == "" && d[1] == "" {
		return nil
	}
	if d[0] == "" || d[1] == "" {
		return chronicle.Errorf(chronicle.EINVALID, "dyad", "a dyad needs two parties (A,B)")
	}
	for i := range d {
		if countryCode.MatchString(strings.ToUpper(d[i])) {
			d[i] = strings.ToUpper(d[i]) // actor ids always have a dash
		}
	}
	w.add(`EXISTS (SELECT 1 FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id
		WHERE x.event_id = e.id AND (x.country = ? OR x.actor_id = ?) AND (y.country = ? OR y.actor_id = ?)
		AND x.actor_id <> y.actor_id)`, d[0], d[0], d[1], d[1])
	return nil
}

func (w *where) dates(from, to string) error {
	if from != "" {
		if !isDay(from) {
			return chronicle.Errorf(chronicle.EINVALID, "from", "%q is not a date (YYYY-MM-DD)", from)
		}
		// the second bound adds nothing but lets the index on date_lo bound
		// the scan: no event spans more than maxEventDays
		w.add(`e.date_hi >= ? AND e.date_lo >= date(?, '-`+strconv.Itoa(maxEventDays)+` days')`, from, from)
	}
	if to != "" {
		if !isDay(to) {
			return chronicle.Errorf(chronicle.EINVALID, "to", "%q is not a date (YYYY-MM-DD)", to)
		}
		w.add(`e.date_lo <> '' AND e.date_lo <= ?`, to)
	}
	return nil
}

func isDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

var modalities = []string{chronicle.Asserted, chronicle.Alleged, chronicle.Intended, chronicle.Threatened,
	chronicle.Conditional, chronicle.Hypothetical, chronicle.Denied}

// where builds the conditions of f. manyTextMatches says f.Query matches
// many articles: then each event is checked against the matches, which stops
// early with a page; with few matches it is cheaper to start from them.
func (f EventFilter) where(manyTextMatches bool) (*where, error) {
	w := &where{}
	if err := w.types(f.Types); err != nil {
		return nil, err
	}
	w.actor(f.Actor)
	if err := w.country(f.Country); err != nil {
		return nil, err
	}
	if err := w.dyad(f.Dyad); err != nil {
		return nil, err
	}
	if err := w.dates(f.From, f.To); err != nil {
		return nil, err
	}
	if f.Modality != "" {
		if !slices.Contains(modalities, f.Modality) {
			return nil, chronicle.Errorf(chronicle.EINVALID, "modality", "%q is not a modality (%s)", f.Modality, strings.Join(modalities, ", "))
		}
		w.add(`e.modality = ?`, f.Modality)
	}
	switch f.Attribution {
	case "":
	case "none", "named", "anonymous":
		w.add(`e.attribution = ?`, f.Attribution)
	case "any":
		w.add(`e.attribution <> 'none'`)
	default:
		return nil, chronicle.Errorf(chronicle.EINVALID, "attribution", "%q is not one of none, any, named, anonymous", f.Attribution)
	}
	if f.Query != "" {
		q, err := ftsQuery(f.Query)
		if err != nil {
			return nil, err
		}
		if manyTextMatches {
			w.add(`EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_seq IN
				(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, q)
		} else {
			w.add(`e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_seq IN
				(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, q)
		}
	}
	if f.Located {
		w.add(`e.lat IS NOT NULL`)
	}
	return w, nil
}

// manyTextMatches is the number of matching articles above which a text
// query is checked per event rather than used as the starting point (a
// variable so tests can take both paths).
var manyTextMatches = 500

// textMatches counts the articles matching a text query, up to one more than
// manyTextMatches.
func (s *Store) textMatches(ctx context.Context, query string) (int, error) {
	if query == "" {
		return 0, nil
	}
	q, err := ftsQuery(query)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)`,
		q, manyTextMatches+1).Scan(&n)
	return n, storeError("q", err)
}

// ftsQuery turns what a person typed into an FTS5 query that cannot be a
// syntax error: every word quoted, all required.
func ftsQuery(q string) (string, error) {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return "", chronicle.Errorf(chronicle.EINVALID, "q", "the query %q has no words", q)
	}
	if len(words) > 20 {
		return "", chronicle.Errorf(chronicle.EINVALID, "q", "the query has %d words; at most 20", len(words))
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " "), nil
}

// A cursor is the sort key of the last event of a page.
func encodeCursor(date, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("1|" + date + "|" + id))
}

func decodeCursor(c string) (date, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	parts := strings.SplitN(string(b), "|", 3)
	if err != nil || len(parts) != 3 || parts[0] != "1" {
		return "", "", chronicle.Errorf(chronicle.EINVALID, "cursor", "not a cursor this server gave out")
	}
	return parts[1], parts[2], nil
}
