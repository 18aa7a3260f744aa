package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"chronicle"
	"chronicle/sqlite"
)

// Options configure a Server.
type Options struct {
	Store *sqlite.Store
	// Code codes an article posted to /api/articles (the command passes
	// pipeline.Code). Without it, or without Token, the server is read-only.
	Code  func(chronicle.Article) chronicle.Record
	Token string // the bearer token POST /api/articles requires; "" means read-only

	RequestTimeout time.Duration // per request; default 30s (ingest: ten times that)
	MaxBodyBytes   int64         // POST bodies; default 10 MB
	Log            *slog.Logger  // default: discard
}

// Server is Chronicle's HTTP handler: the API, the OpenAPI document and the UI.
type Server struct {
	opt   Options
	store *sqlite.Store
	mux   *http.ServeMux
	pages map[string]*template.Template
	log   *slog.Logger
	// apiRoutes are the patterns of the documented /api routes, for the
	// OpenAPI check.
	apiRoutes []string
}

// New returns a server over opt.Store.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "store", "no store given")
	}
	if opt.RequestTimeout <= 0 {
		opt.RequestTimeout = 30 * time.Second
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = 10 << 20
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Server{opt: opt, store: opt.Store, mux: http.NewServeMux(), log: opt.Log}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) api(pattern string, h http.HandlerFunc) {
	s.apiRoutes = append(s.apiRoutes, pattern)
	s.mux.HandleFunc(pattern, h)
}

func (s *Server) routes() {
	s.api("GET /api/events", s.handleEvents)
	s.api("GET /api/events/{id}", s.handleEvent)
	s.api("GET /api/actors", s.handleActors)
	s.api("GET /api/actors/{id}", s.handleActor)
	s.api("GET /api/articles/{id}", s.handleArticle)
	s.api("POST /api/articles", s.handlePostArticles)
	s.api("GET /api/counts", s.handleCounts)
	s.api("GET /api/dyad", s.handleDyad)
	s.api("GET /api/network", s.handleNetwork)
	s.api("GET /api/places", s.handlePlaces)
	s.api("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("/api/", s.handleNoRoute)
	s.mux.HandleFunc("GET /openapi.json", s.handleOpenAPI)

	s.mux.HandleFunc("GET /{$}", s.pageOverview)
	s.mux.HandleFunc("GET /events", s.pageEvents)
	s.mux.HandleFunc("GET /events/{id}", s.pageEvent)
	s.mux.HandleFunc("GET /actors", s.pageActors)
	s.mux.HandleFunc("GET /actors/{id}", s.pageActor)
	s.mux.HandleFunc("GET /map", s.pageMap)
	s.mux.HandleFunc("GET /network", s.pageNetwork)
	s.mux.HandleFunc("GET /dyad", s.pageDyad)
	s.mux.Handle("GET /static/", cacheFor(time.Hour, http.StripPrefix("/static/", staticFiles())))
	s.mux.HandleFunc("/", s.pageNotFound)
}

// cacheFor lets browsers keep h's answers for d: embedded files carry no
// modification time to revalidate against.
func cacheFor(d time.Duration, h http.Handler) http.Handler {
	value := fmt.Sprintf("public, max-age=%d", int(d.Seconds()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", value)
		h.ServeHTTP(w, r)
	})
}

// contentSecurityPolicy allows nothing but this server's own files: no
// inline script or style, no plugins, no framing, forms only to itself.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// ServeHTTP sets the security headers and the request's deadline, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	timeout := s.opt.RequestTimeout
	if r.Method == http.MethodPost {
		timeout *= 10 // coding articles is slower than reading the store
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// handleNoRoute answers /api paths no route matches: 405 when the path
// exists with another method, else 404, both as JSON errors.
func (s *Server) handleNoRoute(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "" && m != r.Method {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		for _, m := range allowed {
			w.Header().Add("Allow", m)
		}
		var body apiErrorBody
		body.Error.Code, body.Error.Message = "method_not_allowed", r.Method+" is not allowed on "+r.URL.Path
		writeJSON(w, http.StatusMethodNotAllowed, body)
		return
	}
	s.writeAPIError(w, r, chronicle.Errorf(chronicle.ENOTFOUND, r.URL.Path, "no such API route (see /openapi.json)"))
}

// Serve serves h on l until ctx is cancelled, then shuts down gracefully,
// giving requests in flight up to grace to finish.
func Serve(ctx context.Context, l net.Listener, h http.Handler, grace time.Duration) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      6 * time.Minute, // above the slowest request's own deadline
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if serveErr := <-errc; !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
		err = serveErr
	}
	return err
}
