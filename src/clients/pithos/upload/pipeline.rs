//! The Pithos upload of a file, with hashing and sending overlapped.
//!
//! The protocol's commit, `PUT ?hashmap`, needs every block hash, so it can only come
//! last. What can overlap with hashing is finding out which blocks the server lacks and
//! sending them. Three stages run at once:
//!
//! 1. **Hashing** ([`hashing::hash_blocks`]): one thread per core claims the next block,
//!    reads it with a positioned read and hashes it, and hands block and digest on.
//! 2. **Probing**: blocks of the object being replaced (its hashmap is fetched first, with
//!    `--overwrite`) are known to be on the server and need no probe, so an unchanged
//!    re-upload costs one hashing pass and the commit. As the other hashed blocks
//!    arrive, the blocks waiting at that moment (one to
//!    [`PROBE_BATCH`]) are checked in one request: a `PUT ?hashmap` of their hashes plus
//!    one sentinel hash that no server can have (random, so no data hashes to it). The
//!    server cannot commit a hashmap with a missing block, so the probe never creates
//!    anything; its 409 lists which of these blocks it lacks. Probing instead of sending
//!    every block of a new object blindly is what keeps uploads resumable and
//!    deduplicated: a rerun after an interruption, or a file whose blocks other objects
//!    already hold, sends only what is missing, and an unchanged re-upload sends no
//!    block at all while it costs about one hashing pass.
//! 3. **Sending**: each missing block is `POST`ed as soon as its probe answers, at most
//!    `concurrency` at a time; a block whose hash was already sent is not sent twice.
//!
//! Then the hashmap is committed. If the server lost a block in between (the 409 of the
//! commit lists it), that block is read again and sent, and the commit repeated.
//!
//! Memory: a block is held from its hashing until its probe answers (dropped when the
//! server has it) or its `POST` completes. Back-pressure bounds that: the hand-off
//! channel holds [`HASHED_AHEAD`] blocks, a probe at most [`PROBE_BATCH`], and sending
//! waits for a free slot, so at most `threads + HASHED_AHEAD + PROBE_BATCH + concurrency`
//! blocks (64 MiB with the defaults on 2 cores) are in memory, whatever the file size.

use std::collections::HashSet;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use reqwest::{Method, StatusCode};
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;

use super::{
    HashmapReply, LocalBlocks, UploadOptions, UploadSummary, container_blocks, expect_success, first_offsets,
    post_block, put_hashmap, send_blocks, verify_hash,
};
use crate::clients::pithos::{PithosClient, RemotePath};
use crate::error::{Error, ErrorKind, Result};
use crate::protocol::pithos_hash::{self as hashing, Digest32};

/// Hashed blocks waiting for the probe stage.
const HASHED_AHEAD: usize = 2;
/// The most blocks one probe asks about (and so holds in memory while it waits).
const PROBE_BATCH: usize = 4;

/// A block as the hashing stage hands it on.
struct HashedBlock {
    index: usize,
    data: Vec<u8>,
    digest: Digest32,
}

/// Uploads `local` (of `size` bytes) to `remote` through the three overlapped stages.
pub(super) async fn upload(
    client: &PithosClient,
    local: &Path,
    size: u64,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    let block_size = container_blocks(client, remote).await?;
    let file = Arc::new(
        File::open(local).map_err(|e| Error::from(e).context(format!("opening `{}`", local.display())))?,
    );
    let count = usize::try_from(hashing::block_count(size, block_size))
        .map_err(|_| Error::usage(format!("`{}` has too many blocks", local.display())))?;

    let (hashed_tx, mut hashed) = mpsc::channel::<HashedBlock>(HASHED_AHEAD);
    let hasher = {
        let file = Arc::clone(&file);
        tokio::task::spawn_blocking(move || {
            hashing::hash_blocks(&file, size, block_size, &|index, data, digest| {
                // A closed channel means the upload failed and stopped listening.
                hashed_tx.blocking_send(HashedBlock { index, data, digest }).is_ok()
            })
        })
    };

    let known = if options.overwrite {
        blocks_of_replaced(client, remote, block_size).await?
    } else {
        HashSet::new()
    };
    let block_url = format!("{}?update&format=json", client.container_url_for(remote));
    let probe = Probe::new(client, remote, block_size);
    let slots = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let mut sending: JoinSet<Result<u64>> = JoinSet::new();
    let mut digests: Vec<Option<Digest32>> = vec![None; count];
    let mut sent: HashSet<Digest32> = HashSet::new();
    let (mut blocks_sent, mut bytes_sent) = (0u64, 0u64);

    while let Some(first) = hashed.recv().await {
        let mut batch = vec![first];
        while batch.len() < PROBE_BATCH
            && let Ok(next) = hashed.try_recv()
        {
            batch.push(next);
        }
        let asked: Vec<Digest32> =
            batch.iter().map(|b| b.digest).filter(|d| !sent.contains(d) && !known.contains(d)).collect();
        let missing = if asked.is_empty() { HashSet::new() } else { probe.missing(&asked).await? };
        for block in batch {
            digests[block.index] = Some(block.digest);
            let len = block.data.len() as u64;
            if !missing.contains(&block.digest) || !sent.insert(block.digest) {
                options.progress.inc(len);
                continue;
            }
            let slot = Arc::clone(&slots)
                .acquire_owned()
                .await
                .map_err(|_| Error::general("the upload's send slots closed"))?;
            let (client, url, progress) = (client.clone(), block_url.clone(), options.progress.clone());
            sending.spawn(async move {
                let _slot = slot;
                post_block(&client, &url, &hex::encode(block.digest), block.data).await?;
                progress.inc(len);
                Ok(len)
            });
            blocks_sent += 1;
            bytes_sent += len;
            while let Some(done) = sending.try_join_next() {
                finished(done)?;
            }
        }
    }
    hasher.await.map_err(|e| Error::general(format!("hashing task failed: {e}")))?.map_err(|e| {
        Error::from(e).context(format!("reading `{}` (did it change during the upload?)", local.display()))
    })?;
    while let Some(done) = sending.join_next().await {
        finished(done)?;
    }

    let digests = digests.into_iter().collect::<Option<Vec<Digest32>>>().ok_or_else(|| {
        Error::general(format!("`{}` ended before all its blocks were hashed", local.display()))
    })?;
    let hashes: Vec<String> = digests.iter().map(hex::encode).collect();
    let mut resent = false;
    let created = loop {
        match put_hashmap(client, remote, &hashes, size, options).await? {
            HashmapReply::Created(created) => break created,
            // Blocks the server had when probed but lost since: send them again, once.
            HashmapReply::Missing(missing) if !resent => {
                resent = true;
                let offsets = first_offsets(&hashes, block_size);
                let source = LocalBlocks { file: Arc::clone(&file), size, block_size };
                let (blocks, bytes) =
                    send_blocks(client, remote, &missing, &offsets, &source, options).await?;
                blocks_sent += blocks;
                bytes_sent += bytes;
            }
            HashmapReply::Missing(missing) => {
                return Err(Error::general(format!(
                    "the server still misses {} block(s) of `{remote}` after they were sent",
                    missing.len()
                ))
                .hint("run the upload again: blocks already on the server are not sent twice"));
            }
        }
    };
    options.progress.set_position(size);
    let hash = verify_hash(remote, &created, &digests)?;
    Ok(UploadSummary {
        path: remote.display(),
        bytes: size,
        hash,
        version: created.version,
        blocks: count as u64,
        blocks_sent,
        bytes_sent,
        public_url: None,
    })
}

