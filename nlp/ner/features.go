package ner

import (
	"unicode/utf8"
	"unsafe"
)

// Feature templates. Their numbers are part of the model: append new ones,
// never renumber.
const (
	tBias uint64 = iota + 1
	tWord
	tWordPrev
	tWordNext
	tWordPrev2 // retired for speed, as are the others so marked
	tWordNext2 // retired
	tWordPrevWord
	tWordWordNext
	tShape
	tShort
	tShortPrev
	tShortNext
	tShortTrigram
	tPrefix // retired
	tSuffix
	tCaseContext
	tStat
	tStatPrev
	tStatNext
	tUPOS
	tUPOSPrev
	tUPOSNext
	tXPOS
	tUPOSBigramPrev
	tUPOSBigramNext
	tXPOSCase
	tGaz
	tGazCase
	tGazPrev
	tGazNext
	tGazNext2
	tLabelPrev
	tLabelPrev2
	tLabelPrevWord // retired: too slow to score for every label before
	tLabelPrevShort
	tLabelPrevCase
	tHeadlineWord
	tGazEntityCase
	tDocCase
	tDocCaseStat
	tCluster
	tClusterCoarse
	tClusterPrev
	tClusterNext
	tClusterCase
	tClusterContext // retired for speed, as is tRunWord
	tRun
	tRunWord
	tGlove
	tGloveCoarse
	tGlovePrev
	tGloveNext
	tGloveCase
)

// Gazetteer positions of a token inside a matched phrase.
const (
	gazNone = iota
	gazBegin
	gazInside
	gazLast
	gazUnit
)

// tokenAttrs is what the features need to know about one token, computed once
// per sentence.
type tokenAttrs struct {
	word           uint64 // normalized form
	shape, short   uint64
	suffix         [4]uint64
	upos, xpos     uint64 // 0 when the tagger has not run
	wcase          uint8
	stat           uint8
	docCase        uint8
	gaz            [numKinds]uint8 // gazPosition per kind
	fine, coarse   uint64          // distributional classes, 0 when unknown
	gfine, gcoarse uint64          // GloVe classes (package wordclass), 0 when unknown
	run            uint64          // capitalised-run code, 0 outside one (see markRuns)
	phrase         uint16          // gazetteer kinds of the word as a one-word phrase
}

// sentenceState holds the precomputed attributes of a sentence and scratch
// space for features; reused across sentences.
type sentenceState struct {
	attrs    []tokenAttrs
	headline bool // most words capitalised: a headline or all-caps line
	static   [][]uint64
	buf      []uint64
	features []uint64
	offsets  []int
	lattice  lattice
	norm     []byte // scratch for a normalized word

	// Which word classes the lexicon has: the small clusters, GloVe's.
	clusters, wordClasses bool
}

// boundary attributes stand for the tokens before the start and after the end.
var (
	startAttrs = tokenAttrs{word: 0x5354415254, short: 0x5354415254, stat: 255}
	endAttrs   = tokenAttrs{word: 0x454e44, short: 0x454e44, stat: 254}
)

// token is the view of a token the featurizer reads.
type token struct {
	text, upos, xpos string
	docCase          uint8
	// hideWord, in training only, hides the word itself from the features
	// so that the model learns to type a word it has never seen from its
	// class, shape and context.
	hideWord bool
}

// unknownWord stands for a hidden word.
var unknownWord = normHash("\x00unknown")

func (st *sentenceState) prepare(lx *lexicon, toks []token) {
	n := len(toks)
	if cap(st.attrs) < n {
		st.attrs = make([]tokenAttrs, n)
	}
	st.attrs = st.attrs[:n]
	letters, capitalised := 0, 0
	for i, t := range toks {
		a := &st.attrs[i]
		*a = tokenAttrs{}
		a.word = normHash(t.text)
		a.shape, a.short = shapeHashes(t.text)
		suffixHashes(t.text, a.suffix[:])
		if t.upos != "" {
			a.upos = normHash(t.upos) | 1
		}
		if t.xpos != "" {
			a.xpos = normHash(t.xpos) | 1
		}
		a.wcase = wordCase(t.text)
		wi := lx.words[a.word]
		a.stat, a.phrase = wi.stat, wi.phrase
		c := wi.cluster
		a.fine, a.coarse = uint64(c&(1<<clusterBits-1)), uint64(c>>clusterBits)
		if lx.wordClasses != nil {
			// normalized lower-cases and reads digits as 0, as the table does
			c := lx.wordClasses.OfNormal(st.normalized(t.text))
			a.gfine, a.gcoarse = uint64(c.Fine), uint64(c.Coarse)
		}
		a.docCase = t.docCase
		if a.wcase != caseOther && len(t.text) > 3 {
			letters++
			if a.wcase == caseTitle || a.wcase == caseUpper {
				capitalised++
			}
		}
	}
	st.clusters, st.wordClasses = len(lx.clusters) > 0, lx.wordClasses != nil
	st.headline = letters >= 3 && capitalised*10 >= letters*8
	st.matchGazetteer(lx)
	if !st.headline {
		st.markRuns()
	}
	for i, t := range toks {
		if t.hideWord {
			st.attrs[i].word = unknownWord
		}
	}
	st.buildStatic()
}

