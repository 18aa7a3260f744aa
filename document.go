package chronicle

// Document is an article's text as the NLP layer sees it: sentences, tokens with
// byte offsets, tags, lemmas, a dependency tree per sentence, and entity mentions.
// Later stages read it; only the nlp packages write it.
type Document struct {
	Text      string
	Sentences []Sentence
	Tokens    []Token
	Entities  []EntityMention
}

// Sentence is a sentence's byte span and its tokens, Tokens[First:Last].
type Sentence struct {
	Start, End  int
	First, Last int
}

// Token is one word or punctuation mark. Head indexes Document.Tokens (not the
// sentence), and is -1 for the root of its sentence.
type Token struct {
	Text       string
	Start, End int
	Sentence   int
	UPOS, XPOS string
	Lemma      string
	Head       int
	Rel        string // Universal Dependencies relation, with subtype ("nsubj:pass")
}

// EntityMention is a named entity found by the recognizer: tokens [First, Last).
type EntityMention struct {
	First, Last int
	Start, End  int
	Type        string
	Actor       string // actor id, once resolved
}

// SentenceTokens returns the tokens of sentence s.
func (d *Document) SentenceTokens(s int) []Token {
	return d.Tokens[d.Sentences[s].First:d.Sentences[s].Last]
}

// Children returns the dependents of token i in text order.
func (d *Document) Children(i int) []int {
	s := d.Sentences[d.Tokens[i].Sentence]
	var out []int
	for j := s.First; j < s.Last; j++ {
		if d.Tokens[j].Head == i {
			out = append(out, j)
		}
	}
	return out
}

// ChildrenWith returns the dependents of token i whose relation is rel, or
// starts with rel followed by a subtype (rel "nsubj" matches "nsubj:pass").
func (d *Document) ChildrenWith(i int, rel string) []int {
	var out []int
	for _, j := range d.Children(i) {
		r := d.Tokens[j].Rel
		if r == rel || (len(r) > len(rel) && r[:len(rel)] == rel && r[len(rel)] == ':') {
			out = append(out, j)
		}
	}
	return out
}

// Subtree returns the token range [first, last) spanned by i and its descendants.
// Projective trees give a contiguous range; for others it is the covering range.
func (d *Document) Subtree(i int) (first, last int) {
	s := d.Sentences[d.Tokens[i].Sentence]
	first, last = i, i+1
	for j := s.First; j < s.Last; j++ {
		if j >= first && j < last {
			continue
		}
		if d.Dominates(i, j) {
			if j < first {
				first = j
			}
			if j+1 > last {
				last = j + 1
			}
		}
	}
	return first, last
}

// Dominates reports whether token j is i or lies below i in the tree.
func (d *Document) Dominates(i, j int) bool {
	for steps := 0; j >= 0 && steps <= len(d.Tokens); steps++ {
		if j == i {
			return true
		}
		j = d.Tokens[j].Head
	}
	return false
}

// PathToRoot returns i, its head, its head's head, ... up to the sentence root.
func (d *Document) PathToRoot(i int) []int {
	var path []int
	for steps := 0; i >= 0 && steps <= len(d.Tokens); steps++ {
		path = append(path, i)
		i = d.Tokens[i].Head
	}
	return path
}

// Span returns the byte span of tokens [first, last).
func (d *Document) Span(first, last int) Span {
	return Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
}

// SpanText returns the text of tokens [first, last) as written.
func (d *Document) SpanText(first, last int) string {
	sp := d.Span(first, last)
	return d.Text[sp.Start:sp.End]
}
