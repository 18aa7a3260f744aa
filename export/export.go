package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"chronicle"
	"chronicle/sqlite"
)

// Formats lists the formats Write knows.
var Formats = []string{"csv", "jsonl", "plover", "tsv"}

// Write writes events to w in format and returns how many it wrote.
func Write(w io.Writer, format string, events iter.Seq2[sqlite.EventDetail, error]) (int, error) {
	var write func(sqlite.EventDetail) error
	var flush func() error
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		write = func(d sqlite.EventDetail) error { return enc.Encode(d) }
	case "plover":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		write = func(d sqlite.EventDetail) error { return enc.Encode(plover(d)) }
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return 0, err
		}
		write = func(d sqlite.EventDetail) error { return cw.WriteAll(csvRows(d)) }
		flush = func() error { cw.Flush(); return cw.Error() }
	case "tsv":
		if _, err := io.WriteString(w, strings.Join(tsvHeader, "\t")+"\n"); err != nil {
			return 0, err
		}
		write = func(d sqlite.EventDetail) error {
			_, err := io.WriteString(w, strings.Join(tsvRow(d), "\t")+"\n")
			return err
		}
	default:
		return 0, chronicle.Errorf(chronicle.EINVALID, "--format", "%q is not one of %s", format, strings.Join(Formats, ", "))
	}
	n := 0
	for d, err := range events {
		if err != nil {
			return n, err
		}
		if err := write(d); err != nil {
			return n, err
		}
		n++
	}
	if flush != nil {
		return n, flush()
	}
	return n, nil
}

// party is a participant with the actor it points at.
type party struct {
	chronicle.Participant
	actor chronicle.Actor
}

func parties(d sqlite.EventDetail, ps []chronicle.Participant) []party {
	var out []party
	for _, p := range ps {
		i := slices.IndexFunc(d.Actors, func(a chronicle.Actor) bool { return a.ID == p.Actor })
		pt := party{Participant: p}
		if i >= 0 {
			pt.actor = d.Actors[i]
		} else {
			pt.actor = chronicle.Actor{ID: p.Actor, Name: p.Text}
		}
		out = append(out, pt)
	}
	return out
}

func join(ps []party, field func(party) string) string {
	var out []string
	for _, p := range ps {
		out = append(out, field(p))
	}
	return strings.Join(out, "; ")
}

func name(p party) string    { return p.actor.Name }
func country(p party) string { return string(p.actor.Country) }
func sector(p party) string  { return string(p.actor.Sector) }
func actorID(p party) string { return p.actor.ID }

func dateValue(d *chronicle.Date) (value, end, granularity, precision string) {
	if d == nil {
		return "", "", "", ""
	}
	return d.Value, string(d.End), d.Granularity, d.Precision
}

