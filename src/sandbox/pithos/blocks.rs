//! Block data as content-addressed files under the data dir, as Pithos's own blocker keeps
//! them: `pithos/blocks/ab/cd/abcd…` for the block whose hex hash is `abcd…`.
//!
//! A block is stored without its trailing NUL bytes (its hash covers only the stripped
//! data; reads pad it back to the object's block length), so equal blocks of any objects
//! share one file. A block is written to a temp file under `pithos/tmp/` and renamed into
//! place, so the final path only ever holds a whole block: concurrent writers of the same
//! block (threads or processes on one data dir) each rename a complete copy of the same
//! bytes, a reader sees the block or nothing, and a writer that crashes leaves only a temp
//! file that no read looks at (swept when it is stale). Only the metadata that names
//! blocks (hashmaps in object versions) lives in SQLite.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use sha2::{Digest, Sha256};

/// Temp files older than this belong to a writer that died; younger ones may be live.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// The block files of one data dir.
#[derive(Debug, Clone)]
pub struct BlockStore {
    blocks: PathBuf,
    temp: PathBuf,
}

impl BlockStore {
    /// The block store of a sandbox data dir (directories are created on first write).
    pub fn new(data_dir: &Path) -> BlockStore {
        let root = data_dir.join("pithos");
        BlockStore { blocks: root.join("blocks"), temp: root.join("tmp") }
    }

