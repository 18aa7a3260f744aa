package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"chronicle"
)

// Actors finds actors by name (any part of it, case-insensitively), the most
// active first.
func (s *Store) Actors(ctx context.Context, f ActorFilter) ([]ActorSummary, error) {
	n, err := limit(f.Limit, defaultLimit, maxLimit)
	if err != nil {
		return nil, err
	}
	w := &where{}
	if f.Query != "" {
		escaped := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(f.Query))
		w.add(`a.name_fold LIKE ? ESCAPE '\'`, "%"+escaped+"%")
	}
	if f.Country != "" {
		w.add(`a.country = ?`, strings.ToUpper(f.Country))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+actorColumns+`,
		(SELECT count(DISTINCT x.event_id) FROM event_actors x WHERE x.actor_id = a.id) AS n
		FROM actors a`+w.sql()+` ORDER BY n DESC, a.id LIMIT ?`, append(w.args, n)...)
	if err != nil {
		return nil, storeError("actors", err)
	}
	out := []ActorSummary{}
	for rows.Next() {
		var sum ActorSummary
		var country, sector, role, kb string
		if err := rows.Scan(&sum.ID, &sum.Name, &sum.Type, &country, &sector, &role, &kb, &sum.Events); err != nil {
			rows.Close()
			return nil, storeError("actors", err)
		}
		sum.Country, sum.Sector, sum.Role, sum.KB = chronicle.NullString(country), chronicle.NullString(sector), chronicle.NullString(role), chronicle.NullString(kb)
		out = append(out, sum)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, storeError("actors", err)
	}
	for i := range out {
		if out[i].ByType, err = s.actorTypes(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Actor returns one actor with its event counts by type.
func (s *Store) Actor(ctx context.Context, id string) (ActorSummary, error) {
	a, err := scanActor(s.db.QueryRowContext(ctx, `SELECT `+actorColumns+` FROM actors a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return ActorSummary{}, chronicle.Errorf(chronicle.ENOTFOUND, id, "no such actor")
	}
	if err != nil {
		return ActorSummary{}, storeError(id, err)
	}
	sum := ActorSummary{Actor: a}
	if sum.ByType, err = s.actorTypes(ctx, id); err != nil {
		return ActorSummary{}, err
	}
	for _, n := range sum.ByType {
		sum.Events += n
	}
	return sum, nil
}

func (s *Store) actorTypes(ctx context.Context, id string) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.type, count(DISTINCT e.id) FROM event_actors x
		JOIN events e ON e.id = x.event_id WHERE x.actor_id = ? GROUP BY e.type`, id)
	if err != nil {
		return nil, storeError(id, err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return nil, storeError(id, err)
		}
		out[t] = n
	}
	return out, storeError(id, rows.Err())
}

// Counts returns the number of events per period, oldest first. Events are
// counted in the period their date starts in.
func (s *Store) Counts(ctx context.Context, f CountFilter) ([]Count, error) {
	var period string
	switch f.By {
	case "day":
		period = `e.date_lo`
	case "week": // the Monday the week starts on
		period = `date(e.date_lo, 'weekday 0', '-6 days')`
	case "month", "":
		period = `substr(e.date_lo, 1, 7) || '-01'`
	default:
		return nil, chronicle.Errorf(chronicle.EINVALID, "by", "%q is not day, week or month", f.By)
	}
	w := &where{aggregate: true}
	w.add(`e.date_lo <> ''`)
	if err := w.types(f.Types); err != nil {
		return nil, err
	}
	if err := w.country(f.Country); err != nil {
		return nil, err
	}
	w.actor(f.Actor)
	if err := w.dates(f.From, f.To); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+period+` AS p, e.type, count(*) FROM events e`+w.sql()+
		` GROUP BY p, e.type ORDER BY p`, w.args...)
	if err != nil {
		return nil, storeError("counts", err)
	}
	defer rows.Close()
	out := []Count{}
	for rows.Next() {
		var p, t string
		var n int
		if err := rows.Scan(&p, &t, &n); err != nil {
			return nil, storeError("counts", err)
		}
		if len(out) == 0 || out[len(out)-1].Period != p {
			out = append(out, Count{Period: p, ByType: map[string]int{}})
		}
		c := &out[len(out)-1]
		c.Count += n
		c.ByType[t] += n
	}
	return out, storeError("counts", rows.Err())
}

// Network returns who acts toward whom: source → target edges between
// countries (or actors), the busiest first. Reciprocal events with no
// recipient link their actors pairwise.
func (s *Store) Network(ctx context.Context, f NetworkFilter) ([]Edge, error) {
	n, err := limit(f.Limit, 200, 5000)
	if err != nil {
		return nil, err
	}
	var key string
	switch f.By {
	case "country", "":
		key = "country"
	case "actor":
		key = "actor_id"
	default:
		return nil, chronicle.Errorf(chronicle.EINVALID, "by", "%q is not country or actor", f.By)
	}
	w := &where{}
	if err := w.types(f.Types); err != nil {
		return nil, err
	}
	if err := w.dates(f.From, f.To); err != nil {
		return nil, err
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		if !countryCode.MatchString(c) {
			return nil, chronicle.Errorf(chronicle.EINVALID, "country", "%q is not a three-letter country code", f.Country)
		}
		w.add(`(x.country = ? OR y.country = ?)`, c, c)
	}
	w.add(fmt.Sprintf(`x.%[1]s <> '' AND y.%[1]s <> '' AND x.%[1]s <> y.%[1]s`, key))
	w.add(fmt.Sprintf(`(y.side = 'recipient' OR (y.side = 'actor' AND x.%s < y.%s AND NOT EXISTS
		(SELECT 1 FROM event_actors r WHERE r.event_id = e.id AND r.side = 'recipient')))`, key, key))
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT x.%[1]s, y.%[1]s, e.type, count(DISTINCT e.id)
		FROM events e JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'
		JOIN event_actors y ON y.event_id = e.id`, key)+w.sql()+` GROUP BY 1, 2, 3`, w.args...)
	if err != nil {
		return nil, storeError("network", err)
	}
	edges := map[[2]string]*Edge{}
	for rows.Next() {
		var src, dst, t string
		var c int
		if err := rows.Scan(&src, &dst, &t, &c); err != nil {
			rows.Close()
			return nil, storeError("network", err)
		}
		e := edges[[2]string{src, dst}]
		if e == nil {
			e = &Edge{Source: src, Target: dst, SourceName: src, TargetName: dst, ByType: map[string]int{}}
			edges[[2]string{src, dst}] = e
		}
		e.Count += c
		e.ByType[t] += c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, storeError("network", err)
	}
	out := []Edge{}
	for _, e := range edges {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b Edge) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	out = out[:min(n, len(out))]
	if key == "actor_id" {
		var ids []string
		for _, e := range out {
			ids = appendUnique(ids, e.Source, e.Target)
		}
		actors, err := s.actorsByID(ctx, ids)
		if err != nil {
			return nil, err
		}
		for i := range out {
			out[i].SourceName, out[i].TargetName = actors[out[i].Source].Name, actors[out[i].Target].Name
		}
	}
	return out, nil
}

// maxMapEvents bounds the work of one map; the newest events win.
const maxMapEvents = 20000

// Places returns the located events that match f, grouped by place, the
// busiest place first. f.Limit and f.Cursor are ignored.
func (s *Store) Places(ctx context.Context, f EventFilter) ([]Point, error) {
	f.Located, f.Limit, f.Cursor = true, 0, ""
	w, err := f.where(false) // reads every match anyway
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.type, e.place_name, e.place_country, e.place_precision, e.lat, e.lon
		FROM events e`+w.sql()+` ORDER BY e.date_lo DESC, e.id DESC LIMIT ?`, append(w.args, maxMapEvents)...)
	if err != nil {
		return nil, storeError("places", err)
	}
	defer rows.Close()
	points := map[string]*Point{}
	var order []string
	for rows.Next() {
		var id, t string
		var p Point
		if err := rows.Scan(&id, &t, &p.Name, &p.Country, &p.Precision, &p.Lat, &p.Lon); err != nil {
			return nil, storeError("places", err)
		}
		// two decimals (about a kilometre) so that one city is one point
		key := fmt.Sprintf("%s|%.2f|%.2f", p.Name, math.Round(p.Lat*100)/100, math.Round(p.Lon*100)/100)
		pt := points[key]
		if pt == nil {
			p.ByType = map[string]int{}
			pt = &p
			points[key] = pt
			order = append(order, key)
		}
		pt.Count++
		pt.ByType[t]++
		if len(pt.Events) < 10 {
			pt.Events = append(pt.Events, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, storeError("places", err)
	}
	out := make([]Point, 0, len(order))
	for _, k := range order {
		out = append(out, *points[k])
	}
	slices.SortStableFunc(out, func(a, b Point) int { return b.Count - a.Count })
	return out, nil
}
