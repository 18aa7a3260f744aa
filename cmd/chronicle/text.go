package main

import (
	"fmt"
	"io"
	"strings"

	"chronicle"
)

// writeText writes a record as a short summary for a person reading a terminal.
func writeText(w io.Writer, r chronicle.Record) error {
	var b strings.Builder
	title := r.Title
	if title == "" {
		title = firstWords(r.Text, 12)
	}
	fmt.Fprintf(&b, "== %s\n", title)
	var meta []string
	for _, s := range []string{r.Outlet, strings.Join(r.Authors, ", "), r.Published, r.Language, r.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	fmt.Fprintf(&b, "   %s · id %s · %d sentences\n", strings.Join(meta, " · "), r.ID, len(r.Sentences))

	names := make(map[string]string, len(r.Actors))
	if len(r.Actors) > 0 {
		b.WriteString("\nActors\n")
	}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
		fmt.Fprintf(&b, "  %-4s %-28s %s\n", a.ID, a.Name, joinNonEmpty(" ", a.Type, string(a.Country), string(a.Sector), quoted(string(a.Role))))
	}
	if len(r.Events) > 0 {
		b.WriteString("\nEvents\n")
	}
	for _, e := range r.Events {
		fmt.Fprintf(&b, "  %-9s %s → %s", e.Type, participants(e.Actor, names), participants(e.Recipient, names))
		var notes []string
		notes = append(notes, string(e.Mode), e.Modality, e.Tense)
		if e.Negated {
			notes = append(notes, "negated")
		}
		if e.Date != nil {
			notes = append(notes, e.Date.Value)
		}
		if e.Location != nil {
			notes = append(notes, e.Location.Name+" "+e.Location.Country)
		}
		fmt.Fprintf(&b, "  (%s)\n", joinNonEmpty(", ", notes...))
		if e.Attribution != nil {
			fmt.Fprintf(&b, "            says: %s\n", e.Attribution.Text)
		}
		if e.Evidence.End <= len(r.Text) && e.Evidence.Start < e.Evidence.End {
			fmt.Fprintf(&b, "            “%s”\n", firstWords(r.Text[e.Evidence.Start:e.Evidence.End], 30))
		}
	}
	if len(r.Quotes) > 0 {
		b.WriteString("\nQuotes\n")
	}
	for _, q := range r.Quotes {
		fmt.Fprintf(&b, "  %s (%s): “%s”\n", q.Speaker.Text, joinNonEmpty(", ", q.Verb, string(q.Medium)), firstWords(q.Text, 30))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func participants(ps []chronicle.Participant, names map[string]string) string {
	if len(ps) == 0 {
		return "—"
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
		if n := names[p.Actor]; n != "" && n != p.Text {
			out[i] += " [" + n + "]"
		}
	}
	return strings.Join(out, " + ")
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

func firstWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + " …"
}
