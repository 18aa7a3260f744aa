package coder

import (
	"strings"

	"chronicle"
)

// contentTypes are events whose complement says what is agreed, asked,
// refused, threatened or charged: an event in that complement is their
// content, not an event of its own ("urged Russia to withdraw").
var contentTypes = set("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE")

// hostile events turn into threats when they are only intended or
// conditional (PLOVER: THREATEN rather than ASSAULT + hypothetical).
var threatMode = map[string]string{
	"ASSAULT":  "violence",
	"SANCTION": "restrict",
	"MOBILIZE": "violence",
	"COERCE":   "restrict",
	"PROTEST":  "relations", // CAMEO 133: threaten with dissent, boycott, protest
}

// chargeTypes punish someone for an act they are said to have done.
var chargeTypes = set("COERCE", "SANCTION")

// needsRecipient are the types PLOVER defines as aimed at someone
// ("Requires recipient: Yes" in the manual).
var needsRecipient = set("COOPERATE", "AID", "SANCTION")

// cooperative events reported as intentions are AGREE (PLOVER manual, AGREE).
var intentAsAgree = set("CONSULT", "SUPPORT", "COOPERATE", "AID")

// combine applies the rules that relate a sentence's candidates to each
// other and to their clauses, and returns the ones that remain events.
func (r *run) combine(sent int, found []*cand) []*cand {
	byVerb := map[int]*cand{}
	byTrigger := map[int]*cand{}
	for _, c := range found {
		byTrigger[c.trigger] = c
		if _, ok := byVerb[c.verb]; !ok {
			byVerb[c.verb] = c
		}
	}
	// Absorb events that are the content of a governing event.
	for _, c := range found {
		if g := r.governor(c, byTrigger, byVerb); g != nil && r.takesAsContent(g, c) {
			c.absorbed = true
			g.content = append(g.content, c)
		}
	}
	var out []*cand
	for _, c := range found {
		if c.absorbed {
			continue
		}
		r.applyContent(c)
		if c.entry.NeedRecipient && len(c.recip) == 0 && len(c.partners) == 0 && !c.mutual {
			continue // the pattern's own roles must name whom it is aimed at
		}
		if c.typ == "REJECT" && r.declinesToSpeak(c) {
			continue // "declined to comment" refuses nothing political
		}
		if c.typ == "ASSAULT" && r.fightsAProblem(c) {
			continue // "cooperate in fighting terrorism" attacks no one
		}
		if c.typ == "ACCUSE" || c.typ == "REJECT" {
			// criticism of an act is aimed at whoever did it
			if p := r.doerOfCriticizedAct(c); len(p) > 0 {
				c.recip = p
			}
		}
		if c.typ == "COERCE" && c.mode == "martial-law" {
			// a state of emergency or martial law is declared over one's
			// own country: "to build a wall on the border with Mexico"
			// names no one it is imposed on
			if own := r.countryOf(c.actor); own != "" && len(c.actor) > 0 {
				c.recip = r.government(own, c.actor[0])
			}
		}
		if len(c.recip) == 0 && len(c.partners) == 0 && !c.entry.Speaker && !r.jointAct(c) && !c.mutual {
			c.recip = r.fallbackRecipient(c)
		}
		if c.typ == "CONSULT" && c.entry.Reciprocal && !c.nominal && len(c.partners) == 0 && len(c.actor) < 2 && !r.plural(c) {
			continue // "the Senate met": a body sitting, not two sides consulting
		}
		if c.typ == "CONSULT" && (r.onlyThePress(c.partners) || r.onlyThePress(c.actor)) {
			continue // "talked to reporters": speaking to the press consults no one
		}
		out = append(out, c)
	}
	// "X said/believes that Y should ...": a request from X to Y.
	out = append(out, r.deonticRequests(sent, found)...)
	var kept []*cand
	for _, c := range out {
		if c.entry.Speaker {
			if len(c.ctx.speaker) == 0 {
				continue
			}
			c.recip = r.speakerRecipient(c)
			c.actor = c.ctx.speaker
			c.ctx.modality = chronicle.Asserted
			c.ctx.negated = false
		}
		if c.ctx.counterfactual || c.ctx.antecedent || (c.ctx.deontic && !c.derived) {
			continue
		}
		r.convert(c)
		r.orderToStop(c)
		if p := r.unattributedAttack(c); len(p) > 0 {
			c.actor = p
		} else if p := r.unattributedStateAct(c); len(p) > 0 {
			c.actor = p
		}
		if c.typ == "THREATEN" && len(c.recip) == 0 && !c.mutual {
			c.recip = r.fallbackRecipient(c) // now a threat: who must comply
		}
		if len(c.recip) == 0 && len(c.partners) == 0 && needsRecipient[c.typ] && !c.mutual && !r.jointAct(c) {
			continue // but "France and Egypt held joint exercises" cooperate with each other
		}
		if r.jointAct(c) {
			c.recip = r.withoutOwnSide(c)
		}
		if c.recip = withoutParts(c.recip, c.actor); len(c.recip) == 0 && len(c.partners) == 0 && !c.mutual {
			c.recip = r.implicitRecipient(c)
		}
		if acc := r.derivedAccusation(c); acc != nil {
			kept = append(kept, acc)
		}
		kept = append(kept, c)
	}
	return kept
}

