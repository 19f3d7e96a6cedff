//! Uploads: the Pithos hashmap protocol, and streaming PUTs for plain Swift.
//!
//! Pithos (seed "Uploading and downloading data"): hash the file's blocks with the
//! container's block size, `PUT ?hashmap`; a 201 means the server already had every block
//! (nothing is sent), a 409 lists the missing hashes, which are `POST`ed to the container
//! with bounded concurrency; then the hashmap `PUT` is repeated and must give 201. An
//! interrupted upload therefore resumes by itself: the blocks that arrived are not missing
//! any more. Memory holds at most `concurrency` blocks, whatever the file size.

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use indicatif::ProgressBar;
use md5::Digest as _;
use reqwest::{Method, StatusCode};
use serde::Serialize;
use tokio::io::{AsyncRead, AsyncReadExt};

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
    /// Swift only: objects larger than this are uploaded as segments with a manifest.
    pub segment_size: u64,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            attributes: ObjectAttributes::default(),
            overwrite: false,
            concurrency: 8,
            progress: ProgressBar::hidden(),
            segment_size: SWIFT_MAX_OBJECT,
        }
    }
}

/// Swift's default largest single object (5 GiB).
pub const SWIFT_MAX_OBJECT: u64 = 5 * 1024 * 1024 * 1024;

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
        Flavor::Pithos => upload_hashmap(client, local, metadata.len(), remote, options).await?,
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

async fn upload_hashmap(
    client: &PithosClient,
    local: &Path,
    size: u64,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    let block_size = container_blocks(client, remote).await?;
    let path = local.to_path_buf();
    // The bar shows the hashing pass first, then the blocks that go up.
    let bar = options.progress.clone();
    let message = bar.message();
    bar.set_message(format!("hashing {}", remote.object));
    let digests = tokio::task::spawn_blocking(move || hashing::hash_file(&path, block_size, &|n| bar.inc(n)))
        .await
        .map_err(|e| Error::general(format!("hashing task failed: {e}")))?
        .map_err(|e| Error::from(e).context(format!("reading `{}`", local.display())))?;
    options.progress.reset();
    options.progress.set_message(message);
    let hashes: Vec<String> = digests.iter().map(hex::encode).collect();

    let file = Arc::new(
        File::open(local).map_err(|e| Error::from(e).context(format!("opening `{}`", local.display())))?,
    );
    let (created, blocks_sent, bytes_sent) = match put_hashmap(client, remote, &hashes, size, options).await?
    {
        // The server had every block: nothing to send.
        HashmapReply::Created(created) => (created, 0, 0),
        HashmapReply::Missing(missing) => {
            let offsets = first_offsets(&hashes, block_size);
            let reader = BlockSource::File { file, size, block_size };
            let (blocks, bytes) = send_blocks(client, remote, &missing, &offsets, &reader, options).await?;
            match put_hashmap(client, remote, &hashes, size, options).await? {
                HashmapReply::Created(created) => (created, blocks, bytes),
                HashmapReply::Missing(missing) => {
                    return Err(Error::general(format!(
                        "the server still misses {} block(s) of `{remote}` after they were sent",
                        missing.len()
                    ))
                    .hint("run the upload again: blocks already on the server are not sent twice"));
                }
            }
        }
    };
    options.progress.set_position(size);
    verify_hash(remote, &created.hash, &digests)?;
    Ok(UploadSummary {
        path: remote.display(),
        bytes: size,
        hash: created.hash,
        version: created.version,
        blocks: digests.len() as u64,
        blocks_sent,
        bytes_sent,
        public_url: None,
    })
}

