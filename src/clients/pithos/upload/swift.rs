//! Plain Swift: a streaming PUT up to the segment size, verified by MD5; above it a static
//! large object (SLO) the way `swift upload -S` makes one: segments in
//! `<container>_segments`, sent `segment_concurrency` at a time, then the manifest
//! (`PUT ?multipart-manifest=put` with the `path`, `etag` and `size_bytes` of each).
//!
//! Resuming: an upload's segments are named `<object>/slo/<upload id>/<index>`, with an
//! `unfinished` marker beside them until the manifest is written. A rerun after an
//! interruption finds the marker, keeps the segments whose size and MD5 match the file,
//! and sends only the others. The segments of a finished upload are never taken up by a
//! later one, so no two manifests name the same segment, and deleting an SLO with its
//! segments (`?multipart-manifest=delete`) cannot break another object. Overwriting an
//! SLO keeps the old manifest's segments that still match (an unchanged re-upload sends
//! nothing) and deletes the others once the new object is in place, as `swift` does.
//! A stream (stdin) above the segment size becomes a static large object too, its
//! segments read and sent one at a time.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use indicatif::ProgressBar;
use md5::Digest as _;
use reqwest::Method;
use tokio::io::{AsyncRead, AsyncReadExt};

use super::{UploadOptions, UploadSummary, created_from};
use crate::clients::pithos::{
    ListOptions, ManifestSegment, ObjectAttributes, PithosClient, RemotePath, expect_success, quote_header,
};
use crate::error::{Error, Result};

/// Bytes read (and hashed) at a time while a part of a file is sent.
const READ_CHUNK: u64 = 1 << 20;
/// The name of the marker that keeps an upload's segments open for a resumed run.
const UNFINISHED_MARKER: &str = "unfinished";

/// A part of a file as a streaming request body. Each chunk is read and added to the MD5
/// on the blocking pool, so several parts in flight read and hash on every core; the MD5
/// of what was sent is in `md5` when the stream ends (one pass over the data).
fn file_stream(
    file: Arc<File>,
    offset: u64,
    len: u64,
    progress: ProgressBar,
    md5: Arc<std::sync::Mutex<md5::Md5>>,
) -> reqwest::Body {
    let chunks = futures::stream::try_unfold(0u64, move |done| {
        let (file, md5, progress) = (Arc::clone(&file), Arc::clone(&md5), progress.clone());
        async move {
            if done == len {
                return Ok(None);
            }
            let chunk_len = READ_CHUNK.min(len - done);
            let chunk = tokio::task::spawn_blocking(move || {
                use std::os::unix::fs::FileExt;
                let mut buf = vec![0u8; chunk_len as usize];
                file.read_exact_at(&mut buf, offset + done)?;
                md5.lock().map_err(|_| std::io::Error::other("MD5 state poisoned"))?.update(&buf);
                Ok::<_, std::io::Error>(buf)
            })
            .await
            .map_err(std::io::Error::other)??;
            progress.inc(chunk_len);
            Ok::<_, std::io::Error>(Some((chunk, done + chunk_len)))
        }
    });
    reqwest::Body::wrap_stream(chunks)
}

/// The MD5 of `len` bytes of `file` at `offset`, on the blocking pool.
async fn md5_of(file: Arc<File>, offset: u64, len: u64) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        use std::os::unix::fs::FileExt;
        let mut md5 = md5::Md5::new();
        let mut buf = vec![0u8; READ_CHUNK as usize];
        let mut done = 0u64;
        while done < len {
            let n = READ_CHUNK.min(len - done) as usize;
            file.read_exact_at(&mut buf[..n], offset + done)?;
            md5.update(&buf[..n]);
            done += n as u64;
        }
        Ok(hex::encode(md5.finalize()))
    })
    .await
    .map_err(|e| Error::general(format!("hashing task failed: {e}")))?
}

