package resolve

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"chronicle"
	"chronicle/kb"
)

// Actors are the actors of one document, in order of first mention, and the
// state needed to resolve further mentions of it.
type Actors struct {
	List []chronicle.Actor

	doc        *chronicle.Document
	kb         *kb.KB
	at         time.Time
	byKey      map[string]int // identity key → index in List
	gender     map[int]string // index in List → "m" / "f"
	mentions   []mention      // every resolved mention, for pronouns and short names
	memo       map[int][]string
	fuzzyMemo  map[string]string
	places     PlaceFinder
	inSentence map[int][]string // sentence → the countries it names, in order
	names      map[[2]int]nameMatch
}

// nameMatch memoises nameAt.
type nameMatch struct {
	n       int
	matches []kb.Match
}

// PlaceFinder returns the country of a place name the knowledge base does
// not know ("Tel Aviv", "Calgary"), preferring the countries given; a
// gazetteer provides it (see ResolveWith).
type PlaceFinder func(name string, countries []string) (country string, ok bool)

// mention is a resolved span of tokens [first, last).
type mention struct {
	first, last int
	actor       int
}

// candidate is an actor a phrase stands for, before it gets an id.
type candidate struct {
	key    string // identity: the same key is the same actor
	actor  chronicle.Actor
	gender string
}

// Resolve links every entity mention of doc to an actor (setting
// doc.Entities[i].Actor) and finds the actors named by knowledge-base names
// and demonym-led groups ("Russian forces"). Places named only as places ("in
// St. Petersburg") get no actor. published is the article's date, for
// offices; the zero time means the date is unknown.
func Resolve(doc *chronicle.Document, published time.Time, k *kb.KB) *Actors {
	return ResolveWith(doc, published, k, nil)
}

// ResolveWith is Resolve with a gazetteer for places the knowledge base
// lacks: people and groups there take the place's country ("settlers in
// Hebron"), and so do the places themselves when the text uses them as
// actors. places may be nil.
func ResolveWith(doc *chronicle.Document, published time.Time, k *kb.KB, places PlaceFinder) *Actors {
	if published.IsZero() {
		published = time.Now()
	}
	a := &Actors{doc: doc, kb: k, at: published, byKey: map[string]int{}, gender: map[int]string{}, memo: map[int][]string{},
		fuzzyMemo: map[string]string{}, places: places, inSentence: map[int][]string{},
		names: map[[2]int]nameMatch{}}
	covered := make([]bool, len(doc.Tokens))
	type span struct{ first, last, entity int }
	var spans []span
	for i, e := range doc.Entities {
		if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last {
			continue
		}
		if covered[e.First] {
			continue // inside a name found across entities before it
		}
		last := e.Last
		if n, _ := a.nameAt(e.First, len(doc.Tokens)); e.First+n > last && a.isEntityStart(e.First+n-1) {
			// the recognizer split a name the knowledge base has whole:
			// "Bosnia" and "Herzegovina", "Trinidad" and "Tobago"
			last = e.First + n
		}
		spans = append(spans, span{e.First, last, i})
		for t := e.First; t < last; t++ {
			covered[t] = true
		}
	}
	for i := 0; i < len(doc.Tokens); i++ {
		if covered[i] {
			continue
		}
		if n, _ := a.nameAt(i, len(doc.Tokens)); n > 0 && !overlaps(covered, i, i+n) {
			spans = append(spans, span{i, i + n, -1})
			for t := i; t < i+n; t++ {
				covered[t] = true
			}
			i += n - 1
		}
	}
	sort.Slice(spans, func(x, y int) bool { return spans[x].first < spans[y].first })
	groups := a.demonymGroups(covered)
	gi := 0
	for _, s := range spans {
		for gi < len(groups) && groups[gi][0] < s.first {
			a.At(groups[gi][1])
			gi++
		}
		if a.isPlace(s.first, s.last) {
			continue
		}
		id, ok := a.resolveName(s.first, s.last)
		if ok && s.entity >= 0 {
			for j := range doc.Entities {
				// the entity and any the span's name took in
				if e := doc.Entities[j]; j == s.entity || e.First > s.first && e.Last <= s.last {
					doc.Entities[j].Actor = id
				}
			}
		}
	}
	for ; gi < len(groups); gi++ {
		a.At(groups[gi][1])
	}
	return a
}

// isEntityStart reports whether token t lies in a recognized entity.
func (a *Actors) isEntityStart(t int) bool {
	for _, e := range a.doc.Entities {
		if e.First <= t && t < e.Last {
			return true
		}
	}
	return false
}

func overlaps(covered []bool, first, last int) bool {
	for t := first; t < last; t++ {
		if covered[t] {
			return true
		}
	}
	return false
}

// At returns the actor for the noun phrase headed by token head, adding it
// when it is new. A plural or compound phrase returns its first actor; see
// AtAll.
func (a *Actors) At(head int) (id string, ok bool) {
	ids := a.AtAll(head)
	if len(ids) == 0 {
		return "", false
	}
	return ids[0], true
}

