// Package iob2 reads entity-annotated sentences in the IOB2 column format of
// Universal NER (one token a line: index, form, tag, then optional columns;
// "# sent_id" and "# text" comments; a blank line ends a sentence) and turns
// tag sequences into entity spans. Training and evaluation of the entity
// recognizer both read it. It is a few dozen lines, so no library is used.
package iob2
