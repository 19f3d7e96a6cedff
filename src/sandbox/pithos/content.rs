//! What a read serves: one object's blocks, or, for a dynamic large object (a manifest
//! with `X-Object-Manifest: CONTAINER/PREFIX`), the objects under the prefix one after
//! the other in name order, as Pithos and Swift join them. Either way the bytes stream
//! block by block, any range of them.

use std::sync::Arc;

use axum::body::Bytes;
use futures::StreamExt;
use md5::Digest as _;
use rusqlite::Connection;

use super::access::{Access, access_to, require};
use super::db::{self, DbResult, ListQuery, Version};
use super::hashmap::block_stream;
use super::http::tag_list_names;
use crate::sandbox::SandboxState;

/// One object whose bytes are part of what is served.
#[derive(Debug, Clone)]
struct Part {
    version: Arc<Version>,
    block_size: u64,
}

/// The bytes a read serves and the tags that name them.
#[derive(Debug, Clone)]
pub(super) struct Content {
    parts: Vec<Part>,
    pub(super) size: u64,
    /// The ETag to send.
    pub(super) etag: String,
    /// The values of `If-Match`, `If-None-Match` and `If-Range` that name these bytes.
    tags: Vec<String>,
}

impl Content {
    /// A plain object: its own blocks, known by its MD5 or its Merkle hash.
    pub(super) fn object(version: Version, block_size: u64) -> Content {
        let tags = vec![version.etag().to_string(), version.hash.clone()];
        Content {
            size: version.bytes,
            etag: version.etag().to_string(),
            tags,
            parts: vec![Part { version: Arc::new(version), block_size }],
        }
    }

    /// What `version` serves to `user`: its own blocks, or the segments its manifest names
    /// (in the manifest's account; none when their container does not exist, as Pithos
    /// and Swift serve them). Every segment must be readable by `user`.
    pub(super) fn resolve(
        conn: &Connection,
        user: &str,
        version: Version,
        block_size: u64,
    ) -> DbResult<Content> {
        let Some(manifest) = version.manifest.clone() else {
            return Ok(Content::object(version, block_size));
        };
        // Checked when the manifest was written: CONTAINER/PREFIX.
        let (container, prefix) = manifest.split_once('/').unwrap_or((manifest.as_str(), ""));
        let mut parts = Vec::new();
        if let Some(found) = db::find_container(conn, &version.account, container)? {
            let query = ListQuery { prefix: prefix.to_string(), limit: usize::MAX, ..Default::default() };
            for segment in db::list_objects(conn, &version.account, container, &query)? {
                let access = access_to(conn, user, &version.account, container, &segment.name)?;
                require(access, Access::Read, &format!("{container}/{}", segment.name))?;
                parts.push(Part { version: Arc::new(segment), block_size: found.block_size });
            }
        }
        // Swift's ETag of a dynamic large object: the MD5 of its segments' ETags, quoted.
        let mut etags = md5::Md5::new();
        for part in &parts {
            etags.update(part.version.etag().as_bytes());
        }
        let etag = format!("\"{}\"", hex::encode(etags.finalize()));
        let size = parts.iter().map(|p| p.version.bytes).sum();
        Ok(Content { tags: vec![etag.trim_matches('"').to_string()], etag, size, parts })
    }

    /// Whether an `If-Match`-style list names these bytes (`*` does).
    pub(super) fn matches(&self, list: &str) -> bool {
        tag_list_names(list, &self.tags.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// The bytes `[start, end)`, read block by block from each part in turn.
    pub(super) fn stream(
        &self,
        state: &Arc<SandboxState>,
        start: u64,
        end: u64,
    ) -> impl futures::Stream<Item = std::io::Result<Bytes>> + Send + 'static + use<> {
        let mut pieces = Vec::new();
        let mut offset = 0;
        for part in &self.parts {
            let part_end = offset + part.version.bytes;
            if part_end > start && offset < end {
                pieces.push((part.clone(), start.max(offset) - offset, end.min(part_end) - offset));
            }
            offset = part_end;
        }
        let state = Arc::clone(state);
        futures::stream::iter(pieces).flat_map(move |(part, from, to)| {
            block_stream(Arc::clone(&state), part.version, part.block_size, from, to)
        })
    }
}
