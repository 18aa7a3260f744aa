package tagger

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"chronicle/nlp/conllu"
	"chronicle/nlp/internal/pack"
	"chronicle/nlp/perceptron"
)

// Tagger holds the tag model and its dictionaries.
type Tagger struct {
	// model scores XPOS classes [0, nx) and UPOS classes [nx, end) in one
	// pass: both share the feature lookups, which dominate the cost.
	model    *perceptron.Model
	nx       int
	tagHash  []uint64 // hash of each class, for history features
	tagNames []string // class names without their "X:"/"U:" prefix
	// dict maps frequent unambiguous forms to their XPOS and UPOS classes.
	dict map[string][2]uint16
	// lowerWords are words mostly written lower-case in training, which a
	// headline capitalises.
	lowerWords map[string]bool
	// amb maps frequent lower-cased words to the hash of the set of XPOS
	// tags they take (their ambiguity class), a cheap look-ahead.
	amb     map[string]uint64
	ambText map[string]string
}

const magic = "TAG2"

// Tag returns the UPOS and XPOS tags of a sentence's words.
func (t *Tagger) Tag(forms []string) (upos, xpos []string) {
	upos = make([]string, len(forms))
	xpos = make([]string, len(forms))
	t.tag(forms, func(i, x, u int) {
		xpos[i] = t.tagNames[x]
		upos[i] = t.tagNames[u]
	}, nil)
	return upos, xpos
}

// tag runs the model left to right twice: the second pass also sees the
// first pass's tags of the next words, which tells "arrested" in "Police
// arrested two men" (VBD) from "the men arrested on Sunday" (VBN).
// emit receives each token's classes. When gold is non-nil the model is
// trained on it instead (gold[i] holds the XPOS and UPOS class of token i).
func (t *Tagger) tag(forms []string, emit func(i, x, u int), gold [][2]int) {
	headline := IsHeadline(forms)
	ws := prepare(forms, headline, t.lowerWords, t.amb)
	scores := make([]float32, t.model.Classes())
	feats := make([]uint64, 0, 56)
	first := make([]uint64, len(forms)+2)
	for i := range first {
		first[i] = noGuess
	}
	first[len(forms)], first[len(forms)+1] = 1, 1
	// When tagging, the word features score the same in both passes: their
	// scores are summed once (static) and only the tag features looked up
	// again, which saves a third of the lookups.
	var static []float32
	if gold == nil {
		static = make([]float32, len(forms)*len(scores))
	}
	for pass := range 2 {
		tag1, tag2, upos1 := uint64(1), uint64(1), uint64(1)
		next := make([]uint64, len(forms)+2)
		copy(next, first)
		for i := range forms {
			var x, u int
			if d, ok := t.dict[forms[i]]; ok {
				x, u = int(d[0]), int(d[1])
			} else {
				if gold != nil {
					feats = staticFeatures(feats[:0], ws, i, headline)
					feats = historyFeatures(feats, ws, i, tag1, tag2, upos1, next[i+1], next[i+2])
					t.model.Score(feats, scores)
				} else {
					row := static[i*len(scores) : (i+1)*len(scores)]
					if pass == 0 {
						t.model.Score(staticFeatures(feats[:0], ws, i, headline), row)
					}
					copy(scores, row)
					feats = historyFeatures(feats[:0], ws, i, tag1, tag2, upos1, next[i+1], next[i+2])
					t.model.ScoreAdd(feats, scores)
				}
				x = perceptron.Argmax(scores[:t.nx])
				if gold != nil {
					t.model.Update(feats, gold[i][0], x)
					if pass == 1 {
						x = gold[i][0]
					}
				}
				// UPOS also sees the XPOS just chosen.
				xh := t.tagHash[x]
				extra := [2]uint64{perceptron.Mix(fXPOS, xh), perceptron.Mix(fXPOSLower, perceptron.Mix(xh, ws[i].lower))}
				t.model.ScoreAdd(extra[:], scores)
				u = t.nx + perceptron.Argmax(scores[t.nx:])
				if gold != nil {
					t.model.Update(append(feats, extra[:]...), gold[i][1], u)
					if pass == 1 {
						u = gold[i][1]
					}
				}
			}
			if pass == 0 {
				first[i] = t.tagHash[x]
			} else {
				emit(i, x, u)
			}
			tag2, tag1, upos1 = tag1, t.tagHash[x], t.tagHash[u]
		}
	}
}

