// Package mapproj is the world map's projection, shared by the generator
// that draws the country shapes and the server that places events on them,
// so both agree to the unit.
package mapproj
