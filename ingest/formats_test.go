package ingest

import (
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/shared"

	"golang.org/x/text/encoding/charmap"
)

func TestWikinewsCSV(t *testing.T) {
	path := shared.Path(t, "data/news/wikinews_2019.csv")
	arts, errs := collect(t, []string{path}, nil, Options{})
	if len(errs) != 0 || len(arts) != 171 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	english := 0
	for _, a := range arts {
		if a.Published.IsZero() || a.Title == "" || !strings.HasPrefix(a.URL, "https://") || len(a.ID) != 16 {
			t.Errorf("%s: missing metadata: %q %q %v %q", a.Source, a.Title, a.URL, a.Published, a.ID)
		}
		// each text opens with its date line ("Friday, January 4, 2019"), which is not story text
		if firstPara, _, _ := strings.Cut(a.Text, "\n\n"); dateLine.MatchString(firstPara) {
			t.Errorf("%s: date line kept: %.60q", a.Source, a.Text)
		}
		if a.Language == "en" {
			english++
		}
	}
	if english < 168 {
		t.Errorf("%d of 171 English articles detected as English", english)
	}
}

var dateLine = regexp.MustCompile(`^\w+day, \w+ \d{1,2}, \d{4}$`)

func TestJSONForms(t *testing.T) {
	story := "Officials in Tallinn said on Monday that the ferry service to Helsinki would resume next week."
	tests := []struct {
		name, body string
		want       []string // IDs
		errors     int
	}{
		{"array.json", `[{"id": 1, "text": "` + story + `"}, {"id": "b", "text": "` + story + `"}]`, []string{"1", "b"}, 0},
		{"pretty.json", "{\n  \"id\": \"p\",\n  \"authors\": \"Jane Doe; John Roe\",\n  \"text\": \"" + story + "\"\n}\n", []string{"p"}, 0},
		{"body", `{"id": "l1", "text": "` + story + `"}` + "\n\n" + `{"id": "l2", "body": "` + story + `"}` + "\n", []string{"l1", "l2"}, 0},
		{"missing.jsonl", `{"id": "x", "title": "no text"}` + "\n" + `{"id": "y", "text": "` + story + `", "published": "yesterday"}`, nil, 2},
		{"unterminated.json", `[{"id": "a", "text": "` + story + `"}, {"id": `, []string{"a"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			errs := 0
			for a, err := range ReadReader(tt.name, strings.NewReader(tt.body), Options{}) {
				if err != nil {
					var ce *chronicle.Error
					if !errors.As(err, &ce) || !strings.HasPrefix(ce.Input, tt.name) {
						t.Errorf("error not naming input: %v", err)
					}
					errs++
					continue
				}
				ids = append(ids, a.ID)
				if a.Text != story {
					t.Errorf("text %q", a.Text)
				}
			}
			if !reflect.DeepEqual(ids, tt.want) || errs != tt.errors {
				t.Errorf("ids %q, %d errors; want %q, %d", ids, errs, tt.want, tt.errors)
			}
		})
	}
}

func TestLanguageAndCharsets(t *testing.T) {
	cyrillic := "Президент России провёл переговоры со специальным посланником США в Санкт-Петербурге в пятницу. Встреча длилась более четырёх часов."
	page := charmapBytes(t, charmap.Windows1251, `<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article><p>`+cyrillic+`</p></article></body></html>`)
	utf16 := append([]byte{0xFF, 0xFE}, utf16le("Ministers from five Nordic countries met in Reykjavik on Tuesday to discuss Arctic security.")...)
	tests := []struct {
		name     string
		data     []byte
		language string
		contains string
	}{
		{"testdata/lemonde-style-fr.txt", nil, "fr", "nouveau plan d'aide aux agriculteurs"},
		{"cp1251.html", page, "ru", "Санкт-Петербурге"},
		{"utf16.txt", utf16, "en", "Nordic countries met in Reykjavik"},
		{"short.txt", []byte("Estonia expelled a Russian diplomat on Monday."), "en", "Estonia expelled"},
		{"short-de.txt", []byte("Der Bürgermeister von Lyon ist am Sonntag zurückgetreten."), "de", "Bürgermeister"},
	}
	for _, tt := range tests {
		data := tt.data
		if data == nil {
			var err error
			if data, err = os.ReadFile(tt.name); err != nil {
				t.Fatal(err)
			}
		}
		for a, err := range ReadReader(tt.name, strings.NewReader(string(data)), Options{}) {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if a.Language != tt.language || !strings.Contains(a.Text, tt.contains) {
				t.Errorf("%s: language %q, text %q", tt.name, a.Language, a.Text)
			}
		}
	}
}

