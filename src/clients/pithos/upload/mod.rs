//! Uploads: the Pithos hashmap protocol, and streaming PUTs for plain Swift.
//!
//! Pithos (seed "Uploading and downloading data"): the file's blocks are hashed with the
//! container's block size, the blocks the server lacks are `POST`ed to the container with
//! bounded concurrency, and `PUT ?hashmap` commits the object (201; a 409 lists blocks
//! still missing). A file's hashing and sending overlap ([`pipeline`]); a stream (stdin)
//! sends each block as it is read. An interrupted upload resumes by itself: the blocks
//! that arrived are not missing any more. Memory holds a bounded number of blocks,
//! whatever the file size. Plain Swift gets streaming PUTs, and static large objects of
//! parallel segments above the segment size ([`swift`]).

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use indicatif::ProgressBar;
use reqwest::{Method, StatusCode};
use serde::Serialize;
use tokio::io::{AsyncRead, AsyncReadExt};

mod pipeline;
mod swift;

pub use swift::swift_etag;

use super::{Flavor, ObjectAttributes, PithosClient, RemotePath, expect_success, quote_header};
use crate::error::{Error, Result};
use crate::protocol::pithos_hash::{self as hashing, DEFAULT_BLOCK_HASH, DEFAULT_BLOCK_SIZE, Digest32};

/// How an upload behaves.
#[derive(Debug, Clone)]
pub struct UploadOptions {
    pub attributes: ObjectAttributes,
    /// Replace an existing object; without it an existing object is a conflict.
    pub overwrite: bool,
    /// Blocks in flight at once.
    pub concurrency: usize,
    /// Byte progress (hidden unless the caller made a visible bar).
    pub progress: ProgressBar,
    /// Swift only: files larger than this are uploaded as segments of this size with a
    /// static large object manifest.
    pub segment_size: u64,
    /// Swift only: segments in flight at once.
    pub segment_concurrency: usize,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            attributes: ObjectAttributes::default(),
            overwrite: false,
            concurrency: 8,
            progress: ProgressBar::hidden(),
            segment_size: DEFAULT_SEGMENT_SIZE,
            segment_concurrency: usize::from(DEFAULT_SEGMENT_CONCURRENCY),
        }
    }
}

/// Swift's default largest single object (5 GiB), and so the largest segment.
pub const SWIFT_MAX_OBJECT: u64 = 5 * 1024 * 1024 * 1024;
/// Swift segment size and concurrency by default. On the Swift test peer (256 MiB, a
/// debug build on a loaded 2-core machine) 64 MiB × 4 was the fastest of 16, 32 and
/// 64 MiB with 4 or 8 in flight, and 1.5× one whole PUT; it also keeps the segment count
/// (one request and one MD5 each) low while a file of a few hundred MiB goes up in parallel.
pub const DEFAULT_SEGMENT_SIZE: u64 = 64 * 1024 * 1024;
pub const DEFAULT_SEGMENT_CONCURRENCY: u16 = 4;

/// What an upload did.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UploadSummary {
    pub path: String,
    pub bytes: u64,
    /// The object's hash as the server reports it (Merkle on Pithos, MD5 on Swift).
    pub hash: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Blocks (or Swift segments) in the object, and how many had to be sent.
    pub blocks: u64,
    pub blocks_sent: u64,
    pub bytes_sent: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
}

/// Uploads a local file to `remote`.
pub async fn upload_file(
    client: &PithosClient,
    local: &Path,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    let metadata = std::fs::metadata(local)
        .map_err(|e| Error::from(e).context(format!("reading `{}`", local.display())))?;
    if !metadata.is_file() {
        return Err(Error::usage(format!("`{}` is not a regular file", local.display()))
            .hint("pass `--recursive` to upload a directory"));
    }
    if remote.object.is_empty() || remote.object.ends_with('/') {
        return Err(Error::usage(format!("`{remote}` names no object"))
            .hint("add the object name to the remote path"));
    }
    if !options.overwrite && client.find_object(remote, None).await?.is_some() {
        return Err(Error::conflict(format!("object `{remote}` already exists"))
            .hint("pass `--overwrite` to replace it (older data stays in its versions)"));
    }
    let summary = match client.flavor {
        Flavor::Pithos => pipeline::upload(client, local, metadata.len(), remote, options).await?,
        Flavor::Swift => swift::upload(client, local, metadata.len(), remote, options).await?,
    };
    finish(client, remote, options, summary).await
}

