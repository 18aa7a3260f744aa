package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"chronicle"

	_ "modernc.org/sqlite"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Options configure a store.
type Options struct {
	Now      func() time.Time // the clock; time.Now when nil
	ReadOnly bool             // open an existing database for reading only
}

// Store is a Chronicle database.
type Store struct {
	db    *sql.DB
	path  string
	now   func() time.Time
	write sync.Mutex // one writer: SQLite allows one anyway, this avoids busy retries
	stmts map[string]*sql.Stmt
}

// Open opens (creating it unless ReadOnly) the database at path and brings
// its schema up to date.
func Open(ctx context.Context, dbPath string, opt Options) (*Store, error) {
	if dbPath == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "--db", "no database path given")
	}
	if opt.ReadOnly {
		if _, err := os.Stat(dbPath); err != nil {
			return nil, chronicle.Errorf(chronicle.ENOTFOUND, dbPath, "no database here (run chronicle ingest first)")
		}
	}
	q := url.Values{}
	// a 32 MB page cache per connection: the default 2 MB makes every
	// statement read pages again once the store is a few hundred MB
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "cache_size(-32768)"} {
		q.Add("_pragma", p)
	}
	if opt.ReadOnly {
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: dbPath}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, openError(dbPath, err)
	}
	db.SetMaxOpenConns(8)
	s := &Store{db: db, path: dbPath, now: opt.Now, stmts: map[string]*sql.Stmt{}}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.migrate(ctx, opt.ReadOnly); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.write.Lock()
	defer s.write.Unlock()
	for _, st := range s.stmts {
		st.Close()
	}
	return s.db.Close()
}

// openError names the file when SQLite says it is not a database.
func openError(dbPath string, err error) error {
	var ce *chronicle.Error
	if errors.As(err, &ce) {
		return err
	}
	msg := err.Error()
	if strings.Contains(msg, "not a database") || strings.Contains(msg, "malformed") || strings.Contains(msg, "file is encrypted") {
		return &chronicle.Error{Code: chronicle.EINVALID, Input: dbPath, Message: "not a Chronicle database (corrupt or another kind of file)", Err: err}
	}
	return &chronicle.Error{Code: chronicle.EINTERNAL, Input: dbPath, Message: "cannot open the database", Err: err}
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names { // Glob returns them sorted
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", base)
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{v, base, string(b)})
	}
	return out, nil
}

// SchemaVersion is the newest migration this build knows.
func SchemaVersion() int {
	ms, _ := migrations()
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

func (s *Store) migrate(ctx context.Context, readOnly bool) error {
	ms, err := migrations()
	if err != nil {
		return chronicle.Errorf(chronicle.EINTERNAL, s.path, "%v", err)
	}
	if !readOnly {
		if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
			return openError(s.path, err)
		}
	}
	var current int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		if readOnly && strings.Contains(err.Error(), "no such table") {
			return chronicle.Errorf(chronicle.EINVALID, s.path, "not a Chronicle database (no schema)")
		}
		return openError(s.path, err)
	}
	newest := ms[len(ms)-1].version
	if current > newest {
		return chronicle.Errorf(chronicle.ECONFLICT, s.path,
			"database schema version %d is newer than this chronicle understands (%d): upgrade chronicle", current, newest)
	}
	if current == newest {
		return nil
	}
	if readOnly {
		return chronicle.Errorf(chronicle.ECONFLICT, s.path,
			"database schema version %d is older than %d: run chronicle ingest once to upgrade it", current, newest)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		if err := s.inTx(ctx, func(w *writeTx) error {
			if _, err := w.tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if fill := afterMigration[m.version]; fill != nil {
				if err := fill(ctx, w); err != nil {
					return fmt.Errorf("migration %s: %w", m.name, err)
				}
			}
			_, err := w.tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, s.now().UTC().Format(time.RFC3339))
			return err
		}); err != nil {
			return openError(s.path, err)
		}
	}
	return nil
}

// afterMigration fills what a migration adds from the data already stored,
// where SQL alone would repeat the Go code that keeps it on write.
var afterMigration = map[int]func(context.Context, *writeTx) error{
	2: fillSummaries,
}

// inTx runs f in one write transaction: all of it is stored or none.
func (s *Store) inTx(ctx context.Context, f func(*writeTx) error) error {
	s.write.Lock()
	defer s.write.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(&writeTx{tx: tx, store: s}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// writeTx is a write transaction that reuses prepared statements: an article
// runs a hundred small statements, and parsing them again each time cost
// more than running them.
type writeTx struct {
	tx    *sql.Tx
	store *Store
}

func (w *writeTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	st, ok := w.store.stmts[query]
	if !ok {
		var err error
		if st, err = w.store.db.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		w.store.stmts[query] = st // guarded by s.write, held for the transaction
	}
	return w.tx.StmtContext(ctx, st), nil
}

func (w *writeTx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (w *writeTx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (w *writeTx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return w.tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}
