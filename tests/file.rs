//! `kamaki file` against the sandbox Pithos: every command in table and JSON form, edge
//! sizes and names, interrupted transfers, sharing and permissions, sync conflicts.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::{TestSandbox, data, names};
use serde_json::Value;

const BLOCK: usize = 4 * 1024 * 1024;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, bytes).expect("write test file");
    path
}

#[test]
fn containers_lifecycle_in_table_and_json() {
    let sb = TestSandbox::start();
    let table = sb.stdout(&["file", "container", "list"]);
    assert!(table.contains("NAME") && table.contains("pithos") && table.contains(sb.uuid()), "{table}");

    let created =
        sb.json(&["file", "container", "create", "photos", "--quota", "1MiB", "--versioning", "none"]);
    assert_eq!(created["name"], "photos");
    assert_eq!(created["quota"], 1024 * 1024);
    assert_eq!(created["versioning"], "none");
    assert_eq!(created["block_size"], BLOCK);
    assert_eq!(created["block_hash"], "sha256");
    let stderr = sb.fails(&["file", "container", "create", "photos"], 5);
    assert!(stderr.contains("already exists"), "{stderr}");

    let listing = sb.json(&["file", "container", "list"]);
    let photos =
        listing.as_array().expect("list").iter().find(|c| c["name"] == "photos").expect("photos listed");
    assert_eq!(photos["project"], sb.uuid());

    // Over the container's quota: a clear error, exit 5, nothing stored.
    let dir = tempfile::tempdir().expect("tmp");
    let big = write(dir.path(), "big.bin", &data(2 * 1024 * 1024, 1));
    let stderr = sb.fails(&["file", "upload", big.to_str().expect("path"), "/photos/big.bin"], 5);
    assert!(stderr.contains("413") && stderr.contains("photos"), "{stderr}");
    assert_eq!(sb.json(&["file", "container", "info", "photos"])["count"], 0);

    // Reassign to the course project the demo user belongs to.
    let projects = sb.json(&["astakos", "project", "list", "--mine"]);
    let course = projects
        .as_array()
        .expect("projects")
        .iter()
        .find(|p| p["id"] != sb.uuid())
        .expect("a non-personal project")["id"]
        .as_str()
        .expect("id")
        .to_string();
    let reassigned = sb.json(&["file", "container", "reassign", "photos", "--project", &course]);
    assert_eq!(reassigned["project"], course.as_str());

    let small = write(dir.path(), "small.txt", b"hello");
    sb.stdout(&["file", "upload", small.to_str().expect("path"), "/photos/"]);
    let stderr = sb.fails(&["file", "container", "delete", "photos"], 5);
    assert!(stderr.contains("not empty") && stderr.contains("--recursive"), "{stderr}");
    let emptied = sb.json(&["file", "container", "empty", "photos"]);
    assert_eq!(emptied["objects_deleted"], 1);
    sb.stdout(&["file", "upload", small.to_str().expect("path"), "/photos/"]);
    let deleted = sb.json(&["file", "container", "delete", "photos", "--recursive"]);
    assert_eq!(deleted["status"], "deleted");
    sb.fails(&["file", "container", "info", "photos"], 3);
}

