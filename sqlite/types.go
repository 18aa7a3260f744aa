package sqlite

import "chronicle"

// Event is a merged event as queries return it.
type Event struct {
	chronicle.Event
	Article       string            `json:"article"` // the article its sentence, trigger and evidence point into
	MentionCount  int               `json:"mention_count"`
	Sources       int               `json:"sources"` // distinct outlets
	FirstReported string            `json:"first_reported"`
	Actors        []chronicle.Actor `json:"actors"` // the actors its participants and attribution point at
}

// EventDetail is an event with every sentence, in every article, that reports it.
type EventDetail struct {
	Event
	Mentions []MentionRef `json:"mentions"`
}

// MentionRef is one sentence reporting an event.
type MentionRef struct {
	Article     string                 `json:"article"`
	Sentence    int                    `json:"sentence"`
	Start       int                    `json:"start"`
	End         int                    `json:"end"`
	Text        string                 `json:"text"` // the sentence
	URL         string                 `json:"url"`
	Outlet      string                 `json:"outlet"`
	Title       string                 `json:"title"`
	Published   string                 `json:"published"`
	Trigger     *chronicle.TextSpan    `json:"trigger,omitempty"` // on the report's main sentence
	Modality    string                 `json:"modality"`
	Attribution *chronicle.Attribution `json:"attribution"`
}

// EventFilter selects events; zero values mean any. See the package doc.
type EventFilter struct {
	Types       []string
	Actor       string
	Country     string
	Dyad        [2]string
	From, To    string
	Modality    string
	Attribution string
	Query       string
	Located     bool
	Ascending   bool
	Limit       int
	Cursor      string
}

// EventPage is one page of events.
type EventPage struct {
	Events []Event              `json:"events"`
	Next   chronicle.NullString `json:"next"` // cursor of the next page, null at the end
	Total  int                  `json:"total"`
	// TotalCapped says there are more than Total (1,000) matches.
	TotalCapped bool `json:"total_capped"`
}

// DyadTypes are the event types a dyad timeline follows.
var DyadTypes = []string{"CONSULT", "REQUEST", "AGREE", "REJECT", "THREATEN", "SANCTION", "ASSAULT", "ACCUSE"}

// DyadFilter selects the events between A and B (country codes or actor ids).
type DyadFilter struct {
	A, B     string
	From, To string
	Limit    int // default 500, max 5000
}

// ActorFilter selects actors; Query matches any part of the name.
type ActorFilter struct {
	Query   string
	Country string
	Limit   int
}

// ActorSummary is an actor with the number of events it takes part in.
type ActorSummary struct {
	chronicle.Actor
	Events int            `json:"events"`
	ByType map[string]int `json:"by_type"`
}

// CountFilter selects the events to count over time.
type CountFilter struct {
	By       string // day, week or month (default)
	Types    []string
	Country  string
	Actor    string
	From, To string
}

// Count is the number of events in one period (its first day).
type Count struct {
	Period string         `json:"period"`
	Count  int            `json:"count"`
	ByType map[string]int `json:"by_type"`
}

// NetworkFilter selects the edges of the who-acts-toward-whom network.
type NetworkFilter struct {
	By       string // country (default) or actor
	Types    []string
	Country  string // only edges touching this country
	From, To string
	Limit    int // default 200
}

// Edge is source → target with the number of events.
type Edge struct {
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	SourceName string         `json:"source_name"`
	TargetName string         `json:"target_name"`
	Count      int            `json:"count"`
	ByType     map[string]int `json:"by_type"`
}

// Point is a place with the located events there.
type Point struct {
	Name      string         `json:"name"`
	Country   string         `json:"country"`
	Lat       float64        `json:"lat"`
	Lon       float64        `json:"lon"`
	Precision string         `json:"precision"`
	Count     int            `json:"count"`
	ByType    map[string]int `json:"by_type"`
	Events    []string       `json:"events"` // ids of up to ten of them, newest first
}

// Stats counts what the store holds.
type Stats struct {
	Articles int `json:"articles"`
	Events   int `json:"events"`
	Mentions int `json:"mentions"`
	Actors   int `json:"actors"`
}

// PutResult says what Put did with a record.
type PutResult struct {
	Stored bool // false when the article was already stored
	Events int  // the record's events
}
