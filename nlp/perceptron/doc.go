// Package perceptron is a multi-class averaged perceptron over hashed sparse
// features, shared by the tagger, the parser and the entity recognizer.
//
// Features are uint64 hashes built by the caller (see Hash and Mix), so no
// feature strings are stored. Training keeps dense weight rows only for
// features that were ever updated, and averages with the "w - u/c" trick
// (Daumé), so no per-weight timestamps are needed. A trained model is written
// pruned (near-zero weights dropped), quantized to int8 with one scale per
// feature row, and deflate-compressed; loading turns it into sparse rows that
// score in time proportional to the non-zero weights. We wrote this rather
// than use a library because no Go library offers hashed features with compact,
// embeddable serialization, and the hot loop matters for speed.
package perceptron
