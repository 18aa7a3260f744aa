package wire

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"chronicle/internal/shared"
)

func TestCleanOutletStyles(t *testing.T) {
	tests := []struct {
		file       string
		authors    []string
		outlet     string
		dateline   string
		title      string
		published  string
		paragraphs int
		starts     string
		keeps      []string // text a careless cleaner would lose
		drops      []string // boilerplate that must go
	}{
		{
			file: "reuters.txt", authors: []string{"Lena Varga", "Tomas Kral"}, outlet: "Reuters", dateline: "VILNIUS",
			title: "Baltic states tighten border checks after drone incursion", paragraphs: 4,
			starts: "Lithuania, Latvia and Estonia said on Monday",
			keeps:  []string{`"We will not tolerate`, "Belarus denied"},
			drops:  []string{"Advertisement", "Reporting by", "Editing by", "(Reuters)"},
		},
		{
			file: "ap.txt", authors: []string{"Jane Holloway", "Samir Haddad"}, outlet: "Associated Press", dateline: "KYIV",
			paragraphs: 3, starts: "Ukraine’s parliament approved",
			keeps: []string{"Reporting by the Kyiv Independent found that thousands"},
			drops: []string{"Facebook", "contributed to this report", "Copyright", "___", "(AP)"},
		},
		{
			file: "afp.txt", outlet: "AFP", dateline: "PARIS", paragraphs: 3, starts: "French farmers blocked",
			keeps: []string{"Prime Minister Gabriel Attal said he would meet"},
			drops: []string{"Photo", "Read more", "©"},
		},
		{
			file: "bbc.txt", authors: []string{"Kenji Mori", "Grace Park"}, outlet: "BBC News",
			title: "Japan and South Korea agree to resume security talks", published: "2025-04-11", paragraphs: 2,
			starts: "Japan and South Korea have agreed",
			keeps:  []string{"share more information on North Korea"},
			drops:  []string{"Skip", "Image", "Share this", "Related", "More on this story", "Tokyo\n"},
		},
		{
			file: "guardian.txt", authors: []string{"Jane Whitfield"}, outlet: "The Guardian", published: "2025-04-12",
			paragraphs: 3, starts: "The UK government has summoned",
			drops: []string{"Sign up", "Explore more", "BST"},
		},
		{
			file: "scraped.txt", authors: []string{"Nino Beridze"}, published: "2024-05-14",
			title: "Protesters clash with police in Tbilisi over foreign agents bill", paragraphs: 4,
			starts: "Tens of thousands of protesters",
			keeps:  []string{"Subscribers to the opposition TV channel said", "The European Union said"},
			drops:  []string{"cookies", "Accept", "Menu", "Search", "Read more", "READ MORE", "Subscribe to", "WhatsApp", "Published"},
		},
		{
			file: "wrapped.txt", dateline: "WASHINGTON", paragraphs: 2,
			starts: "The Senate voted on Wednesday to extend a surveillance program that lets",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			text, meta := Clean(string(raw))
			if !reflect.DeepEqual(meta.Authors, tt.authors) {
				t.Errorf("authors = %q, want %q", meta.Authors, tt.authors)
			}
			if meta.Outlet != tt.outlet || meta.Dateline != tt.dateline || meta.Title != tt.title {
				t.Errorf("outlet, dateline, title = %q, %q, %q; want %q, %q, %q",
					meta.Outlet, meta.Dateline, meta.Title, tt.outlet, tt.dateline, tt.title)
			}
			if got := dateOrEmpty(meta.Published); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if !strings.HasPrefix(text, tt.starts) {
				t.Errorf("text starts %.80q, want %q", text, tt.starts)
			}
			if n := len(strings.Split(text, "\n\n")); n != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", n, tt.paragraphs, text)
			}
			for _, s := range tt.keeps {
				if !strings.Contains(text, s) {
					t.Errorf("lost %q:\n%s", s, text)
				}
			}
			for _, s := range tt.drops {
				if strings.Contains(text, s) {
					t.Errorf("kept %q:\n%s", s, text)
				}
			}
			checkLayout(t, text)
		})
	}
}

// checkLayout asserts the invariants of cleaned text: paragraphs separated
// by exactly one blank line, no space runs, no blank edges.
func checkLayout(t *testing.T, text string) {
	t.Helper()
	if strings.Contains(text, "\n\n\n") || strings.Contains(text, "  ") || strings.TrimSpace(text) != text {
		t.Errorf("bad layout: %q", text)
	}
	for _, p := range strings.Split(text, "\n\n") {
		if strings.Contains(p, "\n") || p == "" {
			t.Errorf("bad paragraph %q", p)
		}
	}
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func TestCleanSeed(t *testing.T) {
	raw, err := os.ReadFile(shared.Path(t, "seed/reuters-witkoff-putin-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text, meta := Clean(string(raw))
	if !reflect.DeepEqual(meta.Authors, []string{"Andrew Osborn"}) || meta.Outlet != "Reuters" {
		t.Errorf("authors %q outlet %q", meta.Authors, meta.Outlet)
	}
	if !strings.HasPrefix(text, "U.S. President Donald Trump’s special envoy") {
		t.Errorf("text starts %.60q", text)
	}
	for _, s := range []string{"Share this story", "ADVERTISING", "By Andrew"} {
		if strings.Contains(text, s) {
			t.Errorf("kept %q", s)
		}
	}
	if n := len(strings.Split(text, "\n\n")); n != 14 {
		t.Errorf("%d paragraphs, want 14", n)
	}
	checkLayout(t, text)
}
