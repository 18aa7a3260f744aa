package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"chronicle"
	"chronicle/cluster"
)

// Put stores one article's record in one transaction, merging its events with
// those already stored. A record whose id is already stored is left alone.
func (s *Store) Put(ctx context.Context, rec chronicle.Record) (PutResult, error) {
	res, errs, err := s.PutBatch(ctx, []chronicle.Record{rec})
	if err != nil {
		return PutResult{}, err
	}
	return res[0], errs[0]
}

// PutBatch stores several records in one transaction, each whole or not at
// all: a record that fails (errs[i]) is rolled back alone and the others are
// stored. err means the transaction failed and nothing was stored. Writing a
// batch costs little more than writing one record, since most of the work is
// writing the changed pages at commit.
func (s *Store) PutBatch(ctx context.Context, recs []chronicle.Record) (res []PutResult, errs []error, err error) {
	res, errs = make([]PutResult, len(recs)), make([]error, len(recs))
	err = s.inTx(ctx, func(w *writeTx) error {
		var blocks []string
		for i, rec := range recs {
			if strings.TrimSpace(rec.ID) == "" {
				errs[i] = chronicle.Errorf(chronicle.EINVALID, rec.URL, "record has no id")
				continue
			}
			var exists int
			if err := w.queryRow(ctx, `SELECT count(*) FROM articles WHERE id = ?`, rec.ID).Scan(&exists); err != nil {
				return err
			}
			if exists > 0 {
				continue
			}
			if _, err := w.tx.ExecContext(ctx, `SAVEPOINT record`); err != nil {
				return err
			}
			touched, err := s.putRecord(ctx, w, rec)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				errs[i] = storeError(rec.ID, err)
				if _, err := w.tx.ExecContext(ctx, `ROLLBACK TO record`); err != nil {
					return err
				}
				if _, err := w.tx.ExecContext(ctx, `RELEASE record`); err != nil {
					return err
				}
				continue
			}
			if _, err := w.tx.ExecContext(ctx, `RELEASE record`); err != nil {
				return err
			}
			res[i] = PutResult{Stored: true, Events: len(rec.Events)}
			blocks = appendUnique(blocks, touched...)
		}
		slices.Sort(blocks)
		for _, b := range blocks {
			if err := regroup(ctx, w, b, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, storeError("batch of "+strconv.Itoa(len(recs))+" records", err)
	}
	return res, errs, nil
}

// Has reports whether an article is stored.
func (s *Store) Has(ctx context.Context, articleID string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, articleID).Scan(&n)
	return n > 0, storeError(articleID, err)
}

// Remerge rebuilds every merged event from the stored reports. The result is
// the same as the incremental merging Put does; it is there for when the
// merging rules change.
func (s *Store) Remerge(ctx context.Context) error {
	return storeError(s.path, s.inTx(ctx, func(w *writeTx) error {
		blocks, err := queryStrings(ctx, w.tx, `SELECT DISTINCT block FROM mentions ORDER BY block`)
		if err != nil {
			return err
		}
		for _, b := range blocks {
			if err := regroup(ctx, w, b, true); err != nil {
				return err
			}
		}
		return nil
	}))
}

func storeError(input string, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*chronicle.Error); ok {
		return err
	}
	if err == context.Canceled || err == context.DeadlineExceeded {
		return err
	}
	return &chronicle.Error{Code: chronicle.EINTERNAL, Input: input, Message: "database", Err: err}
}

