// Package pack joins a model's parts (perceptron weights, dictionaries) into
// one file and splits them again, so each embedded model is a single blob.
package pack
