// Command genclusters derives nlp/ner/lists/clusters.txt: distributional word
// classes learnt from unlabelled text, which let the recognizer generalise
// from a name it was trained on to words used the same way ("Witkoff" near
// "envoy" and "said" like "Pompeo").
//
// Each word seen at least -min times is described by the words to its left
// and right (the -context most frequent words, counts square-rooted and the
// vector scaled to length 1), and spherical k-means with k-means++ seeding
// (fixed seed) puts the words into -k fine classes; a second k-means over the
// fine centroids groups those into -coarse classes. Brown clustering would
// give a hierarchy, but costs far more to run and to write; two levels of
// k-means give most of what the features use.
//
// The text it was made from, and may only be made from, is unlabelled:
// the word forms of UD English-EWT train and dev (not test) and the article
// texts of the Wikinews sample:
//
//	go run ./nlp/ner/internal/genclusters ../shared/data > nlp/ner/lists/clusters.txt
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"chronicle/nlp/wordclass"
	"chronicle/segment"
)

func main() {
	k := flag.Int("k", 256, "fine classes")
	coarse := flag.Int("coarse", 32, "coarse classes")
	minCount := flag.Int("min", 3, "least count of a word that gets a class")
	contextSize := flag.Int("context", 800, "context words per side")
	iterations := flag.Int("iter", 25, "k-means iterations")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genclusters [flags] DATA_DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	var sentences [][]string
	for _, name := range []string{"ud-ewt/en_ewt-ud-train.conllu", "ud-ewt/en_ewt-ud-dev.conllu"} {
		s, err := conlluSentences(filepath.Join(dir, name))
		check(err)
		sentences = append(sentences, s...)
	}
	s, err := wikinewsSentences(filepath.Join(dir, "news/wikinews_2019.csv"))
	check(err)
	sentences = append(sentences, s...)

	words, vectors := contextVectors(sentences, *minCount, *contextSize)
	rng := rand.New(rand.NewPCG(1, 2))
	fine, centroids := kmeans(vectors, *k, *iterations, rng)
	centroidVectors := make([]sparse, len(centroids))
	for i, c := range centroids {
		centroidVectors[i] = denseToSparse(c)
	}
	top, _ := kmeans(centroidVectors, *coarse, *iterations, rng)

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "# Word classes made by nlp/ner/internal/genclusters (k=%d, coarse=%d, min=%d, context=%d)\n", *k, *coarse, *minCount, *contextSize)
	fmt.Fprintf(out, "# from the word forms of UD English-EWT train+dev and the Wikinews 2019 sample: word, coarse class, fine class.\n")
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(words[a], words[b]) })
	for _, i := range order {
		fmt.Fprintf(out, "%s\t%d\t%d\n", words[i], top[fine[i]], fine[i])
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "genclusters:", err)
		os.Exit(1)
	}
}

