package resolve

import (
	"testing"
)

// plainDistance is the textbook optimal-string-alignment distance, with
// none of editor's shortcuts, to check them against.
func plainDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// FuzzEditDistance checks that the length and letter-count shortcuts and
// the reused buffers never change a distance below the limit.
func FuzzEditDistance(f *testing.F) {
	for _, pair := range [][2]string{{"ethopia", "ethiopia"}, {"afganistan", "afghanistan"}, {"quatar", "qatar"},
		{"iran", "iraq"}, {"côte d'ivoire", "cote d'ivoire"}, {"", "a"}, {"abcdef", "badcfe"}, {"ministry", "minister"}} {
		f.Add(pair[0], pair[1], 3)
	}
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		limit = 1 + (limit%4+4)%4
		want := min(plainDistance(a, b), limit)
		if got := editDistance(a, b, limit); got != want {
			t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
		var e editor // one editor, several candidates: buffers are reused
		e.setWord(a)
		for _, c := range []string{b, a, b + "x", "x"} {
			want := min(plainDistance(a, c), limit)
			if got := e.distance([]rune(c), limit); got != want {
				t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, c, limit, got, want)
			}
		}
	})
}
