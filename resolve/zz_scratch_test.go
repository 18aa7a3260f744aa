package resolve

import (
	"os"
	"testing"
	"time"

	"chronicle/kb"
	"chronicle/nlp"
)

func TestScratchSeed(t *testing.T) {
	text, _ := os.ReadFile("../../shared/seed/reuters-witkoff-putin-talks.txt")
	doc := nlp.Analyze(string(text))
	a := Resolve(doc, time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC), kb.Default())
	f, _ := find(t, doc, "countries agreed", 0)
	for _, m := range a.mentions {
		if a.token(m.first).Sentence == a.token(f).Sentence {
			t.Logf("mention %q actor %s subj=%v", a.text(m.first, m.last), a.List[m.actor].ID, a.isSubject(m))
		}
	}
	for _, id := range a.AtAll(f) {
		t.Logf("%+v", a.Get(id))
	}
	s := doc.Sentences[doc.Tokens[f].Sentence]
	for j := s.First; j < s.Last; j++ {
		t.Logf("%d %q %s %s head=%d", j, doc.Tokens[j].Text, doc.Tokens[j].UPOS, doc.Tokens[j].Rel, doc.Tokens[j].Head)
	}
}