/// Uploads a stream (stdin) of unknown length: blocks are sent as they are read, then
/// the hashmap is committed.
pub async fn upload_reader(
    client: &PithosClient,
    reader: impl AsyncRead + Unpin + Send + 'static,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    if !options.overwrite && client.find_object(remote, None).await?.is_some() {
        return Err(Error::conflict(format!("object `{remote}` already exists"))
            .hint("pass `--overwrite` to replace it"));
    }
    let summary = match client.flavor {
        Flavor::Pithos => upload_stream_pithos(client, reader, remote, options).await?,
        Flavor::Swift => swift::upload_stream(client, reader, remote, options).await?,
    };
    finish(client, remote, options, summary).await
}

async fn finish(
    client: &PithosClient,
    remote: &RemotePath,
    options: &UploadOptions,
    mut summary: UploadSummary,
) -> Result<UploadSummary> {
    options.progress.finish_and_clear();
    if options.attributes.public && client.flavor == Flavor::Pithos {
        summary.public_url = client.object_info(remote, None).await?.public;
    }
    Ok(summary)
}

/// The block size and hash algorithm of the destination container.
async fn container_blocks(client: &PithosClient, remote: &RemotePath) -> Result<u64> {
    let info = client.container_info(remote.account.as_deref(), &remote.container).await?;
    let algorithm = info.block_hash.as_deref().unwrap_or(DEFAULT_BLOCK_HASH);
    if !algorithm.eq_ignore_ascii_case(DEFAULT_BLOCK_HASH) {
        return Err(Error::general(format!(
            "container `{}` hashes blocks with `{algorithm}`, which kamaki does not support",
            remote.container
        ))
        .hint("upload to a container that uses `sha256` blocks"));
    }
    match info.block_size.unwrap_or(DEFAULT_BLOCK_SIZE) {
        0 => Err(Error::general(format!("container `{}` reports a block size of 0", remote.container))),
        size => Ok(size),
    }
}

/// The object's Merkle hash as computed here must be the one the server computed, when
/// the server names it; returns it.
fn verify_hash(remote: &RemotePath, created: &Created, digests: &[Digest32]) -> Result<String> {
    let local = hashing::merkle(digests);
    if let Some(server_hash) = &created.merkle
        && !server_hash.eq_ignore_ascii_case(&local)
    {
        return Err(Error::general(format!(
            "`{remote}` was stored with hash {server_hash}, but the local data hashes to {local}"
        ))
        .hint("the file may have changed during the upload; upload it again"));
    }
    Ok(local)
}

/// The first offset of each distinct block hash.
fn first_offsets(hashes: &[String], block_size: u64) -> HashMap<String, u64> {
    let mut offsets = HashMap::new();
    for (i, hash) in hashes.iter().enumerate() {
        offsets.entry(hash.clone()).or_insert(i as u64 * block_size);
    }
    offsets
}

struct Created {
    /// The ETag: the MD5 on Swift (and on Pithos with `PITHOS_UPDATE_MD5`), else the Merkle hash.
    etag: String,
    /// The Merkle hash of the blocks, when the reply names it (`X-Object-Hash`, or an ETag
    /// of that length): a Pithos with MD5 ETags may not.
    merkle: Option<String>,
    version: Option<String>,
}

enum HashmapReply {
    Created(Created),
    Missing(Vec<String>),
}

