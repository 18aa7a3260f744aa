package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// sniffBytes is how much of an input is looked at to decide its format.
const sniffBytes = 4096

var formatByExt = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML, ".shtml": FormatHTML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL, ".json": FormatJSONL,
	".csv": FormatCSV,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed, ".rdf": FormatFeed,
	".warc": FormatWARC, ".arc": FormatWARC,
}

// detectFormat decides by the name's extension (ignoring ".gz"), else by
// the first bytes.
func detectFormat(name string, head []byte) string {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	if f, ok := formatByExt[filepath.Ext(lower)]; ok {
		return f
	}
	return sniffFormat(head)
}

func sniffFormat(head []byte) string {
	s := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	lower := bytes.ToLower(s)
	switch {
	case bytes.HasPrefix(s, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(lower, []byte("<?xml")) && !bytes.Contains(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")),
		bytes.HasPrefix(lower, []byte("<rdf")):
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<")) && looksLikeHTML(lower):
		return FormatHTML
	case bytes.HasPrefix(s, []byte("{")), bytes.HasPrefix(s, []byte("[")):
		return FormatJSONL
	case looksLikeCSVHeader(s):
		return FormatCSV
	}
	return FormatText
}

func looksLikeHTML(lower []byte) bool {
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<article", "<!--", "<?xml"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

// looksLikeCSVHeader accepts a first line of comma-separated column names
// one of which is "text".
func looksLikeCSVHeader(s []byte) bool {
	line, _, _ := bytes.Cut(s, []byte("\n"))
	if len(line) > 500 || !bytes.Contains(line, []byte(",")) {
		return false
	}
	for _, col := range strings.Split(strings.TrimSpace(string(line)), ",") {
		if textColumns[strings.ToLower(strings.Trim(col, `" `))] {
			return true
		}
	}
	return false
}
