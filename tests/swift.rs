//! `kamaki file` against a real OpenStack Swift (the peer from `shared/peers/start-swift.sh`):
//! everything that does not need the Pithos extensions must work there too.
//!
//! The peer is found through `ST_AUTH`/`ST_USER`/`ST_KEY` (what the start script prints);
//! without them, an installed peer (`$SWIFT_VENV`, default `/tmp/swift-venv`) is started
//! with the script. Only when the peer is not installed are these tests skipped, with the
//! reason printed.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do, and
// say on stderr why a test is skipped.
#![allow(clippy::expect_used, clippy::print_stderr)]

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use common::{data, names};
use serde_json::Value;

struct Swift {
    auth: String,
    user: String,
    key: String,
    home: tempfile::TempDir,
    /// A container name unique to this test run (the peer may be shared).
    prefix: String,
}

fn start_script() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [root.join("../shared/peers/start-swift.sh"), root.join("../../shared/peers/start-swift.sh")]
        .into_iter()
        .find(|p| p.exists())
}

fn swift() -> Option<Swift> {
    let from_env = (std::env::var("ST_AUTH"), std::env::var("ST_USER"), std::env::var("ST_KEY"));
    let (auth, user, key) = match from_env {
        (Ok(auth), Ok(user), Ok(key)) => (auth, user, key),
        _ => {
            let venv = std::env::var("SWIFT_VENV").unwrap_or_else(|_| "/tmp/swift-venv".into());
            let installed = Path::new(&venv).join("bin/swift-proxy-server").exists();
            let Some(script) = start_script().filter(|_| installed) else {
                eprintln!(
                    "skipping: the Swift test peer is not installed (run shared/peers/start-swift.sh, or set ST_AUTH, ST_USER and ST_KEY)"
                );
                return None;
            };
            // Once per test process: tests run in parallel, and two scripts started at once
            // would start two proxies on one port, whose in-process tokens differ (401s).
            static STARTED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
            let started = STARTED.get_or_init(|| {
                let output = Command::new("bash").arg(&script).output().map_err(|e| e.to_string())?;
                match output.status.success() {
                    true => Ok(()),
                    false => Err(String::from_utf8_lossy(&output.stderr).into_owned()),
                }
            });
            if let Err(stderr) = started {
                panic!("start-swift.sh failed: {stderr}");
            }
            ("http://127.0.0.1:8080/auth/v1.0".into(), "test:tester".into(), "testing".into())
        }
    };
    let stamp =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    Some(Swift { auth, user, key, home: tempfile::tempdir().expect("tmp"), prefix: format!("kt{stamp}") })
}

impl Swift {
    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.env("HOME", self.home.path())
            .env("KAMAKI_CONFIG", self.home.path().join("no-config.toml"))
            .env("ST_AUTH", &self.auth)
            .env("ST_USER", &self.user)
            .env("ST_KEY", &self.key)
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT");
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        common::json(&mut self.cmd(), args)
    }

    fn text(&self, args: &[&str]) -> Vec<u8> {
        common::succeeds(&mut self.cmd(), args).stdout
    }

    fn fails(&self, args: &[&str], code: i32) -> String {
        common::fails(self.cmd().args(args), code)
    }

    /// The names in `container` (all of them, no folders).
    fn names_in(&self, container: &str) -> Vec<String> {
        names(&self.json(&["file", "list", &format!("/{container}"), "-r"]))
    }

    /// Whether the account listing shows `container` within a few seconds: Swift updates
    /// account listings asynchronously, so a container just created may be missing at first.
    fn lists_container(&self, container: &str) -> bool {
        (0..50).any(|_| {
            let listed = names(&self.json(&["file", "container", "list"])).iter().any(|n| n == container);
            if !listed {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            listed
        })
    }

    fn container(&self, name: &str) -> String {
        let container = format!("{}-{name}", self.prefix);
        self.json(&["file", "container", "create", &container]);
        container
    }
}

