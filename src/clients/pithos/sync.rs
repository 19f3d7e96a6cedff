//! Two-way sync of a local directory with a remote folder (the seed's algorithm).
//!
//! Each path has three states, each a content hash (the Merkle hash on Pithos, the MD5
//! on Swift; missing = empty): L, the state both sides had at the last sync, kept in a
//! SQLite database in the directory's `.kamaki` state dir; C, the current local file; S,
//! the current remote object. Unchanged local (C = L) takes the server's change; unchanged
//! server (S = L) takes the local change; both changed to the same thing is recorded; both
//! changed differently is a conflict, resolved by keeping both: the local file is renamed
//! with a conflict suffix and uploaded under that name, and the server's version is
//! downloaded. Deletions propagate both ways (remote deletions go to the trash). Every
//! action records its new L as soon as it succeeds, so an interrupted sync resumes safely.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::download::{self, DownloadOptions};
use super::upload::{self, UploadOptions};
use super::{Flavor, ListOptions, ObjectAttributes, PithosClient, RemotePath, TRASH_CONTAINER};
use crate::error::{Error, Result};
use crate::protocol::pithos_hash::{self as hashing, DEFAULT_BLOCK_SIZE};

/// The directory inside a synced directory that holds sync state (never synced itself).
pub const STATE_DIR: &str = ".kamaki";

/// What sync does (or, with a dry run, would do) to one path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Upload,
    Download,
    DeleteLocal,
    DeleteRemote,
    /// Both sides changed alike: only the state is recorded.
    Record,
    Conflict,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SyncStep {
    pub path: String,
    pub action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The L states of one (local dir, remote folder) pair, plus a cache of local hashes.
struct StateDb {
    conn: Connection,
    root: String,
}

impl StateDb {
    fn open(local: &Path, remote: &RemotePath, account: &str) -> Result<StateDb> {
        let dir = local.join(STATE_DIR);
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::from(e).context(format!("creating `{}`", dir.display())))?;
        let path = dir.join("sync.db");
        let conn = Connection::open(&path)
            .map_err(|e| Error::general(format!("cannot open `{}`: {e}", path.display())))?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS synced (root TEXT NOT NULL, path TEXT NOT NULL, hash TEXT NOT NULL,
                 PRIMARY KEY (root, path));
             CREATE TABLE IF NOT EXISTS local_hashes (path TEXT PRIMARY KEY, size INTEGER NOT NULL,
                 mtime INTEGER NOT NULL, block_size INTEGER NOT NULL, hash TEXT NOT NULL);",
        )
        .map_err(db_error)?;
        let root = format!(
            "{}/{}/{}",
            remote.account.as_deref().unwrap_or(account),
            remote.container,
            remote.object
        );
        Ok(StateDb { conn, root })
    }

    fn all(&self) -> Result<BTreeMap<String, String>> {
        let mut stmt =
            self.conn.prepare("SELECT path, hash FROM synced WHERE root = ?1").map_err(db_error)?;
        let rows = stmt.query_map([&self.root], |row| Ok((row.get(0)?, row.get(1)?))).map_err(db_error)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db_error)
    }

    fn record(&self, path: &str, hash: &str) -> Result<()> {
        if hash.is_empty() {
            self.conn.execute("DELETE FROM synced WHERE root = ?1 AND path = ?2", params![self.root, path])
        } else {
            self.conn.execute(
                "INSERT INTO synced (root, path, hash) VALUES (?1, ?2, ?3)
                 ON CONFLICT (root, path) DO UPDATE SET hash = ?3",
                params![self.root, path, hash],
            )
        }
        .map_err(db_error)?;
        Ok(())
    }

    fn cached_hash(&self, path: &str, size: u64, mtime: i64, block_size: u64) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT hash FROM local_hashes WHERE path = ?1 AND size = ?2 AND mtime = ?3 AND block_size = ?4",
                params![path, size, mtime, block_size],
                |row| row.get(0),
            )
            .optional()
            .map_err(db_error)
    }

    fn cache_hash(&self, path: &str, size: u64, mtime: i64, block_size: u64, hash: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO local_hashes (path, size, mtime, block_size, hash) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (path) DO UPDATE SET size = ?2, mtime = ?3, block_size = ?4, hash = ?5",
                params![path, size, mtime, block_size, hash],
            )
            .map_err(db_error)?;
        Ok(())
    }
}

