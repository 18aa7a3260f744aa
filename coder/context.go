package coder

import (
	"strings"

	"chronicle"
)

// Word classes that shape an event's modality. They are closed classes of
// English, so they live here rather than in the codebook.
var (
	reportVerbs = set("say", "tell", "add", "state", "announce", "report", "write", "post", "declare",
		"note", "explain", "stress", "emphasize", "emphasise", "insist", "confirm", "reiterate", "tweet",
		"argue", "contend", "maintain", "assert", "acknowledge", "admit", "reply", "respond", "suggest",
		"indicate", "predict", "describe", "remark", "comment", "quote", "recall",
		"testify", "disclose", "reveal", "signal", "vow", "warn", "urge")
	cognitionVerbs = set("believe", "allege", "claim", "suspect", "think", "fear", "assume", "accuse",
		"contend", "charge", "consider", "assess", "conclude")
	denialVerbs = set("deny", "dispute", "refute")
	failVerbs   = set("fail", "refuse", "decline", "neglect")
	intentVerbs = set("swear", "plan", "intend", "want", "aim", "hope", "prepare", "expect", "seek", "decide", "wish", "promise", "pledge", "vow", "offer", "propose", "agree", "threaten", "consider", "mull", "weigh", "plot", "speak", "talk", "discuss", "set", "go", "look", "move")
	intentAdjs  = set("ready", "willing", "prepared", "eager", "determined", "poised", "likely", "set", "keen", "able")
	allegedAdv  = set("reportedly", "allegedly", "purportedly", "apparently", "supposedly")
	negations   = set("not", "never", "n't", "no")
	// negativeObjects deny the act they are the object of.
	negativeObjects = set("nothing", "none", "nobody", "no-one")
	condMarks       = set("if", "unless", "provided", "whether")
	futureAux       = set("will", "shall", "'ll", "wo")
	hypoAux         = set("could", "might", "may", "can")
	deonticAux      = set("should", "must", "ought")
	deonticHeads    = set("have", "need")
	timeWords       = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "day", "week", "month", "year", "weekend", "morning",
		"afternoon", "evening", "night", "today", "yesterday", "tomorrow", "time", "occasion")
	mediumNouns = set("post", "statement", "interview", "tweet", "message", "speech", "video", "letter",
		"broadcast", "address", "conference", "briefing", "communique", "remarks", "op-ed", "article",
		"blog", "podcast", "show", "program", "programme", "televised", "telegram", "posting", "press",
		"email", "call", "note", "release", "newspaper", "editorial", "documentary")
)

// clauseContext is what the clauses around an event's predicate say about it.
type clauseContext struct {
	modality       string
	negated        bool
	counterfactual bool
	deontic        bool // "should", "must", "has to": a wish about the subject, not a fact
	antecedent     bool // inside an "if" clause
	unless         bool // conditioned by "unless": a demand backed by a threat
	failed         bool // under "failed to", "refused to"
	decided        bool // under "decided to": the decision is itself the act
	tense          string
	speaker        []chronicle.Participant // who reports or believes it
	speakerText    string
	reporter       int // the reporting or believing verb, -1 if none
	quote          int // index of the quotation holding the predicate, -1 if none
}