// normalized returns s as normalize writes it, in scratch space valid until
// the next call: looking a word up costs no allocation. The map look-up it is
// meant for keeps no reference to the string.
func (st *sentenceState) normalized(s string) string {
	if isNormal(s) {
		return s // most words: nothing to copy
	}
	st.norm = st.norm[:0]
	for _, r := range s {
		st.norm = utf8.AppendRune(st.norm, normRune(r))
	}
	return unsafe.String(unsafe.SliceData(st.norm), len(st.norm))
}

// isNormal reports whether normalize leaves s as it is, for ASCII s.
func isNormal(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return false
		}
	}
	return true
}

// matchGazetteer marks, for each kind, the longest phrase of that kind that
// starts at each token, scanning left to right.
func (st *sentenceState) matchGazetteer(lx *lexicon) {
	n := len(st.attrs)
	var next [numKinds]int // first token not yet covered by a match of the kind
	for i := 0; i < n; i++ {
		var longest [numKinds]int
		var h uint64
		for k := 0; k < lx.longest && i+k < n; k++ {
			h = phraseStep(h, k, st.attrs[i+k].word)
			bits := st.attrs[i].phrase // phrases[h] for one word
			if k > 0 {
				bits = lx.phrases[h]
			}
			for kind := 0; kind < numKinds; kind++ {
				if bits&(1<<kind) != 0 {
					longest[kind] = k + 1
				}
			}
			if bits&continues == 0 {
				break
			}
		}
		for kind, best := range longest {
			if best == 0 || i < next[kind] {
				continue
			}
			if best == 1 {
				st.attrs[i].gaz[kind] = gazUnit
			} else {
				st.attrs[i].gaz[kind] = gazBegin
				for k := 1; k < best-1; k++ {
					st.attrs[i+k].gaz[kind] = gazInside
				}
				st.attrs[i+best-1].gaz[kind] = gazLast
			}
			next[kind] = i + best
		}
	}
}

// Words that may join the capitalised words of one name ("Bank of
// England", "Marks & Spencer").
var (
	// Not "and" nor "the": "X and Y", "X the Y" join two names far more
	// often than they make one.
	connectorWords = map[uint64]bool{normHash("of"): true, normHash("for"): true,
		normHash("&"): true, normHash("de"): true, normHash("on"): true}
	theWord = normHash("the")
)

// markRuns codes each token inside a run of capitalised words (joined by
// connector words) with its place in the run and what the run looks like:
// whether it ends in or holds an organisation keyword, ends in a place
// keyword, follows "the", starts the sentence. Organisation names are long
// and mostly made of common words ("the Ministry of Foreign Affairs"), which
// per-token features see only in part.
func (st *sentenceState) markRuns() {
	n := len(st.attrs)
	isCap := func(i int) bool {
		c := st.attrs[i].wcase
		return c == caseTitle || c == caseUpper || c == caseMixed
	}
	for i := 0; i < n; {
		// A capitalised "The" or "Of" at the start of a sentence or title
		// does not start a name.
		if !isCap(i) || connectorWords[st.attrs[i].word] || st.attrs[i].word == theWord {
			i++
			continue
		}
		end := i + 1
		for end < n {
			if isCap(end) {
				end++
				continue
			}
			if end+1 < n && connectorWords[st.attrs[end].word] && isCap(end+1) {
				end += 2
				continue
			}
			break
		}
		lastTok := &st.attrs[end-1]
		endsOrg := lastTok.gaz[kindOrgKeyword] != gazNone || lastTok.gaz[kindOrg] != gazNone
		endsLoc := lastTok.gaz[kindLocKeyword] != gazNone
		hasOrg := false
		for k := i; k < end; k++ {
			if st.attrs[k].gaz[kindOrgKeyword] != gazNone {
				hasOrg = true
			}
		}
		afterThe := i > 0 && st.attrs[i-1].word == theWord
		code := boolBit(endsOrg) | boolBit(hasOrg)<<1 | boolBit(endsLoc)<<2 | boolBit(afterThe)<<3 |
			boolBit(i == 0)<<4 | uint64(min(end-i, 4))<<5
		for k := i; k < end; k++ {
			pos := uint64(gazInside)
			switch {
			case end-i == 1:
				pos = gazUnit
			case k == i:
				pos = gazBegin
			case k == end-1:
				pos = gazLast
			}
			st.attrs[k].run = code<<3 | pos
		}
		i = end
	}
}

func (st *sentenceState) at(i int) *tokenAttrs {
	switch {
	case i < 0:
		return &startAttrs
	case i >= len(st.attrs):
		return &endAttrs
	}
	return &st.attrs[i]
}

func f(template uint64, values ...uint64) uint64 {
	// Values are hashes or small codes: a multiply-xorshift step per value
	// and one full mix at the end spread them well enough, for a fraction
	// of the cost of a full mix per value.
	h := template * 0x9E3779B97F4A7C15
	for _, v := range values {
		h = (h ^ v) * 0xff51afd7ed558ccd
		h ^= h >> 29
	}
	return mix(h, 0)
}

