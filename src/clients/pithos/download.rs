//! Downloads: parallel ranged GETs into a temporary file beside the target, resumed and
//! verified by block hashes, renamed into place only when complete.
//!
//! Pithos (seed "Consulting hashmaps when downloading"): fetch the object's hashmap, hash
//! what is already on disk (a partial download left by an interrupted run, or an older
//! copy with `--resume`), and GET only the blocks whose hashes differ. Every fetched
//! block is hashed before it is written, and every kept block was hashed when it was
//! compared, so the finished file is verified against the remote hashmap block by block.
//! Like curl and rsync, the file is not fsynced: readers never see a partial file (the
//! rename is atomic), and an fsync would cost more than the transfer itself on loopback.
//! Plain Swift has no hashmaps: the partial file's length is the resume point, and the
//! result is checked against the object's MD5 ETag when it has one.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::StreamExt;
use indicatif::ProgressBar;
use md5::Digest as _;
use serde::Serialize;

use super::{Flavor, PithosClient, RemotePath};
use crate::error::{Error, Result};
use crate::protocol::pithos_hash as hashing;

/// How a download behaves.
#[derive(Debug, Clone)]
pub struct DownloadOptions {
    pub version: Option<String>,
    /// Reuse an existing local file's matching blocks.
    pub resume: bool,
    /// Replace an existing local file.
    pub overwrite: bool,
    /// Ranged GETs in flight at once.
    pub concurrency: usize,
    pub progress: ProgressBar,
}

impl Default for DownloadOptions {
    fn default() -> Self {
        DownloadOptions {
            version: None,
            resume: false,
            overwrite: false,
            concurrency: 8,
            progress: ProgressBar::hidden(),
        }
    }
}

/// What a download did.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DownloadSummary {
    pub path: String,
    pub local: String,
    pub bytes: u64,
    pub hash: String,
    pub blocks: u64,
    /// Blocks fetched from the server (the rest were already on disk).
    pub blocks_fetched: u64,
    pub bytes_fetched: u64,
}

/// The temporary file a download of `target` writes to (stable, so a rerun resumes it).
pub fn partial_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.kamaki-part"))
}

/// Downloads `remote` to the file `target`.
pub async fn download_file(
    client: &PithosClient,
    remote: &RemotePath,
    target: &Path,
    options: &DownloadOptions,
) -> Result<DownloadSummary> {
    if target.is_dir() {
        return Err(Error::usage(format!("`{}` is a directory", target.display()))
            .hint("name the file to write, or download into the directory with a trailing `/`"));
    }
    if target.exists() && !options.resume && !options.overwrite {
        return Err(Error::conflict(format!("`{}` already exists", target.display()))
            .hint("pass `--resume` to fetch only what differs, or `--overwrite` to replace it"));
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::from(e).context(format!("creating `{}`", parent.display())))?;
    }
    let partial = partial_path(target);
    if options.resume && target.exists() && !partial.exists() {
        // Start from the existing copy; the original stays untouched until the rename.
        std::fs::copy(target, &partial)
            .map_err(|e| Error::from(e).context(format!("copying `{}` to resume it", target.display())))?;
    }
    let summary = match client.flavor {
        Flavor::Pithos => download_blocks(client, remote, target, &partial, options).await?,
        Flavor::Swift => download_ranges(client, remote, target, &partial, options).await?,
    };
    std::fs::rename(&partial, target)
        .map_err(|e| Error::from(e).context(format!("moving the download into `{}`", target.display())))?;
    options.progress.finish_and_clear();
    Ok(summary)
}

fn open_partial(partial: &Path) -> Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(partial)
        .map_err(|e| Error::from(e).context(format!("opening `{}`", partial.display())))
}

async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| Error::general(format!("file task failed: {e}")))?
}

