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
//
// Scoring a loaded model is bound by cache misses in tables of tens of
// megabytes, so the loaded layout is built to touch little memory: weights
// stay int8 with their row's scale (16-byte entries for models of up to four
// classes, 4-byte cells for the rest; rows with weights for a third or more
// of the classes, the frequent features' rows, are kept as one ready float32
// per class, cheaper to add than cells to decode), rows likely looked up most
// (largest weights, most classes) are put in the tables first so they sit in
// their home slots, features are looked up in batches whose
// home slots are all touched before any is used, and Linux is asked for huge
// pages. Every weight is still float32(q)*scale and every sum is added in the
// callers' feature order, so scores are identical to the bit to those of the
// straightforward layout (nlp's TestDevAnnotationsUnchanged holds it to that).
package perceptron
