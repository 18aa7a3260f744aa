package kb

// The country table is generated from ../shared/data/geonames/countryInfo.txt
// and the npm package world-countries, installed outside the repository:
//
//	npm install --prefix /tmp/wc world-countries@5.1.0
//go:generate go run ./internal/gen -geonames ../../shared/data/geonames/countryInfo.txt -world /tmp/wc/node_modules/world-countries/countries.json
