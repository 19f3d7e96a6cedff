//! The Pithos tables, and the BLOB blocks of data dirs from before blocks became files.

use rusqlite::{Connection, OptionalExtension};

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
    md5 TEXT NOT NULL DEFAULT '',
    manifest TEXT,
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

/// Columns added to `pithos_versions` after data dirs were first written: (name, SQL type).
/// A data dir from before gets them at start; its versions' MD5s are then filled in from
/// their blocks (see `setup`).
const ADDED_VERSION_COLUMNS: [(&str, &str); 2] = [("md5", "TEXT NOT NULL DEFAULT ''"), ("manifest", "TEXT")];

/// Adds the [`ADDED_VERSION_COLUMNS`] a data dir lacks (idempotent).
pub fn add_version_columns(conn: &Connection) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('pithos_versions')")?;
    let present: Vec<String> = stmt.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    for (name, sql_type) in ADDED_VERSION_COLUMNS {
        if !present.iter().any(|p| p == name) {
            match conn.execute_batch(&format!("ALTER TABLE pithos_versions ADD COLUMN {name} {sql_type}")) {
                // Another process opening the same data dir may have just added it.
                Err(_) if column_exists(conn, name)? => {}
                result => result?,
            }
        }
    }
    Ok(())
}

fn column_exists(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT 1 FROM pragma_table_info('pithos_versions') WHERE name = ?1", [name], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
}

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

/// An in-memory database with the tables, for the storage functions' unit tests.
#[cfg(test)]
pub(super) fn test_db() -> Connection {
    let conn = Connection::open_in_memory().expect("in-memory db");
    conn.execute_batch(SCHEMA).expect("schema");
    conn
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_version_tables_gain_the_added_columns() {
        let conn = Connection::open_in_memory().expect("in-memory db");
        conn.execute_batch(
            "CREATE TABLE pithos_versions (serial INTEGER PRIMARY KEY, name TEXT NOT NULL);
             INSERT INTO pithos_versions (name) VALUES ('old');",
        )
        .expect("old table");
        add_version_columns(&conn).expect("add");
        add_version_columns(&conn).expect("again");
        let (md5, manifest): (String, Option<String>) = conn
            .query_row("SELECT md5, manifest FROM pithos_versions", [], |row| Ok((row.get(0)?, row.get(1)?)))
            .expect("row");
        assert_eq!((md5.as_str(), manifest), ("", None));
    }

    #[test]
    fn legacy_blob_blocks_are_listed_then_forgotten() {
        let conn = test_db();
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
}
