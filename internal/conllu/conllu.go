package conllu

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"

	"chronicle"
)

// ParseString parses CoNLL-U held in a string; see Parse.
func ParseString(s string) ([]*chronicle.Document, error) {
	return Parse(strings.NewReader(s))
}

// Parse reads CoNLL-U from r and returns one Document per "# newdoc" block.
func Parse(r io.Reader) ([]*chronicle.Document, error) {
	p := parser{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		p.line++
		if err := p.feed(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "conllu", "line %d: %v", p.line+1, err)
	}
	if err := p.endSentence(); err != nil {
		return nil, err
	}
	p.endDocument()
	return p.docs, nil
}

// word is one syntactic word line, kept until the sentence ends because heads
// may point forward.
type word struct {
	form, lemma, upos, xpos, rel string
	head                         int // 1-based within the sentence, 0 for root, -1 unknown
	ner                          string
	mwtFirst, mwtLast            int // the multiword token covering it, if any
	line                         int
}

type mwt struct {
	first, last int
	form        string
}

type parser struct {
	docs []*chronicle.Document
	doc  *chronicle.Document
	line int

	// the sentence being read
	text      string
	hasText   bool
	words     []word
	mwts      []mwt
	startLine int
}

func (p *parser) errorf(line int, format string, args ...any) error {
	return chronicle.Errorf(chronicle.EINVALID, "conllu", "line %d: "+format, append([]any{line}, args...)...)
}

