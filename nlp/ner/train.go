package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/ner/iob2"
	"chronicle/nlp/perceptron"
	"chronicle/nlp/wordclass"
)

// TrainOptions control training. The zero value of a field means its default.
type TrainOptions struct {
	Epochs      int     // passes over the data (default 20)
	Seed        uint64  // shuffling and augmentation seed (default 1)
	TaglessRate float64 // share of sentences seen without POS tags (default 0.6)
	UpperRate   float64 // share of sentences seen in capitals (default 0.02)
	TitleRate   float64 // share of sentences seen in title case (default 0.03)
	LowerRate   float64 // share of sentences seen in lower case (default 0.02; negative for none)
	// HideRate is the share of the words seen once in training whose word
	// features a pass hides (default 0.5; negative for none), so that the
	// model learns to type words it has never seen from their classes,
	// shape and context instead of remembering each name.
	HideRate float64
	WithDev  bool   // train on the dev file too (for the shipped model; dev then scores nothing held out)
	Cities   string // the geo package's gazetteer table (geo/gazetteer.tsv.gz); none if empty
	Ensemble int    // models trained with seeds Seed, Seed+1, ... whose weights are averaged (default 1)
	// Tag, when set, replaces the gold POS tags of the training sentences
	// with its own, unless it returns nil: tags like those the tagger gives
	// at run time, with its mistakes, teach the model how far to trust them.
	Tag        func(words []string) (upos, xpos []string)
	Log        io.Writer
	AfterEpoch func(epoch int, m *Model) // called after each epoch (before averaging), if set
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 20
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.TaglessRate == 0 {
		o.TaglessRate = 0.6
	}
	if o.UpperRate == 0 {
		o.UpperRate = 0.02
	}
	if o.TitleRate == 0 {
		o.TitleRate = 0.03
	}
	if o.LowerRate == 0 {
		o.LowerRate = 0.02
	}
	if o.HideRate == 0 {
		o.HideRate = 0.5
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Example is a training or test sentence: tokens, optional tags, gold IOB2.
type Example struct {
	Doc        string // document id; consecutive examples of one document share it
	Tokens     []string
	UPOS, XPOS []string // nil when unknown
	Tags       []string
	DocCase    []uint8 // how each word is written elsewhere in the document
}

// Data paths inside the shared data folder.
const (
	TrainIOB2   = "uner-ewt/en_ewt-ud-train.iob2"
	DevIOB2     = "uner-ewt/en_ewt-ud-dev.iob2"
	TestIOB2    = "uner-ewt/en_ewt-ud-test.iob2"
	TrainCoNLLU = "ud-ewt/en_ewt-ud-train.conllu"
	DevCoNLLU   = "ud-ewt/en_ewt-ud-dev.conllu"
	TestCoNLLU  = "ud-ewt/en_ewt-ud-test.conllu"
	CountryInfo = "geonames/countryInfo.txt"
	Admin1Codes = "geonames/admin1CodesASCII.txt"
)

// LoadExamples reads an IOB2 file and, when conllu is not empty, the gold
// tags of the same sentences from a CoNLL-U file matched by sent_id.
// Sentences whose tokens differ between the two are skipped; skipped tells
// how many.
func LoadExamples(iob2Path, conlluPath string) (examples []Example, skipped int, err error) {
	f, err := os.Open(iob2Path)
	if err != nil {
		return nil, 0, chronicle.Errorf(chronicle.EINVALID, iob2Path, "%v", err)
	}
	defer f.Close()
	sents, err := iob2.Read(f, iob2Path)
	if err != nil {
		return nil, 0, err
	}
	var tags map[string]taggedSentence
	if conlluPath != "" {
		if tags, err = readTaggedSentences(conlluPath); err != nil {
			return nil, 0, err
		}
	}
	for _, s := range sents {
		ex := Example{Doc: s.Doc, Tokens: s.Tokens, Tags: s.Tags}
		if tags != nil {
			ts, ok := tags[s.ID]
			if !ok || !slices.Equal(ts.forms, s.Tokens) {
				skipped++
				continue
			}
			ex.UPOS, ex.XPOS = ts.upos, ts.xpos
		}
		examples = append(examples, ex)
	}
	exampleDocCase(examples)
	return examples, skipped, nil
}

type taggedSentence struct{ forms, upos, xpos []string }

// readTaggedSentences reads forms and POS tags by sent_id from CoNLL-U,
// skipping multiword-token and empty-node lines.
func readTaggedSentences(path string) (map[string]taggedSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, path, "%v", err)
	}
	defer f.Close()
	out := map[string]taggedSentence{}
	var id string
	var cur taggedSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case strings.HasPrefix(text, "# sent_id"):
			_, v, _ := strings.Cut(text, "=")
			id = strings.TrimSpace(v)
		case strings.TrimSpace(text) == "":
			if id != "" && len(cur.forms) > 0 {
				out[id] = cur
			}
			id, cur = "", taggedSentence{}
		case strings.HasPrefix(text, "#"):
		default:
			cols := strings.Split(text, "\t")
			if len(cols) != 10 {
				return nil, chronicle.Errorf(chronicle.EINVALID, path, "line %d: want 10 columns, got %d", line, len(cols))
			}
			if strings.ContainsAny(cols[0], "-.") {
				continue
			}
			cur.forms = append(cur.forms, cols[1])
			cur.upos = append(cur.upos, cols[3])
			cur.xpos = append(cur.xpos, cols[4])
		}
	}
	if id != "" && len(cur.forms) > 0 {
		out[id] = cur
	}
	if err := sc.Err(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, path, "%v", err)
	}
	return out, nil
}