// jointAct reports a cooperative act done together by parties of two
// countries ("Hungarian and Romanian officials agreed that ...") or by
// coordinated parties ("the government and the rebels agreed"): PLOVER
// lists them all as actors, with no recipient.
func (r *run) jointAct(c *cand) bool {
	if !jointTypes[c.typ] {
		return false
	}
	first := r.countryOf(c.actor)
	for _, p := range c.actor {
		if k := string(r.in.Actors.Get(p.Actor).Country); k != "" && !nonStates[k] && k != first {
			return true
		}
	}
	if c.nominal && c.verb == c.trigger {
		return false
	}
	if s, passive := r.subject(c.verb); s >= 0 && !passive {
		if r.child(s, "conj") >= 0 && len(r.parts(s)) > 1 {
			return true
		}
	}
	return false
}

// withoutOwnSide drops from a joint act's recipients the parties of the
// actors' own states: "the government and the rebels agreed to allow
// access for people in need" is aimed at no one outside them.
func (r *run) withoutOwnSide(c *cand) []chronicle.Participant {
	own := map[string]bool{}
	for _, p := range c.actor {
		if k := string(r.in.Actors.Get(p.Actor).Country); k != "" && !nonStates[k] {
			own[k] = true
		}
	}
	var out []chronicle.Participant
	for _, p := range c.recip {
		if !own[string(r.in.Actors.Get(p.Actor).Country)] {
			out = append(out, p)
		}
	}
	return out
}

var jointTypes = set("AGREE", "CONSULT", "COOPERATE")

// takesAsContent reports whether g's complement c is what g asks, agrees,
// refuses or threatens. English puts that content after the verb; only a
// relative clause ("the ceasefire they agreed to") puts it before.
func (r *run) takesAsContent(g, c *cand) bool {
	if g == c {
		return false
	}
	if g.typ == "PROTEST" && c.typ == "REQUEST" {
		// what a protest demands is its topic, not a second event (PLOVER
		// manual, PROTEST)
		return true
	}
	if h := r.head(c.verb); chargeTypes[g.typ] && !c.nominal && r.caseOf(c.verb) == "for" &&
		(h == g.verb || h >= 0 && r.rel(h) == "obj" && r.head(h) == g.verb) {
		// "arrested for collaborating with Israel": what someone is
		// punished for is the charge, not an event of its own
		return true
	}
	if !(contentTypes[g.typ] || g.entry.Content) {
		return false
	}
	return c.trigger > g.trigger || r.tok(g.trigger).Rel == "acl:relcl"
}

