//! Pithos block hashing and the Merkle hash of a hash list (reference §2.7.1).
//!
//! A block's hash is SHA-256 of the block with its trailing NUL bytes stripped, so a
//! block and the same block padded with zeros hash alike (the server pads blocks with
//! zeros on read). An object's hash (`X-Object-Hash`, the `ETag`) is the Merkle root of
//! its block hashes. Both the client and the sandbox use these functions, so they agree
//! by construction; the unit tests pin them to the reference's vectors.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

use sha2::{Digest, Sha256};

/// The block size Synnefo uses unless a container says otherwise (4 MiB).
pub const DEFAULT_BLOCK_SIZE: u64 = 4 * 1024 * 1024;
/// The only block hash algorithm Pithos deployments use.
pub const DEFAULT_BLOCK_HASH: &str = "sha256";

/// A raw SHA-256 digest.
pub type Digest32 = [u8; 32];

/// The hash of one block: SHA-256 of the block without its trailing NUL bytes.
pub fn block_hash(block: &[u8]) -> Digest32 {
    let end = block.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    Sha256::digest(&block[..end]).into()
}

/// [`block_hash`] of a block that arrived as consecutive pieces (a streamed response),
/// without copying them into one buffer.
pub fn block_hash_segments<S: AsRef<[u8]>>(segments: &[S]) -> Digest32 {
    // Only the pieces up to the last non-zero byte count.
    let mut end = (segments.len(), 0);
    for (i, segment) in segments.iter().enumerate().rev() {
        if let Some(last) = segment.as_ref().iter().rposition(|&b| b != 0) {
            end = (i, last + 1);
            break;
        }
        end = (i, 0);
    }
    let mut hasher = Sha256::new();
    for segment in &segments[..end.0] {
        hasher.update(segment.as_ref());
    }
    if let Some(segment) = segments.get(end.0) {
        hasher.update(&segment.as_ref()[..end.1]);
    }
    hasher.finalize().into()
}

/// The hex form of [`block_hash`].
pub fn block_hash_hex(block: &[u8]) -> String {
    hex::encode(block_hash(block))
}

/// The Merkle root of a list of block hashes, hex-encoded.
///
/// No hashes give SHA-256 of nothing, one hash is itself; otherwise the list is padded
/// with zero digests to a power of two and pairs are hashed until one digest remains.
pub fn merkle(hashes: &[Digest32]) -> String {
    match hashes.len() {
        0 => hex::encode(Sha256::digest(b"")),
        1 => hex::encode(hashes[0]),
        n => {
            let mut level: Vec<Digest32> = hashes.to_vec();
            level.resize(n.next_power_of_two(), [0u8; 32]);
            while level.len() > 1 {
                level = level
                    .chunks(2)
                    .map(|pair| {
                        let mut hasher = Sha256::new();
                        hasher.update(pair[0]);
                        hasher.update(pair[1]);
                        hasher.finalize().into()
                    })
                    .collect();
            }
            hex::encode(level[0])
        }
    }
}

/// The Merkle root of hex-encoded block hashes; `None` if one is not a SHA-256 hex digest.
pub fn merkle_hex(hashes: &[String]) -> Option<String> {
    let digests = hashes.iter().map(|h| parse_digest(h)).collect::<Option<Vec<_>>>()?;
    Some(merkle(&digests))
}

/// Parses a hex SHA-256 digest.
pub fn parse_digest(hex_digest: &str) -> Option<Digest32> {
    let mut digest = [0u8; 32];
    hex::decode_to_slice(hex_digest, &mut digest).ok()?;
    Some(digest)
}

/// The number of blocks an object of `size` bytes has (an empty object has none).
pub fn block_count(size: u64, block_size: u64) -> u64 {
    size.div_ceil(block_size)
}

/// How many threads hash blocks: one per core (a few at most; hashing is memory-bound
/// beyond that).
pub fn hashing_threads() -> usize {
    thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8)
}

/// Hashes every block of a file on all cores; the digests come back in block order.
pub fn hash_file(path: &Path, block_size: u64) -> io::Result<Vec<Digest32>> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    let digests = Mutex::new(vec![[0u8; 32]; block_index(block_count(size, block_size))?]);
    hash_blocks(&file, size, block_size, &|index, _block, digest| {
        digests.lock().map(|mut digests| digests[index] = digest).is_ok()
    })?;
    digests.into_inner().map_err(|_| io::Error::other("a hashing thread panicked"))
}

/// A block index as a `usize` (a file of more blocks than memory can count is refused).
fn block_index(index: u64) -> io::Result<usize> {
    usize::try_from(index).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "too many blocks"))
}