// retag replaces the tags of the examples that have tags with those tag
// gives, where it gives some, and returns how many it replaced.
func retag(examples []Example, tag func([]string) ([]string, []string)) int {
	n := 0
	for i := range examples {
		ex := &examples[i]
		if ex.UPOS == nil {
			continue
		}
		if upos, xpos := tag(ex.Tokens); len(upos) == len(ex.Tokens) && len(xpos) == len(ex.Tokens) {
			ex.UPOS, ex.XPOS = upos, xpos
			n++
		}
	}
	return n
}

// buildLexicon assembles the word lists: the hand-written ones, countries,
// capitals and first-level divisions from GeoNames, and case statistics of
// the training text.
func buildLexicon(dataDir string, train []Example, opts TrainOptions) (*lexiconSource, error) {
	entries, err := handWrittenEntries()
	if err != nil {
		return nil, err
	}
	ciPath := filepath.Join(dataDir, CountryInfo)
	ci, err := os.Open(ciPath)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, ciPath, "%v", err)
	}
	defer ci.Close()
	var admin1 io.Reader
	if a, err := os.Open(filepath.Join(dataDir, Admin1Codes)); err == nil {
		defer a.Close()
		admin1 = a
	}
	places, err := countryEntries(ci, admin1, ciPath)
	if err != nil {
		return nil, err
	}
	entries = append(entries, places...)
	if opts.Cities != "" {
		cities, err := readEntries(opts.Cities, cityEntries)
		if err != nil {
			return nil, err
		}
		entries = append(entries, unambiguousPlaces(cities, entries)...)
	}
	counts := map[string]*caseCounts{}
	for _, ex := range train {
		countCase(counts, ex.Tokens)
	}
	clusters, err := clusterTable()
	if err != nil {
		return nil, err
	}
	src := &lexiconSource{entries: entries, stats: caseStats(counts, 2), clusters: clusters}
	// GloVe's classes join the small clusters: in their place they scored
	// a little better on dev but made the news fixture's Trump an
	// organisation (doc.go).
	table, err := wordclass.Default()
	if err != nil {
		return nil, err
	}
	src.useWordClasses(table, train)
	return src, nil
}

