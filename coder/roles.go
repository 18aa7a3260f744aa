package coder

import (
	"strings"

	"chronicle"
)

// objectControl lists verbs whose object, not subject, is the understood
// subject of their "to" complement ("told Russia to get moving").
var objectControl = set("tell", "urge", "ask", "order", "force", "persuade", "encourage", "invite",
	"allow", "call", "press", "push", "pressure", "warn", "instruct", "direct", "compel", "request",
	"implore", "beg", "advise", "permit", "authorize", "help")

var relativePronouns = set("who", "which", "that", "whom", "whose")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// roles fills the actor, recipient and partners of c from the parse.
func (r *run) roles(c *cand) {
	e := c.entry
	if c.nominal && c.verb == c.trigger {
		r.nominalRoles(c)
		return
	}
	v := c.verb
	subj, passive := r.subject(v)
	patient := -1
	if !passive && !r.statePassive(v) && r.subjectlessPassive(v, e) {
		// "one of them was injured", "twenty people have been confirmed
		// killed": a subject found elsewhere, or by word order, underwent
		// the act; only a by-agent did it
		passive = true
		if subj >= 0 && r.shared(subj, v) {
			patient = subj
		} else if r.tok(v).Rel == "acl" {
			patient = r.head(v) // what a reduced relative modifies undergoes it
		} else if !e.Reciprocal {
			patient = r.subjectByOrder(v) // "Waseem, brother of ..., was sentenced"
		}
		subj = -1
	}
	if passive && r.statePassive(v) && r.byAgent(v) < 0 {
		passive = false // "Israel is opposed to", "Kyiv is committed to": a stance, not a passive
	}
	opening := r.openingParticiple(v) && r.tok(v).Rel == "amod"
	if opening || subj < 0 && r.openingParticiple(v) {
		// "Rejecting calls for a ceasefire, Israel said": the main
		// clause's subject, however the parse attached the participle
		// (as a modifier of its object, or as a clausal subject)
		subj = r.mainSubject(v)
	}
	if subj < 0 && r.tok(v).Rel == "amod" && r.tok(v).XPOS == "VBG" {
		subj = r.head(v) // "protesting legislators": what it modifies does it
	}
	// a participle before a noun ("the injured adults") names no doer; one
	// right after a noun is a finite verb misparsed ("tanks shelled positions")
	participle := r.tok(v).Rel == "amod" && r.tok(v).XPOS == "VBN" && !r.afterNominal(v)
	if subj < 0 && !passive && !participle {
		subj = r.subjectByOrder(v)
		if subj >= 0 {
			c.conf -= 0.15
		}
	}
	var agent, obj = -1, -1
	if passive {
		for _, k := range r.children(v, "obl") {
			if r.caseOf(k) == "by" {
				agent = k
			}
		}
		if agent < 0 {
			// "threatened with sanctions by the EU": the parse hung the
			// agent on the oblique before it
			for _, k := range r.children(v, "obl") {
				for _, m := range r.children(k, "nmod") {
					if r.caseOf(m) == "by" && agent < 0 && len(r.parts(m)) > 0 {
						agent = m
					}
				}
			}
		}
		p := r.child(v, "nsubj:pass")
		if p < 0 {
			p = patient
		}
		if p < 0 && r.markedPassive(v) {
			// "officers were wounded" read as an adjective, "Wiranto was
			// stabbed" with "was" taken for a copula
			p = r.child(v, "nsubj")
		}
		if p >= 0 && !inList(c.extra, p) {
			obj = p
		}
		subj = agent
	} else {
		// a host pattern's object ("received the Chinese president") is
		// part of the trigger and still the visitor
		if o := r.child(v, "obj"); o >= 0 && (!inList(c.extra, o) || e.Host) && o != c.trigger && !r.isTime(o) {
			obj = o // not "today" in "reiterated its demand today that ..."
		} else if o := r.child(v, "iobj"); o >= 0 {
			obj = o
		} else if h := r.head(v); h >= 0 && (r.tok(v).Rel == "amod" || r.tok(v).Rel == "acl") {
			if r.tok(v).XPOS == "VBN" || (r.tok(v).Rel == "amod" && r.tok(v).XPOS != "VBG") || opening {
				obj = h // "shelled positions", "the convoy attacked near ...": what it modifies undergoes it
			}
		}
	}
	if obj < 0 && !passive {
		// "extradited suspected militant X": the parse made the participle
		// before the object a verb of its own and gave it the object
		for _, x := range r.children(v, "xcomp") {
			if x == v+1 && r.tok(x).XPOS == "VBN" {
				if o := r.child(x, "obj"); o >= 0 {
					obj = o
				}
			}
		}
	}
	if obj < 0 && !passive && r.isVerb(v) {
		// "meet U.N. mediator Diego Cordovez if he gave them a veto over
		// any settlement reached": the object taken for a later
		// participle's subject
		if o := r.objectBeforeParticiple(v); o >= 0 {
			obj = o
		}
	}
	if obj < 0 && !passive && v+1 < len(r.doc.Tokens) && r.head(v+1) == v && r.tok(v+1).Sentence == r.tok(v).Sentence {
		// "will visit Moscow next week" with Moscow tagged an adverb: a
		// name right after the verb, in no other role, is its object
		n := r.tok(v + 1)
		switch r.rel(v + 1) {
		case "advmod", "dep", "discourse", "xcomp", "compound":
			if n.Text != strings.ToLower(n.Text) && len(r.parts(v+1)) > 0 {
				obj = v + 1
			}
		}
	}
	if obj < 0 && !passive && r.tok(v).XPOS == "VBG" && (r.rel(v) == "advcl" || r.rel(v) == "acl") {
		// "After meeting Xi Jinping, Macron called ...": the parse made
		// the participle's object a subject of the main verb
		for k := v + 1; k < len(r.doc.Tokens) && k <= v+6 && r.tok(k).Sentence == r.tok(v).Sentence; k++ {
			if u := r.tok(k).UPOS; u == "VERB" || u == "PUNCT" || u == "ADP" {
				break
			}
			if r.rel(k) == "nsubj" && r.head(k) > k && r.head(k) != v {
				obj = k
				break
			}
		}
	}
	if obj < 0 && !passive {
		// "China warned the Philippines to stop": a second subject after
		// the verb, besides one before it, is a misparsed object
		if subj >= 0 && subj < v {
			for _, k := range r.children(v, "nsubj") {
				if k > v && !r.isTime(k) {
					obj = k
					break
				}
			}
		}
	}
	if obj >= 0 && r.eachOther(obj) {
		// "both sides accused each other": PLOVER codes all parties as
		// actors and no recipient
		c.mutual, obj = true, -1
	}
	if c.nominal && obj < 0 {
		// "sent Washington a list": the indirect object of a light verb
		if o := r.child(v, "iobj"); o >= 0 {
			obj = o
		}
	}
	if subj >= 0 {
		c.actor = r.subjectParts(subj)
		for _, k := range r.children(v, "nsubj") {
			// two subjects where the parse split one phrase ("Taiwan's
			// Vice Foreign Minister"): both name the actor
			if k != subj && k < v && !r.isTime(k) && !passive && !r.afterPreposition(k) && !r.afterParticiple(k) {
				c.actor = appendParts(c.actor, r.subjectParts(k))
			}
		}
		if r.tok(subj).UPOS == "PRON" {
			// "Putin has said he is ready ...", "Switzerland said it had
			// expelled ...": a pronoun below a reporting verb whose subject
			// it agrees with is that subject, whatever a wider guess says;
			// "officials said it killed nine" is another matter
			if p := r.reporterParts(v); len(p) > 0 && r.agrees(subj, p) && (len(c.actor) == 0 || r.isPerson(p)) {
				c.actor = p
			}
		}
		if r.tok(subj).UPOS == "NOUN" && !r.hasCountry(c.actor) {
			// "Serbs said their forces had completed their withdrawal": a
			// possessive pronoun names the owner as a pronoun names the actor
			for _, k := range r.children(subj, "nmod:poss") {
				if p := r.reporterParts(v); r.tok(k).UPOS == "PRON" && r.agrees(k, p) {
					c.actor = p
				}
			}
		}
		if disasterNouns[r.lemma(subj)] {
			c.actor = nil // "a road accident killed five": no one did it
		}
		if len(c.actor) == 0 && subj < v && !eventNouns[r.lemma(subj)] && !disasterNouns[r.lemma(subj)] {
			// a long subject the parse headed wrongly ("human rights watchdog
			// Amnesty International accused"): the actor nearest the verb
			for i := v - 1; i > subj; i-- {
				if u := r.tok(i).UPOS; u == "PROPN" || u == "NOUN" {
					if p := r.parts(i); len(p) > 0 {
						c.actor = p
						break
					}
				}
			}
		}
	}
	if len(c.actor) == 0 && r.tok(v).Rel == "acl" && !passive {
		// "issued a declaration demanding ...": the declaration's author
		// (a passive participle, "the presidency ... if both are killed",
		// undergoes its act)
		if h := r.head(v); h >= 0 {
			if g := r.head(h); g >= 0 {
				if s, _ := r.subject(g); s >= 0 {
					c.actor = r.subjectParts(s)
				}
			}
		}
	}
	var prep = -1
	preps := append(append([]string{}, e.Preps...), e.OptPreps...)
	if len(preps) > 0 {
		prep = r.prepArg(v, preps)
		if prep < 0 && c.nominal {
			prep = r.prepArgOf(c.trigger, preps)
		}
	}
	switch {
	case e.Reciprocal:
		if prep >= 0 {
			c.partners = r.parts(prep)
		} else if obj >= 0 {
			c.partners = r.parts(obj)
		}
	case prep >= 0 && obj >= 0 && r.prepIsContent(e):
		c.recip = r.parts(obj)
	case prep >= 0:
		c.recip = r.parts(prep)
		if len(c.recip) == 0 && obj >= 0 {
			c.recip = r.parts(obj)
		}
		if len(c.recip) == 0 && e.Type == "ACCUSE" {
			// "an investigation into crimes committed by Croat forces":
			// an accusation is aimed at whoever did the deed
			c.recip = r.objectParts(prep)
		}
	case obj >= 0 && !objectIsTheme(e):
		if e.NeedRecipient && (e.Type == "RETREAT" || e.Type == "ASSAULT") {
			// who is freed or captured must be named: "released video of
			// Witkoff" frees nobody
			c.recip = r.parts(obj)
		} else {
			c.recip = r.objectParts(obj)
		}
	}
	if c.nominal && c.trigger != v && len(c.recip) == 0 && patientNouns[r.lemma(c.trigger)] && r.prepArgOf(c.trigger, []string{"of"}) < 0 {
		// "ordered Khashoggi's killing": whom it befell
		for _, k := range r.children(c.trigger, "nmod:poss") {
			c.recip = append(c.recip, r.parts(k)...)
		}
	}
	if len(c.recip) == 0 && len(c.partners) == 0 && !passive && len(e.Objects) > 0 && !objectIsTheme(e) && !e.Reciprocal {
		// "freed three Israeli hostages", "expelled two British
		// diplomats": the object the pattern names is who undergoes it
		if o := r.objectOf(v); o >= 0 && inList(c.extra, o) {
			if p := r.objectParts(o); r.hasCountry(p) && !r.sameCountry(p, c.actor) {
				c.recip = p // also the owner: "suspended Syria's membership"
			}
		}
	}
	if e.Type == "RETREAT" && e.Mode == "withdraw" && prep >= 0 && talksNouns[r.lemma(prep)] {
		// "withdrew from the talks": halting negotiations (CAMEO 164),
		// not a retreat from ground
		c.typ, c.cameo, c.recip = "SANCTION", "164", nil
		c.entry = withContexts(c.entry, []string{"diplomatic"})
		for _, k := range r.children(prep, "nmod") {
			if cs := r.caseOf(k); cs == "with" || cs == "between" {
				c.recip = r.parts(k) // "the talks with Israel"
			}
		}
	}
	if e.Host {
		c.actor, c.recip = c.recip, c.actor
	}
	if c.nominal && c.verb != c.trigger && receivingVerbs[r.lemma(c.verb)] {
		// "drew condemnation from Japan", "faced sanctions": the subject
		// undergoes the act; whoever it comes from does it
		c.recip, c.actor = c.actor, nil
		for _, h := range []int{c.trigger, c.verb} {
			for _, k := range r.children(h, "nmod", "obl") {
				if r.caseOf(k) == "from" && len(c.actor) == 0 {
					c.actor = r.parts(k)
				}
			}
		}
	}
	if e.Military && !r.armed(subj) {
		c.actor = nil
	}
	if permissionVerbs[r.lemma(v)] && subj >= 0 && (r.head(subj) == v || r.head(v) == subj || r.rel(v) == "xcomp" && r.head(subj) == r.head(v)) && r.thing(subj) && !passive {
		// "a valid gun licence allowing him to buy weapons", "Trump's
		// state of emergency appears to allow him": a law or document
		// that permits is no party yielding, nor is its owner
		c.actor = nil
	}
	if permissionVerbs[r.lemma(v)] && r.permittedByThing(v) {
		// "documents allowing him to marry", "a state of emergency, which
		// he said would allow him to act": the parse gave the verb another
		// subject, but what permits is the thing the clause modifies
		c.actor = nil
	}
	if e.Type == "CONSULT" && e.Mode == "visit" && !c.nominal && !passive {
		r.forcesArrive(c, subj)
	}
	if e.Type == "AGREE" && r.lemma(v) == "agree" && len(c.partners) == 0 && !c.mutual && r.agreesInView(v, subj) {
		// "the governor agreed, saying only this group could have done
		// it", "agreed that the attack was a crime": sharing a view, with
		// nothing to do and nobody to agree with, is no agreement
		c.absorbed = true
	}
	if c.typ == "CONSULT" && c.mode == "visit" && r.privateParties(c.actor) {
		// "Cengiz traveled to New York", "people visiting Hong Kong": a
		// private person's trip is no diplomatic visit
		c.absorbed = true
	}
	if e.Type == "RETREAT" && e.Mode == "release" && !c.nominal && !passive && r.heldByOthers(v) {
		// "troops freed 300 hostages held by Boko Haram": a rescue,
		// which PLOVER codes as AID, not a captor's release
		c.typ, c.mode, c.cameo = "AID", "", "073"
		c.entry = withContexts(c.entry, []string{"humanitarian"})
	}
	if e.Type == "ASSAULT" && e.Trigger == "fight" && obj >= 0 && len(r.parts(obj)) == 0 && !r.armed(subj) {
		// "doctors sent to help fight the pandemic": fighting a thing,
		// not a party, by people who bear no arms is no attack
		c.actor = nil
	}
	if e.Type == "ASSAULT" && !c.nominal && e.Trigger == "fire" && r.weaponTest(v) {
		c.typ, c.mode, c.cameo, c.recip = "MOBILIZE", "weapons", "150", nil
	}
}

