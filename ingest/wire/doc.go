// Package wire cleans the plain text of a news story as it comes out of a
// wire feed, a copy-paste or a scraped page: it drops the boilerplate lines
// a page leaves behind (share rows, "ADVERTISING", cookie banners, "Read
// more" links, photo credits, "Reporting by …; Editing by …" trailers), reads
// the byline, outlet, headline and date line at the top and the dateline of
// the first paragraph, and returns the story as paragraphs separated by one
// blank line.
//
// No library does this for Go: extractors such as go-trafilatura work on the
// HTML tree, while wire copy and text scraped from a page only have lines.
// The rules are general (shapes of lines, a small table of outlets in
// outlets.tsv), never lists of one story's lines.
package wire