fn db_error(err: rusqlite::Error) -> Error {
    Error::general(format!("sync state database: {err}"))
}

/// The content hash sync compares: what the server lists for an object of these bytes
/// (for a Swift static large object, its ETag).
fn content_hash(path: &Path, flavor: Flavor, block_size: u64) -> Result<String> {
    match flavor {
        Flavor::Pithos => {
            let digests = hashing::hash_file(path, block_size)?;
            Ok(hashing::merkle(&digests))
        }
        // Sync uploads with the default segment size, which is what `block_size` is here.
        Flavor::Swift => Ok(upload::swift_etag(path, block_size)?),
    }
}

/// Local files (relative paths with `/`), skipping the state dir and partial downloads.
fn local_files(root: &Path) -> Result<BTreeMap<String, PathBuf>> {
    fn walk(root: &Path, dir: &Path, found: &mut BTreeMap<String, PathBuf>) -> Result<()> {
        for entry in std::fs::read_dir(dir)
            .map_err(|e| Error::from(e).context(format!("reading `{}`", dir.display())))?
        {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == STATE_DIR || name.ends_with(".kamaki-part") {
                continue;
            }
            let kind = entry.file_type()?;
            if kind.is_dir() {
                walk(root, &path, found)?;
            } else if kind.is_file() {
                let relative = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace(std::path::MAIN_SEPARATOR, "/");
                found.insert(relative, path);
            }
        }
        Ok(())
    }
    let mut found = BTreeMap::new();
    walk(root, root, &mut found)?;
    Ok(found)
}

