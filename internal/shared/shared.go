package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $CHRONICLE_SHARED if set, else ../shared
// beside the module root. ok is false when neither exists.
func Dir() (dir string, ok bool) {
	if d := os.Getenv("CHRONICLE_SHARED"); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			return s, isDir(s)
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path returns the path of rel inside the shared folder, or skips the test
// with a message naming what is missing.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	dir, ok := Dir()
	if !ok {
		tb.Skipf("../shared not found (set CHRONICLE_SHARED): skipping check that needs %s", rel)
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not found in %s: skipping", rel, dir)
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
