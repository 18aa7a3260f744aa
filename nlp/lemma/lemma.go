package lemma

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"slices"
	"strings"
)

// Lemmatizer maps (form, XPOS) to a lemma.
type Lemmatizer struct {
	exceptions map[string]string // key form+"\t"+xpos
	// rules holds the suffix rules by tag, then suffix: a lookup by a suffix
	// of the word needs no key built, and the word's tag is looked up once,
	// not once per suffix length.
	rules map[string]map[string]rule
	lex   *Lexicon // checks the rules' answers; nil: rules alone
}

// UseLexicon makes the lemmatizer check its rules' answers against x (nil
// for rules alone).
func (l *Lemmatizer) UseLexicon(x *Lexicon) { l.lex = x }

// rule replaces a word's ending strip by add.
type rule struct{ strip, add string }

const maxSuffix = 6

func key(form, xpos string) string { return form + "\t" + xpos }

// normal returns the form the rules work on: proper nouns as written, other
// words lower-cased ("I" stays "I", as UD English has it).
func normal(form, xpos string) string {
	if strings.HasPrefix(xpos, "NNP") || xpos == "ADD" || form == "I" {
		return form
	}
	return strings.ToLower(form)
}

// Lemma returns the lemma of form with tag xpos.
func (l *Lemmatizer) Lemma(form, xpos string) string {
	// Keys are built in a stack buffer: a map lookup by string(bytes) does
	// not allocate, where form+"\t"+xpos did for every word.
	var buf [64]byte
	if lem, ok := l.exceptions[string(appendKey(buf[:0], form, xpos))]; ok {
		return lem
	}
	w := normal(form, xpos)
	if w == form {
		return l.apply(w, xpos) // its exception was just looked up
	}
	if lem, ok := l.exceptions[string(appendKey(buf[:0], w, xpos))]; ok {
		return lem
	}
	return l.apply(w, xpos)
}

func appendKey(b []byte, a, c string) []byte {
	b = append(b, a...)
	b = append(b, '\t')
	return append(b, c...)
}

func (l *Lemmatizer) apply(w, xpos string) string {
	lem := l.applyRules(w, xpos)
	if l.lex != nil {
		return l.lex.settle(w, xpos, lem)
	}
	return lem
}

func (l *Lemmatizer) applyRules(w, xpos string) string {
	rules := l.rules[xpos]
	// The longest known suffix decides.
	for k := min(maxSuffix, len(w)); k >= 0; k-- {
		if r, ok := rules[w[len(w)-k:]]; ok && strings.HasSuffix(w, r.strip) && len(w)-len(r.strip) >= 3 {
			return w[:len(w)-len(r.strip)] + r.add
		}
	}
	return w
}

// addRule adds the rule of a tag and suffix.
func (l *Lemmatizer) addRule(tag, suffix string, r rule) {
	if l.rules[tag] == nil {
		l.rules[tag] = map[string]rule{}
	}
	l.rules[tag][suffix] = r
}

// ruleFor returns the edit that turns w into lemma.
func ruleFor(w, lemma string) rule {
	i := 0
	for i < len(w) && i < len(lemma) && w[i] == lemma[i] {
		i++
	}
	return rule{strip: w[i:], add: lemma[i:]}
}

// Example is one training word.
type Example struct{ Form, XPOS, Lemma string }

// Train learns rules and exceptions from examples.
func Train(examples []Example) *Lemmatizer {
	counts := map[string]map[rule]int{}
	for _, e := range examples {
		w := normal(e.Form, e.XPOS)
		r := ruleFor(w, e.Lemma)
		if len(r.strip) > maxSuffix {
			continue // suppletion ("went" → "go") is for the exceptions
		}
		for k := len(r.strip); k <= min(maxSuffix, len(w)); k++ {
			kk := e.XPOS + "\t" + w[len(w)-k:]
			if counts[kk] == nil {
				counts[kk] = map[rule]int{}
			}
			counts[kk][r]++
		}
	}
	l := &Lemmatizer{rules: map[string]map[string]rule{}, exceptions: map[string]string{}}
	for kk, rs := range counts {
		var best rule
		bestN, total := 0, 0
		for r, n := range rs {
			total += n
			if n > bestN || (n == bestN && r.strip+r.add < best.strip+best.add) {
				best, bestN = r, n
			}
		}
		if total >= 2 || len(strings.SplitN(kk, "\t", 2)[1]) <= 1 {
			tag, suffix, _ := strings.Cut(kk, "\t")
			l.addRule(tag, suffix, best)
		}
	}
	// Most frequent lemma of each (form, tag) the rules get wrong.
	lemmas := map[string]map[string]int{}
	for _, e := range examples {
		k := key(normal(e.Form, e.XPOS), e.XPOS)
		if lemmas[k] == nil {
			lemmas[k] = map[string]int{}
		}
		lemmas[k][e.Lemma]++
	}
	for k, ls := range lemmas {
		best, bestN := "", 0
		for lem, n := range ls {
			if n > bestN || (n == bestN && lem < best) {
				best, bestN = lem, n
			}
		}
		form, xpos, _ := strings.Cut(k, "\t")
		if l.applyRules(form, xpos) != best {
			l.exceptions[k] = best
		}
	}
	return l
}

// Marshal writes the rules and exceptions as compressed text.
func (l *Lemmatizer) Marshal() []byte {
	// Sorted lines: the same lemmatizer always writes the same bytes.
	var lines []string
	for tag, rules := range l.rules {
		for suffix, r := range rules {
			lines = append(lines, "r\t"+tag+"\t"+suffix+"\t"+r.strip+"\t"+r.add+"\n")
		}
	}
	for k, lem := range l.exceptions {
		lines = append(lines, "e\t"+k+"\t"+lem+"\n")
	}
	slices.Sort(lines)
	var b bytes.Buffer
	for _, line := range lines {
		b.WriteString(line)
	}
	var out bytes.Buffer
	out.WriteString("LEM1")
	w, _ := flate.NewWriter(&out, flate.BestCompression)
	w.Write(b.Bytes())
	w.Close()
	return out.Bytes()
}

// Load reads a lemmatizer written by Marshal.
func Load(data []byte) (*Lemmatizer, error) {
	if !bytes.HasPrefix(data, []byte("LEM1")) {
		return nil, errors.New("lemma: not a lemmatizer model (bad magic)")
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data[4:])))
	if err != nil {
		return nil, errors.New("lemma: corrupt model: " + err.Error())
	}
	l := &Lemmatizer{rules: map[string]map[string]rule{}, exceptions: map[string]string{}}
	for line := range strings.Lines(string(raw)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		switch {
		case len(f) == 5 && f[0] == "r":
			l.addRule(f[1], f[2], rule{f[3], f[4]})
		case len(f) == 4 && f[0] == "e":
			l.exceptions[f[1]+"\t"+f[2]] = f[3]
		default:
			return nil, errors.New("lemma: corrupt model line " + line)
		}
	}
	return l, nil
}
