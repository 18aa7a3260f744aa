package train

import (
	"strings"
	"testing"

	"chronicle/nlp/conllu"
)

func statement() conllu.Sentence {
	// Troops left the town .
	return conllu.Sentence{ID: "s1", Words: []conllu.Word{
		w("Troops", "troop", "NOUN", "NNS", 2, "nsubj"),
		w("left", "leave", "VERB", "VBD", 0, "root"),
		w("the", "the", "DET", "DT", 4, "det"),
		w("town", "town", "NOUN", "NN", 2, "obj"),
		w("quickly", "quickly", "ADV", "RB", 2, "advmod"),
		w(".", ".", "PUNCT", ".", 2, "punct"),
	}}
}

func TestAttributedReportsTheStatement(t *testing.T) {
	for k := range attributions {
		a, ok := attributed(statement(), k)
		if !ok {
			t.Fatalf("phrase %d: plain statement refused", k)
		}
		var forms []string
		roots := 0
		for i, wd := range a.Words {
			forms = append(forms, wd.Form)
			if wd.Head < 0 || wd.Head > len(a.Words) || wd.Head == i+1 {
				t.Fatalf("phrase %d: word %d has head %d", k, i+1, wd.Head)
			}
			if wd.Head == 0 {
				roots++
			}
		}
		text := strings.Join(forms, " ")
		if !strings.HasPrefix(text, "Troops left the town quickly , ") || !strings.HasSuffix(text, " .") || roots != 1 {
			t.Fatalf("phrase %d: %q with %d roots", k, text, roots)
		}
		left := a.Words[1]
		reporting := a.Words[left.Head-1]
		if left.Rel != "ccomp" || reporting.Head != 0 || reporting.UPOS != "VERB" {
			t.Errorf("phrase %d: %q: statement verb %s of %q", k, text, left.Rel, reporting.Form)
		}
		if last := a.Words[len(a.Words)-1]; last.Head != left.Head {
			t.Errorf("phrase %d: final stop hangs from word %d, not the reporting verb", k, last.Head)
		}
		// every word reaches the root
		for i := range a.Words {
			h, steps := i+1, 0
			for h != 0 && steps <= len(a.Words) {
				h, steps = a.Words[h-1].Head, steps+1
			}
			if h != 0 {
				t.Fatalf("phrase %d: word %d is in a cycle", k, i+1)
			}
		}
	}
}

func TestWithRelativeFollowsTheSubject(t *testing.T) {
	for k := range relatives {
		a, ok := withRelative(statement(), k)
		if !ok {
			t.Fatalf("clause %d: statement refused", k)
		}
		if a.Words[1].Form != "," || a.Words[2].Form != "who" {
			t.Fatalf("clause %d: %v", k, a.Words[:3])
		}
		var head conllu.Word
		for _, wd := range a.Words {
			if wd.Rel == "acl:relcl" {
				head = wd
			}
		}
		if head.Head != 1 {
			t.Errorf("clause %d: relative clause hangs from word %d, not the subject", k, head.Head)
		}
		if verb := a.Words[a.Words[0].Head-1]; verb.Form != "left" || verb.Head != 0 {
			t.Errorf("clause %d: subject hangs from %q", k, verb.Form)
		}
		if obj := a.Words[len(a.Words)-3]; obj.Form != "town" || a.Words[obj.Head-1].Form != "left" {
			t.Errorf("clause %d: object %q hangs from word %d", k, obj.Form, obj.Head)
		}
	}
}

func TestAttributedRefusesOtherSentences(t *testing.T) {
	question := statement()
	question.Words[5].Form = "?"
	quoted := statement()
	quoted.Words[0].Form = "\""
	nominal := statement()
	nominal.Words[1].UPOS = "NOUN"
	first := statement()
	first.Words[0].Form = "I"
	for name, s := range map[string]conllu.Sentence{"question": question, "quoted": quoted, "nominal root": nominal, "first person": first} {
		if _, ok := attributed(s, 0); ok {
			t.Errorf("%s: reported", name)
		}
	}
}

func TestAddNewsShapesKeepsTagsAligned(t *testing.T) {
	sents := []conllu.Sentence{statement(), statement(), statement()}
	upos, xpos := make([][]string, 3), make([][]string, 3)
	for i, s := range sents {
		for _, wd := range s.Words {
			upos[i], xpos[i] = append(upos[i], wd.UPOS), append(xpos[i], wd.XPOS)
		}
	}
	// training tags the gold does not have mark the statement's own words
	for i := range upos {
		for j := range upos[i] {
			upos[i][j] = "P-" + upos[i][j]
		}
	}
	out, u, x := addNewsShapes(sents, upos, xpos, 2)
	if len(out) != 7 || len(u) != 7 || len(x) != 7 {
		t.Fatalf("every 2nd of 3 statements, reported and with a relative clause: %d sentences, want 7", len(out))
	}
	for i := range out {
		if len(u[i]) != len(out[i].Words) || len(x[i]) != len(out[i].Words) {
			t.Fatalf("sentence %d: %d words, %d/%d tags", i, len(out[i].Words), len(u[i]), len(x[i]))
		}
		kept := 0
		for j, wd := range out[i].Words {
			switch {
			case u[i][j] == "P-"+wd.UPOS:
				kept++
			case u[i][j] != wd.UPOS:
				t.Errorf("sentence %d word %d %q: tag %s", i, j, wd.Form, u[i][j])
			}
		}
		// the statement's words keep its tags: all of them, less the
		// final stop a reported copy replaces
		if want := len(statement().Words); kept != want && kept != want-1 {
			t.Errorf("sentence %d: %d words with the statement's tags, want %d", i, kept, want)
		}
	}
	if same, _, _ := addNewsShapes(sents, upos, xpos, 0); len(same) != 3 {
		t.Errorf("0 added sentences")
	}
}