// agreesInView reports whether "agree" at v only shares a view: it has no
// object, no "to" clause, no terms ("on", "to") or party ("with"), no
// joint subject and no that-clause saying what someone will do.
func (r *run) agreesInView(v, subj int) bool {
	if r.child(v, "obj") >= 0 || subj >= 0 && r.child(subj, "conj") >= 0 || r.rel(v) == "acl" {
		return false // "the truce the sides agreed to": the noun is what was agreed
	}
	for _, k := range r.children(v, "xcomp") {
		if !reportVerbs[r.lemma(k)] || r.tok(k).XPOS != "VBG" { // "agreed, saying ..." is parsed so too
			return false
		}
	}
	for _, k := range r.children(v, "obl") {
		switch r.caseOf(k) {
		case "on", "upon", "to", "over", "with":
			return false
		}
	}
	for _, k := range r.children(v, "ccomp") {
		for _, a := range r.children(k, "aux") {
			if l := r.lemma(a); l == "will" || l == "would" || l == "shall" || l == "to" {
				return false
			}
		}
	}
	return true
}

// heldByOthers reports whether the object of v is said to be held by
// someone: "hostages held by Boko Haram", "sailors kidnapped by pirates".
func (r *run) heldByOthers(v int) bool {
	o := r.objectOf(v)
	if o < 0 {
		return false
	}
	for _, k := range r.children(o, "acl") {
		switch r.lemma(k) {
		case "hold", "kidnap", "abduct", "capture", "seize", "take":
			// a "by" anywhere in the clause: the parse often splits the agent
			end := r.doc.Sentences[r.tok(k).Sentence].Last
			for j := k + 1; j < end && j <= k+2; j++ {
				if strings.EqualFold(r.tok(j).Text, "by") {
					return true
				}
			}
		}
	}
	return false
}

