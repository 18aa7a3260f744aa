package coder

import "chronicle"

// Governments is what the coder may also ask of actor resolution: the
// government of a country the text does not name as an actor. It is optional
// (checked on Inputs.Actors), so fakes in tests need not provide it.
type Governments interface {
	Government(country string) (id string, ok bool)
}

// domesticTypes are the types PLOVER codes against the actor's own state
// when the sentence names no one else: protesters protest to their
// government, police coerce their own citizens, a party demands or rejects
// within its country.
var domesticTypes = set("PROTEST", "COERCE", "CONCEDE", "REQUEST", "THREATEN", "ASSAULT", "REJECT", "ACCUSE")

// noImplicitTarget are the types whose gold codings mostly name no target
// when the text gives none: sides meeting, cooperating, stepping back.
var noImplicitTarget = set("CONSULT", "COOPERATE", "RETREAT")

// implicitRecipient finds whom an event is aimed at when its own roles and
// the phrases of its clause name no one: another party named in the
// clause or sentence (not the actor, not who reports it), else the state of
// the place it happens in, else, for domestic acts, the actor's own state
// (never for an attack by that state or its government).
func (r *run) implicitRecipient(c *cand) []chronicle.Participant {
	if noImplicitTarget[c.typ] || c.entry.Reciprocal || c.entry.Speaker || len(c.actor) == 0 || r.jointAct(c) {
		return nil
	}
	if p := r.otherParty(c); len(p) > 0 {
		return p
	}
	own := r.countryOf(c.actor)
	if pl := r.attachPlace(c); pl != nil && pl.Country != "" && pl.Country != own {
		if p := r.government(pl.Country, r.placeEvidence(c, *pl)); len(p) > 0 {
			return p
		}
	}
	if p := r.placeInClause(c, own); len(p) > 0 {
		return p
	}
	if domesticTypes[c.typ] && own != "" && !(c.typ == "ASSAULT" && r.isState(c.actor)) && !r.namesForeignState(c, own) && !r.namedObject(c) {
		return r.government(own, c.actor[0])
	}
	return nil
}

// isState reports whether an actor is a state or its government ("Turkey
// began an offensive"). Its domestic coercion, refusals and criticism are
// coded against its own country (PLOVER practice), but an attack it makes
// is never aimed at itself: with no target named, it has none.
func (r *run) isState(ps []chronicle.Participant) bool {
	for _, p := range ps {
		a := r.in.Actors.Get(p.Actor)
		if a.Type == chronicle.ActorCountry || a.Sector == "GOV" {
			return true
		}
	}
	return false
}

// namedObject reports whether the event's predicate names whom it is aimed
// at by a proper name that resolved to no state ("accused the West of
// hypocrisy"): the act is aimed there, not at the actor's own state.
func (r *run) namedObject(c *cand) bool {
	o := r.child(c.verb, "obj")
	if o < 0 || c.nominal && c.verb == c.trigger {
		return false
	}
	return r.tok(o).UPOS == "PROPN" && !r.isTime(o)
}

// namesForeignState reports whether the event's sentence names a party
// (a state, an international body or group) or a place outside country: then the act may be aimed abroad, and the
// actor's own state is no safe guess.
func (r *run) namesForeignState(c *cand, country string) bool {
	sent := r.doc.Sentences[r.tok(c.trigger).Sentence]
	for _, pl := range r.in.Places {
		if pl.First >= sent.First && pl.First < sent.Last && pl.Place.Country != "" && pl.Place.Country != country {
			return true
		}
	}
	for i := sent.First; i < sent.Last; i++ {
		if r.tok(i).UPOS != "PROPN" && !(r.tok(i).UPOS == "ADJ" && r.rel(i) == "amod") {
			continue
		}
		if id, ok := r.in.Actors.At(i); ok {
			if a := r.in.Actors.Get(id); a.Country != "" && string(a.Country) != country {
				return true
			}
		}
	}
	return false
}

