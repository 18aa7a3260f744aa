package perceptron

// Hash returns a feature hash of a template id and a string value
// (FNV-1a over the bytes, seeded by the template, then finalized).
func Hash(template uint64, s string) uint64 {
	h := 14695981039346656037 ^ (template * 0x9E3779B97F4A7C15)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return finalize(h)
}

// Mix combines a hash with another value, for conjunctions of features.
func Mix(h, v uint64) uint64 {
	return finalize(h ^ (v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)))
}

// finalize is the splitmix64 finalizer: it spreads bits so that hashes of
// similar inputs do not collide in the model's map.
func finalize(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}
