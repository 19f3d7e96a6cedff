//! The sandbox Pithos's persistent model, in its own SQLite tables.
//!
//! * Block data is not here but in content-addressed files (see [`super::blocks`]);
//!   data dirs from before keep blocks in `pithos_blocks`, which opening them empties.
//! * `pithos_versions` holds every version of every object; a version row lists its
//!   block hashes. Deleting an object appends a `deleted` version, so `until` views and
//!   `version=list` can see history. Only the newest row of a path is `current`.
//! * Containers, accounts (metadata and groups), per-path sharing and public links have
//!   small tables of their own.
//!
//! Functions here take a connection and return [`Fail`]s that the HTTP layer renders as
//! Pithos faults; none of them blocks on anything but SQLite.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::protocol::pithos_hash::{self as hashing, DEFAULT_BLOCK_SIZE};

/// The schema, applied at sandbox start (idempotent).
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS pithos_accounts (
    account TEXT PRIMARY KEY,
    meta TEXT NOT NULL DEFAULT '{}',
    groups TEXT NOT NULL DEFAULT '{}',
    modified REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pithos_containers (
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    created REAL NOT NULL,
    modified REAL NOT NULL,
    block_size INTEGER NOT NULL,
    quota INTEGER NOT NULL DEFAULT 0,
    versioning TEXT NOT NULL DEFAULT 'auto',
    project TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (account, name)
);
CREATE TABLE IF NOT EXISTS pithos_versions (
    serial INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    container TEXT NOT NULL,
    name TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    hashes TEXT NOT NULL,
    hash TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content_encoding TEXT,
    content_disposition TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    uuid TEXT NOT NULL,
    modified REAL NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    current INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS pithos_versions_current
    ON pithos_versions (account, container, current, name);
CREATE INDEX IF NOT EXISTS pithos_versions_path
    ON pithos_versions (account, container, name, serial);
CREATE TABLE IF NOT EXISTS pithos_sharing (
    account TEXT NOT NULL,
    container TEXT NOT NULL,
    name TEXT NOT NULL,
    read TEXT NOT NULL,
    write TEXT NOT NULL,
    PRIMARY KEY (account, container, name)
);
CREATE TABLE IF NOT EXISTS pithos_public (
    account TEXT NOT NULL,
    container TEXT NOT NULL,
    name TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    PRIMARY KEY (account, container, name)
);
";

/// A failed Pithos operation: the HTTP status, the fault name and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fail {
    pub status: u16,
    pub fault: &'static str,
    pub message: String,
    /// A JSON body that replaces the fault body (409 with the missing hashes).
    pub json: Option<serde_json::Value>,
}

impl Fail {
    pub fn new(status: u16, fault: &'static str, message: impl Into<String>) -> Self {
        Fail { status, fault, message: message.into(), json: None }
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Fail::new(404, "itemNotFound", message)
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        Fail::new(400, "badRequest", message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Fail::new(409, "conflict", message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Fail::new(403, "forbidden", message)
    }
    pub fn precondition(message: impl Into<String>) -> Self {
        Fail::new(412, "preconditionFailed", message)
    }
}

impl From<rusqlite::Error> for Fail {
    fn from(err: rusqlite::Error) -> Self {
        Fail::new(500, "internalServerError", format!("storage error: {err}"))
    }
}

impl From<serde_json::Error> for Fail {
    fn from(err: serde_json::Error) -> Self {
        Fail::new(500, "internalServerError", format!("stored JSON is invalid: {err}"))
    }
}

impl From<super::Fault> for Fail {
    fn from(fault: super::Fault) -> Self {
        let message = fault
            .body
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(|inner| inner["message"].as_str())
            .unwrap_or("request failed")
            .to_string();
        Fail { status: fault.status, fault: "fault", message, json: Some(fault.body) }
    }
}

impl From<Fail> for super::Fault {
    fn from(fail: Fail) -> Self {
        match fail.json {
            Some(body) => super::Fault::with_body(fail.status, body),
            None => super::Fault::new(fail.status, fail.fault, fail.message),
        }
    }
}

pub type DbResult<T> = Result<T, Fail>;

/// Current time as epoch seconds with sub-second precision.
pub fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// User metadata: normalised key → value.
pub type Meta = BTreeMap<String, String>;

/// Normalises a metadata or group key like Pithos: `_` → `-`, each word capitalised.
pub fn format_header_key(key: &str) -> String {
    key.replace('_', "-")
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

// ---------------------------------------------------------------------------------------
// blocks of older data dirs

const LEGACY_BLOCKS: &str = "pithos_blocks";

fn has_legacy_blocks(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [LEGACY_BLOCKS], |_| {
        Ok(())
    })
    .optional()
    .map(|found| found.is_some())
}

/// Up to `limit` blocks still kept as BLOBs, as (hex hash, stripped data); none when the
/// data dir has no such table (any more: another process may have just dropped it).
pub fn legacy_blocks(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<(String, Vec<u8>)>> {
    if !has_legacy_blocks(conn)? {
        return Ok(Vec::new());
    }
    let read = || -> rusqlite::Result<Vec<(String, Vec<u8>)>> {
        let mut stmt = conn.prepare(&format!("SELECT hash, data FROM {LEGACY_BLOCKS} LIMIT ?1"))?;
        let rows =
            stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect()
    };
    match read() {
        Err(_) if !has_legacy_blocks(conn)? => Ok(Vec::new()),
        result => result,
    }
}

/// Deletes migrated BLOB blocks.
pub fn forget_legacy_blocks(conn: &Connection, hashes: &[String]) -> rusqlite::Result<()> {
    for hash in hashes {
        match conn.execute(&format!("DELETE FROM {LEGACY_BLOCKS} WHERE hash = ?1"), [hash]) {
            Err(_) if !has_legacy_blocks(conn)? => return Ok(()),
            result => result.map(drop)?,
        }
    }
    Ok(())
}

/// Drops the emptied BLOB table (a concurrent migration may have dropped it already).
pub fn drop_legacy_blocks(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("DROP TABLE IF EXISTS {LEGACY_BLOCKS}"))
}

// ---------------------------------------------------------------------------------------
// accounts

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

// ---------------------------------------------------------------------------------------
// containers

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
        .ok_or_else(|| Fail::not_found(format!("container {name} does not exist")))
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

// ---------------------------------------------------------------------------------------
// object versions

/// One version of an object.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Version {
    pub serial: i64,
    pub account: String,
    pub container: String,
    pub name: String,
    pub bytes: u64,
    pub hashes: Vec<String>,
    pub hash: String,
    pub content_type: String,
    pub content_encoding: Option<String>,
    pub content_disposition: Option<String>,
    pub meta: Meta,
    pub uuid: String,
    pub modified: f64,
    pub modified_by: String,
    pub deleted: bool,
}

impl Version {
    pub fn is_directory(&self) -> bool {
        is_directory_type(&self.content_type)
    }
}

pub fn is_directory_type(content_type: &str) -> bool {
    let base = content_type.split(';').next().unwrap_or_default().trim();
    base == "application/directory" || base == "application/folder"
}

const VERSION_COLUMNS: &str = "serial, account, container, name, bytes, hashes, hash, content_type,
    content_encoding, content_disposition, meta, uuid, modified, modified_by, deleted";

fn version_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(Version, String, String)> {
    Ok((
        Version {
            serial: row.get(0)?,
            account: row.get(1)?,
            container: row.get(2)?,
            name: row.get(3)?,
            bytes: row.get(4)?,
            hashes: Vec::new(),
            hash: row.get(6)?,
            content_type: row.get(7)?,
            content_encoding: row.get(8)?,
            content_disposition: row.get(9)?,
            meta: Meta::new(),
            uuid: row.get(11)?,
            modified: row.get(12)?,
            modified_by: row.get(13)?,
            deleted: row.get(14)?,
        },
        row.get(5)?,
        row.get(10)?,
    ))
}

fn finish_version((mut version, hashes, meta): (Version, String, String)) -> DbResult<Version> {
    version.hashes =
        if hashes.is_empty() { Vec::new() } else { hashes.split(',').map(str::to_string).collect() };
    version.meta = serde_json::from_str(&meta)?;
    Ok(version)
}

fn query_versions(
    conn: &Connection,
    sql_where: &str,
    args: &[&dyn rusqlite::ToSql],
) -> DbResult<Vec<Version>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {VERSION_COLUMNS} FROM pithos_versions WHERE {sql_where}"))?;
    let rows = stmt.query_map(args, version_from_row)?;
    let mut versions = Vec::new();
    for row in rows {
        versions.push(finish_version(row?)?);
    }
    Ok(versions)
}

/// The object's version as of now (`until` = None), as of a time, or a given serial.
/// Deleted objects are not found.
pub fn get_version(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    serial: Option<i64>,
    until: Option<f64>,
) -> DbResult<Version> {
    let found = match (serial, until) {
        (Some(serial), _) => query_versions(
            conn,
            "account = ?1 AND container = ?2 AND name = ?3 AND serial = ?4",
            &[&account, &container, &name, &serial],
        )?,
        (None, Some(until)) => query_versions(
            conn,
            "account = ?1 AND container = ?2 AND name = ?3 AND modified <= ?4
             ORDER BY serial DESC LIMIT 1",
            &[&account, &container, &name, &until],
        )?,
        (None, None) => query_versions(
            conn,
            "account = ?1 AND container = ?2 AND name = ?3 AND current = 1",
            &[&account, &container, &name],
        )?,
    };
    match found.into_iter().next() {
        Some(version) if !version.deleted => Ok(version),
        Some(_) if serial.is_some() => {
            Err(Fail::not_found(format!("version {} is a deletion", serial.unwrap_or(0))))
        }
        _ => Err(Fail::not_found(format!("object {name} does not exist"))),
    }
}

/// Every (non-deletion) version of a path, oldest first.
pub fn list_versions(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Vec<Version>> {
    query_versions(
        conn,
        "account = ?1 AND container = ?2 AND name = ?3 AND deleted = 0 ORDER BY serial",
        &[&account, &container, &name],
    )
}

/// What a listing asks for.
#[derive(Debug, Default, Clone)]
pub struct ListQuery {
    pub prefix: String,
    pub marker: Option<String>,
    pub limit: usize,
    pub until: Option<f64>,
}

/// Objects of a container in name order, after `marker`, starting with `prefix`.
pub fn list_objects(
    conn: &Connection,
    account: &str,
    container: &str,
    query: &ListQuery,
) -> DbResult<Vec<Version>> {
    let marker = query.marker.clone().unwrap_or_default();
    let upper = prefix_upper_bound(&query.prefix);
    let limit = i64::try_from(query.limit).unwrap_or(i64::MAX);
    match query.until {
        None => query_versions(
            conn,
            "account = ?1 AND container = ?2 AND current = 1 AND deleted = 0
             AND name >= ?3 AND (?4 IS NULL OR name < ?4) AND name > ?5
             ORDER BY name LIMIT ?6",
            &[&account, &container, &query.prefix, &upper, &marker, &limit],
        ),
        Some(until) => {
            let rows = query_versions(
                conn,
                "serial IN (SELECT MAX(serial) FROM pithos_versions
                     WHERE account = ?1 AND container = ?2 AND modified <= ?3
                     AND name >= ?4 AND (?5 IS NULL OR name < ?5) AND name > ?6
                     GROUP BY name)
                 ORDER BY name",
                &[&account, &container, &until, &query.prefix, &upper, &marker],
            )?;
            Ok(rows.into_iter().filter(|v| !v.deleted).take(query.limit).collect())
        }
    }
}

/// The smallest string greater than every string starting with `prefix` (None: no bound).
fn prefix_upper_bound(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = char::from_u32(last as u32 + 1) {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// The fields of a new version.
#[derive(Debug, Clone)]
pub struct NewVersion {
    pub bytes: u64,
    pub hashes: Vec<String>,
    pub content_type: String,
    pub content_encoding: Option<String>,
    pub content_disposition: Option<String>,
    pub meta: Meta,
    pub modified_by: String,
    /// Keep the object's identity (a move keeps it; a new upload over an object too).
    pub uuid: Option<String>,
}

/// Writes a new current version of a path; with `versioning none` older versions go.
/// Returns the new version and the size of the version it replaced (0 if none).
pub fn put_version(
    conn: &Connection,
    container: &Container,
    name: &str,
    new: NewVersion,
) -> DbResult<(Version, u64)> {
    let previous = get_version(conn, &container.account, &container.name, name, None, None).ok();
    let old_bytes = previous.as_ref().map_or(0, |v| v.bytes);
    let uuid = new
        .uuid
        .or_else(|| previous.as_ref().map(|v| v.uuid.clone()))
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let hash =
        hashing::merkle_hex(&new.hashes).ok_or_else(|| Fail::bad_request("invalid hash in hashmap"))?;
    retire_current(conn, container, name)?;
    let modified = now();
    conn.execute(
        "INSERT INTO pithos_versions (account, container, name, bytes, hashes, hash, content_type,
             content_encoding, content_disposition, meta, uuid, modified, modified_by, deleted, current)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, 1)",
        params![
            container.account,
            container.name,
            name,
            new.bytes,
            new.hashes.join(","),
            hash,
            new.content_type,
            new.content_encoding,
            new.content_disposition,
            serde_json::to_string(&new.meta)?,
            uuid,
            modified,
            new.modified_by
        ],
    )?;
    let version = get_version(conn, &container.account, &container.name, name, None, None)?;
    Ok((version, old_bytes))
}

/// Marks the current row of a path as history (or drops history without versioning).
fn retire_current(conn: &Connection, container: &Container, name: &str) -> DbResult<()> {
    if container.versioning == "none" {
        conn.execute(
            "DELETE FROM pithos_versions WHERE account = ?1 AND container = ?2 AND name = ?3",
            params![container.account, container.name, name],
        )?;
    } else {
        conn.execute(
            "UPDATE pithos_versions SET current = 0
             WHERE account = ?1 AND container = ?2 AND name = ?3 AND current = 1",
            params![container.account, container.name, name],
        )?;
    }
    Ok(())
}

/// Replaces a current version's metadata in place (a metadata update is not a new version).
pub fn update_meta(conn: &Connection, version: &Version, meta: &Meta) -> DbResult<()> {
    conn.execute(
        "UPDATE pithos_versions SET meta = ?1, modified = ?2 WHERE serial = ?3",
        params![serde_json::to_string(meta)?, now(), version.serial],
    )?;
    Ok(())
}

/// Deletes an object (a deletion marker keeps its history). Returns the freed bytes.
pub fn delete_object(conn: &Connection, container: &Container, name: &str, by: &str) -> DbResult<u64> {
    let current = get_version(conn, &container.account, &container.name, name, None, None)?;
    retire_current(conn, container, name)?;
    if container.versioning != "none" {
        conn.execute(
            "INSERT INTO pithos_versions (account, container, name, bytes, hashes, hash, content_type,
                 meta, uuid, modified, modified_by, deleted, current)
             VALUES (?1, ?2, ?3, 0, '', '', '', '{}', ?4, ?5, ?6, 1, 1)",
            params![container.account, container.name, name, current.uuid, now(), by],
        )?;
    }
    for table in ["pithos_sharing", "pithos_public"] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE account = ?1 AND container = ?2 AND name = ?3"),
            params![container.account, container.name, name],
        )?;
    }
    Ok(current.bytes)
}

