package nlp

import (
	_ "embed"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"chronicle"
	"chronicle/nlp/lemma"
	"chronicle/nlp/ner"
	"chronicle/nlp/parser"
	"chronicle/nlp/tagger"
	"chronicle/segment"
)

// Model files, as written by `chronicle train` into nlp/models.
const (
	TaggerFile = "tagger.bin"
	LemmaFile  = "lemma.bin"
	ParserFile = "parser.bin"
)

// The models are embedded as byte slices, not an embed.FS, whose ReadFile
// would copy 10 MB onto the heap for nothing: Load only reads them.
var (
	//go:embed models/tagger.bin
	embeddedTagger []byte
	//go:embed models/lemma.bin
	embeddedLemma []byte
	//go:embed models/parser.bin
	embeddedParser []byte
)

// readEmbedded returns the embedded model file name.
func readEmbedded(name string) ([]byte, error) {
	switch name {
	case TaggerFile:
		return embeddedTagger, nil
	case LemmaFile:
		return embeddedLemma, nil
	case ParserFile:
		return embeddedParser, nil
	}
	return nil, os.ErrNotExist
}

// Pipeline is a loaded set of tagger, lemmatizer and parser.
type Pipeline struct {
	Tagger *tagger.Tagger
	Lemma  *lemma.Lemmatizer
	Parser *parser.Parser
}

var (
	defaultOnce sync.Once
	defaultPipe *Pipeline
	defaultErr  error
)

// Default returns the embedded models, loaded on first use.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() {
		defaultPipe, defaultErr = load(readEmbedded, "embedded")
	})
	return defaultPipe, defaultErr
}

// LoadDir reads the models from a directory written by `chronicle train`;
// a model the directory lacks is the embedded one (`chronicle train parser
// --out DIR` writes the parser alone).
func LoadDir(dir string) (*Pipeline, error) {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, chronicle.Errorf(chronicle.EINVALID, dir, "not a folder of models")
	}
	return load(func(name string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			return readEmbedded(name)
		}
		return b, err
	}, dir)
}

func load(read func(string) ([]byte, error), where string) (*Pipeline, error) {
	var p Pipeline
	for _, step := range []struct {
		file string
		load func([]byte) error
	}{
		{TaggerFile, func(b []byte) (err error) { p.Tagger, err = tagger.Load(b); return }},
		{LemmaFile, func(b []byte) (err error) {
			if p.Lemma, err = lemma.Load(b); err == nil {
				p.Lemma.UseLexicon(lemma.WordNet())
			}
			return
		}},
		{ParserFile, func(b []byte) (err error) { p.Parser, err = parser.Load(b); return }},
	} {
		b, err := read(step.file)
		if err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, filepath.Join(where, step.file), "cannot read model: %v", err)
		}
		if err := step.load(b); err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, filepath.Join(where, step.file), "bad model: %v", err)
		}
	}
	return &p, nil
}

// Analyze splits text into sentences and tokens and annotates them.
func Analyze(text string) *chronicle.Document {
	doc := segment.Split(text)
	Annotate(doc)
	return doc
}

// Annotate fills UPOS, XPOS, Lemma, Head and Rel of every token with the
// embedded models, then finds entities. It panics if an embedded model is
// corrupt, which is a build error, not an input error.
func Annotate(doc *chronicle.Document) {
	p, err := Default()
	if err != nil {
		panic(err)
	}
	p.Annotate(doc)
	ner.Recognize(doc)
}

// Annotate fills UPOS, XPOS, Lemma, Head and Rel of every token (not entities).
func (p *Pipeline) Annotate(doc *chronicle.Document) {
	var forms []string
	for _, s := range doc.Sentences {
		toks := doc.Tokens[s.First:s.Last]
		if len(toks) == 0 {
			continue
		}
		forms = forms[:0]
		for _, t := range toks {
			forms = append(forms, Normalize(t.Text))
		}
		upos, xpos := p.Tagger.Tag(forms)
		heads, rels := p.Parser.Parse(forms, upos, xpos)
		for i := range toks {
			t := &toks[i]
			t.UPOS, t.XPOS, t.Rel = upos[i], xpos[i], rels[i]
			t.Lemma = p.Lemma.Lemma(forms[i], xpos[i])
			t.Head = -1
			if heads[i] >= 0 {
				t.Head = s.First + heads[i]
			}
		}
	}
}

// Normalize maps typographic variants to the forms the treebank mostly uses,
// so that curly quotes, apostrophes and dashes in news text look like the
// training words (EWT has 1,296 straight double quotes to 67 curly ones).
func Normalize(form string) string {
	switch form {
	case "—", "–":
		return "--"
	case "…":
		return "..."
	}
	if !strings.ContainsAny(form, "‘’“”") {
		return form
	}
	return quoteReplacer.Replace(form)
}

var quoteReplacer = strings.NewReplacer("‘", "'", "’", "'", "“", "\"", "”", "\"")
