package web

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"chronicle/sqlite"
	"chronicle/web/mapproj"
)

//go:embed assets/world.tsv
var worldTSV []byte

// country is one country's outline on the map.
type country struct {
	Code, Name, Path string
}

// worldCountries parses the embedded outlines once.
var worldCountries = sync.OnceValue(func() []country {
	var out []country
	sc := bufio.NewScanner(bytes.NewReader(worldTSV))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) == 3 {
			out = append(out, country{Code: cols[0], Name: cols[1], Path: cols[2]})
		}
	}
	return out
})

// worldMap is the map of located events: countries shaded by how many of
// the located events lie in them, and a circle per place.
type worldMap struct {
	Width, Height float64
	Countries     []mapCountry
	Points        []mapPoint
	Empty         bool
}

type mapCountry struct {
	Code, Name, Path, Fill, Label, Href string
}

type mapPoint struct {
	X, Y, R float64
	Label   string
	Href    string
	Color   string
}

func buildWorldMap(points []sqlite.Point, countryHref func(code string) string) worldMap {
	m := worldMap{Width: mapproj.Width, Height: mapproj.Height, Empty: len(points) == 0}
	byCountry := map[string]int{}
	most, mostCountry := 1, 1
	for _, p := range points {
		byCountry[p.Country] += p.Count
		most = max(most, p.Count)
	}
	for _, n := range byCountry {
		mostCountry = max(mostCountry, n)
	}
	for _, c := range worldCountries() {
		mc := mapCountry{Code: c.Code, Name: c.Name, Path: c.Path, Fill: "#e8e4da", Label: c.Name}
		if n := byCountry[c.Code]; n > 0 {
			mc.Fill = shade(float64(n) / float64(mostCountry))
			mc.Label = fmt.Sprintf("%s: %d located events", c.Name, n)
			if countryHref != nil {
				mc.Href = countryHref(c.Code)
			}
		}
		m.Countries = append(m.Countries, mc)
	}
	// big circles first so small ones stay clickable on top
	sorted := slices.Clone(points)
	slices.SortStableFunc(sorted, func(a, b sqlite.Point) int { return b.Count - a.Count })
	for _, p := range sorted {
		x, y := mapproj.Project(p.Lat, p.Lon)
		if y < 0 || y > m.Height {
			continue
		}
		mp := mapPoint{X: x, Y: y, R: 2.5 + 12*math.Sqrt(float64(p.Count)/float64(most)),
			Label: visible(fmt.Sprintf("%s (%s): %d events", p.Name, p.Country, p.Count)), Color: typeColor(dominantType(p.ByType))}
		if len(p.Events) == 1 {
			mp.Href = "/events/" + pathEscape(p.Events[0])
		} else if countryHref != nil {
			mp.Href = countryHref(p.Country)
		}
		m.Points = append(m.Points, mp)
	}
	return m
}

// shade runs from pale sand to brick red as f goes from 0 to 1.
func shade(f float64) string {
	f = math.Sqrt(math.Max(0, math.Min(1, f)))
	lerp := func(a, b float64) int { return int(math.Round(a + (b-a)*f)) }
	return fmt.Sprintf("#%02x%02x%02x", lerp(0xf6, 0xc4), lerp(0xdc, 0x4e), lerp(0xb4, 0x34))
}
