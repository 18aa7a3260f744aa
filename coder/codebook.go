package coder

import (
	"bufio"
	_ "embed"
	"io"
	"slices"
	"strconv"
	"strings"

	"chronicle"
)

//go:embed codebook.txt
var defaultCodebook string

// Entry is one codebook pattern: a trigger and the constraints it needs, and
// the PLOVER coding it yields.
type Entry struct {
	Kind     byte     // 'v' verb, 'n' noun, 'a' adjective
	Trigger  string   // lemma (or lower-cased form, for nouns such as "talks")
	Objects  []string // the trigger's object must have one of these lemmas
	Particle string   // required particle ("call off")
	Preps    []string // required preposition of an oblique, which gives the recipient
	OptPreps []string // optional recipient prepositions
	Xcomp    bool     // needs an open complement ("tell X to ...")

	Type     string
	Mode     string
	Contexts []string
	CAMEO    string

	Reciprocal bool // all parties are actors ("meet", "talks between")
	Speaker    bool // the actor is whoever says it ("X says Y's terms amount to capitulation")
	Military   bool // only with an armed subject ("troops advanced")
	Host       bool // the subject hosts; the object (the visitor) is the actor
	// NeedRecipient drops the event when no recipient is found: everyday
	// verbs ("help", "capture") are events only when aimed at an actor.
	NeedRecipient bool
	Intransitive  bool // only without a direct object ("demonstrated", not "demonstrates that")
	Content       bool // the event takes its mode from the embedded clause (REQUEST, THREATEN, REJECT)

	Source string // file:line, for messages
}

// specificity ranks entries that match the same trigger: the more constraints
// a pattern states, the more it is preferred.
func (e *Entry) specificity() int {
	n := 1
	if len(e.Objects) > 0 {
		n += 2
	}
	if e.Particle != "" {
		n += 2
	}
	if len(e.Preps) > 0 {
		n++
	}
	if e.Xcomp {
		n++
	}
	return n
}

func (e *Entry) key() string {
	var b strings.Builder
	b.WriteByte(e.Kind)
	b.WriteString(":" + e.Trigger)
	if len(e.Objects) > 0 {
		b.WriteString(" +" + strings.Join(e.Objects, "|"))
	}
	if e.Particle != "" {
		b.WriteString(" ~" + e.Particle)
	}
	if len(e.Preps) > 0 {
		b.WriteString(" @" + strings.Join(e.Preps, "|"))
	}
	if len(e.OptPreps) > 0 {
		b.WriteString(" ?" + strings.Join(e.OptPreps, "|"))
	}
	if e.Xcomp {
		b.WriteString(" >xcomp")
	}
	return b.String()
}

// Codebook maps triggers to entries, and lists the light verbs that lend their
// subject to a nominal event in their object ("launched an attack").
type Codebook struct {
	entries map[string][]*Entry // Kind + ":" + Trigger
	light   map[string]bool
}

func newCodebook() *Codebook {
	return &Codebook{entries: map[string][]*Entry{}, light: map[string]bool{}}
}

// DefaultCodebook returns the embedded codebook.
func DefaultCodebook() *Codebook {
	cb, err := ParseCodebook(strings.NewReader(defaultCodebook), "codebook.txt")
	if err != nil {
		panic("coder: embedded codebook: " + err.Error())
	}
	return cb
}

// LoadCodebook reads a user codebook (same format as codebook.txt) and
// returns it merged over the default: a user pattern replaces the default
// pattern with the same trigger and constraints, and type "-" deletes it.
func LoadCodebook(r io.Reader, name string) (*Codebook, error) {
	user, err := ParseCodebook(r, name)
	if err != nil {
		return nil, err
	}
	cb := DefaultCodebook()
	cb.Merge(user)
	return cb, nil
}

// Merge adds over's entries and light verbs to cb, replacing entries with the
// same pattern and deleting those over marks with type "-".
func (cb *Codebook) Merge(over *Codebook) {
	for k, list := range over.entries {
		for _, e := range list {
			kept := cb.entries[k][:0:0]
			for _, old := range cb.entries[k] {
				if old.key() != e.key() {
					kept = append(kept, old)
				}
			}
			if e.Type != "-" {
				kept = append(kept, e)
			}
			cb.entries[k] = kept
		}
	}
	for v, on := range over.light {
		cb.light[v] = on
	}
}