func utf16le(s string) []byte {
	var out []byte
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a.txt", "<html>", FormatText},
		{"a.HTML", "", FormatHTML},
		{"crawl.warc.gz", "", FormatWARC},
		{"dump.jsonl.gz", "", FormatJSONL},
		{"news.csv", "", FormatCSV},
		{"feed.xml", "", FormatFeed},
		{"-", "WARC/1.1\r\n", FormatWARC},
		{"-", "\ufeff<?xml version=\"1.0\"?><rss>", FormatFeed},
		{"-", "  <!DOCTYPE html><html>", FormatHTML},
		{"-", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"-", "{\"text\": \"x\"}", FormatJSONL},
		{"-", "[{\"text\": \"x\"}]", FormatJSONL},
		{"-", "url,date,title,text\n", FormatCSV},
		{"-", "By Jane Doe, Reuters\n\nMOSCOW (Reuters) - Talks, with a comma.", FormatText},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestPublishedFallbacks(t *testing.T) {
	given := time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)
	for a, err := range ReadReader("story.txt", strings.NewReader("Police in Lagos said on Friday that the curfew would be lifted at dawn on Saturday."), Options{Published: given}) {
		if err != nil || !a.Published.Equal(given) {
			t.Errorf("published %v, err %v", a.Published, err)
		}
	}
	for a, err := range ReadReader("story.txt", strings.NewReader("Monday, 3 March 2025\n\nPolice in Lagos said the curfew would be lifted at dawn on Tuesday."), Options{Published: given}) {
		if err != nil || a.Published.Format("2006-01-02") != "2025-03-03" {
			t.Errorf("published %v, err %v", a.Published, err)
		}
	}
}

func TestHTMLAndFeedVariants(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Baltic Wire</title>
<entry><title>Estonia expels diplomat</title><link href="https://example.test/ee"/>
<author><name>Kadri Tamm</name></author><updated>2025-02-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;TALLINN (Reuters) - Estonia expelled a Russian diplomat on Monday.&lt;/p&gt;&lt;p&gt;Moscow said it would respond.&lt;/p&gt;</content></entry>
</feed>`
	short := `<html><head><title>Brief | City Paper</title></head><body><nav>Home News Sport</nav>
<p>The mayor of Lyon resigned on Sunday.</p><footer>© City Paper</footer></body></html>`
	tests := []struct {
		name, data, title, outlet, dateline, text string
		authors                                   []string
		published                                 string
	}{
		{"feed.atom", atom, "Estonia expels diplomat", "Reuters", "TALLINN",
			"Estonia expelled a Russian diplomat on Monday.\n\nMoscow said it would respond.", []string{"Kadri Tamm"}, "2025-02-03"},
		{"short.html", short, "Brief", "", "", "The mayor of Lyon resigned on Sunday.", nil, ""},
	}
	for _, tt := range tests {
		for a, err := range ReadReader(tt.name, strings.NewReader(tt.data), Options{}) {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			published := ""
			if !a.Published.IsZero() {
				published = a.Published.Format("2006-01-02")
			}
			if a.Title != tt.title || a.Outlet != tt.outlet || a.Dateline != tt.dateline || a.Text != tt.text ||
				!reflect.DeepEqual(a.Authors, tt.authors) || published != tt.published {
				t.Errorf("%s: got %+v", tt.name, a)
			}
		}
	}
}

func TestHTMLJSONLDBody(t *testing.T) {
	page := `<html><head><title>Talks resume</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Talks resume",
"articleBody":"GENEVA (Reuters) - Negotiators from both sides met in Geneva on Monday for a second round of talks.\n\nThe meeting lasted six hours, a spokesperson for the Swiss foreign ministry said.\n\nA third round is planned for next month."}]}</script>
</head><body><article><p>Negotiators from both sides met in Geneva on Monday.</p><button>Subscribe to read more</button></article></body></html>`
	for a, err := range ReadReader("paywalled.html", strings.NewReader(page), Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != "GENEVA" || a.Outlet != "Reuters" || !strings.HasSuffix(a.Text, "A third round is planned for next month.") ||
			strings.Count(a.Text, "\n\n") != 2 {
			t.Errorf("got %+v", a)
		}
	}
}
