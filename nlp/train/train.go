package train

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"chronicle"
	"chronicle/eval"
	"chronicle/nlp"
	"chronicle/nlp/conllu"
	"chronicle/nlp/lemma"
	"chronicle/nlp/parser"
	"chronicle/nlp/tagger"
)

// Treebank files under the data folder.
const (
	TrainFile = "ud-ewt/en_ewt-ud-train.conllu"
	DevFile   = "ud-ewt/en_ewt-ud-dev.conllu"
)

// Options fix what training does; the defaults reproduce the committed models.
type Options struct {
	Data, Out    string // data folder; folder the model files are written to
	TaggerEpochs int
	TaggerRuns   int // tagger trainings mixed into the model (tagger.TrainMixed)
	ParserEpochs int
	ParserRuns   int // parser trainings mixed into the model (parser.TrainMixed)
	Folds        int // jackknife folds for the parser's training tags
	FoldEpochs   int // tagger training passes within each fold
	NewsShapes   int // every how many plain statements the parser also sees rewritten into news shapes (attribution.go); 0: none
	Seed         uint64
	Log          io.Writer
}

// Defaults returns the options the committed models were trained with.
func Defaults(data, out string) Options {
	return Options{Data: data, Out: out, TaggerEpochs: 8, TaggerRuns: 3, ParserEpochs: 12, ParserRuns: 1, Folds: 3, FoldEpochs: 4, NewsShapes: 3, Seed: 1, Log: io.Discard}
}

func forms(s conllu.Sentence) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

func (o Options) logf(format string, args ...any) {
	fmt.Fprintf(o.Log, format+"\n", args...)
}

func (o Options) write(name string, data []byte) error {
	p := filepath.Join(o.Out, name)
	// Written aside and renamed, so an interrupted run never leaves half a model.
	if err := os.WriteFile(p+".tmp", data, 0o644); err != nil {
		return chronicle.Errorf(chronicle.EINVALID, p, "cannot write model: %v", err)
	}
	if err := os.Rename(p+".tmp", p); err != nil {
		return chronicle.Errorf(chronicle.EINVALID, p, "cannot write model: %v", err)
	}
	o.logf("wrote %s (%d bytes)", p, len(data))
	return nil
}

// Tagger trains the tagger and the lemmatizer and writes their files.
func Tagger(o Options) error {
	sents, err := conllu.ReadFile(filepath.Join(o.Data, TrainFile))
	if err != nil {
		return err
	}
	start := time.Now()
	t := tagger.TrainMixed(sents, o.TaggerEpochs, o.Seed, o.TaggerRuns, func(e int) {
		o.logf("tagger: run %d epoch %d done after %s", e/o.TaggerEpochs+1, e%o.TaggerEpochs+1, time.Since(start).Round(time.Second))
	})
	b, err := t.Marshal()
	if err != nil {
		return err
	}
	if err := o.write(nlp.TaggerFile, b); err != nil {
		return err
	}
	var examples []lemma.Example
	for _, s := range sents {
		for _, w := range s.Words {
			examples = append(examples, lemma.Example{Form: w.Form, XPOS: w.XPOS, Lemma: w.Lemma})
		}
	}
	return o.write(nlp.LemmaFile, lemma.Train(examples).Marshal())
}

// JackknifeTags tags each training sentence with a tagger that did not learn
// from it: the sentences are split into o.Folds parts, and each part is
// tagged by a tagger trained on the others for o.FoldEpochs passes. The
// tags are about as good as those the tagger gives new text, which models
// that read tags (the parser, the entity recognizer) should learn from.
func JackknifeTags(sents []conllu.Sentence, o Options) (upos, xpos [][]string) {
	upos = make([][]string, len(sents))
	xpos = make([][]string, len(sents))
	folds := max(o.Folds, 2)
	for f := range folds {
		var rest []conllu.Sentence
		for i, s := range sents {
			if i%folds != f {
				rest = append(rest, s)
			}
		}
		t := tagger.Train(rest, max(o.FoldEpochs, 1), o.Seed+uint64(f)+1, nil)
		for i := f; i < len(sents); i += folds {
			upos[i], xpos[i] = t.Tag(forms(sents[i]))
		}
		o.logf("jackknife: fold %d of %d tagged", f+1, folds)
	}
	return upos, xpos
}

// Parser trains the parser on jackknifed tags and writes its file.
func Parser(o Options) error {
	sents, err := conllu.ReadFile(filepath.Join(o.Data, TrainFile))
	if err != nil {
		return err
	}
	upos, xpos := JackknifeTags(sents, o)
	sents, upos, xpos = addNewsShapes(sents, upos, xpos, o.NewsShapes)
	start := time.Now()
	p := parser.TrainMixed(sents, func(i int) ([]string, []string) { return upos[i], xpos[i] }, o.ParserEpochs, o.Seed, o.ParserRuns, func(r, e int) {
		o.logf("parser: run %d epoch %d done after %s", r+1, e+1, time.Since(start).Round(time.Second))
	})
	b, err := p.Marshal()
	if err != nil {
		return err
	}
	return o.write(nlp.ParserFile, b)
}

// Dev scores the models in o.Out on the dev treebank.
func Dev(o Options) (eval.UDReport, error) {
	pipe, err := nlp.LoadDir(o.Out)
	if err != nil {
		return eval.UDReport{}, err
	}
	return eval.UDFile(filepath.Join(o.Data, DevFile), pipe.Annotate)
}
