package segment

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"chronicle/internal/shared"
)

// ewtDocument is a UD English-EWT document rebuilt as raw text: its
// sentences' "# text" lines joined by a space within a paragraph and by a
// blank line between paragraphs, with the gold sentence ends and word spans.
type ewtDocument struct {
	text  string
	ends  []int  // gold sentence end offsets
	words []span // gold word spans (multiword tokens as their words when these spell the surface)
}

// readEWT rebuilds the documents of a CoNLL-U file.
func readEWT(t testing.TB, path string) []ewtDocument {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		docs       []ewtDocument
		b          strings.Builder
		cur        *ewtDocument
		newPar     bool
		sentText   string
		sentStart  int
		pos        int // next unaligned byte of the sentence, as a document offset
		mwtEnd     int // last word id of the multiword token being read
		mwtForm    string
		mwtWords   []string
		misaligned int
	)
	flush := func() {
		if cur != nil {
			cur.text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
		cur = &ewtDocument{}
	}
	// align finds form at or after pos and returns its span.
	align := func(form string) (span, bool) {
		text := b.String()
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		if strings.HasPrefix(text[pos:], form) {
			s := span{pos, pos + len(form)}
			pos += len(form)
			return s, true
		}
		if k := strings.Index(text[pos:], form); k >= 0 {
			s := span{pos + k, pos + k + len(form)}
			pos += k + len(form)
			return s, false
		}
		return span{}, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			newPar = false
		case strings.HasPrefix(line, "# newpar"):
			newPar = true
		case strings.HasPrefix(line, "# text = "):
			if cur == nil {
				flush()
			}
			sentText = strings.TrimPrefix(line, "# text = ")
			if b.Len() > 0 {
				if newPar {
					b.WriteString("\n\n")
				} else {
					b.WriteString(" ")
				}
			}
			newPar = false
			sentStart = b.Len()
			b.WriteString(sentText)
			cur.ends = append(cur.ends, b.Len())
			pos = sentStart
		case line == "" || line[0] == '#':
		default:
			cols := strings.SplitN(line, "\t", 3)
			id, form := cols[0], cols[1]
			if strings.Contains(id, ".") {
				continue // empty nodes have no surface
			}
			if lo, hi, ok := strings.Cut(id, "-"); ok {
				var a, z int
				fmt.Sscan(lo, &a)
				fmt.Sscan(hi, &z)
				mwtEnd, mwtForm, mwtWords = z, form, mwtWords[:0]
				continue
			}
			var n int
			fmt.Sscan(id, &n)
			if n <= mwtEnd {
				mwtWords = append(mwtWords, form)
				if n < mwtEnd {
					continue
				}
				mwtEnd = 0
				s, ok := align(mwtForm)
				if !ok {
					misaligned++
				}
				if strings.Join(mwtWords, "") == mwtForm {
					at := s.start
					for _, w := range mwtWords {
						cur.words = append(cur.words, span{at, at + len(w)})
						at += len(w)
					}
				} else {
					cur.words = append(cur.words, s)
				}
				continue
			}
			s, ok := align(form)
			if !ok {
				misaligned++
			}
			cur.words = append(cur.words, s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	if misaligned > 0 {
		t.Logf("%s: %d gold forms not found in order in the rebuilt text", path, misaligned)
	}
	return docs
}

type ewtScores struct {
	sentP, sentR, sentF1 float64
	innerF1              float64 // sentence ends other than each document's last
	tokP, tokR, tokF1    float64
	errors               []string
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scoreEWT splits every document and scores predicted sentence ends and
// token spans against gold, by exact offsets.
func scoreEWT(docs []ewtDocument, keepErrors bool) ewtScores {
	var sc ewtScores
	var sentHit, sentPred, sentGold, tokHit, tokPred, tokGold int
	for _, d := range docs {
		doc := Split(d.text)
		gold := map[int]bool{}
		for _, e := range d.ends {
			gold[e] = true
		}
		pred := map[int]bool{}
		for _, s := range doc.Sentences {
			pred[s.End] = true
			if gold[s.End] {
				sentHit++
			} else if keepErrors {
				sc.errors = append(sc.errors, "extra: "+context(d.text, s.End))
			}
		}
		if keepErrors {
			for _, e := range d.ends {
				if !pred[e] {
					sc.errors = append(sc.errors, "missed: "+context(d.text, e))
				}
			}
		}
		sentPred += len(doc.Sentences)
		sentGold += len(d.ends)
		goldTok := map[span]bool{}
		for _, w := range d.words {
			goldTok[w] = true
		}
		for _, tk := range doc.Tokens {
			if goldTok[span{tk.Start, tk.End}] {
				tokHit++
			} else if keepErrors {
				sc.errors = append(sc.errors, fmt.Sprintf("token: %q in %q", tk.Text, d.text[max(0, tk.Start-15):min(len(d.text), tk.End+15)]))
			}
		}
		tokPred += len(doc.Tokens)
		tokGold += len(d.words)
	}
	sc.sentP, sc.sentR = float64(sentHit)/float64(sentPred), float64(sentHit)/float64(sentGold)
	sc.tokP, sc.tokR = float64(tokHit)/float64(tokPred), float64(tokHit)/float64(tokGold)
	sc.sentF1, sc.tokF1 = f1(sc.sentP, sc.sentR), f1(sc.tokP, sc.tokR)
	// Every document's last end is found for free; without them:
	n := len(docs)
	sc.innerF1 = f1(float64(sentHit-n)/float64(sentPred-n), float64(sentHit-n)/float64(sentGold-n))
	return sc
}

func context(text string, at int) string {
	return fmt.Sprintf("%q|%q", text[max(0, at-40):at], text[at:min(len(text), at+30)])
}

// TestEWTTest scores sentence boundaries and tokens on EWT test, the
// figures reported for the splitter. Set SEGMENT_ERRORS=1 and -v to list the errors.
func TestEWTTest(t *testing.T) {
	for _, c := range []struct {
		file             string
		minSent, minToks float64
	}{
		{"data/ud-ewt/en_ewt-ud-test.conllu", 0.945, 0.985},
		{"data/ud-ewt/en_ewt-ud-dev.conllu", 0.95, 0.985},
	} {
		docs := readEWT(t, shared.Path(t, c.file))
		sc := scoreEWT(docs, os.Getenv("SEGMENT_ERRORS") != "")
		for _, e := range sc.errors {
			t.Log(e)
		}
		t.Logf("%s: %d documents; sentence ends P %.4f R %.4f F1 %.4f (F1 %.4f without document ends); tokens P %.4f R %.4f F1 %.4f",
			c.file, len(docs), sc.sentP, sc.sentR, sc.sentF1, sc.innerF1, sc.tokP, sc.tokR, sc.tokF1)
		if sc.sentF1 < c.minSent {
			t.Errorf("%s: sentence-end F1 %.4f, below the floor %.2f", c.file, sc.sentF1, c.minSent)
		}
		if sc.tokF1 < c.minToks {
			t.Errorf("%s: token F1 %.4f, below the floor %.2f", c.file, sc.tokF1, c.minToks)
		}
	}
}
