package coder

import "strings"

// The understood subject of a predicate: from the parse where it gives one,
// through control, coordination and passives, and by word order where the
// parse lost it.

// subject returns the token heading the understood subject of predicate v,
// following control ("told Russia to get moving", "ready to agree"),
// coordination and adverbial clauses up the tree. passive is true when it is
// v's own passive subject.
func (r *run) subject(v int) (subj int, passive bool) {
	for steps := 0; v >= 0 && steps < 12; steps++ {
		// of several subjects the parse gives, the one nearest the verb: in
		// "U.S. President Trump's envoy Steve Witkoff held" that is the head
		best := -1
		for _, k := range r.kids[v] {
			switch r.tok(k).Rel {
			case "nsubj", "nsubj:outer", "nsubj:pass":
				if r.isTime(k) && len(r.kids[v]) > 1 {
					continue // "officials today praised": today is no subject
				}
				if r.mediumBeforeParticiple(k, v) {
					continue
				}
				if best < 0 || (k < v && k > best) {
					best = k
				}
			}
		}
		if best >= 0 {
			return best, steps == 0 && (r.tok(best).Rel == "nsubj:pass" && r.passive(v) || r.markedPassive(v))
		}
		h := r.head(v)
		if h < 0 {
			return -1, false
		}
		switch r.rel(v) {
		case "xcomp":
			if r.hyphenParticiple(h) {
				// "Saudi-led coalition airstrikes killed": the parse made
				// the modifier the verb, and the subject its object
				if o := r.child(h, "obj"); o >= 0 {
					return o, false
				}
			}
			if objectControl[r.lemma(h)] {
				if o := r.child(h, "obj"); o >= 0 {
					return o, false
				}
				if o := r.child(h, "iobj"); o >= 0 {
					return o, false
				}
				for _, k := range r.children(h, "obl") {
					if c := r.caseOf(k); c == "on" || c == "upon" {
						return k, false
					}
				}
			}
		case "conj":
		case "advcl":
			if r.afterDisaster(v) {
				// "the crisis of wildfires currently destroying the
				// Amazon", the participle misattached: the fires destroy
				return -1, false
			}
		case "acl":
			// a participle modifying its subject: "forces continuing to advance"
			if r.tok(v).XPOS == "VBG" && !r.isPlace(h) {
				return h, false
			}
			// "two nationals suspected by the West of blowing up a plane":
			// the suspects, not the suspecter, did what they are suspected of
			if steps > 0 && r.tok(v).XPOS == "VBN" && suspicionVerbs[r.lemma(v)] {
				return h, false
			}
			return -1, false
		case "acl:relcl":
			return -1, false
		default:
			return -1, false
		}
		v = h
	}
	return -1, false
}

// subjectlessPassive reports whether v, the trigger of pattern e, is a
// passive participle the parse gave no subject of its own: "was injured"
// with its subject hung elsewhere, a bare participle completing a passive
// ("were confirmed killed"), or a reduced relative ("people accused of").
func (r *run) subjectlessPassive(v int, e *Entry) bool {
	// an object means an active verb whatever the tags say ("Beijing
	// lodged a complaint" with the name tagged an auxiliary)
	if r.tok(v).XPOS != "VBN" || r.child(v, "nsubj", "nsubj:pass", "nsubj:outer", "obj") >= 0 {
		return false
	}
	if r.byAgent(v) >= 0 {
		return true
	}
	for _, k := range r.children(v, "aux") { // aux:pass too
		if r.lemma(k) == "be" || r.lemma(k) == "get" {
			return true
		}
	}
	h := r.head(v)
	if h >= 0 && h == v-1 && r.rel(v) == "acl" && r.child(v, "aux") < 0 && (r.tok(h).UPOS == "NOUN" || r.tok(h).UPOS == "PROPN") {
		// "people accused of crimes": a reduced relative right after its
		// noun, for acts done to someone; "people marched", "troops
		// arrived in", "the ceasefire the two countries agreed to" are
		// finite verbs the parse hung on their subject
		return doneToTypes[e.Type] && !e.Intransitive && len(e.Preps) == 0
	}
	return h >= 0 && r.rel(v) == "xcomp" && r.child(v, "mark") < 0 && r.tok(h).XPOS == "VBN" && r.markedPassive(h)
}

// doneToTypes are the acts whose verb takes its target as object, so that
// its bare participle after a noun is passive ("people accused of",
// "civilians killed in").
var doneToTypes = set("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "RETREAT")

// shared reports whether subj is the subject of a verb v is coordinated
// with or completes ("was arrested and charged", "were confirmed killed"):
// then it underwent v too.
func (r *run) shared(subj, v int) bool {
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if r.rel(v) != "conj" && r.rel(v) != "xcomp" {
			return false
		}
		v = r.head(v)
		if v >= 0 && r.head(subj) == v {
			return true
		}
	}
	return false
}

// hyphenParticiple reports whether token i is the participle of a
// compound modifier ("Saudi-led", "Iranian-backed").
func (r *run) hyphenParticiple(i int) bool {
	first := r.doc.Sentences[r.tok(i).Sentence].First
	return i-2 >= first && r.tok(i).XPOS == "VBN" && r.tok(i-1).Text == "-"
}

// suspicionVerbs, as participles after a noun, say what that noun is
// thought to have done ("suspected of", "accused of", "wanted for").
var suspicionVerbs = set("suspect", "accuse", "charge", "convict", "blame", "implicate", "want")

