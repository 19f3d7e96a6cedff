//! Lookups for other sandbox services (the image service registers Pithos objects).

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::access::effective_sharing;
use super::db::{self, DbResult};
use crate::sandbox::{Fault, SandboxState};

/// What other services need to know about a stored object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ObjectInfo {
    pub account: String,
    pub container: String,
    pub name: String,
    pub bytes: u64,
    /// The Merkle hash (`X-Object-Hash`, the ETag).
    pub hash: String,
    pub content_type: String,
    pub meta: BTreeMap<String, String>,
    /// The sharing of the object or its nearest shared folder, if any.
    pub read: Vec<String>,
    pub write: Vec<String>,
    pub public: bool,
    pub modified: f64,
}

impl ObjectInfo {
    /// Whether `user` may read the object (owner, shared with them, or a group of theirs).
    pub fn readable_by(&self, store_user: &str) -> bool {
        store_user == self.account || self.read.iter().chain(&self.write).any(|p| p == "*" || p == store_user)
    }
}

/// Looks up an object's current metadata by account, container and path; `None` when it
/// does not exist. Reads the same store the HTTP API writes.
pub fn object_info(
    state: &SandboxState,
    account: &str,
    container: &str,
    name: &str,
) -> Result<Option<ObjectInfo>, Fault> {
    state.store.transaction(|docs| lookup_object(docs.conn(), account, container, name))
}

fn lookup_object(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<ObjectInfo>> {
    if db::find_container(conn, account, container)?.is_none() {
        return Ok(None);
    }
    let version = match db::get_version(conn, account, container, name, None, None) {
        Ok(version) => version,
        Err(fault) if fault.status == 404 => return Ok(None),
        Err(fault) => return Err(fault),
    };
    let sharing = effective_sharing(conn, account, container, name)?.map(|(_, s)| s).unwrap_or_default();
    Ok(Some(ObjectInfo {
        account: account.to_string(),
        container: container.to_string(),
        name: name.to_string(),
        bytes: version.bytes,
        hash: version.hash,
        content_type: version.content_type,
        meta: version.meta,
        read: sharing.read,
        write: sharing.write,
        public: db::get_public(conn, account, container, name)?.is_some(),
        modified: version.modified,
    }))
}