func place(l *chronicle.Place) (name, country, lat, lon string) {
	if l == nil {
		return "", "", "", ""
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	return l.Name, l.Country, f(l.Lat), f(l.Lon)
}

func attribution(a *chronicle.Attribution) string {
	if a == nil {
		return ""
	}
	return a.Text
}

var csvHeader = []string{
	"event_id", "type", "mode", "contexts", "cameo", "date", "date_end", "granularity", "date_precision",
	"actor_ids", "actors", "actor_countries", "actor_sectors", "recipient_ids", "recipients", "recipient_countries", "recipient_sectors",
	"modality", "negated", "tense", "place", "place_country", "lat", "lon", "attribution",
	"mention_count", "sources", "first_reported",
	"article", "url", "outlet", "published", "sentence", "start", "end", "text",
}

func csvRows(d sqlite.EventDetail) [][]string {
	act, rec := parties(d, d.Actor), parties(d, d.Recipient)
	value, end, gran, prec := dateValue(d.Date)
	pname, pcountry, lat, lon := place(d.Location)
	event := []string{
		d.ID, d.Type, string(d.Mode), strings.Join(d.Contexts, "; "), d.CAMEO, value, end, gran, prec,
		join(act, actorID), join(act, name), join(act, country), join(act, sector),
		join(rec, actorID), join(rec, name), join(rec, country), join(rec, sector),
		d.Modality, strconv.FormatBool(d.Negated), d.Tense, pname, pcountry, lat, lon, attribution(d.Attribution),
		strconv.Itoa(d.MentionCount), strconv.Itoa(d.Sources), d.FirstReported,
	}
	var rows [][]string
	for _, m := range d.Mentions {
		rows = append(rows, append(slices.Clone(event), m.Article, m.URL, m.Outlet, m.Published,
			strconv.Itoa(m.Sentence), strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text))
	}
	if len(rows) == 0 {
		rows = append(rows, append(event, make([]string, 8)...))
	}
	return rows
}

// The columns follow ICEWS's names where one exists.
var tsvHeader = []string{
	"Event ID", "Event Date", "Source Name", "Source Country", "Source Sectors", "CAMEO Code", "Event Type",
	"Target Name", "Target Country", "Target Sectors", "Modality", "Negated", "Intensity Mode",
	"Place", "Country", "Latitude", "Longitude", "Mentions", "Sources", "First Reported", "Source URL",
}

func tsvRow(d sqlite.EventDetail) []string {
	act, rec := parties(d, d.Actor), parties(d, d.Recipient)
	value, _, _, _ := dateValue(d.Date)
	value = chronicle.FirstDay(value)
	pname, pcountry, lat, lon := place(d.Location)
	url := ""
	if len(d.Mentions) > 0 {
		url = d.Mentions[0].URL
	}
	row := []string{
		d.ID, value, join(act, name), join(act, country), join(act, sector), d.CAMEO, d.Type,
		join(rec, name), join(rec, country), join(rec, sector), d.Modality, strconv.FormatBool(d.Negated), string(d.Mode),
		pname, pcountry, lat, lon, strconv.Itoa(d.MentionCount), strconv.Itoa(d.Sources), d.FirstReported, url,
	}
	for i, v := range row { // a tab or a line break inside a value would shift every column after it
		row[i] = strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
	}
	return row
}

// ploverEvent is PLOVER's JSON event record (PLOVER manual, "PLOVER JSON"),
// with Chronicle's own fields added under their record names.
type ploverEvent struct {
	ID        string         `json:"id"`
	Date      string         `json:"date"`
	EndDate   string         `json:"enddate,omitempty"`
	Actor     []ploverEntity `json:"actor"`
	Recipient []ploverEntity `json:"recipient"`
	Event     []string       `json:"event"`
	EventLoc  *ploverPlace   `json:"event_loc,omitempty"`
	EventText []string       `json:"event_text,omitempty"`
	Mode      []string       `json:"mode"`
	Context   []string       `json:"context"`
	Text      string         `json:"text,omitempty"`
	CiteInfo  ploverCite     `json:"cite_info"`
	Coder     string         `json:"coder"`

	CAMEO         string                 `json:"cameo,omitempty"`
	Modality      string                 `json:"modality"`
	Negated       bool                   `json:"negated"`
	Tense         string                 `json:"tense,omitempty"`
	Attribution   *chronicle.Attribution `json:"attribution"`
	MentionCount  int                    `json:"mention_count"`
	Sources       int                    `json:"sources"`
	FirstReported string                 `json:"first_reported"`
	Mentions      []sqlite.MentionRef    `json:"mentions"`
}

type ploverEntity struct {
	Code           string `json:"code,omitempty"`
	Sector         string `json:"sector,omitempty"`
	EntityText     string `json:"entity_text"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
	Office         string `json:"office,omitempty"`
}

type ploverPlace struct {
	ExtractedPlace string  `json:"extracted_place,omitempty"`
	ResolvedPlace  string  `json:"resolved_place"`
	GeonameID      int     `json:"geonameid,omitempty"`
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	CountryCode    string  `json:"country_code,omitempty"`
	Resolution     int     `json:"resolution"`
}

type ploverCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// PLOVER's resolution codes: 4 city, 2 province, 1 country.
var resolution = map[string]int{chronicle.PrecisionCity: 4, chronicle.PrecisionAdmin1: 2, chronicle.PrecisionCountry: 1}

func plover(d sqlite.EventDetail) ploverEvent {
	entities := func(ps []party) []ploverEntity {
		out := []ploverEntity{}
		for _, p := range ps {
			e := ploverEntity{Code: string(p.actor.Country), Sector: string(p.actor.Sector), EntityText: p.Text,
				IdentifierText: p.actor.Name, Office: string(p.actor.Role)}
			if p.actor.KB != "" {
				e.IdentifierID = string(p.actor.KB)
			}
			out = append(out, e)
		}
		return out
	}
	value, end, _, _ := dateValue(d.Date)
	p := ploverEvent{
		ID: d.ID, Date: chronicle.FirstDay(value), EndDate: chronicle.FirstDay(end),
		Actor: entities(parties(d, d.Actor)), Recipient: entities(parties(d, d.Recipient)),
		Event: []string{d.Type}, Mode: []string{}, Context: d.Contexts, Coder: "chronicle",
		CAMEO: d.CAMEO, Modality: d.Modality, Negated: d.Negated, Tense: d.Tense, Attribution: d.Attribution,
		MentionCount: d.MentionCount, Sources: d.Sources, FirstReported: d.FirstReported, Mentions: d.Mentions,
	}
	if p.Context == nil {
		p.Context = []string{}
	}
	if d.Mode != "" {
		p.Mode = []string{string(d.Mode)}
	}
	if d.Trigger.Text != "" {
		p.EventText = []string{d.Trigger.Text}
	}
	if l := d.Location; l != nil {
		p.EventLoc = &ploverPlace{ExtractedPlace: l.Text, ResolvedPlace: l.Name, GeonameID: l.GeonameID,
			Lat: l.Lat, Lon: l.Lon, CountryCode: l.Country, Resolution: resolution[l.Precision]}
	}
	if len(d.Mentions) > 0 {
		m := d.Mentions[0]
		p.Text = m.Text
		p.CiteInfo = ploverCite{URL: m.URL, Title: m.Title, Publication: m.Outlet}
	}
	return p
}
