//! The default state store: one SQLite file (WAL mode), safe for several processes on one host.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{InfraRecord, Instance, Lease, ScalingRequest, StateStore, StoredNodeDef, now};
use crate::error::{Error, Result};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS node_defs (
    node_type TEXT NOT NULL,
    version INTEGER NOT NULL,
    implementations TEXT NOT NULL,
    imported_at REAL NOT NULL,
    PRIMARY KEY (node_type, version)
);
CREATE TABLE IF NOT EXISTS infras (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS instances (
    infra_id TEXT NOT NULL,
    node_id TEXT NOT NULL,
    started_at REAL NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (infra_id, node_id)
);
CREATE TABLE IF NOT EXISTS scaling_requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    infra_id TEXT NOT NULL,
    node TEXT NOT NULL,
    request TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS leases (infra_id TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at REAL NOT NULL);
";

pub struct SqliteStore {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<Self> {
        let conn = open_database(path, SCHEMA, "the infra state store")
            .map_err(|e| e.hint("check that the file is a kamaki infra database and is writable"))?;
        Ok(Self { path: path.to_path_buf(), conn: Mutex::new(conn) })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut conn).map_err(|e| Error::general(format!("infra state store `{}`: {e}", self.path.display())))
    }
}

/// Opens (creating it and its directory if needed) a SQLite file shared by several processes:
/// WAL, waits for locks, and `schema` applied. `what` names it in errors.
pub(crate) fn open_database(path: &Path, schema: &str, what: &str) -> Result<Connection> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::general(format!("cannot create the directory `{}`: {e}", dir.display())))?;
    }
    let fail = |e: rusqlite::Error| Error::general(format!("cannot open {what} `{}`: {e}", path.display()));
    let conn = Connection::open(path).map_err(fail)?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(fail)?;
    conn.pragma_update(None, "journal_mode", "WAL").map_err(fail)?;
    // WAL with NORMAL sync survives process crashes (what the orchestrator guards against); only an
    // OS crash may lose the last commits. FULL would cost an fsync per state change.
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(fail)?;
    conn.execute_batch(schema).map_err(fail)?;
    Ok(conn)
}

