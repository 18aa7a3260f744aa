package coder

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"chronicle"
)

// historicalAfter is how long before publication a past event counts as
// background rather than news.
const historicalAfter = 7 * 24 * time.Hour

// finish attaches dates and places, settles reciprocal actors, merges
// mentions of one event and returns the article's events.
func (r *run) finish() []chronicle.Event {
	var events []chronicle.Event
	for _, c := range r.cands {
		ev, ok := r.event(c)
		if !ok {
			continue
		}
		if i := r.mergeTarget(events, ev, c); i >= 0 {
			r.mergeInto(&events[i], ev)
			continue
		}
		if len(ev.Actor) == 0 {
			continue // a bare mention ("the talks") that no earlier event explains
		}
		events = append(events, ev)
	}
	for i := range events {
		events[i].ID = "e" + strconv.Itoa(i+1)
	}
	return events
}

// event builds the record of one candidate; ok is false when it has no
// content a reader could use.
func (r *run) event(c *cand) (chronicle.Event, bool) {
	doc := r.doc
	sent := r.tok(c.trigger).Sentence
	sp := doc.Sentences[sent]
	ev := chronicle.Event{
		Type:     c.typ,
		Mode:     chronicle.NullString(c.mode),
		Contexts: append([]string{}, c.entry.Contexts...),
		Sentence: sent,
		Mentions: []chronicle.Mention{{Sentence: sent, Start: sp.Start, End: sp.End}},
		Evidence: chronicle.Span{Start: sp.Start, End: sp.End},
		Negated:  c.ctx.negated,
		Modality: c.ctx.modality,
		Tense:    c.ctx.tense,
		CAMEO:    c.entry.CAMEO,
		Actor:    c.actor,
	}
	if c.cameo != "" {
		ev.CAMEO = c.cameo
	}
	ev.Recipient = r.outsideSubject(c, withoutParts(c.recip, c.actor)) // nobody is their own recipient
	ev.Trigger = r.triggerSpan(c)
	ev.Date = r.attachDate(c)
	ev.Location = r.attachPlace(c)
	r.settleParties(c, &ev)
	if ev.Actor == nil {
		ev.Actor = []chronicle.Participant{}
	}
	if ev.Recipient == nil {
		ev.Recipient = []chronicle.Participant{}
	}
	if ev.Tense == chronicle.Past && ev.Date != nil && ev.Date.Precision != chronicle.Unresolved && !r.pub.IsZero() {
		if end, ok := dateEnd(ev.Date); ok && r.pub.Sub(end) > historicalAfter {
			ev.Tense = chronicle.Historical
		}
	}
	ev.Attribution = r.attribution(c, ev.Actor)
	ev.Confidence = r.confidence(c, &ev)
	return ev, true
}

// settleParties applies PLOVER's rule for meetings and other reciprocal
// events: all parties are actors, except that a visitor meeting a host on
// the host's soil is the actor and the host the recipient (mode visit).
func (r *run) settleParties(c *cand, ev *chronicle.Event) {
	if len(c.partners) == 0 {
		return
	}
	all := appendParts(append([]chronicle.Participant{}, c.actor...), c.partners)
	if c.typ == "CONSULT" && ev.Location != nil && ev.Location.Country != "" {
		var hosts, visitors []chronicle.Participant
		for _, p := range all {
			if r.in.Actors.Get(p.Actor).Country == chronicle.NullString(ev.Location.Country) {
				hosts = append(hosts, p)
			} else {
				visitors = append(visitors, p)
			}
		}
		if len(hosts) > 0 && len(visitors) > 0 {
			ev.Actor, ev.Recipient = visitors, hosts
			ev.Mode = "visit"
			ev.CAMEO = "042"
			return
		}
	}
	ev.Actor = all
	ev.Recipient = nil
}

func appendParts(dst, src []chronicle.Participant) []chronicle.Participant {
	for _, p := range src {
		dup := false
		for _, q := range dst {
			if q.Actor == p.Actor {
				dup = true
			}
		}
		if !dup {
			dst = append(dst, p)
		}
	}
	return dst
}

