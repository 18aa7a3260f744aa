// Command worldgen turns Natural Earth country shapes, as the npm package
// world-atlas ships them (TopoJSON, public domain), into web/assets/world.tsv:
// one line per country with its ISO 3166-1 alpha-3 code, its name and an SVG
// path in the map's equirectangular projection (see web.Project). The web
// package embeds that file, so the server draws the map with no data files
// beside it and no JavaScript.
//
// TopoJSON decoding is a few dozen lines (delta-decode the quantized arcs,
// stitch each ring from its arcs, reversing the negative ones), so it is
// written here rather than pulled in.
//
// Run it again after upgrading world-atlas:
//
//	npm install --prefix /tmp/wa world-atlas
//	go run ./web/internal/worldgen \
//	  -topojson /tmp/wa/node_modules/world-atlas/countries-110m.json \
//	  -countries ../shared/data/geonames/countryInfo.txt > web/assets/world.tsv
package main