// governor returns the nearest candidate above c whose clause embeds c's
// predicate as a complement, or nil.
func (r *run) governor(c *cand, byTrigger, byVerb map[int]*cand) *cand {
	x := c.verb
	if c.nominal && c.verb == c.trigger {
		x = c.trigger
	}
	for steps := 0; steps < 6; steps++ {
		h := r.head(x)
		if h < 0 {
			return nil
		}
		rel := r.tok(x).Rel
		switch r.rel(x) {
		case "xcomp", "ccomp", "obj", "obl", "nmod", "csubj":
		case "advcl":
			m := r.caseOf(x)
			if m != "to" && m != "of" && m != "for" && m != "by" && m != "" {
				return nil
			}
		case "acl":
			if rel == "acl:relcl" {
				return nil
			}
		default:
			return nil
		}
		if g := byTrigger[h]; g != nil {
			return g
		}
		if g := byVerb[h]; g != nil && g.verb != g.trigger {
			return g
		}
		if reportVerbs[r.lemma(h)] || cognitionVerbs[r.lemma(h)] || denialVerbs[r.lemma(h)] {
			return nil
		}
		if r.isVerb(h) && r.rel(x) != "xcomp" && r.rel(x) != "obj" && r.rel(x) != "obl" {
			return nil
		}
		x = h
	}
	return nil
}

var speechVerbs = set("comment", "say", "speak", "elaborate", "confirm", "discuss", "answer", "respond",
	"specify", "disclose", "reveal", "give", "identify", "name", "detail")

// declinesToSpeak reports whether a refusal is only a refusal to comment.
func (r *run) declinesToSpeak(c *cand) bool {
	for _, k := range r.complements(c.verb) {
		if speechVerbs[r.lemma(k)] {
			return true
		}
	}
	return false
}

// problemNouns are social ills that are "fought" or "combated" as policy.
var problemNouns = set("terrorism", "corruption", "crime", "poverty", "drug", "drugs", "trafficking",
	"disease", "inflation", "extremism", "piracy", "smuggling", "hunger", "famine", "racism",
	"discrimination", "unemployment", "fraud", "pollution", "malaria", "aids", "hiv", "epidemic",
	"pandemic", "radicalism", "radicalisation", "radicalization", "impunity", "illiteracy", "climate",
	"warming", "desertification", "narcotics", "money-laundering", "laundering", "insurgency")

// fightsAProblem reports an attack verb whose object is a social ill, not
// a party: "fighting terrorism", "combat drug trafficking".
func (r *run) fightsAProblem(c *cand) bool {
	if c.nominal && c.verb == c.trigger {
		return false
	}
	o := r.child(c.verb, "obj")
	if o < 0 {
		for _, k := range r.children(c.verb, "obl") {
			if cs := r.caseOf(k); cs == "against" {
				o = k
			}
		}
	}
	return o >= 0 && problemNouns[r.lemma(o)] && len(r.parts(o)) == 0
}

// plural reports whether the subject of c's predicate is a plural noun
// ("member states met"), which meets with itself.
func (r *run) plural(c *cand) bool {
	s, _ := r.subject(c.verb)
	if c.nominal && c.verb == c.trigger {
		return false
	}
	if s < 0 {
		return false
	}
	switch strings.ToLower(r.tok(s).Text) {
	case "they", "we":
		return true
	}
	return r.tok(s).XPOS == "NNS" || r.tok(s).XPOS == "NNPS" || r.child(s, "conj") >= 0
}