#[test]
fn swift_containers_transfers_and_names() {
    let Some(sw) = swift() else { return };
    let c = sw.container("files");
    assert!(sw.lists_container(&c), "{c} missing from the account listing");
    assert!(String::from_utf8_lossy(&sw.text(&["file", "container", "list"])).contains(&c));
    sw.fails(&["file", "container", "create", &c], 5);

    let dir = tempfile::tempdir().expect("tmp");
    let block = 4 * 1024 * 1024;
    for (name, bytes) in
        [("empty", Vec::new()), ("a b ü 100%.bin", data(block + 1, 1)), ("one", data(block, 2))]
    {
        let local = dir.path().join(format!("{name}.src"));
        std::fs::write(&local, &bytes).expect("write");
        let remote = format!("/{c}/dir/{name}");
        let up = sw.json(&["file", "upload", local.to_str().expect("path"), &remote]);
        assert_eq!(up["bytes"], bytes.len());
        let target = dir.path().join(format!("{name}.dst"));
        sw.json(&["file", "download", &remote, target.to_str().expect("path")]);
        assert_eq!(std::fs::read(&target).expect("read"), bytes, "{name}");
        assert_eq!(sw.text(&["file", "cat", &remote]), bytes);
    }
    let local = dir.path().join("one.src");
    let stderr = sw.fails(&["file", "upload", local.to_str().expect("path"), &format!("/{c}/dir/one")], 5);
    assert!(stderr.contains("already exists"), "{stderr}");
    sw.json(&["file", "upload", local.to_str().expect("path"), &format!("/{c}/dir/one"), "--overwrite"]);

    let listing = sw.json(&["file", "list", &format!("/{c}/dir")]);
    assert_eq!(names(&listing).len(), 3);
    assert!(names(&sw.json(&["file", "list", &format!("/{c}")])).contains(&"dir/".to_string()));
    let info = sw.json(&["file", "info", &format!("/{c}/dir/one")]);
    assert_eq!(info["bytes"], block);

    let meta = sw.json(&["file", "metadata", "set", &format!("/{c}/dir/one"), "color=blue"]);
    assert_eq!(meta[0]["value"], "blue");
    sw.json(&["file", "metadata", "set", &format!("/{c}/dir/one"), "size=big"]);
    assert_eq!(
        sw.json(&["file", "metadata", "list", &format!("/{c}/dir/one")]).as_array().expect("rows").len(),
        2
    );

    sw.fails(&["file", "container", "delete", &c], 5);
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    sw.fails(&["file", "container", "info", &c], 3);
}

#[test]
fn swift_copy_move_trash_and_recursive() {
    let Some(sw) = swift() else { return };
    let c = sw.container("ops");
    let dir = tempfile::tempdir().expect("tmp");
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("sub")).expect("mkdir");
    std::fs::write(tree.join("a.txt"), b"alpha").expect("write");
    std::fs::write(tree.join("sub/b.txt"), b"beta").expect("write");
    sw.json(&["file", "upload", tree.to_str().expect("path"), &format!("/{c}/"), "-r"]);
    let back = dir.path().join("back");
    sw.json(&["file", "download", &format!("/{c}/tree"), back.to_str().expect("path"), "-r"]);
    assert_eq!(std::fs::read(back.join("sub/b.txt")).expect("b"), b"beta");

    sw.json(&["file", "copy", &format!("/{c}/tree/a.txt"), &format!("/{c}/copy.txt")]);
    sw.fails(&["file", "copy", &format!("/{c}/tree/a.txt"), &format!("/{c}/copy.txt")], 5);
    sw.json(&["file", "move", &format!("/{c}/copy.txt"), &format!("/{c}/moved.txt")]);
    sw.fails(&["file", "info", &format!("/{c}/copy.txt")], 3);
    assert_eq!(sw.text(&["file", "cat", &format!("/{c}/moved.txt")]), b"alpha");

    let trashed = sw.json(&["file", "delete", &format!("/{c}/moved.txt")]);
    assert_eq!(trashed[0]["status"], "trashed");
    sw.fails(&["file", "info", &format!("/{c}/moved.txt")], 3);
    sw.json(&["file", "trash", "restore", "moved.txt"]);
    assert_eq!(sw.text(&["file", "cat", &format!("/{c}/moved.txt")]), b"alpha");
    sw.json(&["file", "delete", &format!("/{c}/tree"), "-r", "--purge"]);
    assert_eq!(names(&sw.json(&["file", "list", &format!("/{c}"), "-r"])), vec!["moved.txt".to_string()]);

    // Pithos-only features say so.
    let stderr = sw.fails(&["file", "share", &format!("/{c}/moved.txt"), "--read", "someone"], 2);
    assert!(stderr.contains("Pithos"), "{stderr}");
    sw.fails(&["file", "versions", &format!("/{c}/moved.txt")], 2);
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
}