// triggerSpan covers the trigger tokens ("held talks", "call off").
func (r *run) triggerSpan(c *cand) chronicle.TextSpan {
	first, last := c.trigger, c.trigger+1
	for _, x := range append([]int{c.verb}, c.extra...) {
		if x < 0 || r.tok(x).Sentence != r.tok(c.trigger).Sentence {
			continue
		}
		if x < first {
			first = x
		}
		if x+1 > last {
			last = x + 1
		}
	}
	sp := r.doc.Span(first, last)
	return chronicle.TextSpan{Text: r.doc.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End}
}

// attaches reports whether the expression with head token h modifies the
// event's clause: its first predicate ancestor is the event's predicate.
func (r *run) attaches(h int, c *cand) bool {
	for steps := 0; h >= 0 && steps < 8; steps++ {
		p := r.head(h)
		if p < 0 {
			return false
		}
		if p == c.verb || p == c.trigger || inList(c.extra, p) {
			return true
		}
		if r.isVerb(p) || r.tok(p).Rel == "acl:relcl" {
			return false
		}
		h = p
	}
	return false
}

// spanHead returns the token of [first, last) whose head lies outside it.
func (r *run) spanHead(first, last int) int {
	for i := first; i < last && i < len(r.doc.Tokens); i++ {
		if h := r.head(i); h < first || h >= last {
			return i
		}
	}
	return first
}

func (r *run) attachDate(c *cand) *chronicle.Date {
	sent := r.tok(c.trigger).Sentence
	var inSent []Dated
	for _, d := range r.in.Dates {
		if d.First >= 0 && d.First < len(r.doc.Tokens) && r.tok(d.First).Sentence == sent {
			inSent = append(inSent, d)
		}
	}
	for _, d := range inSent {
		if r.attaches(r.spanHead(d.First, d.Last), c) {
			dd := d.Date
			return &dd
		}
	}
	if len(inSent) == 1 && !r.inEventClause(inSent[0], c) {
		dd := inSent[0].Date
		return &dd
	}
	if r.pub.IsZero() {
		return nil
	}
	return &chronicle.Date{Value: r.pub.Format("2006-01-02"), Granularity: chronicle.Day, Precision: chronicle.Unresolved}
}

// inEventClause reports whether a date sits in another event's clause, so
// that it cannot date this one by default.
func (r *run) inEventClause(d Dated, c *cand) bool {
	h := r.spanHead(d.First, d.Last)
	for _, o := range r.cands {
		if o != c && r.tok(o.trigger).Sentence == r.tok(c.trigger).Sentence && r.attaches(h, o) {
			return true
		}
	}
	return false
}

func (r *run) attachPlace(c *cand) *chronicle.Place {
	sent := r.tok(c.trigger).Sentence
	for _, p := range r.in.Places {
		if p.First < 0 || p.First >= len(r.doc.Tokens) || r.tok(p.First).Sentence != sent {
			continue
		}
		h := r.spanHead(p.First, p.Last)
		// "in St. Petersburg", "in St. Petersburg's presidential library"
		for steps := 0; steps < 3 && r.rel(h) != "obl" && r.rel(h) != "nmod" && r.head(h) >= 0; steps++ {
			if r.tok(h).Rel == "nmod:poss" || r.rel(h) == "compound" {
				h = r.head(h)
				continue
			}
			break
		}
		if prep := r.caseOf(h); !placePreps[prep] {
			continue
		}
		if r.attaches(h, c) {
			pl := p.Place
			return &pl
		}
	}
	if r.in.Dateline != nil && sent == r.firstSentence() {
		pl := *r.in.Dateline
		return &pl
	}
	return nil
}

// firstSentence is the lede: the first sentence with a predicate.
func (r *run) firstSentence() int {
	for s, sp := range r.doc.Sentences {
		for i := sp.First; i < sp.Last; i++ {
			if r.tok(i).UPOS == "VERB" {
				return s
			}
		}
	}
	return 0
}

