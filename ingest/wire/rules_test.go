package wire

import (
	"reflect"
	"testing"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		line    string
		authors []string
		outlet  string
		ok      bool
	}{
		{"By Andrew Osborn Reuters", []string{"Andrew Osborn"}, "Reuters", true},
		{"By Jane Doe, Associated Press", []string{"Jane Doe"}, "Associated Press", true},
		{"By JANE DOE and JOHN ROE", []string{"Jane Doe", "John Roe"}, "", true},
		{"Jane Doe | Reuters", []string{"Jane Doe"}, "Reuters", true},
		{"By Jane Doe and John Roe, BBC News", []string{"Jane Doe", "John Roe"}, "BBC News", true},
		{"By Jane Doe, Moscow correspondent", []string{"Jane Doe"}, "", true},
		{"By Jane Doe in Moscow", []string{"Jane Doe"}, "", true},
		{"By Ursula von der Leyen", []string{"Ursula von der Leyen"}, "", true},
		{"BY MARY O'NEIL-SMITH, The Associated Press", []string{"Mary O'Neil-Smith"}, "Associated Press", true},
		{"By Jane Doe, John Roe and Ali Khan", []string{"Jane Doe", "John Roe", "Ali Khan"}, "", true},
		{"By Jane Doe | April 11, 2025 10:04 AM UTC", []string{"Jane Doe"}, "", true},
		{"By Jane Doe, Reuters • Updated 11 April 2025", []string{"Jane Doe"}, "Reuters", true},
		{"By the end of the day, talks had stalled.", nil, "", false},
		{"By April 11, 2025", nil, "", false},
		{"By Friday", nil, "", false},
		{"Jane Doe", nil, "", false},
		{"Putin | Kremlin", nil, "", false},
		{"By 2030 the army will double", nil, "", false},
	}
	for _, tt := range tests {
		authors, outlet, ok := parseByline(tt.line)
		if ok != tt.ok || outlet != tt.outlet || !reflect.DeepEqual(authors, tt.authors) {
			t.Errorf("parseByline(%q) = %q, %q, %v; want %q, %q, %v", tt.line, authors, outlet, ok, tt.authors, tt.outlet, tt.ok)
		}
	}
}

func TestSplitDateline(t *testing.T) {
	tests := []struct {
		para, place, outlet, rest string
	}{
		{"MOSCOW, April 11 (Reuters) - Russia said", "MOSCOW", "Reuters", "Russia said"},
		{"KYIV, Ukraine (AP) — Ukraine said", "KYIV", "Associated Press", "Ukraine said"},
		{"WASHINGTON — The Senate voted", "WASHINGTON", "", "The Senate voted"},
		{"PARIS (AFP) - Farmers blocked", "PARIS", "AFP", "Farmers blocked"},
		{"Paris (AFP) - Farmers blocked", "Paris", "AFP", "Farmers blocked"},
		{"ST. PETERSBURG, Russia, April 11 (Reuters) - Putin met", "ST. PETERSBURG", "Reuters", "Putin met"},
		{"NEW YORK, Jan. 5 (Xinhua) -- Stocks fell", "NEW YORK", "Xinhua", "Stocks fell"},
		{"(Reuters) - Oil prices rose", "", "Reuters", "Oil prices rose"},
		{"U.S. President Donald Trump said", "", "", ""},
		{"The meeting — held in Paris — ended", "", "", ""},
		{"A - B testing began", "", "", ""},
		{"Smith (R-Texas) - said he would vote", "", "", ""},
	}
	for _, tt := range tests {
		place, outlet, rest, ok := splitDateline(tt.para)
		if tt.rest == "" {
			if ok {
				t.Errorf("splitDateline(%q) found dateline %q", tt.para, place)
			}
			continue
		}
		if !ok || place != tt.place || outlet != tt.outlet || rest != tt.rest {
			t.Errorf("splitDateline(%q) = %q, %q, %q, %v", tt.para, place, outlet, rest, ok)
		}
	}
}

