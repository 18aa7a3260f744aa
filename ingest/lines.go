package ingest

import (
	"bufio"
	"bytes"
	"io"
	"iter"
)

// line is one line of a stream; tooLong means it exceeded the limit and
// only its number is known.
type line struct {
	number  int
	data    []byte
	tooLong bool
}

// lines yields the lines of r without their line endings. A line longer
// than limit is skipped, not held in memory, and reported as tooLong, so
// that a 50 MB line costs no more than the limit.
func lines(r *bufio.Reader, limit int) iter.Seq2[line, error] {
	return func(yield func(line, error) bool) {
		var buf []byte
		for n := 1; ; n++ {
			buf = buf[:0]
			tooLong := false
			var err error
			for {
				var chunk []byte
				chunk, err = r.ReadSlice('\n')
				if !tooLong && len(buf)+len(chunk) <= limit+1 {
					buf = append(buf, chunk...)
				} else {
					tooLong, buf = true, buf[:0]
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				yield(line{number: n}, err)
				return
			}
			if len(buf) > 0 || tooLong {
				data := bytes.TrimRight(buf, "\r\n")
				if len(data) > limit {
					tooLong, data = true, nil
				}
				if !yield(line{number: n, data: data, tooLong: tooLong}, nil) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}