// applyContent sets the mode of content-taking events from what they embed,
// and lends the embedded event's actor as recipient where none is named
// ("called for Russia's withdrawal").
func (r *run) applyContent(c *cand) {
	var inner *cand
	for _, k := range c.content {
		if inner == nil || !k.nominal {
			inner = k
		}
	}
	if inner == nil {
		if c.typ == "THREATEN" && c.mode == "" {
			// "threatened to break relations with": no coded content, but
			// the words still tell a threat to relations
			for _, k := range r.complements(c.verb) {
				if o := r.child(k, "obj"); o >= 0 && (r.lemma(o) == "relations" || r.lemma(o) == "relation" || r.lemma(o) == "ties" || r.lemma(o) == "talks" || r.lemma(o) == "negotiations") {
					c.mode = "relations"
				}
			}
		}
		return
	}
	r.applyContent(inner)
	switch c.typ {
	case "REQUEST", "REJECT":
		if c.mode == "" {
			c.mode = requestMode(inner)
		}
	case "THREATEN":
		if m, ok := threatMode[inner.typ]; ok && c.mode == "" {
			c.mode = m
			if inner.typ == "COERCE" && (inner.mode == "arrest" || inner.mode == "deport") {
				c.mode = map[string]string{"arrest": "arrest", "deport": "expel"}[inner.mode]
			}
			if inner.typ == "COERCE" && inner.mode == "seize" {
				c.mode = "territory"
			}
		} else if inner.typ == "SANCTION" || inner.typ == "REJECT" {
			c.mode = "relations"
		}
	case "AGREE":
		if len(c.recip) == 0 && len(inner.recip) > 0 && !sameParts(inner.recip, c.actor) {
			c.recip = inner.recip
		}
		if len(c.recip) == 0 && len(inner.partners) > 0 && !sameParts(inner.partners, c.actor) {
			c.recip = inner.partners
		}
	}
	if len(c.recip) == 0 && (c.typ == "REQUEST" || c.typ == "ACCUSE" || c.typ == "REJECT") {
		if len(inner.actor) > 0 && !sameParts(inner.actor, c.actor) {
			c.recip = inner.actor
		}
	}
	if len(c.actor) == 0 && c.typ == "AGREE" {
		c.actor = inner.actor
	}
	if c.typ == "REJECT" && inner.ctx.negated {
		// "refused not to ..." is rare; a negated complement of reject is noise
		c.ctx.negated = false
	}
	if c.typ == "THREATEN" {
		if len(c.recip) == 0 {
			c.recip = inner.recip
		}
		if inner.ctx.modality == chronicle.Conditional {
			c.ctx.modality = chronicle.Conditional
		}
	}
	if len(c.entry.Contexts) == 0 && len(inner.entry.Contexts) > 0 {
		c.entry = withContexts(c.entry, inner.entry.Contexts)
	}
}

func withContexts(e *Entry, ctx []string) *Entry {
	cp := *e
	cp.Contexts = ctx
	return &cp
}

// requestMode is the REQUEST/REJECT mode for what is asked or refused.
func requestMode(inner *cand) string {
	switch inner.typ {
	case "CONSULT", "AGREE":
		return "meet"
	case "RETREAT", "CONCEDE":
		return "yield"
	case "AID", "COOPERATE", "SUPPORT":
		return "assist"
	}
	return "change"
}

