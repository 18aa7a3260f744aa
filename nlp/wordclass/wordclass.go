// Package wordclass tells which class of distributionally similar words a
// word belongs to. The classes come from pre-trained GloVe vectors, learnt
// from billions of words of Wikipedia and newswire (see
// internal/genwordclass), so they know words the treebank never shows: the
// entity recognizer, trained on EWT's 200,000 words, uses a word's class as a
// feature and so types "Peskov" like the spokesmen it saw (UNER EWT test F1
// 0.753 → 0.782 with its other changes; see nlp/ner). The tagger and parser
// were tried with them too and left without (their package docs say why).
// The classes are topical more than syntactic (countries, clubs, first
// names), which suits naming better than parsing.
//
// No Go library ships word classes or vectors for English, hence this table.
package wordclass

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed classes.txt.gz
var embedded []byte

// A Class is a word's coarse and fine class, each numbered from 1; the zero
// Class means the word has none.
type Class struct {
	Coarse, Fine uint16
}

// Table maps normalized words to their classes.
type Table struct {
	classes map[string]Class
}

// Default returns the embedded table, read once per process.
var Default = sync.OnceValues(func() (*Table, error) {
	return Parse(bytes.NewReader(embedded), "wordclass/classes.txt.gz")
})

// Parse reads a gzipped table of "word\tcoarse\tfine" lines (# starts a
// comment); name labels errors.
func Parse(r io.Reader, name string) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: not gzip: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// One string for the whole table: the map's keys are slices of it, so
	// loading costs no allocation per word.
	text := string(data)
	t := &Table{classes: make(map[string]Class, strings.Count(text, "\n"))}
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line == "" || line[0] == '#' {
			continue
		}
		word, classes, ok1 := strings.Cut(line, "\t")
		coarseText, fineText, ok2 := strings.Cut(classes, "\t")
		if !ok1 || !ok2 || word == "" {
			return nil, fmt.Errorf("%s: line %d: want word, coarse class and fine class", name, n)
		}
		coarse, err1 := strconv.ParseUint(coarseText, 10, 15)
		fine, err2 := strconv.ParseUint(fineText, 10, 15)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: line %d: class numbers %q, %q are not small whole numbers", name, n, coarseText, fineText)
		}
		t.classes[word] = Class{Coarse: uint16(coarse) + 1, Fine: uint16(fine) + 1}
	}
	return t, nil
}

// Of returns the class of a word as it appears in text: case is ignored and
// digits read as 0, as the table was made.
func (t *Table) Of(word string) Class {
	if c, ok := t.classes[word]; ok {
		return c // already normal: the common case costs no allocation
	}
	return t.classes[Normalize(word)]
}

// OfNormal returns the class of a word already normalized as Normalize
// does: one look-up, and no allocation for a word the table lacks (the
// common case for names, in a recognizer's inner loop).
func (t *Table) OfNormal(word string) Class { return t.classes[word] }

// Len is the number of words with a class.
func (t *Table) Len() int { return len(t.classes) }

// Normalize lower-cases a word and reads its digits as 0.
func Normalize(word string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return unicode.ToLower(r)
	}, word)
}
