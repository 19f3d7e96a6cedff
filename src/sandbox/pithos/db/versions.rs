//! Object versions: every version of every object, listings, and deletion markers.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::{Container, DbResult, Meta, now};
use crate::protocol::pithos_hash as hashing;
use crate::sandbox::Fault;

/// The MD5 of no bytes: the ETag of an empty object.
pub const EMPTY_MD5: &str = "d41d8cd98f00b204e9800998ecf8427e";

/// One version of an object.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Version {
    pub serial: i64,
    pub account: String,
    pub container: String,
    pub name: String,
    pub bytes: u64,
    pub hashes: Vec<String>,
    /// The Merkle hash of `hashes` (`X-Object-Hash`).
    pub hash: String,
    /// The MD5 of the object's bytes (the `ETag`).
    pub md5: String,
    /// `X-Object-Manifest: CONTAINER/PREFIX`: a dynamic large object, whose data are the
    /// objects under the prefix, in name order (its own bytes are ignored).
    pub manifest: Option<String>,
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
    /// The ETag: the MD5, or the Merkle hash for a version whose blocks could not be read
    /// when the MD5s of an older data dir were filled in.
    pub fn etag(&self) -> &str {
        if self.md5.is_empty() { &self.hash } else { &self.md5 }
    }

    pub fn is_directory(&self) -> bool {
        is_directory_type(&self.content_type)
    }
}

pub fn is_directory_type(content_type: &str) -> bool {
    let base = content_type.split(';').next().unwrap_or_default().trim();
    base == "application/directory" || base == "application/folder"
}

const VERSION_COLUMNS: &str = "serial, account, container, name, bytes, hashes, hash, content_type,
    content_encoding, content_disposition, meta, uuid, modified, modified_by, deleted, md5, manifest";

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
            md5: row.get(15)?,
            manifest: row.get(16)?,
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
            Err(Fault::not_found(format!("version {} is a deletion", serial.unwrap_or(0))))
        }
        _ => Err(Fault::not_found(format!("object {name} does not exist"))),
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
    /// The MD5 of the bytes, computed as they arrive (or from the blocks of a hashmap).
    pub md5: String,
    pub manifest: Option<String>,
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
        hashing::merkle_hex(&new.hashes).ok_or_else(|| Fault::bad_request("invalid hash in hashmap"))?;
    retire_current(conn, container, name)?;
    let modified = now();
    conn.execute(
        "INSERT INTO pithos_versions (account, container, name, bytes, hashes, hash, content_type,
             content_encoding, content_disposition, meta, uuid, modified, modified_by, deleted, current,
             md5, manifest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, 1, ?14, ?15)",
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
            new.modified_by,
            new.md5,
            new.manifest
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

/// A version written before MD5s were kept, and what computing its MD5 takes.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionWithoutMd5 {
    pub serial: i64,
    pub bytes: u64,
    pub hashes: Vec<String>,
    pub block_size: u64,
}

/// Up to `limit` versions (of existing containers) without an MD5, after serial `after`
/// in serial order.
pub fn versions_without_md5(conn: &Connection, after: i64, limit: usize) -> DbResult<Vec<VersionWithoutMd5>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare_cached(
        "SELECT v.serial, v.bytes, v.hashes, c.block_size FROM pithos_versions v
         JOIN pithos_containers c ON c.account = v.account AND c.name = v.container
         WHERE v.md5 = '' AND v.deleted = 0 AND v.serial > ?1 ORDER BY v.serial LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![after, limit], |row| {
        let hashes: String = row.get(2)?;
        Ok(VersionWithoutMd5 {
            serial: row.get(0)?,
            bytes: row.get(1)?,
            hashes: if hashes.is_empty() {
                Vec::new()
            } else {
                hashes.split(',').map(str::to_string).collect()
            },
            block_size: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records a version's MD5 (filled in for versions from before MD5s were kept).
pub fn set_md5(conn: &Connection, serial: i64, md5: &str) -> DbResult<()> {
    conn.execute("UPDATE pithos_versions SET md5 = ?1 WHERE serial = ?2", params![md5, serial])?;
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::pithos::db::save_container;
    use crate::sandbox::pithos::db::schema::test_db;

    #[test]
    fn versions_history_and_until() {
        let conn = test_db();
        let container = Container::new("u1", "pithos", "u1");
        save_container(&conn, &container).expect("save");
        let new = NewVersion {
            bytes: 3,
            hashes: vec![hashing::block_hash_hex(b"one")],
            md5: "f97c5d29941bfb1b2fdab0874906ab82".into(),
            manifest: None,
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
    fn versions_from_before_md5s_are_found_until_filled_in() {
        let conn = test_db();
        let container = Container::new("u1", "pithos", "u1");
        save_container(&conn, &container).expect("save");
        let old = NewVersion {
            bytes: 3,
            hashes: vec![hashing::block_hash_hex(b"old")],
            md5: String::new(),
            manifest: None,
            content_type: "text/plain".into(),
            content_encoding: None,
            content_disposition: None,
            meta: Meta::new(),
            modified_by: "u1".into(),
            uuid: None,
        };
        let (version, _) = put_version(&conn, &container, "old.txt", old).expect("put");
        assert_eq!(version.etag(), version.hash, "no MD5 yet: the Merkle hash");
        let missing = versions_without_md5(&conn, 0, 10).expect("list");
        assert_eq!(
            missing,
            vec![VersionWithoutMd5 {
                serial: version.serial,
                bytes: 3,
                hashes: version.hashes.clone(),
                block_size: container.block_size,
            }]
        );
        assert!(versions_without_md5(&conn, version.serial, 10).expect("after").is_empty());
        set_md5(&conn, version.serial, "md5").expect("set");
        assert!(versions_without_md5(&conn, 0, 10).expect("list").is_empty());
        assert_eq!(get_version(&conn, "u1", "pithos", "old.txt", None, None).expect("get").etag(), "md5");
    }
}
