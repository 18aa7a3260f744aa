// Package timex finds time expressions in a document ("on Friday", "last
// month", "in recent days", "March 3, 2025", "in the 1990s") and resolves
// each against the article's publication date into a chronicle.Date with a
// granularity (day, week, month, year) and a precision (exact, approximate,
// range, unresolved).
//
// Absolute dates ("March 3, 2025", "3 March", "Sept. 30") are handed to
// go-dateparser, which knows their many spellings; the commonest, those
// naming their year, are read here first, to the same day, as it is slow.
// It has no notion of news conventions, so the relative expressions and the
// choices below are written here:
//
//   - A weekday in a past-tense report is the most recent such day on or
//     before publication: a story published on Friday 2025-04-11 saying "held
//     talks on Friday" means that same day, "on Monday" the 7th. In a
//     future-tense clause it is the first such day on or after publication.
//     "last Friday" is strictly before, "next Friday" strictly after.
//   - Tense comes from the governing verb when the NLP layer has tagged and
//     parsed the sentence (VBD/VBN past; will/shall/would, "going to", a
//     to-infinitive or a progressive present: future); otherwise from the
//     nearest tense-bearing word of the sentence. With no clue, past, as news
//     mostly reports what happened.
//   - Weeks start on Monday. A week's Value is its Monday and End its Sunday.
//   - Ranges ("in recent days", "since 2014", "in the 1990s", "earlier this
//     year") set End; vague ones ("in recent days", "two weeks ago") are
//     approximate; bounded ones are range.
//   - "last March" is the most recent March before the publication month;
//     "since March" always looks back; "the first quarter" without a year is
//     the most recent (past) or next (future) one.
//   - Expressions tied to another event ("the next day", "that week") are
//     returned unresolved, their Value the publication date, as the record
//     format asks.
//
// Speed: each rule's expression runs only on windows of a sentence around
// its cue words, and only on windows holding the digits or words it cannot
// match without (a fuzz test checks the filters against the expressions).
package timex
