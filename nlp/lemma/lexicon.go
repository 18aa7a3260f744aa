package lemma

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// A Lexicon knows which words are dictionary forms and the irregular forms
// of English verbs, nouns and adjectives. The suffix rules learned from the
// treebank cannot tell "visited" (visit) from "cited" (cite) in a word they
// never saw ("extradited" came out "extradit"); a dictionary can. The
// rules' answer stands whenever it is a dictionary word, so the lexicon only
// mends answers that are not words at all.
type Lexicon struct {
	lemmas    [nClasses]map[string]bool
	irregular [nClasses]map[string]string
}

type wordClass int

const (
	verb wordClass = iota
	noun
	adj
	nClasses
)

// classOf returns the class whose lemmas a tag's inflected forms have; ok is
// false for tags the lexicon has nothing to say about (base forms, proper
// nouns, closed classes).
func classOf(xpos string) (wordClass, bool) {
	switch xpos {
	case "VBD", "VBN", "VBG", "VBZ":
		return verb, true
	case "NNS":
		return noun, true
	case "JJR", "JJS":
		return adj, true
	}
	return 0, false
}

// detach lists the endings English inflection adds, by class, in the order
// tried (WordNet's own "morphy" uses the same list).
var detach = [nClasses][]rule{
	verb: {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"s", ""}},
	noun: {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}},
	adj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// settle returns the lemma of w (tag xpos) given the rules' answer ruled.
func (x *Lexicon) settle(w, xpos, ruled string) string {
	c, ok := classOf(xpos)
	if !ok || x.lemmas[c][ruled] {
		return ruled
	}
	if lem, ok := x.irregular[c][w]; ok {
		return lem
	}
	if x.lemmas[c][w] {
		return w // "odds", "news": the form is itself a dictionary word
	}
	for _, r := range detach[c] {
		if !strings.HasSuffix(w, r.strip) || len(w)-len(r.strip) < 3 {
			continue
		}
		stem := w[:len(w)-len(r.strip)]
		if cand := stem + r.add; x.lemmas[c][cand] {
			return cand
		}
		// "stopped", "biggest": the consonant doubled before the ending
		if n := len(stem); r.add == "" && r.strip != "s" && n >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouls", rune(stem[n-1])) && x.lemmas[c][stem[:n-1]] {
			return stem[:n-1]
		}
	}
	return ruled
}

// ParseLexicon reads a lexicon in the format nlp/lemma/internal/genlexicon
// writes (gzip-compressed lines "class\tlemma" or "class\tform\tlemma").
func ParseLexicon(data []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("lemma: lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lemma: lexicon: %w", err)
	}
	// The words are slices of one string: no allocation per word.
	text := string(raw)
	x := &Lexicon{}
	for c := range nClasses {
		x.lemmas[c] = make(map[string]bool, strings.Count(text, "\n")/int(nClasses))
		x.irregular[c] = map[string]string{}
	}
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		class, rest, _ := strings.Cut(line, "\t")
		c := strings.Index("vna", class)
		word, lemma, irregular := strings.Cut(rest, "\t")
		if len(class) != 1 || c < 0 || word == "" || strings.Contains(lemma, "\t") || irregular && lemma == "" {
			return nil, fmt.Errorf("lemma: lexicon line %d: want class, word and maybe lemma, got %q", n, line)
		}
		if irregular {
			x.irregular[c][word] = lemma
		} else {
			x.lemmas[c][word] = true
		}
	}
	return x, nil
}

//go:embed wordnet.txt.gz
var wordnet []byte

// WordNet returns the lexicon built into the binary (WordNet 3.0), read once.
var WordNet = sync.OnceValue(func() *Lexicon {
	x, err := ParseLexicon(wordnet)
	if err != nil {
		panic(err) // the embedded file is generated and tested
	}
	return x
})
