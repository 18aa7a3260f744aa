-- Indexes and summaries for the aggregate queries (issue 6). Events looked
-- up by id (counts for a country or actor) read their type and dates from
-- this index instead of the row, whose JSON body makes every lookup a page
-- read. The planner prefers the unique index on id, so queries name this one.
CREATE INDEX events_id_cover ON events(id, type, date_lo, date_hi);
-- Counts by day and type, in date order, without reading rows.
CREATE INDEX events_date_type ON events(date_lo, type, date_hi);
-- Events placed in a country, for the country filter of counts.
CREATE INDEX events_place_country ON events(place_country, id);
-- The attribution and modality filters, newest first.
CREATE INDEX events_attribution ON events(attribution, modality, date_lo, id);

-- The network's edges, one row per event and ordered pair of parties, kept
-- by the store whenever it writes an event (edges.go) so that the network
-- is a scan of this table rather than a self-join of event_actors. by_key is
-- country or actor_id; the countries are the parties' whatever the key.
CREATE TABLE event_edges (
	by_key         TEXT NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,
	type           TEXT NOT NULL,
	event_id       TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	date_lo        TEXT NOT NULL,
	date_hi        TEXT NOT NULL,
	PRIMARY KEY (by_key, source, target, type, event_id)
) WITHOUT ROWID;
CREATE INDEX event_edges_event ON event_edges(event_id);

-- How many events each actor takes part in, by type, kept like event_edges:
-- the actors list would otherwise join every event of every actor listed.
CREATE TABLE actor_event_counts (
	actor_id TEXT NOT NULL,
	type     TEXT NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (actor_id, type)
) WITHOUT ROWID;
