package perceptron

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

const magic = "PCP1"

// Marshal returns the averaged model pruned, quantized and compressed: each
// feature row is scaled so its largest weight is ±127 and stored as int8;
// weights that round to zero, or are smaller than minWeight in absolute value,
// are dropped, and so are rows left empty. Columns (keys, scales, counts,
// classes, values) are written one after another because like values
// compress better together.
func (m *Model) Marshal(minWeight float32) ([]byte, error) {
	if m.rows == nil || m.u != nil {
		return nil, errors.New("perceptron: Marshal needs a trained and averaged model, not a loaded one")
	}
	n := len(m.Labels)
	keys := make([]uint64, 0, len(m.rows))
	for k := range m.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	var keyCol, scaleCol, countCol, classCol, valueCol bytes.Buffer
	var buf [binary.MaxVarintLen64]byte
	var prevKey uint64
	rowsKept := 0
	for _, k := range keys {
		r := int(m.rows[k])
		row := m.w[r*n : r*n+n]
		mx := absMax(row)
		if mx < minWeight || mx == 0 {
			continue
		}
		scale := mx / 127
		count := 0
		prevClass := 0
		var cls, vals []byte
		for c, v := range row {
			if math.Abs(float64(v)) < float64(minWeight) {
				continue
			}
			q := int(math.Round(float64(v / scale)))
			if q == 0 {
				continue
			}
			cls = binary.AppendUvarint(cls, uint64(c-prevClass))
			prevClass = c
			vals = append(vals, byte(int8(q)))
			count++
		}
		if count == 0 {
			continue
		}
		rowsKept++
		keyCol.Write(buf[:binary.PutUvarint(buf[:], k-prevKey)])
		prevKey = k
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(scale))
		scaleCol.Write(buf[:4])
		countCol.Write(buf[:binary.PutUvarint(buf[:], uint64(count))])
		classCol.Write(cls)
		valueCol.Write(vals)
	}

	var out bytes.Buffer
	out.WriteString(magic)
	zw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	var head []byte
	head = binary.AppendUvarint(head, uint64(n))
	for _, l := range m.Labels {
		head = binary.AppendUvarint(head, uint64(len(l)))
		head = append(head, l...)
	}
	head = binary.AppendUvarint(head, uint64(rowsKept))
	for _, col := range []*bytes.Buffer{&keyCol, &scaleCol, &countCol, &classCol, &valueCol} {
		head = binary.AppendUvarint(head, uint64(col.Len()))
	}
	zw.Write(head)
	for _, col := range []*bytes.Buffer{&keyCol, &scaleCol, &countCol, &classCol, &valueCol} {
		zw.Write(col.Bytes())
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Load reads a model written by Marshal. The result scores but cannot be
// trained further.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("perceptron: not a model file (bad magic)")
	}
	// The header is read from the stream first: it gives the columns'
	// sizes, so they are inflated into one buffer of the right size instead
	// of one grown by doubling (tens of megabytes of garbage for the parser).
	in := bufio.NewReader(flate.NewReader(bytes.NewReader(data[len(magic):])))
	var herr error
	uvarint := func() uint64 {
		v, err := binary.ReadUvarint(in)
		if herr == nil {
			herr = err
		}
		return v
	}
	// Deflate expands at most about a thousandfold: larger sizes are corrupt,
	// and must not be allocated.
	limit := uint64(len(data)) * maxInflation
	n := uvarint()
	if herr != nil {
		return nil, errors.New("perceptron: corrupt model: truncated")
	}
	if n == 0 || n > 1<<16 {
		return nil, fmt.Errorf("perceptron: corrupt model: %d classes", n)
	}
	labels := make([]string, n)
	for i := range labels {
		l := uvarint()
		if herr != nil || l > limit {
			return nil, errors.New("perceptron: corrupt model: bad label")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(in, b); err != nil {
			return nil, fmt.Errorf("perceptron: corrupt model: %w", err)
		}
		labels[i] = string(b)
	}
	rows := uvarint()
	var lens [5]uint64
	total := uint64(0)
	for i := range lens {
		lens[i] = uvarint()
		total += min(lens[i], limit+1)
	}
	if herr != nil || total > limit || rows > total {
		return nil, errors.New("perceptron: corrupt model: truncated")
	}
	raw := make([]byte, total)
	if _, err := io.ReadFull(in, raw); err != nil {
		return nil, fmt.Errorf("perceptron: corrupt model: %w", err)
	}
	var cols [5][]byte
	for i := range cols {
		cols[i], raw = raw[:lens[i]], raw[lens[i]:]
	}
	keys, scales, counts := &reader{b: cols[0]}, &reader{b: cols[1]}, &reader{b: cols[2]}
	classes, values := &reader{b: cols[3]}, cols[4]

	m := &Model{Labels: labels}
	if n <= maxSmall {
		m.small = newTable[smallRow](int(rows))
	} else {
		m.index = newTable[span](int(rows))
		// Size the cells exactly (one pass over the counts), so the array is
		// allocated once and advised onto huge pages as a whole.
		size := uint64(0)
		for pre := (&reader{b: cols[2]}); len(pre.b) > 0; {
			if count := pre.uvarint(); storedDense(count, n) {
				size += n
			} else {
				size += 1 + min(count, uint64(len(values)))
			}
		}
		// A dense row holds at most three cells per weight (see storedDense).
		if size > 3*uint64(len(values))+rows {
			return nil, errors.New("perceptron: corrupt model: rows too long")
		}
		m.cells = make([]uint32, 0, size)
		adviseHugePages(m.cells[:cap(m.cells)])
	}
	var smalls []entry[smallRow] // rows to put in the table, see below
	var spans []entry[span]
	if m.small != nil {
		smalls = make([]entry[smallRow], 0, rows)
	} else {
		spans = make([]entry[span], 0, rows)
	}
	var key uint64
	for range rows {
		key += keys.uvarint()
		scale := math.Float32frombits(binary.LittleEndian.Uint32(scales.bytes(4)))
		count := counts.uvarint()
		if count > uint64(len(values)) {
			return nil, errors.New("perceptron: corrupt model: row too long")
		}
		start := len(m.cells)
		rowDense := m.index != nil && storedDense(count, n)
		switch {
		case rowDense:
			// Classes without a weight add -0, which leaves any sum as it is.
			for range n {
				m.cells = append(m.cells, negZero)
			}
		case m.index != nil:
			m.cells = append(m.cells, math.Float32bits(scale))
		}
		var dense [4]int8
		c := uint64(0)
		for range count {
			c += classes.uvarint()
			if c >= n || len(values) == 0 {
				return nil, errors.New("perceptron: corrupt model: bad class")
			}
			q := int8(values[0])
			values = values[1:]
			if m.small != nil {
				dense[c] = q
				continue
			}
			if rowDense {
				m.cells[start+int(c)] = math.Float32bits(float32(float32(q) * scale))
				continue
			}
			m.cells = append(m.cells, uint32(c)<<8|uint32(uint8(q)))
		}
		if m.small != nil {
			smalls = append(smalls, entry[smallRow]{key, smallRow{scale, dense}})
		} else {
			spans = append(spans, entry[span]{key, span{uint32(start), uint32(len(m.cells))}})
		}
	}
	// The rows are put in the tables in the order of how often they will
	// likely be looked up, as the first of the keys competing for a slot
	// gets it and the others are found a probe or more later. The file has
	// no counts, but frequent features end up with the largest weights
	// (small models) and weights for the most classes: putting those first
	// made lookups in the parser's tables 8-15% cheaper.
	putRanked(m.small, smalls, func(r *smallRow) int {
		return int(math.Float32bits(r.scale) >> 19) // exponent, 4 bits of mantissa
	})
	putRanked(m.index, spans, func(sp *span) int { return int(sp.end - sp.start) })
	if keys.err != nil || scales.err != nil || counts.err != nil || classes.err != nil {
		return nil, errors.New("perceptron: corrupt model: truncated column")
	}
	return m, nil
}

