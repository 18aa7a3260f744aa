// Package actoreval scores actor resolution against gold records in the
// format of PLOVER's gold-standard file (PLOVER_GSR_CAMEO.txt): each record's
// source and target actors, as written (actorText) and coded (country code
// and sector), resolved in the context of the record's text and date.
package actoreval