// dateEnd returns the last day a date covers.
func dateEnd(d *chronicle.Date) (time.Time, bool) {
	v := d.Value
	if d.End != "" {
		v = string(d.End)
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// attribution says who the text says reported the event: the speaker of a
// reporting verb or a quotation, or an "according to" source. It is nil when
// the outlet asserts the event or the actor reports its own act.
func (r *run) attribution(c *cand, actor []chronicle.Participant) *chronicle.Attribution {
	if len(c.ctx.speaker) > 0 && !sameParts(c.ctx.speaker, actor) {
		return &chronicle.Attribution{Text: c.ctx.speakerText, Actor: chronicle.NullString(c.ctx.speaker[0].Actor)}
	}
	if len(c.ctx.speaker) == 0 && c.ctx.speakerText != "" && c.ctx.reporter >= 0 {
		return &chronicle.Attribution{Text: c.ctx.speakerText}
	}
	if a := r.accordingTo(r.tok(c.trigger).Sentence); a != nil {
		return a
	}
	return nil
}

// accordingTo finds "according to X" in sentence s.
func (r *run) accordingTo(s int) *chronicle.Attribution {
	sp := r.doc.Sentences[s]
	for i := sp.First; i < sp.Last-1; i++ {
		if strings.ToLower(r.tok(i).Text) != "according" || strings.ToLower(r.tok(i+1).Text) != "to" {
			continue
		}
		h := r.head(i)
		if h < 0 || h < i {
			// "according" as the case of its noun: the noun follows
			for j := i + 2; j < sp.Last; j++ {
				if r.head(i) == j || r.head(i+1) == j {
					h = j
					break
				}
			}
		}
		if h < 0 {
			continue
		}
		first, last := r.phrase(h)
		if first > i {
			first = i
		}
		// the source with its modifiers: "two people familiar with the list"
		_, subLast := r.doc.Subtree(h)
		if subLast > last {
			last = subLast
		}
		for last > first+1 && r.tok(last-1).UPOS == "PUNCT" {
			last--
		}
		a := &chronicle.Attribution{Text: r.doc.SpanText(first, last)}
		if p := r.parts(h); len(p) > 0 {
			a.Actor = chronicle.NullString(p[0].Actor)
		}
		return a
	}
	return nil
}

// confidence grades how much of the event the parse supports.
func (r *run) confidence(c *cand, ev *chronicle.Event) float64 {
	conf := 0.75
	if c.nominal {
		conf = 0.6
	}
	if len(ev.Recipient) > 0 {
		conf += 0.1
	}
	if c.derived {
		conf -= 0.1
	}
	if ev.Modality == chronicle.Hypothetical || ev.Modality == chronicle.Conditional {
		conf -= 0.1
	}
	conf += c.conf
	return float64(int(min(max(conf, 0.1), 0.95)*100+0.5)) / 100
}

// mergeTarget returns the index of an earlier event that ev reports again,
// or -1: same type, shared parties (or none named, for a bare "the talks"),
// and no conflicting date.
func (r *run) mergeTarget(events []chronicle.Event, ev chronicle.Event, c *cand) int {
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		if e.Type != ev.Type || e.Negated != ev.Negated {
			continue
		}
		if len(ev.Actor) == 0 && len(ev.Recipient) == 0 {
			if c.nominal && r.definite(c.trigger) {
				return i
			}
			continue
		}
		if !r.sameSides(e, &ev) {
			continue
		}
		if conflictingDates(e.Date, ev.Date) {
			continue
		}
		if e.Modality != ev.Modality && (e.Modality == chronicle.Denied || ev.Modality == chronicle.Denied) {
			continue
		}
		if done, planned := e.Tense == chronicle.Historical || ev.Tense == chronicle.Historical, e.Tense == chronicle.Future || ev.Tense == chronicle.Future; done && planned {
			continue // "the truce agreed in January" is not the deal "ready to sign within weeks"
		}
		return i
	}
	return -1
}

func allParts(e *chronicle.Event) []chronicle.Participant {
	return append(append([]chronicle.Participant{}, e.Actor...), e.Recipient...)
}

func conflictingDates(a, b *chronicle.Date) bool {
	if a == nil || b == nil || a.Precision == chronicle.Unresolved || b.Precision == chronicle.Unresolved {
		return false
	}
	return a.Value != b.Value
}

// mergeInto adds ev as a further mention of e and fills what e lacked.
func (r *run) mergeInto(e *chronicle.Event, ev chronicle.Event) {
	if !slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Sentence == ev.Sentence }) {
		e.Mentions = append(e.Mentions, ev.Mentions...)
	}
	if e.Location == nil && ev.Location != nil {
		e.Location = ev.Location
	}
	if (e.Date == nil || e.Date.Precision == chronicle.Unresolved) && ev.Date != nil && ev.Date.Precision != chronicle.Unresolved {
		e.Date = ev.Date
	}
	if len(e.Recipient) == 0 && len(ev.Recipient) > 0 && !sameParts(e.Actor, ev.Recipient) {
		e.Recipient = ev.Recipient
	}
}