/// Drops history older than `until` (versions that are no longer current).
pub fn purge_history(conn: &Connection, container: &Container, until: f64) -> DbResult<()> {
    conn.execute(
        "DELETE FROM pithos_versions WHERE account = ?1 AND container = ?2 AND modified <= ?3
         AND (current = 0 OR deleted = 1)",
        params![container.account, container.name, until],
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// sharing and public links

/// Read and write principals of a path: uuids, `account:group`, or `*`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    pub read: Vec<String>,
    pub write: Vec<String>,
}

impl Sharing {
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.write.is_empty()
    }

    /// The `X-Object-Sharing` form: `read=a,b; write=c`.
    pub fn header(&self) -> String {
        let mut parts = Vec::new();
        if !self.read.is_empty() {
            parts.push(format!("read={}", self.read.join(",")));
        }
        if !self.write.is_empty() {
            parts.push(format!("write={}", self.write.join(",")));
        }
        parts.join("; ")
    }

    /// Parses `read=a,b;write=c` like Pithos: spaces removed, lower-cased, and a principal
    /// in both lists kept only in `write`.
    pub fn parse(header: &str) -> DbResult<Sharing> {
        let cleaned: String = header.chars().filter(|c| !c.is_whitespace()).collect();
        let mut sharing = Sharing::default();
        for part in cleaned.split(';').filter(|p| !p.is_empty()) {
            let (list, members) = if let Some(rest) = part.strip_prefix("read=") {
                (&mut sharing.read, rest)
            } else if let Some(rest) = part.strip_prefix("write=") {
                (&mut sharing.write, rest)
            } else {
                return Err(Fail::bad_request(format!("bad X-Object-Sharing part `{part}`")));
            };
            list.extend(members.split(',').filter(|m| !m.is_empty()).map(str::to_lowercase));
        }
        let write = sharing.write.clone();
        sharing.read.retain(|member| !write.contains(member));
        Ok(sharing)
    }
}