async fn download_blocks(
    client: &PithosClient,
    remote: &RemotePath,
    target: &Path,
    partial: &Path,
    options: &DownloadOptions,
) -> Result<DownloadSummary> {
    let info = client.object_info(remote, options.version.as_deref()).await?;
    if info.large_object {
        // Pithos serves a manifest's own (empty) hashmap: its data come joined by the
        // server, as from Swift.
        return download_ranges(client, remote, target, partial, options).await;
    }
    let hashmap = client.hashmap(remote, options.version.as_deref()).await?;
    let block_size = hashmap.block_size.max(1);
    let size = hashmap.bytes;
    // An empty object's hashmap lists the hash of nothing but has no blocks.
    let count = hashing::block_count(size, block_size) as usize;
    let remote_hashes: Vec<String> = hashmap.hashes.iter().take(count).map(|h| h.to_lowercase()).collect();
    if remote_hashes.len() != count {
        return Err(Error::general(format!(
            "the hashmap of `{remote}` lists {} blocks for {size} bytes",
            hashmap.hashes.len()
        )));
    }
    options.progress.set_length(size);

    let file = Arc::new(open_partial(partial)?);
    let local_hashes = {
        let file = Arc::clone(&file);
        blocking(move || {
            // Whatever lies past the object's end can never be part of it.
            let kept = file.metadata()?.len().min(size);
            file.set_len(kept)?;
            let hashes = std::sync::Mutex::new(BTreeMap::new());
            hashing::hash_blocks(&file, kept, block_size, &|index, _block, digest| {
                hashes.lock().map(|mut hashes| hashes.insert(index, hex::encode(digest))).is_ok()
            })?;
            // Room for the whole object, so blocks can be written at their offsets.
            file.set_len(size)?;
            hashes.into_inner().map_err(|_| Error::general("a hashing thread panicked"))
        })
        .await?
    };

    // Offsets of each distinct block that is missing or different locally.
    let mut wanted: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for (index, hash) in remote_hashes.iter().enumerate() {
        if local_hashes.get(&index) != Some(hash) {
            wanted.entry(hash.clone()).or_default().push(index as u64 * block_size);
        } else {
            options.progress.inc(block_size.min(size - index as u64 * block_size));
        }
    }

    let blocks = RemoteBlocks { client, remote, options, file: Arc::clone(&file), size, block_size };
    // After a failure no new block is started, but the blocks in flight are finished and
    // written, so that a rerun has as little as possible left to fetch.
    let failed = std::sync::atomic::AtomicBool::new(false);
    let mut fetches = futures::stream::iter(wanted)
        .map(|(hash, offsets)| async {
            if failed.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok(None);
            }
            blocks.fetch(hash, offsets).await.map(Some)
        })
        .buffer_unordered(options.concurrency.max(1));
    let (mut fetched, mut first_error) = (Vec::new(), None);
    while let Some(outcome) = fetches.next().await {
        match outcome {
            Ok(len) => fetched.extend(len),
            Err(err) => {
                failed.store(true, std::sync::atomic::Ordering::Relaxed);
                first_error.get_or_insert(err);
            }
        }
    }
    if let Some(err) = first_error {
        return Err(err);
    }

    let merkle = hashing::merkle_hex(&remote_hashes).unwrap_or_default();
    if !info.hash.is_empty() && !info.hash.eq_ignore_ascii_case(&merkle) && count > 0 {
        return Err(Error::general(format!(
            "the hashmap of `{remote}` does not match its hash {} (was it replaced during the download?)",
            info.hash
        ))
        .hint("run the download again"));
    }
    Ok(DownloadSummary {
        path: remote.display(),
        local: target.display().to_string(),
        bytes: size,
        hash: merkle,
        blocks: count as u64,
        blocks_fetched: fetched.len() as u64,
        bytes_fetched: fetched.iter().sum(),
    })
}

/// The blocks of a Pithos object, fetched into the partial file of its download.
struct RemoteBlocks<'a> {
    client: &'a PithosClient,
    remote: &'a RemotePath,
    options: &'a DownloadOptions,
    /// The partial file, as long as the object.
    file: Arc<File>,
    size: u64,
    block_size: u64,
}

