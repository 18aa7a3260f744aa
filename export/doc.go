// Package export writes stored events in the layouts other tools read:
// csv (one row per mention, event columns repeated, for spreadsheets and
// data frames), jsonl (the store's events with their mentions, one per line),
// plover (PLOVER's JSON event records, one per line, as the PLOVER manual
// specifies: actor/recipient entity objects, event, mode, context, event_loc,
// cite_info) and tsv (one row per event in a CAMEO-style layout for people
// moving from GDELT or ICEWS).
//
// Nothing here needs a library: encoding/csv and encoding/json do the
// quoting; TSV has no quoting, so tabs and line breaks inside values become
// spaces.
package export