#[test]
fn swift_large_objects_and_resumed_download() {
    let Some(sw) = swift() else { return };
    let c = sw.container("large");
    let dir = tempfile::tempdir().expect("tmp");
    let bytes = data(7 * 1024 * 1024 + 3, 7);
    let local = dir.path().join("big.bin");
    std::fs::write(&local, &bytes).expect("write");
    let up = sw.json(&[
        "file",
        "upload",
        local.to_str().expect("path"),
        &format!("/{c}/big.bin"),
        "--segment-size",
        "2MiB",
    ]);
    assert_eq!(up["blocks"], 4);
    // Segments already there with the same MD5 are not sent again.
    let again = sw.json(&[
        "file",
        "upload",
        local.to_str().expect("path"),
        &format!("/{c}/big.bin"),
        "--segment-size",
        "2MiB",
        "--overwrite",
    ]);
    assert_eq!(again["blocks_sent"], 0);
    let target = dir.path().join("copy.bin");
    sw.json(&["file", "download", &format!("/{c}/big.bin"), target.to_str().expect("path")]);
    assert_eq!(std::fs::read(&target).expect("read"), bytes);

    // A partial download (as a killed run leaves it) resumes from its whole chunks.
    let partial = dir.path().join(".again.bin.kamaki-part");
    std::fs::write(&partial, &bytes[..9 * 1024 * 1024 / 2]).expect("write partial");
    let target = dir.path().join("again.bin");
    let down = sw.json(&["file", "download", &format!("/{c}/big.bin"), target.to_str().expect("path")]);
    assert!(down["bytes_fetched"].as_u64().expect("n") < bytes.len() as u64);
    assert_eq!(std::fs::read(&target).expect("read"), bytes);
    assert!(!partial.exists());
    // A partial file that does not match the segments' MD5s is fetched again whole.
    std::fs::write(&partial, data(9 * 1024 * 1024 / 2, 8)).expect("write partial");
    let down = sw.json(&[
        "file",
        "download",
        &format!("/{c}/big.bin"),
        target.to_str().expect("path"),
        "--overwrite",
    ]);
    assert_eq!(down["bytes_fetched"], bytes.len());
    assert_eq!(std::fs::read(&target).expect("read"), bytes);
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    sw.json(&["file", "container", "delete", &format!("{c}_segments"), "--recursive"]);
}