// weaponTest reports a firing that hits no one: a test ("test-fired a
// missile") or a launch into the sea ("fired two missiles into the sea").
func (r *run) weaponTest(v int) bool {
	first := r.doc.Sentences[r.tok(v).Sentence].First
	if v-2 >= first && r.tok(v-1).Text == "-" && strings.EqualFold(r.tok(v-2).Text, "test") {
		return true
	}
	places := r.children(v, "obl")
	if o := r.objectOf(v); o >= 0 {
		places = append(places, r.children(o, "nmod")...)
	}
	for _, k := range places {
		switch r.lemma(k) {
		case "sea", "ocean", "waters":
			if r.caseOf(k) == "into" {
				return true
			}
		}
	}
	return false
}

// forceNouns name bodies of troops, not single officers who may travel on
// any errand.
var forceNouns = set("troops", "troop", "soldier", "soldiers", "force", "forces", "army", "unit", "units",
	"brigade", "battalion", "division", "regiment", "marines", "paratroopers", "warship", "warships",
	"tank", "tanks", "contingent", "peacekeepers", "reinforcements")

// forcesArrive recodes a "visit" whose subject is a force: troops arriving
// in a country are deployed there, and peacekeepers bring PLOVER's
// peacekeeping aid (CAMEO 074), not a diplomatic visit.
func (r *run) forcesArrive(c *cand, subj int) {
	if subj < 0 {
		return
	}
	// the whole subject: "the first deployment of NATO peacekeeping troops"
	first, _ := r.phrase(subj)
	armed, peace := false, false
	for i := first; i < c.verb; i++ {
		if i == subj || r.under(i, subj) {
			armed = armed || forceNouns[r.lemma(i)]
			peace = peace || strings.HasPrefix(r.lemma(i), "peacekeep")
		}
	}
	switch {
	case peace:
		c.typ, c.mode, c.cameo = "AID", "", "074"
		c.entry = withContexts(c.entry, []string{"peacekeeping"})
	case armed:
		c.typ, c.mode, c.cameo = "MOBILIZE", "troops", "154"
		c.entry = withContexts(c.entry, []string{"military"})
	}
}