#[test]
fn uploads_and_downloads_are_byte_identical_at_block_edges() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty file", Vec::new()),
        ("one block ü.bin", data(BLOCK, 2)),
        ("block plus one 100%.bin", data(BLOCK + 1, 3)),
        ("trailing zeros.bin", [b"abc".as_slice(), &[0u8; 5000]].concat()),
    ];
    for (name, bytes) in &cases {
        let local = write(dir.path(), name, bytes);
        let remote = format!("/pithos/dir/{name}");
        let up = sb.json(&["file", "upload", local.to_str().expect("path"), &remote]);
        assert_eq!(up["bytes"], bytes.len());
        assert_eq!(up["blocks"], bytes.len().div_ceil(BLOCK));
        let target = dir.path().join(format!("{name}.down"));
        let down = sb.json(&["file", "download", &remote, target.to_str().expect("path")]);
        assert_eq!(down["hash"], up["hash"]);
        assert_eq!(std::fs::read(&target).expect("downloaded"), *bytes, "{name}");
        let cat = sb.cmd().args(["file", "cat", &remote]).output().expect("cat");
        assert!(cat.status.success());
        assert_eq!(cat.stdout, *bytes, "cat {name}");
        // No temporary file is left behind.
        assert!(!dir.path().join(format!(".{name}.down.kamaki-part")).exists());
    }

    // Re-uploading an unchanged file sends nothing; without --overwrite it is refused.
    let local = dir.path().join("block plus one 100%.bin");
    let stderr = sb
        .fails(&["file", "upload", local.to_str().expect("path"), "/pithos/dir/block plus one 100%.bin"], 5);
    assert!(stderr.contains("already exists") && stderr.contains("--overwrite"), "{stderr}");
    let again = sb.json(&[
        "file",
        "upload",
        local.to_str().expect("path"),
        "/pithos/dir/block plus one 100%.bin",
        "--overwrite",
    ]);
    assert_eq!(again["blocks_sent"], 0);
    assert_eq!(again["bytes_sent"], 0);
    // The replaced object's blocks are known to be there: no probe, only the commit.
    let logged = sb
        .cmd()
        .args(["-v", "file", "upload", local.to_str().expect("path"), "/pithos/dir/block plus one 100%.bin"])
        .arg("--overwrite")
        .output()
        .expect("upload");
    assert!(logged.status.success());
    let log = String::from_utf8_lossy(&logged.stderr);
    let hashmap_puts =
        log.lines().filter(|line| line.starts_with("> PUT") && line.contains("?hashmap")).count();
    assert_eq!(hashmap_puts, 1, "{log}");
    // A copy under another name dedups too.
    let copy = sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/other.bin"]);
    assert_eq!(copy["blocks_sent"], 0);

    // Info, hashmap and listing agree.
    let info = sb.json(&["file", "info", "/pithos/dir/block plus one 100%.bin"]);
    assert_eq!(info["bytes"], BLOCK + 1);
    let hashmap = sb.json(&["file", "info", "/pithos/dir/block plus one 100%.bin", "--hashmap"]);
    assert_eq!(hashmap["hashes"].as_array().expect("hashes").len(), 2);
    assert_eq!(hashmap["block_size"], BLOCK);
    let listing = sb.json(&["file", "list", "/pithos/dir"]);
    assert_eq!(names(&listing).len(), cases.len());
    let table = sb.stdout(&["file", "list", "/pithos", "-l"]);
    assert!(table.contains("dir/") && table.contains("folder") || table.contains("dir/"), "{table}");

    // Downloading over an existing file needs --resume or --overwrite.
    let target = dir.path().join("empty file.down");
    sb.fails(&["file", "download", "/pithos/dir/empty file", target.to_str().expect("path")], 5);
    sb.fails(&["file", "download", "/pithos/dir/missing", "x"], 3);
}