/// The block hashes of the object `remote` names today (none when there is none yet), as
/// far as they use `block_size`. Should the server lose one of them before the commit,
/// the commit's 409 lists it and it is sent then.
async fn blocks_of_replaced(
    client: &PithosClient,
    remote: &RemotePath,
    block_size: u64,
) -> Result<HashSet<Digest32>> {
    match client.hashmap(remote, None).await {
        Ok(map) if map.block_size == block_size => Ok(digest_set(&map.hashes)),
        Ok(_) => Ok(HashSet::new()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(HashSet::new()),
        Err(e) => Err(e),
    }
}

/// The digests of hex block hashes as servers list them (any case).
fn digest_set(hashes: &[String]) -> HashSet<Digest32> {
    hashes.iter().filter_map(|hash| hashing::parse_digest(&hash.to_lowercase())).collect()
}

/// The outcome of one block `POST` task.
fn finished(done: std::result::Result<Result<u64>, tokio::task::JoinError>) -> Result<u64> {
    done.map_err(|e| Error::general(format!("block upload task failed: {e}")))?
}

/// Asks the server which blocks it lacks, with hashmaps it cannot commit.
struct Probe<'a> {
    client: &'a PithosClient,
    remote: &'a RemotePath,
    url: String,
    block_size: u64,
    /// A hash no block has: 256 random bits, so no data hashes to it.
    sentinel: String,
}

impl<'a> Probe<'a> {
    fn new(client: &'a PithosClient, remote: &'a RemotePath, block_size: u64) -> Probe<'a> {
        Probe {
            client,
            remote,
            url: format!("{}?hashmap&format=json", client.object_url_for(remote)),
            block_size,
            sentinel: hex::encode(rand::random::<[u8; 32]>()),
        }
    }

    /// Which of `digests` the server does not have.
    async fn missing(&self, digests: &[Digest32]) -> Result<HashSet<Digest32>> {
        let mut hashes: Vec<String> = digests.iter().map(hex::encode).collect();
        hashes.push(self.sentinel.clone());
        // Full blocks, then a one-byte sentinel block: a size consistent with the list.
        let bytes = digests.len() as u64 * self.block_size + 1;
        let body = serde_json::json!({ "hashes": hashes, "bytes": bytes });
        let request = self
            .client
            .authed(Method::PUT, &self.url)
            .header("Content-Type", "application/octet-stream")
            .body(body.to_string());
        let response = self.client.http().send_raw(request, true).await?;
        let what = format!("checking which blocks of `{}` the server has", self.remote);
        if response.status() != StatusCode::CONFLICT {
            expect_success(response, &what).await?;
            return Err(Error::general(format!(
                "{what}: the server accepted a hashmap with a block it cannot have"
            ))
            .hint("the server does not check hashmaps as Pithos does; remove the object it created"));
        }
        let listed: Vec<String> = serde_json::from_slice(&response.bytes().await?).map_err(|_| {
            Error::general(format!("{what}: the 409 did not list missing blocks"))
                .hint("the server may not support Pithos hashmaps")
        })?;
        Ok(digest_set(&listed))
    }
}
