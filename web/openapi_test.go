package web

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"
)

type openAPIDoc struct {
	OpenAPI    string                                 `json:"openapi"`
	Paths      map[string]map[string]openAPIOperation `json:"paths"`
	Components struct {
		Schemas map[string]openAPISchema `json:"schemas"`
	} `json:"components"`
}

type openAPIOperation struct {
	Responses map[string]struct {
		Content map[string]struct {
			Schema openAPISchema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type openAPISchema struct {
	Ref        string                   `json:"$ref"`
	AllOf      []openAPISchema          `json:"allOf"`
	Required   []string                 `json:"required"`
	Properties map[string]openAPISchema `json:"properties"`
}

func readOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi.json is version %q, want 3.x", doc.OpenAPI)
	}
	return doc
}

// fields lists the top-level properties a schema documents, following $ref
// and allOf.
func (doc openAPIDoc) fields(s openAPISchema) []string {
	if s.Ref != "" {
		return doc.fields(doc.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")])
	}
	var out []string
	for _, part := range s.AllOf {
		out = append(out, doc.fields(part)...)
	}
	for name := range s.Properties {
		out = append(out, name)
	}
	return out
}

func TestOpenAPICoversEveryRoute(t *testing.T) {
	srv, _ := testServer(t, Options{})
	doc := readOpenAPI(t)
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	for _, route := range srv.apiRoutes {
		if !slices.Contains(documented, route) {
			t.Errorf("route %q is served but not in openapi.json", route)
		}
	}
	for _, route := range documented {
		if !slices.Contains(srv.apiRoutes, route) {
			t.Errorf("openapi.json documents %q, which is not served", route)
		}
	}
}

func TestResponsesHaveDocumentedFields(t *testing.T) {
	_, ts := testServer(t, Options{})
	doc := readOpenAPI(t)
	event := getJSON(t, ts, "/api/events?type=CONSULT", 200)["events"].([]any)[0].(map[string]any)
	actor := getJSON(t, ts, "/api/actors?q=putin", 200)["actors"].([]any)[0].(map[string]any)
	ids := map[string]string{
		"/api/events/{id}":   url.PathEscape(event["id"].(string)),
		"/api/actors/{id}":   url.PathEscape(actor["id"].(string)),
		"/api/articles/{id}": "wire-talks",
	}
	queries := map[string]string{"/api/dyad": "?a=USA&b=RUS"}
	for path, ops := range doc.Paths {
		op, ok := ops["get"]
		if !ok {
			continue
		}
		t.Run(path, func(t *testing.T) {
			real := path
			if id, ok := ids[path]; ok {
				real = strings.Replace(path, "{id}", id, 1)
			}
			got := getJSON(t, ts, real+queries[path], 200)
			want := doc.fields(op.Responses["200"].Content["application/json"].Schema)
			if len(want) == 0 {
				t.Fatal("the 200 response documents no fields")
			}
			for _, field := range want {
				if _, ok := got[field]; !ok {
					t.Errorf("response lacks documented field %q", field)
				}
			}
			if _, ok := op.Responses["400"]; ok {
				bad := getJSON(t, ts, real+"?no_such_parameter=1", 400)
				for _, field := range doc.fields(doc.Components.Schemas["Error"]) {
					if _, ok := bad[field]; !ok {
						t.Errorf("error response lacks %q", field)
					}
				}
			}
		})
	}
}

func TestOpenAPIIsServed(t *testing.T) {
	_, ts := testServer(t, Options{})
	m := getJSON(t, ts, "/openapi.json", 200)
	if _, ok := m["paths"].(map[string]any)["/api/events"]; !ok {
		t.Error("served document lacks /api/events")
	}
}