    /// Where the block with hex hash `hash` lives; `None` for anything that is not a
    /// lower-case hex SHA-256 (client-supplied hashes never become arbitrary paths).
    fn path(&self, hash: &str) -> Option<PathBuf> {
        let valid =
            hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| self.blocks.join(&hash[0..2]).join(&hash[2..4]).join(hash))
    }

    /// Whether a whole block with this hash is stored.
    pub fn contains(&self, hash: &str) -> bool {
        self.path(hash).is_some_and(|path| path.is_file())
    }

    /// The hashes from `hashes` that are not stored, in order, without duplicates.
    pub fn missing(&self, hashes: &[String]) -> Vec<String> {
        let mut missing: Vec<String> = Vec::new();
        for hash in hashes {
            if !missing.contains(hash) && !self.contains(hash) {
                missing.push(hash.clone());
            }
        }
        missing
    }

    /// How many distinct blocks are stored (the sandbox's test endpoint reports it).
    pub fn count(&self) -> u64 {
        let mut count = 0;
        let mut dirs = vec![self.blocks.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
                if entry.path().is_dir() {
                    dirs.push(entry.path());
                } else {
                    count += 1;
                }
            }
        }
        count
    }

    /// Hashes and stores a block; returns its hex hash.
    pub fn put(&self, block: &[u8]) -> io::Result<String> {
        self.put_segments(&[Bytes::copy_from_slice(block)])
    }

    /// Hashes and stores a block that arrived as consecutive pieces (no copy into one
    /// buffer); returns its hex hash.
    pub fn put_segments(&self, segments: &[Bytes]) -> io::Result<String> {
        let stripped = strip_trailing_zeros(segments);
        let mut hasher = Sha256::new();
        for segment in &stripped {
            hasher.update(segment);
        }
        let hash = hex::encode(hasher.finalize());
        self.write(&hash, &stripped)?;
        Ok(hash)
    }

    /// Stores already stripped block data under a hash the caller vouches for (blocks
    /// migrated from an older data dir).
    pub fn put_hashed(&self, hash: &str, stripped: &[u8]) -> io::Result<()> {
        self.write(hash, &[Bytes::copy_from_slice(stripped)])
    }

    fn write(&self, hash: &str, stripped: &[Bytes]) -> io::Result<()> {
        let path =
            self.path(hash).ok_or_else(|| io::Error::other(format!("`{hash}` is not a block hash")))?;
        if path.is_file() {
            // Content-addressed: an existing file already holds exactly these bytes.
            return Ok(());
        }
        fs::create_dir_all(&self.temp)?;
        let mut temp = tempfile::Builder::new().prefix(&hash[..16]).tempfile_in(&self.temp)?;
        for segment in stripped {
            temp.write_all(segment)?;
        }
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        // Renaming over a file another writer just renamed is fine: same hash, same bytes.
        temp.persist(&path).map_err(|err| err.error)?;
        Ok(())
    }

    /// Bytes `[from, to)` of a block, with its stripped trailing zeros restored (the caller
    /// keeps `to` within the block's length in its object).
    pub fn read(&self, hash: &str, from: u64, to: u64) -> io::Result<Vec<u8>> {
        let path = self.path(hash).ok_or_else(|| {
            io::Error::new(io::ErrorKind::NotFound, format!("`{hash}` is not a block hash"))
        })?;
        let mut file = File::open(&path)
            .map_err(|err| io::Error::new(err.kind(), format!("block {hash} is missing: {err}")))?;
        let stored = file.metadata()?.len();
        let wanted = usize::try_from(to.saturating_sub(from)).map_err(io::Error::other)?;
        let mut data = Vec::with_capacity(wanted);
        if from < stored {
            file.seek(SeekFrom::Start(from))?;
            file.take(to.min(stored) - from).read_to_end(&mut data)?;
        }
        data.resize(wanted, 0);
        Ok(data)
    }

    /// The MD5 of an object of `bytes` bytes made of these blocks (of `block_size` each,
    /// the last one short), read block by block: what a hashmap `PUT` keeps as the ETag.
    pub fn md5(&self, hashes: &[String], bytes: u64, block_size: u64) -> io::Result<String> {
        let mut md5 = md5::Md5::new();
        let mut left = bytes;
        for hash in hashes {
            let len = left.min(block_size);
            md5.update(self.read(hash, 0, len)?);
            left -= len;
        }
        Ok(hex::encode(md5.finalize()))
    }

    /// Removes temp files left by writers that died (a live writer's file is younger).
    pub fn sweep_stale_temps(&self) -> io::Result<()> {
        let entries = match fs::read_dir(&self.temp) {
            Ok(entries) => entries,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(err) => return Err(err),
        };
        let now = SystemTime::now();
        for entry in entries {
            let entry = entry?;
            let modified = entry.metadata().and_then(|m| m.modified()).unwrap_or(now);
            if now.duration_since(modified).is_ok_and(|age| age > STALE_TEMP) {
                // Another process may sweep the same file at the same time.
                let _ = fs::remove_file(entry.path());
            }
        }
        Ok(())
    }
}

