// Package cluster decides which event reports from different articles describe
// the same real-world event, so that the store counts events rather than rows.
//
// Each article's record already merges the sentences of that article that
// report one event (within-article merging is the coder's job). Here a Mention
// is one such per-article event, reduced to the facts that decide identity:
// type, date, the countries and people on each side, the place, and whether it
// is said to have happened at all.
//
// Merging is deterministic and independent of ingest order: mentions are
// partitioned into blocks (same type, same date bucket — the day for a day
// date, the ISO week, the month, the year), and within a block Group sorts them
// in a canonical order (earliest publication, then article id, then position)
// and adds each to the first cluster whose every member it is compatible with.
// Complete linkage keeps one vague report from chaining two distinct meetings
// together; blocks keep the work per new article small, since only the blocks
// it touches are regrouped.
package cluster
