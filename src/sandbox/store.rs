//! The sandbox's persistent state: SQLite in WAL mode under the data dir.
//!
//! Most services keep their resources as JSON documents in one table keyed by
//! `(kind, id)`; a service with other needs (Pithos blocks) creates its own tables through
//! [`Store::migrate`] and reaches them with [`Store::with_conn`].

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::fault::Fault;

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

impl Store {
    /// Opens (creating if needed) `sandbox.db` in `dir`.
    pub fn open(dir: &Path) -> Result<Store, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        let path = dir.join("sandbox.db");
        let conn = Connection::open(&path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
        Self::init(conn).map_err(|e| format!("cannot initialise `{}`: {e}", path.display()))
    }

    /// A store that lives only in memory (unit tests).
    pub fn in_memory() -> Result<Store, String> {
        let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
        Self::init(conn).map_err(|e| e.to_string())
    }

    fn init(conn: Connection) -> rusqlite::Result<Store> {
        // WAL lets a `sandbox serve` and CLI processes read the same data dir at once;
        // the busy timeout makes concurrent writers wait instead of failing.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS docs (
                kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
                PRIMARY KEY (kind, id));
             CREATE TABLE IF NOT EXISTS sequences (kind TEXT PRIMARY KEY, next INTEGER NOT NULL);",
        )?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (statements are atomic),
        // so a poisoned lock is still usable.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs schema statements (idempotent `CREATE TABLE IF NOT EXISTS …`).
    pub fn migrate(&self, sql: &str) -> Result<(), Fault> {
        self.lock().execute_batch(sql).map_err(internal)
    }

    /// Runs `f` with the raw connection, for a service's own tables.
    pub fn with_conn<R>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<R>) -> Result<R, Fault> {
        f(&self.lock()).map_err(internal)
    }

    /// Runs `f` in one SQLite transaction holding the store's lock: a read-modify-write
    /// (quota check and charge, allocate an IP) cannot interleave with another request.
    pub fn transaction<R>(&self, f: impl FnOnce(&Docs<'_>) -> Result<R, Fault>) -> Result<R, Fault> {
        let mut conn = self.lock();
        let tx = conn.transaction().map_err(internal)?;
        let result = f(&Docs { conn: &tx })?;
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

impl Docs<'_> {
    pub fn conn(&self) -> &Connection {
        self.conn
    }

    pub fn get<T: DeserializeOwned>(&self, kind: &str, id: &str) -> Result<Option<T>, Fault> {
        let body: Option<String> = self
            .conn
            .query_row("SELECT body FROM docs WHERE kind = ?1 AND id = ?2", params![kind, id], |r| r.get(0))
            .optional()
            .map_err(internal)?;
        body.map(|b| serde_json::from_str(&b).map_err(internal)).transpose()
    }

    pub fn put<T: Serialize>(&self, kind: &str, id: &str, doc: &T) -> Result<(), Fault> {
        let body = serde_json::to_string(doc).map_err(internal)?;
        self.conn
            .execute(
                "INSERT INTO docs (kind, id, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
                params![kind, id, body],
            )
            .map_err(internal)?;
        Ok(())
    }

    pub fn delete(&self, kind: &str, id: &str) -> Result<bool, Fault> {
        let n = self
            .conn
            .execute("DELETE FROM docs WHERE kind = ?1 AND id = ?2", params![kind, id])
            .map_err(internal)?;
        Ok(n > 0)
    }

    /// Every document of `kind`, oldest first.
    pub fn list<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<T>, Fault> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT body FROM docs WHERE kind = ?1 ORDER BY rowid")
            .map_err(internal)?;
        let rows = stmt.query_map(params![kind], |r| r.get::<_, String>(0)).map_err(internal)?;
        let mut docs = Vec::new();
        for row in rows {
            docs.push(serde_json::from_str(&row.map_err(internal)?).map_err(internal)?);
        }
        Ok(docs)
    }

    /// The next integer id for `kind` (Cyclades-style numeric ids), starting at 1.
    pub fn next_id(&self, kind: &str) -> Result<u64, Fault> {
        let next: i64 = self
            .conn
            .query_row(
                "INSERT INTO sequences (kind, next) VALUES (?1, 2)
                 ON CONFLICT (kind) DO UPDATE SET next = next + 1
                 RETURNING next - 1",
                params![kind],
                |r| r.get(0),
            )
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
}
