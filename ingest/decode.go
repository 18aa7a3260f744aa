package ingest

import (
	"bytes"
	"mime"
	"unicode/utf8"

	"chronicle"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// minCharsetConfidence is the least chardet confidence (0–100) at which a
// guessed charset is trusted to decode text that declares none.
const minCharsetConfidence = 20

// looksBinary reports whether data is not text: it has NUL bytes (outside
// UTF-16 text) or more than a few control characters.
func looksBinary(data []byte) bool {
	if hasUTF16BOM(data) {
		return false
	}
	if len(data) > sniffBytes {
		data = data[:sniffBytes]
	}
	controls := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			controls++
		}
	}
	return controls*100 > len(data)*2
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

// toUTF8 returns data as UTF-8: as it is when it is valid UTF-8 (which a
// wrong declaration does not override), else decoded from the charset the
// content type or, for HTML, a meta tag declares, else from the charset
// chardet is confident of. Anything else is an error naming the input.
func toUTF8(input string, data []byte, contentType string, isHTML bool) (string, error) {
	if hasUTF16BOM(data) {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", chronicle.Errorf(chronicle.EINVALID, input, "invalid UTF-16 text")
		}
		data = out
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if utf8.Valid(data) {
		return string(data), nil
	}
	if enc := declaredEncoding(data, contentType, isHTML); enc != nil {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			return string(out), nil
		}
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	if guess, err := chardet.NewTextDetector().DetectBest(sample); err == nil && guess.Confidence >= minCharsetConfidence {
		if enc, _ := charset.Lookup(guess.Charset); enc != nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil && utf8.Valid(out) {
				return string(out), nil
			}
		}
	}
	return "", chronicle.Errorf(chronicle.EINVALID, input, "not valid UTF-8 and no charset declared or recognised")
}

func declaredEncoding(data []byte, contentType string, isHTML bool) encoding.Encoding {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			return enc
		}
	}
	if isHTML {
		enc, _, _ := charset.DetermineEncoding(data, contentType)
		return enc
	}
	return nil
}
