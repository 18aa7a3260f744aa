// Package kb is Chronicle's knowledge base of actors: countries with their
// names, demonyms and capitals; seats of power used as metonyms ("the
// Kremlin"); international bodies, organisations and news outlets; the nouns
// that name a sector ("troops" → MIL); titles; and people with the offices they
// held and when, so that "the Russian President" in 1995 is Yeltsin.
//
// The data are plain text files embedded in the binary (data/*.tsv), one kind
// per file, all in one line format that users can write too and load with
// Load, then Merge over Default. A line is tab-separated fields, the first
// naming the kind; lists inside a field are separated by "|"; "#" starts a
// comment line and "-" stands for an empty field:
//
//	country  CODE   ISO2   Name|alias…   demonym|…   capital|…
//	metonym  Name|alias…   COUNTRY   SECTOR
//	org      ID     Name|alias…   COUNTRY   SECTOR
//	outlet   ID     Name|alias…   COUNTRY   SECTOR
//	sector   SECTOR noun|noun…
//	title    Role   SECTOR   variant|variant…
//	person   ID     Name|alias…   COUNTRY   GENDER(m|f|-)
//	office   PERSON Role   COUNTRY   SECTOR   START   END
//
// COUNTRY is ISO 3166-1 alpha-3 or IGO, NGO, IMG, MNC; SECTOR a PLOVER sector code;
// dates are YYYY, YYYY-MM or YYYY-MM-DD and END may be "-" for an office still
// held. countries.tsv is generated (see internal/gen) from GeoNames and the
// world-countries package; the other files are written by hand.
package kb