/// Hashes the blocks of the first `size` bytes of `file` on [`hashing_threads`] threads.
///
/// Each thread claims the next block index, reads that block with a positioned read (no
/// shared cursor, so the threads never wait for one another or for a reader thread) and
/// hashes it. `sink` receives `(index, block, digest)` in whatever order blocks finish; it
/// may keep the block (an upload sends it) or drop it, and returns `false` to stop every
/// thread (its consumer is gone). Here at most one block per thread is in memory.
pub fn hash_blocks(
    file: &File,
    size: u64,
    block_size: u64,
    sink: &(dyn Fn(usize, Vec<u8>, Digest32) -> bool + Sync),
) -> io::Result<()> {
    if block_size == 0 {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "block size 0"));
    }
    let count = block_count(size, block_size);
    let threads = hashing_threads().min(block_index(count)?.max(1));
    let next = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let work = || -> io::Result<()> {
        while !stop.load(Ordering::Relaxed) {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= count {
                break;
            }
            let offset = index * block_size;
            let len = usize::try_from(block_size.min(size - offset))
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "block size too large"))?;
            let mut block = vec![0u8; len];
            if let Err(err) = file.read_exact_at(&mut block, offset) {
                stop.store(true, Ordering::Relaxed);
                return Err(err);
            }
            let digest = block_hash(&block);
            if !sink(block_index(index)?, block, digest) {
                stop.store(true, Ordering::Relaxed);
            }
        }
        Ok(())
    };
    thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        workers.into_iter().try_for_each(|worker| {
            worker.join().map_err(|_| io::Error::other("a hashing thread panicked"))?
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_zeros_do_not_change_a_block_hash() {
        let mut block = vec![b'A'; 1000];
        block.resize(4096, 0);
        assert_eq!(
            block_hash_hex(&block),
            "c2e686823489ced2017f6059b8b239318b6364f6dcd835d0a519105a1eadd6e4"
        );
        assert_eq!(block_hash(&block), block_hash(&[b'A'; 1000]));
    }

    #[test]
    fn a_block_in_pieces_hashes_like_the_whole_block() {
        let mut block = vec![b'A'; 1000];
        block.resize(4096, 0);
        for cut in [0, 1, 999, 1000, 1001, 4095, 4096] {
            let (head, tail) = block.split_at(cut);
            assert_eq!(block_hash_segments(&[head, tail]), block_hash(&block), "cut at {cut}");
        }
        let pieces: Vec<&[u8]> = vec![b"ab", b"\0", b"", b"c\0\0", b"\0"];
        assert_eq!(block_hash_segments(&pieces), block_hash(b"ab\0c"));
        assert_eq!(block_hash_segments::<&[u8]>(&[]), block_hash(b""));
        assert_eq!(block_hash_segments(&[[0u8; 10]]), block_hash(b""));
    }

    #[test]
    fn all_zero_block_hashes_like_empty_string() {
        assert_eq!(
            block_hash_hex(&[0u8; 64]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn merkle_of_zero_one_and_three_hashes() {
        assert_eq!(merkle(&[]), hex::encode(Sha256::digest(b"")));
        let a = block_hash(b"a");
        assert_eq!(merkle(&[a]), hex::encode(a));
        let (b, c) = (block_hash(b"b"), block_hash(b"c"));
        let pair = |x: Digest32, y: Digest32| -> Digest32 {
            let mut h = Sha256::new();
            h.update(x);
            h.update(y);
            h.finalize().into()
        };
        let expected = pair(pair(a, b), pair(c, [0u8; 32]));
        assert_eq!(merkle(&[a, b, c]), hex::encode(expected));
    }

    #[test]
    fn parallel_file_hashing_matches_sequential() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("data");
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).expect("write");
        let expected: Vec<Digest32> = data.chunks(1024).map(block_hash).collect();
        assert_eq!(hash_file(&path, 1024).expect("hashing a file"), expected);
        for (len, blocks) in [(0, 0), (2048, 2), (2049, 3)] {
            std::fs::write(&path, &data[..len]).expect("write");
            assert_eq!(hash_file(&path, 1024).expect("hashing").len(), blocks, "{len} bytes");
        }
    }

    #[test]
    fn a_file_shorter_than_its_size_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("short");
        std::fs::write(&path, [1u8; 100]).expect("write");
        let file = File::open(&path).expect("open");
        let err = hash_blocks(&file, 3000, 1024, &|_, _, _| true).expect_err("the file is short");
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
    }
}
