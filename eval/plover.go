package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"chronicle"
)

// PloverLabelMap maps the gold file's older PLOVER labels to today's types:
// the four its records use, and YIELD, CONCEDE's name in WEIS and CAMEO.
var PloverLabelMap = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
	"YIELD":       "CONCEDE",
}

// ploverCodeFixes corrects the gold file's few non-ISO country codes.
var ploverCodeFixes = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// PloverReport scores coded events against PLOVER gold records.
//
// Each gold record is one sentence with one event. The coder's events for the
// sentence are compared with it, taking the event that matches best: the one
// of the gold type whose actor and recipient countries match, else one of the
// gold type, else the most confident. A record is correct when that event has
// the gold type, shares a country with the gold actors (both empty also
// matches), and its recipient shares a country with the gold targets — or,
// when the gold names no target, has none either. Precision counts records
// where the coder found any event; recall counts all records.
type PloverReport struct {
	Records   int               `json:"records"`
	Micro     PRF               `json:"micro"`     // type, actor country and recipient country
	TypeOnly  PRF               `json:"type_only"` // event type alone
	PerType   map[string]PRF    `json:"per_type"`  // by gold/predicted type, full match
	Halves    map[string]PRF    `json:"halves"`    // micro on even and odd records, for tuning on one half
	Confusion []PloverConfusion `json:"confusion"` // gold type -> chosen predicted type, errors only
	Events    int               `json:"events"`    // events coded over all records
	LabelMap  map[string]string `json:"label_map"` // old gold labels -> PLOVER types
	Misses    []PloverMiss      `json:"misses,omitempty"`
}

// PloverConfusion counts records of one gold type given another type (or NONE).
type PloverConfusion struct {
	Gold      string `json:"gold"`
	Predicted string `json:"predicted"`
	Count     int    `json:"count"`
}

// PloverMiss is a record the coder got wrong, for inspection.
type PloverMiss struct {
	ID        string   `json:"id"`
	Gold      string   `json:"gold"`
	Predicted string   `json:"predicted"`
	GoldActor []string `json:"gold_actor"`
	GoldRecip []string `json:"gold_recipient"`
	Actor     []string `json:"actor"`
	Recipient []string `json:"recipient"`
	Text      string   `json:"text"`
}