async fn put_hashmap(
    client: &PithosClient,
    remote: &RemotePath,
    hashes: &[String],
    size: u64,
    options: &UploadOptions,
) -> Result<HashmapReply> {
    let url = format!("{}?hashmap&format=json", client.object_url_for(remote));
    let body = serde_json::json!({ "hashes": hashes, "bytes": size });
    // The body is JSON but the request's Content-Type is the object's, as Pithos expects.
    let mut request = client.authed(Method::PUT, &url).body(body.to_string());
    request = apply_attributes(request, &options.attributes, options.overwrite);
    let response = client.http().send_raw(request, true).await?;
    match response.status() {
        StatusCode::CREATED => Ok(HashmapReply::Created(created_from(response.headers()))),
        StatusCode::CONFLICT => {
            let body = response.bytes().await?;
            let missing: Vec<String> = serde_json::from_slice(&body).map_err(|_| {
                Error::general(format!("the server's 409 for `{remote}` did not list missing blocks"))
                    .hint("the server may not support Pithos hashmaps")
            })?;
            Ok(HashmapReply::Missing(missing))
        }
        StatusCode::PRECONDITION_FAILED => Err(Error::conflict(format!("object `{remote}` already exists"))
            .hint("pass `--overwrite` to replace it")),
        _ => {
            expect_success(response, &format!("uploading {remote}")).await?;
            Err(Error::general(format!("unexpected reply to the hashmap upload of `{remote}`")))
        }
    }
}

fn created_from(headers: &reqwest::header::HeaderMap) -> Created {
    let text =
        |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(|v| v.trim_matches('"').to_string());
    let etag = text("etag").unwrap_or_default();
    let merkle = text("x-object-hash").or_else(|| hashing::parse_digest(&etag).map(|_| etag.clone()));
    Created { etag, merkle, version: text("x-object-version") }
}

fn apply_attributes(
    mut request: reqwest::RequestBuilder,
    attributes: &ObjectAttributes,
    overwrite: bool,
) -> reqwest::RequestBuilder {
    request = request
        .header("Content-Type", attributes.content_type.as_deref().unwrap_or("application/octet-stream"));
    for (key, value) in &attributes.meta {
        request = request.header(format!("X-Object-Meta-{key}"), quote_header(value));
    }
    if let Some(sharing) = &attributes.sharing {
        request = request.header("X-Object-Sharing", sharing);
    }
    if attributes.public {
        request = request.header("X-Object-Public", "true");
    }
    if attributes.if_not_exists || !overwrite {
        request = request.header("If-None-Match", "*");
    }
    request
}

/// The blocks of a local file, read again when a block has to be sent after its hashing.
struct LocalBlocks {
    file: Arc<File>,
    size: u64,
    block_size: u64,
}

impl LocalBlocks {
    async fn read(&self, offset: u64) -> Result<Vec<u8>> {
        let (file, len) = (Arc::clone(&self.file), self.block_size.min(self.size - offset));
        tokio::task::spawn_blocking(move || read_at(&file, offset, len))
            .await
            .map_err(|e| Error::general(format!("read task failed: {e}")))?
    }
}

/// Reads `len` bytes at `offset` without moving a shared cursor.
fn read_at(file: &File, offset: u64, len: u64) -> Result<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let mut buf = vec![0u8; usize::try_from(len).map_err(|_| Error::general("block too large"))?];
    file.read_exact_at(&mut buf, offset)
        .map_err(|e| Error::from(e).context("reading a block (did the file change during the upload?)"))?;
    Ok(buf)
}

/// POSTs the missing blocks, `concurrency` at a time; returns (blocks, bytes) sent.
async fn send_blocks(
    client: &PithosClient,
    remote: &RemotePath,
    missing: &[String],
    offsets: &HashMap<String, u64>,
    source: &LocalBlocks,
    options: &UploadOptions,
) -> Result<(u64, u64)> {
    let url = format!("{}?update&format=json", client.container_url_for(remote));
    let results: Vec<u64> = futures::stream::iter(missing.iter())
        .map(|hash| {
            let url = url.clone();
            async move {
                let offset = *offsets.get(hash).ok_or_else(|| {
                    Error::general(format!(
                        "the server asked for block {hash}, which `{remote}` does not have"
                    ))
                })?;
                let data = source.read(offset).await?;
                let len = data.len() as u64;
                if hashing::block_hash_hex(&data) != *hash {
                    return Err(Error::general(format!(
                        "the local file changed during the upload of `{remote}`"
                    ))
                    .hint("upload it again once it stops changing"));
                }
                post_block(client, &url, hash, data).await?;
                options.progress.inc(len);
                Ok::<u64, Error>(len)
            }
        })
        .buffer_unordered(options.concurrency.max(1))
        .try_collect()
        .await?;
    Ok((results.len() as u64, results.iter().sum()))
}