// TrainMixed trains runs taggers that differ only in the order they see the
// sentences (seeds seed, seed+1000, ...) and averages their weights
// (parameter mixing). The scores are linear, so the mixed model scores each
// step as the mean of the runs would, at the cost of one model: on EWT dev
// three runs gave about +0.1 UPOS and XPOS over one.
func TrainMixed(sents []conllu.Sentence, epochs int, seed uint64, runs int, progress func(epoch int)) *Tagger {
	runs = max(runs, 1)
	var out *Tagger
	var mixed *perceptron.Model
	for r := range runs {
		t := Train(sents, epochs, seed+uint64(r)*1000, func(e int) {
			if progress != nil {
				progress(r*epochs + e)
			}
		})
		if runs == 1 {
			return t
		}
		// Not perceptron.Mixer, which multiplies by the share: dividing, as
		// here, is what the committed tagger.bin was trained with, and the
		// two differ in the last bit. Only a loaded model lists its rows;
		// Marshal(0) prunes nothing and quantizes each row to 1/254 of its
		// largest weight at worst.
		data, err := t.model.Marshal(0)
		if err != nil {
			panic(err) // cannot happen: t.model was just trained and averaged
		}
		loaded, err := perceptron.Load(data)
		if err != nil {
			panic(err)
		}
		if out == nil {
			out = t // the dictionaries are the same in every run
			mixed = perceptron.New(t.model.Labels)
		}
		loaded.EachRow(func(f uint64, classes []uint16, values []float32) {
			for j, c := range classes {
				mixed.Adjust([]uint64{f}, int(c), values[j]/float32(runs))
			}
		})
	}
	// Adjust at step 0 leaves nothing to average; one Tick lets Average
	// finish the model (so Marshal accepts it) with the weights unchanged.
	mixed.Tick()
	mixed.Average()
	out.model = mixed
	return out
}

// Train trains a tagger on treebank sentences for the given number of
// epochs, shuffling with a fixed seed so runs are reproducible.
func Train(sents []conllu.Sentence, epochs int, seed uint64, progress func(epoch int)) *Tagger {
	var xposLabels, uposLabels []string
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			if !seen["X:"+w.XPOS] {
				seen["X:"+w.XPOS] = true
				xposLabels = append(xposLabels, "X:"+w.XPOS)
			}
			if !seen["U:"+w.UPOS] {
				seen["U:"+w.UPOS] = true
				uposLabels = append(uposLabels, "U:"+w.UPOS)
			}
		}
	}
	slices.Sort(xposLabels)
	slices.Sort(uposLabels)
	t := &Tagger{
		model: perceptron.New(append(xposLabels, uposLabels...)), nx: len(xposLabels),
		dict: map[string][2]uint16{}, lowerWords: map[string]bool{}, ambText: map[string]string{},
	}
	golds := make([][][2]int, len(sents))
	formTags := map[string]map[[2]int]int{}
	lowerTags := map[string]map[string]int{}
	lowerCount, capCount := map[string]int{}, map[string]int{}
	for si, s := range sents {
		for wi, w := range s.Words {
			p := [2]int{t.model.Class("X:" + w.XPOS), t.model.Class("U:" + w.UPOS)}
			golds[si] = append(golds[si], p)
			if formTags[w.Form] == nil {
				formTags[w.Form] = map[[2]int]int{}
			}
			formTags[w.Form][p]++
			low := strings.ToLower(w.Form)
			if lowerTags[low] == nil {
				lowerTags[low] = map[string]int{}
			}
			lowerTags[low][w.XPOS]++
			if low == w.Form {
				lowerCount[low]++
			} else if wi > 0 {
				capCount[low]++
			}
		}
	}
	for form, tags := range formTags {
		total, best, bestN := 0, [2]int{}, 0
		for p, n := range tags {
			total += n
			if n > bestN {
				best, bestN = p, n
			}
		}
		if total >= 20 && float64(bestN) >= 0.997*float64(total) {
			t.dict[form] = [2]uint16{uint16(best[0]), uint16(best[1])}
		}
	}
	for low, n := range lowerCount {
		if n >= 3 && n > 2*capCount[low] {
			t.lowerWords[low] = true
		}
	}
	for low, tags := range lowerTags {
		total := 0
		for _, n := range tags {
			total += n
		}
		if total < 5 {
			continue // rare words get no class, as unseen ones will not
		}
		var set []string
		for tag, n := range tags {
			if n*20 >= total {
				set = append(set, tag)
			}
		}
		slices.Sort(set)
		t.ambText[low] = strings.Join(set, "|")
	}
	t.index()

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	forms := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			forms[i] = append(forms[i], w.Form)
		}
	}
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			t.tag(forms[si], func(int, int, int) {}, golds[si])
		}
		if progress != nil {
			progress(epoch)
		}
	}
	t.model.Average()
	return t
}

