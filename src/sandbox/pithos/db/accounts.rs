//! Accounts (metadata and groups) and their containers (policy, metadata, usage).

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{DbResult, Meta, now};
use crate::protocol::pithos_hash::DEFAULT_BLOCK_SIZE;
use crate::sandbox::Fault;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Account {
    pub name: String,
    pub meta: Meta,
    /// Group name → member uuids.
    pub groups: BTreeMap<String, Vec<String>>,
    pub modified: f64,
}

pub fn get_account(conn: &Connection, account: &str) -> DbResult<Account> {
    let row = conn
        .query_row(
            "SELECT meta, groups, modified FROM pithos_accounts WHERE account = ?1",
            [account],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, f64>(2)?)),
        )
        .optional()?;
    Ok(match row {
        Some((meta, groups, modified)) => Account {
            name: account.to_string(),
            meta: serde_json::from_str(&meta)?,
            groups: serde_json::from_str(&groups)?,
            modified,
        },
        None => Account { name: account.to_string(), modified: now(), ..Default::default() },
    })
}

pub fn save_account(conn: &Connection, account: &Account) -> DbResult<()> {
    conn.execute(
        "INSERT INTO pithos_accounts (account, meta, groups, modified) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (account) DO UPDATE SET meta = ?2, groups = ?3, modified = ?4",
        params![
            account.name,
            serde_json::to_string(&account.meta)?,
            serde_json::to_string(&account.groups)?,
            now()
        ],
    )?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Container {
    pub account: String,
    pub name: String,
    pub created: f64,
    pub modified: f64,
    pub block_size: u64,
    /// Bytes; 0 means unlimited.
    pub quota: u64,
    pub versioning: String,
    pub project: String,
    pub meta: Meta,
}

impl Container {
    pub fn new(account: &str, name: &str, project: &str) -> Self {
        let now = now();
        Container {
            account: account.to_string(),
            name: name.to_string(),
            created: now,
            modified: now,
            block_size: DEFAULT_BLOCK_SIZE,
            quota: 0,
            versioning: "auto".to_string(),
            project: project.to_string(),
            meta: Meta::new(),
        }
    }
}

fn container_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(Container, String)> {
    Ok((
        Container {
            account: row.get(0)?,
            name: row.get(1)?,
            created: row.get(2)?,
            modified: row.get(3)?,
            block_size: row.get(4)?,
            quota: row.get(5)?,
            versioning: row.get(6)?,
            project: row.get(7)?,
            meta: Meta::new(),
        },
        row.get(8)?,
    ))
}

const CONTAINER_COLUMNS: &str =
    "account, name, created, modified, block_size, quota, versioning, project, meta";

pub fn find_container(conn: &Connection, account: &str, name: &str) -> DbResult<Option<Container>> {
    let row = conn
        .query_row(
            &format!("SELECT {CONTAINER_COLUMNS} FROM pithos_containers WHERE account = ?1 AND name = ?2"),
            [account, name],
            container_from_row,
        )
        .optional()?;
    match row {
        Some((mut container, meta)) => {
            container.meta = serde_json::from_str(&meta)?;
            Ok(Some(container))
        }
        None => Ok(None),
    }
}

pub fn get_container(conn: &Connection, account: &str, name: &str) -> DbResult<Container> {
    find_container(conn, account, name)?
        .ok_or_else(|| Fault::not_found(format!("container {name} does not exist")))
}

pub fn list_containers(conn: &Connection, account: &str) -> DbResult<Vec<Container>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CONTAINER_COLUMNS} FROM pithos_containers WHERE account = ?1 ORDER BY name"
    ))?;
    let rows = stmt.query_map([account], container_from_row)?;
    let mut containers = Vec::new();
    for row in rows {
        let (mut container, meta) = row?;
        container.meta = serde_json::from_str(&meta)?;
        containers.push(container);
    }
    Ok(containers)
}

pub fn save_container(conn: &Connection, c: &Container) -> DbResult<()> {
    conn.execute(
        "INSERT INTO pithos_containers (account, name, created, modified, block_size, quota,
             versioning, project, meta) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (account, name) DO UPDATE SET modified = ?4, quota = ?6, versioning = ?7,
             project = ?8, meta = ?9",
        params![
            c.account,
            c.name,
            c.created,
            now(),
            c.block_size,
            c.quota,
            c.versioning,
            c.project,
            serde_json::to_string(&c.meta)?
        ],
    )?;
    Ok(())
}

pub fn delete_container(conn: &Connection, account: &str, name: &str) -> DbResult<()> {
    conn.execute("DELETE FROM pithos_containers WHERE account = ?1 AND name = ?2", [account, name])?;
    for table in ["pithos_versions", "pithos_sharing", "pithos_public"] {
        conn.execute(&format!("DELETE FROM {table} WHERE account = ?1 AND container = ?2"), [account, name])?;
    }
    Ok(())
}

/// Object count and bytes of the current objects of a container.
pub fn container_usage(conn: &Connection, account: &str, name: &str) -> DbResult<(u64, u64)> {
    Ok(conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM pithos_versions
         WHERE account = ?1 AND container = ?2 AND current = 1 AND deleted = 0",
        [account, name],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}
