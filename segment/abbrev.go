package segment

import "strings"

// abbrevKind says how an abbreviation that keeps its period behaves at a
// possible sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// titleAbbrev precedes a name or a number ("Mr.", "Gen.", "No. 5"): it never
	// ends a sentence.
	titleAbbrev
	// endingAbbrev can end a sentence ("Inc.", "U.S.", "p.m."): it does when the
	// next word is one that typically starts a sentence.
	endingAbbrev
)

// abbreviations are the written forms kept with their period, as UD
// English-EWT keeps them. Letter-dot sequences ("U.S.", "p.m.", "Ph.D.") and
// single capital initials are recognised by shape and need no entry.
var abbreviations = map[string]abbrevKind{
	// titles and ranks
	"Mr": titleAbbrev, "Drs": titleAbbrev, "Mrs": titleAbbrev, "Ms": titleAbbrev, "Messrs": titleAbbrev,
	"Dr": titleAbbrev, "Prof": titleAbbrev, "Rev": titleAbbrev, "Hon": titleAbbrev,
	"Fr": titleAbbrev, "Pres": titleAbbrev, "Gov": titleAbbrev, "Sen": titleAbbrev,
	"Rep": titleAbbrev, "Reps": titleAbbrev, "Sens": titleAbbrev, "Atty": titleAbbrev,
	"Gen": titleAbbrev, "Lt": titleAbbrev, "Col": titleAbbrev, "Maj": titleAbbrev,
	"Capt": titleAbbrev, "Cpt": titleAbbrev, "Sgt": titleAbbrev, "Cpl": titleAbbrev,
	"Pvt": titleAbbrev, "Adm": titleAbbrev, "Cmdr": titleAbbrev, "Cdr": titleAbbrev,
	"Brig": titleAbbrev, "Gens": titleAbbrev, "Supt": titleAbbrev, "Insp": titleAbbrev,
	"Det": titleAbbrev, "Amb": titleAbbrev, "Sec": titleAbbrev,
	"Mt": titleAbbrev, "Ft": titleAbbrev, "Pt": titleAbbrev,
	"No": titleAbbrev, "Nos": titleAbbrev, "Nr": titleAbbrev, "Vol": titleAbbrev,
	"Art": titleAbbrev, "Fig": titleAbbrev, "Ch": titleAbbrev, "Sect": titleAbbrev,
	"vs": titleAbbrev, "v": titleAbbrev, "approx": titleAbbrev, "ca": titleAbbrev,
	"cf": titleAbbrev, "viz": titleAbbrev, "Op": titleAbbrev, "pp": titleAbbrev,
	"Rt": titleAbbrev, "Hwy": titleAbbrev,

	// ones a sentence can end with
	"St": endingAbbrev, "Ave": endingAbbrev, "Blvd": endingAbbrev, "Rd": endingAbbrev,
	"Sq": endingAbbrev, "Ln": endingAbbrev, "Pl": endingAbbrev,
	"Inc": endingAbbrev, "Corp": endingAbbrev, "Co": endingAbbrev, "Ltd": endingAbbrev,
	"Cos": endingAbbrev, "Bros": endingAbbrev, "Plc": endingAbbrev, "Dept": endingAbbrev,
	"Univ": endingAbbrev, "Assn": endingAbbrev, "Intl": endingAbbrev, "Govt": endingAbbrev,
	"Jr": endingAbbrev, "Sr": endingAbbrev, "Esq": endingAbbrev,
	"Jan": endingAbbrev, "Feb": endingAbbrev, "Mar": endingAbbrev, "Apr": endingAbbrev,
	"Jun": endingAbbrev, "Jul": endingAbbrev, "Aug": endingAbbrev, "Sep": endingAbbrev,
	"Sept": endingAbbrev, "Oct": endingAbbrev, "Nov": endingAbbrev, "Dec": endingAbbrev,
	"Mon": endingAbbrev, "Tue": endingAbbrev, "Tues": endingAbbrev, "Wed": endingAbbrev,
	"Thu": endingAbbrev, "Thur": endingAbbrev, "Thurs": endingAbbrev, "Fri": endingAbbrev,
	"Sat": endingAbbrev, "Sun": endingAbbrev,
	"etc": endingAbbrev, "al": endingAbbrev, "Ph": endingAbbrev, "ft": endingAbbrev,
	"mins": endingAbbrev, "hrs": endingAbbrev, "yrs": endingAbbrev, "est": endingAbbrev,
	"Calif": endingAbbrev, "Mass": endingAbbrev, "Conn": endingAbbrev, "Penn": endingAbbrev,
	"Ariz": endingAbbrev, "Colo": endingAbbrev, "Fla": endingAbbrev, "Ill": endingAbbrev,
	"Mich": endingAbbrev, "Minn": endingAbbrev, "Tenn": endingAbbrev, "Wash": endingAbbrev,
	"Wis": endingAbbrev, "Okla": endingAbbrev, "Ore": endingAbbrev, "Va": endingAbbrev,
	"Ala": endingAbbrev, "Ark": endingAbbrev, "Ga": endingAbbrev, "Kan": endingAbbrev,
	"Ky": endingAbbrev, "La": endingAbbrev, "Md": endingAbbrev, "Miss": endingAbbrev,
	"Mo": endingAbbrev, "Neb": endingAbbrev, "Ont": endingAbbrev, "Que": endingAbbrev, "Alta": endingAbbrev, "Nev": endingAbbrev, "Tex": endingAbbrev,
}

