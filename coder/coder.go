package coder

import (
	"strings"
	"time"

	"chronicle"
)

// Actors is what the coder needs from actor resolution: the actor of the noun
// phrase headed by a token, all actors of a compound one ("the two
// countries"), and an actor's record.
type Actors interface {
	At(head int) (id string, ok bool)
	AtAll(head int) []string
	Get(id string) chronicle.Actor
}

// Located is a resolved place name covering tokens [First, Last).
type Located struct {
	First, Last int
	Place       chronicle.Place
}

// Dated is a resolved time expression covering tokens [First, Last).
type Dated struct {
	First, Last int
	Date        chronicle.Date
}

// Inputs are the other stages' results for one document.
type Inputs struct {
	Actors    Actors
	Places    []Located
	Dates     []Dated
	Published time.Time        // zero when unknown
	Dateline  *chronicle.Place // the wire dateline's place, if any: locates the lede's events
}

// Coder codes documents with one codebook. It is safe for concurrent use.
type Coder struct {
	cb *Codebook
}

// New returns a coder using cb (DefaultCodebook when nil).
func New(cb *Codebook) *Coder {
	if cb == nil {
		cb = DefaultCodebook()
	}
	return &Coder{cb: cb}
}

// Code returns the events and quotes of an annotated document. Events carry
// ids "e1", "e2", ... in order of first mention; participants point at the
// ids in.Actors gives.
func (c *Coder) Code(doc *chronicle.Document, in Inputs) ([]chronicle.Event, []chronicle.Quote) {
	if in.Actors == nil {
		in.Actors = noActors{}
	}
	r := newRun(c, doc, in)
	r.findQuotes()
	for s := range doc.Sentences {
		r.codeSentence(s)
	}
	events := r.finish()
	quotes := make([]chronicle.Quote, 0, len(r.quotes))
	for _, q := range r.quotes {
		quotes = append(quotes, q.Quote)
	}
	return events, quotes
}

type noActors struct{}

func (noActors) At(int) (string, bool)         { return "", false }
func (noActors) AtAll(int) []string            { return nil }
func (noActors) Get(id string) chronicle.Actor { return chronicle.Actor{ID: id} }

// cand is an event candidate found in one sentence, before merging.
type cand struct {
	trigger  int   // the token the codebook matched (the noun, for light verbs)
	verb     int   // the clause head the roles and modality come from
	extra    []int // further trigger tokens: light verb, object, particle
	entry    *Entry
	nominal  bool
	typ      string
	mode     string
	actor    []chronicle.Participant
	recip    []chronicle.Participant
	partners []chronicle.Participant // the other side of a reciprocal event
	mutual   bool                    // "accused each other": the actors act on one another
	ctx      clauseContext
	conf     float64
	absorbed bool // the content of another event, not an event of its own
	content  []*cand
	derived  bool   // made by a rule (deontic request, accusation), not by the codebook
	cameo    string // set when a rule changed the type; else the entry's code
}

type run struct {
	c     *Coder
	doc   *chronicle.Document
	in    Inputs
	kids  [][]int
	pub   time.Time
	used  map[int]bool // tokens consumed as part of a trigger
	cands []*cand

	quotes   []quote
	inQuote  []int // token -> index into quotes, -1 outside
	dateHead map[int]int
}

func newRun(c *Coder, doc *chronicle.Document, in Inputs) *run {
	r := &run{c: c, doc: doc, in: in, pub: in.Published, used: map[int]bool{}}
	r.kids = make([][]int, len(doc.Tokens))
	for i, t := range doc.Tokens {
		if t.Head >= 0 && t.Head < len(doc.Tokens) && t.Head != i {
			r.kids[t.Head] = append(r.kids[t.Head], i)
		}
	}
	r.inQuote = make([]int, len(doc.Tokens))
	for i := range r.inQuote {
		r.inQuote[i] = -1
	}
	return r
}

func (r *run) tok(i int) *chronicle.Token { return &r.doc.Tokens[i] }