/// Runs (or with `dry_run`, plans) a sync of `local` with the remote folder `remote`.
pub async fn sync(
    client: &PithosClient,
    local: &Path,
    remote: &RemotePath,
    dry_run: bool,
) -> Result<Vec<SyncStep>> {
    if !local.is_dir() {
        return Err(Error::usage(format!("`{}` is not a directory", local.display()))
            .hint("create it first; sync works on directories"));
    }
    let container = client.container_info(remote.account.as_deref(), &remote.container).await?;
    // What content hashes depend on (and their cache is keyed by): Pithos's block size, or
    // the segment size above which Swift objects are static large objects.
    let block_size = match client.flavor {
        Flavor::Pithos => container.block_size.unwrap_or(DEFAULT_BLOCK_SIZE),
        Flavor::Swift => upload::DEFAULT_SEGMENT_SIZE,
    };
    let prefix = if remote.object.is_empty() {
        String::new()
    } else {
        format!("{}/", remote.object.trim_end_matches('/'))
    };
    let db = StateDb::open(local, remote, &client.account)?;

    // S: the server's objects under the prefix (folders are structure, not content).
    let listing = ListOptions { prefix: Some(prefix.clone()), ..ListOptions::default() };
    let server: BTreeMap<String, String> = client
        .list_objects(remote, &listing)
        .await?
        .into_iter()
        .filter(|o| !o.is_directory() && o.name.len() > prefix.len())
        .map(|o| (o.name[prefix.len()..].to_string(), o.hash))
        .collect();
    // C: current local files, hashed (cached by size and mtime).
    let files = local_files(local)?;
    let mut current: BTreeMap<String, String> = BTreeMap::new();
    for (relative, path) in &files {
        let meta = std::fs::metadata(path)?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        let hash = match db.cached_hash(relative, meta.len(), mtime, block_size)? {
            Some(hash) => hash,
            None => {
                let (path, flavor) = (path.clone(), client.flavor);
                let hash = tokio::task::spawn_blocking(move || content_hash(&path, flavor, block_size))
                    .await
                    .map_err(|e| Error::general(format!("hashing task failed: {e}")))??;
                db.cache_hash(relative, meta.len(), mtime, block_size, &hash)?;
                hash
            }
        };
        current.insert(relative.clone(), hash);
    }
    let last = db.all()?;

    let paths: BTreeSet<&String> = server.keys().chain(current.keys()).chain(last.keys()).collect();
    let mut steps = Vec::new();
    for path in paths {
        let l = last.get(path).map_or("", String::as_str);
        let c = current.get(path).map_or("", String::as_str);
        let s = server.get(path).map_or("", String::as_str);
        let step = |action, detail: Option<String>| SyncStep { path: path.clone(), action, detail };
        let planned = if c == l {
            if s == l {
                continue;
            }
            if s.is_empty() { step(Action::DeleteLocal, None) } else { step(Action::Download, None) }
        } else if s == l {
            if c.is_empty() { step(Action::DeleteRemote, None) } else { step(Action::Upload, None) }
        } else if c == s {
            step(Action::Record, None)
        } else if c.is_empty() {
            // Deleted here, changed there: keep the data.
            step(Action::Download, Some("deleted locally but changed remotely".into()))
        } else if s.is_empty() {
            step(Action::Upload, Some("deleted remotely but changed locally".into()))
        } else {
            step(
                Action::Conflict,
                Some(format!("both changed; the local copy is kept as `{}`", conflict_name(path))),
            )
        };
        steps.push(planned);
    }
    if dry_run {
        return Ok(steps);
    }

    let object = |relative: &str| remote.with_object(&format!("{prefix}{relative}"));
    let upload_options = UploadOptions { overwrite: true, ..UploadOptions::default() };
    let download_options = DownloadOptions { overwrite: true, resume: true, ..DownloadOptions::default() };
    for step in &steps {
        let local_path = local.join(&step.path);
        match step.action {
            Action::Record => db.record(&step.path, &server[&step.path])?,
            Action::Download => {
                download::download_file(client, &object(&step.path), &local_path, &download_options).await?;
                db.record(&step.path, &server[&step.path])?;
            }
            Action::Upload => {
                let mut options = upload_options.clone();
                options.attributes = ObjectAttributes {
                    content_type: Some(
                        mime_guess::from_path(&step.path).first_or_octet_stream().essence_str().to_string(),
                    ),
                    ..ObjectAttributes::default()
                };
                upload::upload_file(client, &local_path, &object(&step.path), &options).await?;
                db.record(&step.path, &current[&step.path])?;
            }
            Action::DeleteLocal => {
                match std::fs::remove_file(&local_path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(Error::from(e).context(format!("deleting `{}`", local_path.display())));
                    }
                }
                db.record(&step.path, "")?;
            }
            Action::DeleteRemote => {
                let source = object(&step.path);
                if client.flavor == Flavor::Pithos && source.container != TRASH_CONTAINER {
                    let trashed = RemotePath::new(TRASH_CONTAINER, &source.object);
                    client.copy_object(&source, &trashed, true, None, false).await?;
                } else {
                    client.purge_object(&source, None).await?;
                }
                db.record(&step.path, "")?;
            }
            Action::Conflict => {
                let kept = conflict_name(&step.path);
                let kept_path = local.join(&kept);
                std::fs::rename(&local_path, &kept_path)
                    .map_err(|e| Error::from(e).context(format!("renaming `{}`", local_path.display())))?;
                upload::upload_file(client, &kept_path, &object(&kept), &upload_options).await?;
                db.record(&kept, &current[&step.path])?;
                download::download_file(client, &object(&step.path), &local_path, &download_options).await?;
                db.record(&step.path, &server[&step.path])?;
            }
        }
    }
    Ok(steps)
}

/// `dir/name (conflict 20260131-120000).ext`
pub fn conflict_name(path: &str) -> String {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let (dir, file) = match path.rsplit_once('/') {
        Some((dir, file)) => (format!("{dir}/"), file),
        None => (String::new(), path),
    };
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{dir}{stem} (conflict {stamp}).{ext}"),
        _ => format!("{dir}{file} (conflict {stamp})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_names_keep_the_extension() {
        let name = conflict_name("docs/report.txt");
        assert!(name.starts_with("docs/report (conflict "), "{name}");
        assert!(name.ends_with(").txt"));
        assert!(conflict_name("Makefile").starts_with("Makefile (conflict "));
    }
}