func conlluSentences(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			cur = append(cur, cols[1])
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func wikinewsSentences(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	col := slices.Index(rows[0], "text")
	if col < 0 {
		return nil, fmt.Errorf("%s: no text column", path)
	}
	var out [][]string
	for _, row := range rows[1:] {
		doc := segment.Split(row[col])
		for _, s := range doc.Sentences {
			var words []string
			for _, t := range doc.Tokens[s.First:s.Last] {
				words = append(words, t.Text)
			}
			out = append(out, words)
		}
	}
	return out, nil
}

type sparse struct {
	index []int32
	value []float32
}

// contextVectors returns the words seen at least minCount times and, for
// each, its left and right neighbours among the contextSize most frequent
// words as a unit-length vector.
func contextVectors(sentences [][]string, minCount, contextSize int) ([]string, []sparse) {
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[wordclass.Normalize(w)]++
		}
	}
	var vocab []string
	for w, c := range counts {
		if c >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	contextIndex := map[string]int32{"<s>": 0, "</s>": 1}
	for _, w := range vocab {
		if len(contextIndex) >= contextSize {
			break
		}
		contextIndex[w] = int32(len(contextIndex))
	}
	wordIndex := map[string]int{}
	for i, w := range vocab {
		wordIndex[w] = i
	}
	dims := int32(len(contextIndex))
	acc := make([]map[int32]float32, len(vocab))
	for i := range acc {
		acc[i] = map[int32]float32{}
	}
	for _, s := range sentences {
		norm := make([]string, len(s))
		for i, w := range s {
			norm[i] = wordclass.Normalize(w)
		}
		for i, w := range norm {
			wi, ok := wordIndex[w]
			if !ok {
				continue
			}
			left, right := "<s>", "</s>"
			if i > 0 {
				left = norm[i-1]
			}
			if i+1 < len(norm) {
				right = norm[i+1]
			}
			if c, ok := contextIndex[left]; ok {
				acc[wi][c]++
			}
			if c, ok := contextIndex[right]; ok {
				acc[wi][dims+c]++
			}
		}
	}
	vectors := make([]sparse, len(vocab))
	for i, m := range acc {
		var v sparse
		for idx := range m {
			v.index = append(v.index, idx)
		}
		slices.Sort(v.index)
		var norm float64
		for _, idx := range v.index {
			x := float32(math.Sqrt(float64(m[idx])))
			v.value = append(v.value, x)
			norm += float64(x * x)
		}
		if norm > 0 {
			for j := range v.value {
				v.value[j] /= float32(math.Sqrt(norm))
			}
		}
		vectors[i] = v
	}
	return vocab, vectors
}

func denseToSparse(d []float32) sparse {
	var v sparse
	for i, x := range d {
		if x != 0 {
			v.index = append(v.index, int32(i))
			v.value = append(v.value, x)
		}
	}
	return v
}

func dot(v sparse, c []float32) float32 {
	var s float32
	for j, idx := range v.index {
		s += v.value[j] * c[idx]
	}
	return s
}

// kmeans is spherical k-means (cosine similarity) seeded by k-means++.
func kmeans(vectors []sparse, k, iterations int, rng *rand.Rand) ([]int, [][]float32) {
	dims := 0
	for _, v := range vectors {
		for _, idx := range v.index {
			dims = max(dims, int(idx)+1)
		}
	}
	k = min(k, len(vectors))
	centroids := make([][]float32, 0, k)
	addCentroid := func(v sparse) {
		c := make([]float32, dims)
		for j, idx := range v.index {
			c[idx] = v.value[j]
		}
		centroids = append(centroids, c)
	}
	addCentroid(vectors[rng.IntN(len(vectors))])
	distance := make([]float64, len(vectors))
	for i := range distance {
		distance[i] = math.Inf(1)
	}
	for len(centroids) < k {
		last := centroids[len(centroids)-1]
		var total float64
		for i, v := range vectors {
			d := float64(1 - dot(v, last))
			distance[i] = min(distance[i], max(d, 0))
			total += distance[i]
		}
		r := rng.Float64() * total
		pick := len(vectors) - 1
		for i, d := range distance {
			if r -= d; r <= 0 {
				pick = i
				break
			}
		}
		addCentroid(vectors[pick])
	}
	assign := make([]int, len(vectors))
	for it := 0; it < iterations; it++ {
		changed := 0
		for i, v := range vectors {
			best, bestSim := 0, float32(math.Inf(-1))
			for c, cv := range centroids {
				if s := dot(v, cv); s > bestSim {
					best, bestSim = c, s
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		for _, c := range centroids {
			clear(c)
		}
		for i, v := range vectors {
			c := centroids[assign[i]]
			for j, idx := range v.index {
				c[idx] += v.value[j]
			}
		}
		for _, c := range centroids {
			var norm float64
			for _, x := range c {
				norm += float64(x * x)
			}
			if norm > 0 {
				scale := float32(1 / math.Sqrt(norm))
				for j := range c {
					c[j] *= scale
				}
			}
		}
		if changed == 0 {
			break
		}
	}
	return assign, centroids
}
