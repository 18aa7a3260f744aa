// Package chronicle holds the domain types shared by every stage of the pipeline:
// the Article read from a source, the Document the NLP layer annotates, and the
// Record (actors, events, quotes) written out for each article. It depends on the
// standard library only; the stages live in packages named after what they do.
package chronicle

import (
	"encoding/json"
	"time"
)

// Article is one news article after ingestion: boilerplate removed, metadata read.
type Article struct {
	ID        string // given by the source, else a stable hash of Text
	Source    string // where it was read from (path, path#item, URL), for messages
	URL       string
	Title     string
	Outlet    string
	Authors   []string
	Published time.Time // zero when unknown
	Dateline  string    // place named in a wire dateline ("MOSCOW"), if any
	Language  string    // ISO 639-1 code, "" when undetermined
	Text      string    // the cleaned article text; all offsets point into it
}

// Span is a half-open byte range [Start, End) into a record's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// NullString is a string that is written to JSON as null when empty, for the
// record's optional fields ("sector": null, "kb": null).
type NullString string

func (s NullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

func (s *NullString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = NullString(v)
	return nil
}

// Record is what Chronicle writes for one article (see spec/output.md).
type Record struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"` // YYYY-MM-DD, "" when unknown
	Language  string   `json:"language"`
	Text      string   `json:"text"`
	Sentences []Span   `json:"sentences"`
	Entities  []Entity `json:"entities"`
	Actors    []Actor  `json:"actors"`
	Events    []Event  `json:"events"`
	Quotes    []Quote  `json:"quotes"`
}

// Entity is a named-entity mention in the text, linked to an actor when resolved.
type Entity struct {
	Start int        `json:"start"`
	End   int        `json:"end"`
	Text  string     `json:"text"`
	Type  string     `json:"type"` // PER, ORG, LOC (GPE, NORP where known)
	Actor NullString `json:"actor"`
}

// Actor types.
const (
	ActorPerson       = "person"
	ActorCountry      = "country"
	ActorOrganization = "organization"
	ActorGroup        = "group" // generic groups: "protesters", "two people familiar with the list"
)

// Actor is a participant the article talks about, resolved as far as the text
// and the knowledge base allow.
type Actor struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Country  NullString `json:"country"` // ISO 3166-1 alpha-3, or IGO / NGO / MNC
	Sector   NullString `json:"sector"`  // PLOVER sector code: GOV, MIL, COP, JUD, LEG, OPP, REB, CVL, JRN, BUS, NGO, IGO, ...
	Role     NullString `json:"role"`
	KB       NullString `json:"kb"`
	Mentions []Span     `json:"mentions,omitempty"`
}

// Participant is an actor as it takes part in an event: the actor it resolves
// to and the mention, as written, that supports it.
type Participant struct {
	Actor string `json:"actor"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Mention is a sentence of an article that reports an event.
type Mention struct {
	Sentence int `json:"sentence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// TextSpan is a span together with the text it covers.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Modalities.
const (
	Asserted     = "asserted"
	Alleged      = "alleged"
	Intended     = "intended"
	Threatened   = "threatened"
	Conditional  = "conditional"
	Hypothetical = "hypothetical"
	Denied       = "denied"
)

// Tenses.
const (
	Past       = "past"
	Present    = "present"
	Future     = "future"
	Historical = "historical"
)

// EventTypes lists PLOVER's sixteen event types.
var EventTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// Event is one coded event: who did what to whom, when, where, and who says so.
type Event struct {
	ID          string        `json:"id"`
	Type        string        `json:"type"`
	Mode        NullString    `json:"mode"`
	Contexts    []string      `json:"contexts"`
	Actor       []Participant `json:"actor"`
	Recipient   []Participant `json:"recipient"`
	Sentence    int           `json:"sentence"`
	Mentions    []Mention     `json:"mentions"`
	Trigger     TextSpan      `json:"trigger"`
	Evidence    Span          `json:"evidence"`
	Negated     bool          `json:"negated"`
	Modality    string        `json:"modality"`
	Tense       string        `json:"tense"`
	Date        *Date         `json:"date"`
	Location    *Place        `json:"location"`
	Attribution *Attribution  `json:"attribution"`
	Confidence  float64       `json:"confidence"`
	CAMEO       string        `json:"cameo"`
}

// Date precisions and granularities.
const (
	Exact       = "exact"
	Approximate = "approximate"
	Range       = "range"
	Unresolved  = "unresolved"

	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// Date is a resolved time expression. Value is YYYY-MM-DD, YYYY-MM or YYYY as
// the granularity allows; End is set for ranges.
type Date struct {
	Value       string     `json:"value"`
	End         NullString `json:"end"`
	Granularity string     `json:"granularity"`
	Precision   string     `json:"precision"`
	Text        string     `json:"text"`
}

// FirstDay returns the first day a date value covers, as YYYY-MM-DD
// ("2025" → "2025-01-01", "2025-03" → "2025-03-01"), for formats and charts
// that need a day.
func FirstDay(value string) string {
	switch len(value) {
	case 4:
		return value + "-01-01"
	case 7:
		return value + "-01"
	}
	return value
}

// Place precisions.
const (
	PrecisionCity    = "city"
	PrecisionAdmin1  = "admin1"
	PrecisionCountry = "country"
	PrecisionRegion  = "region"
)

// Place is a toponym resolved against the gazetteer.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"` // ISO 3166-1 alpha-3
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	Precision string  `json:"precision"`
	Text      string  `json:"text"`
}

// Attribution says who the text says reported an event.
type Attribution struct {
	Text  string     `json:"text"`
	Actor NullString `json:"actor"`
}

// Quote is a quotation with its speaker.
type Quote struct {
	Speaker Speaker    `json:"speaker"`
	Start   int        `json:"start"`
	End     int        `json:"end"`
	Text    string     `json:"text"`
	Verb    string     `json:"verb"`
	Medium  NullString `json:"medium"`
}

// Speaker is who a quote is attributed to, as written.
type Speaker struct {
	Actor NullString `json:"actor"`
	Text  string     `json:"text"`
}
