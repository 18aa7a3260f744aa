package eval_test

import (
	"testing"
	"time"

	"chronicle"
	"chronicle/eval"
	"chronicle/internal/shared"
	"chronicle/pipeline"
)

// TestPloverGoldFloor codes the PLOVER gold sentences with the whole
// pipeline and holds the scores above a floor a little below what the
// coder reaches, so that a change to the parser, the actors or the codebook
// that costs accuracy fails here.
func TestPloverGoldFloor(t *testing.T) {
	path := shared.Path(t, "data/plover/PLOVER_GSR_CAMEO.txt")
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.PloverFile(path, func(text string, published time.Time) chronicle.Record {
		return p.Code(chronicle.Article{Text: text, Published: published, Language: "en"})
	})
	if err != nil {
		t.Fatal(err)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		{"micro F1 (type, actor and recipient country)", rep.Micro.F1, 0.69},
		{"type-only F1", rep.TypeOnly.F1, 0.80},
		{"held-out odd half micro F1", rep.Halves["odd"].F1, 0.59},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
	for _, typ := range chronicle.EventTypes {
		if rep.PerType[typ].Correct == 0 {
			t.Errorf("no %s record coded right", typ)
		}
	}
	t.Logf("micro P %.3f R %.3f F1 %.3f; type-only F1 %.3f", rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, rep.TypeOnly.F1)
}