var placePreps = set("in", "at", "near", "outside", "inside", "into", "across", "from", "to")

// sameSides reports whether two events of one type can be the same event:
// their parties meet, actor for actor and recipient for recipient (or
// swapped, for a host and a visitor), at least by country ("the U.S." and
// "Witkoff" on one side of the same talks).
func (r *run) sameSides(a, b *chronicle.Event) bool {
	if !sameParts(allParts(a), allParts(b)) {
		return false
	}
	if a.Type != "CONSULT" && a.Type != "AGREE" {
		// other acts recur between the same states; only the same actors
		// make them the same act
		return compatible(a.Actor, b.Actor) && (compatible(a.Recipient, b.Recipient) || sameParts(a.Actor, b.Recipient))
	}
	straight := r.compatibleByCountry(a.Actor, b.Actor) && r.compatibleByCountry(a.Recipient, b.Recipient)
	swapped := r.compatibleByCountry(a.Actor, b.Recipient) && r.compatibleByCountry(a.Recipient, b.Actor)
	return straight || swapped
}

func (r *run) compatibleByCountry(a, b []chronicle.Participant) bool {
	return len(a) == 0 || len(b) == 0 || r.sameOrCountry(a, b)
}

// sameOrCountry reports whether a and b share an actor, or an actor's
// country when both name one.
func (r *run) sameOrCountry(a, b []chronicle.Participant) bool {
	if sameParts(a, b) {
		return true
	}
	for _, x := range a {
		cx := r.in.Actors.Get(x.Actor).Country
		for _, y := range b {
			if cx != "" && cx == r.in.Actors.Get(y.Actor).Country {
				return true
			}
		}
	}
	return false
}

// compatible reports whether two sides of an event can be the same side:
// they share an actor, or one is not named.
func compatible(a, b []chronicle.Participant) bool {
	return len(a) == 0 || len(b) == 0 || sameParts(a, b)
}

// definite reports whether an event noun refers back ("the talks", "these
// negotiations") rather than to talks in general.
func (r *run) definite(n int) bool {
	for _, k := range r.children(n, "det") {
		switch r.lemma(k) {
		case "the", "these", "those", "this", "that":
			return true
		}
	}
	return false
}

// withoutParts returns the participants of ps whose actor is not in drop.
func withoutParts(ps, drop []chronicle.Participant) []chronicle.Participant {
	var out []chronicle.Participant
	for _, p := range ps {
		if !sameParts([]chronicle.Participant{p}, drop) {
			out = append(out, p)
		}
	}
	return out
}

// outsideSubject drops the recipients named in apposition to the event's
// active subject: in "US Ambassador to Germany Richard Grenell alleged" the
// name is the actor's own, not whom he accuses.
func (r *run) outsideSubject(c *cand, recip []chronicle.Participant) []chronicle.Participant {
	if c.nominal && c.verb == c.trigger {
		return recip
	}
	subj, passive := r.subject(c.verb)
	if subj < 0 || passive {
		return recip
	}
	appos := r.children(subj, "appos")
	if len(appos) == 0 {
		return recip
	}
	sent := r.doc.Sentences[r.tok(subj).Sentence]
	var out []chronicle.Participant
	for _, p := range recip {
		if toks := r.participantTokens([]chronicle.Participant{p}, sent.First, sent.Last); len(toks) > 0 && r.underAny(toks[0], appos) {
			continue
		}
		out = append(out, p)
	}
	return out
}
