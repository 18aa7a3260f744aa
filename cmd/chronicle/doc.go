// Command chronicle reads news and turns it into a sourced record of political
// events. Each subcommand (code, ingest, serve, export, eval, train) lives in
// a file of its own; main.go holds the table of them.
//
// This is the one place where the packages are wired together: flags, files,
// the store and the web server are chosen here, so that every package below
// stays a plain function over plain values that a test can call directly.
package main
