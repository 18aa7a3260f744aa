package eval

import (
	"os"
	"slices"
	"strings"

	"chronicle"
	"chronicle/nlp/ner/iob2"
)

// PRF is precision, recall and F1 with the counts they come from.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
}

func (s *PRF) finish() {
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// NERReport scores entities by exact span and type match.
type NERReport struct {
	Sentences int            `json:"sentences"`
	Tokens    int            `json:"tokens"`
	Micro     PRF            `json:"micro"`
	Types     map[string]PRF `json:"types"` // keyed by lower-case type: "per", "org", "loc"
}

// ScoreNER compares predicted entities with gold ones, sentence by sentence.
// An entity counts as correct only when its first and last token and its
// type all match.
func ScoreNER(gold, predicted [][]iob2.Entity) NERReport {
	r := NERReport{Sentences: len(gold), Types: map[string]PRF{}}
	add := func(typ string, g, p, c int) {
		key := strings.ToLower(typ)
		s := r.Types[key]
		s.Gold += g
		s.Predicted += p
		s.Correct += c
		r.Types[key] = s
		r.Micro.Gold += g
		r.Micro.Predicted += p
		r.Micro.Correct += c
	}
	for i, g := range gold {
		var p []iob2.Entity
		if i < len(predicted) {
			p = predicted[i]
		}
		for _, e := range g {
			add(e.Type, 1, 0, 0)
		}
		for _, e := range p {
			c := 0
			if slices.Contains(g, e) {
				c = 1
			}
			add(e.Type, 0, 1, c)
		}
	}
	for k, s := range r.Types {
		s.finish()
		r.Types[k] = s
	}
	r.Micro.finish()
	return r
}

// EvalNER reads gold IOB2 sentences from path, builds one Document of their
// tokens (words joined by spaces, one sentence a line), lets annotate fill
// its entities (a tagger may run first), and scores them.
func EvalNER(path string, annotate func(*chronicle.Document)) (NERReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return NERReport{}, chronicle.Errorf(chronicle.EINVALID, path, "%v", err)
	}
	defer f.Close()
	sents, err := iob2.Read(f, path)
	if err != nil {
		return NERReport{}, err
	}
	if len(sents) == 0 {
		return NERReport{}, chronicle.Errorf(chronicle.EINVALID, path, "no sentences in the gold file")
	}
	gold := make([][]iob2.Entity, len(sents))
	predicted := make([][]iob2.Entity, len(sents))
	tokens := 0
	for i, s := range sents {
		gold[i] = iob2.Entities(s.Tags)
		tokens += len(s.Tokens)
	}
	// One Document per gold document, so that document-level cues work as
	// they do on an article.
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[start].Doc != "" && sents[end].Doc == sents[start].Doc {
			end++
		}
		doc := nerDocument(sentenceTokens(sents[start:end]))
		annotate(doc)
		for _, e := range doc.Entities {
			si := doc.Tokens[e.First].Sentence
			first := doc.Sentences[si].First
			predicted[start+si] = append(predicted[start+si], iob2.Entity{First: e.First - first, Last: e.Last - first, Type: e.Type})
		}
		start = end
	}
	r := ScoreNER(gold, predicted)
	r.Tokens = tokens
	return r, nil
}

func sentenceTokens(sents []iob2.Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = s.Tokens
	}
	return out
}

// nerDocument builds a Document from pre-tokenized sentences: words
// joined by one space, sentences by a newline, offsets set accordingly.
func nerDocument(sentences [][]string) *chronicle.Document {
	doc := &chronicle.Document{}
	var b strings.Builder
	for si, words := range sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		s := chronicle.Sentence{Start: b.Len(), First: len(doc.Tokens)}
		for wi, w := range words {
			if wi > 0 {
				b.WriteByte(' ')
			}
			doc.Tokens = append(doc.Tokens, chronicle.Token{Text: w, Start: b.Len(), End: b.Len() + len(w), Sentence: si, Head: -1})
			b.WriteString(w)
		}
		s.End, s.Last = b.Len(), len(doc.Tokens)
		doc.Sentences = append(doc.Sentences, s)
	}
	doc.Text = b.String()
	return doc
}
