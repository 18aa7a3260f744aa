// Package eval holds the scorers behind `chronicle eval`: tagging, lemmas and
// dependency arcs against a UD treebank (ud.go), entity spans against
// Universal NER (ner.go), and coded events against PLOVER gold-standard
// records (plover.go). Each scorer takes the stage it scores as a function, so
// the same code scores the shipped models and a candidate model in training.
package eval
