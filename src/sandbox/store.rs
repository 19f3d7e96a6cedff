//! The sandbox's persistent state: SQLite in WAL mode under the data dir.
//!
//! Most services keep their resources as JSON documents in one table keyed by
//! `(kind, id)`; a service with other needs (Pithos) creates its own tables through
//! [`Store::migrate`] and reaches them with [`Store::with_conn`].
//!
//! # Many processes, one data dir
//!
//! With no config file every `kamaki` command runs its own embedded sandbox on the same
//! data dir, so scripts that start commands with `&` or `xargs -P` have many processes
//! reading and writing one database at once. Nothing in a process may be the only guard:
//!
//! - every [`Store::transaction`] is `BEGIN IMMEDIATE`: it takes SQLite's write lock before
//!   it reads, so a read-modify-write (a quota check and its charge, an IP allocation, a
//!   LINSTOR placement) never works from a snapshot another process has since changed. A
//!   deferred transaction would instead fail its first write with `SQLITE_BUSY`, which no
//!   busy timeout can wait out;
//! - each connection has a busy timeout, and on top of it every step that can meet a
//!   locked database — opening, switching to WAL, migrating, `BEGIN`, `COMMIT`, single
//!   statements — is retried with backoff on `SQLITE_BUSY`/`SQLITE_LOCKED` for up to
//!   [`LOCK_PATIENCE`]. A request waits for another process; it never fails because one
//!   holds the store;
//! - ids come from the `sequences` table in one statement, so they are unique across
//!   processes; no service keeps counters or caches in memory.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::fault::Fault;

/// How long SQLite itself waits for a lock before it answers `SQLITE_BUSY`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a store operation keeps retrying a busy or locked database before it fails.
/// Longer than any single request holds the lock, shorter than a client's timeout.
pub(super) const LOCK_PATIENCE: Duration = Duration::from_secs(60);

pub struct Store {
    conn: Mutex<Connection>,
}

/// Document access on a connection, inside or outside a transaction.
pub struct Docs<'a> {
    conn: &'a Connection,
}

fn internal(err: impl std::fmt::Display) -> Fault {
    Fault::new(500, "internalServerError", format!("sandbox store: {err}"))
}

/// Whether an error means another connection holds a lock we need (worth waiting for).
fn is_contention(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

/// Runs `step` until it succeeds, fails for a reason other than lock contention, or
/// [`LOCK_PATIENCE`] has passed; between attempts it sleeps with jittered backoff so that
/// waiting processes do not retry in lockstep.
fn retry_busy<R>(mut step: impl FnMut() -> rusqlite::Result<R>) -> rusqlite::Result<R> {
    let deadline = Instant::now() + LOCK_PATIENCE;
    let mut pause_ms: u64 = 2;
    loop {
        match step() {
            Err(err) if is_contention(&err) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(pause_ms + rand::random_range(0..=pause_ms)));
                pause_ms = (pause_ms * 2).min(100);
            }
            outcome => return outcome,
        }
    }
}

/// An open `BEGIN IMMEDIATE` transaction, rolled back when dropped uncommitted (an error
/// or a panic in the caller's closure), so the connection is never left inside one.
struct Immediate<'c> {
    conn: &'c Connection,
}

