// Command gendict derives nlp/ner/lists/dictionary_names.txt from an English
// word list such as SCOWL's, which Debian ships as wamerican-large
// (/usr/share/dict/american-english-large; SCOWL's licence allows any use
// with its copyright notice kept, see the README). A word the list writes
// capitalised is a name; whether it is also listed in lower case tells an
// ambiguous one ("Bush", "bush") from a pure one ("Tanya").
//
//	go run ./nlp/ner/internal/gendict /usr/share/dict/american-english-large > nlp/ner/lists/dictionary_names.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendict WORDLIST")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
	defer f.Close()
	lower := map[string]bool{}
	var capitalised []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capitalised = append(capitalised, w)
		} else {
			lower[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
	slices.Sort(capitalised)
	capitalised = slices.Compact(capitalised)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Capitalised words of SCOWL's English word list (wamerican-large), derived by")
	fmt.Fprintln(w, "# nlp/ner/internal/gendict; \"both\" marks words also listed in lower case.")
	fmt.Fprintln(w, "# SCOWL: Copyright 2000-2019 by Kevin Atkinson; permission to use, copy, modify,")
	fmt.Fprintln(w, "# distribute and sell the word lists is granted without fee, provided that the")
	fmt.Fprintln(w, "# copyright notice appears in all copies.")
	for _, c := range capitalised {
		kind := "name"
		if lower[strings.ToLower(c)] {
			kind = "both"
		}
		fmt.Fprintf(w, "%s\t%s\n", c, kind)
	}
	w.Flush()
}