impl RemoteBlocks<'_> {
    /// Fetches one block with a ranged GET, verifies its hash, and writes it at every offset
    /// where it occurs. The response's pieces are kept as they arrived (no copy into one
    /// buffer); hashing and writing run on the blocking pool, so blocks are verified and
    /// written on every core while other blocks arrive. Only a verified block is written:
    /// the partial file never holds data that does not match the hashmap.
    async fn fetch(&self, hash: String, offsets: Vec<u64>) -> Result<u64> {
        let start = offsets[0];
        let len = self.block_size.min(self.size - start);
        let range = format!("bytes={start}-{}", start + len - 1);
        let response =
            self.client.get_object(self.remote, self.options.version.as_deref(), Some(&range)).await?;
        let mut stream = response.bytes_stream();
        let mut pieces = Vec::new();
        let mut arrived = 0u64;
        while let Some(piece) = stream.next().await {
            let piece = piece?;
            arrived += piece.len() as u64;
            if arrived > len {
                break;
            }
            pieces.push(piece);
        }
        let (file, remote_name, writes) =
            (Arc::clone(&self.file), self.remote.display(), offsets.len() as u64);
        blocking(move || {
            use std::os::unix::fs::FileExt;
            if arrived != len || hex::encode(hashing::block_hash_segments(&pieces)) != hash {
                return Err(Error::general(format!(
                    "block {hash} at offset {start} of `{remote_name}` arrived corrupted \
                 ({arrived} bytes that do not hash to it)"
                ))
                .hint("run the download again: the blocks verified so far are kept"));
            }
            for offset in offsets {
                let mut at = offset;
                for piece in &pieces {
                    file.write_all_at(piece, at)?;
                    at += piece.len() as u64;
                }
            }
            Ok(())
        })
        .await?;
        self.options.progress.inc(len * writes);
        Ok(len)
    }
}

/// A partial Swift download resumes from a multiple of this (the tail of a killed
/// transfer may be incomplete).
const SWIFT_RESUME_UNIT: u64 = 4 * 1024 * 1024;

/// Plain Swift: one streaming GET (from the resume point, with `Range`), checked with MD5
/// as it is written ([`Md5Check`]), like the `swift` CLI; a parallel split gains nothing
/// against a Swift proxy and would need a second pass for the MD5.
async fn download_ranges(
    client: &PithosClient,
    remote: &RemotePath,
    target: &Path,
    partial: &Path,
    options: &DownloadOptions,
) -> Result<DownloadSummary> {
    use std::io::{Seek, SeekFrom};
    let info = client.object_info(remote, options.version.as_deref()).await?;
    let size = info.bytes;
    let fresh = Md5Check::for_object(client, remote, &info).await?;
    options.progress.set_length(size);
    let mut file = open_partial(partial)?;
    let mut have = file.metadata()?.len().min(size) / SWIFT_RESUME_UNIT * SWIFT_RESUME_UNIT;
    file.set_len(have)?;
    // The kept prefix is checked like the rest; one that fails is fetched again.
    let mut check = fresh.clone();
    let kept = {
        let mut reader = std::io::BufReader::with_capacity(1 << 20, &file);
        std::io::copy(&mut std::io::Read::take(&mut reader, have), &mut CheckWriter(&mut check))
    };
    if kept.is_err() {
        (check, have) = (fresh, 0);
        file.set_len(0)?;
    }
    file.seek(SeekFrom::Start(have))?;
    options.progress.set_position(have);
    let (fetched, checked) = if have < size {
        let range = format!("bytes={have}-");
        let response = client.get_object(remote, None, Some(&range)).await?;
        let (written, checked, received) = receive(response, file, check, partial, &options.progress).await?;
        received?;
        (written, checked)
    } else {
        (0, Ok(check))
    };
    if checked.is_ok() && have + fetched != size {
        return Err(Error::general(format!("`{remote}` arrived short: {} of {size} bytes", have + fetched))
            .hint("run the download again to resume"));
    }
    if let Err(err) = checked.and_then(Md5Check::finish) {
        let _ = std::fs::remove_file(partial);
        return Err(err.context(format!("`{remote}` arrived corrupted")).hint("run the download again"));
    }
    Ok(DownloadSummary {
        path: remote.display(),
        local: target.display().to_string(),
        bytes: size,
        hash: info.hash,
        blocks: 1,
        blocks_fetched: u64::from(fetched > 0),
        bytes_fetched: fetched,
    })
}

