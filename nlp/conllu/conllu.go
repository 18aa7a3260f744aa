package conllu

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"

	"chronicle"
)

// Word is one syntactic word of a sentence. Head is 1-based as in the file
// (0 for the root).
type Word struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int
	Rel                     string
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID    string
	Words []Word
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, path, "cannot open treebank: %v", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads every sentence from r; name is used in error messages.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if id, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				cur.ID = id
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: %d columns, want 10", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: word id %q out of sequence", line, cols[0])
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, chronicle.Errorf(chronicle.EINVALID, name, "line %d: bad head %q", line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Head: head, Rel: cols[7]})
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "reading line %d: %v", line, err)
	}
	flush()
	for _, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, chronicle.Errorf(chronicle.EINVALID, name, "sentence %q: head %d beyond its %d words", s.ID, w.Head, len(s.Words))
			}
		}
	}
	return out, nil
}

// Document builds a Document from the sentences' words alone (forms joined by
// spaces, one sentence per line), with no annotation: the input of Annotate
// when scoring on gold tokens.
func Document(sents []Sentence) *chronicle.Document {
	var b strings.Builder
	doc := &chronicle.Document{}
	for si, s := range sents {
		first := len(doc.Tokens)
		start := b.Len()
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			doc.Tokens = append(doc.Tokens, chronicle.Token{Text: w.Form, Start: b.Len(), End: b.Len() + len(w.Form), Sentence: si, Head: -1})
			b.WriteString(w.Form)
		}
		doc.Sentences = append(doc.Sentences, chronicle.Sentence{Start: start, End: b.Len(), First: first, Last: len(doc.Tokens)})
		b.WriteByte('\n')
	}
	doc.Text = b.String()
	return doc
}