type ploverGold struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Date   string          `json:"date"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

type ploverActor struct {
	Code string `json:"code"`
}

// codes reads a gold source/target field: a list of actors, or "" / null.
func (g ploverGold) codes(raw json.RawMessage) []string {
	var list []ploverActor
	if len(raw) == 0 || json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, a := range list {
		c := strings.ToUpper(strings.TrimSpace(a.Code))
		if fix, ok := ploverCodeFixes[c]; ok {
			c = fix
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// PloverFile scores the gold file at path; see Plover.
func PloverFile(path string, code func(text string, published time.Time) chronicle.Record) (PloverReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return PloverReport{}, chronicle.Errorf(chronicle.EINVALID, path, "cannot open PLOVER gold file: %v", err)
	}
	defer f.Close()
	return ploverScore(f, path, code)
}

// Plover codes each gold record's text with code and scores the events.
func Plover(gold io.Reader, code func(text string, published time.Time) chronicle.Record) (PloverReport, error) {
	return ploverScore(gold, "plover gold", code)
}

func ploverScore(gold io.Reader, name string, code func(text string, published time.Time) chronicle.Record) (PloverReport, error) {
	var records []ploverGold
	if err := json.NewDecoder(gold).Decode(&records); err != nil {
		return PloverReport{}, chronicle.Errorf(chronicle.EINVALID, name, "not a JSON array of PLOVER records: %v", err)
	}
	rep := PloverReport{PerType: map[string]PRF{}, Halves: map[string]PRF{}, LabelMap: PloverLabelMap}
	confusion := map[[2]string]int{}
	for _, g := range records {
		if g.Event == "DOCUMENT" || strings.TrimSpace(g.Text) == "" {
			continue
		}
		goldType := strings.ToUpper(g.Event)
		if m, ok := PloverLabelMap[goldType]; ok {
			goldType = m
		}
		published, err := time.Parse("2006-01-02", g.Date)
		if err != nil {
			published = time.Time{}
		}
		rec := code(g.Text, published)
		rep.Events += len(rec.Events)
		goldActor, goldRecip := g.codes(g.Source), g.codes(g.Target)
		ev, ok := bestEvent(rec, goldType, goldActor, goldRecip)
		predType := "NONE"
		var actor, recip []string
		if ok {
			predType = ev.Type
			actor, recip = countries(rec, ev.Actor), countries(rec, ev.Recipient)
		}
		correct := ok && predType == goldType && actorsMatch(goldActor, actor) && recipientsMatch(goldRecip, recip)
		half := "even"
		if rep.Records%2 == 1 {
			half = "odd"
		}
		rep.Records++
		count := func(s *PRF) {
			s.Gold++
			if ok {
				s.Predicted++
			}
			if correct {
				s.Correct++
			}
		}
		count(&rep.Micro)
		h := rep.Halves[half]
		count(&h)
		rep.Halves[half] = h
		rep.TypeOnly.Gold++
		if ok {
			rep.TypeOnly.Predicted++
			if predType == goldType {
				rep.TypeOnly.Correct++
			}
		}
		gt := rep.PerType[goldType]
		gt.Gold++
		if correct {
			gt.Correct++
		}
		rep.PerType[goldType] = gt
		if ok {
			pt := rep.PerType[predType]
			pt.Predicted++
			rep.PerType[predType] = pt
		}
		if predType != goldType {
			confusion[[2]string{goldType, predType}]++
		}
		if !correct {
			rep.Misses = append(rep.Misses, PloverMiss{ID: g.ID, Gold: goldType, Predicted: predType,
				GoldActor: goldActor, GoldRecip: goldRecip, Actor: actor, Recipient: recip, Text: g.Text})
		}
	}
	if rep.Records == 0 {
		return rep, chronicle.Errorf(chronicle.EINVALID, name, "no records with text")
	}
	rep.Micro.finish()
	rep.TypeOnly.finish()
	for k, s := range rep.PerType {
		s.finish()
		rep.PerType[k] = s
	}
	for k, s := range rep.Halves {
		s.finish()
		rep.Halves[k] = s
	}
	for k, n := range confusion {
		rep.Confusion = append(rep.Confusion, PloverConfusion{Gold: k[0], Predicted: k[1], Count: n})
	}
	sort.Slice(rep.Confusion, func(i, j int) bool {
		a, b := rep.Confusion[i], rep.Confusion[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Gold+a.Predicted < b.Gold+b.Predicted
	})
	return rep, nil
}

// bestEvent picks the coded event to score against the gold record.
func bestEvent(rec chronicle.Record, goldType string, goldActor, goldRecip []string) (chronicle.Event, bool) {
	if len(rec.Events) == 0 {
		return chronicle.Event{}, false
	}
	best, bestScore := 0, -1
	for i, ev := range rec.Events {
		score := 0
		if ev.Type == goldType {
			score += 4
			if actorsMatch(goldActor, countries(rec, ev.Actor)) {
				score += 2
			}
			if recipientsMatch(goldRecip, countries(rec, ev.Recipient)) {
				score++
			}
		}
		// among equals, the more confident
		if score > bestScore || (score == bestScore && ev.Confidence > rec.Events[best].Confidence) {
			best, bestScore = i, score
		}
	}
	return rec.Events[best], true
}

// countries returns the country codes of an event's participants.
func countries(rec chronicle.Record, parts []chronicle.Participant) []string {
	var out []string
	for _, p := range parts {
		for _, a := range rec.Actors {
			if a.ID == p.Actor && a.Country != "" && !slices.Contains(out, string(a.Country)) {
				out = append(out, string(a.Country))
			}
		}
	}
	return out
}

func actorsMatch(gold, got []string) bool {
	if len(gold) == 0 {
		return len(got) == 0
	}
	for _, g := range gold {
		if slices.Contains(got, g) {
			return true
		}
	}
	return false
}

func recipientsMatch(gold, got []string) bool {
	return actorsMatch(gold, got)
}

// WritePlover prints a report for a person.
func WritePlover(w io.Writer, rep PloverReport) {
	fmt.Fprintf(w, "PLOVER gold: %d records, %d events coded\n", rep.Records, rep.Events)
	fmt.Fprintf(w, "labels mapped: ")
	keys := make([]string, 0, len(rep.LabelMap))
	for k := range rep.LabelMap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			fmt.Fprint(w, ", ")
		}
		fmt.Fprintf(w, "%s→%s", k, rep.LabelMap[k])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "\n%-10s %9s %9s %9s %6s %6s %6s\n", "type", "precision", "recall", "f1", "gold", "pred", "right")
	for _, t := range chronicle.EventTypes {
		s := rep.PerType[t]
		fmt.Fprintf(w, "%-10s %9.3f %9.3f %9.3f %6d %6d %6d\n", t, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct)
	}
	line := func(name string, s PRF) {
		fmt.Fprintf(w, "%-10s %9.3f %9.3f %9.3f %6d %6d %6d\n", name, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct)
	}
	fmt.Fprintln(w)
	line("micro", rep.Micro)
	line("type only", rep.TypeOnly)
	line("even half", rep.Halves["even"])
	line("odd half", rep.Halves["odd"])
	fmt.Fprintln(w, "\nmost frequent confusions (gold → coded):")
	for i, c := range rep.Confusion {
		if i == 12 {
			break
		}
		fmt.Fprintf(w, "  %-10s → %-10s %d\n", c.Gold, c.Predicted, c.Count)
	}
	// The last line is the headline, for scripts and people who read only it.
	fmt.Fprintf(w, "\nmicro P %.3f R %.3f F1 %.3f on (type, actor country, recipient country); type only F1 %.3f; held-out odd half F1 %.3f\n",
		rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, rep.TypeOnly.F1, rep.Halves["odd"].F1)
}
