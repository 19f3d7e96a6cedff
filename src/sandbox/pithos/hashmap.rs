//! Objects as hashmaps of blocks: bodies cut into blocks as they stream in (`PUT`, block
//! `POST`), `PUT ?hashmap` of blocks already stored, `GET ?hashmap`, and reads streamed
//! block by block from the block files.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use futures::StreamExt;
use md5::Digest as _;

use super::blocks::BlockStore;
use super::db::{self, DbResult, Version};
use super::http::{Reply, json_reply, with_db};
use super::setup::block_store;
use crate::protocol::pithos_hash as hashing;
use crate::sandbox::{Fault, SandboxState};

/// The largest block-upload request body (one request may carry several blocks).
const MAX_BLOCK_POST: usize = 64 * 1024 * 1024;
/// How many blocks of one upload are hashed and written at once while the next arrive.
const BLOCKS_IN_FLIGHT: usize = 3;
/// How many blocks one read loads ahead of the one being sent.
const BLOCKS_READ_AHEAD: usize = 2;

/// Block upload: the body is cut into block-size chunks as it streams in, each stored;
/// the reply lists their hashes.
pub(super) async fn upload_blocks(
    state: &Arc<SandboxState>,
    account: String,
    name: String,
    body: Body,
) -> Reply {
    let (a, n) = (account.clone(), name.clone());
    let container = with_db(state, move |docs| db::get_container(docs.conn(), &a, &n)).await?;
    let stored = store_stream(state, container.block_size, body, Some(MAX_BLOCK_POST as u64)).await?;
    Ok(json_reply(StatusCode::ACCEPTED, HeaderMap::new(), &serde_json::json!(stored.hashes)))
}

/// `PUT ?hashmap`: the object's size and block hashes from the JSON body, checked against
/// each other; 409 with the list of the blocks the store lacks.
pub(super) async fn read_hashmap(
    state: &Arc<SandboxState>,
    block_size: u64,
    body: Body,
) -> DbResult<(u64, Vec<String>)> {
    let data = axum::body::to_bytes(body, MAX_BLOCK_POST)
        .await
        .map_err(|_| Fault::bad_request("hashmap body is too large"))?;
    let hashmap: serde_json::Value =
        serde_json::from_slice(&data).map_err(|e| Fault::bad_request(format!("bad hashmap JSON: {e}")))?;
    let bytes = match &hashmap["bytes"] {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| Fault::bad_request("hashmap has no valid `bytes`"))?;
    let hashes: Vec<String> = hashmap["hashes"]
        .as_array()
        .ok_or_else(|| Fault::bad_request("hashmap has no `hashes` list"))?
        .iter()
        .map(|h| {
            h.as_str().map(str::to_lowercase).ok_or_else(|| Fault::bad_request("a hash is not a string"))
        })
        .collect::<DbResult<_>>()?;
    let empty_hash = hashing::block_hash_hex(b"");
    let consistent = if bytes == 0 {
        hashes.is_empty() || hashes == [empty_hash.clone()]
    } else {
        hashes.len() as u64 == hashing::block_count(bytes, block_size)
    };
    if !consistent {
        return Err(Fault::bad_request("hashmap and size do not match"));
    }
    let hashes = if bytes == 0 { Vec::new() } else { hashes };
    let (store, lookup) = (block_store(state), hashes.clone());
    let missing = tokio::task::spawn_blocking(move || store.missing(&lookup))
        .await
        .map_err(|err| Fault::new(500, "internalServerError", format!("block task failed: {err}")))?;
    if !missing.is_empty() {
        return Err(Fault::with_body(409, serde_json::json!(missing)));
    }
    Ok((bytes, hashes))
}

/// `GET ?hashmap`: the block size and hash of the object's container, its size and its
/// block hashes (an empty object has the one hash of the empty block).
pub(super) fn hashmap_reply(version: &Version, block_size: u64, mut headers: HeaderMap) -> Response {
    let hashes =
        if version.hashes.is_empty() { vec![hashing::block_hash_hex(b"")] } else { version.hashes.clone() };
    let hashmap = serde_json::json!({
        "block_size": block_size,
        "block_hash": hashing::DEFAULT_BLOCK_HASH,
        "bytes": version.bytes,
        "hashes": hashes,
    });
    headers.remove("content-length");
    json_reply(StatusCode::OK, headers, &hashmap)
}

