package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"iter"
	"slices"
	"strings"

	"chronicle"
)

const (
	defaultLimit = 50
	maxLimit     = 500
	maxTotal     = 1000
)

func limit(n, def, most int) (int, error) {
	switch {
	case n < 0:
		return 0, chronicle.Errorf(chronicle.EINVALID, "limit", "%d is negative", n)
	case n == 0:
		return def, nil
	case n > most:
		return 0, chronicle.Errorf(chronicle.EINVALID, "limit", "%d is over the maximum of %d", n, most)
	}
	return n, nil
}

// Events returns one page of the events that match f, newest first (oldest
// first with f.Ascending), and how many match in all.
func (s *Store) Events(ctx context.Context, f EventFilter) (EventPage, error) {
	return s.events(ctx, f, maxLimit, true)
}

func (s *Store) events(ctx context.Context, f EventFilter, most int, withTotal bool) (EventPage, error) {
	n, err := limit(f.Limit, defaultLimit, most)
	if err != nil {
		return EventPage{}, err
	}
	matches, err := s.textMatches(ctx, f.Query)
	if err != nil {
		return EventPage{}, err
	}
	w, err := f.where(matches > manyTextMatches)
	if err != nil {
		return EventPage{}, err
	}
	page := EventPage{Events: []Event{}}
	if withTotal {
		// counting every match of a broad filter costs more than the page
		// itself, so the count stops at maxTotal
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM events e`+w.sql()+` LIMIT ?)`,
			append(slices.Clone(w.args), maxTotal+1)...).Scan(&page.Total); err != nil {
			return EventPage{}, storeError("events", err)
		}
		if page.Total > maxTotal {
			page.Total, page.TotalCapped = maxTotal, true
		}
	}
	cmp, dir := "<", "DESC"
	if f.Ascending {
		cmp, dir = ">", "ASC"
	}
	if f.Cursor != "" {
		date, id, err := decodeCursor(f.Cursor)
		if err != nil {
			return EventPage{}, err
		}
		w.add(`(e.date_lo `+cmp+` ? OR (e.date_lo = ? AND e.id `+cmp+` ?))`, date, date, id)
	}
	// pick the page by id first: sorting the matches with their bodies would
	// read every match's body, not just the page's
	order := ` ORDER BY e.date_lo ` + dir + `, e.id ` + dir
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id IN (SELECT e.id FROM events e`+
		w.sql()+order+` LIMIT ?)`+order, append(w.args, n+1)...)
	if err != nil {
		return EventPage{}, storeError("events", err)
	}
	var dates []string
	for rows.Next() {
		ev, date, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return EventPage{}, storeError("events", err)
		}
		page.Events = append(page.Events, ev)
		dates = append(dates, date)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return EventPage{}, storeError("events", err)
	}
	if len(page.Events) > n {
		page.Events = page.Events[:n]
		page.Next = chronicle.NullString(encodeCursor(dates[n-1], page.Events[n-1].ID))
	}
	if err := s.attachActors(ctx, page.Events); err != nil {
		return EventPage{}, err
	}
	return page, nil
}

const eventColumns = `e.body, e.article_id, e.mention_count, e.sources, e.first_reported, e.date_lo`

type scanner interface{ Scan(dest ...any) error }

func scanEvent(row scanner) (Event, string, error) {
	var ev Event
	var body, date string
	if err := row.Scan(&body, &ev.Article, &ev.MentionCount, &ev.Sources, &ev.FirstReported, &date); err != nil {
		return Event{}, "", err
	}
	if err := json.Unmarshal([]byte(body), &ev.Event); err != nil {
		return Event{}, "", err
	}
	return ev, date, nil
}

// attachActors fills each event's Actors with the actors it points at.
func (s *Store) attachActors(ctx context.Context, events []Event) error {
	var ids []string
	for _, ev := range events {
		ids = appendUnique(ids, actorIDs(ev.Event)...)
	}
	actors, err := s.actorsByID(ctx, ids)
	if err != nil {
		return err
	}
	for i, ev := range events {
		events[i].Actors = []chronicle.Actor{}
		for _, id := range actorIDs(ev.Event) {
			if a, ok := actors[id]; ok {
				events[i].Actors = append(events[i].Actors, a)
			}
		}
	}
	return nil
}

func actorIDs(ev chronicle.Event) []string {
	var ids []string
	for _, p := range slices.Concat(ev.Actor, ev.Recipient) {
		ids = appendUnique(ids, p.Actor)
	}
	if ev.Attribution != nil && ev.Attribution.Actor != "" {
		ids = appendUnique(ids, string(ev.Attribution.Actor))
	}
	return ids
}

func appendUnique(list []string, xs ...string) []string {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

const actorColumns = `a.id, a.name, a.type, a.country, a.sector, a.role, a.kb`

func scanActor(row scanner) (chronicle.Actor, error) {
	var a chronicle.Actor
	var country, sector, role, kb string
	err := row.Scan(&a.ID, &a.Name, &a.Type, &country, &sector, &role, &kb)
	a.Country, a.Sector, a.Role, a.KB = chronicle.NullString(country), chronicle.NullString(sector), chronicle.NullString(role), chronicle.NullString(kb)
	return a, err
}

func (s *Store) actorsByID(ctx context.Context, ids []string) (map[string]chronicle.Actor, error) {
	out := map[string]chronicle.Actor{}
	for chunk := range slices.Chunk(ids, 200) {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+actorColumns+` FROM actors a WHERE a.id IN (`+marks+`)`, args...)
		if err != nil {
			return nil, storeError("actors", err)
		}
		for rows.Next() {
			a, err := scanActor(rows)
			if err != nil {
				rows.Close()
				return nil, storeError("actors", err)
			}
			out[a.ID] = a
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, storeError("actors", err)
		}
	}
	return out, nil
}