/// Chunks received and waiting to be written and checked.
const RECEIVED_AHEAD: usize = 16;

/// Streams a GET's body to the end of `file`: the network is read here while a blocking
/// thread writes and checks what arrived, so receiving, writing and hashing use both
/// cores. Returns the bytes written, the check (or how it failed) and how receiving
/// ended; what arrived before a failure is written, so a rerun resumes after it.
async fn receive(
    response: reqwest::Response,
    file: File,
    mut check: Md5Check,
    partial: &Path,
    progress: &ProgressBar,
) -> Result<(u64, Result<Md5Check>, Result<()>)> {
    use std::io::Write;
    let (chunks, mut arrived) = tokio::sync::mpsc::channel::<bytes::Bytes>(RECEIVED_AHEAD);
    let shown = partial.display().to_string();
    let writer = tokio::task::spawn_blocking(move || {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        let mut written = 0u64;
        while let Some(chunk) = arrived.blocking_recv() {
            out.write_all(&chunk).map_err(|e| Error::from(e).context(format!("writing `{shown}`")))?;
            written += chunk.len() as u64;
            if let Err(err) = check.update(&chunk) {
                return Ok((written, Err(err)));
            }
        }
        out.flush().map_err(|e| Error::from(e).context(format!("writing `{shown}`")))?;
        Ok::<_, Error>((written, Ok(check)))
    });
    let mut stream = response.bytes_stream();
    let mut received = Ok(());
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(chunk) => {
                progress.inc(chunk.len() as u64);
                // A closed channel: the writer stopped (failed); its outcome says why.
                if chunks.send(chunk).await.is_err() {
                    break;
                }
            }
            Err(err) => {
                received = Err(Error::from(err));
                break;
            }
        }
    }
    drop(chunks);
    let (written, checked) = writer.await.map_err(|e| Error::general(format!("file task failed: {e}")))??;
    Ok((written, checked, received))
}

/// Checks a Swift object's bytes, in order, against the MD5s the server keeps: a plain
/// object's ETag, or each segment's MD5 of a static large object (whose own ETag is the
/// MD5 of those, not of its data). Objects whose parts have no plain MD5 (dynamic large
/// objects, nested or ranged segments) are not checked, as the `swift` CLI does not check
/// large objects at all.
#[derive(Clone)]
enum Md5Check {
    Whole { md5: md5::Md5, expected: String },
    Segments { segments: Vec<(u64, String)>, index: usize, filled: u64, md5: md5::Md5 },
    Unchecked,
}

impl Md5Check {
    async fn for_object(
        client: &PithosClient,
        remote: &RemotePath,
        info: &super::ObjectInfo,
    ) -> Result<Md5Check> {
        if info.static_large_object {
            let segments = client.large_object_segments(remote).await?;
            if segments.iter().any(|s| s.sub_slo || s.range.is_some()) {
                return Ok(Md5Check::Unchecked);
            }
            let listed: u64 = segments.iter().map(|s| s.bytes).sum();
            if listed != info.bytes {
                return Err(Error::general(format!(
                    "the manifest of `{remote}` lists {listed} bytes, but the object has {}",
                    info.bytes
                ))
                .hint("was it replaced during the download? run the download again"));
            }
            let segments = segments.into_iter().map(|s| (s.bytes, s.hash.to_lowercase())).collect();
            return Ok(Md5Check::Segments { segments, index: 0, filled: 0, md5: md5::Md5::new() });
        }
        if info.large_object || info.hash.len() != 32 {
            return Ok(Md5Check::Unchecked);
        }
        Ok(Md5Check::Whole { md5: md5::Md5::new(), expected: info.hash.to_lowercase() })
    }