/// The MD5 of an object made of stored blocks (a `PUT ?hashmap`), read on the blocking pool.
pub(super) async fn hashmap_md5(
    state: &Arc<SandboxState>,
    hashes: &[String],
    bytes: u64,
    block_size: u64,
) -> DbResult<String> {
    let (store, hashes) = (block_store(state), hashes.to_vec());
    tokio::task::spawn_blocking(move || store.md5(&hashes, bytes, block_size))
        .await
        .map_err(|err| Fault::new(500, "internalServerError", format!("block task failed: {err}")))?
        .map_err(|err| Fault::new(500, "internalServerError", format!("block store: {err}")))
}

/// What storing a streamed body produced.
pub(super) struct Stored {
    pub(super) bytes: u64,
    pub(super) hashes: Vec<String>,
    /// The MD5 of the whole body.
    pub(super) md5: String,
}

/// Stores a streamed body as blocks: each block, once its bytes have arrived, is hashed
/// and written to its file on the blocking pool while the next one arrives, with at most
/// [`BLOCKS_IN_FLIGHT`] blocks in memory. `limit` caps the body's size.
pub(super) async fn store_stream(
    state: &Arc<SandboxState>,
    block_size: u64,
    body: Body,
    limit: Option<u64>,
) -> DbResult<Stored> {
    let store = block_store(state);
    let block_len = usize::try_from(block_size).unwrap_or(usize::MAX).max(1);
    let mut stream = body.into_data_stream();
    let mut pending: Vec<Bytes> = Vec::new();
    let mut pending_len = 0usize;
    let mut in_flight = futures::stream::FuturesOrdered::new();
    let mut hashes = Vec::new();
    // Computed as the bytes pass, as Pithos does with `PITHOS_UPDATE_MD5` (see `headers`).
    let mut md5 = md5::Md5::new();
    let mut total = 0u64;
    while let Some(chunk) = stream.next().await {
        let mut chunk = chunk.map_err(|e| Fault::bad_request(format!("upload interrupted: {e}")))?;
        total += chunk.len() as u64;
        if limit.is_some_and(|limit| total > limit) {
            return Err(Fault::new(413, "requestEntityTooLarge", "block upload body is too large"));
        }
        md5.update(&chunk);
        while !chunk.is_empty() {
            let take = (block_len - pending_len).min(chunk.len());
            pending.push(chunk.split_to(take));
            pending_len += take;
            if pending_len == block_len {
                in_flight.push_back(put_block(&store, std::mem::take(&mut pending)));
                pending_len = 0;
                if in_flight.len() >= BLOCKS_IN_FLIGHT
                    && let Some(done) = in_flight.next().await
                {
                    hashes.push(stored_hash(done)?);
                }
            }
        }
    }
    if pending_len > 0 {
        in_flight.push_back(put_block(&store, pending));
    }
    while let Some(done) = in_flight.next().await {
        hashes.push(stored_hash(done)?);
    }
    Ok(Stored { bytes: total, hashes, md5: hex::encode(md5.finalize()) })
}

/// Hashes and writes one block on the blocking pool.
fn put_block(store: &BlockStore, segments: Vec<Bytes>) -> tokio::task::JoinHandle<std::io::Result<String>> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || store.put_segments(&segments))
}

fn stored_hash(done: Result<std::io::Result<String>, tokio::task::JoinError>) -> DbResult<String> {
    done.map_err(|err| Fault::new(500, "internalServerError", format!("block task failed: {err}")))?
        .map_err(|err| Fault::new(500, "internalServerError", format!("block store: {err}")))
}

/// The bytes `[start, end)` of an object, read from its block files one block at a time
/// on the blocking pool, [`BLOCKS_READ_AHEAD`] blocks ahead of the one being sent.
pub(super) fn block_stream(
    state: Arc<SandboxState>,
    version: Arc<Version>,
    block_size: u64,
    start: u64,
    end: u64,
) -> impl futures::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let store = block_store(&state);
    let block_size = block_size.max(1);
    let first = start / block_size;
    let last = if end == 0 { 0 } else { (end - 1) / block_size + 1 };
    futures::stream::iter(first..last)
        .map(move |index| {
            let store = store.clone();
            let version = Arc::clone(&version);
            async move {
                let hash = version
                    .hashes
                    .get(usize::try_from(index).unwrap_or(usize::MAX))
                    .cloned()
                    .ok_or_else(|| std::io::Error::other("object hashmap is shorter than its size"))?;
                let block_start = index * block_size;
                let block_end = (block_start + block_size).min(version.bytes);
                let (from, to) = (start.max(block_start) - block_start, end.min(block_end) - block_start);
                let data = tokio::task::spawn_blocking(move || store.read(&hash, from, to))
                    .await
                    .map_err(std::io::Error::other)??;
                Ok(Bytes::from(data))
            }
        })
        .buffered(BLOCKS_READ_AHEAD)
}