#[test]
fn stdin_recursive_and_metadata() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let mut child = sb
        .cmd()
        .args(["file", "upload", "-", "/pithos/notes/from stdin.txt", "-o", "json"])
        .write_stdin(data(BLOCK + 10, 9))
        .output()
        .expect("stdin upload");
    assert!(child.status.success(), "{}", String::from_utf8_lossy(&child.stderr));
    let summary: Value = serde_json::from_slice(&std::mem::take(&mut child.stdout)).expect("json");
    assert_eq!(summary["bytes"], BLOCK + 10);
    assert_eq!(sb.json(&["file", "info", "/pithos/notes/from stdin.txt"])["content_type"], "text/plain");

    let tree = dir.path().join("tree");
    write(&tree, "a.txt", b"a");
    write(&tree, "sub/b.txt", b"bb");
    write(&tree, "sub/deeper/c.bin", &data(1000, 4));
    sb.fails(&["file", "upload", tree.to_str().expect("path"), "/pithos/"], 2);
    let uploaded = sb.json(&["file", "upload", tree.to_str().expect("path"), "/pithos/", "-r"]);
    assert_eq!(uploaded.as_array().expect("list").len(), 3);
    let listing = sb.json(&["file", "list", "/pithos/tree", "-r"]);
    let listed = names(&listing);
    assert!(
        listed.contains(&"tree/sub".to_string()) && listed.contains(&"tree/sub/deeper/c.bin".to_string()),
        "{listed:?}"
    );
    let folder = listing.as_array().expect("list").iter().find(|o| o["name"] == "tree/sub").expect("folder");
    assert_eq!(folder["content_type"], "application/directory");
    let back = dir.path().join("back");
    sb.json(&["file", "download", "/pithos/tree", back.to_str().expect("path"), "-r"]);
    assert_eq!(std::fs::read(back.join("sub/deeper/c.bin")).expect("c"), data(1000, 4));
    assert_eq!(std::fs::read(back.join("a.txt")).expect("a"), b"a");

    // Metadata, mkdir, touch.
    let meta = sb.json(&["file", "metadata", "set", "/pithos/tree/a.txt", "color=blue", "size=small"]);
    assert_eq!(meta.as_array().expect("rows").len(), 2);
    let table = sb.stdout(&["file", "metadata", "list", "/pithos/tree/a.txt"]);
    assert!(table.contains("color") && table.contains("blue"), "{table}");
    sb.json(&["file", "metadata", "delete", "/pithos/tree/a.txt", "color"]);
    let meta = sb.json(&["file", "metadata", "list", "/pithos/tree/a.txt"]);
    assert_eq!(meta.as_array().expect("rows").len(), 1);
    sb.fails(&["file", "metadata", "delete", "/pithos/tree/a.txt", "nope"], 3);
    assert_eq!(sb.json(&["file", "mkdir", "/pithos/empty dir"])["content_type"], "application/directory");
    assert_eq!(sb.json(&["file", "touch", "/pithos/empty dir/x.json"])["content_type"], "application/json");
    sb.fails(&["file", "info", "/nosuch/x"], 3);
}

#[test]
fn copy_move_delete_trash_and_versions() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let one = write(dir.path(), "one.txt", b"version one");
    sb.stdout(&["file", "upload", one.to_str().expect("path"), "/pithos/docs/report.txt"]);
    sb.stdout(&["file", "container", "create", "images"]);

    let copied = sb.json(&["file", "copy", "/pithos/docs/report.txt", "/images/"]);
    assert_eq!(copied[0]["destination"], "/images/report.txt");
    let stderr = sb.fails(&["file", "copy", "/pithos/docs/report.txt", "/images/report.txt"], 5);
    assert!(stderr.contains("already exists"), "{stderr}");
    sb.json(&["file", "copy", "/pithos/docs", "/images/docs-copy", "-r"]);
    assert!(
        names(&sb.json(&["file", "list", "/images", "-r"])).contains(&"docs-copy/report.txt".to_string())
    );
    sb.json(&["file", "move", "/images/report.txt", "/images/moved.txt"]);
    sb.fails(&["file", "info", "/images/report.txt"], 3);
    assert_eq!(sb.stdout(&["file", "cat", "/images/moved.txt"]), "version one");
    // The trash remembers the container an object came from.
    sb.json(&["file", "delete", "/images/moved.txt"]);
    let restored = sb.json(&["file", "trash", "restore", "/trash/moved.txt"]);
    assert_eq!(restored[0]["path"], "/images/moved.txt");

    // Versions: overwrite, list, restore.
    let two = write(dir.path(), "two.txt", b"version two");
    sb.stdout(&["file", "upload", two.to_str().expect("path"), "/pithos/docs/report.txt", "--overwrite"]);
    let versions = sb.json(&["file", "versions", "/pithos/docs/report.txt"]);
    let versions = versions.as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    let first = versions[0]["version"].as_str().expect("id").to_string();
    assert_eq!(sb.stdout(&["file", "cat", "/pithos/docs/report.txt", "--version", &first]), "version one");
    let old = dir.path().join("old.txt");
    sb.json(&[
        "file",
        "download",
        "/pithos/docs/report.txt",
        old.to_str().expect("path"),
        "--version",
        &first,
    ]);
    assert_eq!(std::fs::read(&old).expect("old"), b"version one");
    let before_overwrite = versions[1]["timestamp"].as_f64().expect("ts") - 0.0005;
    sb.json(&["file", "restore-version", "/pithos/docs/report.txt", &first]);
    assert_eq!(sb.stdout(&["file", "cat", "/pithos/docs/report.txt"]), "version one");
    let history = sb.json(&[
        "file",
        "list",
        "/pithos/docs",
        "--until",
        &format!("{}", before_overwrite.ceil() as i64 + 1),
    ]);
    assert!(names(&history).contains(&"docs/report.txt".to_string()));

    // Delete goes to the trash; restore brings it back; --purge is final.
    let trashed = sb.json(&["file", "delete", "/pithos/docs/report.txt"]);
    assert_eq!(trashed[0]["status"], "trashed");
    sb.fails(&["file", "cat", "/pithos/docs/report.txt"], 3);
    assert!(names(&sb.json(&["file", "trash", "list"])).contains(&"docs/report.txt".to_string()));
    assert!(sb.stdout(&["file", "trash", "list"]).contains("docs/report.txt"));
    sb.json(&["file", "trash", "restore", "docs/report.txt"]);
    assert_eq!(sb.stdout(&["file", "cat", "/pithos/docs/report.txt"]), "version one");
    sb.fails(&["file", "trash", "restore", "docs/report.txt"], 3);
    sb.fails(&["file", "delete", "/pithos/docs"], 2);
    let deleted = sb.json(&["file", "delete", "/pithos/docs", "-r", "--purge"]);
    assert!(deleted.as_array().expect("list").iter().all(|d| d["status"] == "deleted"));
    assert!(names(&sb.json(&["file", "list", "/pithos", "-r"])).is_empty());
    sb.json(&["file", "trash", "empty"]);
}

