package conllu

import (
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	sents, err := ReadFile("testdata/two.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[0].ID != "t-1" {
		t.Fatalf("got %d sentences, first id %q", len(sents), sents[0].ID)
	}
	w := sents[0].Words
	if len(w) != 5 || w[1].Form != "'s" || w[3].Lemma != "bark" || w[0].Head != 3 || w[0].Rel != "nmod:poss" {
		t.Fatalf("words %+v", w)
	}
	if len(sents[1].Words) != 2 {
		t.Fatalf("empty node not skipped: %+v", sents[1].Words)
	}
	doc := Document(sents)
	if doc.SpanText(0, 2) != "Mary 's" || doc.Sentences[1].First != 5 || doc.Tokens[5].Sentence != 1 {
		t.Fatalf("document %q %+v", doc.Text, doc.Sentences)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"columns", "1\tx\n", "columns"},
		{"sequence", "2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n", "out of sequence"},
		{"head", "1\tx\tx\tX\tX\t_\tz\troot\t_\t_\n", "bad head"},
		{"range", "1\tx\tx\tX\tX\t_\t5\troot\t_\t_\n", "beyond"},
	} {
		_, err := Read(strings.NewReader(tc.in), tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.name) {
			t.Errorf("%s: error %v, want one naming the input and saying %q", tc.name, err, tc.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Add("# sent_id = a\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, w := range s.Words {
				if w.Head > len(s.Words) {
					t.Fatalf("head %d out of range", w.Head)
				}
			}
		}
		Document(sents)
	})
}
