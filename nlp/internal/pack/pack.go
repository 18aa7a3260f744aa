package pack

import (
	"encoding/binary"
	"errors"
)

// Join returns magic followed by each part, length-prefixed.
func Join(magic string, parts ...[]byte) []byte {
	out := []byte(magic)
	for _, p := range parts {
		out = binary.AppendUvarint(out, uint64(len(p)))
		out = append(out, p...)
	}
	return out
}

// Split checks magic and returns exactly n parts.
func Split(magic string, data []byte, n int) ([][]byte, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("not a " + magic + " model (bad magic)")
	}
	data = data[len(magic):]
	parts := make([][]byte, 0, n)
	for range n {
		l, k := binary.Uvarint(data)
		if k <= 0 || l > uint64(len(data)-k) {
			return nil, errors.New(magic + " model truncated")
		}
		parts = append(parts, data[k:k+int(l)])
		data = data[k+int(l):]
	}
	if len(data) != 0 {
		return nil, errors.New(magic + " model has trailing bytes")
	}
	return parts, nil
}