// index derives the lookup tables from the labels and ambiguity classes.
func (t *Tagger) index() {
	t.tagHash = make([]uint64, len(t.model.Labels))
	t.tagNames = make([]string, len(t.model.Labels))
	for i, l := range t.model.Labels {
		t.tagHash[i] = perceptron.Hash(0, l) | 2 // never the padding value 1
		t.tagNames[i] = l[2:]
	}
	t.amb = make(map[string]uint64, len(t.ambText))
	for w, c := range t.ambText {
		t.amb[w] = perceptron.Hash(1, c) | 2
	}
}

// MinWeight is the pruning threshold of Marshal (see perceptron.Marshal).
// A mixed model holds many small weights that one run alone learnt; on EWT
// dev dropping those under 0.5 cost 0.05 points and a third of the rows,
// which keeps the table, and so tagging, as fast as before mixing.
const MinWeight = 0.5

// Marshal writes the trained tagger compactly (see perceptron.Marshal).
func (t *Tagger) Marshal() ([]byte, error) { return t.MarshalPruned(MinWeight) }

// MarshalPruned writes the tagger dropping weights below minWeight.
func (t *Tagger) MarshalPruned(minWeight float32) ([]byte, error) {
	m, err := t.model.Marshal(minWeight)
	if err != nil {
		return nil, err
	}
	// Sorted entries: the same tagger always writes the same bytes.
	var dict, lower, amb bytes.Buffer
	for _, form := range slices.Sorted(maps.Keys(t.dict)) {
		d := t.dict[form]
		dict.WriteString(form + "\t" + t.model.Labels[d[0]] + "\t" + t.model.Labels[d[1]] + "\n")
	}
	for _, w := range slices.Sorted(maps.Keys(t.lowerWords)) {
		lower.WriteString(w + "\n")
	}
	for _, w := range slices.Sorted(maps.Keys(t.ambText)) {
		amb.WriteString(w + "\t" + t.ambText[w] + "\n")
	}
	return pack.Join(magic, m, deflate(dict.Bytes()), deflate(lower.Bytes()), deflate(amb.Bytes())), nil
}

var errBadLine = errors.New("tagger: bad dictionary line")

// Load reads a tagger written by Marshal.
func Load(data []byte) (*Tagger, error) {
	parts, err := pack.Split(magic, data, 4)
	if err != nil {
		return nil, err
	}
	t := &Tagger{dict: map[string][2]uint16{}, lowerWords: map[string]bool{}, ambText: map[string]string{}}
	if t.model, err = perceptron.Load(parts[0]); err != nil {
		return nil, err
	}
	for t.nx < len(t.model.Labels) && strings.HasPrefix(t.model.Labels[t.nx], "X:") {
		t.nx++
	}
	var texts [3][]byte
	for i := range texts {
		if texts[i], err = inflate(parts[1+i]); err != nil {
			return nil, err
		}
	}
	for line := range strings.Lines(string(texts[0])) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 || t.model.Class(f[1]) < 0 || t.model.Class(f[2]) < 0 {
			return nil, errBadLine
		}
		t.dict[f[0]] = [2]uint16{uint16(t.model.Class(f[1])), uint16(t.model.Class(f[2]))}
	}
	for line := range strings.Lines(string(texts[1])) {
		t.lowerWords[strings.TrimSuffix(line, "\n")] = true
	}
	for line := range strings.Lines(string(texts[2])) {
		w, c, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			return nil, errBadLine
		}
		t.ambText[w] = c
	}
	t.index()
	return t, nil
}

func deflate(b []byte) []byte {
	var out bytes.Buffer
	w, _ := flate.NewWriter(&out, flate.BestCompression)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func inflate(b []byte) ([]byte, error) {
	return io.ReadAll(flate.NewReader(bytes.NewReader(b)))
}