func (r *run) lemma(i int) string {
	t := r.tok(i)
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

func (r *run) head(i int) int {
	h := r.tok(i).Head
	if h < 0 || h >= len(r.doc.Tokens) || h == i {
		return -1
	}
	return h
}

// rel returns the relation without its subtype.
func (r *run) rel(i int) string {
	rel, _, _ := strings.Cut(r.tok(i).Rel, ":")
	return rel
}

func (r *run) children(i int, rels ...string) []int {
	var out []int
	for _, k := range r.kids[i] {
		full := r.tok(k).Rel
		base, _, _ := strings.Cut(full, ":")
		for _, rel := range rels {
			if rel == full || rel == base {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

func (r *run) child(i int, rels ...string) int {
	if c := r.children(i, rels...); len(c) > 0 {
		return c[0]
	}
	return -1
}

// mistaggedPast are past forms of codebook verbs that the tagger, trained
// on web text where they are mostly nouns, reads as nouns in news ("troops
// shot dead two gunmen").
var mistaggedPast = set("shot")

// pastOnly are past forms of codebook verbs that are nothing else, so a
// noun tag on them is always the tagger's slip.
var pastOnly = set("fought", "withdrew", "retook", "overran", "froze")

// mistaggedVerb reports such a form used as a verb: followed by its
// particle or result ("shot dead", "shot down", "shot and killed"), or
// heading its clause after a subject.
func (r *run) mistaggedVerb(i int) bool {
	t := r.tok(i)
	if t.UPOS != "NOUN" || i == 0 || r.tok(i-1).Sentence != t.Sentence {
		return false
	}
	if pastOnly[strings.ToLower(t.Text)] {
		return true // no noun is spelled "fought"
	}
	if !mistaggedPast[strings.ToLower(t.Text)] {
		return false
	}
	if prev := r.tok(i - 1); prev.UPOS == "DET" || prev.UPOS == "ADJ" || prev.UPOS == "NUM" {
		return false // "a shot", "warning shots"
	}
	if i+1 < len(r.doc.Tokens) && r.tok(i+1).Sentence == t.Sentence {
		switch strings.ToLower(r.tok(i + 1).Text) {
		case "dead", "down", "and", "at":
			return true
		}
	}
	return r.child(i, "nsubj") >= 0 && r.child(i, "obj") >= 0
}

// adjectivalPassive reports a participle the tagger read as an adjective
// after "be" ("five officers were wounded when ..."): a passive verb.
func (r *run) adjectivalPassive(i int) bool {
	t := r.tok(i)
	if t.UPOS != "ADJ" || !strings.HasSuffix(strings.ToLower(t.Text), "ed") {
		return false
	}
	for _, k := range r.children(i, "cop") {
		if r.lemma(k) == "be" || r.lemma(k) == "get" {
			return true
		}
	}
	return false
}

// caseOf returns the preposition of a nominal dependent ("on" in "on Russia"):
// of a multiword one the first word when the parse fixes the rest to it
// ("according to" gives "according"), the last when it gives each word its
// own case ("out of" gives "of").
func (r *run) caseOf(i int) string {
	for n, k := range r.kids[i] {
		if r.tok(k).Rel == "case" {
			// "out of Kherson": of a two-word preposition the last word
			// says which way
			if n+1 < len(r.kids[i]) && r.kids[i][n+1] == k+1 && r.tok(k+1).Rel == "case" {
				return r.lemma(k + 1)
			}
			return r.lemma(k)
		}
	}
	for _, k := range r.kids[i] {
		if r.tok(k).Rel == "mark" {
			return r.lemma(k)
		}
	}
	return ""
}

// nominalContext is the context of an event noun: that of the predicate it
// depends on ("if Moscow is dragging its feet on a deal"), with a negation
// of its own only from "no".
func (r *run) nominalContext(n int) clauseContext {
	p := r.head(n)
	for steps := 0; p >= 0 && steps < 6 && !r.isVerb(p) && r.tok(p).UPOS != "ADJ"; steps++ {
		p = r.head(p)
	}
	if p < 0 || !r.isVerb(p) && r.tok(p).UPOS != "ADJ" {
		cx := clauseContext{modality: chronicle.Asserted, tense: chronicle.Present, reporter: -1, quote: r.inQuote[n]}
		return cx
	}
	cx := r.context(p)
	cx.negated = false
	for _, k := range r.children(n, "det") {
		if r.lemma(k) == "no" {
			cx.negated = true
		}
	}
	return cx
}

// verbalActs are the types whose verbs, used as adjectives, describe rather
// than report an act.
var verbalActs = set("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "THREATEN")

// verbLike reports whether token i is a verb, or a word the tagger took for
// a noun or adjective right after a modal or an infinitive "to" ("would
// amount to", "continuing to advance"): news syntax the treebank rarely shows.
func (r *run) verbLike(i int) bool {
	t := r.tok(i)
	if t.UPOS == "VERB" || r.adjectivalPassive(i) || r.mistaggedVerb(i) {
		return true
	}
	if (t.UPOS != "NOUN" && t.UPOS != "ADJ") || i == 0 || t.Sentence != r.tok(i-1).Sentence {
		return false
	}
	prev := r.tok(i - 1)
	if prev.XPOS == "MD" {
		return true
	}
	if strings.ToLower(prev.Text) == "to" && i >= 2 && r.tok(i-2).Sentence == t.Sentence {
		before := r.tok(i - 2)
		return before.UPOS == "VERB" || before.UPOS == "ADJ"
	}
	return false
}

func (r *run) isVerb(i int) bool {
	u := r.tok(i).UPOS
	return u == "VERB" || (u == "AUX" && r.head(i) < 0)
}

// purposeVerbs, as participles modifying a noun, say what a thing is for.
var purposeVerbs = set("aim", "design", "intend", "mean", "gear", "target")

// purposeOfThing reports whether verb i says what a thing is for rather
// than what someone does: "dialogue aimed at agreeing a ceasefire",
// "sanctions designed to punish Moscow". The thing itself may be an event;
// its purpose is not another one.
func (r *run) purposeOfThing(i int) bool {
	if rel := r.rel(i); rel != "advcl" && rel != "xcomp" {
		return false
	}
	h := r.head(i)
	return h >= 0 && purposeVerbs[r.lemma(h)] && r.tok(h).XPOS == "VBN" && r.rel(h) == "acl"
}

// codeSentence finds the candidates of sentence s, resolves their roles and
// context, and applies the rules that combine them.
func (r *run) codeSentence(s int) {
	sent := r.doc.Sentences[s]
	var found []*cand
	// Verb and adjective patterns first, so that their objects are consumed
	// before the nominal pass ("hold talks" is one event, not two).
	for i := sent.First; i < sent.Last; i++ {
		var kind byte
		switch {
		case r.verbLike(i):
			kind = 'v'
		case r.tok(i).UPOS == "ADJ":
			kind = 'a'
		default:
			continue
		}
		e, extra := r.match(kind, i)
		if e == nil && kind == 'v' && r.tok(i).UPOS == "ADJ" {
			e, extra = r.match('a', i)
		}
		if e != nil && kind == 'v' && verbalActs[e.Type] && !r.openingParticiple(i) && (r.tok(i).Rel == "amod" || r.tok(i).Rel == "acl" && r.byAgent(i) >= 0) {
			e = nil // "alleged misconduct", "the proposed changes": a description, not an act
		}
		if e != nil && kind == 'v' && r.purposeOfThing(i) {
			e = nil
		}
		if e != nil && kind == 'v' && e.Type == "ASSAULT" && r.roadAccident(i) {
			e = nil
		}
		if e != nil && kind == 'v' && e.Type == "RETREAT" && e.Mode == "release" && r.publishes(i) {
			e = nil
		}
		if e != nil {
			for _, x := range extra {
				r.used[x] = true
			}
			found = append(found, &cand{trigger: i, verb: i, extra: extra, entry: e, typ: e.Type, mode: e.Mode})
		}
	}
	for i := sent.First; i < sent.Last; i++ {
		if r.used[i] || r.isTrigger(found, i) || (r.tok(i).UPOS != "NOUN" && r.tok(i).UPOS != "PROPN") {
			continue
		}
		e, extra := r.match('n', i)
		if e == nil {
			continue
		}
		c := &cand{trigger: i, verb: i, extra: extra, entry: e, typ: e.Type, mode: e.Mode, nominal: true}
		// "lodged a complaint over the visit": a noun hung on another event
		// noun is that event's topic, not the light verb's object
		if h := r.lightVerb(i); h >= 0 && !r.isTrigger(found, h) && (r.head(i) == h || !r.isTrigger(found, r.head(i))) {
			c.verb = h
			c.extra = append(c.extra, h)
		}
		found = append(found, c)
	}
	for _, c := range found {
		r.roles(c)
		if c.nominal && c.verb == c.trigger {
			c.ctx = r.nominalContext(c.trigger)
		} else {
			c.ctx = r.context(c.verb)
		}
		if len(c.actor) == 0 && c.ctx.quote >= 0 && r.firstPersonSubject(c) {
			// "'We reject these accusations,' said Peskov": we is who speaks
			c.actor = r.quotes[c.ctx.quote].speaker
		}
	}
	r.inheritDoers(found)
	found = r.combine(s, found)
	r.cands = append(r.cands, found...)
}

// inheritDoers gives an act the doer of the coded act of its type that is
// its subject or, for a passive, its "in"/"by" phrase: "Saudi-led coalition
// airstrikes killed 20 civilians", "three soldiers were killed in a Russian
// missile strike". That other act is the same one and is absorbed.
func (r *run) inheritDoers(found []*cand) {
	for _, c := range found {
		if len(c.actor) > 0 || c.nominal {
			continue
		}
		subj, passive := r.subject(c.verb)
		if subj >= 0 && relativePronouns[r.lemma(subj)] && r.rel(c.verb) == "acl" {
			subj = r.head(c.verb) // "the attack that killed two Israelis"
		}
		doneBy := []int{subj}
		if passive || subj < 0 {
			// "three soldiers were killed in a Russian missile strike"
			doneBy = r.children(c.verb, "obl")
		}
		for _, s := range doneBy {
			if s < 0 || (s != subj && r.caseOf(s) != "in" && r.caseOf(s) != "by") {
				continue
			}
			for _, d := range found {
				if d != c && d.trigger == s && d.typ == c.typ && len(d.actor) > 0 && len(c.actor) == 0 {
					c.actor, d.absorbed = d.actor, true
				}
			}
		}
	}
}

// firstPersonSubject reports whether c's predicate has "we" or "I" as its
// subject.
func (r *run) firstPersonSubject(c *cand) bool {
	if c.nominal && c.verb == c.trigger {
		return false
	}
	s, _ := r.subject(c.verb)
	if s < 0 {
		return false
	}
	switch strings.ToLower(r.tok(s).Text) {
	case "we", "i":
		return true
	}
	return false
}

// openingParticiple reports a participle that opens its sentence before a
// comma ("Rejecting calls for a ceasefire, Israel said ..."): a clause
// whose subject is the main clause's, however the parse attached it.
func (r *run) openingParticiple(i int) bool {
	t := r.tok(i)
	if t.XPOS != "VBG" || i != r.doc.Sentences[t.Sentence].First {
		return false
	}
	sent := r.doc.Sentences[t.Sentence]
	for k := i + 1; k < sent.Last && k < i+12; k++ {
		if r.tok(k).Text == "," {
			return true
		}
	}
	return false
}

// mainSubject returns the subject of the root of token i's sentence, or -1.
func (r *run) mainSubject(i int) int {
	sent := r.doc.Sentences[r.tok(i).Sentence]
	for k := sent.First; k < sent.Last; k++ {
		if r.head(k) < 0 {
			if s, _ := r.subject(k); s >= 0 && s > i {
				return s
			}
			return -1
		}
	}
	return -1
}

// byAgent returns the "by" phrase of a passive, or -1.
func (r *run) byAgent(v int) int {
	for _, k := range r.children(v, "obl") {
		if r.caseOf(k) == "by" {
			return k
		}
	}
	return -1
}

// lightVerb returns the light verb whose object is event noun n ("staged
// demonstrations"), also when the parse hangs the noun one level lower in
// the object ("staged mass demonstrations Saturday"), or -1.
func (r *run) lightVerb(n int) int {
	x := n
	for steps := 0; steps < 2; steps++ {
		h := r.head(x)
		if h < 0 {
			return -1
		}
		switch r.rel(x) {
		case "obj":
			if (r.isLight(h) || receivingVerbs[r.lemma(h)]) && r.isVerb(h) && !r.hyphenParticiple(h) {
				return h // not "Saudi-led airstrikes" parsed as leading them
			}
			return -1
		case "obl":
			// "went on strike"; "arrived in Cairo for talks": who travels
			// for an event takes part in it
			if r.lemma(h) == "go" && r.caseOf(x) == "on" && r.isVerb(h) {
				return h
			}
			if travelVerbs[r.lemma(h)] && r.caseOf(x) == "for" && r.isVerb(h) {
				return h
			}
			// "placed under house arrest", "kept under siege"
			if (r.lemma(h) == "place" || r.lemma(h) == "put" || r.lemma(h) == "keep") && r.caseOf(x) == "under" && r.isVerb(h) {
				return h
			}
			return -1
		case "nmod", "compound", "conj":
			x = h
		default:
			return -1
		}
	}
	return -1
}

// travelVerbs take people to where an event happens.
var travelVerbs = set("arrive", "travel", "fly", "return", "go", "head", "come", "gather", "convene")

// isLight reports whether verb h is a light verb, by its lemma or, when the
// lemmatizer missed it ("resumed" as "resum"), by the stems of its form.
func (r *run) isLight(h int) bool {
	if r.c.cb.light[r.lemma(h)] {
		return true
	}
	for _, l := range stems(strings.ToLower(r.tok(h).Text)) {
		if r.c.cb.light[l] {
			return true
		}
	}
	return false
}

func (r *run) isTrigger(found []*cand, i int) bool {
	for _, c := range found {
		if c.trigger == i {
			return true
		}
	}
	return false
}

// match returns the most specific entry whose constraints hold at token i,
// and the tokens besides i that it covers (object, particle).
func (r *run) match(kind byte, i int) (*Entry, []int) {
	entries := r.c.cb.Lookup(kind, r.lemma(i))
	if len(entries) == 0 && kind == 'v' {
		// the lemmatizer's misses ("expelled" as "expell", "rioted" as "riote")
		for _, l := range stems(strings.ToLower(r.tok(i).Text)) {
			if entries = r.c.cb.Lookup(kind, l); len(entries) > 0 {
				break
			}
		}
	}
	if kind == 'n' {
		if form := strings.ToLower(r.tok(i).Text); form != r.lemma(i) {
			entries = append(entries[:len(entries):len(entries)], r.c.cb.Lookup(kind, form)...)
		}
	}
	var best *Entry
	var bestExtra []int
	bestScore := 0
	for _, e := range entries {
		extra, score, ok := r.holds(e, i)
		if ok && score > bestScore {
			best, bestExtra, bestScore = e, extra, score
		}
	}
	return best, bestExtra
}

func (r *run) holds(e *Entry, i int) (extra []int, score int, ok bool) {
	score = e.specificity()
	if e.Particle != "" {
		p := -1
		for _, k := range r.children(i, "compound", "advmod") {
			if r.lemma(k) == e.Particle {
				p = k
			}
		}
		for _, k := range r.children(i, "obl") {
			// "pulled its troops out of Kherson", "sealed off the West
			// Bank" parsed with the particle as a preposition
			for _, m := range r.children(k, "case") {
				if p < 0 && strings.ToLower(r.tok(m).Text) == e.Particle && (m+1 < k && r.rel(m+1) == "case" || m == i+1) {
					p = m
				}
			}
		}
		if p < 0 {
			return nil, 0, false
		}
		extra = append(extra, p)
	}
	if len(e.Objects) > 0 && e.Kind == 'n' {
		found := false
		for _, k := range r.children(i, "compound", "amod") {
			found = found || contains(e.Objects, r.lemma(k))
		}
		if !found {
			return nil, 0, false
		}
	} else if len(e.Objects) > 0 {
		o := r.objectOf(i)
		if o < 0 || !r.objectIs(o, e.Objects) {
			// "held thousands of refugees as human shields", "took two
			// tourists hostage": the pattern's word is what the object is
			// made, and the object stays who undergoes it
			if as := r.asRole(i, e.Objects); as >= 0 {
				return append(extra, as), score, true
			}
			return nil, 0, false
		}
		if e.Type == "ACCUSE" && !contains(e.Objects, r.lemma(o)) {
			// "guerrillas attacked a government outpost": an armed force
			// attacking what a word only modifies is no verbal attack
			if s, _ := r.subject(i); r.armed(s) {
				return nil, 0, false
			}
		}
		extra = append(extra, o)
	}
	if len(e.Preps) > 0 && r.prepArg(i, e.Preps) < 0 {
		return nil, 0, false
	}
	if len(e.OptPreps) > 0 && r.prepArg(i, e.OptPreps) >= 0 {
		score++
	}
	if e.Intransitive && r.child(i, "obj") >= 0 {
		return nil, 0, false
	}
	if e.Xcomp && !r.hasToClause(i) {
		return nil, 0, false
	}
	return extra, score, true
}

// asRole returns the dependent of verb i that says what its object is
// made ("as human shields", "hostage" after "took two tourists") when it is
// one of words; -1 if none.
func (r *run) asRole(i int, words []string) int {
	o := r.objectOf(i)
	if o < 0 {
		return -1
	}
	for _, k := range append(r.children(i, "obl", "xcomp", "advcl"), r.children(o, "nmod")...) {
		if (r.caseOf(k) == "as" || r.rel(k) == "xcomp" && r.caseOf(k) == "") && contains(words, r.lemma(k)) {
			return k
		}
	}
	return -1
}

// objectIs reports whether object o is one of words, or a measure of one
// ("5 million dollars of aid") or coordinated with one ("photographs and
// other intelligence").
func (r *run) objectIs(o int, words []string) bool {
	is := func(k int) bool {
		return contains(words, r.lemma(k)) || contains(words, strings.ToLower(r.tok(k).Text))
	}
	var look func(k, depth int) bool
	look = func(k, depth int) bool {
		if is(k) {
			return true
		}
		if depth == 2 {
			return false
		}
		for _, m := range r.kids[k] {
			switch r.tok(m).Rel {
			case "conj", "compound":
				// "aid deliveries", "photographs and other intelligence"
				if is(m) {
					return true
				}
			case "nmod":
				// "5 million dollars of aid", "part of a military aid
				// program", "$500 million in aid"
				if cs := r.caseOf(m); (cs == "of" || cs == "in" && (r.isMeasure(k) || r.child(k, "nummod") >= 0 || r.tok(k).UPOS == "NUM")) && look(m, depth+1) {
					return true
				}
			}
		}
		return false
	}
	return look(o, 0)
}

// isMeasure reports whether token k is an amount: a number, a currency
// sign or a noun a number counts ("$500 million", "two tonnes").
func (r *run) isMeasure(k int) bool {
	t := r.tok(k)
	if t.UPOS == "NUM" || t.UPOS == "SYM" {
		return true
	}
	return r.child(k, "nummod") >= 0
}

// objectOf returns the direct object of a verb, or its passive subject.
func (r *run) objectOf(i int) int {
	for _, o := range r.children(i, "obj") {
		if !timeWords[r.lemma(o)] {
			return o // "lifted Friday a blockade" parses Friday as an object too
		}
	}
	if o := r.child(i, "nsubj:pass"); o >= 0 {
		return o
	}
	for _, o := range r.children(i, "obl") {
		// "lifted Friday a blockade": the time word took the object's
		// place and pushed the object to a bare oblique
		if o > i && r.caseOf(o) == "" && !r.isTime(o) && r.tok(o).UPOS == "NOUN" {
			return o
		}
	}
	if h := r.head(i); r.tok(i).Rel == "amod" && h > i && r.afterNominal(i) && !r.c.cb.light[r.lemma(i)] {
		// "militants fired rockets": a finite verb the parse made a
		// modifier of its object
		return h
	}
	if r.tok(i).Rel == "acl:relcl" && r.child(i, "obj") < 0 {
		// "the accusation Yerevan denied": a relative clause's object is
		// the noun it modifies
		if h := r.head(i); h >= 0 && h < i && r.tok(h).UPOS == "NOUN" {
			return h
		}
	}
	if subj := r.children(i, "nsubj"); len(subj) >= 2 && subj[0] < subj[1] && subj[1] < i && r.tok(subj[0]).UPOS == "NOUN" {
		// the same clause misparsed with two subjects: a common noun
		// before the real subject is the fronted object
		return subj[0]
	}
	if o := r.objectBeforeParticiple(i); o >= 0 {
		return o
	}
	if h := r.head(i); h > i && r.rel(i) == "amod" && r.afterNominal(i) && r.tok(i).XPOS != "VBG" {
		// "the government eased restrictions" parsed as a noun phrase
		// "eased restrictions": the verb modifies its object
		return h
	}
	// "go on strike", "called off the talks" parsed with the noun as oblique
	return -1
}

// objectBeforeParticiple finds the object of a verb the parse left without
// one because it took the object for the subject of a participle that
// follows ("blocked the Europe Bridge spanning the Rhine") or the passive
// subject of a later participle that has no auxiliary, or for a subject of
// a verb above it ("…, officials said"): the noun phrase right after the verb
// whose head is such a subject.
func (r *run) objectBeforeParticiple(i int) int {
	sent := r.doc.Sentences[r.tok(i).Sentence]
	for k := i + 1; k < sent.Last && k <= i+6; k++ {
		switch r.tok(k).UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "NOUN", "PROPN":
		default:
			return -1
		}
		if r.rel(k) == "compound" || r.rel(k) == "flat" || r.rel(k) == "amod" {
			continue // a modifier inside the phrase: its head follows
		}
		h := r.head(k)
		if h < 0 {
			return -1
		}
		participle := (r.tok(h).XPOS == "VBG" || r.tok(h).XPOS == "VBN") && r.child(h, "aux") < 0
		if r.rel(k) == "nsubj" && h == k+1 && participle {
			return k
		}
		if r.tok(k).Rel == "nsubj:pass" && h > k && participle {
			// "meet U.N. mediator Diego Cordovez if he gave them a veto
			// over any settlement reached": a passive subject with no
			// auxiliary belongs to the verb before it
			return k
		}
		if strings.HasPrefix(r.rel(k), "nsubj") && h > k && r.head(i) == h && (r.rel(i) == "ccomp" || r.rel(i) == "parataxis") {
			// "Clinton imposed sanctions on the Taliban, the White House
			// said" parsed with "sanctions" as a subject of "said": a
			// reported clause cannot hold a subject of the verb reporting
			// it (an adverbial clause can: "After Iran attacked Israel
			// imposed sanctions")
			return k
		}
		return -1
	}
	return -1
}

// prepArg returns the oblique or nominal modifier of i introduced by one of
// preps, looking also at i's object ("imposed sanctions on Russia" attaches
// "on Russia" to either).
func (r *run) prepArg(i int, preps []string) int {
	look := []int{i}
	if o := r.objectOf(i); o >= 0 {
		look = append(look, o)
	}
	for _, h := range look {
		for _, k := range r.children(h, "obl", "nmod", "advcl", "ccomp", "xcomp") {
			if contains(preps, r.caseOf(k)) && !timeWords[r.lemma(k)] {
				return k
			}
		}
	}
	if r.tok(i).UPOS == "NOUN" {
		// "China's threat to invade Taiwan": a noun's "to" clause
		for _, k := range r.children(i, "acl") {
			if contains(preps, r.caseOf(k)) && r.isVerb(k) {
				return k
			}
		}
	}
	for _, h := range look {
		// "launched a mediation effort on Saturday between A and B": the
		// parse hangs the phrase after a date on the date
		for _, t := range r.children(h, "obl", "nmod") {
			if !r.isTime(t) {
				continue
			}
			for _, k := range r.children(t, "nmod") {
				if contains(preps, r.caseOf(k)) && !r.isTime(k) {
					return k
				}
			}
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasToClause reports whether i has an open "to" complement, also when the
// parser attached it as an adverbial clause or, after an object, as a
// clause modifying the object ("ordered the newspaper to suspend").
func (r *run) hasToClause(i int) bool {
	if r.child(i, "xcomp") >= 0 {
		return true
	}
	for _, k := range r.children(i, "advcl") {
		if r.caseOf(k) == "to" {
			return true
		}
	}
	for _, k := range r.children(i, "obl") {
		// "offered to hand over": an infinitive the tagger read as a noun,
		// bare right after "to", that the codebook knows only as a verb
		if k == i+2 && r.caseOf(k) == "to" && r.tok(k).XPOS == "NN" && len(r.kids[k]) == 1 &&
			len(r.c.cb.Lookup('v', r.lemma(k))) > 0 && len(r.c.cb.Lookup('n', r.lemma(k))) == 0 {
			return true
		}
	}
	// "ordered the newspaper to suspend publication" parsed with the
	// clause hung on the object
	if o := r.child(i, "obj"); o >= 0 && objectControl[r.lemma(i)] {
		for _, k := range r.children(o, "acl") {
			if r.caseOf(k) == "to" && r.isVerb(k) {
				return true
			}
		}
	}
	return false
}

// irregularPast maps the irregular past forms of verbs that report
// political events to their base form, for when the lemmatizer misses them
// ("Putin met Erdogan" parsed as a noun phrase).
var irregularPast = map[string]string{
	"met": "meet", "held": "hold", "led": "lead", "sought": "seek", "struck": "strike",
	"fought": "fight", "shot": "shoot", "sent": "send", "told": "tell", "gave": "give",
	"given": "give", "took": "take", "taken": "take", "made": "make", "brought": "bring",
	"began": "begin", "begun": "begin", "withdrew": "withdraw", "withdrawn": "withdraw",
	"froze": "freeze", "frozen": "freeze", "broke": "break", "broken": "break",
	"spoke": "speak", "spoken": "speak", "stole": "steal", "stolen": "steal",
	"overthrew": "overthrow", "overthrown": "overthrow", "forbade": "forbid",
	"forbidden": "forbid", "swore": "swear", "sworn": "swear", "threw": "throw",
	"thrown": "throw", "drove": "drive", "driven": "drive", "fled": "flee",
	"bought": "buy", "sold": "sell", "lent": "lend", "won": "win", "lost": "lose", "beaten": "beat",
	"slew": "slay", "slain": "slay", "rode": "ride", "stood": "stand", "kept": "keep",
	"left": "leave", "upheld": "uphold", "undertook": "undertake", "overran": "overrun",
	"shook": "shake", "wrote": "write", "written": "write", "bade": "bid",
	"hid": "hide", "withheld": "withhold", "shut": "shut", "cut": "cut", "laid": "lay",
	"retook": "retake", "retaken": "retake", "forsook": "forsake",
}

// stems guesses the base forms of an inflected English verb by its regular
// endings, doubled consonants and silent e included, and by the irregular
// past forms above.
func stems(form string) []string {
	var out []string
	if base, ok := irregularPast[form]; ok {
		out = append(out, base)
	}
	add := func(stem string) {
		if len(stem) < 2 {
			return
		}
		out = append(out, stem, stem+"e")
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(form, "ied"), strings.HasSuffix(form, "ies"):
		out = append(out, form[:len(form)-3]+"y")
	case strings.HasSuffix(form, "ing"):
		add(form[:len(form)-3])
	case strings.HasSuffix(form, "ed"):
		add(form[:len(form)-2])
	case strings.HasSuffix(form, "es"):
		out = append(out, form[:len(form)-2], form[:len(form)-1])
	case strings.HasSuffix(form, "s"):
		out = append(out, form[:len(form)-1])
	}
	return out
}