// receivingVerbs take an event noun whose act is aimed at their subject.
var receivingVerbs = set("draw", "face", "receive", "earn", "attract", "incur")

// talksNouns name negotiations and the bodies and pacts they make: what
// a party withdraws from when it halts them.
var talksNouns = set("talks", "talk", "negotiations", "negotiation", "process", "mediation", "conference",
	"summit", "meeting", "treaty", "agreement", "accord", "deal", "pact", "alliance", "coalition", "organization",
	"organisation", "union", "council", "commission", "body", "convention")

// eachOther reports whether o is the reciprocal pronoun "each other" or
// "one another".
func (r *run) eachOther(o int) bool {
	// the parse heads the pair by either word ("each" with "other" fixed)
	pair := func(a, b int) bool {
		if a < 0 || b >= len(r.doc.Tokens) {
			return false
		}
		x, y := strings.ToLower(r.tok(a).Text), strings.ToLower(r.tok(b).Text)
		return x == "each" && y == "other" || x == "one" && y == "another"
	}
	return pair(o-1, o) || pair(o, o+1)
}

// statePassives are participles that, after "be" and without "by", state
// the subject's own stance.
var statePassives = set("oppose", "commit", "determine", "prepare", "dedicate", "resolve", "pledge")

// statePassive reports whether v is one of statePassives, also as the
// adjective the tagger may make of it ("is committed").
func (r *run) statePassive(v int) bool {
	if statePassives[r.lemma(v)] {
		return true
	}
	for _, st := range stems(strings.ToLower(r.tok(v).Text)) {
		if statePassives[st] {
			return true
		}
	}
	return false
}