// storedDense reports whether a row of count weights of a model of n classes
// is stored as n ready float32 weights rather than as cells: adding a dense
// row costs about a third of adding the same number of cells, which must be
// decoded and scaled. (A row of a feature seen with many tags is long, and
// frequent: in the tagger the average row looked up has 39 of 66 classes.)
// Sparse rows are then always shorter than n, which tells the two apart.
func storedDense(count, n uint64) bool { return n > maxSmall && 3*count >= n }

// negZero is the bits of float32 -0: x + (-0) == x for every x, where
// x + (+0) turns -0 into +0.
const negZero = 0x80000000

// putRanked puts entries into t in decreasing order of rank, clamped to
// [0, ranks): a counting sort, as sorting half a million rows by comparison
// took a quarter of the time of loading the models.
func putRanked[V any](t *table[V], entries []entry[V], rank func(*V) int) {
	const ranks = 1 << 12
	starts := make([]int, ranks+1)
	slot := func(e *entry[V]) int { return ranks - 1 - min(max(rank(&e.val), 0), ranks-1) }
	for i := range entries {
		starts[slot(&entries[i])+1]++
	}
	for r := range ranks {
		starts[r+1] += starts[r]
	}
	order := make([]int32, len(entries))
	for i := range entries {
		r := slot(&entries[i])
		order[starts[r]] = int32(i)
		starts[r]++
	}
	for _, i := range order {
		t.put(entries[i].key, entries[i].val)
	}
}

// maxInflation bounds how many bytes a compressed byte can inflate to.
const maxInflation = 1100

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = io.ErrUnexpectedEOF
		r.b = nil
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.err = io.ErrUnexpectedEOF
		r.b = nil
		return make([]byte, min(n, 8))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}