#[test]
fn sharing_groups_public_and_permission_denied() {
    let sb = TestSandbox::start();
    let other_uuid = sb.other_user().uuid;
    let other = |args: &[&str]| sb.as_other().args(args).output().expect("run as other");
    let dir = tempfile::tempdir().expect("tmp");
    let secret = write(dir.path(), "secret.txt", b"top secret");
    sb.stdout(&["file", "upload", secret.to_str().expect("path"), "/pithos/private/secret.txt"]);
    sb.stdout(&["file", "upload", secret.to_str().expect("path"), "/pithos/shared/doc.txt"]);
    let me = sb.uuid().to_string();

    // Another account cannot read what is not shared: exit 4, a clear message.
    let denied = other(&["file", "cat", &format!("pithos://{me}/pithos/private/secret.txt")]);
    assert_eq!(denied.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&denied.stderr).contains("permission denied"));

    let group = sb.json(&["file", "group", "create", "friends", "--member", "other@example.com"]);
    assert_eq!(group["members"][0], other_uuid.as_str());
    assert!(sb.stdout(&["file", "group", "list"]).contains("friends"));
    let shared = sb.json(&["file", "share", "/pithos/shared", "--read", "friends"]);
    assert!(shared["sharing"].as_str().expect("sharing").contains(":friends"));
    assert!(sb.stdout(&["file", "shared"]).contains("/pithos/shared"));

    let sharers = other(&["file", "others", "-o", "json"]);
    let sharers: Value = serde_json::from_slice(&sharers.stdout).expect("json");
    // (The sandbox's image publisher shares public images with everyone, too.)
    assert!(names(&sharers).contains(&me), "{sharers}");
    // Only `pithos` is shared, so the container step is skipped.
    let objects = other(&["file", "others", &me, "-o", "json"]);
    let objects: Value = serde_json::from_slice(&objects.stdout).expect("json");
    assert!(names(&objects).contains(&"shared/doc.txt".to_string()));
    let read = other(&["file", "cat", &format!("pithos://{me}/pithos/shared/doc.txt")]);
    assert_eq!(read.stdout, b"top secret");
    let read = other(&["file", "--account", &me, "cat", "/pithos/shared/doc.txt"]);
    assert_eq!(read.stdout, b"top secret");
    // Read permission does not allow writing.
    let write_attempt = other(&[
        "file",
        "upload",
        secret.to_str().expect("path"),
        &format!("pithos://{me}/pithos/shared/new.txt"),
    ]);
    assert_eq!(write_attempt.status.code(), Some(4));

    sb.json(&["file", "group", "add-member", "friends", sb.uuid()]);
    sb.json(&["file", "group", "remove-member", "friends", sb.uuid()]);
    sb.json(&["file", "unshare", "/pithos/shared"]);
    let denied = other(&["file", "cat", &format!("pithos://{me}/pithos/shared/doc.txt")]);
    assert_eq!(denied.status.code(), Some(4));
    sb.json(&["file", "group", "delete", "friends"]);
    sb.fails(&["file", "group", "delete", "friends"], 3);

    let published = sb.json(&["file", "publish", "/pithos/shared/doc.txt"]);
    let url = published["public_url"].as_str().expect("url").to_string();
    assert!(url.contains("/public/"));
    assert!(sb.stdout(&["file", "list", "/pithos", "-r", "--public"]).contains("shared/doc.txt"));
    let unpublished = sb.json(&["file", "unpublish", "/pithos/shared/doc.txt"]);
    assert!(unpublished["public_url"].is_null());
}