/// The guidelines' `pithos` container is created when a command first needs it on a plain
/// Swift too, and no other container is. (`trash` goes the same way, but other tests here
/// use it at the same time; no test here uses `pithos`.)
#[test]
fn swift_creates_pithos_when_first_needed() {
    let Some(sw) = swift() else { return };
    let start_without_pithos = || {
        let output = sw.cmd().args(["file", "container", "delete", "pithos", "--recursive"]).output();
        let code = output.expect("run").status.code();
        assert!(matches!(code, Some(0 | 3)), "deleting `pithos` exited with {code:?}");
    };
    let c = sw.container("source");
    let dir = tempfile::tempdir().expect("tmp");
    let local = dir.path().join("a.txt");
    std::fs::write(&local, b"alpha").expect("write");
    let local = local.to_str().expect("path");
    let object = format!("/pithos/{}-a.txt", sw.prefix);

    start_without_pithos();
    sw.json(&["file", "upload", local, &object]);
    assert!(names(&sw.json(&["file", "list"])).contains(&object["/pithos/".len()..].to_string()));
    start_without_pithos();
    assert!(names(&sw.json(&["file", "list", "/pithos"])).is_empty());
    start_without_pithos();
    sw.json(&["file", "mkdir", &format!("/pithos/{}-dir", sw.prefix)]);
    start_without_pithos();
    sw.json(&["file", "upload", local, &format!("/{c}/b.txt")]);
    sw.json(&["file", "copy", &format!("/{c}/b.txt"), &object]);
    assert_eq!(sw.text(&["file", "cat", &object]), b"alpha");
    start_without_pithos();
    sw.json(&["file", "move", &format!("/{c}/b.txt"), &format!("/pithos/{}-moved.txt", sw.prefix)]);
    sw.fails(&["file", "info", &format!("/{c}/b.txt")], 3);

    let elsewhere = format!("/{}-elsewhere/a.txt", sw.prefix);
    sw.fails(&["file", "copy", &object, &elsewhere], 3);
    sw.fails(&["file", "upload", local, &elsewhere], 3);
    assert!(!names(&sw.json(&["file", "container", "list"])).iter().any(|n| n.ends_with("-elsewhere")));
    sw.json(&["file", "container", "delete", "pithos", "--recursive"]);
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
}

#[test]
fn swift_clouds_in_the_config_need_no_kind() {
    let Some(sw) = swift() else { return };
    let config = sw.home.path().join("config.toml");
    common::write_private(
        &config,
        &format!("[clouds.peer]\nauth_url = \"{}\"\nuser = \"{}\"\nkey = \"{}\"\n", sw.auth, sw.user, sw.key),
    );
    let c = sw.container("by-keys");
    let mut cmd = sw.cmd();
    // Only the config file describes the cloud now.
    cmd.env("KAMAKI_CONFIG", &config).env_remove("ST_AUTH").env_remove("ST_USER").env_remove("ST_KEY");
    // A container's own HEAD, unlike the account listing, is consistent at once in Swift.
    let info = common::json(&mut cmd, &["file", "container", "info", &c]);
    assert!(info.to_string().contains(&c), "{info}");
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
}

/// A TCP relay in front of the Swift peer that cuts every connection, and refuses new
/// ones, once `limit` bytes of requests went through: an upload through it is interrupted
/// at a known point of its data, as by a network failure.
struct CuttingRelay {
    port: u16,
}

impl CuttingRelay {
    fn start(upstream: &str, limit: u64) -> CuttingRelay {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind relay");
        let port = listener.local_addr().expect("relay address").port();
        let upstream = upstream.to_string();
        let sent = Arc::new(AtomicU64::new(0));
        let cut = Arc::new(AtomicBool::new(false));
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if cut.load(Ordering::SeqCst) {
                    continue;
                }
                let server = TcpStream::connect(&upstream).expect("connect to Swift");
                let (client_in, server_out) =
                    (client.try_clone().expect("clone"), server.try_clone().expect("clone"));
                let (sent, cut) = (Arc::clone(&sent), Arc::clone(&cut));
                std::thread::spawn(move || pump(client_in, server_out, Some((sent, cut, limit))));
                std::thread::spawn(move || pump(server, client, None));
            }
        });
        CuttingRelay { port }
    }
}

/// Copies `from` to `to` until either closes; with a budget, stops both once the bytes
/// counted across all connections pass the limit.
fn pump(mut from: TcpStream, mut to: TcpStream, budget: Option<(Arc<AtomicU64>, Arc<AtomicBool>, u64)>) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if let Some((sent, cut, limit)) = &budget
            && (cut.load(Ordering::SeqCst) || sent.fetch_add(n as u64, Ordering::SeqCst) + n as u64 > *limit)
        {
            cut.store(true, Ordering::SeqCst);
            break;
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = from.shutdown(Shutdown::Both);
    let _ = to.shutdown(Shutdown::Both);
}