// context walks from predicate v up through the clauses that embed it and
// collects modality, negation, tense and the speaker.
func (r *run) context(v int) clauseContext {
	cx := clauseContext{modality: chronicle.Asserted, reporter: -1, quote: r.inQuote[v]}
	cx.tense = r.tense(v)
	r.localModality(v, &cx, true)
	x := v
	for steps := 0; steps < 10; steps++ {
		h := r.head(x)
		if h < 0 {
			break
		}
		rel := r.tok(x).Rel
		base := r.rel(x)
		clausal := base == "ccomp" || base == "xcomp" || base == "advcl" || base == "conj" || base == "parataxis" || base == "csubj" || rel == "acl"
		// a reported clause the parser took for an object ("says Russia's terms would amount")
		misparsed := (base == "obj" || base == "obl") && (reportVerbs[r.lemma(h)] || cognitionVerbs[r.lemma(h)]) && x == v
		if !clausal && !misparsed {
			break
		}
		if r.isCondClause(x) {
			cx.antecedent = true
			cx.modality = chronicle.Hypothetical
		}
		lem := r.lemma(h)
		if base != "conj" {
			switch {
			case reportVerbs[lem] && base != "advcl":
				r.setSpeaker(&cx, h)
			case cognitionVerbs[lem]:
				r.setSpeaker(&cx, h)
				if cx.modality == chronicle.Asserted {
					cx.modality = chronicle.Alleged
				}
			case denialVerbs[lem]:
				r.setSpeaker(&cx, h)
				cx.modality = chronicle.Denied
				cx.negated = true
			case failVerbs[lem]:
				cx.negated = true
				cx.failed = true
			case base == "xcomp" && lem == "let" && r.letUs(h):
				// "let's discuss this": a proposal, not a meeting held
				if cx.modality == chronicle.Asserted {
					cx.modality = chronicle.Intended
					cx.tense = chronicle.Future
				}
			case base == "xcomp" && x == v && r.controlledBy(h):
				// "did not persuade world leaders to sanction", "urged
				// Iran to release": what someone is to be made to do
				// has not happened, and not at all if persuading failed
				if implicativeControl[lem] {
					if r.hasChildLemmaIn(h, negations) {
						cx.negated = true
					}
				} else if cx.modality == chronicle.Asserted {
					cx.modality = chronicle.Hypothetical
				}
			case (intentVerbs[lem] || intentAdjs[lem]) && (base == "xcomp" || base == "advcl" || base == "ccomp"):
				if cx.modality == chronicle.Asserted {
					cx.modality = chronicle.Intended
					cx.tense = chronicle.Future
					cx.decided = lem == "decide"
				}
			}
		}
		if cx.reporter >= 0 {
			break
		}
		r.localModality(h, &cx, false)
		x = h
	}
	if cx.reporter < 0 {
		// a reported clause the parse hung from a noun ("said on Friday
		// that ... must reach", with the clause under "Friday")
		for _, a := range r.doc.PathToRoot(v)[1:] {
			if !r.finiteClause(v) {
				break
			}
			if lem := r.lemma(a); reportVerbs[lem] && r.isVerb(a) && !r.actsItself(a) {
				r.setSpeaker(&cx, a)
				break
			}
		}
	}
	if cx.reporter < 0 {
		// "..., officials said Thursday": the reporting verb hangs below the clause
		root := x
		for _, k := range r.kids[root] {
			if (r.rel(k) == "parataxis" || r.rel(k) == "ccomp") && reportVerbs[r.lemma(k)] && !r.doc.Dominates(k, v) && !r.actsItself(k) {
				r.setSpeaker(&cx, k)
				break
			}
		}
	}
	r.linearContext(v, &cx)
	if cx.reporter < 0 && cx.quote >= 0 && len(r.quotes[cx.quote].speaker) > 0 {
		q := r.quotes[cx.quote]
		cx.speaker = q.speaker
		cx.speakerText = q.Speaker.Text
	}
	return cx
}

func (r *run) setSpeaker(cx *clauseContext, verb int) {
	if cx.reporter >= 0 {
		return
	}
	cx.reporter = verb
	s, _ := r.subject(verb)
	if s < 0 {
		s = r.subjectByOrder(verb)
	}
	if s < 0 {
		return
	}
	cx.speaker = r.subjectParts(s) // "Pakistan's foreign office said": its owner when the office resolves to no one
	f, l := r.phrase(s)
	cx.speakerText = r.doc.SpanText(f, l)
	if r.tok(s).UPOS != "PRON" || r.head(verb) < 0 {
		return
	}
	// A believing or saying "it"/"they" below the main clause is most often
	// the main clause's subject ("officials sent Washington a list of
	// targets it believes Russia has struck"): prefer that when it is an actor.
	for h := r.head(verb); h >= 0; h = r.head(h) {
		if r.head(h) >= 0 {
			continue
		}
		if s2 := r.child(h, "nsubj"); s2 >= 0 && s2 != s {
			if p := r.parts(s2); len(p) > 0 {
				cx.speaker = p
				f, l := r.phrase(s2)
				cx.speakerText = r.doc.SpanText(f, l)
			}
		}
		break
	}
}

// finiteClause reports whether v heads a "that" clause or carries a modal:
// a clause that can be reported, not a phrase.
func (r *run) finiteClause(v int) bool {
	for _, k := range r.children(v, "mark", "aux") {
		l := r.lemma(k)
		if l == "that" || futureAux[l] || hypoAux[l] || deonticAux[l] || l == "would" {
			return true
		}
	}
	return false
}

