package coder

import (
	"strings"
	"testing"

	"chronicle"
)

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`“We will not yield,” the minister said.`, []string{"We will not yield"}},
		{`He said: "Talks failed." Then "more talks."`, []string{"Talks failed", "more talks"}},
		{"“First paragraph goes on\n\nand the next one", []string{"First paragraph goes on"}},
		{"No quotes at all.", nil},
		{"An unclosed “quote runs to the end", []string{"quote runs to the end"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range quoteSpans(tt.text) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quoteSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	c := New(nil)
	fx := loadFixtures(t, "testdata/quotes.conllu")
	want := map[string]chronicle.Quote{
		"after":  {Text: "The meeting was useful", Verb: "said", Medium: "statement", Speaker: chronicle.Speaker{Actor: "ministry", Text: "the ministry"}},
		"before": {Text: "Sanctions will follow", Verb: "wrote", Medium: "Telegram", Speaker: chronicle.Speaker{Actor: "orban", Text: "Orban"}},
		"outlet": {Text: "We will respond", Verb: "told", Medium: "Reuters", Speaker: chronicle.Speaker{Actor: "minister", Text: "minister"}},
	}
	for _, f := range fx {
		t.Run(f.id, func(t *testing.T) {
			_, quotes := c.Code(f.doc, f.inputs())
			if len(quotes) != 1 {
				t.Fatalf("%d quotes, want 1: %+v", len(quotes), quotes)
			}
			q, w := quotes[0], want[f.id]
			if q.Text != w.Text || q.Verb != w.Verb || q.Medium != w.Medium || q.Speaker != w.Speaker {
				t.Errorf("got  %+v\nwant %+v", q, w)
			}
			if f.doc.Text[q.Start:q.End] != q.Text {
				t.Errorf("span [%d,%d) is %q, not the quote text", q.Start, q.End, f.doc.Text[q.Start:q.End])
			}
		})
	}
}