/// A file larger than the segment size goes up as a static large object of parallel
/// segments in `<container>_segments`; an upload cut off part way resumes, sending only
/// the segments that did not arrive; it reads back byte for byte.
#[test]
fn swift_segmented_upload_resumes_after_an_interruption() {
    let Some(sw) = swift() else { return };
    let c = sw.container("slo");
    let segments = format!("{c}_segments");
    let dir = tempfile::tempdir().expect("tmp");
    let segment = 1024 * 1024;
    let bytes = data(5 * segment + 12_345, 11);
    let local = dir.path().join("big.bin");
    std::fs::write(&local, &bytes).expect("write");
    let local = local.to_str().expect("path");
    let remote = format!("/{c}/big.bin");

    // One segment at a time through a relay that cuts off in the middle of the third.
    let upstream = sw.auth.split('/').nth(2).expect("host:port in ST_AUTH").to_string();
    let relay = CuttingRelay::start(&upstream, 2 * segment as u64 + segment as u64 / 2);
    let mut cut = sw.cmd();
    cut.env("ST_AUTH", format!("http://127.0.0.1:{}/auth/v1.0", relay.port));
    cut.args(["file", "upload", local, &remote, "--segment-size", "1MiB", "--segment-concurrency", "1"]);
    let output = cut.output().expect("run kamaki");
    assert!(!output.status.success(), "the cut upload succeeded");
    sw.fails(&["file", "info", &remote], 3);
    let left = sw.names_in(&segments);
    let sent_before: Vec<&String> = left.iter().filter(|n| !n.ends_with("/unfinished")).collect();
    assert_eq!(sent_before.len(), 2, "{left:?}");
    assert!(left.iter().any(|n| n.starts_with("big.bin/slo/") && n.ends_with("/unfinished")), "{left:?}");

    let resumed = sw.json(&["file", "upload", local, &remote, "--segment-size", "1MiB"]);
    assert_eq!(resumed["blocks"], 6);
    assert_eq!(resumed["blocks_sent"], 4, "{resumed}");
    assert_eq!(resumed["bytes_sent"], bytes.len() - 2 * segment);
    let finished = sw.names_in(&segments);
    assert_eq!(finished.len(), 6, "{finished:?}");
    assert!(sent_before.iter().all(|n| finished.contains(n)), "{finished:?}");
    assert!(!finished.iter().any(|n| n.ends_with("/unfinished")), "{finished:?}");
    let info = sw.json(&["file", "info", &remote]);
    assert_eq!(info["static_large_object"], true);
    assert_eq!(info["bytes"], bytes.len());
    let target = dir.path().join("back.bin");
    sw.json(&["file", "download", &remote, target.to_str().expect("path")]);
    assert_eq!(std::fs::read(&target).expect("read"), bytes);
    assert_eq!(sw.text(&["file", "cat", &remote]), bytes);
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    assert!(sw.names_in(&segments).is_empty());
    sw.json(&["file", "container", "delete", &segments]);
}