// actsItself reports whether a reporting verb is an event of its own ("told
// Russia to get moving", "warned"), not a frame around another clause.
func (r *run) actsItself(verb int) bool {
	e, _ := r.match('v', verb)
	return e != nil
}

// linearContext adds what word order says where the parse is too shaky to
// say it: an "if" clause later in the sentence that does not contain v, and
// an intent or denial word just before v ("spoken of imposing", "ready to").
func (r *run) linearContext(v int, cx *clauseContext) {
	sp := r.doc.Sentences[r.tok(v).Sentence]
	if cx.modality == chronicle.Asserted || cx.modality == chronicle.Intended {
		for i := v + 1; i < sp.Last; i++ {
			t := r.tok(i)
			if t.Text == ";" || t.Text == "." {
				break
			}
			if t.XPOS == "IN" || t.UPOS == "SCONJ" {
				if condMarks[r.lemma(i)] && r.lemma(i) != "whether" {
					if h := r.head(i); h < 0 || !r.doc.Dominates(h, v) {
						cx.modality = chronicle.Conditional
						cx.unless = r.lemma(i) == "unless"
					}
					break
				}
			}
		}
	}
	if cx.modality != chronicle.Asserted {
		return
	}
	for i, n := v-1, 0; i >= sp.First && n < 4; i-- {
		t := r.tok(i)
		lem := r.lemma(i)
		if t.UPOS == "PART" || t.UPOS == "ADP" || t.UPOS == "SCONJ" || t.UPOS == "ADV" || t.UPOS == "DET" {
			continue
		}
		n++
		if t.UPOS == "NOUN" && r.caseOf(i) != "" && r.rel(i) != "nsubj" {
			continue // "ready in principle to agree": step over the phrase
		}
		if (t.UPOS == "VERB" || t.UPOS == "ADJ") && (intentVerbs[lem] || intentAdjs[lem]) && lem != "agree" && lem != "go" && lem != "set" && lem != "move" && lem != "look" {
			cx.modality = chronicle.Intended
			cx.tense = chronicle.Future
			return
		}
		if t.UPOS == "VERB" && denialVerbs[lem] {
			cx.modality = chronicle.Denied
			cx.negated = true
			return
		}
		if t.UPOS == "VERB" || t.UPOS == "NOUN" || t.UPOS == "PROPN" {
			return
		}
	}
}

// negativeSubjects are pronouns that, as a subject, deny the act.
var negativeSubjects = set("neither", "none", "nobody", "nothing")

// hasChildLemma reports whether token i has a dependent with the lemma.
func (r *run) hasChildLemma(i int, lemma string) bool {
	for _, k := range r.kids[i] {
		if r.lemma(k) == lemma {
			return true
		}
	}
	return false
}

// hasDet reports whether noun i has one of the determiners.
func (r *run) hasDet(i int, dets ...string) bool {
	for _, k := range r.children(i, "det") {
		if contains(dets, r.lemma(k)) {
			return true
		}
	}
	return false
}