// subjectByOrder guesses the subject of a predicate the parse left without
// one, from word order: the nearest actor phrase to its left, or the subject
// of the nearest verb to its left ("Trump, who ..., has spoken of imposing").
func (r *run) subjectByOrder(v int) int {
	first := r.doc.Sentences[r.tok(v).Sentence].First
	if h := r.head(v); h >= 0 && (r.rel(v) == "xcomp" && !objectControl[r.lemma(h)] || r.rel(v) == "conj") && r.isVerb(h) {
		// "Pakistan, a key U.S. ally ..., has refused to deploy": an open
		// complement or a conjunct shares its head's subject, however that
		// was found
		if s, _ := r.subject(h); s < 0 {
			if s := r.subjectByOrder(h); s >= 0 {
				return s
			}
		}
	}
	for _, k := range r.children(v, "vocative", "dep", "discourse") {
		// "Pakistan, a key U.S. ally ..., has refused": the parse left the
		// subject loose before an apposition whose words are nearer the verb
		if u := r.tok(k).UPOS; k < v && (u == "PROPN" || u == "NOUN") && len(r.parts(k)) > 0 {
			return k
		}
	}
	for i := v - 1; i >= first && i >= v-12; i-- {
		t := r.tok(i)
		if t.UPOS == "AUX" && t.Text != strings.ToLower(t.Text) && len(r.parts(i)) > 0 {
			return i // "Beijing lodged ...": a name the tagger took for an auxiliary
		}
		switch t.UPOS {
		case "AUX", "ADV", "PART", "SCONJ", "ADP", "DET":
			continue
		case "PUNCT":
			if t.Text == ";" || t.Text == ":" || t.Text == "." {
				return -1
			}
			continue
		case "VERB":
			if s, _ := r.subject(i); s >= 0 {
				return s
			}
			// a verb the parse left subjectless too: keep looking left
		case "NOUN", "PROPN", "PRON":
			if r.isTime(i) {
				continue
			}
			if disasterNouns[r.lemma(i)] {
				return -1 // "wildfires destroying the Amazon": nobody's act
			}
			if r.inPrepPhrase(i) {
				if x := r.tok(v).XPOS; i == v-1 && (x == "VBN" || x == "VBD") && r.caseOf(i) != "of" {
					// "borders to West Africans ordered out of Nigeria": a
					// participle right after a noun modifies it, by a doer
					// the sentence leaves unnamed
					return -1
				}
				continue // a prepositional object acts in no clause
			}
			if t.Rel == "conj" && r.head(i) >= 0 && len(r.parts(r.head(i))) > 0 {
				return r.head(i) // "helicopters and tanks": the whole coordination
			}
			if len(r.parts(i)) > 0 {
				return i
			}
			if t.UPOS == "NOUN" && len(r.subjectParts(i)) > 0 {
				return i // "thousands of Georgians protested"
			}
			if t.UPOS == "NOUN" && r.head(i) == v {
				return i // "Russia's terms would amount": a subject that is not an actor
			}
		}
	}
	return -1
}

// afterPreposition reports whether the phrase headed by k follows a
// preposition or subordinator: "With the signing of a memorandum, the
// government agreed" has one subject, not two.
func (r *run) afterPreposition(k int) bool {
	first, _ := r.phrase(k)
	if first == 0 || r.tok(first-1).Sentence != r.tok(k).Sentence {
		return false
	}
	u := r.tok(first - 1).UPOS
	return u == "ADP" || u == "SCONJ"
}

// afterParticiple reports whether the phrase headed by k directly follows
// a participle: "After meeting Xi Jinping, Macron called" has Xi as the
// object of "meeting", not as a second subject of "called".
func (r *run) afterParticiple(k int) bool {
	first, _ := r.phrase(k)
	if first == 0 || r.tok(first-1).Sentence != r.tok(k).Sentence {
		return false
	}
	t := r.tok(first - 1)
	return t.UPOS == "VERB" && (t.XPOS == "VBG" || t.XPOS == "VBN")
}

// inPrepPhrase reports whether noun i is, or modifies, the object of a
// preposition ("out of Nigeria", "to most West Africans"); the possessive
// "'s" is no preposition.
func (r *run) inPrepPhrase(i int) bool {
	for steps := 0; steps < 4 && r.head(i) >= 0; steps++ {
		switch r.rel(i) {
		case "compound", "flat", "amod", "nmod:poss":
		default:
			steps = 4
			continue
		}
		i = r.head(i)
	}
	for _, k := range r.kids[i] {
		if r.tok(k).Rel == "case" && r.tok(k).UPOS == "ADP" {
			return true
		}
	}
	return false
}

// mediumPreps, marking a name before a participle, make it the place or
// channel of the main clause's act, not the participle's subject.
var mediumPreps = set("on", "in", "via", "through", "at", "during")

// mediumBeforeParticiple reports whether k, given by the parse as the
// subject of participle clause v, is really the object of a preposition
// the parse took for v's marker: "posted a message on Twitter blaming
// Iran" (Pompeo blames, not Twitter). "With Russia blocking the
// resolution" keeps its subject: "with" and "without" do take one.
func (r *run) mediumBeforeParticiple(k, v int) bool {
	if r.tok(v).XPOS != "VBG" || r.rel(v) != "advcl" || k > v {
		return false
	}
	for _, m := range r.children(v, "mark") {
		if m < k && r.tok(m).UPOS == "ADP" && mediumPreps[r.lemma(m)] {
			return true
		}
	}
	return false
}

// afterDisaster reports whether participle v directly follows, but for
// adverbs, a noun naming a disaster, which it then modifies.
func (r *run) afterDisaster(v int) bool {
	if r.tok(v).XPOS != "VBG" {
		return false
	}
	first := r.doc.Sentences[r.tok(v).Sentence].First
	for i := v - 1; i >= first; i-- {
		if r.tok(i).UPOS == "ADV" {
			continue
		}
		return r.tok(i).UPOS == "NOUN" && disasterNouns[r.lemma(i)]
	}
	return false
}