pub fn get_sharing(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<Sharing>> {
    let row = conn
        .query_row(
            "SELECT read, write FROM pithos_sharing WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
        )
        .optional()?;
    Ok(row.map(|(read, write)| Sharing {
        read: read.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        write: write.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
    }))
}

pub fn set_sharing(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    sharing: &Sharing,
) -> DbResult<()> {
    if sharing.is_empty() {
        conn.execute(
            "DELETE FROM pithos_sharing WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
        )?;
    } else {
        conn.execute(
            "INSERT INTO pithos_sharing (account, container, name, read, write) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (account, container, name) DO UPDATE SET read = ?4, write = ?5",
            params![account, container, name, sharing.read.join(","), sharing.write.join(",")],
        )?;
    }
    Ok(())
}

/// Every shared path of an account: (container, name, sharing).
pub fn list_sharing(conn: &Connection, account: &str) -> DbResult<Vec<(String, String, Sharing)>> {
    let mut stmt = conn.prepare(
        "SELECT container, name, read, write FROM pithos_sharing WHERE account = ?1 ORDER BY container, name",
    )?;
    let rows = stmt.query_map([account], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    let mut shared = Vec::new();
    for row in rows {
        let (container, name, read, write) = row?;
        let split = |s: &str| s.split(',').filter(|m| !m.is_empty()).map(str::to_string).collect();
        shared.push((container, name, Sharing { read: split(&read), write: split(&write) }));
    }
    Ok(shared)
}

/// Accounts other than `user` with at least one shared path.
pub fn sharing_accounts(conn: &Connection) -> DbResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT account FROM pithos_sharing ORDER BY account")?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get_public(conn: &Connection, account: &str, container: &str, name: &str) -> DbResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT token FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
            |row| row.get(0),
        )
        .optional()?)
}