// localModality reads the auxiliaries, negation and adverbs of predicate v.
// own is true for the event's own predicate, whose negation is the event's.
func (r *run) localModality(v int, cx *clauseContext, own bool) {
	var modal string
	hasHave := false
	for _, k := range r.kids[v] {
		lem := r.lemma(k)
		switch r.rel(k) {
		case "aux":
			switch {
			case futureAux[lem]:
				modal = "future"
			case lem == "would":
				modal = "would"
			case hypoAux[lem]:
				modal = "hypo"
			case deonticAux[lem]:
				modal = "deontic"
			case lem == "have":
				hasHave = true
			}
		case "advmod":
			if own && negations[lem] {
				cx.negated = true
			}
			if allegedAdv[lem] {
				cx.modality = chronicle.Alleged
			}
		case "det":
			if own && lem == "no" {
				cx.negated = true
			}
		case "obj":
			// "have conceded nothing", "made no concessions": an act with
			// a negative object did not happen
			if own && (negativeObjects[lem] || r.childLemma(k, "det") == "no") {
				cx.negated = true
			}
		case "nsubj":
			// "neither side has agreed", "no country has offered", "none
			// agreed": a subject that is no one
			if own && (negativeSubjects[lem] || r.hasDet(k, "neither", "no") || r.hasChildLemma(k, "neither")) {
				cx.negated = true // also "neither Russia nor Ukraine agreed"
			}
		case "cc":
			if own && lem == "neither" && k < v {
				cx.negated = true // "neither side has agreed" with "neither" on the verb
			}
		case "advcl":
			if r.isCondClause(k) && cx.modality != chronicle.Denied {
				cx.modality = chronicle.Conditional
				for _, m := range r.children(k, "mark") {
					if r.lemma(m) == "unless" {
						cx.unless = true
					}
				}
			}
		}
	}
	if own && r.isCondClause(v) {
		// the "if" clause itself: its event is supposed, not asserted
		cx.antecedent = true
		cx.modality = chronicle.Hypothetical
	}
	if hasHave && (modal == "would" || modal == "hypo" || modal == "deontic") {
		cx.counterfactual = true
		cx.modality = chronicle.Hypothetical
		return
	}
	switch modal {
	case "future":
		if cx.modality == chronicle.Asserted {
			cx.modality = chronicle.Intended
		}
		cx.tense = chronicle.Future
	case "would":
		if cx.modality == chronicle.Asserted {
			cx.modality = chronicle.Intended
		}
		cx.tense = chronicle.Future
	case "hypo":
		if cx.modality == chronicle.Asserted || cx.modality == chronicle.Intended {
			cx.modality = chronicle.Hypothetical
		}
	case "deontic":
		if own {
			cx.deontic = true
		}
		if cx.modality == chronicle.Asserted {
			cx.modality = chronicle.Hypothetical
		}
	}
	// "has to get moving", "needs to be limited"
	if own && r.rel(v) == "xcomp" {
		if h := r.head(v); h >= 0 && r.hasTo(h) {
			cx.deontic = true
		}
	}
}

// isCondClause reports whether x is an "if"/"unless" clause.
func (r *run) isCondClause(x int) bool {
	if r.rel(x) != "advcl" {
		return false
	}
	for _, k := range r.children(x, "mark") {
		if condMarks[r.lemma(k)] {
			return true
		}
	}
	return false
}

// tense reads the predicate's form and auxiliaries.
func (r *run) tense(v int) string {
	t := chronicle.Present
	switch r.tok(v).XPOS {
	case "VBD", "VBN":
		// a bare participle is a past tense the tagger misread, or a
		// reduced passive: past either way; auxiliaries below correct it
		t = chronicle.Past
	}
	for _, k := range r.children(v, "aux", "aux:pass", "cop") {
		lem := r.lemma(k)
		switch {
		case futureAux[lem]:
			return chronicle.Future
		case lem == "have" && r.tok(v).XPOS == "VBN":
			t = chronicle.Past
		case r.tok(k).XPOS == "VBD":
			t = chronicle.Past
		case lem == "be" && (r.tok(k).XPOS == "VBZ" || r.tok(k).XPOS == "VBP"):
			t = chronicle.Present // "is expected", "are held"
		}
	}
	return t
}

// childLemma returns the lemma of i's first dependent with relation rel, or "".
func (r *run) childLemma(i int, rel string) string {
	if k := r.child(i, rel); k >= 0 {
		return r.lemma(k)
	}
	return ""
}

// implicativeControl verbs, when they succeed, make their complement
// happen ("forced him to resign": he resigned); when negated, it did not.
var implicativeControl = set("persuade", "convince", "force", "compel", "pressure", "get", "help")

// controlledBy reports whether h is a verb that puts its object up to an
// act ("urged Iran to release", "persuaded leaders to sanction"): its
// open complement is that act. Permission ("allowed Hong Kong to keep")
// grants rather than asks, and stays as it is.
func (r *run) controlledBy(h int) bool {
	if !objectControl[r.lemma(h)] || permissionVerbs[r.lemma(h)] {
		return false
	}
	return r.child(h, "obj", "iobj") >= 0
}

// hasChildLemmaIn reports whether token h has an adverb child among words
// ("did not persuade").
func (r *run) hasChildLemmaIn(h int, words map[string]bool) bool {
	for _, k := range r.kids[h] {
		if r.rel(k) == "advmod" && words[r.lemma(k)] {
			return true
		}
	}
	return false
}

// letUs reports whether "let" at h proposes with its speakers: "let's",
// "let us".
func (r *run) letUs(h int) bool {
	o := r.child(h, "obj")
	return o >= 0 && r.lemma(o) == "we" || o >= 0 && strings.EqualFold(r.tok(o).Text, "'s")
}
