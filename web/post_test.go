package web

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"chronicle"
)

// fixtureCoder codes an article as the fixture record with its id, so the
// posting tests need no models.
func fixtureCoder(t *testing.T) func(chronicle.Article) chronicle.Record {
	byID := map[string]chronicle.Record{}
	for _, r := range fixtureRecords(t) {
		byID[r.ID] = r
	}
	return func(a chronicle.Article) chronicle.Record {
		rec, ok := byID[a.ID]
		if !ok {
			rec = chronicle.Record{ID: a.ID, Text: a.Text, Outlet: a.Outlet}
		}
		return rec
	}
}

// articlesJSONL is the fixture articles as a JSONL body.
func articlesJSONL(t *testing.T, ids ...string) string {
	var b strings.Builder
	for _, r := range fixtureRecords(t) {
		for _, id := range ids {
			if r.ID == id {
				line, _ := json.Marshal(map[string]string{"id": r.ID, "url": r.URL, "title": r.Title,
					"outlet": r.Outlet, "published": r.Published, "text": r.Text})
				b.Write(line)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

func TestPostNeedsToken(t *testing.T) {
	body := articlesJSONL(t, "wire-talks")
	_, readOnly := testServer(t, Options{Store: testStore(t, nil), Code: fixtureCoder(t)})
	_, withToken := testServer(t, Options{Store: testStore(t, nil), Code: fixtureCoder(t), Token: "s3cret"})
	for _, tc := range []struct {
		name  string
		srv   string
		token string
	}{
		{"read-only server", "ro", "s3cret"},
		{"no token", "tok", ""},
		{"wrong token", "tok", "guess"},
		{"token prefix", "tok", "s3cre"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := readOnly
			if tc.srv == "tok" {
				ts = withToken
			}
			status, m := post(t, ts, "/api/articles", tc.token, "application/x-ndjson", strings.NewReader(body))
			if status != 403 || m["error"].(map[string]any)["code"] != chronicle.EFORBIDDEN {
				t.Errorf("status %d, body %v; want 403 forbidden", status, m)
			}
		})
	}
	if n := getJSON(t, withToken, "/api/stats", 200)["articles"]; n != 0.0 {
		t.Errorf("refused posts stored %v articles", n)
	}
}

func TestPostStoresArticles(t *testing.T) {
	_, ts := testServer(t, Options{Store: testStore(t, nil), Code: fixtureCoder(t), Token: "s3cret"})
	body := articlesJSONL(t, "wire-talks", "ledger-talks")
	status, m := post(t, ts, "/api/articles", "s3cret", "application/x-ndjson", strings.NewReader(body))
	if status != 200 || m["stored"] != 2.0 || m["events"] != 5.0 {
		t.Fatalf("first post: %d %v", status, m)
	}
	status, m = post(t, ts, "/api/articles", "s3cret", "application/x-ndjson", strings.NewReader(body))
	if status != 200 || m["stored"] != 0.0 || m["skipped"] != 2.0 {
		t.Errorf("second post of the same articles: %d %v", status, m)
	}
	consult := getJSON(t, ts, "/api/events?type=CONSULT", 200)["events"].([]any)
	if len(consult) != 1 || consult[0].(map[string]any)["sources"] != 2.0 {
		t.Errorf("posted reports of one meeting: %v", consult)
	}
	// one JSON object is accepted too
	one := strings.TrimSpace(articlesJSONL(t, "gulf-sanctions"))
	if status, m = post(t, ts, "/api/articles", "s3cret", "application/json", strings.NewReader(one)); status != 200 || m["stored"] != 1.0 {
		t.Errorf("JSON object: %d %v", status, m)
	}
}

func TestPostBadBodies(t *testing.T) {
	_, ts := testServer(t, Options{Store: testStore(t, nil), Code: fixtureCoder(t), Token: "s3cret", MaxBodyBytes: 1000})
	for _, tc := range []struct {
		name, body string
		status     int
		code       string
	}{
		{"empty", "", 400, chronicle.EINVALID},
		{"not JSON", "{this is not json", 400, chronicle.EINVALID},
		{"no text", `{"id": "x", "title": "only a title"}`, 400, chronicle.EINVALID},
		{"too large", articlesJSONL(t, "wire-talks", "ledger-talks", "gulf-sanctions"), 413, chronicle.ETOOLARGE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, m := post(t, ts, "/api/articles", "s3cret", "application/x-ndjson", strings.NewReader(tc.body))
			e, _ := m["error"].(map[string]any)
			if status != tc.status || e == nil || e["code"] != tc.code {
				t.Errorf("status %d, body %v; want %d %s", status, m, tc.status, tc.code)
			}
			// the same body streamed, with no Content-Length to refuse it early
			status, m = post(t, ts, "/api/articles", "s3cret", "application/x-ndjson", io.MultiReader(strings.NewReader(tc.body)))
			e, _ = m["error"].(map[string]any)
			if status != tc.status || e == nil || e["code"] != tc.code {
				t.Errorf("streamed: status %d, body %v; want %d %s", status, m, tc.status, tc.code)
			}
		})
	}
}