// buildStatic computes the features of every token that do not depend on the
// labels already chosen.
func (st *sentenceState) buildStatic() {
	n := len(st.attrs)
	st.buf = st.buf[:0]
	if cap(st.static) < n {
		st.static = make([][]uint64, n)
	}
	st.static = st.static[:n]
	st.offsets = append(st.offsets[:0], make([]int, n+1)...)
	offsets := st.offsets
	for i := 0; i < n; i++ {
		offsets[i] = len(st.buf)
		st.buf = st.appendStatic(st.buf, i)
	}
	offsets[n] = len(st.buf)
	for i := 0; i < n; i++ {
		st.static[i] = st.buf[offsets[i]:offsets[i+1]:offsets[i+1]]
	}
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (st *sentenceState) appendStatic(out []uint64, i int) []uint64 {
	a, p, nx := st.at(i), st.at(i-1), st.at(i+1)
	p2, n2 := st.at(i-2), st.at(i+2)
	first := boolBit(i == 0 || (i == 1 && p.wcase == caseOther))
	headline := boolBit(st.headline)
	wc := uint64(a.wcase)
	out = append(out,
		f(tBias),
		f(tWord, a.word),
		f(tWordPrev, p.word),
		f(tWordNext, nx.word),
		f(tWordPrevWord, p.word, a.word),
		f(tWordWordNext, a.word, nx.word),
		f(tShape, a.shape),
		f(tShort, a.short),
		f(tShortPrev, p.short, a.short),
		f(tShortNext, a.short, nx.short),
		f(tShortTrigram, p.short, a.short, nx.short),
		f(tCaseContext, wc, first, headline),
		f(tStat, uint64(a.stat), wc, first, headline),
		f(tStatPrev, uint64(p.stat), uint64(p.wcase), wc),
		f(tStatNext, uint64(nx.stat), uint64(nx.wcase), wc),
	)
	if st.headline {
		out = append(out, f(tHeadlineWord, a.word))
	}
	if st.clusters {
		out = append(out,
			f(tCluster, a.fine),
			f(tClusterCoarse, a.coarse, wc),
			f(tClusterPrev, p.fine),
			f(tClusterNext, nx.fine),
			f(tClusterCase, a.fine, wc, first),
		)
	}
	if st.wordClasses {
		out = append(out,
			f(tGlove, a.gfine),
			f(tGloveCoarse, a.gcoarse, wc),
			f(tGlovePrev, p.gfine),
			f(tGloveNext, nx.gfine),
			f(tGloveCase, a.gfine, wc, first),
		)
	}
	if a.run != 0 {
		out = append(out, f(tRun, a.run))
	}
	if a.docCase != 0 {
		out = append(out,
			f(tDocCase, uint64(a.docCase), wc, first, headline),
			f(tDocCaseStat, uint64(a.docCase), uint64(a.stat), wc))
	}
	for k, h := range a.suffix {
		if h != 0 {
			out = append(out, f(tSuffix, uint64(k), h))
		}
	}
	if a.upos != 0 {
		out = append(out,
			f(tUPOS, a.upos),
			f(tUPOSPrev, p.upos, a.upos),
			f(tUPOSNext, a.upos, nx.upos),
			f(tXPOS, a.xpos),
			f(tUPOSBigramPrev, p2.upos, p.upos, a.upos),
			f(tUPOSBigramNext, a.upos, nx.upos, n2.upos),
			f(tXPOSCase, a.xpos, wc, first),
		)
	}
	for kind := 0; kind < numKinds; kind++ {
		k := uint64(kind)
		if g := a.gaz[kind]; g != gazNone {
			out = append(out, f(tGaz, k, uint64(g)), f(tGazCase, k, uint64(g), wc, first))
			if kind == kindPlace || kind == kindOrg || kind == kindCity {
				out = append(out, f(tGazEntityCase, k, uint64(g), wc, headline))
			}
		}
	}
	// Neighbours' gazetteer matches, all kinds in one feature each.
	if g := gazPacked(p); g != 0 {
		out = append(out, f(tGazPrev, g, wc))
	}
	if g := gazPacked(nx); g != 0 {
		out = append(out, f(tGazNext, g, wc))
	}
	if g := gazPacked(n2); g != 0 {
		out = append(out, f(tGazNext2, g, wc))
	}
	return out
}

// gazPacked packs a token's gazetteer positions of all kinds into one value.
func gazPacked(a *tokenAttrs) uint64 {
	var v uint64
	for kind, g := range a.gaz {
		v |= uint64(g) << (3 * kind)
	}
	return v
}

// transitionFeatures returns the features of token i that depend on the
// label before it (prev, -1 at the sentence start). The slice is reused by
// the next call.
func (st *sentenceState) transitionFeatures(i, prev int) []uint64 {
	a := &st.attrs[i]
	p := uint64(prev + 1)
	st.features = append(st.features[:0],
		f(tLabelPrev, p),
		f(tLabelPrevCase, p, uint64(a.wcase), uint64(a.stat)),
	)
	return st.features
}