impl<'c> Immediate<'c> {
    fn begin(conn: &'c Connection) -> rusqlite::Result<Immediate<'c>> {
        retry_busy(|| conn.execute_batch("BEGIN IMMEDIATE"))?;
        Ok(Immediate { conn })
    }

    /// A `COMMIT` that meets `SQLITE_BUSY` leaves the transaction open and may be repeated.
    fn commit(self) -> rusqlite::Result<()> {
        retry_busy(|| self.conn.execute_batch("COMMIT"))
    }
}

impl Drop for Immediate<'_> {
    fn drop(&mut self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

impl Store {
    /// Opens (creating if needed) `sandbox.db` in `dir`.
    pub fn open(dir: &Path) -> Result<Store, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        let path = dir.join("sandbox.db");
        let conn = retry_busy(|| Connection::open(&path))
            .map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
        Self::init(conn).map_err(|e| format!("cannot initialise `{}`: {e}", path.display()))
    }

    /// A store that lives only in memory (unit tests).
    pub fn in_memory() -> Result<Store, String> {
        let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
        Self::init(conn).map_err(|e| e.to_string())
    }

    fn init(conn: Connection) -> rusqlite::Result<Store> {
        // The busy timeout comes first: switching to WAL and creating the tables already
        // need locks that a process starting at the same moment may hold.
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL lets readers and one writer work at once, across processes.
        retry_busy(|| conn.pragma_update(None, "journal_mode", "WAL"))?;
        retry_busy(|| conn.pragma_update(None, "synchronous", "NORMAL"))?;
        retry_busy(|| {
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS docs (
                    kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
                    PRIMARY KEY (kind, id));
                 CREATE TABLE IF NOT EXISTS sequences (kind TEXT PRIMARY KEY, next INTEGER NOT NULL);",
            )
        })?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (statements are atomic,
        // an open transaction is rolled back by `Immediate`), so a poisoned lock is usable.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs schema statements (idempotent `CREATE TABLE IF NOT EXISTS …`) in one
    /// immediate transaction, so processes starting together do not trip over each other.
    pub fn migrate(&self, sql: &str) -> Result<(), Fault> {
        let conn = self.lock();
        let tx = Immediate::begin(&conn).map_err(internal)?;
        conn.execute_batch(sql).map_err(internal)?;
        tx.commit().map_err(internal)
    }

    /// Runs `f` with the raw connection, for a service's own tables; `f` is repeated while
    /// the database is busy, so it must be one statement or otherwise safe to repeat.
    pub fn with_conn<R>(&self, mut f: impl FnMut(&Connection) -> rusqlite::Result<R>) -> Result<R, Fault> {
        let conn = self.lock();
        retry_busy(|| f(&conn)).map_err(internal)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: a read-modify-write (quota check and
    /// charge, allocate an IP) holds SQLite's write lock from its first read to its commit,
    /// so it cannot interleave with another request of this or any other process. An error
    /// from `f` rolls everything back.
    pub fn transaction<R>(&self, f: impl FnOnce(&Docs<'_>) -> Result<R, Fault>) -> Result<R, Fault> {
        let conn = self.lock();
        let tx = Immediate::begin(&conn).map_err(internal)?;
        let result = f(&Docs { conn: &conn })?;
        tx.commit().map_err(internal)?;
        Ok(result)
    }

    pub fn get<T: DeserializeOwned>(&self, kind: &str, id: &str) -> Result<Option<T>, Fault> {
        Docs { conn: &self.lock() }.get(kind, id)
    }

    pub fn put<T: Serialize>(&self, kind: &str, id: &str, doc: &T) -> Result<(), Fault> {
        Docs { conn: &self.lock() }.put(kind, id, doc)
    }

    pub fn delete(&self, kind: &str, id: &str) -> Result<bool, Fault> {
        Docs { conn: &self.lock() }.delete(kind, id)
    }

    pub fn list<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<T>, Fault> {
        Docs { conn: &self.lock() }.list(kind)
    }

    pub fn next_id(&self, kind: &str) -> Result<u64, Fault> {
        Docs { conn: &self.lock() }.next_id(kind)
    }
}

// Each statement below is atomic on its own; outside a transaction a busy database is
// waited for (`retry_busy`), inside an immediate one it cannot be busy.
impl Docs<'_> {
    pub fn conn(&self) -> &Connection {
        self.conn
    }

    pub fn get<T: DeserializeOwned>(&self, kind: &str, id: &str) -> Result<Option<T>, Fault> {
        let body: Option<String> = retry_busy(|| {
            self.conn
                .query_row("SELECT body FROM docs WHERE kind = ?1 AND id = ?2", params![kind, id], |r| {
                    r.get(0)
                })
                .optional()
        })
        .map_err(internal)?;
        body.map(|b| serde_json::from_str(&b).map_err(internal)).transpose()
    }

    pub fn put<T: Serialize>(&self, kind: &str, id: &str, doc: &T) -> Result<(), Fault> {
        let body = serde_json::to_string(doc).map_err(internal)?;
        retry_busy(|| {
            self.conn.execute(
                "INSERT INTO docs (kind, id, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
                params![kind, id, body],
            )
        })
        .map_err(internal)?;
        Ok(())
    }

    pub fn delete(&self, kind: &str, id: &str) -> Result<bool, Fault> {
        let n = retry_busy(|| {
            self.conn.execute("DELETE FROM docs WHERE kind = ?1 AND id = ?2", params![kind, id])
        })
        .map_err(internal)?;
        Ok(n > 0)
    }

    /// Every document of `kind`, oldest first.
    pub fn list<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<T>, Fault> {
        let bodies = retry_busy(|| {
            let mut stmt =
                self.conn.prepare_cached("SELECT body FROM docs WHERE kind = ?1 ORDER BY rowid")?;
            let rows = stmt.query_map(params![kind], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<Vec<String>>>()
        })
        .map_err(internal)?;
        bodies.iter().map(|body| serde_json::from_str(body).map_err(internal)).collect()
    }

    /// The next integer id for `kind` (Cyclades-style numeric ids), starting at 1; one
    /// statement, so two processes never get the same id.
    pub fn next_id(&self, kind: &str) -> Result<u64, Fault> {
        let next: i64 = retry_busy(|| {
            self.conn.query_row(
                "INSERT INTO sequences (kind, next) VALUES (?1, 2)
                 ON CONFLICT (kind) DO UPDATE SET next = next + 1
                 RETURNING next - 1",
                params![kind],
                |r| r.get(0),
            )
        })
        .map_err(internal)?;
        Ok(next as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn documents_round_trip_and_sequences_count() {
        let store = Store::in_memory().unwrap();
        store.put("server", "1", &json!({"name": "a"})).unwrap();
        store.put("server", "1", &json!({"name": "b"})).unwrap();
        let doc: Value = store.get("server", "1").unwrap().unwrap();
        assert_eq!(doc["name"], "b");
        assert_eq!(store.list::<Value>("server").unwrap().len(), 1);
        assert!(store.delete("server", "1").unwrap());
        assert!(store.get::<Value>("server", "1").unwrap().is_none());
        assert_eq!(store.next_id("server").unwrap(), 1);
        assert_eq!(store.next_id("server").unwrap(), 2);
    }

    /// Separate connections stand in for separate processes: read-modify-writes in
    /// transactions on them neither fail with `database is locked` nor lose an update.
    #[test]
    fn concurrent_connections_never_lose_an_update() {
        let dir = tempfile::tempdir().unwrap();
        let writers = 8;
        let rounds = 25;
        std::thread::scope(|scope| {
            for _ in 0..writers {
                let path = dir.path();
                scope.spawn(move || {
                    let store = Store::open(path).unwrap();
                    for _ in 0..rounds {
                        store
                            .transaction(|docs| {
                                let count: Value = docs.get("counter", "c")?.unwrap_or(json!(0));
                                docs.put("counter", "c", &json!(count.as_i64().unwrap_or(0) + 1))
                            })
                            .unwrap();
                        store.next_id("seq").unwrap();
                    }
                });
            }
        });
        let store = Store::open(dir.path()).unwrap();
        let count: Value = store.get("counter", "c").unwrap().unwrap();
        assert_eq!(count, json!(writers * rounds));
        assert_eq!(store.next_id("seq").unwrap(), (writers * rounds + 1) as u64);
    }

    #[test]
    fn a_failed_transaction_rolls_back_and_leaves_the_connection_usable() {
        let store = Store::in_memory().unwrap();
        let failed: Result<(), Fault> = store.transaction(|docs| {
            docs.put("server", "1", &json!({"name": "a"}))?;
            Err(Fault::conflict("refused"))
        });
        assert!(failed.is_err());
        assert!(store.get::<Value>("server", "1").unwrap().is_none());
        store.transaction(|docs| docs.put("server", "2", &json!({}))).unwrap();
        assert!(store.get::<Value>("server", "2").unwrap().is_some());
    }
}
