// Package web serves Chronicle's store over HTTP: a JSON API under /api
// (described by the embedded OpenAPI document at /openapi.json) and a
// server-rendered web UI that works without JavaScript.
//
// Pages are html/template, with templates, CSS and a few lines of
// enhancing JavaScript embedded. Charts, the network and the map are SVG
// drawn on the server from the store's aggregates; the world map's country
// shapes are generated from Natural Earth data by web/internal/worldgen and
// embedded (assets/world.tsv), so the binary needs no files or CDN.
//
// Article text is hostile input: everything goes through html/template's
// contextual escaping, every response carries a strict Content-Security-Policy
// (no inline script or style), and the server is read-only unless it was
// given a token, which POST /api/articles then requires.
//
// Errors from every layer are chronicle.Error values; their codes map to HTTP
// statuses in one place (statusOf), and the API writes them as
// {"error": {"code": "…", "message": "…"}}.
package web