// Len returns the number of patterns.
func (cb *Codebook) Len() int {
	n := 0
	for _, l := range cb.entries {
		n += len(l)
	}
	return n
}

// Lookup returns the entries for a trigger of the given kind.
func (cb *Codebook) Lookup(kind byte, trigger string) []*Entry {
	return cb.entries[string(kind)+":"+trigger]
}

// Types returns the PLOVER types the codebook can produce.
func (cb *Codebook) Types() []string {
	seen := map[string]bool{}
	for _, l := range cb.entries {
		for _, e := range l {
			seen[e.Type] = true
		}
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

var validType = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range chronicle.EventTypes {
		m[t] = true
	}
	return m
}()

// ParseCodebook reads codebook lines; name is used in error messages. The
// format is described at the top of codebook.txt.
func ParseCodebook(r io.Reader, name string) (*Codebook, error) {
	cb := newCodebook()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		where := name + ":" + strconv.Itoa(line)
		if rest, ok := strings.CutPrefix(text, "light:"); ok {
			for _, v := range strings.Fields(rest) {
				cb.light[strings.ToLower(v)] = true
			}
			continue
		}
		e, err := parseEntry(text, where)
		if err != nil {
			return nil, err
		}
		k := string(e.Kind) + ":" + e.Trigger
		cb.entries[k] = append(cb.entries[k], e)
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "reading codebook: %v", err)
	}
	return cb, nil
}

func parseEntry(text, where string) (*Entry, error) {
	fields := strings.Split(text, ";")
	if len(fields) < 2 {
		return nil, chronicle.Errorf(chronicle.EINVALID, where, "want 'pattern ; TYPE ; mode ; contexts ; cameo ; flags', got %q", text)
	}
	for len(fields) < 6 {
		fields = append(fields, "")
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	e := &Entry{Source: where}
	words := strings.Fields(strings.ToLower(fields[0]))
	if len(words) == 0 {
		return nil, chronicle.Errorf(chronicle.EINVALID, where, "empty pattern")
	}
	head := words[0]
	e.Kind = 'v'
	if k, w, ok := strings.Cut(head, ":"); ok {
		switch k {
		case "n", "a", "v":
			e.Kind = k[0]
		default:
			return nil, chronicle.Errorf(chronicle.EINVALID, where, "unknown trigger kind %q (want v:, n: or a:)", k)
		}
		head = w
	}
	if head == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, where, "empty trigger")
	}
	e.Trigger = head
	for _, w := range words[1:] {
		if len(w) < 2 && w != ">xcomp" {
			return nil, chronicle.Errorf(chronicle.EINVALID, where, "bad constraint %q", w)
		}
		switch {
		case w == ">xcomp":
			e.Xcomp = true
		case w[0] == '+':
			e.Objects = strings.Split(w[1:], "|")
		case w[0] == '~':
			e.Particle = w[1:]
		case w[0] == '@':
			e.Preps = strings.Split(w[1:], "|")
		case w[0] == '?':
			e.OptPreps = strings.Split(w[1:], "|")
		default:
			return nil, chronicle.Errorf(chronicle.EINVALID, where, "bad constraint %q (want +object, ~particle, @prep, ?prep or >xcomp)", w)
		}
	}
	e.Type = strings.ToUpper(fields[1])
	if e.Type != "-" && !validType[e.Type] {
		return nil, chronicle.Errorf(chronicle.EINVALID, where, "unknown PLOVER type %q", fields[1])
	}
	e.Mode = fields[2]
	if e.Mode == "-" {
		e.Mode = ""
	}
	for _, c := range strings.FieldsFunc(fields[3], func(r rune) bool { return r == ',' || r == ' ' }) {
		if c != "-" {
			e.Contexts = append(e.Contexts, c)
		}
	}
	e.CAMEO = fields[4]
	if e.CAMEO == "-" {
		e.CAMEO = ""
	}
	for _, f := range strings.Fields(fields[5]) {
		switch f {
		case "recip":
			e.Reciprocal = true
		case "speaker":
			e.Speaker = true
		case "mil":
			e.Military = true
		case "content":
			e.Content = true
		case "host":
			e.Host = true
		case "needrecip":
			e.NeedRecipient = true
		case "intrans":
			e.Intransitive = true
		default:
			return nil, chronicle.Errorf(chronicle.EINVALID, where, "unknown flag %q (want recip, speaker, mil, host, needrecip, intrans or content)", f)
		}
	}
	return e, nil
}