// Event returns one event with every sentence that reports it.
func (s *Store) Event(ctx context.Context, id string) (EventDetail, error) {
	ev, _, err := scanEvent(s.db.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return EventDetail{}, chronicle.Errorf(chronicle.ENOTFOUND, id, "no such event")
	}
	if err != nil {
		return EventDetail{}, storeError(id, err)
	}
	events := []Event{ev}
	if err := s.attachActors(ctx, events); err != nil {
		return EventDetail{}, err
	}
	d := EventDetail{Event: events[0], Mentions: []MentionRef{}}
	rows, err := s.db.QueryContext(ctx, `SELECT m.event, a.seq, a.id, a.url, a.outlet, a.title, a.published
		FROM mentions m JOIN articles a ON a.seq = m.article_seq
		WHERE m.event_id = ? ORDER BY a.published = '', a.published, a.id, m.position`, id)
	if err != nil {
		return EventDetail{}, storeError(id, err)
	}
	type report struct {
		event chronicle.Event
		seq   int64
		ref   MentionRef
	}
	var reports []report
	for rows.Next() {
		var r report
		var body string
		if err := rows.Scan(&body, &r.seq, &r.ref.Article, &r.ref.URL, &r.ref.Outlet, &r.ref.Title, &r.ref.Published); err != nil {
			rows.Close()
			return EventDetail{}, storeError(id, err)
		}
		if err := json.Unmarshal([]byte(body), &r.event); err != nil {
			rows.Close()
			return EventDetail{}, storeError(id, err)
		}
		reports = append(reports, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return EventDetail{}, storeError(id, err)
	}
	for _, r := range reports {
		sentences := r.event.Mentions
		if len(sentences) == 0 {
			sentences = []chronicle.Mention{{Sentence: r.event.Sentence, Start: r.event.Evidence.Start, End: r.event.Evidence.End}}
		}
		for _, sm := range sentences {
			ref := r.ref
			ref.Sentence, ref.Start, ref.End = sm.Sentence, sm.Start, sm.End
			ref.Modality, ref.Attribution = r.event.Modality, r.event.Attribution
			if sm.Sentence == r.event.Sentence {
				trigger := r.event.Trigger
				ref.Trigger = &trigger
			}
			if err := s.db.QueryRowContext(ctx, `SELECT CAST(substr(CAST(text AS BLOB), ?, ?) AS TEXT) FROM articles WHERE seq = ?`,
				sm.Start+1, max(0, sm.End-sm.Start), r.seq).Scan(&ref.Text); err != nil {
				return EventDetail{}, storeError(id, err)
			}
			d.Mentions = append(d.Mentions, ref)
		}
	}
	return d, nil
}

// Dyad returns the events between A and B of the types a negotiation is
// followed by, oldest first.
func (s *Store) Dyad(ctx context.Context, f DyadFilter) ([]Event, error) {
	if f.A == "" || f.B == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "dyad", "a dyad needs two parties (a and b)")
	}
	if f.Limit == 0 {
		f.Limit = 500
	}
	page, err := s.events(ctx, EventFilter{Types: DyadTypes, Dyad: [2]string{f.A, f.B}, From: f.From, To: f.To,
		Ascending: true, Limit: f.Limit}, 5000, false)
	return page.Events, err
}

// Article returns an article's stored record.
func (s *Store) Article(ctx context.Context, id string) (chronicle.Record, error) {
	var body, text string
	err := s.db.QueryRowContext(ctx, `SELECT record, text FROM articles WHERE id = ?`, id).Scan(&body, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return chronicle.Record{}, chronicle.Errorf(chronicle.ENOTFOUND, id, "no such article")
	}
	if err != nil {
		return chronicle.Record{}, storeError(id, err)
	}
	var rec chronicle.Record
	if err := json.Unmarshal([]byte(body), &rec); err != nil {
		return chronicle.Record{}, storeError(id, err)
	}
	rec.Text = text
	return rec, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)`).Scan(&st.Articles, &st.Events, &st.Mentions, &st.Actors)
	return st, storeError("stats", err)
}

// AllEvents yields every event with its mentions, oldest first.
func (s *Store) AllEvents(ctx context.Context) iter.Seq2[EventDetail, error] {
	return func(yield func(EventDetail, error) bool) {
		cursor := ""
		for {
			page, err := s.events(ctx, EventFilter{Ascending: true, Limit: maxLimit, Cursor: cursor}, maxLimit, false)
			if err != nil {
				yield(EventDetail{}, err)
				return
			}
			for _, ev := range page.Events {
				d, err := s.Event(ctx, ev.ID)
				if !yield(d, err) || err != nil {
					return
				}
			}
			if page.Next == "" {
				return
			}
			cursor = string(page.Next)
		}
	}
}