// abbreviationKind says whether word, which ends in a single period, is an
// abbreviation that keeps it. nextIsDigit tells whether the next word starts
// with a digit ("No. 5" against a sentence ending "... said no.").
func abbreviationKind(word string, nextIsDigit bool) abbrevKind {
	w := word[:len(word)-1]
	if w == "" {
		return notAbbrev
	}
	if len(w) == 1 {
		if w[0] >= 'A' && w[0] <= 'Z' {
			return endingAbbrev // an initial: "John F. Kennedy", "Plan B."
		}
		return abbreviations[w] // "v." in "Hamdan v. Rumsfeld"
	}
	if strings.IndexByte(w, '.') >= 0 {
		if letterDotShape(w) {
			return endingAbbrev
		}
		return notAbbrev
	}
	k, ok := abbreviations[w]
	if !ok && isAllUpperASCII(w) {
		// "MR." and "INC." in headlines and shouted copy.
		k, ok = abbreviations[w[:1]+strings.ToLower(w[1:])]
	}
	if !ok {
		return notAbbrev
	}
	if (w == "No" || w == "Nos" || w == "Nr" || w == "Art" || w == "Fig" || w == "pp" || w == "Op" || w == "Vol" || w == "Ch" || w == "Sect" || w == "Rt" || w == "Hwy") && !nextIsDigit {
		return notAbbrev
	}
	return k
}

// letterDotShape matches "U.S", "p.m", "Ph.D", "e.g": short letter groups
// joined by periods (the final period is already removed). "cnn.com" and
// "3.5" do not match.
func letterDotShape(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isASCIILetter(c):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

func isAllUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// sentenceStarters are capitalised words that, after an abbreviation that
// can end a sentence, show that a new sentence has begun ("... in the U.S.
// The talks ..."), where a name or title would not ("U.S. President").
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`A An The This That These Those There Here It Its
		He She They We I You His Her Their Our My Your Him Them Us
		But And Or So Yet Nor For If When While After Before Although Though Because
		Since As At In On By With From Into During Under Over Until Unless Once
		However Meanwhile Still Also Then Now Today Tonight Yesterday Tomorrow Later Earlier
		Some Many Most Several Both Each Every All Any No None Not One Two Three Few
		Other Others Such What Who Whom Whose Why How Where Which Whether
		Is Are Was Were Be Been Do Does Did Has Have Had Can Could Will Would Should Might Must
		Please Thanks Thank Yes Nor Instead Indeed Moreover Furthermore Nevertheless Despite
		According Asked Officials Police Authorities Analysts Critics Experts`) {
		sentenceStarters[w] = true
	}
}