#[test]
fn listing_beyond_one_server_page() {
    let sb = TestSandbox::start();
    sb.stdout(&["file", "container", "create", "many"]);
    // Create 10,001 empty objects at once through the sandbox's test endpoint (creating
    // them one request at a time would only slow the test down).
    let objects: Vec<String> = (0..10_001).map(|i| format!("obj-{i:05}")).collect();
    sb.inspect("POST", "pithos/objects", Some(serde_json::json!({"container": "many", "names": objects})));
    let listing = sb.json(&["file", "list", "/many", "-r"]);
    let listed = names(&listing);
    assert_eq!(listed.len(), 10_001);
    assert_eq!(listed.last().map(String::as_str), Some("obj-10000"));
    assert_eq!(sb.json(&["file", "container", "info", "many"])["count"], 10_001);
}

/// Starts `kamaki` with args and kills it once `done` says enough happened.
fn interrupt(sb: &TestSandbox, args: &[&str], done: impl Fn() -> bool) {
    let mut child =
        sb.process().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn");
    for _ in 0..600 {
        if done() || child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// How many distinct blocks the sandbox's Pithos stores.
fn stored_blocks(sb: &TestSandbox) -> i64 {
    sb.inspect("GET", "pithos/blocks", None)["count"].as_i64().expect("a count")
}

#[test]
fn interrupted_upload_and_download_resume_with_only_missing_blocks() {
    let sb = TestSandbox::start_with(&["--latency-ms", "150"]);
    let dir = tempfile::tempdir().expect("tmp");
    let blocks = 5;
    let bytes = data(blocks * BLOCK - 7, 11);
    let local = write(dir.path(), "big.bin", &bytes);
    let before = stored_blocks(&sb);
    interrupt(
        &sb,
        &["file", "upload", local.to_str().expect("path"), "/pithos/big.bin", "--threads", "1"],
        || stored_blocks(&sb) >= before + 2,
    );
    let arrived = stored_blocks(&sb) - before;
    assert!(arrived < blocks as i64, "the upload finished before it was interrupted");
    // Asking the server which blocks it has never creates the object.
    sb.fails(&["file", "info", "/pithos/big.bin"], 3);
    let resumed = sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/big.bin"]);
    assert_eq!(resumed["blocks_sent"], blocks as i64 - arrived, "only missing blocks move");

    let target = dir.path().join("copy.bin");
    let partial = dir.path().join(".copy.bin.kamaki-part");
    let matching = |path: &Path| -> usize {
        let Ok(local) = std::fs::read(path) else { return 0 };
        local.chunks(BLOCK).zip(bytes.chunks(BLOCK)).filter(|(a, b)| a == b).count()
    };
    interrupt(
        &sb,
        &["file", "download", "/pithos/big.bin", target.to_str().expect("path"), "--threads", "1"],
        || matching(&partial) >= 2,
    );
    assert!(!target.exists(), "an interrupted download must not leave a target file");
    let kept = matching(&partial);
    let down = sb.json(&["file", "download", "/pithos/big.bin", target.to_str().expect("path")]);
    assert_eq!(down["blocks_fetched"], (blocks - kept) as i64);
    assert_eq!(std::fs::read(&target).expect("downloaded"), bytes);
    assert!(!partial.exists());

    // An older local copy with one changed block: only that block is fetched.
    let mut stale = bytes.clone();
    stale[BLOCK + 5] ^= 0xff;
    std::fs::write(&target, &stale).expect("write stale");
    let down = sb.json(&["file", "download", "/pithos/big.bin", target.to_str().expect("path"), "--resume"]);
    assert_eq!(down["blocks_fetched"], 1);
    assert_eq!(std::fs::read(&target).expect("downloaded"), bytes);
}

/// Where the sandbox keeps the block with this hex hash (src/sandbox/pithos/blocks.rs).
fn block_file(sb: &TestSandbox, hash: &str) -> PathBuf {
    sb.dir.path().join("data/pithos/blocks").join(&hash[0..2]).join(&hash[2..4]).join(hash)
}

#[test]
fn a_corrupted_block_fails_the_download_and_the_target_stays_untouched() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let bytes = data(3 * BLOCK - 100, 21);
    let local = write(dir.path(), "three.bin", &bytes);
    sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/three.bin"]);
    let hashmap = sb.json(&["file", "info", "/pithos/three.bin", "--hashmap"]);
    let bad = hashmap["hashes"][1].as_str().expect("a second block").to_string();
    // The server now serves other bytes for the middle block (its length unchanged).
    let stored = block_file(&sb, &bad);
    let good = std::fs::read(&stored).expect("the stored block");
    let mut corrupted = good.clone();
    corrupted[1000] ^= 0x55;
    std::fs::write(&stored, &corrupted).expect("corrupt the block");

    // A fresh download fails, names the block, and leaves no target.
    let target = dir.path().join("copy.bin");
    let stderr = sb.fails(&["file", "download", "/pithos/three.bin", target.to_str().expect("path")], 1);
    assert!(stderr.contains("corrupted") && stderr.contains(&bad), "{stderr}");
    assert!(!target.exists(), "a failed download must not leave a target file");
    // Only verified data reached the partial file: the bad block is not in it.
    let partial = std::fs::read(dir.path().join(".copy.bin.kamaki-part")).expect("the partial file");
    assert_eq!(partial.len(), bytes.len());
    assert!(!partial.windows(64).any(|w| w == &corrupted[1000..1064]), "unverified data was written");

    // Over an existing file, a failed download leaves that file as it was.
    let old = write(dir.path(), "old.bin", b"the previous contents");
    let stderr =
        sb.fails(&["file", "download", "/pithos/three.bin", old.to_str().expect("path"), "--overwrite"], 1);
    assert!(stderr.contains("corrupted"), "{stderr}");
    assert_eq!(std::fs::read(&old).expect("old file"), b"the previous contents");

    // Once the server serves the block again, the rerun fetches only that block.
    std::fs::write(&stored, &good).expect("repair the block");
    let down = sb.json(&["file", "download", "/pithos/three.bin", target.to_str().expect("path")]);
    assert_eq!(down["blocks_fetched"], 1);
    assert_eq!(std::fs::read(&target).expect("downloaded"), bytes);
    assert!(!dir.path().join(".copy.bin.kamaki-part").exists());
}

#[test]
fn sync_both_ways_with_a_conflict() {
    let sb = TestSandbox::start();
    let root = tempfile::tempdir().expect("tmp");
    let (one, two) = (root.path().join("one"), root.path().join("two"));
    write(&one, "a.txt", b"first");
    write(&one, "sub/b.txt", b"second");
    std::fs::create_dir_all(&two).expect("mkdir");
    sb.stdout(&["file", "container", "create", "work"]);
    let sync = |dir: &Path, extra: &[&str]| {
        let mut args = vec!["file", "sync", dir.to_str().expect("path"), "/work/project"];
        args.extend_from_slice(extra);
        sb.json(&args)
    };
    let plan = sync(&one, &["--dry-run"]);
    assert_eq!(plan.as_array().expect("plan").len(), 2);
    assert!(names(&sb.json(&["file", "list", "/work", "-r"])).is_empty(), "a dry run changes nothing");
    assert!(
        sb.stdout(&["file", "sync", one.to_str().expect("path"), "/work/project", "--dry-run"])
            .contains("upload")
    );
    sync(&one, &[]);
    let pulled = sync(&two, &[]);
    assert!(pulled.as_array().expect("steps").iter().all(|s| s["action"] == "download"));
    assert_eq!(std::fs::read(two.join("sub/b.txt")).expect("b"), b"second");
    assert!(sync(&one, &[]).as_array().expect("steps").is_empty(), "nothing to do when both sides agree");

    // Both sides change a.txt differently: keep both.
    std::fs::write(two.join("a.txt"), b"from two").expect("write");
    sync(&two, &[]);
    std::fs::write(one.join("a.txt"), b"from one").expect("write");
    let steps = sync(&one, &[]);
    assert_eq!(steps[0]["action"], "conflict");
    assert_eq!(std::fs::read(one.join("a.txt")).expect("a"), b"from two");
    let kept: Vec<_> = std::fs::read_dir(&one)
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("(conflict"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(kept[0].path()).expect("kept"), b"from one");

    // A deletion propagates (the remote copy goes to the trash).
    std::fs::remove_file(one.join("sub/b.txt")).expect("rm");
    assert_eq!(sync(&one, &[])[0]["action"], "delete-remote");
    let steps = sync(&two, &[]);
    assert!(steps.as_array().expect("steps").iter().any(|s| s["action"] == "delete-local"));
    assert!(!two.join("sub/b.txt").exists());
    assert!(names(&sb.json(&["file", "trash", "list"])).contains(&"project/sub/b.txt".to_string()));
}

#[test]
fn over_the_project_quota_the_project_is_named_and_nothing_is_stored() {
    let sb = TestSandbox::start();
    // Use up the personal project's `pithos.diskspace` (20 GiB) but for 10 bytes.
    let used = 20 * 1024 * 1024 * 1024 - 10_i64;
    let usage = serde_json::json!({"project": sb.uuid(), "resource": "pithos.diskspace", "delta": used});
    sb.inspect("POST", "usage", Some(usage));
    let dir = tempfile::tempdir().expect("tmp");
    let local = write(dir.path(), "f.bin", &data(100, 5));
    let stderr = sb.fails(&["file", "upload", local.to_str().expect("path"), "/pithos/f.bin"], 5);
    assert!(stderr.contains(&format!("project `{}`", sb.uuid())), "{stderr}");
    sb.fails(&["file", "info", "/pithos/f.bin"], 3);
    let small = write(dir.path(), "s.bin", b"tiny");
    sb.json(&["file", "upload", small.to_str().expect("path"), "/pithos/s.bin"]);
}

#[test]
fn bad_input_is_refused_clearly() {
    let sb = TestSandbox::start();
    sb.fails(&["file", "list", "/"], 2);
    sb.fails(&["file", "container", "create", "x", "--quota", "lots"], 2);
    sb.fails(&["file", "upload", "/definitely/not/here", "/pithos/x"], 3);
    sb.fails(&["file", "list", "/nosuchcontainer"], 3);
    sb.fails(&["file", "share", "/pithos/x"], 2);
    sb.fails(&["file", "upload", "-", "/pithos/"], 2);
}

#[test]
fn storage_url_clouds_detect_pithos_and_home_is_recreated() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    // A cloud reached by storage URL and token that is a Pithos keeps its extensions.
    let config = sb.dir.path().join("storage-url.toml");
    let url = format!("{}/object-store/v1/{}", sb.endpoints["url"].as_str().expect("url"), sb.uuid());
    common::write_private(
        &config,
        &format!(
            "default_cloud = \"s\"\n[clouds.s]\nkind = \"swift\"\nstorage_url = \"{url}\"\ntoken = \"{}\"\n",
            sb.token()
        ),
    );
    let local = write(dir.path(), "a.txt", b"abc");
    let run = |args: &[&str]| {
        let output =
            sb.cmd().env("KAMAKI_CONFIG", &config).args(args).args(["-o", "json"]).output().expect("run");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice::<Value>(&output.stdout).expect("json")
    };
    run(&["file", "upload", local.to_str().expect("path"), "/pithos/a.txt"]);
    assert_eq!(run(&["file", "versions", "/pithos/a.txt"]).as_array().expect("versions").len(), 1);

    // The home container comes back by itself when it is missing.
    sb.json(&["file", "container", "delete", "pithos", "--recursive"]);
    let up = sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/again.txt"]);
    assert_eq!(up["path"], "/pithos/again.txt");
}

