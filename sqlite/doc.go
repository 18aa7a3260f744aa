// Package sqlite stores coded articles and their merged events in one
// embedded SQLite file (modernc.org/sqlite, pure Go, WAL mode) and answers the
// queries behind the API, the web UI and the exports.
//
// Schema changes are numbered migrations embedded from migrations/NNN_*.sql;
// Open applies the missing ones and refuses (ECONFLICT) a database written by
// a newer Chronicle. Every method takes a context first. The clock is injected
// through Options.Now so tests control ingested_at.
//
// # Writing
//
//	s, err := sqlite.Open(ctx, "chronicle.db", sqlite.Options{}) // ReadOnly: true for readers
//	res, err := s.Put(ctx, record)                // one transaction; an id already stored is skipped
//	res, errs, err := s.PutBatch(ctx, records)    // one transaction, each record whole or not at all
//	ok, err := s.Has(ctx, articleID)              // cheap check before coding, so a re-run resumes
//	err = s.Remerge(ctx)                          // rebuild every merged event from the stored reports
//
// Put stores the article (FTS5-indexed title and text), its actors under
// store-wide ids (cluster.ActorKey), one mention per record event, and then
// regroups the merge blocks those mentions fall into (package cluster), so the
// events table always equals a full re-merge, whatever the ingest order. An
// event's id (EventID) is derived from its earliest report, so it can change
// when an earlier report of the same event arrives later. Dates are stored as
// a span (date_lo..date_hi, at most 31 days: a year or a long range is filed
// under its first month); the date filters match spans that overlap them.
//
// # Reading (the query API)
//
//	Events(ctx, EventFilter) (EventPage, error)           // filters + keyset paging, newest first (Ascending for
//	                                                      // timelines); Total counts up to 1,000, then TotalCapped
//	Event(ctx, id) (EventDetail, error)                   // one event with every sentence that reports it
//	Dyad(ctx, DyadFilter) ([]Event, error)                // A–B timeline of CONSULT, REQUEST, AGREE, REJECT, THREATEN, SANCTION, ASSAULT, ACCUSE
//	Actors(ctx, ActorFilter) ([]ActorSummary, error)      // search by name, with event counts by type
//	Actor(ctx, id) (ActorSummary, error)
//	Article(ctx, id) (chronicle.Record, error)            // the stored record
//	Counts(ctx, CountFilter) ([]Count, error)             // events per day, week (Monday) or month
//	Network(ctx, NetworkFilter) ([]Edge, error)           // who acts toward whom (by country or actor), with counts
//	Places(ctx, EventFilter) ([]Point, error)             // located events grouped by place, for the map
//	Stats(ctx) (Stats, error)
//	AllEvents(ctx) iter.Seq2[EventDetail, error]          // every event with its mentions, for exports
//
// EventFilter fields (zero means any): Types (PLOVER types), Actor (actor
// id), Country (a participant's country or the event's place), Dyad (two
// country codes or actor ids, either direction), From/To (YYYY-MM-DD,
// inclusive, against the event's date range), Modality, Attribution ("none",
// "any", "named", "anonymous"), Query (full-text over article titles and
// text; words are ANDed, no query syntax is exposed), Located, Limit (default
// 50, max 500) and Cursor (opaque, from EventPage.Next).
//
// Each Event is the record's chronicle.Event of its earliest report (actor ids
// store-wide; Article says which article its offsets point into) plus
// mention_count, sources (distinct outlets) and first_reported, and the actors
// its participants point at. Bad filter values give EINVALID errors naming the
// field; unknown ids give ENOTFOUND.
//
// # Speed
//
// The network is read from event_edges, a summary of each event's
// source→target pairs (by country and by actor) that Put and Remerge rewrite
// with the event in the same transaction (edges.go), so it is never stale;
// migration 002 fills it for older databases. Aggregates count by day in SQL
// over covering indexes and bucket into weeks and months in Go. A few queries
// name their index (INDEXED BY) because the planner, without statistics,
// prefers the unique index on events.id, which then reads every row's body.
//
// The store is safe for concurrent use: reads run in parallel, writes are
// serialised.
package sqlite
