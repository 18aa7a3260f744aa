package perceptron

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks Linux to back a large weight array with 2 MB pages.
// Lookups land at random across tens of megabytes, so with 4 KB pages nearly
// each one also misses the TLB; Go's runtime does not ask for huge pages
// itself, and the kernel here only gives them where asked (THP "madvise").
// Failure is harmless: the array just stays on small pages.
func adviseHugePages[T any](s []T) {
	var zero T
	size := uintptr(len(s)) * unsafe.Sizeof(zero)
	if size < hugePage {
		return
	}
	base := unsafe.Pointer(unsafe.SliceData(s))
	start := uintptr(base)
	// madvise needs a page-aligned start; round inwards to whole 4 KB pages.
	first := (start + pageSize - 1) &^ (pageSize - 1)
	end := (start + size) &^ (pageSize - 1)
	if end <= first {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(base, first-start)), end-first)
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}

const (
	pageSize = 4096
	hugePage = 2 << 20
)
