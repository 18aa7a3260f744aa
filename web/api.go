package web

import (
	"bytes"
	"cmp"
	"crypto/subtle"
	_ "embed"
	"errors"
	"io"
	"net/http"
	"strings"

	"chronicle"
	"chronicle/ingest"
	"chronicle/sqlite"
)

//go:embed openapi.json
var openAPIDocument []byte

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPIDocument)
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseEventFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	page, err := s.store.Events(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).err; err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	ev, err := s.store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ev)
}

func parseActorFilter(q map[string][]string) (sqlite.ActorFilter, error) {
	p := newParams(q, "q", "country", "limit")
	f := sqlite.ActorFilter{Query: p.str("q"), Country: p.country("country"), Limit: p.limit("limit", MaxLimit)}
	return f, p.err
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	f, err := parseActorFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	actors, err := s.store.Actors(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if actors == nil {
		actors = []sqlite.ActorSummary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": actors})
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).err; err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	a, err := s.store.Actor(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).err; err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	rec, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func parseCountFilter(q map[string][]string) (sqlite.CountFilter, error) {
	p := newParams(q, "by", "type", "country", "actor", "from", "to")
	f := sqlite.CountFilter{By: p.oneOf("by", []string{"day", "week", "month"}), Types: p.types("type"),
		Country: p.country("country"), Actor: p.actor("actor"), From: p.date("from"), To: p.date("to")}
	if f.By == "" {
		f.By = "month"
	}
	return f, p.err
}

func (s *Server) handleCounts(w http.ResponseWriter, r *http.Request) {
	f, err := parseCountFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	counts, err := s.store.Counts(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if counts == nil {
		counts = []sqlite.Count{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"by": f.By, "counts": counts})
}

func parseDyadFilter(q map[string][]string) (sqlite.DyadFilter, error) {
	p := newParams(q, "a", "b", "from", "to", "limit")
	f := sqlite.DyadFilter{From: p.date("from"), To: p.date("to"), Limit: p.limit("limit", 5000)}
	a, b := p.str("a"), p.str("b")
	if a == "" || b == "" {
		p.fail(chronicle.Errorf(chronicle.EINVALID, "a", "a dyad needs two parties, a and b (country codes or actor ids)"))
	} else {
		f.A, f.B = p.party("a", a), p.party("b", b)
	}
	return f, p.err
}

func (s *Server) handleDyad(w http.ResponseWriter, r *http.Request) {
	f, err := parseDyadFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	events, err := s.store.Dyad(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if events == nil {
		events = []sqlite.Event{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"a": f.A, "b": f.B, "types": sqlite.DyadTypes, "events": events})
}

func parseNetworkFilter(q map[string][]string) (sqlite.NetworkFilter, error) {
	p := newParams(q, "by", "type", "country", "from", "to", "limit")
	f := sqlite.NetworkFilter{By: p.oneOf("by", []string{"country", "actor"}), Types: p.types("type"),
		Country: p.country("country"), From: p.date("from"), To: p.date("to"), Limit: p.limit("limit", MaxLimit)}
	return f, p.err
}

func (s *Server) handleNetwork(w http.ResponseWriter, r *http.Request) {
	f, err := parseNetworkFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	edges, err := s.store.Network(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if edges == nil {
		edges = []sqlite.Edge{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"edges": edges})
}

func (s *Server) handlePlaces(w http.ResponseWriter, r *http.Request) {
	f, err := parseEventFilter(r.URL.Query())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	places, err := s.store.Places(r.Context(), f)
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if places == nil {
		places = []sqlite.Point{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"places": places})
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).err; err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// authorize lets a write through only on a server started with a token,
// and only with that token.
func (s *Server) authorize(r *http.Request) error {
	if s.opt.Token == "" || s.opt.Code == nil {
		return chronicle.Errorf(chronicle.EFORBIDDEN, r.URL.Path, "this server is read-only (start it with --token to accept articles)")
	}
	given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(given), []byte(s.opt.Token)) != 1 {
		return chronicle.Errorf(chronicle.EFORBIDDEN, "Authorization", "a valid bearer token is required to post articles")
	}
	return nil
}

// postedArticle says what became of one posted article.
type postedArticle struct {
	ID     string `json:"id"`
	Stored bool   `json:"stored"` // false when it was already stored
	Events int    `json:"events"`
}

type postFailure struct {
	Input   string `json:"input"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

type postResult struct {
	Stored   int             `json:"stored"`
	Skipped  int             `json:"skipped"`
	Events   int             `json:"events"`
	Articles []postedArticle `json:"articles"`
	Failures []postFailure   `json:"failures"`
}

// handlePostArticles codes and stores the articles of a JSON or JSONL body
// (the shapes `chronicle code` reads). Bad articles are reported one by one;
// the others are stored.
func (s *Server) handlePostArticles(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	if err := newParams(r.URL.Query()).err; err != nil {
		s.writeAPIError(w, r, err)
		return
	}
	tooLarge := chronicle.Errorf(chronicle.ETOOLARGE, "request body", "over the limit of %d bytes", s.opt.MaxBodyBytes)
	if r.ContentLength > s.opt.MaxBodyBytes {
		s.writeAPIError(w, r, tooLarge)
		return
	}
	// read whole first, so a body over the limit stores nothing
	data, err := io.ReadAll(io.LimitReader(r.Body, s.opt.MaxBodyBytes+1))
	if int64(len(data)) > s.opt.MaxBodyBytes {
		s.writeAPIError(w, r, tooLarge)
		return
	}
	if err != nil {
		s.writeAPIError(w, r, chronicle.Errorf(chronicle.EINVALID, "request body", "cannot read: %v", err))
		return
	}
	res := postResult{Articles: []postedArticle{}, Failures: []postFailure{}}
	var firstErr error
	for a, err := range ingest.ReadReader("request body", bytes.NewReader(data), ingest.Options{Format: ingest.FormatJSONL}) {
		if err := r.Context().Err(); err != nil {
			s.writeAPIError(w, r, err)
			return
		}
		if err != nil {
			firstErr = cmp.Or(firstErr, err)
			code := errorCode(err)
			res.Failures = append(res.Failures, postFailure{Input: inputOf(err), Code: code, Message: errorMessage(code, err)})
			continue
		}
		rec := s.opt.Code(a)
		put, err := s.store.Put(r.Context(), rec)
		if err != nil {
			s.writeAPIError(w, r, err)
			return
		}
		res.Articles = append(res.Articles, postedArticle{ID: rec.ID, Stored: put.Stored, Events: put.Events})
		if put.Stored {
			res.Stored++
			res.Events += put.Events
		} else {
			res.Skipped++
		}
	}
	if len(res.Articles) == 0 && firstErr != nil {
		s.writeAPIError(w, r, firstErr)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func inputOf(err error) string {
	var ce *chronicle.Error
	if errors.As(err, &ce) {
		return ce.Input
	}
	return ""
}