/// Publishes a path (keeping an existing token) or unpublishes it.
pub fn set_public(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    public: bool,
) -> DbResult<()> {
    if !public {
        conn.execute(
            "DELETE FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
        )?;
    } else if get_public(conn, account, container, name)?.is_none() {
        use rand::Rng;
        let token: String =
            rand::rng().sample_iter(&rand::distr::Alphanumeric).take(16).map(char::from).collect();
        conn.execute(
            "INSERT INTO pithos_public (account, container, name, token) VALUES (?1, ?2, ?3, ?4)",
            [account, container, name, &token],
        )?;
    }
    Ok(())
}

/// The path a public token points at.
pub fn resolve_public(conn: &Connection, token: &str) -> DbResult<(String, String, String)> {
    conn.query_row("SELECT account, container, name FROM pithos_public WHERE token = ?1", [token], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
    })
    .optional()?
    .ok_or_else(|| Fail::not_found("no such public object"))
}

/// Public paths of an account's container.
pub fn public_names(conn: &Connection, account: &str, container: &str) -> DbResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pithos_public WHERE account = ?1 AND container = ?2")?;
    let rows = stmt.query_map([account, container], |row| row.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = Connection::open_in_memory().expect("in-memory db");
        conn.execute_batch(SCHEMA).expect("schema");
        conn
    }

    #[test]
    fn legacy_blob_blocks_are_listed_then_forgotten() {
        let conn = db();
        assert!(legacy_blocks(&conn, 10).expect("no table").is_empty());
        conn.execute_batch(
            "CREATE TABLE pithos_blocks (hash TEXT PRIMARY KEY, data BLOB NOT NULL);
             INSERT INTO pithos_blocks VALUES ('aa', x'01'), ('bb', x'02');",
        )
        .expect("legacy table");
        assert_eq!(legacy_blocks(&conn, 1).expect("list").len(), 1);
        forget_legacy_blocks(&conn, &["aa".to_string()]).expect("forget");
        assert_eq!(legacy_blocks(&conn, 10).expect("list"), vec![("bb".to_string(), vec![2u8])]);
        drop_legacy_blocks(&conn).expect("drop");
        forget_legacy_blocks(&conn, &["bb".to_string()]).expect("forget after drop");
        assert!(legacy_blocks(&conn, 10).expect("dropped").is_empty());
    }

    #[test]
    fn versions_history_and_until() {
        let conn = db();
        let container = Container::new("u1", "pithos", "u1");
        save_container(&conn, &container).expect("save");
        let new = NewVersion {
            bytes: 3,
            hashes: vec![hashing::block_hash_hex(b"one")],
            content_type: "text/plain".into(),
            content_encoding: None,
            content_disposition: None,
            meta: Meta::new(),
            modified_by: "u1".into(),
            uuid: None,
        };
        let (first, replaced) = put_version(&conn, &container, "a.txt", new.clone()).expect("v1");
        assert_eq!(replaced, 0);
        let (second, replaced) = put_version(&conn, &container, "a.txt", new).expect("v2");
        assert_eq!(replaced, 3);
        assert_eq!(first.uuid, second.uuid);
        assert_eq!(list_versions(&conn, "u1", "pithos", "a.txt").expect("list").len(), 2);
        delete_object(&conn, &container, "a.txt", "u1").expect("delete");
        assert!(get_version(&conn, "u1", "pithos", "a.txt", None, None).is_err());
        let old = get_version(&conn, "u1", "pithos", "a.txt", Some(first.serial), None).expect("old");
        assert_eq!(old.bytes, 3);
        let listing = list_objects(
            &conn,
            "u1",
            "pithos",
            &ListQuery { limit: 10, until: Some(second.modified), ..Default::default() },
        )
        .expect("until listing");
        assert_eq!(listing.len(), 1);
    }

    #[test]
    fn sharing_header_round_trip() {
        let sharing = Sharing::parse("read=A, b;write=b").expect("parse");
        assert_eq!(sharing.read, vec!["a"]);
        assert_eq!(sharing.header(), "read=a; write=b");
        assert!(Sharing::parse("view=a").is_err());
    }

    #[test]
    fn header_keys_are_normalised() {
        assert_eq!(format_header_key("k1"), "K1");
        assert_eq!(format_header_key("my_key-NAME"), "My-Key-Name");
    }
}