// modifierActs are the nominal event types whose adjective or noun modifier
// names the actor.
var modifierActs = set("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "AID", "RETREAT")

// objectIsTheme reports whether an entry's object is what is moved rather
// than whom the act is aimed at ("mobilized army reservists", "withdrew
// its troops").
func objectIsTheme(e *Entry) bool {
	return e.Type == "MOBILIZE" || (e.Type == "RETREAT" && e.Mode != "release")
}

// prepIsContent reports whether an entry's preposition introduces what is
// asked or charged rather than who ("accused Russia of", "called on X for").
func (r *run) prepIsContent(e *Entry) bool {
	switch e.Type {
	case "REQUEST", "ACCUSE", "SUPPORT", "REJECT":
		return true
	}
	return false
}

// nominalRoles finds the parties of an event noun that no light verb governs:
// "Russia's attack on Kyiv", "U.S. sanctions against Iran", "talks between A and B".
func (r *run) nominalRoles(c *cand) {
	n := c.trigger
	e := c.entry
	if h := r.head(n); h >= 0 && r.rel(n) == "nmod" && r.caseOf(n) == "of" && classHeads[r.lemma(h)] && r.child(h, "cop") >= 0 {
		// "the wall, which was one of his campaign promises": saying what
		// kind of thing something is reports no act
		c.absorbed = true
		return
	}
	for _, k := range r.children(n, "case") {
		if r.lemma(k) == "without" {
			// "leave with or without a deal", "talks ended without an
			// agreement": what is done without the act says it did not happen
			c.absorbed = true
			return
		}
	}
	// "Navalny's arrest" befell him; "Russia's arrest of a journalist" was
	// Russia's doing
	patient := patientNouns[r.lemma(n)] && r.prepArgOf(n, []string{"of"}) < 0
	for _, k := range r.children(n, "nmod:poss") {
		if patient {
			// "Khashoggi's killing", "Navalny's arrest": whom it befell
			c.recip = append(c.recip, r.parts(k)...)
			continue
		}
		c.actor = append(c.actor, r.parts(k)...)
	}
	if len(c.actor) == 0 && modifierActs[c.typ] {
		// "Russian strikes", "U.S. sanctions"; but a "Ukrainian deal" is a
		// deal about Ukraine, so agreements and talks take no adjective actor;
		// and "the El Paso shooting" happened there, no one did it
		for _, k := range r.children(n, "amod", "compound") {
			if id, ok := r.in.Actors.At(k); ok && !r.isTown(k) && !r.localPlace(k, id) && !patient {
				c.actor = append(c.actor, r.participant(k, id))
			}
		}
		// "Saudi-led coalition airstrikes", "US-backed raids": the leader
		// or backer, whether the parse hangs the participle on the noun or
		// makes the noun its object
		parts := append(r.children(n, "amod"), r.head(n))
		for _, p := range parts {
			if len(c.actor) == 0 && p >= 0 && r.hyphenParticiple(p) && (p < n) {
				if id, ok := r.in.Actors.At(p - 2); ok {
					c.actor = append(c.actor, r.participant(p-2, id))
				}
			}
		}
	}
	for _, k := range r.children(n, "nmod") {
		if r.caseOf(k) == "by" && len(c.actor) == 0 {
			c.actor = r.parts(k)
		}
		if r.caseOf(k) == "of" {
			// "the expulsion of Russian diplomats by Poland" with the
			// agent hung on the nearer noun
			for _, m := range r.children(k, "nmod") {
				if r.caseOf(m) == "by" && len(c.actor) == 0 {
					c.actor = r.parts(m)
				}
			}
		}
	}
	if len(c.actor) == 0 && r.caseOf(n) == "for" {
		// "Hamas claimed responsibility for the attack": who claims an
		// act did it
		if h := r.head(n); h >= 0 && r.lemma(h) == "responsibility" {
			if v := r.head(h); v >= 0 && r.rel(h) == "obj" && claimVerbs[r.lemma(v)] {
				if s, passive := r.subject(v); s >= 0 && !passive {
					c.actor = r.subjectParts(s)
				}
			}
		}
	}
	preps := append(append([]string{}, e.Preps...), e.OptPreps...)
	if k := r.prepArgOf(n, preps); k >= 0 {
		if e.Reciprocal {
			c.partners = r.parts(k)
		} else {
			c.recip = r.parts(k)
		}
	}
	if e.Reciprocal && len(c.actor) == 0 && len(c.partners) > 1 && r.caseOf(r.prepArgOf(n, preps)) == "between" {
		c.actor, c.partners = c.partners, nil
	}
}

// claimVerbs take responsibility for an act: "claimed", "accepted",
// "admitted", "took responsibility for".
var claimVerbs = set("claim", "accept", "admit", "take", "bear", "assume", "acknowledge")

// classHeads are the words that pick members of a kind ("one of his
// promises").
var classHeads = set("one", "some", "many", "several", "each", "any", "none", "part")

// patientNouns are acts whose possessor is who suffers them.
var patientNouns = set("killing", "killings", "murder", "assassination", "kidnapping", "abduction",
	"arrest", "detention", "release", "execution", "expulsion", "deportation", "death")

// thing reports whether the noun phrase headed by h names no party itself
// ("a gun licence", "Trump's state of emergency"), unlike "the Chinese
// government", whose modifier makes it one.
func (r *run) thing(h int) bool {
	if r.tok(h).UPOS != "NOUN" || len(r.parts(h)) > 0 {
		return false
	}
	for _, k := range r.children(h, "amod", "compound") {
		if _, ok := r.in.Actors.At(k); ok {
			return false
		}
	}
	return true
}

// permittedByThing reports whether permission verb v, with no subject of
// its own in the parse, belongs to a thing: a participle right after a
// noun that is no party ("documents allowing him"), or the verb of a
// relative clause whose "which" or "that" stands for such a noun,
// possibly under a reporting verb ("a state of emergency, which he said
// would allow him").
func (r *run) permittedByThing(v int) bool {
	if r.child(v, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if r.tok(v).XPOS == "VBG" && r.afterNominal(v) && r.tok(v-1).UPOS == "NOUN" && r.thing(v-1) {
		return true
	}
	x := v
	for steps := 0; steps < 3 && r.head(x) >= 0; steps++ {
		switch r.rel(x) {
		case "ccomp", "xcomp", "conj":
			x = r.head(x)
			continue
		}
		break
	}
	if x == v || !strings.HasPrefix(r.tok(x).Rel, "acl:relcl") || r.head(x) < 0 {
		return false
	}
	for _, k := range r.children(x, "nsubj") {
		if l := r.lemma(k); (l == "which" || l == "that") && k < x {
			return r.thing(r.head(x))
		}
	}
	return false
}

// permissionVerbs say that something lets someone act.
var permissionVerbs = set("allow", "permit", "enable", "let", "authorize", "authorise")

// localPlace reports whether modifier k, resolved to actor id, names a
// place below a state ("the Raqqa battle", "the El Paso shooting"): that is
// where the act happened, not who did it; a state ("U.S. sanctions") or a
// nationality ("Russian strikes") is the actor.
func (r *run) localPlace(k int, id string) bool {
	return r.rel(k) == "compound" && r.isPlace(k) && r.in.Actors.Get(id).Type != chronicle.ActorCountry
}

// placeModifier reports whether the only party found in the subject headed
// by h is a local place modifying it ("a Kabul car bombing killed five").
func (r *run) placeModifier(h int, ps []chronicle.Participant) bool {
	if len(ps) != 1 {
		return false
	}
	for _, k := range r.children(h, "compound") {
		if r.tok(k).Start == ps[0].Start && r.localPlace(k, ps[0].Actor) {
			return true
		}
	}
	return false
}

func (r *run) prepArgOf(n int, preps []string) int {
	if len(preps) == 0 {
		return -1
	}
	for _, k := range r.children(n, "nmod", "obl", "acl") {
		if contains(preps, r.caseOf(k)) {
			return k
		}
	}
	return -1
}

// armed reports whether the phrase headed by h is an armed or police force.
func (r *run) armed(h int) bool {
	if h < 0 {
		return false
	}
	switch r.lemma(h) {
	case "force", "forces", "troops", "troop", "army", "military", "soldier", "soldiers", "militant",
		"rebel", "fighter", "police", "unit", "brigade", "militia", "tank", "navy", "division", "battalion":
		return true
	}
	if id, ok := r.in.Actors.At(h); ok {
		switch r.in.Actors.Get(id).Sector {
		case "MIL", "COP", "REB", "PMG":
			return true
		}
	}
	return false
}

// placeTargets are the types whose "in X" names whom they concern
// ("protests in Serbia", "raids in Gaza", "a research centre in Tokyo").
var placeTargets = set("PROTEST", "ASSAULT", "COERCE", "AGREE", "AID", "SANCTION")

// objectParts returns the actors an object stands for: itself, or the owner
// of a thing ("praised Haiti's efforts", "condemned the Israeli raid").
func (r *run) objectParts(o int) []chronicle.Participant {
	return r.objectPartsDepth(o, 0)
}

func (r *run) objectPartsDepth(o, depth int) []chronicle.Participant {
	if p := r.parts(o); len(p) > 0 {
		return p
	}
	for _, k := range r.children(o, "appos") {
		// "the opposition newspaper La Prensa": the name in apposition
		if p := r.parts(k); len(p) > 0 {
			return p
		}
	}
	for _, k := range r.children(o, "nmod:poss") {
		if p := r.parts(k); len(p) > 0 {
			return p
		}
	}
	for _, k := range r.children(o, "amod", "compound") {
		if id, ok := r.in.Actors.At(k); ok {
			return []chronicle.Participant{r.participant(k, id)}
		}
	}
	for _, k := range r.children(o, "compound") {
		// "the U.S. arms sale": the owner modifies the modifier
		for _, m := range r.children(k, "amod", "compound") {
			if id, ok := r.in.Actors.At(m); ok {
				return []chronicle.Participant{r.participant(m, id)}
			}
		}
	}
	for _, k := range r.children(o, "acl") {
		// "crimes committed by Croat forces": the doer owns the deed
		if r.tok(k).XPOS == "VBN" {
			if a := r.byAgent(k); a >= 0 {
				if p := r.parts(a); len(p) > 0 {
					return p
				}
			}
		}
	}
	if r.tok(o).UPOS == "NOUN" {
		// "positions of the Palestinian security forces", "homes in Gaza",
		// "calls by Belarus's rulers", "an aid program for Bosnia"
		for _, k := range r.children(o, "nmod") {
			if c := r.caseOf(k); c == "of" || c == "in" || c == "by" || c == "against" || c == "with" || c == "for" || c == "to" {
				if p := r.parts(k); len(p) > 0 {
					return p
				}
				if c == "of" && depth < 2 {
					// "in protest of the government's refusal"
					if p := r.objectPartsDepth(k, depth+1); len(p) > 0 {
						return p
					}
				}
			}
		}
	}
	return nil
}

// abstractNouns head subjects that are not agents even when a country
// modifies them: "U.S.-Russia dialogue aimed at agreeing" is nobody agreeing.
var abstractNouns = set("dialogue", "talk", "talks", "negotiation", "negotiations", "plan", "proposal",
	"effort", "efforts", "process", "deal", "agreement", "move", "decision", "policy", "report",
	"statement", "law", "bill", "measure", "initiative", "program", "programme", "relations", "ties",
	"economy", "market", "crisis", "conflict", "war", "situation", "politics", "views", "view",
	"stance", "stances", "opinion", "opinions", "idea", "ideas", "interests")

// eventNouns head subjects that are the act itself ("a roadside bombing
// killed ..."): whoever did it is not among the words that follow.
var eventNouns = set("bombing", "attack", "blast", "explosion", "shelling", "airstrike", "strike",
	"shooting", "raid", "ambush", "gunfire", "bomb", "mine", "missile", "rocket", "fighting", "clash", "clashes")

// reporterParts returns the subject of the reporting verb above v, the
// likeliest referent of an unresolved "it" in "Switzerland said it had
// expelled ...".
func (r *run) reporterParts(v int) []chronicle.Participant {
	for h, steps := r.head(v), 0; h >= 0 && steps < 6; h, steps = r.head(h), steps+1 {
		if reportVerbs[r.lemma(h)] || cognitionVerbs[r.lemma(h)] {
			if s, _ := r.subject(h); s >= 0 {
				return r.parts(s)
			}
			return nil
		}
	}
	return nil
}

// afterNominal reports whether the word before v is a noun or pronoun.
func (r *run) afterNominal(v int) bool {
	if v == 0 || r.tok(v-1).Sentence != r.tok(v).Sentence {
		return false
	}
	switch r.tok(v - 1).UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// markedPassive reports a passive the parse labelled as active: a
// participle with "be" or a "by" agent ("was killed by his lions").
func (r *run) markedPassive(v int) bool {
	if r.adjectivalPassive(v) {
		return true
	}
	if r.tok(v).XPOS != "VBN" {
		return false
	}
	if r.child(v, "aux:pass") >= 0 {
		return true
	}
	// "is attacked" with "is" taken for a copula is a passive all the same
	for _, k := range r.children(v, "aux", "cop") {
		if r.lemma(k) == "be" || r.lemma(k) == "get" {
			return true
		}
	}
	for _, k := range r.children(v, "obl") {
		if r.caseOf(k) == "by" {
			return true
		}
	}
	return false
}

// isPlace reports whether token x is inside a place name.
// isTown reports whether token x is in a place name smaller than a country
// ("El Paso"), which says where, never who.
func (r *run) isTown(x int) bool {
	for _, p := range r.in.Places {
		if x >= p.First && x < p.Last && p.Place.Precision != chronicle.PrecisionCountry {
			return true
		}
	}
	return false
}

func (r *run) isPlace(x int) bool {
	for _, p := range r.in.Places {
		if x >= p.First && x < p.Last {
			return true
		}
	}
	return false
}

// isTime reports whether token x is a time word or inside a date expression.
func (r *run) isTime(x int) bool {
	// "May" and "March" are names too (Theresa May): only a date span says
	if l := r.lemma(x); timeWords[l] && l != "may" && l != "march" {
		return true
	}
	for _, d := range r.in.Dates {
		if x >= d.First && x < d.Last {
			return true
		}
	}
	return false
}

// agrees reports whether pronoun i can stand for the actors ps: "he" and
// "she" for a person, "it" for a state or body, "they" and "we" for any
// but a single person.
func (r *run) agrees(i int, ps []chronicle.Participant) bool {
	if len(ps) == 0 {
		return false
	}
	typ := r.in.Actors.Get(ps[0].Actor).Type
	switch strings.ToLower(r.tok(i).Text) {
	case "he", "she", "i", "his", "her", "my":
		return len(ps) == 1 && typ == chronicle.ActorPerson
	case "it", "its":
		return len(ps) == 1 && (typ == chronicle.ActorCountry || typ == chronicle.ActorOrganization)
	case "they", "we", "their", "our":
		return len(ps) > 1 || typ != chronicle.ActorPerson
	}
	return false
}

// disasterNouns are causes of harm that are nobody's act.
var disasterNouns = set("accident", "fire", "crash", "blast", "explosion", "storm", "flood", "flooding",
	"earthquake", "quake", "collapse", "disease", "virus", "outbreak", "hurricane", "typhoon", "cyclone",
	"tornado", "avalanche", "landslide", "heat", "heatwave", "derailment", "collision", "drought",
	"wildfire", "blaze", "tsunami", "eruption", "famine", "epidemic", "pandemic", "illness", "cancer")

// hasCountry reports whether any of ps resolved to an actor with a country.
func (r *run) hasCountry(ps []chronicle.Participant) bool {
	for _, p := range ps {
		if r.in.Actors.Get(p.Actor).Country != "" {
			return true
		}
	}
	return false
}

func (r *run) isPerson(ps []chronicle.Participant) bool {
	return len(ps) == 1 && r.in.Actors.Get(ps[0].Actor).Type == chronicle.ActorPerson
}

// passive reports whether v really is passive: taggers call many past
// tenses participles, so a passive subject without a passive auxiliary or
// a by-agent is taken as the active subject.
func (r *run) passive(v int) bool {
	if r.child(v, "aux:pass") >= 0 || r.adjectivalPassive(v) {
		return true
	}
	if r.tok(v).XPOS == "VBN" {
		for _, k := range r.children(v, "aux", "cop") {
			if r.lemma(k) == "be" || r.lemma(k) == "get" {
				return true // "is attacked" with the auxiliary mislabelled
			}
		}
	}
	for _, k := range r.children(v, "obl") {
		if r.caseOf(k) == "by" {
			return true
		}
	}
	if h := r.head(v); r.tok(v).Rel == "amod" && h > v && r.afterNominal(v) {
		return false // "Iran supplied weapons": a finite verb parsed as its object's modifier
	}
	// a reduced relative ("troops stationed in ..."), never a main verb
	return r.tok(v).XPOS == "VBN" && r.child(v, "aux") < 0 && r.head(v) >= 0
}

// subjectParts returns the actors of a subject phrase: its own, or those of
// the group it is described by ("demonstrators in Baghdad", "leaders of the
// opposition coalition").
func (r *run) subjectParts(h int) []chronicle.Participant {
	if p := r.parts(h); len(p) > 0 || r.tok(h).UPOS != "NOUN" || abstractNouns[r.lemma(h)] {
		return p
	}
	if p := r.objectParts(h); len(p) > 0 && !r.placeModifier(h, p) {
		return p
	}
	for _, k := range r.children(h, "nmod") {
		switch r.caseOf(k) {
		case "of", "in", "from", "throughout":
			// "tens of thousands of students throughout Indonesia"
			if p := r.subjectParts(k); len(p) > 0 {
				return p
			}
		}
	}
	return nil
}

// parts returns the participants of the noun phrase headed by h and of the
// phrases coordinated with it ("the United States and Jordan").
func (r *run) parts(h int) []chronicle.Participant {
	if h < 0 {
		return nil
	}
	if relativePronouns[r.lemma(h)] {
		if v := r.head(h); v >= 0 && r.tok(v).Rel == "acl:relcl" {
			h = r.head(v)
		}
	}
	if n := r.modifiedNoun(h); n >= 0 {
		h = n
	}
	var out []chronicle.Participant
	seen := map[string]bool{}
	heads := []int{h}
	for i := 0; i < len(heads) && i < 8; i++ {
		heads = append(heads, r.children(heads[i], "conj")...)
	}
	for _, x := range heads {
		if r.isTime(x) {
			continue // "on Thursday", "yesterday in ... court": when, not who
		}
		if x != h && r.insideMentionOf(x, out) {
			continue // "Herzegovina" in "Bosnia and Herzegovina": part of a name found
		}
		ids := r.in.Actors.AtAll(x)
		if len(ids) == 0 {
			if id, ok := r.in.Actors.At(x); ok {
				ids = []string{id}
			}
		}
		for _, id := range ids {
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			out = append(out, r.participant(x, id))
		}
	}
	return out
}

// insideMentionOf reports whether token x lies inside a mention of one of
// the participants' actors.
func (r *run) insideMentionOf(x int, ps []chronicle.Participant) bool {
	t := r.tok(x)
	for _, p := range ps {
		for _, m := range r.in.Actors.Get(p.Actor).Mentions {
			if m.Start <= t.Start && t.End <= m.End {
				return true
			}
		}
	}
	return false
}

// modifiedNoun returns the noun that the word at h only modifies through
// a hyphenated participle the parse split off ("rebel-held areas",
// "Russian-occupied territory"), or -1.
func (r *run) modifiedNoun(h int) int {
	end := r.doc.Sentences[r.tok(h).Sentence].Last
	if h+3 >= end || r.tok(h+1).Text != "-" || r.tok(h+2).XPOS != "VBN" {
		return -1
	}
	n := -1
	for k := h + 3; k < end; k++ {
		switch r.tok(k).UPOS {
		case "NOUN", "PROPN":
			n = k
			continue
		case "ADJ":
			if n < 0 {
				continue
			}
		}
		break
	}
	return n
}

func (r *run) participant(h int, id string) chronicle.Participant {
	first, last := r.phrase(h)
	sp := r.doc.Span(first, last)
	return chronicle.Participant{Actor: id, Text: r.doc.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End}
}

// phraseRels are the dependents that belong to a mention as written
// ("President Vladimir Putin", "Russia's", "the two countries"); clauses,
// appositions and conjuncts do not.
var phraseRels = set("det", "amod", "compound", "flat", "nmod:poss", "nummod", "fixed", "goeswith", "case")

// phrase returns the token range of the mention headed by h.
func (r *run) phrase(h int) (first, last int) {
	first, last = h, h+1
	var walk func(i, depth int)
	walk = func(i, depth int) {
		if depth > 12 {
			return // deep enough for any name; also stops on a cyclic parse
		}
		for _, k := range r.kids[i] {
			rel := r.tok(k).Rel
			if !phraseRels[rel] && !phraseRels[strings.SplitN(rel, ":", 2)[0]] {
				continue
			}
			if rel == "case" && i == h {
				continue // keep the preposition out of "with Putin"
			}
			if k < first {
				first = k
			}
			if k+1 > last {
				last = k + 1
			}
			walk(k, depth+1)
		}
	}
	walk(h, 0)
	// a possessive ending inside the phrase ("Trump's") stays; one at its end goes.
	for last-1 > first && r.tok(last-1).UPOS == "PART" && r.tok(last-1).Rel == "case" {
		last--
	}
	for first < last-1 && r.tok(first).UPOS == "ADP" {
		first++
	}
	return first, last
}

func inList(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

// impactVerbs say that something struck someone: an attack when a party
// does it, a road accident when a vehicle does it.
var impactVerbs = set("strike", "hit", "knock", "run")

// vehicleNouns are what a driver drives.
var vehicleNouns = set("car", "vehicle", "truck", "lorry", "van", "bus", "train", "tram", "taxi",
	"motorcycle", "motorbike", "scooter", "suv", "jeep", "pickup", "tractor", "ambulance")

// roadUsers are whom a vehicle strikes on a road.
var roadUsers = set("pedestrian", "cyclist", "motorcyclist", "biker", "jogger", "motorist", "bicyclist")

// roadAccident reports whether impact verb v tells of a road accident: a
// vehicle, or something being driven, struck someone ("was struck by a
// Volvo driving on the wrong side", "a car hit a pedestrian"), or a road
// user was struck. PLOVER codes no attack there; a ramming attack is told
// with "ram", "plough" or "drive into" and stays one.
func (r *run) roadAccident(v int) bool {
	if !impactVerbs[r.lemma(v)] {
		return false
	}
	var doers, struck []int
	for _, k := range r.kids[v] {
		switch rel := r.tok(k).Rel; {
		case rel == "nsubj:pass", rel == "obj":
			struck = append(struck, k)
		case rel == "nsubj":
			doers = append(doers, k)
		case strings.HasPrefix(rel, "obl") && r.caseOf(k) == "by":
			doers = append(doers, k)
		}
	}
	for _, d := range doers {
		if vehicleNouns[r.lemma(d)] {
			return true
		}
		for _, k := range r.children(d, "acl", "compound") {
			if l := r.lemma(k); l == "drive" || vehicleNouns[l] {
				return true
			}
		}
	}
	for _, s := range struck {
		if roadUsers[r.lemma(s)] {
			return true
		}
	}
	return false
}

// privateParties reports whether every party in ps is a private civilian:
// a person or group of sector CVL.
func (r *run) privateParties(ps []chronicle.Participant) bool {
	for _, p := range ps {
		a := r.in.Actors.Get(p.Actor)
		// a civilian's role ("national", "activist") is no office; a
		// person of unknown sector may hold one
		if a.Sector != "CVL" || a.Type != chronicle.ActorPerson && a.Type != chronicle.ActorGroup {
			return false
		}
	}
	return len(ps) > 0
}

// infoNouns are what is released when it is published, not set free.
var infoNouns = set("message", "document", "report", "statement", "file", "record", "data", "video",
	"footage", "detail", "list", "result", "transcript", "recording", "tape", "photo", "photograph",
	"image", "figure", "information", "evidence", "letter", "email", "memo", "text", "album", "film",
	"book", "song", "game", "version", "update", "guideline", "budget", "plan", "findings", "study")

// publishes reports whether "release" at v publishes something ("released
// the messages publicly", "released a report") rather than sets someone
// free.
func (r *run) publishes(v int) bool {
	if r.lemma(v) != "release" {
		return false
	}
	for _, k := range r.kids[v] {
		switch r.rel(k) {
		case "obj", "nsubj":
			if r.rel(k) == "nsubj" && !r.passive(v) {
				continue
			}
			if infoNouns[r.lemma(k)] {
				return true
			}
			if r.tok(k).UPOS == "PRON" && r.rel(v) == "conj" {
				// "obtained the messages and released them"
				if o := r.child(r.head(v), "obj"); o >= 0 && infoNouns[r.lemma(o)] {
					return true
				}
			}
		}
	}
	// "released them publicly", however the parse hung the adverb
	end := r.doc.Sentences[r.tok(v).Sentence].Last
	for i := v + 1; i < end && i <= v+3; i++ {
		if l := r.lemma(i); l == "publicly" || l == "online" {
			return true
		}
	}
	return false
}
