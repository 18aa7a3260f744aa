package ingest

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

func TestDbgMutate(t *testing.T) {
	seeds := map[string][]byte{FormatWARC: seedWARC(t, false), FormatJSONL: []byte(`[{"text":"a b c d"},{"text":1}]`)}
	rng := rand.New(rand.NewSource(1))
	for format, seed := range seeds {
		for i := 0; i < 3000; i++ {
			data := append([]byte(nil), seed...)
			for k := 0; k < 1+rng.Intn(8); k++ {
				switch rng.Intn(3) {
				case 0:
					data[rng.Intn(len(data))] = byte(rng.Intn(256))
				case 1:
					j := rng.Intn(len(data))
					data = data[:j]
				case 2:
					j := rng.Intn(len(data))
					data = append(data[:j], append([]byte("\r\n"), data[j:]...)...)
				}
				if len(data) == 0 {
					data = []byte{'x'}
				}
			}
			start := time.Now()
			n := 0
			for range ReadReader("fuzz", strings.NewReader(string(data)), Options{Format: format}) {
				n++
			}
			if d := time.Since(start); d > 500*time.Millisecond {
				fmt.Printf("%s slow %v len %d\n", format, d, len(data))
			}
		}
	}
}