// convert applies PLOVER's rules for events that are only intended or
// conditional: hostile acts become threats, cooperative ones agreements,
// retreats concessions.
func (r *run) convert(c *cand) {
	before := c.typ
	defer func() {
		if c.typ != before {
			c.cameo = convertedCAMEO(c.typ, c.mode, before)
		}
	}()
	m := c.ctx.modality
	if c.typ == "AGREE" && c.ctx.negated && (m == chronicle.Asserted || m == chronicle.Intended || m == chronicle.Conditional) &&
		(c.ctx.failed || len(c.content) > 0 || len(c.recip) > 0 || r.child(c.verb, "obj") >= 0) {
		// "failed to reach agreement", "did not agree", "will not accept
		// more refugees if ...": a refusal
		c.typ, c.mode, c.ctx.negated = "REJECT", "meet", false
		c.partnersAsRecipients()
		return
	}
	if intentAsAgree[c.typ] && c.ctx.negated && m == chronicle.Intended {
		// "would never recognize Kosovo", "will not meet the envoy": a
		// refusal of the cooperation, as "did not agree" is
		c.typ, c.mode, c.ctx.negated = "REJECT", requestMode(c), false
		c.partnersAsRecipients()
		return
	}
	if m != chronicle.Intended && m != chronicle.Conditional {
		return
	}
	if c.ctx.negated {
		return
	}
	if p := r.preparing(c.verb); c.typ == "ASSAULT" && p >= 0 {
		// "the army prepared to resume shelling": readying force is a
		// show of force, done now, not a threat spoken to anyone
		c.typ, c.mode = "MOBILIZE", "troops"
		c.ctx.modality, c.ctx.tense = chronicle.Asserted, r.tense(p)
		return
	}
	switch {
	case threatMode[c.typ] != "":
		mode := threatMode[c.typ]
		if c.typ == "COERCE" && c.mode == "arrest" {
			mode = "arrest"
		}
		c.typ, c.mode = "THREATEN", mode
		c.conf -= 0.1
	case c.ctx.unless && (c.typ == "RETREAT" || c.typ == "REJECT"):
		// "will withdraw its force unless ...": a threat to end involvement
		mode := "relations"
		if c.typ == "RETREAT" {
			mode = "expel"
		}
		c.typ, c.mode = "THREATEN", mode
	case intentAsAgree[c.typ]:
		c.typ, c.mode = "AGREE", ""
		c.partnersAsRecipients() // "ready to talk to the Americans": agreeing toward them
	case c.typ == "CONCEDE" && c.ctx.decided:
		// "the court decided to allow X to run": deciding to yield is the
		// verbal concession itself (PLOVER manual, CONCEDE), no mere intent
	case c.typ == "RETREAT" || c.typ == "CONCEDE":
		// CAMEO2PLOVER codes every "express intent to yield" (035x) as AGREE
		c.typ, c.mode = "AGREE", ""
	}
}

// preparing returns the verb "prepare" whose complement is the clause of v
// ("prepared to attack"), not the adjective of a stated readiness ("said it
// was prepared to attack"); -1 if none.
func (r *run) preparing(v int) int {
	for steps := 0; steps < 3 && v >= 0; steps++ {
		if r.rel(v) != "xcomp" && r.rel(v) != "advcl" {
			return -1
		}
		h := r.head(v)
		if h >= 0 && r.lemma(h) == "prepare" && r.tok(h).UPOS == "VERB" && r.child(h, "cop", "aux:pass") < 0 {
			for _, k := range r.children(h, "aux") {
				if r.lemma(k) == "be" && r.tok(h).XPOS == "VBN" {
					return -1 // "is prepared to": the adjective the tagger called a verb
				}
			}
			return h
		}
		v = h
	}
	return -1
}

// stopVerbs end an activity ("suspend publication", "close its offices").
var stopVerbs = set("suspend", "close", "stop", "cease", "halt", "shut", "end", "disband", "dissolve")

// orderToStop recodes an authority's order to a body of its own country to
// stop what it does as the restriction it is (CAMEO 172; 1721 for the
// press): "the government ordered the newspaper to suspend publication".
// Orders to its own officials and forces stay requests.
func (r *run) orderToStop(c *cand) {
	if c.typ != "REQUEST" || r.lemma(c.verb) != "order" || c.ctx.negated || c.ctx.modality != chronicle.Asserted || len(c.recip) == 0 {
		return
	}
	k := r.toClause(c.verb)
	if k < 0 || !stopVerbs[r.lemma(k)] {
		return
	}
	own := r.countryOf(c.actor)
	if own == "" || r.countryOf(c.recip) != own {
		return
	}
	press := false
	for _, p := range c.recip {
		switch r.in.Actors.Get(p.Actor).Sector {
		case "GOV", "MIL", "COP":
			return
		case "JRN":
			press = true
		}
	}
	c.typ, c.mode, c.cameo = "COERCE", "restrict", "172"
	if press {
		c.mode, c.cameo = "censor", "1721"
	}
	c.entry = withContexts(c.entry, []string{"rights_freedoms"})
}