// TestBoilerplateKeepsSentences guards against the cleaner's main risk:
// real sentences that start with or contain boilerplate words.
func TestBoilerplateKeepsSentences(t *testing.T) {
	sentences := []string{
		"Share prices rose 3% in early trading.",
		"Shares in the company fell after the announcement.",
		"Subscribers to the service will see higher fees.",
		"Reporting by The Washington Post found the agency had ignored warnings.",
		"Readers of the newspaper were outraged.",
		"Advertising revenue fell sharply last year, the company said.",
		"Cookies and sweets were handed out to the children.",
		"The regulator said websites must make it as easy to reject cookies as to accept them.",
		"Related talks in Geneva ended without agreement.",
		"Watching the vote were dozens of diplomats.",
		"Photos of the meeting were released by the Kremlin.",
		"Registered voters must bring identification.",
		"Copyright infringement claims were filed against the company.",
		"Rising prices contributed to the government's defeat.",
		"Updated figures from the ministry showed 40 people had died in the floods.",
		"Listen to the people, the president told his ministers.",
		"Video footage showed soldiers crossing the river.",
		"Advertisement spending fell.",
		"Follow-up talks are planned for May.",
		"Read the full statement, the minister told reporters, and you will see we are right.",
		"See you in court, the senator said.",
	}
	for _, s := range sentences {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
	boiler := []string{
		"Share this story", "ADVERTISING", "Advertisement", "Read more…", "READ MORE: Georgia votes",
		"Subscribe now for unlimited access", "Sign up for our daily briefing", "(Photo: Jane Doe/AFP)",
		"Facebook Twitter WhatsApp Email", "Reporting by Jane Doe; Editing by John Roe",
		"(Reporting by Jane Doe in Kyiv; Writing by Ali Khan; Editing by Mark Hollis)",
		"Writing by Ali Khan", "Image caption, Soldiers near the front line",
		"FILE PHOTO: A tanker at the port. REUTERS/Jane Doe/File Photo",
		"This website uses cookies to improve your experience.", "Home > World > Europe",
		"© 2025 Reuters", "Our Standards: The Thomson Reuters Trust Principles.", "* * *",
		"Advertisement - scroll to continue", "VIDEO: Protesters clash with police", "Click to share on X (Opens in new window)",
		"Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine",
	}
	for _, s := range boiler {
		if !isBoilerplate(stripInlineCaptions(s)) && stripInlineCaptions(s) != "" {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
}

func TestParseDateLine(t *testing.T) {
	tests := map[string]string{
		"Friday, January 4, 2019":               "2019-01-04",
		"Published 14 May 2024":                 "2024-05-14",
		"Sat 12 Apr 2025 09.30 BST":             "2025-04-12",
		"Updated: Jan. 5, 2024 at 3:04 p.m. ET": "2024-01-05",
		"2025-04-11":                            "2025-04-11",
		"The talks lasted four hours":           "",
		"April":                                 "",
	}
	for line, want := range tests {
		got, ok := parseDateLine(line)
		if (want == "") == ok || (ok && got.Format("2006-01-02") != want) {
			t.Errorf("parseDateLine(%q) = %v, %v; want %q", line, got, ok, want)
		}
	}
}

func TestCleanLayout(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"One  line.\r\nsame\u00a0paragraph continues here in lower case.\r\n\r\n\r\nNext.", "One line. same paragraph continues here in lower case.\n\nNext."},
		{"\ufeffA\u200bB said “yes” — twice.", "AB said “yes” — twice."},
		{"First paragraph ends here.\nSecond paragraph on its own line.", "First paragraph ends here.\n\nSecond paragraph on its own line."},
		{"", ""},
		{"\n\n \t\n", ""},
	}
	for _, tt := range tests {
		if got, _ := Clean(tt.raw); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
