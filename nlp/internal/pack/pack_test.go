package pack

import "testing"

func TestJoinSplit(t *testing.T) {
	data := Join("AB", []byte("x"), nil, []byte("hello"))
	parts, err := Split("AB", data, 3)
	if err != nil || string(parts[0]) != "x" || len(parts[1]) != 0 || string(parts[2]) != "hello" {
		t.Fatalf("%q %v", parts, err)
	}
	for _, bad := range [][]byte{data[:len(data)-1], append(data, 0), []byte("XY")} {
		if _, err := Split("AB", bad, 3); err == nil {
			t.Errorf("Split(%q) gave no error", bad)
		}
	}
}