// unambiguousPlaces drops the one-word city and town names that the
// dictionary also lists as common words ("Union", "Mobile", "Reading"):
// marking every "Union" a city teaches the model that "the Soviet Union" or
// "the European Union" is not one name.
func unambiguousPlaces(places, known []entry) []entry {
	common := map[string]bool{}
	for _, e := range known {
		if e.kind == kindDictBoth {
			common[normalize(e.phrase)] = true
		}
	}
	var out []entry
	for _, e := range places {
		if (e.kind == kindCity || e.kind == kindTown) && !strings.Contains(e.phrase, " ") && common[normalize(e.phrase)] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// readEntries opens path and reads gazetteer entries from it with read.
func readEntries(path string, read func(io.Reader, string) ([]entry, error)) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, path, "%v", err)
	}
	defer f.Close()
	return read(f, path)
}

// Train trains a recognizer on the UNER English-EWT training file in dataDir
// (with POS tags from UD English-EWT), deterministically for a given Seed.
func Train(ctx context.Context, dataDir string, opts TrainOptions) (*Model, error) {
	opts.defaults()
	train, skipped, err := LoadExamples(filepath.Join(dataDir, TrainIOB2), filepath.Join(dataDir, TrainCoNLLU))
	if err != nil {
		return nil, err
	}
	if opts.WithDev {
		dev, devSkipped, err := LoadExamples(filepath.Join(dataDir, DevIOB2), filepath.Join(dataDir, DevCoNLLU))
		if err != nil {
			return nil, err
		}
		train, skipped = append(train, dev...), skipped+devSkipped
	}
	fmt.Fprintf(opts.Log, "ner: %d training sentences (%d skipped: tokens differ from UD)\n", len(train), skipped)
	if opts.Tag != nil {
		fmt.Fprintf(opts.Log, "ner: %d training sentences retagged\n", retag(train, opts.Tag))
	}
	src, err := buildLexicon(dataDir, train, opts)
	if err != nil {
		return nil, err
	}
	if opts.Ensemble <= 1 {
		return trainOn(ctx, train, src, opts)
	}
	return trainEnsemble(ctx, train, src, opts)
}

// trainEnsemble trains opts.Ensemble models on different shuffles and
// averages their weights: a single perceptron's dev score swings with the
// order it saw the sentences in, and the average of several is steadier
// and better than most of them.
func trainEnsemble(ctx context.Context, train []Example, src *lexiconSource, opts TrainOptions) (*Model, error) {
	mix := perceptron.NewMixer(labelNames())
	for k := 0; k < opts.Ensemble; k++ {
		o := opts
		o.Seed = opts.Seed + uint64(k)
		m, err := trainOn(ctx, train, src, o)
		if err != nil {
			return nil, err
		}
		if err := mix.Add(m.weights, 1/float32(opts.Ensemble)); err != nil {
			return nil, err
		}
		fmt.Fprintf(opts.Log, "ner: ensemble model %d of %d trained\n", k+1, opts.Ensemble)
	}
	return newModel(mix.Model(), src), nil
}

// trainOn trains on the given examples and lexicon.
func trainOn(ctx context.Context, train []Example, src *lexiconSource, opts TrainOptions) (*Model, error) {
	opts.defaults()
	m := newModel(perceptron.New(labelNames()), src)
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x6e6572))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	st := &sentenceState{}
	rare := rareWords(train)
	var toks []token
	var guess []int
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, idx := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			ex := train[idx]
			toks = exampleTokens(toks[:0], ex, rng, opts)
			if opts.HideRate > 0 {
				for i := range toks {
					if rare[normHash(ex.Tokens[i])] && rng.Float64() < opts.HideRate {
						toks[i].hideWord = true
					}
				}
			}
			gold := bilouFromIOB2(ex.Tags)
			guess = m.decode(st, toks, guess)
			m.weights.Tick()
			for i := range gold {
				total++
				if gold[i] == guess[i] {
					correct++
				}
			}
			m.learn(st, gold, guess)
		}
		fmt.Fprintf(opts.Log, "ner: epoch %d: %.4f of training labels right\n", epoch, float64(correct)/float64(max(total, 1)))
		if opts.AfterEpoch != nil {
			opts.AfterEpoch(epoch, m)
		}
	}
	m.weights.Average()
	return m, nil
}

