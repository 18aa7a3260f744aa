package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"chronicle"
	"chronicle/ingest"
	"chronicle/pipeline"
	"chronicle/sqlite"
)

const chromiumPath = "/usr/bin/chromium"

// browserStore holds the fixture records and, coded by the real pipeline,
// the articles of testdata/articles.jsonl.
func browserStore(t *testing.T) []chronicle.Record {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs := fixtureRecords(t)
	for a, err := range ingest.ReadReader(f.Name(), f, ingest.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, p.Code(a))
	}
	return recs
}

func screenshotDir(t *testing.T) string {
	dir := os.Getenv("CHRONICLE_SCREENSHOTS")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "chronicle-screenshots-"); err != nil {
			t.Fatal(err)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// TestBrowser loads every page in headless Chromium, applies a filter on
// /events, follows an event to its evidence and checks the highlighted
// sentence, with screenshots of each step.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test skipped: no Chromium at %s (apt-get install chromium)", chromiumPath)
	}
	srv, err := New(Options{Store: testStore(t, browserStore(t))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv) // listens on 127.0.0.1
	defer ts.Close()
	shots := screenshotDir(t)

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	defer cancelAlloc()
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(ctx); err != nil { // starts the browser, with no deadline on it
		t.Fatalf("starting Chromium: %v", err)
	}

	// Collect what the pages write to the console: a CSP violation or a
	// script error shows up there.
	var mu sync.Mutex
	var console []string
	consoleCtx, stopConsole := context.WithCancel(ctx)
	consoleDone := make(chan struct{})
	messages := chromedp.Console(consoleCtx)
	go func() {
		defer close(consoleDone)
		for m, err := range messages {
			if err != nil {
				return
			}
			mu.Lock()
			console = append(console, fmt.Sprintf("%s: %s (%s)", m.Type, m.Text, m.URL))
			mu.Unlock()
		}
	}()

	// waitFor polls js until it is true; errors while a page navigates
	// away count as not yet.
	waitFor := func(js string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			stepCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
			ok, err := chromedp.Run(stepCtx, chromedp.Evaluate[bool](js))
			cancel()
			if err == nil && ok {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("waiting for %s: timed out", js)
	}
	// step runs actions, then saves a screenshot of the whole page.
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		stepCtx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(stepCtx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// A screenshot can hang on a page a script navigated to when the
		// machine is busy: give it a while, then try once more.
		shotCtx, cancelShot := context.WithTimeout(stepCtx, 5*time.Second)
		png, err := chromedp.Run(shotCtx, chromedp.FullScreenshot(100))
		cancelShot()
		if err != nil {
			t.Logf("%s: screenshot: %v; trying again", name, err)
			png, err = chromedp.Run(stepCtx, chromedp.FullScreenshot(100))
		}
		if err != nil {
			t.Fatalf("%s: screenshot: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		stepCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		s, err := chromedp.Run(stepCtx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(js string) string {
		t.Helper()
		stepCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		s, err := chromedp.Run(stepCtx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluating %s: %v", js, err)
		}
		return s
	}

	for _, page := range []struct{ name, path, wait string }{
		{"01-overview", "/", "svg.barchart"},
		{"02-events", "/events", "table.events"},
		{"03-actors", "/actors", "table"},
		{"04-actor", "/actors/" + url.PathEscape(firstActorID(t, srv, "Putin")), "svg.barchart"},
		{"05-map", "/map", "figure.map svg"},
		{"06-network", "/network", "figure.network svg"},
		{"07-dyad", "/dyad?a=USA&b=RUS", "figure.dyad svg"},
		{"08-hostile", "/events?q=shelling", "table.events"},
	} {
		step(page.name, chromedp.Navigate(ts.URL+page.path), chromedp.WaitVisible(chromedp.CSS(page.wait)))
		if title := eval(`document.title`); !strings.HasSuffix(title, "· Chronicle") {
			t.Errorf("%s: title %q", page.path, title)
		}
	}
	if got := eval(`String(window.__injected === undefined && !document.querySelector("main script, main img, main iframe"))`); got != "true" {
		t.Error("the hostile article put live markup on the page")
	}

	// Filter: pick CONSULT from the type menu (the script submits the form).
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/events"),
		chromedp.WaitVisible(chromedp.CSS(`select[name="type"]`)),
		chromedp.SetValue(chromedp.CSS(`select[name="type"]`), "CONSULT"),
		chromedp.Click(chromedp.CSS(`form.filters button[type="submit"]`)),
	); err != nil {
		t.Fatalf("filtering: %v", err)
	}
	waitFor(`location.search.includes("type=CONSULT") && document.readyState === "complete"`)
	step("09-events-filtered", chromedp.WaitVisible(chromedp.CSS(`table.events`)))
	rowTypes := eval(`Array.from(document.querySelectorAll("table.events tbody tr td:nth-child(2)")).map(td => td.textContent.trim()).join(",")`)
	if rowTypes == "" {
		t.Fatal("no events after filtering on CONSULT")
	}
	for _, typ := range strings.Split(rowTypes, ",") {
		if typ != "CONSULT" {
			t.Errorf("filtered on CONSULT, the list shows %q", typ)
		}
	}
	if strings.Contains(eval(`location.search`), "country=") {
		t.Error("the form sent its empty fields")
	}

	// Follow the Witkoff–Putin meeting (two outlets) to its evidence.
	step("10-event-evidence",
		chromedp.Click(chromedp.CSS(`table.events tbody tr td.date a`)),
		chromedp.WaitVisible(chromedp.CSS(`mark.sentence`)),
	)
	id := strings.TrimPrefix(eval(`location.pathname`), "/events/")
	detail, err := srv.store.Event(ctx, mustUnescape(t, id))
	if err != nil {
		t.Fatal(err)
	}
	marks := eval(`Array.from(document.querySelectorAll(".article-text")).map(box => Array.from(box.querySelectorAll("mark.sentence")).map(m => m.textContent).join("")).join("\n")`)
	for _, m := range detail.Mentions {
		if !strings.Contains(marks, m.Text) {
			t.Errorf("the evidence page does not highlight %q; highlighted:\n%s", m.Text, marks)
		}
	}
	if got := text(`strong.trigger`); got == "" {
		t.Error("no trigger marked")
	}

	// The hostile article's evidence: its markup shows as text.
	hostile, err := srv.store.Events(ctx, sqlite.EventFilter{Query: "shelling"})
	if err != nil || len(hostile.Events) != 1 {
		t.Fatalf("hostile event: %v %v", hostile, err)
	}
	step("11-hostile-evidence", chromedp.Navigate(ts.URL+"/events/"+url.PathEscape(hostile.Events[0].ID)),
		chromedp.WaitVisible(chromedp.CSS(`mark.sentence`)))
	if got := eval(`String(document.querySelectorAll("main img, main script, main p[onclick], main a[href^='javascript']").length)`); got != "0" {
		t.Errorf("%s injected elements on the evidence page", got)
	}
	if got := text(`mark.sentence`); !strings.HasPrefix(got, "<script>alert('text')</script>") {
		t.Errorf("highlighted sentence shown as %q", got)
	}

	stopConsole()
	<-consoleDone
	mu.Lock()
	defer mu.Unlock()
	for _, line := range console {
		if strings.Contains(line, "Content Security Policy") || strings.HasPrefix(line, "exception") || strings.HasPrefix(line, "error") {
			t.Errorf("console: %s", line)
		}
	}
}

func firstActorID(t *testing.T, srv *Server, name string) string {
	t.Helper()
	page, err := srv.store.Actors(context.Background(), sqlite.ActorFilter{Query: name})
	if err != nil || len(page) == 0 {
		t.Fatalf("no actor named %s: %v", name, err)
	}
	return page[0].ID
}

func mustUnescape(t *testing.T, s string) string {
	t.Helper()
	u, err := url.PathUnescape(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
