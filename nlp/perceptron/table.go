package perceptron

// table is an open-addressing hash table from feature hashes to rows, with
// each key stored next to its value. Features are already good hashes, so
// the slot is just the key's low bits, and a lookup usually touches one
// cache line where Go's map touches two or three; lookups are most of the
// time of tagging and parsing.
type table[V any] struct {
	mask    uint64
	entries []entry[V]
	n       int
}

type entry[V any] struct {
	key uint64
	val V
}

// emptyKey marks a free slot; a real key equal to it is stored as
// emptyKeyStandIn (and looked up the same way).
const (
	emptyKey        = 0
	emptyKeyStandIn = 0x9E3779B97F4A7C15
)

func newTable[V any](n int) *table[V] {
	size := 16
	for !roomy(n, size) {
		size *= 2
	}
	entries := make([]entry[V], size)
	adviseHugePages(entries)
	return &table[V]{mask: uint64(size - 1), entries: entries}
}

func (t *table[V]) put(key uint64, val V) {
	if key == emptyKey {
		key = emptyKeyStandIn
	}
	if !roomy(t.n+1, len(t.entries)) {
		t.grow()
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		if e.key == emptyKey {
			e.key, e.val = key, val
			t.n++
			return
		}
		if e.key == key {
			e.val = val
			return
		}
	}
}

// roomy reports whether n keys fit in size slots. At a load of up to 0.6 a
// lookup of an absent key, the common case, probes about three neighbouring
// slots, mostly in one cache line; a table kept emptier wastes cache.
func roomy(n, size int) bool { return 5*n <= 3*size }

func (t *table[V]) grow() {
	old := t.entries
	t.entries = make([]entry[V], 2*len(old))
	adviseHugePages(t.entries)
	t.mask = uint64(len(t.entries) - 1)
	t.n = 0
	for _, e := range old {
		if e.key != emptyKey {
			t.put(e.key, e.val)
		}
	}
}

// get returns the value of key, or nil.
func (t *table[V]) get(key uint64) *V {
	if key == emptyKey {
		key = emptyKeyStandIn
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		if e.key == key {
			return &e.val
		}
		if e.key == emptyKey {
			return nil
		}
	}
}

// each calls fn for every key and value, in no particular order.
func (t *table[V]) each(fn func(key uint64, val *V)) {
	if t == nil {
		return
	}
	for i := range t.entries {
		if e := &t.entries[i]; e.key != emptyKey {
			key := e.key
			if key == emptyKeyStandIn {
				key = emptyKey
			}
			fn(key, &e.val)
		}
	}
}
