package pipeline

import (
	"os"
	"sync"
	"time"

	"chronicle"
	"chronicle/coder"
	"chronicle/geo"
	"chronicle/kb"
	"chronicle/nlp"
	"chronicle/resolve"
	"chronicle/segment"
	"chronicle/timex"
)

// Options select user files that extend the embedded data.
type Options struct {
	KBFile       string // extra knowledge-base entries (kb format)
	CodebookFile string // extra codebook patterns (coder format)
}

// Pipeline codes articles. It is safe for concurrent use.
type Pipeline struct {
	kb        *kb.KB
	gazetteer *geo.Gazetteer
	coder     *coder.Coder
	today     func() time.Time // the clock, for articles with no publication date
}

// New loads the models and data the stages need, with the user's files.
func New(opt Options) (*Pipeline, error) {
	p := &Pipeline{kb: kb.Default(), gazetteer: geo.Default(), today: func() time.Time {
		return time.Now().UTC().Truncate(24 * time.Hour)
	}}
	if opt.KBFile != "" {
		f, err := os.Open(opt.KBFile)
		if err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, opt.KBFile, "cannot read knowledge-base file: %v", err)
		}
		defer f.Close()
		user, err := kb.Load(f)
		if err != nil {
			return nil, &chronicle.Error{Code: chronicle.EINVALID, Input: opt.KBFile, Message: "bad knowledge-base file", Err: err}
		}
		p.kb = p.kb.Clone()
		p.kb.Merge(user)
	}
	cb := coder.DefaultCodebook()
	if opt.CodebookFile != "" {
		f, err := os.Open(opt.CodebookFile)
		if err != nil {
			return nil, chronicle.Errorf(chronicle.EINVALID, opt.CodebookFile, "cannot read codebook: %v", err)
		}
		defer f.Close()
		if cb, err = coder.LoadCodebook(f, opt.CodebookFile); err != nil {
			return nil, &chronicle.Error{Code: chronicle.EINVALID, Input: opt.CodebookFile, Message: "bad codebook", Err: err}
		}
	}
	p.coder = coder.New(cb)
	// Load the NLP models now, so that a broken model fails New rather than
	// the first article.
	if _, err := nlp.Default(); err != nil {
		return nil, err
	}
	return p, nil
}

var defaultPipeline = sync.OnceValue(func() *Pipeline {
	p, err := New(Options{})
	if err != nil {
		panic("pipeline: embedded data: " + err.Error())
	}
	return p
})

// Code codes one article with the embedded models and data.
func Code(a chronicle.Article) chronicle.Record { return defaultPipeline().Code(a) }

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
	// The models read English; another language gets its sentences and its
	// language code, not English events made up from foreign words.
	if a.Language != "" && a.Language != "en" {
		return rec
	}
	// Relative dates need an anchor: without a publication date, read the
	// article as today's news (the record still says published is unknown).
	published := a.Published
	if published.IsZero() {
		published = p.today()
	}
	nlp.Annotate(doc)
	actors := resolve.ResolveWith(doc, published, p.kb, p.placeCountry)

	countries := actorCountries(actors.List)
	var dateline *chronicle.Place
	if a.Dateline != "" {
		if pl, ok := p.gazetteer.Resolve(a.Dateline, countries); ok {
			dateline = &pl
			countries = append(countries, pl.Country)
		}
	}
	in := coder.Inputs{Actors: actors, Published: published, Dateline: dateline}
	for _, l := range p.gazetteer.Places(doc, countries) {
		in.Places = append(in.Places, coder.Located(l))
	}
	for _, x := range timex.Find(doc, published) {
		in.Dates = append(in.Dates, coder.Dated{First: x.First, Last: x.Last, Date: x.Date})
	}
	events, quotes := p.coder.Code(doc, in)

	// Read the actors after coding: the coder may have asked for phrases no
	// entity covered ("Ukrainian officials"), which adds actors.
	rec.Actors = append(rec.Actors, actors.List...)
	for _, e := range doc.Entities {
		rec.Entities = append(rec.Entities, chronicle.Entity{
			Start: e.Start, End: e.End, Text: a.Text[e.Start:e.End], Type: e.Type, Actor: chronicle.NullString(e.Actor),
		})
	}
	rec.Events = append(rec.Events, events...)
	rec.Quotes = append(rec.Quotes, quotes...)
	return rec
}

// placeCountry tells actor resolution which country a place name lies in
// ("settlers in Hebron"), given the countries the article is about.
func (p *Pipeline) placeCountry(name string, countries []string) (string, bool) {
	pl, ok := p.gazetteer.Resolve(name, countries)
	return pl.Country, ok && pl.Country != ""
}

// actorCountries lists the states the article's actors belong to, the
// context that decides ambiguous place names.
func actorCountries(actors []chronicle.Actor) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range actors {
		c := string(a.Country)
		if len(c) != 3 || c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC" || seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, c)
	}
	return out
}