// putRecord stores rec and returns the merge blocks its events fall in; the
// caller regroups them.
func (s *Store) putRecord(ctx context.Context, w *writeTx, rec chronicle.Record) (blocks []string, err error) {
	stored := rec
	stored.Text = "" // kept in its own column
	body, err := json.Marshal(stored)
	if err != nil {
		return nil, err
	}
	r, err := w.exec(ctx, `INSERT INTO articles (id, url, title, outlet, published, language, text, record, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.ID, rec.URL, rec.Title, rec.Outlet, rec.Published, rec.Language, rec.Text, string(body),
		s.now().UTC().Format(time.RFC3339))
	if err != nil {
		return nil, err
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return nil, err
	}
	if _, err := w.exec(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, rec.Title, rec.Text); err != nil {
		return nil, err
	}

	local := map[string]chronicle.Actor{}
	for _, a := range rec.Actors {
		local[a.ID] = a
	}
	// global resolves a record's actor id (or, failing that, the text) to a
	// stored actor, storing it on first sight.
	global := func(id, text string) (string, error) {
		a, ok := local[id]
		if !ok {
			a = chronicle.Actor{Name: text}
		}
		key := cluster.ActorKey(a)
		_, err := w.exec(ctx, `INSERT INTO actors (id, name, name_fold, type, country, sector, role, kb)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET `+keepSmallest("type", "sector", "role"),
			key, a.Name, strings.ToLower(a.Name), a.Type, string(a.Country), string(a.Sector), string(a.Role), string(a.KB))
		return key, err
	}

	mentions := cluster.FromRecord(rec)
	for i, ev := range rec.Events {
		m := mentions[i]
		// copies, so the caller's record is left as it was
		ev.Actor, ev.Recipient = slices.Clone(ev.Actor), slices.Clone(ev.Recipient)
		for _, side := range [][]chronicle.Participant{ev.Actor, ev.Recipient} {
			for j := range side {
				if side[j].Actor, err = global(side[j].Actor, side[j].Text); err != nil {
					return nil, err
				}
			}
		}
		attribution := "none"
		if at := ev.Attribution; at != nil {
			attribution = attributionKind(local, string(at.Actor))
			if at.Actor != "" {
				id, err := global(string(at.Actor), at.Text)
				if err != nil {
					return nil, err
				}
				copied := *at
				copied.Actor = chronicle.NullString(id)
				ev.Attribution = &copied
			}
		}
		facts, err := json.Marshal(m)
		if err != nil {
			return nil, err
		}
		evJSON, err := json.Marshal(ev)
		if err != nil {
			return nil, err
		}
		if _, err := w.exec(ctx, `INSERT INTO mentions (id, article_seq, position, block, event_id, attribution, facts, event)
			VALUES (?, ?, ?, ?, '', ?, ?, ?)`, m.ID, seq, i, m.Block(), attribution, string(facts), string(evJSON)); err != nil {
			return nil, fmt.Errorf("event %s: %w", m.ID, err)
		}
		if !slices.Contains(blocks, m.Block()) {
			blocks = append(blocks, m.Block())
		}
	}
	return blocks, nil
}

// keepSmallest keeps, for each column, the smallest non-empty value any
// article gave, so that what the store says of an actor does not depend on
// the order articles arrived in.
func keepSmallest(columns ...string) string {
	var sets []string
	for _, c := range columns {
		sets = append(sets, fmt.Sprintf(`%[1]s = CASE WHEN actors.%[1]s = '' OR (excluded.%[1]s <> '' AND excluded.%[1]s < actors.%[1]s)
			THEN excluded.%[1]s ELSE actors.%[1]s END`, c))
	}
	return strings.Join(sets, ", ")
}

// attributionKind: an event someone reports is "named" when the source is a
// person, organisation or country, "anonymous" when it is unnamed people
// ("two people familiar with the list", "officials") or not resolved at all.
func attributionKind(local map[string]chronicle.Actor, actorID string) string {
	a, ok := local[actorID]
	if !ok || a.Type == chronicle.ActorGroup {
		return "anonymous"
	}
	return "named"
}

type storedMention struct {
	facts       cluster.Mention
	event       chronicle.Event
	attribution string
	eventID     string // the merged event it belonged to before this regroup
}

// regroup rebuilds the merged events of one block from its mentions. An
// event whose reports are unchanged is left as it is (its row depends on
// nothing else) unless rewrite is set, as Remerge does after a rule change.
func regroup(ctx context.Context, w *writeTx, block string, rewrite bool) error {
	rows, err := w.query(ctx, `SELECT facts, event, attribution, event_id FROM mentions WHERE block = ?`, block)
	if err != nil {
		return err
	}
	byID := map[string]storedMention{}
	before := map[string][]string{} // event id → its mention ids
	var ms []cluster.Mention
	for rows.Next() {
		var facts, event string
		var sm storedMention
		if err := rows.Scan(&facts, &event, &sm.attribution, &sm.eventID); err != nil {
			rows.Close()
			return err
		}
		if err := json.Unmarshal([]byte(facts), &sm.facts); err != nil {
			rows.Close()
			return err
		}
		if err := json.Unmarshal([]byte(event), &sm.event); err != nil {
			rows.Close()
			return err
		}
		byID[sm.facts.ID] = sm
		ms = append(ms, sm.facts)
		if sm.eventID != "" {
			before[sm.eventID] = append(before[sm.eventID], sm.facts.ID)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	after := map[string][]string{}
	groups := cluster.Group(ms)
	for _, g := range groups {
		id := EventID(g[0].ID)
		for _, m := range g {
			after[id] = append(after[id], m.ID)
		}
	}
	same := func(id string) bool {
		a, b := slices.Clone(before[id]), after[id]
		slices.Sort(a)
		return !rewrite && len(b) > 0 && slices.Equal(a, slices.Sorted(slices.Values(b)))
	}
	for id := range before {
		if !same(id) {
			if err := removeSummaries(ctx, w, id); err != nil {
				return err
			}
			if _, err := w.exec(ctx, `DELETE FROM event_actors WHERE event_id = ?`, id); err != nil {
				return err
			}
			if _, err := w.exec(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
				return err
			}
		}
	}
	for _, g := range groups {
		if !same(EventID(g[0].ID)) {
			if err := insertEvent(ctx, w, block, g, byID); err != nil {
				return err
			}
		}
	}
	return nil
}

// EventID is the id of the merged event whose earliest report is mentionID.
func EventID(mentionID string) string {
	sum := sha256.Sum256([]byte(mentionID))
	return "ev-" + hex.EncodeToString(sum[:8])
}

func insertEvent(ctx context.Context, w *writeTx, block string, g []cluster.Mention, byID map[string]storedMention) error {
	first := byID[g[0].ID]
	ev := first.event
	ev.ID = EventID(g[0].ID)
	for _, m := range g { // the map wants a place even when the first report has none
		if ev.Location != nil {
			break
		}
		ev.Location = byID[m.ID].event.Location
	}
	mentionCount := 0
	var sources []string
	for _, m := range g {
		mentionCount += max(1, len(byID[m.ID].event.Mentions))
		if !slices.Contains(sources, m.Source) {
			sources = append(sources, m.Source)
		}
	}
	lo, hi := dateRange(ev.Date, g[0].Published)
	var place chronicle.Place
	var lat, lon any
	if ev.Location != nil {
		place = *ev.Location
		if place.Lat != 0 || place.Lon != 0 {
			lat, lon = place.Lat, place.Lon
		}
	}
	body, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO events (id, block, type, modality, negated, date_lo, date_hi,
		place_name, place_country, place_precision, lat, lon, attribution, mention_count, sources, first_reported, article_id, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ev.ID, block, ev.Type, ev.Modality, ev.Negated, lo, hi, place.Name, place.Country, place.Precision, lat, lon,
		first.attribution, mentionCount, len(sources), g[0].Published, g[0].Article, string(body)); err != nil {
		return err
	}
	for _, m := range g {
		for _, side := range []struct {
			name    string
			parties []cluster.Party
		}{{"actor", m.Actors}, {"recipient", m.Recipients}} {
			for _, p := range side.parties {
				if _, err := w.exec(ctx, `INSERT OR IGNORE INTO event_actors (event_id, actor_id, side, country) VALUES (?, ?, ?, ?)`,
					ev.ID, p.Actor, side.name, p.Country); err != nil {
					return err
				}
			}
		}
		if byID[m.ID].eventID == ev.ID {
			continue
		}
		if _, err := w.exec(ctx, `UPDATE mentions SET event_id = ? WHERE id = ?`, ev.ID, m.ID); err != nil {
			return err
		}
	}
	return writeSummaries(ctx, w, ev.ID)
}

// maxEventDays caps the span of an event's date: a longer range or a year
// ("in 2024", "since 2014") is filed under its first month. Date filters
// match events whose span overlaps them, and the cap is what lets them use
// the index on the start date.
const maxEventDays = 31

// dateRange bounds an event's date at its granularity, as YYYY-MM-DD. Events
// with no usable date fall back to the publication day.
func dateRange(d *chronicle.Date, published string) (lo, hi string) {
	day := func(s string) (time.Time, bool) {
		if len(s) < 10 {
			return time.Time{}, false
		}
		t, err := time.Parse(time.DateOnly, s[:10])
		return t, err == nil
	}
	fallback := func() (string, string) {
		if t, ok := day(published); ok {
			return t.Format(time.DateOnly), t.Format(time.DateOnly)
		}
		return "", ""
	}
	if d == nil || d.Value == "" || d.Precision == chronicle.Unresolved {
		return fallback()
	}
	v := d.Value
	if t, err := time.Parse("2006", v); err == nil && len(v) == 4 {
		return t.Format(time.DateOnly), t.AddDate(0, 0, maxEventDays-1).Format(time.DateOnly)
	}
	if t, err := time.Parse("2006-01", v); err == nil && len(v) == 7 {
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	t, ok := day(v)
	if !ok {
		return fallback()
	}
	switch {
	case d.End != "":
		if e, ok := day(string(d.End)); ok && !e.Before(t) {
			if last := t.AddDate(0, 0, maxEventDays); e.After(last) {
				e = last
			}
			return t.Format(time.DateOnly), e.Format(time.DateOnly)
		}
	case d.Granularity == chronicle.Week:
		monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return monday.Format(time.DateOnly), monday.AddDate(0, 0, 6).Format(time.DateOnly)
	case d.Granularity == chronicle.Month:
		first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.Format(time.DateOnly), first.AddDate(0, 1, -1).Format(time.DateOnly)
	case d.Granularity == chronicle.Year:
		first := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return first.Format(time.DateOnly), first.AddDate(0, 0, maxEventDays-1).Format(time.DateOnly)
	}
	return t.Format(time.DateOnly), t.Format(time.DateOnly)
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
