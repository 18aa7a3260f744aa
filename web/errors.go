package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"chronicle"
)

// codeTimeout is the code of a request that ran out of time; the store
// reports it as a context error, not as a chronicle.Error.
const codeTimeout = "timeout"

// errorCode returns the chronicle.Error code of err, or codeTimeout when the
// request's deadline passed.
func errorCode(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return codeTimeout
	}
	var ce *chronicle.Error
	if errors.As(err, &ce) {
		return ce.Code
	}
	return chronicle.EINTERNAL
}

// statusOf is the one place where error codes become HTTP statuses.
func statusOf(code string) int {
	switch code {
	case chronicle.EINVALID:
		return http.StatusBadRequest
	case chronicle.ENOTFOUND:
		return http.StatusNotFound
	case chronicle.ECONFLICT:
		return http.StatusConflict
	case chronicle.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case chronicle.EFORBIDDEN:
		return http.StatusForbidden
	case chronicle.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case codeTimeout:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// errorMessage is what a person may see: the error's own words, except for
// internal errors, whose details stay in the log.
func errorMessage(code string, err error) string {
	switch code {
	case chronicle.EINTERNAL:
		return "internal error"
	case codeTimeout:
		return "the request took too long"
	}
	return err.Error()
}

type apiErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeAPIError writes err as the API's JSON error.
func (s *Server) writeAPIError(w http.ResponseWriter, r *http.Request, err error) {
	code := errorCode(err)
	if code == chronicle.EINTERNAL {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	var body apiErrorBody
	body.Error.Code, body.Error.Message = code, errorMessage(code, err)
	writeJSON(w, statusOf(code), body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // a JSON body opened as HTML still runs nothing
	if err := enc.Encode(v); err != nil {
		slog.Debug("writing response", "err", err)
	}
}