func (p *parser) feed(line string) error {
	line = strings.TrimRight(line, "\r")
	switch {
	case strings.TrimSpace(line) == "":
		return p.endSentence()
	case strings.HasPrefix(line, "#"):
		key, value, _ := strings.Cut(strings.TrimSpace(line[1:]), "=")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch {
		case key == "newdoc" || strings.HasPrefix(key, "newdoc "):
			if err := p.endSentence(); err != nil {
				return err
			}
			p.endDocument()
		case key == "text":
			p.text, p.hasText = value, true
		}
		return nil
	}
	if len(p.words) == 0 && len(p.mwts) == 0 {
		p.startLine = p.line
	}
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return p.errorf(p.line, "want 10 tab-separated columns, got %d", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return p.errorf(p.line, "bad multiword token range %q", id)
		}
		p.mwts = append(p.mwts, mwt{first: first, last: last, form: cols[1]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(p.words)+1 {
		return p.errorf(p.line, "word id %q out of sequence (want %d)", id, len(p.words)+1)
	}
	head := -1
	if cols[6] != "_" {
		head, err = strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return p.errorf(p.line, "bad head %q", cols[6])
		}
	}
	w := word{
		form: cols[1], lemma: blank(cols[2]), upos: blank(cols[3]), xpos: blank(cols[4]),
		head: head, rel: blank(cols[7]), line: p.line,
	}
	for _, kv := range strings.Split(cols[9], "|") {
		if v, ok := strings.CutPrefix(kv, "NER="); ok {
			w.ner = v
		}
	}
	if k := len(p.mwts) - 1; k >= 0 && n >= p.mwts[k].first && n <= p.mwts[k].last {
		w.mwtFirst, w.mwtLast = p.mwts[k].first, p.mwts[k].last
	}
	if w.form == "" {
		return p.errorf(p.line, "empty word form")
	}
	p.words = append(p.words, w)
	return nil
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func (p *parser) endDocument() {
	if p.doc != nil {
		p.docs = append(p.docs, p.doc)
		p.doc = nil
	}
}

func (p *parser) endSentence() error {
	defer func() { p.text, p.hasText, p.words, p.mwts = "", false, nil, nil }()
	if len(p.words) == 0 {
		return nil
	}
	for i, w := range p.words {
		if w.head > len(p.words) {
			return p.errorf(w.line, "head %d beyond the sentence's %d words", w.head, len(p.words))
		}
		if w.head == i+1 {
			return p.errorf(w.line, "word is its own head")
		}
	}
	if !p.hasText {
		p.text = p.rebuildText()
	}
	if p.doc == nil {
		p.doc = &chronicle.Document{}
	}
	d := p.doc
	if d.Text != "" {
		d.Text += " "
	}
	base := len(d.Text)
	d.Text += p.text
	first := len(d.Tokens)
	sentence := len(d.Sentences)

	starts, ends, err := p.locate()
	if err != nil {
		return err
	}
	for i, w := range p.words {
		head := -1
		if w.head > 0 {
			head = first + w.head - 1
		}
		d.Tokens = append(d.Tokens, chronicle.Token{
			Text: w.form, Start: base + starts[i], End: base + ends[i], Sentence: sentence,
			UPOS: w.upos, XPOS: w.xpos, Lemma: w.lemma, Head: head, Rel: w.rel,
		})
	}
	d.Sentences = append(d.Sentences, chronicle.Sentence{
		Start: base, End: base + len(p.text), First: first, Last: len(d.Tokens),
	})
	return p.addEntities(d, first)
}

// rebuildText writes the sentence from its surface tokens when "# text" is
// missing, honouring SpaceAfter=No only as far as forms go: one space between
// tokens is the safe default for hand-written fixtures.
func (p *parser) rebuildText() string {
	var b strings.Builder
	for i := 0; i < len(p.words); i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		w := p.words[i]
		if w.mwtFirst > 0 {
			for _, m := range p.mwts {
				if m.first == i+1 {
					b.WriteString(m.form)
					i = m.last - 1
					break
				}
			}
			continue
		}
		b.WriteString(w.form)
	}
	return b.String()
}

// locate finds each word's byte span in the sentence text.
func (p *parser) locate() (starts, ends []int, err error) {
	starts, ends = make([]int, len(p.words)), make([]int, len(p.words))
	cursor := 0
	for i := 0; i < len(p.words); i++ {
		w := p.words[i]
		if w.mwtFirst == 0 {
			s, ok := find(p.text, cursor, w.form)
			if !ok {
				return nil, nil, p.errorf(w.line, "word %q not found in the sentence text after byte %d", w.form, cursor)
			}
			starts[i], ends[i], cursor = s, s+len(w.form), s+len(w.form)
			continue
		}
		var surface string
		for _, m := range p.mwts {
			if m.first == w.mwtFirst {
				surface = m.form
			}
		}
		s, ok := find(p.text, cursor, surface)
		if !ok {
			return nil, nil, p.errorf(w.line, "multiword token %q not found in the sentence text after byte %d", surface, cursor)
		}
		e := s + len(surface)
		inner := s
		for j := w.mwtFirst - 1; j < w.mwtLast && j < len(p.words); j++ {
			f := p.words[j].form
			if k := strings.Index(strings.ToLower(p.text[inner:e]), strings.ToLower(f)); k >= 0 {
				starts[j], ends[j] = inner+k, inner+k+len(f)
				inner += k + len(f)
			} else {
				starts[j], ends[j] = s, e
			}
		}
		i = w.mwtLast - 1
		cursor = e
	}
	return starts, ends, nil
}

// find returns where form starts in text at or after cursor, allowing only
// white space (including Unicode spaces) in between.
func find(text string, cursor int, form string) (int, bool) {
	rest := strings.TrimLeftFunc(text[cursor:], unicode.IsSpace)
	if strings.HasPrefix(rest, form) {
		return len(text) - len(rest), true
	}
	return 0, false
}

func (p *parser) addEntities(d *chronicle.Document, first int) error {
	open := -1
	var typ string
	closeAt := func(end int) {
		if open >= 0 {
			d.Entities = append(d.Entities, chronicle.EntityMention{
				First: open, Last: end, Start: d.Tokens[open].Start, End: d.Tokens[end-1].End, Type: typ,
			})
			open = -1
		}
	}
	for i, w := range p.words {
		t := first + i
		tag := w.ner
		switch {
		case tag == "" || tag == "O":
			closeAt(t)
		case strings.HasPrefix(tag, "B-"):
			closeAt(t)
			open, typ = t, tag[2:]
		case strings.HasPrefix(tag, "I-"):
			if open < 0 || typ != tag[2:] {
				return p.errorf(w.line, "NER tag %q does not continue an entity of that type", tag)
			}
		default:
			return p.errorf(w.line, "NER tag %q is not IOB2 (want B-X, I-X or O)", tag)
		}
	}
	closeAt(first + len(p.words))
	return nil
}
