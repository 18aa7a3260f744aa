package train

import (
	"slices"
	"strings"

	"chronicle/nlp/conllu"
)

// News reports most statements with the source after them ("Talks stalled,
// officials said."), a shape English-EWT, made of web text, has about sixty
// times in 12,544 sentences. A parser trained on it alone tends to hang the
// statement's subject and object on "said". attributed makes such sentences
// out of treebank statements: the statement becomes the complement (ccomp)
// of a reporting verb that is the new root, as EWT annotates the sentences
// it has. The sources and verbs vary so that no one phrase is learned.

// phrase is words to insert, in order, with 1-based heads inside the phrase
// (in a source, 0 stands for its reporting verb); verb marks the phrase's
// head, by which it joins the sentence.
type phrase []conllu.Word

func w(form, lemma, upos, xpos string, head int, rel string) conllu.Word {
	return conllu.Word{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
}

// verb marks the head of a phrase: a source's reporting verb, a relative
// clause's verb.
const verb = -1

var attributions = []phrase{
	{w("he", "he", "PRON", "PRP", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root")},
	{w("officials", "official", "NOUN", "NNS", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root")},
	{w("the", "the", "DET", "DT", 2, "det"), w("ministry", "ministry", "NOUN", "NN", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root"), w("on", "on", "ADP", "IN", 5, "case"), w("Monday", "Monday", "PROPN", "NNP", 3, "obl")},
	{w("a", "a", "DET", "DT", 3, "det"), w("senior", "senior", "ADJ", "JJ", 3, "amod"), w("official", "official", "NOUN", "NN", 0, "nsubj"), w("told", "tell", "VERB", "VBD", verb, "root"), w("reporters", "reporter", "NOUN", "NNS", 4, "obj")},
	{w("she", "she", "PRON", "PRP", 0, "nsubj"), w("added", "add", "VERB", "VBD", verb, "root")},
	{w("Maria", "Maria", "PROPN", "NNP", 0, "nsubj"), w("Lopez", "Lopez", "PROPN", "NNP", 1, "flat"), w("said", "say", "VERB", "VBD", verb, "root")},
	{w("the", "the", "DET", "DT", 3, "det"), w("Foreign", "Foreign", "PROPN", "NNP", 3, "compound"), w("Ministry", "Ministry", "PROPN", "NNP", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root"), w("in", "in", "ADP", "IN", 7, "case"), w("a", "a", "DET", "DT", 7, "det"), w("statement", "statement", "NOUN", "NN", 4, "obl")},
	{w("police", "police", "NOUN", "NNS", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root")},
	{w("Okafor", "Okafor", "PROPN", "NNP", 0, "nsubj"), w("says", "say", "VERB", "VBZ", verb, "root")},
	{w("the", "the", "DET", "DT", 2, "det"), w("agency", "agency", "NOUN", "NN", 0, "nsubj"), w("reported", "report", "VERB", "VBD", verb, "root")},
	{w("a", "a", "DET", "DT", 2, "det"), w("spokesman", "spokesman", "NOUN", "NN", 0, "nsubj"), w("for", "for", "ADP", "IN", 5, "case"), w("the", "the", "DET", "DT", 5, "det"), w("company", "company", "NOUN", "NN", 2, "nmod"), w("said", "say", "VERB", "VBD", verb, "root")},
	{w("witnesses", "witness", "NOUN", "NNS", 0, "nsubj"), w("said", "say", "VERB", "VBD", verb, "root")},
}

// attributed returns s reported by the k-th source phrase, or false when s is
// no plain statement: a verb at the root, a full stop at the end, no
// quotation marks, colons or semicolons, and none of "I", "you", "we", "my",
// "our" (other first- and second-person words pass).
func attributed(s conllu.Sentence, k int) (conllu.Sentence, bool) {
	n := len(s.Words)
	if n < 5 || n > 40 || s.Words[n-1].Form != "." {
		return s, false
	}
	root := -1
	for i, wd := range s.Words {
		switch wd.Form {
		case "\"", "``", "''", "“", "”", "I", "you", "You", "we", "We", "my", "our", "?", "!", ":", ";":
			return s, false
		}
		if wd.Head == 0 {
			root = i
		}
		if wd.Head == n && i != n-1 {
			return s, false // something hangs from the final stop
		}
	}
	if root < 0 || s.Words[root].UPOS != "VERB" || s.Words[n-1].Head != root+1 {
		return s, false
	}
	source := attributions[k%len(attributions)]
	out := conllu.Sentence{ID: s.ID + "-attributed", Words: slices.Clone(s.Words[:n-1])}
	comma := len(out.Words) + 1 // 1-based position of the comma
	first := comma + 1          // of the phrase's first word
	verbAt := 0
	for i, wd := range source {
		if wd.Head == verb {
			verbAt = first + i
		}
	}
	out.Words[root].Head, out.Words[root].Rel = verbAt, "ccomp"
	out.Words = append(out.Words, w(",", ",", "PUNCT", ",", root+1, "punct"))
	for _, wd := range source {
		switch wd.Head {
		case verb:
			wd.Head = 0
		case 0:
			wd.Head = verbAt
		default:
			wd.Head += first - 1
		}
		out.Words = append(out.Words, wd)
	}
	out.Words = append(out.Words, w(".", ".", "PUNCT", ".", verbAt, "punct"))
	return out, true
}

// addNewsShapes appends a reported copy of every every-th statement that
// attributed accepts and a copy with a relative clause of every every-th one
// withRelative accepts, with the statement's training tags and the added
// words' own.
func addNewsShapes(sents []conllu.Sentence, upos, xpos [][]string, every int) ([]conllu.Sentence, [][]string, [][]string) {
	if every <= 0 {
		return sents, upos, xpos
	}
	n := len(sents)
	for _, rewrite := range []func(conllu.Sentence, int) (conllu.Sentence, bool){attributed, withRelative} {
		made := 0
		for i := range n {
			a, ok := rewrite(sents[i], made/every)
			if !ok {
				continue
			}
			made++
			if (made-1)%every != 0 {
				continue
			}
			u, x := retag(sents[i], a, upos[i], xpos[i])
			sents, upos, xpos = append(sents, a), append(upos, u), append(xpos, x)
		}
	}
	return sents, upos, xpos
}

// retag gives the words of a, made from s by adding words (and dropping its
// final stop), s's training tags where a keeps s's words and the gold tags of
// the added ones. The added words form one block.
func retag(s, a conllu.Sentence, upos, xpos []string) (u, x []string) {
	// s's words before the block match a's first words; after it, a's last.
	before := 0
	for before < len(s.Words) && before < len(a.Words) && s.Words[before].Form == a.Words[before].Form {
		before++
	}
	after := 0
	for after < len(s.Words)-before && after < len(a.Words)-before && a.Words[len(a.Words)-1-after].Form == s.Words[len(s.Words)-1-after].Form {
		after++
	}
	for j, wd := range a.Words {
		switch {
		case j < before:
			u, x = append(u, upos[j]), append(x, xpos[j])
		case j >= len(a.Words)-after:
			k := len(s.Words) - (len(a.Words) - j)
			u, x = append(u, upos[k]), append(x, xpos[k])
		default:
			u, x = append(u, wd.UPOS), append(x, wd.XPOS)
		}
	}
	return u, x
}

// News introduces people and bodies with a relative clause between commas
// ("Trump, who has spoken of sanctions, said …"), which EWT has some thirty
// times after a name. withRelative makes more: one of these clauses is put
// after the subject of a plain statement, as EWT annotates them (acl:relcl
// of the subject, both commas hanging from the clause's head). Any noun
// subject takes any clause, so some copies disagree in number or animacy
// ("Troops, who has denied the charges,"): the parser sees tags, not
// agreement, and attaches such clauses the same way.
var relatives = []phrase{
	{w("who", "who", "PRON", "WP", 3, "nsubj"), w("has", "have", "AUX", "VBZ", 3, "aux"), w("denied", "deny", "VERB", "VBN", verb, "acl:relcl"), w("the", "the", "DET", "DT", 5, "det"), w("charges", "charge", "NOUN", "NNS", 3, "obj")},
	{w("who", "who", "PRON", "WP", 2, "nsubj"), w("took", "take", "VERB", "VBD", verb, "acl:relcl"), w("office", "office", "NOUN", "NN", 2, "obj"), w("in", "in", "ADP", "IN", 5, "case"), w("2019", "2019", "NUM", "CD", 2, "obl")},
	{w("who", "who", "PRON", "WP", 2, "nsubj"), w("leads", "lead", "VERB", "VBZ", verb, "acl:relcl"), w("the", "the", "DET", "DT", 5, "det"), w("opposition", "opposition", "NOUN", "NN", 5, "compound"), w("party", "party", "NOUN", "NN", 2, "obj")},
	{w("who", "who", "PRON", "WP", 2, "nsubj"), w("spoke", "speak", "VERB", "VBD", verb, "acl:relcl"), w("on", "on", "ADP", "IN", 4, "case"), w("condition", "condition", "NOUN", "NN", 2, "obl"), w("of", "of", "ADP", "IN", 6, "case"), w("anonymity", "anonymity", "NOUN", "NN", 4, "nmod")},
	{w("who", "who", "PRON", "WP", 6, "nsubj"), w("is", "be", "AUX", "VBZ", 6, "cop"), w("also", "also", "ADV", "RB", 6, "advmod"), w("the", "the", "DET", "DT", 6, "det"), w("foreign", "foreign", "ADJ", "JJ", 6, "amod"), w("minister", "minister", "NOUN", "NN", verb, "acl:relcl")},
	{w("who", "who", "PRON", "WP", 2, "nsubj"), w("arrived", "arrive", "VERB", "VBD", verb, "acl:relcl"), w("in", "in", "ADP", "IN", 4, "case"), w("Nairobi", "Nairobi", "PROPN", "NNP", 2, "obl"), w("on", "on", "ADP", "IN", 6, "case"), w("Tuesday", "Tuesday", "PROPN", "NNP", 2, "obl")},
	{w("who", "who", "PRON", "WP", 3, "nsubj:pass"), w("was", "be", "AUX", "VBD", 3, "aux:pass"), w("elected", "elect", "VERB", "VBN", verb, "acl:relcl"), w("in", "in", "ADP", "IN", 5, "case"), w("2020", "2020", "NUM", "CD", 3, "obl")},
	{w("who", "who", "PRON", "WP", 3, "nsubj"), w("had", "have", "AUX", "VBD", 3, "aux"), w("called", "call", "VERB", "VBN", verb, "acl:relcl"), w("for", "for", "ADP", "IN", 6, "case"), w("new", "new", "ADJ", "JJ", 6, "amod"), w("elections", "election", "NOUN", "NNS", 3, "obl")},
}

// withRelative returns s with the k-th relative clause after the subject of
// its root, or false when s has no such subject: a name or a noun, whose
// words all come before the root's.
func withRelative(s conllu.Sentence, k int) (conllu.Sentence, bool) {
	n := len(s.Words)
	if n < 4 || n > 35 {
		return s, false
	}
	root, subj := -1, -1
	for i, wd := range s.Words {
		switch strings.ToLower(wd.Form) {
		case "who", "\"", "``", "''", "“", "”":
			return s, false
		}
		if wd.Head == 0 {
			root = i
		}
	}
	if root < 0 || s.Words[root].UPOS != "VERB" {
		return s, false
	}
	for i, wd := range s.Words {
		if wd.Head == root+1 && wd.Rel == "nsubj" && (wd.UPOS == "PROPN" || wd.UPOS == "NOUN") && i < root {
			subj = i
		}
	}
	if subj < 0 {
		return s, false
	}
	// the subject's phrase ends at its last word below it, before any
	// punctuation, and nothing after it may hang from a word between the
	// subject and that end
	end := subj
	for i := subj + 1; i < root; i++ {
		if dominates(s, subj, i) {
			end = i
		}
	}
	if s.Words[end].UPOS == "PUNCT" || s.Words[end+1].UPOS == "PUNCT" {
		return s, false
	}
	for i := end + 1; i < n; i++ {
		if h := s.Words[i].Head - 1; h > subj && h <= end {
			return s, false // the clause's arc from the subject would cross this one
		}
	}
	clause := relatives[k%len(relatives)]
	insert := end + 1 // 0-based index where the clause starts
	shift := len(clause) + 2
	out := conllu.Sentence{ID: s.ID + "-relative", Words: make([]conllu.Word, 0, n+shift)}
	moved := func(h int) int { // 1-based head after the insertion
		if h > insert {
			return h + shift
		}
		return h
	}
	for _, wd := range s.Words[:insert] {
		wd.Head = moved(wd.Head)
		out.Words = append(out.Words, wd)
	}
	first := insert + 2 // 1-based position of "who"
	head := 0
	for i, wd := range clause {
		if wd.Head == verb {
			head = first + i
		}
	}
	out.Words = append(out.Words, w(",", ",", "PUNCT", ",", head, "punct"))
	for _, wd := range clause {
		if wd.Head == verb {
			wd.Head = subj + 1
		} else {
			wd.Head += first - 1
		}
		out.Words = append(out.Words, wd)
	}
	out.Words = append(out.Words, w(",", ",", "PUNCT", ",", head, "punct"))
	for _, wd := range s.Words[insert:] {
		wd.Head = moved(wd.Head)
		out.Words = append(out.Words, wd)
	}
	return out, true
}

// dominates reports whether word j (0-based) lies below word i: Document.Dominates
// for a treebank sentence's 1-based heads.
func dominates(s conllu.Sentence, i, j int) bool {
	for steps := 0; j >= 0 && steps <= len(s.Words); steps++ {
		if j == i {
			return true
		}
		j = s.Words[j].Head - 1
	}
	return false
}