/// Replacing or deleting a static large object leaves no segment behind; the trash keeps
/// a trashed one whole until it is emptied.
#[test]
fn swift_large_objects_leave_no_orphan_segments() {
    let Some(sw) = swift() else { return };
    let c = sw.container("orphans");
    let segments = format!("{c}_segments");
    let dir = tempfile::tempdir().expect("tmp");
    let write = |name: &str, len: usize, seed: u64| {
        let path = dir.path().join(name);
        std::fs::write(&path, data(len, seed)).expect("write");
        path.to_str().expect("path").to_string()
    };
    let (four, three, small) =
        (write("four", 4 * 300_000, 1), write("three", 3 * 300_000 - 7, 2), write("small", 1000, 3));
    let remote = format!("/{c}/obj");
    let upload = |local: &str, extra: &[&str]| {
        sw.json(
            &[&["file", "upload", local, &remote, "--segment-size", "300000", "--overwrite"], extra].concat(),
        )
    };

    assert_eq!(upload(&four, &[])["blocks_sent"], 4);
    let first = sw.names_in(&segments);
    assert_eq!(first.len(), 4, "{first:?}");
    // Unchanged: nothing is sent and the same segments stay.
    assert_eq!(upload(&four, &[])["blocks_sent"], 0);
    assert_eq!(sw.names_in(&segments), first);
    // Other data: the new segments replace the old ones.
    assert_eq!(upload(&three, &["--segment-concurrency", "2"])["blocks_sent"], 3);
    let second = sw.names_in(&segments);
    assert_eq!(second.len(), 3, "{second:?}");
    assert!(!second.iter().any(|n| first.contains(n)), "{second:?}");
    assert_eq!(sw.text(&["file", "cat", &remote]), std::fs::read(&three).expect("read"));
    // Below the segment size: one plain PUT, and the old segments go.
    assert_eq!(upload(&small, &[])["blocks"], 1);
    assert!(sw.names_in(&segments).is_empty());
    assert_eq!(sw.json(&["file", "info", &remote]).get("static_large_object"), None);

    // Trashed, it stays whole with its segments; purged from the trash, they go.
    let name = format!("{}-obj", sw.prefix);
    let trashed_from = format!("/{c}/{name}");
    sw.json(&["file", "upload", &four, &trashed_from, "--segment-size", "300000"]);
    sw.json(&["file", "delete", &trashed_from]);
    assert_eq!(sw.names_in(&segments).len(), 4);
    assert_eq!(sw.text(&["file", "cat", &format!("/trash/{name}")]), std::fs::read(&four).expect("read"));
    sw.json(&["file", "trash", "restore", &name]);
    assert_eq!(sw.text(&["file", "cat", &trashed_from]), std::fs::read(&four).expect("read"));
    sw.json(&["file", "delete", &trashed_from]);
    sw.json(&["file", "delete", &format!("/trash/{name}")]);
    assert!(sw.names_in(&segments).is_empty());
    sw.fails(&["file", "info", &format!("/trash/{name}")], 3);

    // Copied or moved over: the replaced object's segments go, the moved one's stay.
    let other = format!("/{c}/other");
    sw.json(&["file", "upload", &four, &trashed_from, "--segment-size", "300000"]);
    sw.json(&["file", "upload", &three, &other, "--segment-size", "300000"]);
    let moved_segments: Vec<String> =
        sw.names_in(&segments).into_iter().filter(|n| n.starts_with("other/")).collect();
    assert_eq!(moved_segments.len(), 3, "{moved_segments:?}");
    sw.json(&["file", "move", &other, &trashed_from, "--overwrite"]);
    assert_eq!(sw.names_in(&segments), moved_segments);
    assert_eq!(sw.text(&["file", "cat", &trashed_from]), std::fs::read(&three).expect("read"));
    sw.json(&["file", "copy", &remote, &trashed_from, "--overwrite"]);
    assert!(sw.names_in(&segments).is_empty());
    assert_eq!(sw.text(&["file", "cat", &trashed_from]), std::fs::read(&small).expect("read"));
    sw.json(&["file", "delete", &trashed_from, "--purge"]);

    // Deleted for good at once.
    sw.json(&["file", "upload", &four, &trashed_from, "--segment-size", "300000"]);
    sw.json(&["file", "delete", &trashed_from, "--purge"]);
    assert!(sw.names_in(&segments).is_empty());
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    sw.json(&["file", "container", "delete", &segments]);
}

/// Bad segment flags are usage errors that say what is wrong, before anything is sent.
#[test]
fn swift_segment_flags_reject_bad_values() {
    let home = tempfile::tempdir().expect("tmp");
    let local = home.path().join("a.bin");
    std::fs::write(&local, b"data").expect("write");
    let local = local.to_str().expect("path");
    for (flag, value, says) in [
        ("--segment-size", "0", "at least 1 byte"),
        ("--segment-size", "lots", "not a size"),
        ("--segment-size", "6GiB", "largest object"),
        ("--segment-concurrency", "0", "not in 1..=64"),
        ("--segment-concurrency", "many", "invalid digit"),
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kamaki"));
        common::without_overlays(&mut cmd)
            .env("HOME", home.path())
            .env("KAMAKI_CONFIG", home.path().join("none.toml"))
            .env_remove("KAMAKI_OUTPUT");
        let output = cmd.args(["file", "upload", local, "/c/a.bin", flag, value]).output().expect("run");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{flag} {value}: {stderr}");
        assert!(stderr.contains(flag) && stderr.contains(says), "{flag} {value}: {stderr}");
    }
}