/// The pieces of a block without its trailing NUL bytes (zero-copy slices).
fn strip_trailing_zeros(segments: &[Bytes]) -> Vec<Bytes> {
    let mut kept: Vec<Bytes> = segments.to_vec();
    while let Some(last) = kept.last_mut() {
        match last.iter().rposition(|&b| b != 0) {
            Some(i) => {
                last.truncate(i + 1);
                break;
            }
            None => {
                kept.pop();
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_files(dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        let mut stack = vec![dir.join("pithos").join("blocks")];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
                if entry.path().is_dir() {
                    stack.push(entry.path());
                } else {
                    files.push(entry.path());
                }
            }
        }
        files
    }

    #[test]
    fn md5_covers_the_object_bytes_zeros_included() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlockStore::new(dir.path());
        let first = store.put(&[7u8; 4]).expect("put");
        let last = store.put(&[1, 0, 0]).expect("put");
        let md5 = store.md5(&[first, last], 7, 4).expect("md5");
        assert_eq!(md5, hex::encode(md5::Md5::digest([7, 7, 7, 7, 1, 0, 0])));
        assert_eq!(store.md5(&[], 0, 4).expect("empty"), crate::sandbox::pithos::db::EMPTY_MD5);
    }

    #[test]
    fn identical_content_dedupes_to_one_file() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlockStore::new(dir.path());
        let a = store.put(b"abc\0\0").expect("put");
        let b = store.put(b"abc").expect("put");
        let c = store.put_segments(&[Bytes::from_static(b"a"), Bytes::from_static(b"bc\0")]).expect("put");
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a, crate::protocol::pithos_hash::block_hash_hex(b"abc"));
        assert_eq!(block_files(dir.path()).len(), 1);
        assert_eq!(fs::read(&block_files(dir.path())[0]).expect("read"), b"abc");
        assert_eq!(store.read(&a, 0, 5).expect("read"), b"abc\0\0");
        assert_eq!(store.read(&a, 1, 4).expect("read"), b"bc\0");
        assert_eq!(store.read(&a, 4, 6).expect("read"), b"\0\0");
        assert_eq!(store.missing(&[a.clone(), "ff".repeat(32), a.clone()]), vec!["ff".repeat(32)]);
    }

    #[test]
    fn an_all_zero_block_is_an_empty_file() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlockStore::new(dir.path());
        let hash = store.put(&[0u8; 4096]).expect("put");
        assert_eq!(hash, crate::protocol::pithos_hash::block_hash_hex(b""));
        assert_eq!(store.read(&hash, 0, 4096).expect("read"), vec![0u8; 4096]);
    }

    #[test]
    fn a_partial_temp_file_is_never_served() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlockStore::new(dir.path());
        let block = vec![7u8; 1000];
        let hash = crate::protocol::pithos_hash::block_hash_hex(&block);
        // What a writer killed mid-block leaves behind: half the data in a temp file.
        fs::create_dir_all(&store.temp).expect("temp dir");
        let partial = store.temp.join(format!("{}.partial", &hash[..16]));
        fs::write(&partial, &block[..500]).expect("partial");
        assert!(!store.contains(&hash));
        assert_eq!(store.missing(std::slice::from_ref(&hash)), vec![hash.clone()]);
        assert!(store.read(&hash, 0, 1000).is_err());
        // A fresh write stores the whole block; a young temp file is left to its writer.
        assert_eq!(store.put(&block).expect("put"), hash);
        assert_eq!(store.read(&hash, 0, 1000).expect("read"), block);
        store.sweep_stale_temps().expect("sweep");
        assert!(partial.exists());
        let old = SystemTime::now() - 2 * STALE_TEMP;
        File::options().write(true).open(&partial).expect("open").set_modified(old).expect("age");
        store.sweep_stale_temps().expect("sweep");
        assert!(!partial.exists());
    }

    #[test]
    fn hashes_that_are_not_hex_never_touch_the_file_system() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlockStore::new(dir.path());
        for bad in ["../../etc/passwd", "", &"A".repeat(64), &"g".repeat(64)] {
            assert!(!store.contains(bad));
            assert!(store.read(bad, 0, 1).is_err());
            assert!(store.put_hashed(bad, b"x").is_err());
        }
    }

    #[test]
    fn concurrent_writers_of_one_block_all_succeed() {
        let dir = tempfile::tempdir().expect("tmp");
        let block: Vec<u8> = (0..4 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
        let hashes: Vec<String> = std::thread::scope(|scope| {
            let writers: Vec<_> = (0..8)
                .map(|_| {
                    let store = BlockStore::new(dir.path());
                    let block = &block;
                    scope.spawn(move || store.put(block).expect("put"))
                })
                .collect();
            writers.into_iter().map(|w| w.join().expect("writer")).collect()
        });
        assert!(hashes.windows(2).all(|w| w[0] == w[1]));
        let store = BlockStore::new(dir.path());
        assert_eq!(store.read(&hashes[0], 0, block.len() as u64).expect("read"), block);
        assert_eq!(block_files(dir.path()).len(), 1);
        assert_eq!(fs::read_dir(&store.temp).expect("temp").count(), 0);
    }
}
