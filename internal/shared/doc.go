// Package shared finds the ../shared folder (training data, gold sets, the seed)
// that sits beside the project on developer and CI machines, so that tests can
// use it in place and skip cleanly where it is absent.
package shared
