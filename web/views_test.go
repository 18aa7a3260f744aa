package web

import (
	"strings"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

// render shows segments as text with [sentence] and {trigger} marked.
func renderSegments(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.Trigger:
			b.WriteString("{" + s.Text + "}")
		case s.Sentence:
			b.WriteString("[" + s.Text + "]")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func span(text, sub string) chronicle.Span {
	i := strings.Index(text, sub)
	return chronicle.Span{Start: i, End: i + len(sub)}
}

func TestHighlight(t *testing.T) {
	const text = "Talks began. Envoy Witkoff met Putin in Moscow. Nothing else happened. Both sides agreed."
	for _, tc := range []struct {
		name      string
		sentences []string
		triggers  []string
		want      string
	}{
		{"one sentence with its trigger", []string{"Envoy Witkoff met Putin in Moscow."}, []string{"met"},
			"Talks began. [Envoy Witkoff ]{met}[ Putin in Moscow.] Nothing else happened. Both sides agreed."},
		{"two sentences", []string{"Talks began.", "Both sides agreed."}, nil,
			"[Talks began.] Envoy Witkoff met Putin in Moscow. Nothing else happened. [Both sides agreed.]"},
		{"trigger at the sentence start", []string{"Both sides agreed."}, []string{"Both sides agreed"},
			"Talks began. Envoy Witkoff met Putin in Moscow. Nothing else happened. {Both sides agreed}[.]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ss, ts spanSet
			for _, s := range tc.sentences {
				ss = append(ss, span(text, s))
			}
			for _, s := range tc.triggers {
				ts = append(ts, span(text, s))
			}
			if got := renderSegments(highlight(text, ss, ts)); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestHighlightLongArticleShowsWindows(t *testing.T) {
	filler := strings.Repeat("Filler words about the weather. ", 1000)
	text := filler + "The key sentence is here." + filler
	segs := highlight(text, spanSet{span(text, "The key sentence is here.")}, nil)
	got := renderSegments(segs)
	if !strings.Contains(got, "[The key sentence is here.]") {
		t.Fatal("the sentence is not highlighted")
	}
	if len(got) > 2*contextBytes+200 || !strings.HasPrefix(got, " … ") || !strings.HasSuffix(got, " … ") {
		t.Errorf("a %d-byte article shown as %d bytes (%.40q … %.40q)", len(text), len(got), got, got[len(got)-40:])
	}
}

func TestValidSpan(t *testing.T) {
	text := "Kyiv – Київ 🇺🇦"
	for _, tc := range []struct {
		start, end int
		ok         bool
	}{
		{0, 4, true}, {0, len(text), true}, {-1, 3, false}, {3, 3, false}, {5, 4, false},
		{0, len(text) + 1, false}, {6, 8, false}, // inside the dash
		{len(text) - 2, len(text), false}, // inside the flag's last rune
	} {
		if got := validSpan(text, tc.start, tc.end); got != tc.ok {
			t.Errorf("validSpan(%d, %d) = %v, want %v", tc.start, tc.end, got, tc.ok)
		}
	}
}

func TestReportsFallBackToSentences(t *testing.T) {
	mentions := []sqlite.MentionRef{
		{Article: "short", Start: 0, End: 500, Text: "Offsets past the end."},
		{Article: "gone", Start: 0, End: 5, Text: "Article not stored."},
		{Article: "fine", Start: 0, End: 5, Text: "Hello", Trigger: &chronicle.TextSpan{Start: 0, End: 5}},
	}
	texts := map[string]string{"short": "Too short.", "fine": "Hello world."}
	reports := viewReports(mentions, func(id string) (string, error) {
		if text, ok := texts[id]; ok {
			return text, nil
		}
		return "", chronicle.Errorf(chronicle.ENOTFOUND, id, "no such article")
	})
	if len(reports) != 3 {
		t.Fatalf("%d reports, want 3", len(reports))
	}
	for i, want := range []string{"", "", "{Hello} world."} {
		if got := renderSegments(reports[i].Segments); got != want {
			t.Errorf("report %s: segments %q, want %q", reports[i].Article, got, want)
		}
		if len(reports[i].Sentences) != 1 {
			t.Errorf("report %s: sentences %v", reports[i].Article, reports[i].Sentences)
		}
	}
}
