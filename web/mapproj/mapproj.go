package mapproj

// The map is equirectangular, Width × Height units, from 180°W to 180°E and
// from North to South (Antarctica cut off: nothing is reported there).
const (
	Width  = 1000.0
	Height = 400.0
	North  = 84.0
	South  = -60.0
)

// Project returns the map position of a latitude and longitude.
func Project(lat, lon float64) (x, y float64) {
	x = (lon + 180) / 360 * Width
	y = (North - lat) / (North - South) * Height
	return x, y
}