// toClause returns the "to" clause that completes verb v ("ordered X to
// stop"), wherever the parse hung it; -1 if none.
func (r *run) toClause(v int) int {
	if x := r.child(v, "xcomp"); x >= 0 {
		return x
	}
	for _, k := range r.children(v, "advcl") {
		if r.caseOf(k) == "to" {
			return k
		}
	}
	if o := r.child(v, "obj"); o >= 0 {
		for _, k := range r.children(o, "acl") {
			if r.caseOf(k) == "to" && r.isVerb(k) {
				return k
			}
		}
	}
	return -1
}

// pressNouns name the press an official speaks to.
var pressNouns = set("reporter", "reporters", "journalist", "journalists", "press", "media", "newsmen")

// onlyThePress reports whether every one of ps is the press: reporters or
// a news outlet.
func (r *run) onlyThePress(ps []chronicle.Participant) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if r.in.Actors.Get(p.Actor).Sector == "JRN" {
			continue // a news outlet ("Wikinews spoke with her")
		}
		last := strings.Fields(strings.ToLower(p.Text))
		if len(last) == 0 || !pressNouns[last[len(last)-1]] {
			return false
		}
	}
	return true
}

// partnersAsRecipients makes the other side of a meeting or deal that is
// refused the one it is refused to: "would not meet the envoy".
func (c *cand) partnersAsRecipients() {
	if len(c.recip) == 0 && len(c.partners) > 0 {
		c.recip, c.partners = c.partners, nil
	}
}

// convertedCAMEO is the CAMEO code of an event whose type a rule changed
// (an intended sanction is a threat to sanction: 1312).
func convertedCAMEO(typ, mode, from string) string {
	switch typ {
	case "THREATEN":
		switch mode {
		case "violence":
			return "138"
		case "restrict":
			return "1312"
		case "relations":
			return "1313"
		case "expel":
			return "136"
		}
		return "130"
	case "AGREE":
		if from == "CONSULT" {
			return "036"
		}
		if from == "RETREAT" || from == "CONCEDE" {
			return "035"
		}
		return "030"
	case "REJECT":
		return "120"
	case "MOBILIZE":
		return "154"
	}
	return ""
}

// deonticRequests finds "Y should ...", "Y has to ..." clauses reported or
// believed by X and codes them as X asking Y.
func (r *run) deonticRequests(s int, found []*cand) []*cand {
	var out []*cand
	sent := r.doc.Sentences[s]
	for v := sent.First; v < sent.Last; v++ {
		if !r.isDeontic(v) {
			continue
		}
		cx := r.context(v)
		if !cx.deontic || len(cx.speaker) == 0 || cx.counterfactual {
			continue
		}
		subj, _ := r.subject(v)
		if subj < 0 {
			continue
		}
		recip := r.parts(subj)
		if len(recip) == 0 || sameParts(recip, cx.speaker) || r.sameCountry(recip, cx.speaker) {
			continue
		}
		c := &cand{trigger: v, verb: v, entry: requestEntry, typ: "REQUEST", actor: cx.speaker, recip: recip, derived: true}
		c.mode = "change"
		for _, k := range found {
			if k.verb == v && !cx.negated {
				c.mode = requestMode(k)
			}
		}
		c.ctx = clauseContext{modality: chronicle.Asserted, tense: chronicle.Present, reporter: -1, quote: cx.quote}
		if cx.reporter >= 0 {
			c.ctx = r.context(cx.reporter)
			c.ctx.speaker = nil
		}
		for _, k := range r.children(v, "aux", "advmod") {
			if deonticAux[r.lemma(k)] || negations[r.lemma(k)] {
				c.extra = append(c.extra, k)
			}
		}
		out = append(out, c)
	}
	return out
}

