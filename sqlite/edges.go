package sqlite

import (
	"context"
	"fmt"
)

// networkKeys are the parties a network can be drawn between, as columns of
// event_actors.
var networkKeys = []string{"country", "actor_id"}

// edgesSQL selects the network edges of the events that match filter: each
// actor toward each recipient, and, when an event has no recipient, its
// actors pairwise in one direction (reciprocal events such as CONSULT).
const edgesSQL = `INSERT OR IGNORE INTO event_edges (by_key, source, target, type, event_id,
	source_country, target_country, date_lo, date_hi)
	SELECT '%[1]s', x.%[1]s, y.%[1]s, e.type, e.id, x.country, y.country, e.date_lo, e.date_hi
	FROM events e JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'
	JOIN event_actors y ON y.event_id = e.id
	WHERE %[2]s AND x.%[1]s <> '' AND y.%[1]s <> '' AND x.%[1]s <> y.%[1]s
	AND (y.side = 'recipient' OR (y.side = 'actor' AND x.%[1]s < y.%[1]s AND NOT EXISTS
		(SELECT 1 FROM event_actors r WHERE r.event_id = e.id AND r.side = 'recipient')))`

var oneEventEdgesSQL = func() (out []string) {
	for _, key := range networkKeys {
		out = append(out, fmt.Sprintf(edgesSQL, key, `e.id = ?`))
	}
	return out
}()

// actorCountsSQL adds delta to the counts of the actors of the events that
// match filter, once per event whatever the actor's sides.
const actorCountsSQL = `INSERT INTO actor_event_counts (actor_id, type, n)
	SELECT x.actor_id, e.type, count(DISTINCT e.id) * %[2]d FROM events e JOIN event_actors x ON x.event_id = e.id
	WHERE %[1]s GROUP BY 1, 2
	ON CONFLICT (actor_id, type) DO UPDATE SET n = n + excluded.n`

var (
	addActorCountsSQL    = fmt.Sprintf(actorCountsSQL, `e.id = ?`, 1)
	removeActorCountsSQL = fmt.Sprintf(actorCountsSQL, `e.id = ?`, -1)
)

// writeSummaries stores the edges and actor counts of one event, after its
// event_actors rows.
func writeSummaries(ctx context.Context, w *writeTx, eventID string) error {
	for _, q := range append(oneEventEdgesSQL, addActorCountsSQL) {
		if _, err := w.exec(ctx, q, eventID); err != nil {
			return err
		}
	}
	return nil
}

// removeSummaries takes one event out of the summaries, before its
// event_actors rows and itself are deleted.
func removeSummaries(ctx context.Context, w *writeTx, eventID string) error {
	if _, err := w.exec(ctx, `DELETE FROM event_edges WHERE event_id = ?`, eventID); err != nil {
		return err
	}
	// a count left at zero stays: readers skip it, and deleting it would
	// cost a scan per event
	_, err := w.exec(ctx, removeActorCountsSQL, eventID)
	return err
}

// fillSummaries computes the summaries of every stored event: for a
// database made before they existed.
func fillSummaries(ctx context.Context, w *writeTx) error {
	var queries []string
	for _, key := range networkKeys {
		queries = append(queries, fmt.Sprintf(edgesSQL, key, `1`))
	}
	for _, q := range append(queries, fmt.Sprintf(actorCountsSQL, `1`, 1)) {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
