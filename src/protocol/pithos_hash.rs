//! Pithos block hashing and the Merkle hash of a hash list (reference §2.7.1).
//!
//! A block's hash is SHA-256 of the block with its trailing NUL bytes stripped, so a
//! block and the same block padded with zeros hash alike (the server pads blocks with
//! zeros on read). An object's hash (`X-Object-Hash`, the `ETag`) is the Merkle root of
//! its block hashes. Both the client and the sandbox use these functions, so they agree
//! by construction; the unit tests pin them to the reference's vectors.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::mpsc;
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

/// Reads until `buf` is full or the reader ends; returns the bytes read.
pub fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// Hashes every block of a file, reading it once and hashing on all cores.
///
/// One thread reads blocks in order while worker threads hash them; at most a few
/// blocks per worker are in memory at any time, whatever the file size. `on_block` is
/// called with each block's length as it is hashed (for a progress bar).
pub fn hash_file(path: &Path, block_size: u64, on_block: &(dyn Fn(u64) + Sync)) -> io::Result<Vec<Digest32>> {
    let file = File::open(path)?;
    hash_reader(file, block_size, on_block)
}

/// [`hash_file`] for any reader.
pub fn hash_reader(
    mut reader: impl Read,
    block_size: u64,
    on_block: &(dyn Fn(u64) + Sync),
) -> io::Result<Vec<Digest32>> {
    let block_len = usize::try_from(block_size)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "block size too large"))?;
    let workers = thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);
    let (block_tx, block_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(workers * 2);
    let block_rx = std::sync::Mutex::new(block_rx);
    let (hash_tx, hash_rx) = mpsc::channel::<(usize, Digest32)>();
    // Buffers come back from the workers so that memory stays bounded and allocation-free.
    let (spare_tx, spare_rx) = mpsc::channel::<Vec<u8>>();

    thread::scope(|scope| {
        for _ in 0..workers {
            let block_rx = &block_rx;
            let hash_tx = hash_tx.clone();
            let spare_tx = spare_tx.clone();
            scope.spawn(move || {
                loop {
                    let next = match block_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((index, block)) = next else { return };
                    on_block(block.len() as u64);
                    if hash_tx.send((index, block_hash(&block))).is_err() {
                        return;
                    }
                    let _ = spare_tx.send(block);
                }
            });
        }
        drop(hash_tx);
        drop(spare_tx);

        let mut index = 0;
        let read_result = loop {
            let mut buf = spare_rx.try_recv().unwrap_or_else(|_| vec![0u8; block_len]);
            buf.resize(block_len, 0);
            let n = match read_full(&mut reader, &mut buf) {
                Ok(n) => n,
                Err(err) => break Err(err),
            };
            if n == 0 {
                break Ok(());
            }
            buf.truncate(n);
            if block_tx.send((index, buf)).is_err() {
                break Ok(());
            }
            index += 1;
            if n < block_len {
                break Ok(());
            }
        };
        drop(block_tx);
        read_result?;

        let mut hashes = vec![[0u8; 32]; index];
        for (i, digest) in hash_rx {
            hashes[i] = digest;
        }
        Ok(hashes)
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
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let hashes = hash_reader(&data[..], 1024, &|_| {}).expect("hashing a slice");
        let expected: Vec<Digest32> = data.chunks(1024).map(block_hash).collect();
        assert_eq!(hashes, expected);
        assert_eq!(hash_reader(&b""[..], 1024, &|_| {}).expect("empty").len(), 0);
        let exact = vec![7u8; 2048];
        assert_eq!(hash_reader(&exact[..], 1024, &|_| {}).expect("exact").len(), 2);
    }
}
