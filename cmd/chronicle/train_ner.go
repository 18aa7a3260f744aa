package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chronicle/eval"
	"chronicle/nlp"
	"chronicle/nlp/conllu"
	"chronicle/nlp/ner"
	"chronicle/nlp/ner/iob2"
	"chronicle/nlp/train"
)

// runTrainNER trains the entity recognizer on Universal NER English-EWT and
// writes the model that the binary embeds.
func runTrainNER(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "folder with uner-ewt/, ud-ewt/ and geonames/")
	out := fs.String("out", filepath.Join("nlp", "ner", "model", "ner.bin"), "where to write the model")
	epochs := fs.Int("epochs", 12, "training passes of each model")
	seed := fs.Uint64("seed", 1, "seed for shuffling and augmentation (1 scored best on dev of seeds 1-3)")
	minWeight := fs.Float64("min-weight", 0.05, "prune weights smaller than this")
	verbose := fs.Bool("v", false, "score the dev file after every epoch")
	cities := fs.String("cities", filepath.Join("geo", "gazetteer.tsv.gz"), "the geo gazetteer table whose city names the recognizer learns from (\"\" for none)")
	taglessRate := fs.Float64("tagless-rate", 0.6, "share of training sentences seen without POS tags (0 means the default, 0.6)")
	lowerRate := fs.Float64("lower-rate", 0.02, "share of training sentences seen in lower case (0 for none)")
	ensemble := fs.Int("ensemble", 3, "models trained with successive seeds whose weights are averaged (3 of 12 passes scored best on dev)")
	tags := fs.String("tags", "gold", "POS tags the model learns from: gold (the treebank's), tagger (the embedded tagger's, which learnt from these sentences) or jackknife (from taggers that did not see the sentence, as for the parser)")
	withDev := fs.Bool("with-dev", false, "train on train and dev together (the shipped model); the dev score is then not held out")
	if err := parseInterleaved(fs, args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chronicle train ner: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	// Make the model's folder now, not after minutes of training.
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintf(stderr, "chronicle train ner: output folder %s: %v\n", filepath.Dir(*out), err)
		return 1
	}
	opts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Log: stderr, WithDev: *withDev, Cities: *cities, TaglessRate: *taglessRate, LowerRate: *lowerRate, Ensemble: *ensemble}
	if *lowerRate == 0 {
		opts.LowerRate = -1
	}
	switch *tags {
	case "gold":
	case "tagger":
		pipe, err := nlp.Default()
		if err != nil {
			fmt.Fprintln(stderr, "chronicle train ner:", err)
			return 1
		}
		opts.Tag = func(words []string) ([]string, []string) {
			forms := make([]string, len(words))
			for i, w := range words {
				forms[i] = nlp.Normalize(w)
			}
			return pipe.Tagger.Tag(forms)
		}
	case "jackknife":
		tag, err := jackknifeTagger(*data, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "chronicle train ner:", err)
			return 1
		}
		opts.Tag = tag
	default:
		fmt.Fprintf(stderr, "chronicle train ner: -tags %q: want jackknife, gold or tagger\n", *tags)
		return 2
	}
	devPath := filepath.Join(*data, ner.DevIOB2)
	if *verbose {
		dev, _, err := ner.LoadExamples(devPath, filepath.Join(*data, ner.DevCoNLLU))
		if err != nil {
			fmt.Fprintln(stderr, "chronicle train ner:", err)
			return 1
		}
		opts.AfterEpoch = func(epoch int, m *ner.Model) {
			fmt.Fprintf(stderr, "ner: epoch %d: dev micro F1 %.4f (gold tags, unaveraged)\n", epoch, devF1(m, dev))
		}
	}
	start := time.Now()
	m, err := ner.Train(ctx, *data, opts)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle train ner:", err)
		return 1
	}
	b, err := m.Marshal(float32(*minWeight))
	if err != nil {
		fmt.Fprintln(stderr, "chronicle train ner:", err)
		return 1
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(stderr, "chronicle train ner:", err)
		return 1
	}
	saved, err := ner.Load(b, *out)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle train ner: the written model does not load:", err)
		return 1
	}
	r, err := eval.EvalNER(devPath, saved.Recognize)
	if err != nil {
		fmt.Fprintln(stderr, "chronicle train ner:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %s; dev micro F1 %.4f without tags\n",
		*out, len(b), time.Since(start).Round(time.Second), r.Micro.F1)
	return 0
}

// jackknifeTagger returns the tags of UD English-EWT train jackknifed as
// for the parser (train.JackknifeTags with the committed models' options),
// looked up by a sentence's words; nil for words of no training sentence.
func jackknifeTagger(data string, log io.Writer) (func([]string) ([]string, []string), error) {
	sents, err := conllu.ReadFile(filepath.Join(data, train.TrainFile))
	if err != nil {
		return nil, err
	}
	o := train.Defaults(data, "")
	o.Log = log
	upos, xpos := train.JackknifeTags(sents, o)
	bySentence := make(map[string]int, len(sents))
	for i, s := range sents {
		words := make([]string, len(s.Words))
		for j, w := range s.Words {
			words[j] = w.Form
		}
		bySentence[strings.Join(words, "\x00")] = i
	}
	return func(words []string) ([]string, []string) {
		if i, ok := bySentence[strings.Join(words, "\x00")]; ok {
			return upos[i], xpos[i]
		}
		return nil, nil
	}, nil
}

func devF1(m *ner.Model, dev []ner.Example) float64 {
	gold := make([][]iob2.Entity, len(dev))
	predicted := make([][]iob2.Entity, len(dev))
	for i, ex := range dev {
		gold[i] = iob2.Entities(ex.Tags)
		predicted[i] = iob2.Entities(m.Predict(ex))
	}
	return eval.ScoreNER(gold, predicted).Micro.F1
}
