package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chronicle"
)

// Formats accepted in Options.Format.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl" // JSONL, or JSON: one object or an array of objects
	FormatCSV   = "csv"
	FormatFeed  = "feed"
	FormatWARC  = "warc"
)

// Limits that keep one bad input from exhausting memory.
const (
	MaxDocumentBytes = 8 << 20  // one text or HTML article, one JSONL line, one WARC payload
	MaxStreamBytes   = 64 << 20 // one feed, or a JSON array read whole
)

// Options say how to read inputs.
type Options struct {
	Format    string    // auto (or ""), text, html, jsonl, csv, feed, warc
	Published time.Time // publication date for inputs that carry none
}

// Read yields every article in paths: files, folders walked recursively
// (hidden files and folders skipped), and "-" for stdin. A bad input yields
// one *chronicle.Error naming it (path, path:line or path#item) and reading
// goes on with the others.
func Read(paths []string, stdin io.Reader, opt Options) iter.Seq2[chronicle.Article, error] {
	return func(yield func(chronicle.Article, error) bool) {
		for _, path := range paths {
			if path == "-" {
				if !yieldAll(ReadReader("stdin", stdin, opt), yield) {
					return
				}
				continue
			}
			if !readPath(path, opt, yield) {
				return
			}
		}
	}
}

func readPath(root string, opt Options, yield func(chronicle.Article, error) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return yield(chronicle.Article{}, wrapError(root, "cannot read", err))
	}
	if !info.IsDir() {
		return readFile(root, opt, yield)
	}
	cont := true
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			cont = yield(chronicle.Article{}, wrapError(path, "cannot read", err))
		} else if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if d.Type().IsRegular() {
			cont = readFile(path, opt, yield)
		}
		if !cont {
			return filepath.SkipAll
		}
		return nil
	})
	if walkErr != nil && cont {
		cont = yield(chronicle.Article{}, wrapError(root, "cannot walk", walkErr))
	}
	return cont
}

func readFile(path string, opt Options, yield func(chronicle.Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(chronicle.Article{}, wrapError(path, "cannot read", err))
	}
	defer f.Close()
	return yieldAll(ReadReader(path, f, opt), yield)
}

func yieldAll(seq iter.Seq2[chronicle.Article, error], yield func(chronicle.Article, error) bool) bool {
	for a, err := range seq {
		if !yield(a, err) {
			return false
		}
	}
	return true
}

// ReadReader yields the articles of one stream; name is used in errors and
// as the articles' Source, and its extension (before any ".gz") helps
// decide the format. Gzip-compressed streams are decompressed.
func ReadReader(name string, r io.Reader, opt Options) iter.Seq2[chronicle.Article, error] {
	return func(yield func(chronicle.Article, error) bool) {
		if r == nil {
			yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, name, "no input stream"))
			return
		}
		br := bufio.NewReaderSize(r, 64<<10)
		head, err := br.Peek(sniffBytes)
		if len(head) == 0 {
			if err != nil && err != io.EOF {
				yield(chronicle.Article{}, wrapError(name, "cannot read", err))
			} else {
				yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, name, "empty input"))
			}
			return
		}
		if isGzip(head) {
			gz, err := gzip.NewReader(br)
			if err != nil {
				yield(chronicle.Article{}, wrapError(name, "corrupt gzip", err))
				return
			}
			br = bufio.NewReaderSize(&gzipErrors{gz}, 64<<10)
			if head, err = br.Peek(sniffBytes); len(head) == 0 {
				if err == nil || err == io.EOF {
					err = chronicle.Errorf(chronicle.EINVALID, name, "empty input")
				}
				yield(chronicle.Article{}, wrapError(name, "cannot read", err))
				return
			}
		}
		format := opt.Format
		if format == "" || format == FormatAuto {
			format = detectFormat(name, head)
		}
		src := source{name: name, opt: opt}
		switch format {
		case FormatText, FormatHTML:
			src.readDocument(br, format, yield)
		case FormatJSONL:
			src.readJSON(br, yield)
		case FormatCSV:
			src.readCSV(br, yield)
		case FormatFeed:
			src.readFeed(br, yield)
		case FormatWARC:
			src.readWARC(br, yield)
		default:
			yield(chronicle.Article{}, chronicle.Errorf(chronicle.EINVALID, name, "unknown input format %q", format))
		}
	}
}

// source is one named input being read.
type source struct {
	name string
	opt  Options
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// gzipErrors names a truncated or corrupt gzip stream as such.
type gzipErrors struct{ r io.Reader }

func (g *gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = &gzipError{err}
	}
	return n, err
}

type gzipError struct{ err error }

func (e *gzipError) Error() string {
	if errors.Is(e.err, io.ErrUnexpectedEOF) {
		return "truncated gzip"
	}
	return "corrupt gzip: " + e.err.Error()
}
func (e *gzipError) Unwrap() error { return e.err }

// wrapError turns a failure to read input into a chronicle error naming it.
func wrapError(input, msg string, err error) *chronicle.Error {
	var ce *chronicle.Error
	if errors.As(err, &ce) {
		return ce
	}
	var ge *gzipError
	if errors.As(err, &ge) {
		return chronicle.Errorf(chronicle.EINVALID, input, "%s", ge.Error())
	}
	e := chronicle.Errorf(chronicle.EINVALID, input, "%s", msg)
	e.Err = err
	return e
}