// rareWords returns the words seen once in the training sentences: the
// words most like those the model will meet and has never seen.
func rareWords(train []Example) map[uint64]bool {
	counts := map[uint64]int{}
	for _, ex := range train {
		for _, w := range ex.Tokens {
			counts[normHash(w)]++
		}
	}
	rare := map[uint64]bool{}
	for h, n := range counts {
		if n == 1 {
			rare[h] = true
		}
	}
	return rare
}

// learn moves the weights towards the gold labelling and away from the
// guessed one wherever they differ (the structured perceptron update).
func (m *Model) learn(st *sentenceState, gold, guess []int) {
	for i := range gold {
		goldPrev, guessPrev := -1, -1
		if i > 0 {
			goldPrev, guessPrev = gold[i-1], guess[i-1]
		}
		if gold[i] == guess[i] && goldPrev == guessPrev {
			continue
		}
		if gold[i] != guess[i] {
			m.weights.Adjust(st.static[i], gold[i], 1)
			m.weights.Adjust(st.static[i], guess[i], -1)
		}
		m.weights.Adjust(st.transitionFeatures(i, goldPrev), gold[i], 1)
		m.weights.Adjust(st.transitionFeatures(i, guessPrev), guess[i], -1)
	}
}

// exampleTokens turns an example into featurizer tokens, dropping the tags or
// changing the case of the whole sentence at the configured rates so that
// the model learns to do without tags and to read headlines.
func exampleTokens(out []token, ex Example, rng *rand.Rand, opts TrainOptions) []token {
	tagless := ex.UPOS == nil || rng.Float64() < opts.TaglessRate
	r := rng.Float64()
	upper := r < opts.UpperRate
	title := !upper && r < opts.UpperRate+opts.TitleRate
	lower := !upper && !title && r < opts.UpperRate+opts.TitleRate+opts.LowerRate
	for i, w := range ex.Tokens {
		t := token{text: w}
		if ex.DocCase != nil {
			t.docCase = ex.DocCase[i]
		}
		if !tagless {
			t.upos, t.xpos = ex.UPOS[i], ex.XPOS[i]
		}
		switch {
		case upper:
			t.text = strings.ToUpper(w)
			t.upos, t.xpos = "", ""
		case title:
			t.text = titleCase(w)
			t.upos, t.xpos = "", ""
		case lower:
			// Web and social text writes names in lower case too.
			t.text = strings.ToLower(w)
			t.upos, t.xpos = "", ""
		}
		out = append(out, t)
	}
	return out
}

// titleCase capitalises a word as headlines do, leaving short function words.
func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if len(w) <= 3 && strings.ToLower(w) == w || !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// Predict labels an example's tokens and returns IOB2 tags, for evaluation.
func (m *Model) Predict(ex Example) []string {
	toks := make([]token, len(ex.Tokens))
	for i, w := range ex.Tokens {
		toks[i].text = w
		if ex.DocCase != nil {
			toks[i].docCase = ex.DocCase[i]
		}
		if ex.UPOS != nil {
			toks[i].upos, toks[i].xpos = ex.UPOS[i], ex.XPOS[i]
		}
	}
	st := m.state()
	defer m.pool.Put(st)
	labels := m.decode(st, toks, nil)
	var ents []iob2.Entity
	for _, sp := range spansFromBILOU(labels) {
		ents = append(ents, iob2.Entity{First: sp.first, Last: sp.last, Type: sp.typ})
	}
	return iob2.Tags(len(toks), ents)
}