fn encode<T: Serialize>(value: &T) -> rusqlite::Result<String> {
    serde_json::to_string(value).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

fn decode<T: DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

impl StateStore for SqliteStore {
    fn import_node_def(&self, node_type: &str, implementations: &Value) -> Result<u32> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let version: u32 = tx.query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM node_defs WHERE node_type = ?1",
                [node_type],
                |row| row.get(0),
            )?;
            tx.execute(
                "INSERT INTO node_defs (node_type, version, implementations, imported_at) VALUES (?1, ?2, ?3, ?4)",
                params![node_type, version, encode(implementations)?, now()],
            )?;
            tx.commit()?;
            Ok(version)
        })
    }

    fn node_def(&self, node_type: &str) -> Result<Option<StoredNodeDef>> {
        self.with(|conn| {
            conn.query_row(
                "SELECT version, implementations, imported_at FROM node_defs
                 WHERE node_type = ?1 ORDER BY version DESC LIMIT 1",
                [node_type],
                |row| {
                    Ok(StoredNodeDef {
                        node_type: node_type.to_owned(),
                        version: row.get(0)?,
                        implementations: decode(&row.get::<_, String>(1)?)?,
                        imported_at: row.get(2)?,
                    })
                },
            )
            .optional()
        })
    }

    fn insert_infra(&self, infra: &InfraRecord) -> Result<()> {
        let inserted = self.with(|conn| {
            conn.execute(
                "INSERT OR IGNORE INTO infras (id, record) VALUES (?1, ?2)",
                params![infra.id, encode(infra)?],
            )
        })?;
        if inserted == 0 {
            return Err(Error::conflict(format!("infrastructure `{}` already exists", infra.id))
                .hint("use `kamaki infra build -i ID` to reconfigure it"));
        }
        Ok(())
    }

    fn save_infra(&self, infra: &InfraRecord) -> Result<()> {
        self.with(|conn| {
            conn.execute(
                "INSERT INTO infras (id, record) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET record = excluded.record",
                params![infra.id, encode(infra)?],
            )
            .map(drop)
        })
    }

    fn infra(&self, id: &str) -> Result<Option<InfraRecord>> {
        self.with(|conn| {
            conn.query_row("SELECT record FROM infras WHERE id = ?1", [id], |row| {
                decode(&row.get::<_, String>(0)?)
            })
            .optional()
        })
    }

    fn infras(&self) -> Result<Vec<InfraRecord>> {
        self.with(|conn| {
            let mut stmt = conn.prepare("SELECT record FROM infras")?;
            let rows = stmt.query_map([], |row| decode::<InfraRecord>(&row.get::<_, String>(0)?))?;
            let mut infras = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            infras.sort_by(|a, b| a.created_at.total_cmp(&b.created_at));
            Ok(infras)
        })
    }

    fn purge_infra(&self, id: &str) -> Result<()> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for table in ["instances", "scaling_requests", "leases"] {
                tx.execute(&format!("DELETE FROM {table} WHERE infra_id = ?1"), [id])?;
            }
            tx.execute("DELETE FROM infras WHERE id = ?1", [id])?;
            tx.commit()
        })
    }

    fn save_instance(&self, instance: &Instance) -> Result<()> {
        self.with(|conn| {
            conn.execute(
                "INSERT INTO instances (infra_id, node_id, started_at, record) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (infra_id, node_id) DO UPDATE SET record = excluded.record",
                params![instance.infra_id, instance.node_id, instance.started_at, encode(instance)?],
            )
            .map(drop)
        })
    }

    fn remove_instance(&self, infra_id: &str, node_id: &str) -> Result<()> {
        self.with(|conn| {
            conn.execute("DELETE FROM instances WHERE infra_id = ?1 AND node_id = ?2", [infra_id, node_id])
                .map(drop)
        })
    }

    fn instances(&self, infra_id: &str) -> Result<Vec<Instance>> {
        self.with(|conn| {
            let mut stmt = conn
                .prepare("SELECT record FROM instances WHERE infra_id = ?1 ORDER BY started_at, node_id")?;
            let rows = stmt.query_map([infra_id], |row| decode::<Instance>(&row.get::<_, String>(0)?))?;
            rows.collect()
        })
    }

    fn push_scaling_request(&self, infra_id: &str, node: &str, request: &ScalingRequest) -> Result<()> {
        self.with(|conn| {
            conn.execute(
                "INSERT INTO scaling_requests (infra_id, node, request) VALUES (?1, ?2, ?3)",
                params![infra_id, node, encode(request)?],
            )
            .map(drop)
        })
    }

    fn scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>> {
        self.with(|conn| read_requests(conn, infra_id))
    }

    fn take_scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let requests = read_requests(&tx, infra_id)?;
            tx.execute("DELETE FROM scaling_requests WHERE infra_id = ?1", [infra_id])?;
            tx.commit()?;
            Ok(requests)
        })
    }

    fn acquire_lease(&self, infra_id: &str, owner: &str, ttl: f64) -> Result<Option<Lease>> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let now = now();
            let current: Option<Lease> = tx
                .query_row(
                    "SELECT owner, expires_at FROM leases WHERE infra_id = ?1",
                    [infra_id],
                    |row| Ok(Lease { owner: row.get(0)?, expires_at: row.get(1)? }),
                )
                .optional()?;
            if let Some(lease) = current.filter(|l| l.owner != owner && l.expires_at > now) {
                return Ok(Some(lease));
            }
            tx.execute(
                "INSERT INTO leases (infra_id, owner, expires_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (infra_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at",
                params![infra_id, owner, now + ttl],
            )?;
            tx.commit()?;
            Ok(None)
        })
    }

    fn release_lease(&self, infra_id: &str, owner: &str) -> Result<()> {
        self.with(|conn| {
            conn.execute("DELETE FROM leases WHERE infra_id = ?1 AND owner = ?2", [infra_id, owner]).map(drop)
        })
    }
}

fn read_requests(conn: &Connection, infra_id: &str) -> rusqlite::Result<Vec<(String, ScalingRequest)>> {
    let mut stmt =
        conn.prepare("SELECT node, request FROM scaling_requests WHERE infra_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([infra_id], |row| Ok((row.get(0)?, decode(&row.get::<_, String>(1)?)?)))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::store::contract;

    #[test]
    fn meets_the_store_contract() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("infra.sqlite");
        let a = SqliteStore::open(&path).expect("open");
        let b = SqliteStore::open(&path).expect("open a second connection");
        contract::check(&a, &b);
    }
}
