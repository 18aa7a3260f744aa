package resolve

import (
	"strings"
	"time"

	"chronicle"
	"chronicle/kb"
)

// shortName links a surname ("Dmitriev") to the person named in full
// earlier in the document; failing that, a first name used alone
// ("Ubolratana") to the one person named in full with it.
func (a *Actors) shortName(cf, cl int) (int, bool) {
	word := kb.Normalize(a.text(cf, cl))
	words := strings.Fields(word)
	byFirst, firsts := -1, 0
	for k := len(a.mentions) - 1; k >= 0; k-- {
		m := a.mentions[k]
		act := a.List[m.actor]
		if act.Type != chronicle.ActorPerson || m.first >= cf {
			continue
		}
		name := kb.Normalize(act.Name)
		f := strings.Fields(name)
		if len(f) > 1 && (f[len(f)-1] == word || strings.HasSuffix(name, " "+word)) {
			return m.actor, true
		}
		// "John Bolton" after "John R. Bolton".
		if len(words) > 1 && len(f) > len(words) && f[0] == words[0] && f[len(f)-1] == words[len(words)-1] {
			return m.actor, true
		}
		if len(f) > 1 && f[0] == word && m.actor != byFirst {
			byFirst = m.actor
			firsts++
		}
	}
	if firsts == 1 && cl-cf == 1 {
		return byFirst, true
	}
	return 0, false
}

// pickPerson chooses among people sharing a name or surname: the one in
// office at the article's date (in the role and country the text gives, if
// it gives them), else the one whose office in that role is nearest in time.
func (a *Actors) pickPerson(people []*kb.Person, m mods) *kb.Person {
	country := m.country()
	var fit []*kb.Person
	for _, p := range people {
		if country == "" || country == p.Country || holdsIn(p, country) {
			fit = append(fit, p)
		}
	}
	var inOffice []*kb.Person
	for _, p := range fit {
		if o, ok := p.OfficeAt(a.at); ok && (m.title == nil || a.sameRole(o.Role, m.title)) {
			inOffice = append(inOffice, p)
		}
	}
	if len(inOffice) == 1 {
		return inOffice[0]
	}
	if len(fit) == 1 {
		return fit[0]
	}
	if m.title == nil {
		return nil
	}
	var best *kb.Person
	bestGap := time.Duration(1<<63 - 1)
	for _, p := range fit {
		for _, o := range p.Offices {
			if !a.sameRole(o.Role, m.title) {
				continue
			}
			if gap := distance(o, a.at); gap < bestGap {
				best, bestGap = p, gap
			}
		}
	}
	return best
}

func holdsIn(p *kb.Person, country string) bool {
	for _, o := range p.Offices {
		if o.Country == country {
			return true
		}
	}
	return false
}

func (a *Actors) sameRole(role string, t *kb.Title) bool {
	rt, ok := a.kb.Title(role)
	return ok && rt == t || kb.Normalize(role) == kb.Normalize(t.Role)
}

// distance is how far t lies outside the office's term.
func distance(o kb.Office, t time.Time) time.Duration {
	if t.Before(o.Start) {
		return o.Start.Sub(t)
	}
	if !o.End.IsZero() && !t.Before(o.End) {
		return t.Sub(o.End)
	}
	return 0
}

// personCandidate describes a known person at the article's date.
func (a *Actors) personCandidate(p *kb.Person, m mods) candidate {
	act := chronicle.Actor{Name: p.Name, Type: chronicle.ActorPerson, Country: chronicle.NullString(p.Country),
		KB: chronicle.NullString("person:" + p.ID), Role: chronicle.NullString(m.role)}
	o, inOffice := p.OfficeAt(a.at)
	if inOffice {
		act.Country, act.Sector = chronicle.NullString(o.Country), chronicle.NullString(o.Sector)
		if act.Role == "" || m.former {
			// "former Polish Prime Minister Donald Tusk" in 2019 speaks
			// for the European Council, the office he then held.
			act.Role = chronicle.NullString(o.Role)
		}
	} else if m.sector != "" {
		act.Sector = chronicle.NullString(m.sector)
	} else {
		for _, o := range p.Offices {
			if !o.End.IsZero() && o.End.Before(a.at) {
				act.Sector = "ELI" // out of office: a former official
			}
		}
	}
	if m.former && !inOffice {
		act.Sector = "ELI"
	}
	return candidate{key: "person:" + p.ID, actor: act, gender: p.Gender}
}