// isDeontic reports whether predicate v carries "should", "must", "ought to",
// or is the complement of "has to" / "needs to".
func (r *run) isDeontic(v int) bool {
	for _, k := range r.children(v, "aux") {
		if deonticAux[r.lemma(k)] {
			return true
		}
	}
	if r.rel(v) == "xcomp" {
		if h := r.head(v); h >= 0 && r.hasTo(h) {
			return true
		}
	}
	return false
}

// hasTo reports "has to", "needs to": an obligation, with "to" right after
// the verb (not "have the ability to", not "have yet to").
func (r *run) hasTo(h int) bool {
	if !deonticHeads[r.lemma(h)] || r.tok(h).UPOS == "AUX" || r.hasYet(h) {
		return false
	}
	next := h + 1
	return next < len(r.doc.Tokens) && strings.ToLower(r.tok(next).Text) == "to"
}

// hasYet reports "have yet to": not yet done, not an obligation.
func (r *run) hasYet(h int) bool {
	for _, k := range r.children(h, "advmod") {
		if r.lemma(k) == "yet" {
			return true
		}
	}
	return false
}

// sameCountry reports whether a country actor in a is the country of an actor
// in b: "Putin said Russia should get ..." is no request to anyone.
func (r *run) sameCountry(a, b []chronicle.Participant) bool {
	for _, x := range a {
		ax := r.in.Actors.Get(x.Actor)
		if ax.Type != chronicle.ActorCountry || ax.Country == "" {
			continue
		}
		for _, y := range b {
			if r.in.Actors.Get(y.Actor).Country == ax.Country {
				return true
			}
		}
	}
	return false
}

// speakerRecipient is the party whose position a "speaker" pattern judges:
// the owner of the clause's subject ("Russia's terms") or the subject itself.
func (r *run) speakerRecipient(c *cand) []chronicle.Participant {
	s, _ := r.subject(c.verb)
	if s < 0 {
		s = r.subjectByOrder(c.verb)
	}
	if s < 0 {
		return nil
	}
	for _, k := range r.children(s, "nmod:poss", "nmod") {
		if p := r.parts(k); len(p) > 0 {
			return p
		}
	}
	for _, k := range r.children(s, "amod", "compound") {
		if id, ok := r.in.Actors.At(k); ok {
			return []chronicle.Participant{r.participant(k, id)}
		}
	}
	return r.parts(s)
}

// derivedAccusation codes the accusation in "targets it believes Russia has
// struck": a hostile act that one party believes or claims another committed.
func (r *run) derivedAccusation(c *cand) *cand {
	if c.ctx.modality != chronicle.Alleged || len(c.ctx.speaker) == 0 || len(c.actor) == 0 {
		return nil
	}
	switch c.typ {
	case "ASSAULT", "COERCE", "SANCTION", "MOBILIZE":
	default:
		return nil
	}
	if sameParts(c.ctx.speaker, c.actor) || r.sameOrCountry(c.ctx.speaker, c.actor) {
		return nil // a state does not accuse its own side by believing
	}
	acc := &cand{
		trigger: c.ctx.reporter, verb: c.ctx.reporter, entry: accuseEntry, typ: "ACCUSE", mode: "allege",
		actor: c.ctx.speaker, recip: c.actor, derived: true, conf: -0.1,
	}
	acc.ctx = r.context(c.ctx.reporter)
	return acc
}

var accuseEntry = &Entry{Kind: 'v', Type: "ACCUSE", Mode: "allege", CAMEO: "112", Source: "rule: belief about a hostile act"}

var requestEntry = &Entry{Kind: 'v', Type: "REQUEST", CAMEO: "100", Source: "rule: should/must under a reporting verb"}

func sameParts(a, b []chronicle.Participant) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Actor == y.Actor {
				return true
			}
		}
	}
	return false
}
