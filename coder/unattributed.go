package coder

import "chronicle"

// Unknowns is what the coder may also ask of actor resolution: an actor
// standing for unidentified perpetrators in a country. It is optional
// (checked on Inputs.Actors), like Governments.
type Unknowns interface {
	UnknownIn(country string) (id string, ok bool)
}

// weaponNouns are what kills when a report names no attacker: "a roadside
// bombing killed", "were killed by an improvised explosive device".
var weaponNouns = set("device", "devices", "grenade", "landmine", "minefield", "gunmen", "gunman", "assailant", "assailants")

// handViolence are the modes of attack only people commit, unlike the
// "destroy" of a fire or the unmoded "kill" of a crash.
var handViolence = set("beat", "firearms", "sexual", "targeted", "torture", "abduct")

// unattributedAttack gives an attack whose report names only its weapon
// and victims ("three civilians were killed in a car bombing in Baghdad")
// the unidentified perpetrators of the country it happens in, as PLOVER
// coders do; without a place it stays unattributed and is dropped.
func (r *run) unattributedAttack(c *cand) []chronicle.Participant {
	if c.typ != "ASSAULT" || len(c.actor) > 0 || c.ctx.negated || c.nominal {
		return nil
	}
	u, ok := r.in.Actors.(Unknowns)
	if !ok {
		return nil
	}
	// "a car bomb exploded near a police station in Kirkuk, killing seven
	// policemen": the weapon and the place may belong to the clause the
	// killing hangs from
	clause := c.verb
	if rel := r.rel(c.verb); (rel == "advcl" || rel == "conj") && r.head(c.verb) >= 0 {
		clause = r.head(c.verb)
	}
	// a verb of violence by hand or gun ("was stabbed", "was shot dead")
	// tells an attack by itself; "killed" may be an accident's, so it
	// needs the weapon named
	if !handViolence[c.mode] && !r.byWeapon(c.verb) && !r.byWeapon(clause) {
		return nil
	}
	pl := r.attachPlace(c)
	if pl == nil || pl.Country == "" {
		pl = r.placeUnder(c, c.verb)
	}
	if (pl == nil || pl.Country == "") && clause != c.verb {
		pl = r.placeUnder(c, clause)
	}
	if pl == nil || pl.Country == "" {
		// "Indonesia's security minister Wiranto was stabbed": a state's
		// official attacked at no named place was attacked at home
		if v, ok := r.officialVictim(c); ok {
			if id, ok := u.UnknownIn(string(r.in.Actors.Get(v.Actor).Country)); ok {
				v.Actor = id
				return []chronicle.Participant{v}
			}
		}
		return nil
	}
	if nonStates[pl.Country] {
		return nil
	}
	id, ok := u.UnknownIn(pl.Country)
	if !ok {
		return nil
	}
	ev := r.placeEvidence(c, *pl)
	ev.Actor = id
	return []chronicle.Participant{ev}
}

// officialVictim returns the victim of c when it is a state's government
// official, the words naming it standing as evidence.
func (r *run) officialVictim(c *cand) (chronicle.Participant, bool) {
	for _, p := range c.recip {
		a := r.in.Actors.Get(p.Actor)
		if a.Type == chronicle.ActorPerson && a.Sector == "GOV" && a.Country != "" && !nonStates[string(a.Country)] {
			return p, true
		}
	}
	return chronicle.Participant{}, false
}

// stateActs are the acts only a state's authorities do: whoever arrests,
// deports or expels in a country and goes unnamed is its government.
var stateActs = map[string]bool{"COERCE arrest": true, "COERCE deport": true, "COERCE curfew": true,
	"COERCE martial-law": true, "COERCE censor": true, "SANCTION expel": true, "SANCTION convict": true}

// unattributedStateAct gives an arrest or expulsion reported in the passive
// with no agent ("dozens of protesters were detained in Minsk") the
// government of the country it happens in, as PLOVER coders do.
func (r *run) unattributedStateAct(c *cand) []chronicle.Participant {
	if !stateActs[c.typ+" "+c.mode] || len(c.actor) > 0 || c.ctx.negated || c.nominal && c.verb == c.trigger {
		return nil
	}
	if _, passive := r.subject(c.verb); !passive || r.byAgent(c.verb) >= 0 {
		return nil
	}
	// where it was done: "arrested in Lebanon", not the "from Calgary" of
	// whoever was arrested
	var pl *chronicle.Place
	for _, l := range r.in.Places {
		if h := r.spanHead(l.First, l.Last); l.Place.Country != "" && r.head(h) == c.verb && r.caseOf(h) == "in" {
			p := l.Place
			pl = &p
			break
		}
	}
	if pl == nil {
		pl = r.attachPlace(c)
	}
	if pl == nil || pl.Country == "" {
		pl = r.placeUnder(c, c.verb)
	}
	if pl == nil || pl.Country == "" || nonStates[pl.Country] {
		return nil
	}
	return r.government(pl.Country, r.placeEvidence(c, *pl))
}

// byWeapon reports whether the clause of verb v names an attack or a weapon
// as its subject or oblique ("in a suicide bombing", "by a roadside bomb"),
// or as the subject of a "when" clause ("when a bomb exploded").
func (r *run) byWeapon(v int) bool {
	heads := r.children(v, "nsubj", "obl", "nmod")
	for _, k := range r.children(v, "advcl") {
		// "were wounded when a bomb exploded": the weapon is the subject
		// of the clause that says how
		for _, m := range r.children(k, "mark", "advmod") {
			if l := r.lemma(m); l == "when" || l == "as" || l == "after" {
				heads = append(heads, r.children(k, "nsubj")...)
				break
			}
		}
	}
	for _, k := range heads {
		if w := r.lemma(k); eventNouns[w] || weaponNouns[w] {
			return true
		}
		// "a car bomb explosion": the head may be the compound's last word
		for _, m := range r.children(k, "compound") {
			if eventNouns[r.lemma(m)] {
				return true
			}
		}
	}
	return false
}

// placeUnder returns the first place named below verb v's clause outside
// the reporter's subject ("in central Baghdad" hung on "bombing").
func (r *run) placeUnder(c *cand, v int) *chronicle.Place {
	for _, l := range r.in.Places {
		if l.First < 0 || l.Last > len(r.doc.Tokens) || l.First >= l.Last || l.Place.Country == "" {
			continue
		}
		h := r.spanHead(l.First, l.Last)
		if h == v || !r.under(h, v) || r.underAny(h, c.ctx.reporterSubject(r)) || !r.locative(h, v) {
			continue
		}
		pl := l.Place
		return &pl
	}
	return nil
}

// locative reports whether the phrase of h is where something happens: it
// or a phrase it hangs from below verb v takes a place preposition ("near
// the town of Samarra"), unlike the "US" of "US servicemen".
func (r *run) locative(h, v int) bool {
	for steps := 0; steps < 3 && h >= 0 && h != v; steps++ {
		if placePreps[r.caseOf(h)] {
			return true
		}
		h = r.head(h)
	}
	return false
}