// AtAll returns every actor the phrase headed by token head stands for:
// "Russia and Ukraine" gives both, "the two countries" the two countries
// mentioned last before it.
func (a *Actors) AtAll(head int) []string {
	if head < 0 || head >= len(a.doc.Tokens) {
		return nil
	}
	if ids, ok := a.memo[head]; ok {
		return ids
	}
	if calendarNames[lower(a.doc.Tokens[head])] {
		return nil // "on Sunday", "last July": when, not who
	}
	a.memo[head] = nil // guards against cycles through possessors
	first, last := a.phraseSpan(head)
	if id, ok := a.nameAcross(first, head); ok {
		// "the Democratic People's Republic of Korea" parsed with its
		// head inside the name: the name, not the words the parse kept
		a.memo[head] = []string{id}
		return a.memo[head]
	}
	ids := a.collective(first, head)
	if ids == nil {
		ids = a.coordinated(first, head, last)
	}
	a.memo[head] = ids
	return ids
}

// nameAcross resolves a knowledge-base name that starts in [first, head]
// and runs past head, which a parse that split the name leaves out of the
// phrase.
func (a *Actors) nameAcross(first, head int) (string, bool) {
	for j := first; j <= head; j++ {
		n, ms := a.nameAt(j, a.sentenceEnd(j))
		if n == 0 || j+n-1 <= head || len(ms) == 0 {
			continue
		}
		return a.resolveName(j, j+n)
	}
	return "", false
}

// AtSpan resolves the phrase written in tokens [first, last), as a gold
// standard marks it, to every actor it names.
func (a *Actors) AtSpan(first, last int) []string {
	if first < 0 || last > len(a.doc.Tokens) || first >= last {
		return nil
	}
	head := a.spanHead(first, last)
	if ids := a.collective(first, head); ids != nil {
		return ids
	}
	return a.coordinated(first, head, last)
}

// Get returns the actor with the id, or the zero Actor.
func (a *Actors) Get(id string) chronicle.Actor {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "a"))
	if err != nil || n < 1 || n > len(a.List) {
		return chronicle.Actor{}
	}
	return a.List[n-1]
}

// add records a mention of the candidate over tokens [first, last) and
// returns the actor's id; an existing actor gains only the fields it lacked.
func (a *Actors) add(c candidate, first, last int) string {
	i, ok := a.byKey[c.key]
	if !ok {
		i = len(a.List)
		c.actor.ID = "a" + strconv.Itoa(i+1)
		c.actor.Mentions = nil
		a.List = append(a.List, c.actor)
		a.byKey[c.key] = i
	} else {
		old := &a.List[i]
		if old.Country == "" {
			old.Country = c.actor.Country
		}
		if old.Sector == "" {
			old.Sector = c.actor.Sector
		}
		if old.Role == "" {
			old.Role = c.actor.Role
		}
	}
	if c.gender != "" {
		a.gender[i] = c.gender
	}
	sp := a.doc.Span(first, last)
	seen := false
	for _, m := range a.List[i].Mentions {
		if m == sp {
			seen = true
		}
	}
	if !seen {
		a.List[i].Mentions = append(a.List[i].Mentions, sp)
		a.mentions = append(a.mentions, mention{first, last, i})
	}
	return a.List[i].ID
}

func (a *Actors) text(first, last int) string { return a.doc.SpanText(first, last) }

// Government returns the actor for the government of the country with the
// code, adding it without a mention when the text never named it: the coder
// needs it as the implicit target of domestic acts (PLOVER codes a protest
// in Serbia as aimed at the Serbian state even when no official is named).
func (a *Actors) Government(code string) (id string, ok bool) {
	c, found := a.kb.Country(code)
	if !found {
		return "", false
	}
	cand := a.stateCandidate(code, "GOV", c.Name+" government")
	return a.unmentioned(cand), true
}

// unmentioned returns the ID of the actor cand stands for, adding it without
// a mention the first time.
func (a *Actors) unmentioned(cand candidate) string {
	if i, seen := a.byKey[cand.key]; seen {
		return a.List[i].ID
	}
	i := len(a.List)
	cand.actor.ID = "a" + strconv.Itoa(i+1)
	a.List = append(a.List, cand.actor)
	a.byKey[cand.key] = i
	return cand.actor.ID
}

// UnknownIn returns the actor for unidentified perpetrators in the country
// with the code, adding it without a mention: the coder gives it to attacks
// reported only by their weapon and victims ("killed in a car bombing in
// Baghdad"), which PLOVER codes to the country they happen in.
func (a *Actors) UnknownIn(code string) (id string, ok bool) {
	c, found := a.kb.Country(code)
	if !found {
		return "", false
	}
	cand := candidate{key: "unknown:" + code, actor: chronicle.Actor{
		Name: "unidentified attackers in " + c.Name, Type: chronicle.ActorGroup, Country: chronicle.NullString(code)}}
	return a.unmentioned(cand), true
}
