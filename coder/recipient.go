package coder

import (
	"strings"

	"chronicle"
)

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
	if domesticTypes[c.typ] && own != "" && !(c.typ == "ASSAULT" && r.isState(c.actor)) && !r.namesForeignState(c, own) && !r.namedObject(c) && !r.anyoneObject(c) {
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

// indefiniteParties are pronouns that name no one in particular.
var indefiniteParties = set("anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "no-one")

// anyoneObject reports whether the predicate's object is an indefinite
// pronoun ("I never threaten anybody"): the act is aimed at no one in
// particular, least of all the speaker's own government.
func (r *run) anyoneObject(c *cand) bool {
	o := r.child(c.verb, "obj")
	return o >= 0 && indefiniteParties[r.lemma(o)]
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

// recipientPreps introduce the party an act is aimed at when the codebook
// names no preposition of its own.
var recipientPreps = set("to", "with", "against", "on", "upon", "at", "toward", "towards", "from", "into", "over", "in", "for", "of", "between")

// fallbackRecipient finds a party the event is aimed at among the
// prepositional phrases of its predicate, its object and its content,
// when the pattern's own roles gave none.
func (r *run) fallbackRecipient(c *cand) []chronicle.Participant {
	heads := []int{c.verb}
	if c.trigger != c.verb {
		heads = append(heads, c.trigger)
	}
	if v := c.verb; r.tok(v).Rel == "amod" && r.afterNominal(v) && r.head(v-1) < 0 {
		// "Israeli jets hit targets in Gaza" parsed with the subject as
		// the root: the clause's phrases hang on it
		heads = append(heads, v-1)
	}
	if c.entry.Content || contentTypes[c.typ] {
		// "demanded that the US cancel ...": who is to act is the recipient
		clauses := r.complements(c.verb)
		if c.trigger != c.verb {
			// "reiterated its demand that Israel ease ...": the noun's clause
			clauses = append(clauses, r.complements(c.trigger)...)
			for _, k := range r.children(c.trigger, "acl") {
				if r.caseOf(k) == "that" {
					clauses = append(clauses, k)
				}
			}
		}
		for _, k := range clauses {
			if s := r.child(k, "nsubj"); s >= 0 {
				if p := r.subjectParts(s); len(p) > 0 && !sameParts(p, c.actor) {
					return p
				}
			}
			heads = append(heads, k)
			if o := r.child(k, "obj"); o >= 0 {
				heads = append(heads, o)
			}
		}
		if c.typ == "REQUEST" || c.typ == "ACCUSE" {
			// "denied claims that X ...": X is not whom a denial answers
			if p := r.thatSubject(c); len(p) > 0 {
				return p
			}
		}
	}
	if c.typ == "THREATEN" {
		// "threatened ... unless the Kremlin closed its base": who must
		// comply, from the first "if"/"unless" clause after the threat
		sp := r.doc.Sentences[r.tok(c.verb).Sentence]
		for i := c.verb + 1; i < sp.Last; i++ {
			if l := r.lemma(i); (l == "if" || l == "unless") && r.tok(i).Rel == "mark" {
				if h := r.head(i); h >= 0 {
					if s := r.child(h, "nsubj"); s >= 0 {
						if p := r.subjectParts(s); len(p) > 0 && !sameParts(p, c.actor) {
							return p
						}
					}
				}
				break
			}
		}
	}
	if o := r.child(c.verb, "obj"); o >= 0 && !objectIsTheme(c.entry) {
		// "providing photographs and other intelligence to Macedonia"
		heads = append(append(heads, o), r.children(o, "conj")...)
		for _, k := range r.children(o, "compound") {
			// "gave the Ivory Coast 5.1 million dollars": a name
			// compounded onto a measure is a misparsed indirect object
			if r.tok(k).UPOS == "PROPN" && k < o-1 && r.tok(o-1).UPOS == "NUM" {
				if p := r.parts(k); len(p) > 0 && !sameParts(p, c.actor) {
					return p
				}
			}
		}
	}
	if objectIsTheme(c.entry) {
		// "lifted a blockade on Palestinian lorries": a restriction lifted
		// or a force withdrawn weighs on whom its "on"/"against" names, a
		// siege on whom its "of" names ("ended its blockade of Gaza")
		if o := r.objectOf(c.verb); o >= 0 {
			for _, k := range r.children(o, "nmod") {
				if cs := r.caseOf(k); cs == "on" || cs == "against" || cs == "of" && hemmingNouns[r.lemma(o)] {
					if p := r.objectParts(k); len(p) > 0 && !sameParts(p, c.actor) {
						return p
					}
				}
			}
		}
	}
	if c.typ == "RETREAT" || c.typ == "AID" {
		if p := r.purposeDestination(c); len(p) > 0 {
			return p
		}
	}
	if c.typ == "RETREAT" && (c.mode == "resign" || c.mode == "disarm") {
		return nil
	}
	if c.typ == "PROTEST" {
		if p := r.purposeRecipient(c); len(p) > 0 {
			return p
		}
	}
	for _, k := range c.content {
		heads = append(heads, k.verb)
		if o := r.child(k.verb, "obj"); o >= 0 {
			heads = append(heads, o, o)
			if p := r.objectParts(o); len(p) > 0 && !sameParts(p, c.actor) {
				return p
			}
		}
	}
	for _, h := range heads {
		for _, k := range r.children(h, "obl", "nmod", "iobj") {
			prep := r.caseOf(k)
			// a bare oblique is mostly a misparsed object ("accused the
			// United States of"); marked ones must name a direction
			bare := prep == "" && r.tok(k).Rel == "obl"
			if r.tok(k).Rel != "iobj" && !recipientPreps[prep] && !bare {
				continue
			}
			if prep == "in" && !placeTargets[c.typ] {
				continue // "resigned in Tbilisi" is where, not against whom
			}
			if timeWords[r.lemma(k)] {
				continue
			}
			if p := r.objectParts(k); len(p) > 0 && !sameParts(p, c.actor) {
				return p
			}
		}
	}
	return nil
}

// purposeDestination finds whom an opening or a gift is for in its purpose
// clause: "opened the bridge to allow the delivery of grain to
// Afghanistan".
func (r *run) purposeDestination(c *cand) []chronicle.Participant {
	var look func(h, depth int) []chronicle.Participant
	look = func(h, depth int) []chronicle.Participant {
		for _, k := range r.children(h, "nmod", "obl") {
			if r.caseOf(k) == "to" {
				if p := r.objectParts(k); len(p) > 0 && !sameParts(p, c.actor) {
					return p
				}
			}
			if depth < 2 && r.caseOf(k) == "of" {
				if p := look(k, depth+1); len(p) > 0 {
					return p
				}
			}
		}
		return nil
	}
	for _, k := range r.children(c.verb, "advcl", "xcomp") {
		if r.caseOf(k) != "to" || !r.isVerb(k) {
			continue
		}
		if p := look(k, 1); len(p) > 0 {
			return p
		}
		if o := r.child(k, "obj"); o >= 0 {
			if p := look(o, 0); len(p) > 0 {
				return p
			}
		}
	}
	return nil
}

// hemmingNouns name a hold on a place or people, whose "of" is its target.
var hemmingNouns = set("blockade", "siege", "occupation", "encirclement", "closure")

// thatSubject finds, by word order, the subject of a "that" clause right
// after a demand or charge, when the parse lost the clause ("reiterated its
// demand today that Israel ease ..."): the first party named after "that"
// and before the clause's verb.
func (r *run) thatSubject(c *cand) []chronicle.Participant {
	start := max(c.trigger, c.verb) + 1
	sent := r.doc.Sentences[r.tok(c.trigger).Sentence]
	for i := start; i < start+3 && i < sent.Last; i++ {
		if strings.ToLower(r.tok(i).Text) != "that" {
			continue
		}
		for j := i + 1; j < i+8 && j < sent.Last; j++ {
			switch r.tok(j).UPOS {
			case "VERB", "AUX", "PUNCT":
				return nil
			case "PROPN", "NOUN", "ADJ", "PRON":
				if id, ok := r.in.Actors.At(j); ok {
					if p := []chronicle.Participant{r.participant(j, id)}; !sameParts(p, c.actor) {
						return p
					}
				}
			}
		}
		return nil
	}
	return nil
}

// demandVerbs introduce what a protest is for ("to demand the resignation
// of President X", "calling for independence from Iraq").
var demandVerbs = set("demand", "call", "press", "urge", "seek", "ask", "oppose", "denounce",
	"condemn", "protest", "push", "insist")

// purposeRecipient finds whom a protest targets in the clause that says
// what it demands: the owner of what is demanded, or the party it is
// demanded from.
func (r *run) purposeRecipient(c *cand) []chronicle.Participant {
	var clauses []int
	for _, h := range []int{c.verb, c.trigger} {
		for _, k := range r.children(h, "advcl", "xcomp", "acl", "conj") {
			if demandVerbs[r.lemma(k)] {
				clauses = append(clauses, k)
			}
		}
	}
	if len(clauses) == 0 {
		// one level down: "joined demonstrators in demanding ...",
		// "joined a rally demanding ..."
		for _, h := range []int{c.verb, c.trigger} {
			for _, k := range r.children(h, "advcl", "xcomp", "acl", "obj", "obl") {
				for _, m := range r.children(k, "advcl", "xcomp", "acl") {
					if demandVerbs[r.lemma(m)] {
						clauses = append(clauses, m)
					}
				}
			}
		}
	}
	for _, k := range clauses {
		var heads []int
		if o := r.child(k, "obj"); o >= 0 {
			heads = append(heads, o)
		}
		heads = append(heads, r.children(k, "obl")...)
		for _, h := range heads {
			if p := r.objectParts(h); len(p) > 0 && !sameParts(p, c.actor) {
				return p
			}
			for _, m := range r.children(h, "nmod") {
				if cs := r.caseOf(m); cs == "from" || cs == "against" || cs == "by" || cs == "of" {
					if p := r.objectParts(m); len(p) > 0 && !sameParts(p, c.actor) {
						return p
					}
				}
			}
		}
	}
	return nil
}

// complements returns the clauses that say what v asks, threatens or
// agrees: its ccomp and xcomp, and "to" clauses parsed as adverbial.
func (r *run) complements(v int) []int {
	out := r.children(v, "ccomp", "xcomp")
	for _, k := range r.children(v, "advcl") {
		if r.caseOf(k) == "to" {
			out = append(out, k)
		}
	}
	return out
}

// doerOfCriticizedAct finds, for criticism or rejection of an act ("attacked
// the proclamation of the Golan Heights as Israeli territory by Trump",
// "condemned the killing of civilians by the army"), whoever did that act:
// the "by" phrase in the clause after the object, however the parse hung it.
func (r *run) doerOfCriticizedAct(c *cand) []chronicle.Participant {
	o := r.child(c.verb, "obj")
	if o < 0 || c.nominal || r.tok(o).UPOS != "NOUN" || len(r.parts(o)) > 0 {
		return nil
	}
	sent := r.doc.Sentences[r.tok(c.verb).Sentence]
	for i := o + 1; i < sent.Last; i++ {
		if r.rel(i) != "nmod" && r.rel(i) != "obl" || r.caseOf(i) != "by" || !r.phraseOf(i, c.verb) {
			continue
		}
		if p := r.objectParts(i); len(p) > 0 && !sameParts(p, c.actor) {
			return p
		}
		if k := r.child(i, "nmod"); k >= 0 {
			// "by the President of the United States Donald Trump"
			if p := r.objectParts(k); len(p) > 0 && !sameParts(p, c.actor) {
				return p
			}
		}
		return nil
	}
	return nil
}

// phraseOf reports whether token i hangs on predicate v through noun
// phrases only, not through another clause ("denied claims ..., however a
// report concluded ... by Saudi agents").
func (r *run) phraseOf(i, v int) bool {
	for steps := 0; steps < 12; steps++ {
		h := r.head(i)
		if h < 0 {
			return false
		}
		if h == v {
			return true
		}
		if r.isVerb(h) || r.tok(h).UPOS == "AUX" {
			return false
		}
		switch r.rel(h) {
		case "ccomp", "advcl", "acl", "conj", "parataxis", "csubj", "xcomp":
			return false
		}
		i = h
	}
	return false
}
