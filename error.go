package chronicle

import (
	"errors"
	"fmt"
)

// Error codes. The HTTP layer maps each to one status in one place.
const (
	EINVALID      = "invalid"      // bad input: unreadable, malformed, wrong kind
	ENOTFOUND     = "not_found"    // no such article, event, actor
	ECONFLICT     = "conflict"     // e.g. a database from a newer schema
	EUNAUTHORIZED = "unauthorized" // missing or wrong token
	EFORBIDDEN    = "forbidden"    // the server is read-only
	ETOOLARGE     = "too_large"    // input or request over a limit
	EINTERNAL     = "internal"     // a bug or a failing dependency
)

// Error is Chronicle's one error type: a code, the input it concerns (a path,
// a feed item, a request field) and a message for a person.
type Error struct {
	Code    string
	Input   string
	Message string
	Err     error
}

func (e *Error) Error() string {
	msg := e.Message
	if e.Input != "" {
		msg = e.Input + ": " + msg
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and input.
func Errorf(code, input, format string, args ...any) *Error {
	return &Error{Code: code, Input: input, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// other errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
