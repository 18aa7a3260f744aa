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
	"time"

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
		coalesce((SELECT sum(c.n) FROM actor_event_counts c WHERE c.actor_id = a.id), 0) AS n
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
	// actor_event_counts is kept with the events (edges.go)
	rows, err := s.db.QueryContext(ctx, `SELECT type, n FROM actor_event_counts WHERE actor_id = ? AND n > 0`, id)
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
	var period func(day string) string
	switch f.By {
	case "day":
		period = func(day string) string { return day }
	case "week":
		period = weekStart
	case "month", "":
		period = func(day string) string { return day[:min(len(day), 7)] + "-01" }
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
	from := ` FROM events e INDEXED BY events_date_type`
	if f.Country != "" || f.Actor != "" {
		// the matches come as a list of ids: the planner would look each up
		// in the unique index on id and then read its row, body and all
		from = ` FROM events e INDEXED BY events_id_cover`
	}
	// counted by day in SQL, where the index gives the days in order, and
	// into periods here: a period per row in SQL costs a date function call
	// per event
	rows, err := s.db.QueryContext(ctx, `SELECT e.date_lo, e.type, count(*)`+from+w.sql()+
		` GROUP BY e.date_lo, e.type ORDER BY e.date_lo`, w.args...)
	if err != nil {
		return nil, storeError("counts", err)
	}
	defer rows.Close()
	out := []Count{}
	for rows.Next() {
		var day, t string
		var n int
		if err := rows.Scan(&day, &t, &n); err != nil {
			return nil, storeError("counts", err)
		}
		p := period(day)
		if len(out) == 0 || out[len(out)-1].Period != p {
			out = append(out, Count{Period: p, ByType: map[string]int{}})
		}
		c := &out[len(out)-1]
		c.Count += n
		c.ByType[t] += n
	}
	return out, storeError("counts", rows.Err())
}

// weekStart is the Monday of the week of day (YYYY-MM-DD), or day itself
// when it is not a date.
func weekStart(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -back).Format(time.DateOnly)
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
		w.add(`(e.source_country = ? OR e.target_country = ?)`, c, c)
	}
	w.add(`e.by_key = ?`, key)
	// event_edges (edges.go) holds one row per event and pair, so count(*)
	// counts events
	rows, err := s.db.QueryContext(ctx, `SELECT e.source, e.target, e.type, count(*) FROM event_edges e`+
		w.sql()+` GROUP BY 1, 2, 3`, w.args...)
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