// otherParty returns the nearest actor the event's clause names besides
// its actor and its reporter.
func (r *run) otherParty(c *cand) []chronicle.Participant {
	sent := r.doc.Sentences[r.tok(c.trigger).Sentence]
	actorWords := r.participantTokens(c.actor, sent.First, sent.Last)
	skip := func(i int) bool {
		// the actor's own phrase and appositions ("Pakistan, a key U.S.
		// ally, refused") and the reporter name no target
		if r.isTime(i) || r.underAny(i, c.ctx.reporterSubject(r)) || r.underAny(i, actorWords) {
			return true
		}
		if h := r.head(i); r.rel(i) == "nsubj" && h >= 0 && h != c.verb && h != c.trigger && r.rel(h) != "acl" {
			// the subject of another clause acts there ("an accusation
			// Yerevan denied"); only a relative clause on a noun ("positions
			// Hezbollah held") may still name the target
			return true
		}
		switch r.tok(i).UPOS {
		case "PROPN":
			rel := r.rel(i)
			return rel == "compound" || rel == "flat"
		case "ADJ":
			return r.rel(i) != "amod"
		}
		return true
	}
	// parties elsewhere in the sentence were tried too: on the gold set
	// they were right as often as wrong
	var inClause []int
	for i := sent.First; i < sent.Last; i++ {
		if !skip(i) && (r.under(i, c.verb) || r.under(i, c.trigger)) {
			inClause = append(inClause, i)
		}
	}
	own := r.countryOf(c.actor)
	for _, i := range nearestFirst(inClause, c.trigger) {
		id, ok := r.in.Actors.At(i)
		if !ok || sameParts([]chronicle.Participant{{Actor: id}}, c.actor) || sameParts([]chronicle.Participant{{Actor: id}}, c.ctx.speaker) {
			continue
		}
		a := r.in.Actors.Get(id)
		if a.Country == "" || string(a.Country) == own && (a.Sector != "GOV" || !domesticTypes[c.typ]) {
			continue
		}
		out := []chronicle.Participant{r.participant(i, id)}
		for _, p := range r.parts(i) {
			// its conjuncts are aimed at too: "aid for Romania and Poland"
			one := []chronicle.Participant{p}
			if p.Actor == id || sameParts(one, c.actor) || sameParts(one, c.ctx.speaker) || r.in.Actors.Get(p.Actor).Country == "" {
				continue
			}
			out = append(out, p)
		}
		return out
	}
	return nil
}

// participantTokens returns the tokens of sentence [first, last) where the
// mentions of ps begin.
func (r *run) participantTokens(ps []chronicle.Participant, first, last int) []int {
	var out []int
	for i := first; i < last; i++ {
		for _, p := range ps {
			if r.tok(i).Start == p.Start {
				out = append(out, i)
			}
		}
	}
	return out
}

// nearestFirst orders tokens by distance from t, those after it first on a tie.
func nearestFirst(tokens []int, t int) []int {
	out := append([]int(nil), tokens...)
	dist := func(i int) int {
		if i > t {
			return 2*(i-t) - 1
		}
		return 2 * (t - i)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && dist(out[j]) < dist(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// under reports whether token i lies in the subtree of token top.
func (r *run) under(i, top int) bool {
	for steps := 0; i >= 0 && steps < 40; steps++ {
		if i == top {
			return true
		}
		i = r.head(i)
	}
	return false
}

func (r *run) underAny(i int, tops []int) bool {
	for _, t := range tops {
		if t >= 0 && r.under(i, t) {
			return true
		}
	}
	return false
}

// reporterSubject returns the subject of the reporting verb, whose words
// name the source of the report, not a party to the event.
func (cx clauseContext) reporterSubject(r *run) []int {
	if cx.reporter < 0 {
		return nil
	}
	return r.children(cx.reporter, "nsubj", "nsubj:pass")
}

// countryOf returns the country of the first actor that has one.
func (r *run) countryOf(ps []chronicle.Participant) string {
	for _, p := range ps {
		if c := r.in.Actors.Get(p.Actor).Country; c != "" && !nonStates[string(c)] {
			return string(c)
		}
	}
	return ""
}

// placeInClause returns the government of a foreign place the event's
// clause names as its object or a modifier of it ("shelled Jericho",
// "captured a village near Kabul").
func (r *run) placeInClause(c *cand, own string) []chronicle.Participant {
	for _, l := range r.in.Places {
		if l.First < 0 || l.Last > len(r.doc.Tokens) || l.First >= l.Last || l.Place.Country == "" || l.Place.Country == own {
			continue
		}
		h := r.spanHead(l.First, l.Last)
		if h == c.verb || !r.under(h, c.verb) || r.underAny(h, c.ctx.reporterSubject(r)) {
			continue
		}
		sp := r.doc.Span(l.First, l.Last)
		return r.government(l.Place.Country, chronicle.Participant{Text: r.doc.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End})
	}
	return nil
}

// placeEvidence returns the mention of place pl in the event's sentence
// (the actor's mention when the place came from a dateline).
func (r *run) placeEvidence(c *cand, pl chronicle.Place) chronicle.Participant {
	sent := r.tok(c.trigger).Sentence
	for _, l := range r.in.Places {
		if l.First >= 0 && l.First < len(r.doc.Tokens) && r.tok(l.First).Sentence == sent && l.Place.Text == pl.Text {
			sp := r.doc.Span(l.First, l.Last)
			return chronicle.Participant{Text: r.doc.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End}
		}
	}
	return c.actor[0]
}

// nonStates are the codes of actors that belong to no state.
var nonStates = set("IGO", "NGO", "IMG", "MNC", "UNK")

// government returns the government of country as a participant whose
// evidence is the mention that implies it.
func (r *run) government(country string, evidence chronicle.Participant) []chronicle.Participant {
	g, ok := r.in.Actors.(Governments)
	if !ok || nonStates[country] {
		return nil
	}
	id, ok := g.Government(country)
	if !ok {
		return nil
	}
	evidence.Actor = id
	return []chronicle.Participant{evidence}
}
