//! The dummy cloud: machines are rows in a local SQLite file, so they outlive the command that made
//! them, as real servers do. Resource knobs (`create_delay`, `ready_delay`, `fail_create`,
//! `fail_ready`, `fail_rate`, `address`) shape each machine's life for tests and benchmarks.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::{CloudState, Observed};
use crate::error::{Error, Result};
use crate::infra::store::sqlite::open_database;
use crate::infra::store::{Instance, now};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS machines (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT,
    ready_at REAL NOT NULL,
    fails INTEGER NOT NULL,
    user_data TEXT
);
";

pub struct DummyCloud {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl DummyCloud {
    pub fn open(path: &Path) -> Result<Self> {
        let conn = open_database(path, SCHEMA, "the dummy cloud")?;
        Ok(Self { path: path.to_path_buf(), conn: Mutex::new(conn) })
    }

    fn with<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&conn).map_err(|e| Error::general(format!("dummy cloud `{}`: {e}", self.path.display())))
    }

    /// The machine id is derived from the node id, so a machine whose create answer was lost is
    /// still found by `drop`.
    pub fn machine_id(instance: &Instance) -> String {
        format!("dummy-{}", instance.node_id)
    }

    pub async fn create(&self, instance: &Instance, user_data: Option<&str>) -> Result<String> {
        let resource = &instance.resource;
        let seconds = |key: &str| resource.get(key).and_then(|v| v.as_f64()).unwrap_or(0.0);
        let flag = |key: &str| resource.get(key).and_then(|v| v.as_bool()).unwrap_or(false);
        tokio::time::sleep(Duration::from_secs_f64(seconds("create_delay"))).await;
        let fail_rate = seconds("fail_rate");
        if flag("fail_create") || (fail_rate > 0.0 && rand::random::<f64>() < fail_rate) {
            return Err(Error::general(format!(
                "dummy cloud refused to create `{}` (injected failure)",
                instance.server_name
            )));
        }
        let id = Self::machine_id(instance);
        let fixed_address = resource.get("address").and_then(|v| v.as_str()).map(str::to_owned);
        let ready_at = now() + seconds("ready_delay");
        self.with(|conn| {
            conn.execute(
                "INSERT OR IGNORE INTO machines (id, name, address, ready_at, fails, user_data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, instance.server_name, fixed_address, ready_at, flag("fail_ready"), user_data],
            )?;
            // Distinct addresses (10.0.0.1, 10.0.0.2, …) so that `getip` and scale-down by address mean something.
            conn.execute(
                "UPDATE machines SET address = '10.' || (((seq - 1) / 62500) % 256) || '.'
                 || (((seq - 1) / 250) % 250) || '.' || ((seq - 1) % 250 + 1) WHERE id = ?1 AND address IS NULL",
                [&id],
            )?;
            Ok(())
        })?;
        Ok(id)
    }

    pub fn observe(&self, instance: &Instance) -> Result<Observed> {
        let id = instance.instance_id.clone().unwrap_or_else(|| Self::machine_id(instance));
        let row = self.with(|conn| {
            conn.query_row("SELECT address, ready_at, fails FROM machines WHERE id = ?1", [&id], |row| {
                Ok((row.get::<_, Option<String>>(0)?, row.get::<_, f64>(1)?, row.get::<_, bool>(2)?))
            })
            .optional()
        })?;
        let Some((address, ready_at, fails)) = row else {
            return Ok(Observed { state: CloudState::Shutdown, ..Observed::default() });
        };
        let state = match (now() >= ready_at, fails) {
            (false, _) => CloudState::Pending,
            (true, false) => CloudState::Ready,
            (true, true) => CloudState::Failed,
        };
        Ok(Observed {
            state,
            addresses: address.into_iter().collect(),
            private_address: None,
            instance_id: Some(id),
        })
    }

    pub fn delete(&self, instance: &Instance) -> Result<()> {
        let id = instance.instance_id.clone().unwrap_or_else(|| Self::machine_id(instance));
        self.with(|conn| conn.execute("DELETE FROM machines WHERE id = ?1", [&id]).map(drop))
    }
}
