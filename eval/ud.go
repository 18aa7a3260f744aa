package eval

import (
	"strings"

	"chronicle"
	"chronicle/nlp/conllu"
)

// UDReport scores tags, lemmas and trees against a gold treebank, over all
// words including punctuation, as the CoNLL 2018 shared task does. LAS, like
// CoNLL 2018's, compares relations without their subtype ("nsubj:pass" counts
// as "nsubj"); LASFull needs the subtype right too.
type UDReport struct {
	Sentences int     `json:"sentences"`
	Words     int     `json:"words"`
	UPOS      float64 `json:"upos"`
	XPOS      float64 `json:"xpos"`
	Lemma     float64 `json:"lemma"`
	UAS       float64 `json:"uas"`
	LAS       float64 `json:"las"`
	LASFull   float64 `json:"las_full"`
}

// UD annotates the gold sentences' words with annotate and scores the result.
func UD(gold []conllu.Sentence, annotate func(*chronicle.Document)) UDReport {
	doc := conllu.Document(gold)
	annotate(doc)
	var r UDReport
	var upos, xpos, lemma, uas, las, full int
	k := 0
	for _, s := range gold {
		r.Sentences++
		first := k
		for _, w := range s.Words {
			t := doc.Tokens[k]
			k++
			r.Words++
			upos += udCount(t.UPOS == w.UPOS)
			xpos += udCount(t.XPOS == w.XPOS)
			lemma += udCount(t.Lemma == w.Lemma)
			head := t.Head - first + 1
			if t.Head < 0 {
				head = 0
			}
			if head == w.Head {
				uas++
				las += udCount(udUniversal(t.Rel) == udUniversal(w.Rel))
				full += udCount(t.Rel == w.Rel)
			}
		}
	}
	if r.Words > 0 {
		n := float64(r.Words)
		r.UPOS, r.XPOS, r.Lemma = float64(upos)/n, float64(xpos)/n, float64(lemma)/n
		r.UAS, r.LAS, r.LASFull = float64(uas)/n, float64(las)/n, float64(full)/n
	}
	return r
}

// UDFile reads a CoNLL-U file and scores annotate on it.
func UDFile(path string, annotate func(*chronicle.Document)) (UDReport, error) {
	gold, err := conllu.ReadFile(path)
	if err != nil {
		return UDReport{}, err
	}
	if len(gold) == 0 {
		return UDReport{}, chronicle.Errorf(chronicle.EINVALID, path, "no sentences in treebank")
	}
	return UD(gold, annotate), nil
}

func udUniversal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func udCount(b bool) int {
	if b {
		return 1
	}
	return 0
}
