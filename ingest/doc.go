// Package ingest reads news from the forms people have it in — plain text,
// HTML pages, RSS and Atom feeds, WARC archives, JSON and JSONL dumps, CSV
// data sets, folders of any of these, stdin — and turns every article into a
// chronicle.Article with clean text and what metadata the input carries.
//
// Libraries do the format work: go-trafilatura finds a page's main text and
// metadata, gofeed parses feeds, gowarc reads WARC records, x/net/html/charset
// and chardet decode legacy charsets, whatlanggo names the language. This
// package adds what they leave out: deciding the format, refusing bad input
// with one clear error that names it while carrying on with the rest, size
// limits, and the wire-copy cleaning of package wire applied to every format
// alike, so that one story gives the same text whatever it came in.
package ingest
