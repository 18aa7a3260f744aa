package mapproj

import "testing"

func TestProject(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lat, lon float64
		x, y     float64
	}{
		{"north-west corner", North, -180, 0, 0},
		{"south-east corner", South, 180, Width, Height},
		{"equator, prime meridian", 0, 0, Width / 2, North / (North - South) * Height},
	} {
		x, y := Project(tc.lat, tc.lon)
		if x != tc.x || y != tc.y {
			t.Errorf("%s: Project(%v, %v) = %v, %v; want %v, %v", tc.name, tc.lat, tc.lon, x, y, tc.x, tc.y)
		}
	}
}