    fn update(&mut self, mut data: &[u8]) -> Result<()> {
        match self {
            Md5Check::Whole { md5, .. } => md5.update(data),
            Md5Check::Segments { segments, index, filled, md5 } => loop {
                // Closes every segment that is complete (an empty one at once).
                while let Some((bytes, expected)) = segments.get(*index)
                    && *filled == *bytes
                {
                    let got = hex::encode(md5.finalize_reset());
                    if got != *expected {
                        return Err(Error::general(format!(
                            "segment {} has MD5 {got}, but its manifest says {expected}",
                            *index + 1
                        )));
                    }
                    *index += 1;
                    *filled = 0;
                }
                let Some((bytes, _)) = segments.get(*index) else { break };
                if data.is_empty() {
                    break;
                }
                let take = (*bytes - *filled).min(data.len() as u64) as usize;
                md5.update(&data[..take]);
                *filled += take as u64;
                data = &data[take..];
            },
            Md5Check::Unchecked => {}
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.update(&[])?;
        match self {
            Md5Check::Whole { md5, expected } => {
                let got = hex::encode(md5.finalize());
                if got != expected {
                    return Err(Error::general(format!("MD5 {got}, expected {expected}")));
                }
            }
            Md5Check::Segments { segments, index, .. } if index < segments.len() => {
                return Err(Error::general(format!(
                    "{} of its {} segments arrived whole",
                    index,
                    segments.len()
                )));
            }
            _ => {}
        }
        Ok(())
    }
}

/// Feeds what is written to an [`Md5Check`] (for the kept prefix of a resumed download).
struct CheckWriter<'a>(&'a mut Md5Check);

impl std::io::Write for CheckWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf).map_err(|e| std::io::Error::other(e.message()))?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Streams an object to a writer (`file cat`), in order, a chunk at a time.
pub async fn stream_object(
    client: &PithosClient,
    remote: &RemotePath,
    version: Option<&str>,
    out: &mut impl std::io::Write,
) -> Result<u64> {
    let response = client.get_object(remote, version, None).await?;
    let mut stream = response.bytes_stream();
    let mut written = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        out.write_all(&chunk).map_err(|e| Error::from(e).context("writing to stdout"))?;
        written += chunk.len() as u64;
    }
    out.flush().map_err(|e| Error::from(e).context("writing to stdout"))?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md5_hex(data: &[u8]) -> String {
        hex::encode(md5::Md5::digest(data))
    }

    fn segments_of(parts: &[&[u8]]) -> Md5Check {
        let segments = parts.iter().map(|p| (p.len() as u64, md5_hex(p))).collect();
        Md5Check::Segments { segments, index: 0, filled: 0, md5: md5::Md5::new() }
    }

    #[test]
    fn segment_checks_follow_boundaries_whatever_the_chunks() {
        let parts: [&[u8]; 4] = [b"hello ", b"", b"large ", b"object"];
        let data = parts.concat();
        for chunk in [1, 4, 7, data.len()] {
            let mut check = segments_of(&parts);
            for piece in data.chunks(chunk) {
                check.update(piece).expect("intact data passes");
            }
            check.finish().expect("all segments complete");
        }
    }

    #[test]
    fn segment_checks_catch_corrupt_and_missing_segments() {
        let parts: [&[u8]; 2] = [b"first", b"second"];
        let mut check = segments_of(&parts);
        let err = check.update(b"firsT").and_then(|()| check.update(b"s")).expect_err("corrupt");
        assert!(err.message().contains("segment 1"), "{}", err.message());
        let mut check = segments_of(&parts);
        check.update(b"firstsec").expect("so far intact");
        assert!(check.finish().expect_err("short").message().contains("1 of its 2"));
        let mut whole = Md5Check::Whole { md5: md5::Md5::new(), expected: md5_hex(b"abc") };
        whole.update(b"abd").expect("checked at the end");
        assert!(whole.finish().is_err());
    }
}