/// Sync compares a static large object by its ETag: a file above the segment size, once
/// synced, is neither uploaded nor downloaded again; listings and details agree on it.
#[test]
fn swift_sync_settles_on_large_objects() {
    let Some(sw) = swift() else { return };
    let c = sw.container("sync");
    let root = tempfile::tempdir().expect("tmp");
    let (one, two) = (root.path().join("one"), root.path().join("two"));
    std::fs::create_dir_all(&one).expect("mkdir");
    std::fs::create_dir_all(&two).expect("mkdir");
    // Just above the default segment size (64 MiB): two segments.
    let bytes = data(64 * 1024 * 1024 + 5, 21);
    std::fs::write(one.join("big.bin"), &bytes).expect("write");
    std::fs::write(one.join("small.txt"), b"small").expect("write");
    let sync = |dir: &Path| sw.json(&["file", "sync", dir.to_str().expect("path"), &format!("/{c}/project")]);
    assert_eq!(sync(&one).as_array().expect("steps").len(), 2);
    let info = sw.json(&["file", "info", &format!("/{c}/project/big.bin")]);
    assert_eq!(info["static_large_object"], true);
    let listed = sw.json(&["file", "list", &format!("/{c}/project")]);
    let entry =
        listed.as_array().expect("list").iter().find(|o| o["name"] == "project/big.bin").expect("listed");
    assert_eq!(entry["hash"], info["hash"]);
    assert!(sync(&one).as_array().expect("steps").is_empty(), "nothing to do after an upload");
    let pulled = sync(&two);
    assert!(pulled.as_array().expect("steps").iter().all(|s| s["action"] == "download"), "{pulled}");
    assert_eq!(std::fs::read(two.join("big.bin")).expect("read"), bytes);
    assert!(sync(&two).as_array().expect("steps").is_empty(), "nothing to do after a download");
    assert!(sync(&one).as_array().expect("steps").is_empty());
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    sw.json(&["file", "container", "delete", &format!("{c}_segments"), "--recursive"]);
}

/// A stream (stdin) above the segment size goes up as a static large object, whatever
/// falls on a segment boundary; below it, as one plain object that replaces a large one
/// with its segments.
#[test]
fn swift_stdin_above_the_segment_size_becomes_a_large_object() {
    let Some(sw) = swift() else { return };
    let c = sw.container("stdin");
    let segments = format!("{c}_segments");
    let remote = format!("/{c}/stream");
    let mib = 1024 * 1024;
    for (len, count) in [(3 * mib + mib / 2, 4), (2 * mib, 2), (mib + 1, 2)] {
        let bytes = data(len, len as u64);
        let mut cmd = sw.cmd();
        cmd.write_stdin(bytes.clone());
        let up = common::json(
            &mut cmd,
            &["file", "upload", "-", &remote, "--segment-size", "1MiB", "--overwrite"],
        );
        assert_eq!(up["blocks"], count, "{len}: {up}");
        assert_eq!(up["bytes"], len);
        assert_eq!(sw.json(&["file", "info", &remote])["static_large_object"], true);
        assert_eq!(sw.names_in(&segments).len(), count, "{len}: the replaced object's segments are gone");
        assert_eq!(sw.text(&["file", "cat", &remote]), bytes, "{len}");
    }
    let mut cmd = sw.cmd();
    cmd.write_stdin(data(mib, 5));
    let up =
        common::json(&mut cmd, &["file", "upload", "-", &remote, "--segment-size", "1MiB", "--overwrite"]);
    assert_eq!(up["blocks"], 1, "exactly one segment's worth is one plain object: {up}");
    assert_eq!(sw.json(&["file", "info", &remote]).get("static_large_object"), None);
    assert!(sw.names_in(&segments).is_empty());
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
    sw.json(&["file", "container", "delete", &segments]);
}
