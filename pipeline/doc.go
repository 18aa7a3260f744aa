// Package pipeline chains the stages that turn one article into its record:
// segment → nlp → resolve (actors) → geo (places) and timex (dates) → coder.
// Each stage is a plain function over plain values, so the whole chain runs in
// a test with no database or network.
package pipeline
