package ner

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/binary"
	"strings"
	"sync"

	"chronicle"
	"chronicle/nlp/perceptron"
)

// modelMagic starts a model file: then a uvarint length and that many bytes
// of deflated lexicon, then the perceptron's own encoding.
const modelMagic = "CHRNER1\n"

// Model is a trained recognizer.
type Model struct {
	weights *perceptron.Model
	lex     *lexicon
	source  *lexiconSource // kept for Marshal after training
	pool    sync.Pool      // *sentenceState

	tables *transitionTables // nil while training
	dense  *denseWeights     // nil while training
}

//go:embed model/ner.bin
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loading it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(embeddedModel, "embedded ner model")
	})
	return defaultModel, defaultErr
}

// Recognize fills doc.Entities from doc.Tokens with the embedded model. It
// panics if the embedded model is corrupt or was trained with another
// word-class table than the embedded one (the message says to retrain):
// both are build errors, which every test that recognizes entities shows.
func Recognize(doc *chronicle.Document) {
	m, err := Default()
	if err != nil {
		panic(err)
	}
	m.Recognize(doc)
}

// Load reads a model written by Marshal; name identifies it in errors.
func Load(data []byte, name string) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "not an entity recognizer model")
	}
	rest := data[len(modelMagic):]
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > uint64(len(rest)-k) {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "truncated model")
	}
	lexData, weightData := rest[k:k+int(n)], rest[k+int(n):]
	src, err := readLexicon(flate.NewReader(bytes.NewReader(lexData)), name)
	if err != nil {
		return nil, err
	}
	w, err := perceptron.Load(weightData)
	if err != nil {
		return nil, &chronicle.Error{Code: chronicle.EINVALID, Input: name, Message: "bad weights", Err: err}
	}
	if len(w.Labels) != len(labelNames()) {
		return nil, chronicle.Errorf(chronicle.EINVALID, name, "model has %d labels, want %d", len(w.Labels), len(labelNames()))
	}
	m := newModel(w, src)
	m.buildTransitionTables()
	m.dense = newDenseWeights(w)
	return m, nil
}

func newModel(w *perceptron.Model, src *lexiconSource) *Model {
	return &Model{weights: w, lex: src.build(), source: src}
}

// Marshal writes a trained model in the form Load reads; weights smaller than
// minWeight are dropped.
func (m *Model) Marshal(minWeight float32) ([]byte, error) {
	var lexBuf bytes.Buffer
	zw, err := flate.NewWriter(&lexBuf, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := m.source.write(zw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	weights, err := m.weights.Marshal(minWeight)
	if err != nil {
		return nil, err
	}
	out := []byte(modelMagic)
	out = binary.AppendUvarint(out, uint64(lexBuf.Len()))
	out = append(out, lexBuf.Bytes()...)
	return append(out, weights...), nil
}

func (m *Model) state() *sentenceState {
	if st, ok := m.pool.Get().(*sentenceState); ok {
		return st
	}
	return &sentenceState{}
}

// Recognize replaces doc.Entities with the entities found in each sentence.
// A Document without sentences is read as one sentence.
func (m *Model) Recognize(doc *chronicle.Document) {
	doc.Entities = doc.Entities[:0]
	sentences := doc.Sentences
	if len(sentences) == 0 && len(doc.Tokens) > 0 {
		sentences = []chronicle.Sentence{{First: 0, Last: len(doc.Tokens)}}
	}
	docCase := documentCase(doc, sentences)
	st := m.state()
	defer m.pool.Put(st)
	var toks []token
	var labels []int
	for _, s := range sentences {
		if s.First < 0 || s.Last > len(doc.Tokens) || s.First >= s.Last {
			continue
		}
		toks = toks[:0]
		for i, t := range doc.Tokens[s.First:s.Last] {
			toks = append(toks, token{text: t.Text, upos: t.UPOS, xpos: t.XPOS, docCase: docCase[s.First+i]})
		}
		n := len(toks)
		if unpunctuated(toks) {
			// The training text ends most sentences with a stop, and its
			// unpunctuated lines are mostly signatures and subject lines
			// with few names; a headline or a line cut off after a name is
			// read as if it ended in a stop.
			toks = append(toks, token{text: ".", upos: "PUNCT", xpos: "."})
		}
		labels = closeAt(m.decode(st, toks, labels), n)
		for _, sp := range spansFromBILOU(labels) {
			first, last := s.First+sp.first, s.First+sp.last
			doc.Entities = append(doc.Entities, chronicle.EntityMention{
				First: first, Last: last,
				Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End,
				Type: sp.typ,
			})
		}
	}
	m.orgByKeyword(doc)
	m.orgOfPhrase(doc, sentences)
	m.orgByList(doc, sentences)
	propagate(doc)
}

// unpunctuated reports whether a sentence of several words ends in a word.
func unpunctuated(toks []token) bool {
	n := len(toks)
	return n >= 2 && toks[n-1].upos != "PUNCT" && !strings.ContainsAny(toks[n-1].text, ".!?\"'”’)")
}

// closeAt cuts labels to the first n, closing an entity left open there.
func closeAt(labels []int, n int) []int {
	if len(labels) <= n {
		return labels
	}
	labels = labels[:n]
	if l := labels[n-1]; l != labelO {
		switch labelPart(l) {
		case begin:
			labels[n-1] = label(labelType(l), unit)
		case inside:
			labels[n-1] = label(labelType(l), last)
		}
	}
	return labels
}

// decode labels a sentence.
func (m *Model) decode(st *sentenceState, toks []token, labels []int) []int {
	st.prepare(m.lex, toks)
	return m.viterbi(st, &st.lattice, labels)
}