/// The object's Merkle hash as computed here must be the one the server computed.
fn verify_hash(remote: &RemotePath, server_hash: &str, digests: &[Digest32]) -> Result<()> {
    let local = hashing::merkle(digests);
    if !server_hash.is_empty() && !server_hash.eq_ignore_ascii_case(&local) {
        return Err(Error::general(format!(
            "`{remote}` was stored with hash {server_hash}, but the local data hashes to {local}"
        ))
        .hint("the file may have changed during the upload; upload it again"));
    }
    Ok(())
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
    hash: String,
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
    Created { hash: text("etag").unwrap_or_default(), version: text("x-object-version") }
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

/// Where block data comes from.
enum BlockSource {
    File { file: Arc<File>, size: u64, block_size: u64 },
}

impl BlockSource {
    async fn read(&self, offset: u64) -> Result<Vec<u8>> {
        match self {
            BlockSource::File { file, size, block_size } => {
                let file = Arc::clone(file);
                let len = (*block_size).min(size - offset);
                tokio::task::spawn_blocking(move || read_at(&file, offset, len))
                    .await
                    .map_err(|e| Error::general(format!("read task failed: {e}")))?
            }
        }
    }
}

/// Reads `len` bytes at `offset` without moving a shared cursor.
pub fn read_at(file: &File, offset: u64, len: u64) -> Result<Vec<u8>> {
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
    source: &BlockSource,
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
    verify_hash(remote, &created.hash, &digests)?;
    Ok(UploadSummary {
        path: remote.display(),
        bytes: size,
        hash: created.hash,
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

/// Plain Swift: streaming PUTs, verified by MD5, and static large objects above the
/// segment size (segments that are already there with the same MD5 are not sent again,
/// which makes large uploads resumable).
mod swift {
    use super::*;

    /// A part of a file read as a stream of chunks for a streaming request body; the MD5
    /// of what was read accumulates in `md5` (one pass over the data, as `swift` does).
    fn file_stream(
        path: &Path,
        offset: u64,
        len: u64,
        progress: ProgressBar,
        md5: Arc<std::sync::Mutex<md5::Md5>>,
    ) -> Result<reqwest::Body> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file =
            File::open(path).map_err(|e| Error::from(e).context(format!("opening `{}`", path.display())))?;
        file.seek(SeekFrom::Start(offset))?;
        let mut remaining = len;
        let chunks = futures::stream::iter(std::iter::from_fn(move || {
            if remaining == 0 {
                return None;
            }
            let mut buf = vec![0u8; remaining.min(1 << 20) as usize];
            match file.read_exact(&mut buf) {
                Ok(()) => {
                    remaining -= buf.len() as u64;
                    progress.inc(buf.len() as u64);
                    if let Ok(mut md5) = md5.lock() {
                        md5.update(&buf);
                    }
                    Some(Ok::<_, std::io::Error>(buf))
                }
                Err(err) => {
                    remaining = 0;
                    Some(Err(err))
                }
            }
        }));
        Ok(reqwest::Body::wrap_stream(chunks))
    }

    fn md5_of(path: &Path, offset: u64, len: u64) -> Result<String> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = File::open(path)?;
        file.seek(SeekFrom::Start(offset))?;
        let mut reader = file.take(len);
        let mut md5 = md5::Md5::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            md5.update(&buf[..n]);
        }
        Ok(hex::encode(md5.finalize()))
    }

    async fn put_part(
        client: &PithosClient,
        local: &Path,
        offset: u64,
        len: u64,
        remote: &RemotePath,
        options: &UploadOptions,
        attributes: Option<&ObjectAttributes>,
    ) -> Result<String> {
        let md5 = Arc::new(std::sync::Mutex::new(md5::Md5::new()));
        let body = file_stream(local, offset, len, options.progress.clone(), Arc::clone(&md5))?;
        let mut request = client
            .authed(Method::PUT, &client.object_url_for(remote))
            .header("Content-Length", len.to_string())
            .body(body);
        if let Some(attributes) = attributes {
            request = apply_swift_attributes(request, attributes);
        }
        let response = client.http().send_raw(request, false).await?;
        let response = expect_success(response, &format!("uploading {remote}")).await?;
        let stored = created_from(response.headers()).hash;
        let sent = md5.lock().map(|md5| hex::encode(md5.clone().finalize())).unwrap_or_default();
        if !stored.eq_ignore_ascii_case(&sent) {
            return Err(Error::general(format!(
                "Swift stored `{remote}` with MD5 {stored}, but {sent} was sent"
            ))
            .hint("the file may have changed during the upload; upload it again"));
        }
        Ok(sent)
    }

    fn apply_swift_attributes(
        mut request: reqwest::RequestBuilder,
        attributes: &ObjectAttributes,
    ) -> reqwest::RequestBuilder {
        request = request
            .header("Content-Type", attributes.content_type.as_deref().unwrap_or("application/octet-stream"));
        for (key, value) in &attributes.meta {
            request = request.header(format!("X-Object-Meta-{key}"), quote_header(value));
        }
        request
    }

    pub(super) async fn upload(
        client: &PithosClient,
        local: &Path,
        size: u64,
        remote: &RemotePath,
        options: &UploadOptions,
    ) -> Result<UploadSummary> {
        client.container_info(remote.account.as_deref(), &remote.container).await?;
        if size <= options.segment_size {
            let md5 = put_part(client, local, 0, size, remote, options, Some(&options.attributes)).await?;
            return Ok(whole_object(remote, size, md5));
        }
        // Static large object: segments in `<container>_segments`, then a manifest.
        let segments_container = format!("{}_segments", remote.container);
        client.ensure_container(&segments_container).await?;
        let count = size.div_ceil(options.segment_size);
        let mut manifest = Vec::new();
        let (mut sent, mut bytes_sent) = (0u64, 0u64);
        for index in 0..count {
            let offset = index * options.segment_size;
            let len = options.segment_size.min(size - offset);
            let segment =
                RemotePath::new(&segments_container, &format!("{}/{size}/{index:08}", remote.object));
            // A segment already there with the same size and MD5 is not sent again.
            let existing = client.find_object(&segment, None).await?.filter(|o| o.bytes == len);
            let kept = match existing {
                Some(object) => {
                    let path = local.to_path_buf();
                    let md5 = tokio::task::spawn_blocking(move || md5_of(&path, offset, len))
                        .await
                        .map_err(|e| Error::general(format!("hashing task failed: {e}")))??;
                    (object.hash == md5).then_some(md5)
                }
                None => None,
            };
            let md5 = match kept {
                Some(md5) => {
                    options.progress.inc(len);
                    md5
                }
                None => {
                    sent += 1;
                    bytes_sent += len;
                    put_part(client, local, offset, len, &segment, options, None).await?
                }
            };
            manifest.push(serde_json::json!({
                "path": format!("/{}/{}", segments_container, segment.object),
                "etag": md5,
                "size_bytes": len,
            }));
        }
        let url = format!("{}?multipart-manifest=put", client.object_url_for(remote));
        let request =
            apply_swift_attributes(client.authed(Method::PUT, &url), &options.attributes).json(&manifest);
        let response = client.http().send_raw(request, true).await?;
        let response = expect_success(response, &format!("writing the manifest of {remote}")).await?;
        let hash = created_from(response.headers()).hash;
        Ok(UploadSummary {
            path: remote.display(),
            bytes: size,
            hash,
            version: None,
            blocks: count,
            blocks_sent: sent,
            bytes_sent,
            public_url: None,
        })
    }

    pub(super) async fn upload_stream(
        client: &PithosClient,
        reader: impl AsyncRead + Unpin + Send + 'static,
        remote: &RemotePath,
        options: &UploadOptions,
    ) -> Result<UploadSummary> {
        // A streamed body cannot be sent twice: the container (the user's `pithos` or
        // `trash` created if missing) must be there before it goes.
        client.container_info(remote.account.as_deref(), &remote.container).await?;
        let counted = Arc::new(std::sync::Mutex::new((md5::Md5::new(), 0u64)));
        let tally = Arc::clone(&counted);
        let progress = options.progress.clone();
        let chunks = futures::stream::unfold(reader, |mut reader| async move {
            let mut buf = vec![0u8; 1 << 20];
            match reader.read(&mut buf).await {
                Ok(0) => None,
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok::<_, std::io::Error>(buf), reader))
                }
                Err(err) => Some((Err(err), reader)),
            }
        })
        .inspect(move |chunk| {
            if let (Ok(chunk), Ok(mut tally)) = (chunk, tally.lock()) {
                tally.0.update(chunk);
                tally.1 += chunk.len() as u64;
                progress.inc(chunk.len() as u64);
            }
        });
        let request = apply_swift_attributes(
            client.authed(Method::PUT, &client.object_url_for(remote)),
            &options.attributes,
        )
        .body(reqwest::Body::wrap_stream(chunks));
        let response = client.http().send_raw(request, false).await?;
        let response = expect_success(response, &format!("uploading {remote}")).await?;
        let etag = created_from(response.headers()).hash;
        let (md5, size) = {
            let tally = counted.lock().map_err(|_| Error::general("upload state poisoned"))?;
            (hex::encode(tally.0.clone().finalize()), tally.1)
        };
        if !etag.is_empty() && etag != md5 {
            return Err(Error::general(format!(
                "Swift stored `{remote}` with MD5 {etag}, but {md5} was sent"
            )));
        }
        Ok(whole_object(remote, size, md5))
    }

    /// The summary of an object sent whole in one PUT: one segment, all of it sent.
    fn whole_object(remote: &RemotePath, size: u64, md5: String) -> UploadSummary {
        UploadSummary {
            path: remote.display(),
            bytes: size,
            hash: md5,
            version: None,
            blocks: 1,
            blocks_sent: 1,
            bytes_sent: size,
            public_url: None,
        }
    }
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
