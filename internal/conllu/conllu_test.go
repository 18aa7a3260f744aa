package conllu

import (
	"os"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/shared"
)

func TestParseFixture(t *testing.T) {
	f, err := os.Open("testdata/two_docs.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	d := docs[0]
	if want := "Putin met Witkoff on Friday. He didn't say where."; d.Text != want {
		t.Fatalf("text %q, want %q", d.Text, want)
	}
	if len(d.Sentences) != 2 || d.Sentences[1].First != 6 || d.Sentences[1].Start != 29 {
		t.Fatalf("sentences %+v", d.Sentences)
	}
	tests := []struct {
		tok        int
		text, lem  string
		head       int
		rel, upos  string
		start, end int
	}{
		{0, "Putin", "Putin", 1, "nsubj", "PROPN", 0, 5},
		{1, "met", "meet", -1, "root", "VERB", 6, 9},
		{4, "Friday", "Friday", 1, "obl", "PROPN", 21, 27},
		{7, "did", "do", 9, "aux", "AUX", 32, 35},
		{8, "n't", "not", 9, "advmod", "PART", 35, 38},
		{9, "say", "say", -1, "root", "VERB", 39, 42},
	}
	for _, tt := range tests {
		tok := d.Tokens[tt.tok]
		if tok.Text != tt.text || tok.Lemma != tt.lem || tok.Head != tt.head || tok.Rel != tt.rel ||
			tok.UPOS != tt.upos || tok.Start != tt.start || tok.End != tt.end {
			t.Errorf("token %d = %+v, want %+v", tt.tok, tok, tt)
		}
		if d.Text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d offsets cover %q", tt.tok, d.Text[tok.Start:tok.End])
		}
		if tok.Sentence != map[bool]int{true: 1, false: 0}[tt.tok >= 6] {
			t.Errorf("token %d in sentence %d", tt.tok, tok.Sentence)
		}
	}
	if len(d.Entities) != 2 || d.SpanText(d.Entities[1].First, d.Entities[1].Last) != "Witkoff" || d.Entities[1].Type != "PER" {
		t.Errorf("entities %+v", d.Entities)
	}

	k := docs[1]
	if len(k.Tokens) != 11 {
		t.Fatalf("empty node not skipped: %d tokens", len(k.Tokens))
	}
	if got := k.Text[k.Tokens[3].Start:k.Tokens[3].End]; got != "’s" {
		t.Errorf("curly possessive located as %q", got)
	}
	if k.Tokens[2].Head != 4 || k.Tokens[0].Head != 1 {
		t.Errorf("heads not made document-relative: %+v", k.Tokens[:3])
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "1\tPutin\tPutin\n", "line 1: want 10"},
		{"sequence", "# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n", "line 3: word id \"3\" out of sequence"},
		{"head beyond", "# text = a\n1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n", "head 5 beyond"},
		{"self head", "# text = a\n1\ta\ta\tX\tX\t_\t1\troot\t_\t_\n", "its own head"},
		{"bad head", "1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", "bad head"},
		{"missing word", "# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tc\tc\tX\tX\t_\t1\tdep\t_\t_\n", "word \"c\" not found"},
		{"ner", "# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\tNER=I-PER\n", "does not continue"},
		{"ner kind", "# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\tNER=PER\n", "not IOB2"},
		{"mwt", "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad multiword"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseString(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
			if chronicle.ErrorCode(err) != chronicle.EINVALID || !strings.HasPrefix(err.Error(), "conllu: ") {
				t.Errorf("error %v should be EINVALID naming the input", err)
			}
		})
	}
}

func TestParseWithoutText(t *testing.T) {
	docs, err := ParseString("1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Text != "He left" || docs[0].Tokens[1].Start != 3 {
		t.Fatalf("got %+v", docs[0])
	}
}

// TestParseTreebank reads the whole UD English-EWT dev set: every token's
// offsets must cover its form (or the multiword token holding it).
func TestParseTreebank(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	var sentences, tokens int
	for _, d := range docs {
		sentences += len(d.Sentences)
		tokens += len(d.Tokens)
		for i, tok := range d.Tokens {
			got := d.Text[tok.Start:tok.End]
			if got != tok.Text && !strings.Contains(strings.ToLower(got), strings.ToLower(tok.Text)) && tok.End-tok.Start < len(tok.Text) {
				t.Fatalf("token %d %q covers %q", i, tok.Text, got)
			}
			if tok.Head >= 0 && d.Tokens[tok.Head].Sentence != tok.Sentence {
				t.Fatalf("token %d head leaves its sentence", i)
			}
		}
	}
	if sentences != 2001 || tokens != 25147 {
		t.Errorf("read %d sentences, %d words; EWT dev has 2001 and 25147", sentences, tokens)
	}
}

func FuzzParse(f *testing.F) {
	seed, _ := os.ReadFile("testdata/two_docs.conllu")
	f.Add(string(seed))
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Add("# text = x\n1\tx\tx\tX\tX\t_\t0\troot\t_\tNER=B-ORG\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ParseString(in)
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, tok := range d.Tokens {
				if tok.Start < 0 || tok.End > len(d.Text) || tok.Start > tok.End {
					t.Fatalf("token %+v outside text of %d bytes", tok, len(d.Text))
				}
				if tok.Head >= len(d.Tokens) {
					t.Fatalf("head %d outside document", tok.Head)
				}
			}
			for _, e := range d.Entities {
				if e.First >= e.Last || e.Last > len(d.Tokens) {
					t.Fatalf("entity %+v", e)
				}
			}
		}
	})
}

func BenchmarkParseFixture(b *testing.B) {
	seed, err := os.ReadFile("testdata/two_docs.conllu")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ParseString(string(seed)); err != nil {
			b.Fatal(err)
		}
	}
}
