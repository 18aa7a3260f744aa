-- Articles as stored: the record's JSON (without its text, kept in its own
-- column for full-text search) and the columns queries filter on.
CREATE TABLE articles (
	seq         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	url         TEXT NOT NULL,
	title       TEXT NOT NULL,
	outlet      TEXT NOT NULL,
	published   TEXT NOT NULL,
	language    TEXT NOT NULL,
	text        TEXT NOT NULL,
	record      TEXT NOT NULL,
	ingested_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);

-- Actors across articles, keyed by cluster.ActorKey.
CREATE TABLE actors (
	id        TEXT PRIMARY KEY,
	name      TEXT NOT NULL,
	name_fold TEXT NOT NULL,
	type      TEXT NOT NULL,
	country   TEXT NOT NULL,
	sector    TEXT NOT NULL,
	role      TEXT NOT NULL,
	kb        TEXT NOT NULL
);
CREATE INDEX actors_country ON actors(country);

-- One article's report of an event. block is the merging partition
-- (cluster.Mention.Block); event_id the merged event it belongs to.
CREATE TABLE mentions (
	id          TEXT PRIMARY KEY,
	article_seq INTEGER NOT NULL REFERENCES articles(seq),
	position    INTEGER NOT NULL,
	block       TEXT NOT NULL,
	event_id    TEXT NOT NULL,
	attribution TEXT NOT NULL, -- none, named or anonymous
	facts       TEXT NOT NULL, -- cluster.Mention as JSON
	event       TEXT NOT NULL  -- chronicle.Event as JSON, actor ids made store-wide
);
CREATE INDEX mentions_block ON mentions(block);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_article ON mentions(article_seq);

-- Merged events, rebuilt block by block. Dates are YYYY-MM-DD; date_lo/date_hi
-- bound the event's date at its granularity.
CREATE TABLE events (
	id             TEXT PRIMARY KEY,
	block          TEXT NOT NULL,
	type           TEXT NOT NULL,
	modality       TEXT NOT NULL,
	negated        INTEGER NOT NULL,
	date_lo        TEXT NOT NULL,
	date_hi        TEXT NOT NULL,
	place_name     TEXT NOT NULL,
	place_country  TEXT NOT NULL,
	place_precision TEXT NOT NULL,
	lat            REAL, -- NULL when the event has no located place
	lon            REAL,
	attribution    TEXT NOT NULL, -- none, named or anonymous
	mention_count  INTEGER NOT NULL,
	sources        INTEGER NOT NULL,
	first_reported TEXT NOT NULL,
	article_id     TEXT NOT NULL, -- the article of the first report
	body           TEXT NOT NULL  -- chronicle.Event as JSON, from the first report
);
CREATE INDEX events_date ON events(date_lo, id);
CREATE INDEX events_type_date ON events(type, date_lo, id);
CREATE INDEX events_block ON events(block);

-- Who takes part in an event, over all its reports. side is actor or recipient.
CREATE TABLE event_actors (
	event_id TEXT NOT NULL,
	actor_id TEXT NOT NULL,
	side     TEXT NOT NULL,
	country  TEXT NOT NULL,
	PRIMARY KEY (event_id, actor_id, side)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id);
CREATE INDEX event_actors_country ON event_actors(country, event_id);