/// The ETag Swift gives what an upload of `path` with segments of `segment_size` makes:
/// the file's MD5 up to that size, above it the MD5 of its segments' MD5s.
pub fn swift_etag(path: &Path, segment_size: u64) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = File::open(path)?;
    let size = file.metadata()?.len();
    let mut buf = vec![0u8; READ_CHUNK as usize];
    let mut md5_of_next = |len: u64| {
        let mut md5 = md5::Md5::new();
        let mut part = (&mut file).take(len);
        loop {
            let n = part.read(&mut buf)?;
            if n == 0 {
                return Ok::<_, std::io::Error>(hex::encode(md5.finalize()));
            }
            md5.update(&buf[..n]);
        }
    };
    if size <= segment_size {
        return md5_of_next(size);
    }
    let mut etags = md5::Md5::new();
    for index in 0..size.div_ceil(segment_size) {
        etags.update(md5_of_next(segment_size.min(size - index * segment_size))?.as_bytes());
    }
    Ok(hex::encode(etags.finalize()))
}

/// PUTs `len` bytes of `file` at `offset` as `remote`; the MD5 Swift stored must be the MD5
/// of what was read.
async fn put_part(
    client: &PithosClient,
    file: &Arc<File>,
    (offset, len): (u64, u64),
    remote: &RemotePath,
    progress: &ProgressBar,
    attributes: Option<&ObjectAttributes>,
) -> Result<String> {
    let md5 = Arc::new(std::sync::Mutex::new(md5::Md5::new()));
    let body = file_stream(Arc::clone(file), offset, len, progress.clone(), Arc::clone(&md5));
    let mut request = client
        .authed(Method::PUT, &client.object_url_for(remote))
        .header("Content-Length", len.to_string())
        .body(body);
    if let Some(attributes) = attributes {
        request = apply_swift_attributes(request, attributes);
    }
    let response = client.http().send_raw(request, false).await?;
    let response = expect_success(response, &format!("uploading {remote}")).await?;
    let stored = created_from(response.headers()).etag;
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

/// The segments of the static large object an upload replaces (none when it replaces a
/// plain object or nothing).
async fn replaced_segments(
    client: &PithosClient,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<Vec<ManifestSegment>> {
    if !options.overwrite {
        return Ok(Vec::new());
    }
    match client.find_object(remote, None).await? {
        Some(object) if object.static_large_object => client.large_object_segments(remote).await,
        _ => Ok(Vec::new()),
    }
}

/// Once the new object is in place: deletes the replaced object's segments and the
/// resumed upload's leftovers that the new manifest does not name.
async fn delete_unused(client: &PithosClient, candidates: Vec<String>, used: &HashSet<String>) -> Result<()> {
    let unused: Vec<String> = candidates.into_iter().filter(|name| !used.contains(name)).collect();
    client.delete_segments(&unused).await
}

pub(super) async fn upload(
    client: &PithosClient,
    local: &Path,
    size: u64,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    client.container_info(remote.account.as_deref(), &remote.container).await?;
    let replaced = replaced_segments(client, remote, options).await?;
    let file = Arc::new(
        File::open(local).map_err(|e| Error::from(e).context(format!("opening `{}`", local.display())))?,
    );
    if size <= options.segment_size {
        let md5 =
            put_part(client, &file, (0, size), remote, &options.progress, Some(&options.attributes)).await?;
        delete_unused(client, replaced.into_iter().map(|s| s.name).collect(), &HashSet::new()).await?;
        return Ok(whole_object(remote, size, md5));
    }
    let upload = SegmentedUpload::open(client, remote, size, options.segment_size).await?;
    let count = size.div_ceil(options.segment_size);
    let replaced_by_index: BTreeMap<u64, ManifestSegment> =
        replaced.iter().cloned().enumerate().map(|(i, s)| (i as u64, s)).collect();
    let results: Vec<(u64, SegmentOutcome)> = futures::stream::iter(0..count)
        .map(|index| {
            let (upload, file) = (&upload, &file);
            let earlier = replaced_by_index.get(&index);
            async move { upload.segment(file, index, earlier, &options.progress).await.map(|o| (index, o)) }
        })
        .buffer_unordered(options.segment_concurrency.max(1))
        .try_collect()
        .await?;
    let mut results = results;
    results.sort_by_key(|(index, _)| *index);
    let outcomes: Vec<SegmentOutcome> = results.into_iter().map(|(_, outcome)| outcome).collect();
    let sent: Vec<&SegmentOutcome> = outcomes.iter().filter(|outcome| outcome.sent).collect();
    let (sent, bytes_sent) = (sent.len() as u64, sent.iter().map(|outcome| outcome.bytes).sum());
    let hash = write_manifest(client, remote, &options.attributes, &outcomes).await?;
    let used: HashSet<String> = outcomes.into_iter().map(|outcome| outcome.name).collect();
    let mut leftovers: Vec<String> = replaced.into_iter().map(|s| s.name).collect();
    leftovers.extend(upload.resumed_segments.keys().cloned());
    leftovers.push(upload.marker_name());
    delete_unused(client, leftovers, &used).await?;
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

/// Writes the manifest of `segments` as `remote` (`PUT ?multipart-manifest=put`); returns
/// its ETag, checked: a static large object's ETag is the MD5 of its segments' MD5s.
async fn write_manifest(
    client: &PithosClient,
    remote: &RemotePath,
    attributes: &ObjectAttributes,
    segments: &[SegmentOutcome],
) -> Result<String> {
    let mut etags = md5::Md5::new();
    let manifest: Vec<serde_json::Value> = segments
        .iter()
        .map(|segment| {
            etags.update(segment.etag.as_bytes());
            serde_json::json!({"path": segment.name, "etag": segment.etag, "size_bytes": segment.bytes})
        })
        .collect();
    let url = format!("{}?multipart-manifest=put", client.object_url_for(remote));
    let request = apply_swift_attributes(client.authed(Method::PUT, &url), attributes).json(&manifest);
    let response = client.http().send_raw(request, true).await?;
    let response = expect_success(response, &format!("writing the manifest of {remote}")).await?;
    let hash = created_from(response.headers()).etag;
    let expected = hex::encode(etags.finalize());
    if !hash.eq_ignore_ascii_case(&expected) {
        return Err(Error::general(format!(
            "Swift stored the manifest of `{remote}` with ETag {hash}, but its segments make {expected}"
        ))
        .hint("upload it again: the segments that arrived intact are not sent twice"));
    }
    Ok(hash)
}

/// How one segment got into the manifest.
struct SegmentOutcome {
    /// `/CONTAINER/OBJECT` of the segment.
    name: String,
    etag: String,
    bytes: u64,
    /// Sent now, rather than kept from an interrupted run or the replaced object.
    sent: bool,
}

/// The segments of one static large object upload: a new one, or one an interrupted run
/// left unfinished.
struct SegmentedUpload<'a> {
    client: &'a PithosClient,
    segments_container: String,
    /// `<object>/slo/<upload id>/` in the segments container.
    prefix: String,
    size: u64,
    segment_size: u64,
    /// The segments the interrupted run left, by `/CONTAINER/OBJECT`: (bytes, MD5).
    resumed_segments: BTreeMap<String, (u64, String)>,
}

impl<'a> SegmentedUpload<'a> {
    /// Takes up the unfinished upload of `remote` with the most segments, or starts one
    /// (its marker written first, so an interruption at any point can be resumed).
    async fn open(
        client: &'a PithosClient,
        remote: &RemotePath,
        size: u64,
        segment_size: u64,
    ) -> Result<SegmentedUpload<'a>> {
        let segments_container = format!("{}_segments", remote.container);
        client.ensure_container(&segments_container).await?;
        let uploads = format!("{}/slo/", remote.object);
        let listing = ListOptions { prefix: Some(uploads.clone()), ..ListOptions::default() };
        let existing = client.list_objects(&RemotePath::new(&segments_container, ""), &listing).await?;
        let mut unfinished: BTreeMap<String, BTreeMap<String, (u64, String)>> = BTreeMap::new();
        for object in &existing {
            if let Some(id) = object.name[uploads.len()..].strip_suffix(&format!("/{UNFINISHED_MARKER}")) {
                unfinished.entry(format!("{uploads}{id}/")).or_default();
            }
        }
        for object in existing {
            let prefix = unfinished.keys().find(|prefix| object.name.starts_with(prefix.as_str())).cloned();
            if let Some(prefix) = prefix
                && !object.name.ends_with(UNFINISHED_MARKER)
            {
                let name = format!("/{segments_container}/{}", object.name);
                unfinished.entry(prefix).or_default().insert(name, (object.bytes, object.hash));
            }
        }
        let resumed = unfinished.into_iter().max_by_key(|(_, segments)| segments.len());
        let upload = match resumed {
            Some((prefix, resumed_segments)) => {
                SegmentedUpload { client, segments_container, prefix, size, segment_size, resumed_segments }
            }
            None => {
                let prefix = format!("{uploads}{}/", hex::encode(rand::random::<[u8; 8]>()));
                let upload = SegmentedUpload {
                    client,
                    segments_container,
                    prefix,
                    size,
                    segment_size,
                    resumed_segments: BTreeMap::new(),
                };
                let marker = RemotePath::new(
                    &upload.segments_container,
                    &format!("{}{UNFINISHED_MARKER}", upload.prefix),
                );
                client.put_empty(&marker, "application/octet-stream", false).await?;
                upload
            }
        };
        Ok(upload)
    }

    fn marker_name(&self) -> String {
        format!("/{}/{}{UNFINISHED_MARKER}", self.segments_container, self.prefix)
    }

    /// Segment `index`: kept when the interrupted run's segment, or the replaced object's
    /// segment at the same place, has its size and MD5; sent otherwise.
    async fn segment(
        &self,
        file: &Arc<File>,
        index: u64,
        replaced: Option<&ManifestSegment>,
        progress: &ProgressBar,
    ) -> Result<SegmentOutcome> {
        let offset = index * self.segment_size;
        let bytes = self.segment_size.min(self.size - offset);
        let object = format!("{}{index:08}", self.prefix);
        let name = format!("/{}/{object}", self.segments_container);
        let candidates: Vec<(&str, &str)> = self
            .resumed_segments
            .get(&name)
            .map(|(size, hash)| (name.as_str(), size, hash.as_str()))
            .into_iter()
            .chain(replaced.map(|s| (s.name.as_str(), &s.bytes, s.hash.as_str())))
            .filter(|(_, size, _)| **size == bytes)
            .map(|(name, _, hash)| (name, hash))
            .collect();
        if !candidates.is_empty() {
            let md5 = md5_of(Arc::clone(file), offset, bytes).await?;
            if let Some((kept, _)) = candidates.iter().find(|(_, hash)| hash.eq_ignore_ascii_case(&md5)) {
                progress.inc(bytes);
                return Ok(SegmentOutcome { name: kept.to_string(), etag: md5, bytes, sent: false });
            }
        }
        let segment = RemotePath::new(&self.segments_container, &object);
        let etag = put_part(self.client, file, (offset, bytes), &segment, progress, None).await?;
        Ok(SegmentOutcome { name, etag, bytes, sent: true })
    }
}

/// Uploads a stream (stdin): up to the segment size it is one PUT; above it, a static
/// large object whose segments are read and sent one after the other (a stream cannot be
/// read twice, so there is nothing to resume, and only one segment is held in memory).
pub(super) async fn upload_stream(
    client: &PithosClient,
    mut reader: impl AsyncRead + Unpin + Send + 'static,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    client.container_info(remote.account.as_deref(), &remote.container).await?;
    let replaced = replaced_segments(client, remote, options).await?;
    let segment_len =
        usize::try_from(options.segment_size).map_err(|_| Error::usage("the segment size is too large"))?;
    let first = read_segment(&mut reader, Vec::new(), segment_len).await?;
    // The start of the next segment, read now to tell whether there is one.
    let next = read_segment(&mut reader, Vec::new(), READ_CHUNK as usize).await?;
    let summary = if next.is_empty() {
        let (size, md5) = (first.len() as u64, put_bytes(client, remote, first, options, true).await?);
        whole_object(remote, size, md5)
    } else {
        let outcomes = match put_stream_segments(client, &mut reader, remote, first, next, options).await {
            Ok(outcomes) => outcomes,
            Err((err, sent)) => {
                // A stream cannot be resumed: its segments are of no use any more.
                let _ = client.delete_segments(&sent).await;
                return Err(err);
            }
        };
        let hash = write_manifest(client, remote, &options.attributes, &outcomes).await?;
        let bytes: u64 = outcomes.iter().map(|outcome| outcome.bytes).sum();
        let count = outcomes.len() as u64;
        UploadSummary {
            path: remote.display(),
            bytes,
            hash,
            version: None,
            blocks: count,
            blocks_sent: count,
            bytes_sent: bytes,
            public_url: None,
        }
    };
    delete_unused(client, replaced.into_iter().map(|s| s.name).collect(), &HashSet::new()).await?;
    Ok(summary)
}

/// Sends a stream's segments in order, starting with the two read already. On failure,
/// also returns the segments sent so far.
async fn put_stream_segments(
    client: &PithosClient,
    reader: &mut (impl AsyncRead + Unpin),
    remote: &RemotePath,
    first: Vec<u8>,
    mut next: Vec<u8>,
    options: &UploadOptions,
) -> std::result::Result<Vec<SegmentOutcome>, (Error, Vec<String>)> {
    let segments_container = format!("{}_segments", remote.container);
    let prefix = format!("{}/slo/{}/", remote.object, hex::encode(rand::random::<[u8; 8]>()));
    client.ensure_container(&segments_container).await.map_err(|e| (e, Vec::new()))?;
    let segment_len = first.len();
    let mut outcomes: Vec<SegmentOutcome> = Vec::new();
    let mut segment = first;
    while !segment.is_empty() {
        let object = format!("{prefix}{:08}", outcomes.len());
        let bytes = segment.len() as u64;
        let sent =
            put_bytes(client, &RemotePath::new(&segments_container, &object), segment, options, false).await;
        let failed =
            |err, outcomes: &[SegmentOutcome]| (err, outcomes.iter().map(|o| o.name.clone()).collect());
        let etag = sent.map_err(|err| failed(err, &outcomes))?;
        outcomes.push(SegmentOutcome {
            name: format!("/{segments_container}/{object}"),
            etag,
            bytes,
            sent: true,
        });
        segment = read_segment(reader, std::mem::take(&mut next), segment_len)
            .await
            .map_err(|err| failed(err, &outcomes))?;
    }
    Ok(outcomes)
}

/// Reads from `reader` until `buf` holds `len` bytes or the stream ends.
async fn read_segment(
    reader: &mut (impl AsyncRead + Unpin),
    mut buf: Vec<u8>,
    len: usize,
) -> Result<Vec<u8>> {
    let mut chunk = vec![0u8; READ_CHUNK as usize];
    while buf.len() < len {
        let want = chunk.len().min(len - buf.len());
        let n =
            reader.read(&mut chunk[..want]).await.map_err(|e| Error::from(e).context("reading the input"))?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(buf)
}

/// PUTs bytes held in memory (a body that can be sent again, so failures are retried),
/// the object's attributes with them when `with_attributes`; returns their MD5, checked.
async fn put_bytes(
    client: &PithosClient,
    remote: &RemotePath,
    data: Vec<u8>,
    options: &UploadOptions,
    with_attributes: bool,
) -> Result<String> {
    let len = data.len() as u64;
    let md5 = hex::encode(md5::Md5::digest(&data));
    let mut request = client.authed(Method::PUT, &client.object_url_for(remote)).body(data);
    if with_attributes {
        request = apply_swift_attributes(request, &options.attributes);
    }
    let response = client.http().send_raw(request, true).await?;
    let response = expect_success(response, &format!("uploading {remote}")).await?;
    let stored = created_from(response.headers()).etag;
    if !stored.eq_ignore_ascii_case(&md5) {
        return Err(Error::general(format!("Swift stored `{remote}` with MD5 {stored}, but {md5} was sent")));
    }
    options.progress.inc(len);
    Ok(md5)
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
