package sqlite

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"testing"
)

// joinedEdges computes the network the slow way, from event_actors, as the
// truth event_edges must agree with.
func joinedEdges(t *testing.T, s *Store, key string) map[string]int {
	t.Helper()
	rows, err := s.db.Query(fmt.Sprintf(`SELECT x.%[1]s, y.%[1]s, e.type, count(DISTINCT e.id)
		FROM events e JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'
		JOIN event_actors y ON y.event_id = e.id
		WHERE x.%[1]s <> '' AND y.%[1]s <> '' AND x.%[1]s <> y.%[1]s
		AND (y.side = 'recipient' OR (y.side = 'actor' AND x.%[1]s < y.%[1]s AND NOT EXISTS
			(SELECT 1 FROM event_actors r WHERE r.event_id = e.id AND r.side = 'recipient')))
		GROUP BY 1, 2, 3`, key))
	if err != nil {
		t.Fatal(err)
	}
	return countRows(t, rows)
}

func storedEdges(t *testing.T, s *Store, key string) map[string]int {
	t.Helper()
	rows, err := s.db.Query(`SELECT source, target, type, count(*) FROM event_edges WHERE by_key = ? GROUP BY 1, 2, 3`, key)
	if err != nil {
		t.Fatal(err)
	}
	return countRows(t, rows)
}

func countRows(t *testing.T, rows interface {
	Next() bool
	Scan(...any) error
	Close() error
	Err() error
}) map[string]int {
	t.Helper()
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var src, dst, typ string
		var n int
		if err := rows.Scan(&src, &dst, &typ, &n); err != nil {
			t.Fatal(err)
		}
		out[src+">"+dst+":"+typ] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func checkEdges(t *testing.T, s *Store, when string) {
	t.Helper()
	for _, key := range networkKeys {
		want, got := joinedEdges(t, s, key), storedEdges(t, s, key)
		if len(want) == 0 {
			t.Fatalf("%s: no %s edges in the fixtures: the check would prove nothing", when, key)
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: stored %s edges\n%v\nwant %v", when, key, got, want)
		}
	}
	joined, err := s.db.Query(`SELECT x.actor_id, '', e.type, count(DISTINCT e.id) FROM events e
		JOIN event_actors x ON x.event_id = e.id GROUP BY 1, 3`)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.db.Query(`SELECT actor_id, '', type, n FROM actor_event_counts WHERE n <> 0`)
	if err != nil {
		t.Fatal(err)
	}
	if want, got := countRows(t, joined), countRows(t, stored); !maps.Equal(got, want) {
		t.Errorf("%s: stored actor counts\n%v\nwant %v", when, got, want)
	}
}

// The summaries must follow every write: each article added (which
// re-merges its blocks and so deletes and rewrites events), a re-ingest,
// and a full re-merge.
func TestEdgesFollowWrites(t *testing.T) {
	ctx := context.Background()
	recs := loadRecords(t)
	slices.Reverse(recs) // later reports first, so merging rewrites events
	s := openTest(t)
	for i, r := range recs {
		if _, err := s.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		if i > 0 { // one article may have no edge yet
			checkEdges(t, s, "after put "+r.ID)
		}
	}
	putAll(t, s, recs)
	checkEdges(t, s, "after re-ingest")
	if err := s.Remerge(ctx); err != nil {
		t.Fatal(err)
	}
	checkEdges(t, s, "after Remerge")
}

// A database from before the summaries gets them when migrated.
func TestEdgesBackfill(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	putAll(t, s, loadRecords(t))
	if _, err := s.db.Exec(`DELETE FROM event_edges; DELETE FROM actor_event_counts`); err != nil {
		t.Fatal(err)
	}
	if err := s.inTx(ctx, func(w *writeTx) error { return fillSummaries(ctx, w) }); err != nil {
		t.Fatal(err)
	}
	checkEdges(t, s, "after backfill")
}

func TestWeekStart(t *testing.T) {
	for _, tc := range []struct{ day, want string }{
		{"2025-04-14", "2025-04-14"}, // a Monday
		{"2025-04-13", "2025-04-07"}, // a Sunday ends the week
		{"2025-04-16", "2025-04-14"},
		{"2025-01-01", "2024-12-30"}, // across a year
		{"2024-03-02", "2024-02-26"}, // across a leap day
		{"2025-04", "2025-04"},       // not a day: left as it is
	} {
		if got := weekStart(tc.day); got != tc.want {
			t.Errorf("weekStart(%q) = %q, want %q", tc.day, got, tc.want)
		}
	}
}