/// The client guidelines: the user's `pithos` and `trash` containers are created when a
/// command first needs them, and no other container ever is.
#[test]
fn pithos_and_trash_are_created_when_first_needed() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let local = write(dir.path(), "a.txt", b"abc");
    let containers = |sb: &TestSandbox| names(&sb.json(&["file", "container", "list"]));
    sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/a.txt"]);
    assert!(!containers(&sb).contains(&"trash".to_string()), "a new account has no trash yet");

    // A move into a trash that does not exist yet.
    let moved = sb.json(&["file", "move", "/pithos/a.txt", "/trash/a.txt"]);
    assert_eq!(moved[0]["destination"], "/trash/a.txt");
    assert_eq!(sb.stdout(&["file", "cat", "/trash/a.txt"]), "abc");

    // Listings, info and the trash commands of missing containers.
    for container in ["pithos", "trash"] {
        sb.json(&["file", "container", "delete", container, "--recursive"]);
    }
    assert!(names(&sb.json(&["file", "list"])).is_empty());
    assert!(names(&sb.json(&["file", "list", "/trash"])).is_empty());
    assert_eq!(containers(&sb), vec!["pithos".to_string(), "trash".to_string()]);
    for container in ["pithos", "trash"] {
        sb.json(&["file", "container", "delete", container]);
    }
    assert_eq!(sb.json(&["file", "info", "/trash"])["count"], 0);
    assert!(!sb.stdout(&["file", "trash", "list"]).contains(".txt"));
    sb.json(&["file", "container", "delete", "trash"]);
    assert_eq!(sb.json(&["file", "trash", "empty"])["objects_deleted"], 0);

    // Writes: mkdir, touch, upload from stdin, copy, and delete (which moves to the trash).
    assert_eq!(containers(&sb), vec!["trash".to_string()], "nothing used `pithos` since");
    sb.json(&["file", "container", "delete", "trash"]);
    sb.json(&["file", "mkdir", "/pithos/docs"]);
    sb.json(&["file", "container", "delete", "pithos", "--recursive"]);
    sb.json(&["file", "touch", "/pithos/empty.txt"]);
    sb.json(&["file", "container", "delete", "pithos", "--recursive"]);
    let piped = sb.cmd().args(["file", "upload", "-", "/pithos/piped.txt"]).write_stdin("piped").output();
    assert!(piped.expect("run").status.success());
    sb.json(&["file", "copy", "/pithos/piped.txt", "/trash/copy.txt"]);
    sb.json(&["file", "container", "delete", "trash", "--recursive"]);
    let trashed = sb.json(&["file", "delete", "/pithos/piped.txt"]);
    assert_eq!(trashed[0]["trash_path"], "/trash/piped.txt");
    assert!(names(&sb.json(&["file", "trash", "list"])).contains(&"piped.txt".to_string()));

    // When the trash is there, deleting does not ask about it first.
    sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/b.txt"]);
    let output = sb.cmd().args(["file", "delete", "/pithos/b.txt", "-v"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.lines().any(|l| l.starts_with("> HEAD") && l.ends_with("/trash")), "{stderr}");

    // Any other container stays missing, and deleting a missing trash is an error.
    sb.fails(&["file", "move", "/trash/b.txt", "/elsewhere/b.txt"], 3);
    sb.fails(&["file", "list", "/elsewhere"], 3);
    sb.fails(&["file", "upload", local.to_str().expect("path"), "/elsewhere/a.txt"], 3);
    assert!(!containers(&sb).contains(&"elsewhere".to_string()));
    sb.json(&["file", "container", "delete", "trash", "--recursive"]);
    sb.fails(&["file", "container", "delete", "trash"], 3);
    sb.fails(&["file", "container", "empty", "trash"], 3);
    assert!(!containers(&sb).contains(&"trash".to_string()));
}