/// Uploads one block; the server's reply must name the same hash.
async fn post_block(client: &PithosClient, url: &str, hash: &str, data: Vec<u8>) -> Result<()> {
    let request =
        client.authed(Method::POST, url).header("Content-Type", "application/octet-stream").body(data);
    // Blocks are content-addressed, so a repeated POST is harmless: retry freely.
    let response = client.http().send_raw(request, true).await?;
    let response = expect_success(response, "uploading a block").await?;
    let stored: Vec<String> = serde_json::from_slice(&response.bytes().await?).unwrap_or_default();
    match stored.first() {
        Some(first) if first.eq_ignore_ascii_case(hash) => Ok(()),
        Some(first) => Err(Error::general(format!("the server stored block {hash} as {first}"))
            .hint("the container's block size or hash differ from what it reported")),
        None => Err(Error::general("the server did not confirm an uploaded block")),
    }
}

/// Pithos upload of a stream: read a block, POST it (a few in flight), then commit.
async fn upload_stream_pithos(
    client: &PithosClient,
    mut reader: impl AsyncRead + Unpin + Send,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    let block_size = container_blocks(client, remote).await?;
    let block_len = usize::try_from(block_size).map_err(|_| Error::general("block size too large"))?;
    let url = format!("{}?update&format=json", client.container_url_for(remote));
    let mut digests: Vec<Digest32> = Vec::new();
    let mut size = 0u64;
    let mut in_flight = futures::stream::FuturesUnordered::new();
    loop {
        let mut block = vec![0u8; block_len];
        let n = read_full_async(&mut reader, &mut block).await?;
        if n == 0 {
            break;
        }
        block.truncate(n);
        size += n as u64;
        let digest = hashing::block_hash(&block);
        digests.push(digest);
        let hash = hex::encode(digest);
        let url = url.clone();
        in_flight.push(async move {
            let len = block.len() as u64;
            post_block(client, &url, &hash, block).await.map(|_| len)
        });
        if in_flight.len() >= options.concurrency.max(1)
            && let Some(sent) = in_flight.next().await
        {
            options.progress.inc(sent?);
        }
        if n < block_len {
            break;
        }
    }
    while let Some(sent) = in_flight.next().await {
        options.progress.inc(sent?);
    }
    let hashes: Vec<String> = digests.iter().map(hex::encode).collect();
    let created = match put_hashmap(client, remote, &hashes, size, options).await? {
        HashmapReply::Created(created) => created,
        HashmapReply::Missing(missing) => {
            return Err(Error::general(format!(
                "the server misses {} block(s) of `{remote}` after they were sent",
                missing.len()
            )));
        }
    };
    let hash = verify_hash(remote, &created, &digests)?;
    Ok(UploadSummary {
        path: remote.display(),
        bytes: size,
        hash,
        version: created.version,
        blocks: digests.len() as u64,
        blocks_sent: digests.len() as u64,
        bytes_sent: size,
        public_url: None,
    })
}

async fn read_full_async(reader: &mut (impl AsyncRead + Unpin), buf: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        let n =
            reader.read(&mut buf[filled..]).await.map_err(|e| Error::from(e).context("reading the input"))?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_offsets_deduplicate_blocks() {
        let hashes = vec!["a".to_string(), "b".to_string(), "a".to_string()];
        let offsets = first_offsets(&hashes, 10);
        assert_eq!(offsets["a"], 0);
        assert_eq!(offsets["b"], 10);
    }
}
