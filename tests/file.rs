//! `kamaki file` against the sandbox Pithos: every command in table and JSON form, edge
//! sizes and names, interrupted transfers, sharing and permissions, sync conflicts.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::TestSandbox;
use serde_json::Value;
use sha2::{Digest, Sha256};

const BLOCK: usize = 4 * 1024 * 1024;

/// Deterministic, incompressible-looking bytes.
fn data(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, bytes).expect("write test file");
    path
}

fn stdout(sb: &TestSandbox, args: &[&str]) -> String {
    let output = sb.cmd().args(args).output().expect("run kamaki");
    assert!(
        output.status.success(),
        "`kamaki {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs a command that must fail with `code`; returns stderr.
fn fails(sb: &TestSandbox, args: &[&str], code: i32) -> String {
    let output = sb.cmd().args(args).output().expect("run kamaki");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "`kamaki {}`: {stderr}", args.join(" "));
    assert!(stderr.contains("error:"), "no error line: {stderr}");
    stderr
}

fn names(listing: &Value) -> Vec<String> {
    listing
        .as_array()
        .expect("a list")
        .iter()
        .map(|o| o["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A config for the sandbox's second user (`other@example.com`).
fn other_user(sb: &TestSandbox) -> (PathBuf, String) {
    let conn = rusqlite::Connection::open(sb.dir.path().join("data").join("sandbox.db")).expect("sandbox db");
    let mut stmt = conn.prepare("SELECT body FROM docs WHERE kind = 'user'").expect("query");
    let users: Vec<Value> = stmt
        .query_map([], |row| row.get::<_, String>(0))
        .expect("users")
        .map(|body| serde_json::from_str(&body.expect("row")).expect("user json"))
        .collect();
    let other = users.iter().find(|u| u["name"] == "other@example.com").expect("second user");
    let text = std::fs::read_to_string(&sb.config)
        .expect("config")
        .replace(sb.token(), other["token"].as_str().expect("token"));
    let path = sb.dir.path().join("other.toml");
    common::write_private(&path, &text);
    (path, other["uuid"].as_str().expect("uuid").to_string())
}

#[test]
fn containers_lifecycle_in_table_and_json() {
    let sb = TestSandbox::start();
    let table = stdout(&sb, &["file", "container", "list"]);
    assert!(table.contains("NAME") && table.contains("pithos") && table.contains(sb.uuid()), "{table}");

    let created =
        sb.json(&["file", "container", "create", "photos", "--quota", "1MiB", "--versioning", "none"]);
    assert_eq!(created["name"], "photos");
    assert_eq!(created["quota"], 1024 * 1024);
    assert_eq!(created["versioning"], "none");
    assert_eq!(created["block_size"], BLOCK);
    assert_eq!(created["block_hash"], "sha256");
    let stderr = fails(&sb, &["file", "container", "create", "photos"], 5);
    assert!(stderr.contains("already exists"), "{stderr}");

    let listing = sb.json(&["file", "container", "list"]);
    let photos =
        listing.as_array().expect("list").iter().find(|c| c["name"] == "photos").expect("photos listed");
    assert_eq!(photos["project"], sb.uuid());

    // Over the container's quota: a clear error, exit 5, nothing stored.
    let dir = tempfile::tempdir().expect("tmp");
    let big = write(dir.path(), "big.bin", &data(2 * 1024 * 1024, 1));
    let stderr = fails(&sb, &["file", "upload", big.to_str().expect("path"), "/photos/big.bin"], 5);
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
    stdout(&sb, &["file", "upload", small.to_str().expect("path"), "/photos/"]);
    let stderr = fails(&sb, &["file", "container", "delete", "photos"], 5);
    assert!(stderr.contains("not empty") && stderr.contains("--recursive"), "{stderr}");
    let emptied = sb.json(&["file", "container", "empty", "photos"]);
    assert_eq!(emptied["objects_deleted"], 1);
    stdout(&sb, &["file", "upload", small.to_str().expect("path"), "/photos/"]);
    let deleted = sb.json(&["file", "container", "delete", "photos", "--recursive"]);
    assert_eq!(deleted["status"], "deleted");
    fails(&sb, &["file", "container", "info", "photos"], 3);
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
    let stderr = fails(
        &sb,
        &["file", "upload", local.to_str().expect("path"), "/pithos/dir/block plus one 100%.bin"],
        5,
    );
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
    let table = stdout(&sb, &["file", "list", "/pithos", "-l"]);
    assert!(table.contains("dir/") && table.contains("folder") || table.contains("dir/"), "{table}");

    // Downloading over an existing file needs --resume or --overwrite.
    let target = dir.path().join("empty file.down");
    fails(&sb, &["file", "download", "/pithos/dir/empty file", target.to_str().expect("path")], 5);
    fails(&sb, &["file", "download", "/pithos/dir/missing", "x"], 3);
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
    fails(&sb, &["file", "upload", tree.to_str().expect("path"), "/pithos/"], 2);
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
    let table = stdout(&sb, &["file", "metadata", "list", "/pithos/tree/a.txt"]);
    assert!(table.contains("color") && table.contains("blue"), "{table}");
    sb.json(&["file", "metadata", "delete", "/pithos/tree/a.txt", "color"]);
    let meta = sb.json(&["file", "metadata", "list", "/pithos/tree/a.txt"]);
    assert_eq!(meta.as_array().expect("rows").len(), 1);
    fails(&sb, &["file", "metadata", "delete", "/pithos/tree/a.txt", "nope"], 3);
    assert_eq!(sb.json(&["file", "mkdir", "/pithos/empty dir"])["content_type"], "application/directory");
    assert_eq!(sb.json(&["file", "touch", "/pithos/empty dir/x.json"])["content_type"], "application/json");
    fails(&sb, &["file", "info", "/nosuch/x"], 3);
}

#[test]
fn copy_move_delete_trash_and_versions() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let one = write(dir.path(), "one.txt", b"version one");
    stdout(&sb, &["file", "upload", one.to_str().expect("path"), "/pithos/docs/report.txt"]);
    stdout(&sb, &["file", "container", "create", "images"]);

    let copied = sb.json(&["file", "copy", "/pithos/docs/report.txt", "/images/"]);
    assert_eq!(copied[0]["destination"], "/images/report.txt");
    let stderr = fails(&sb, &["file", "copy", "/pithos/docs/report.txt", "/images/report.txt"], 5);
    assert!(stderr.contains("already exists"), "{stderr}");
    sb.json(&["file", "copy", "/pithos/docs", "/images/docs-copy", "-r"]);
    assert!(
        names(&sb.json(&["file", "list", "/images", "-r"])).contains(&"docs-copy/report.txt".to_string())
    );
    sb.json(&["file", "move", "/images/report.txt", "/images/moved.txt"]);
    fails(&sb, &["file", "info", "/images/report.txt"], 3);
    assert_eq!(stdout(&sb, &["file", "cat", "/images/moved.txt"]), "version one");
    // The trash remembers the container an object came from.
    sb.json(&["file", "delete", "/images/moved.txt"]);
    let restored = sb.json(&["file", "trash", "restore", "/trash/moved.txt"]);
    assert_eq!(restored[0]["path"], "/images/moved.txt");

    // Versions: overwrite, list, restore.
    let two = write(dir.path(), "two.txt", b"version two");
    stdout(&sb, &["file", "upload", two.to_str().expect("path"), "/pithos/docs/report.txt", "--overwrite"]);
    let versions = sb.json(&["file", "versions", "/pithos/docs/report.txt"]);
    let versions = versions.as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    let first = versions[0]["version"].as_str().expect("id").to_string();
    assert_eq!(stdout(&sb, &["file", "cat", "/pithos/docs/report.txt", "--version", &first]), "version one");
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
    assert_eq!(stdout(&sb, &["file", "cat", "/pithos/docs/report.txt"]), "version one");
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
    fails(&sb, &["file", "cat", "/pithos/docs/report.txt"], 3);
    assert!(names(&sb.json(&["file", "trash", "list"])).contains(&"docs/report.txt".to_string()));
    assert!(stdout(&sb, &["file", "trash", "list"]).contains("docs/report.txt"));
    sb.json(&["file", "trash", "restore", "docs/report.txt"]);
    assert_eq!(stdout(&sb, &["file", "cat", "/pithos/docs/report.txt"]), "version one");
    fails(&sb, &["file", "trash", "restore", "docs/report.txt"], 3);
    fails(&sb, &["file", "delete", "/pithos/docs"], 2);
    let deleted = sb.json(&["file", "delete", "/pithos/docs", "-r", "--purge"]);
    assert!(deleted.as_array().expect("list").iter().all(|d| d["status"] == "deleted"));
    assert!(names(&sb.json(&["file", "list", "/pithos", "-r"])).is_empty());
    sb.json(&["file", "trash", "empty"]);
}

#[test]
fn sharing_groups_public_and_permission_denied() {
    let sb = TestSandbox::start();
    let (other_config, other_uuid) = other_user(&sb);
    let other = |args: &[&str]| {
        let mut cmd = sb.cmd();
        cmd.env("KAMAKI_CONFIG", &other_config).args(args);
        cmd.output().expect("run as other")
    };
    let dir = tempfile::tempdir().expect("tmp");
    let secret = write(dir.path(), "secret.txt", b"top secret");
    stdout(&sb, &["file", "upload", secret.to_str().expect("path"), "/pithos/private/secret.txt"]);
    stdout(&sb, &["file", "upload", secret.to_str().expect("path"), "/pithos/shared/doc.txt"]);
    let me = sb.uuid().to_string();

    // Another account cannot read what is not shared: exit 4, a clear message.
    let denied = other(&["file", "cat", &format!("pithos://{me}/pithos/private/secret.txt")]);
    assert_eq!(denied.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&denied.stderr).contains("permission denied"));

    let group = sb.json(&["file", "group", "create", "friends", "--member", "other@example.com"]);
    assert_eq!(group["members"][0], other_uuid.as_str());
    assert!(stdout(&sb, &["file", "group", "list"]).contains("friends"));
    let shared = sb.json(&["file", "share", "/pithos/shared", "--read", "friends"]);
    assert!(shared["sharing"].as_str().expect("sharing").contains(":friends"));
    assert!(stdout(&sb, &["file", "shared"]).contains("/pithos/shared"));

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
    fails(&sb, &["file", "group", "delete", "friends"], 3);

    let published = sb.json(&["file", "publish", "/pithos/shared/doc.txt"]);
    let url = published["public_url"].as_str().expect("url").to_string();
    assert!(url.contains("/public/"));
    assert!(stdout(&sb, &["file", "list", "/pithos", "-r", "--public"]).contains("shared/doc.txt"));
    let unpublished = sb.json(&["file", "unpublish", "/pithos/shared/doc.txt"]);
    assert!(unpublished["public_url"].is_null());
}

#[test]
fn listing_beyond_one_server_page() {
    let sb = TestSandbox::start();
    stdout(&sb, &["file", "container", "create", "many"]);
    // Insert 10,001 empty objects straight into the sandbox's store (creating them one
    // request at a time would only slow the test down).
    let conn = rusqlite::Connection::open(sb.dir.path().join("data").join("sandbox.db")).expect("db");
    conn.busy_timeout(std::time::Duration::from_secs(10)).expect("timeout");
    let empty = hex_sha256(b"");
    conn.execute_batch("BEGIN").expect("begin");
    for i in 0..10_001 {
        conn.execute(
            "INSERT INTO pithos_versions (account, container, name, bytes, hashes, hash, content_type, meta, uuid,
                 modified, modified_by) VALUES (?1, 'many', ?2, 0, '', ?3, 'text/plain', '{}', ?2, 1.0, ?1)",
            rusqlite::params![sb.uuid(), format!("obj-{i:05}"), empty],
        )
        .expect("insert");
    }
    conn.execute_batch("COMMIT").expect("commit");
    let listing = sb.json(&["file", "list", "/many", "-r"]);
    let listed = names(&listing);
    assert_eq!(listed.len(), 10_001);
    assert_eq!(listed.last().map(String::as_str), Some("obj-10000"));
    assert_eq!(sb.json(&["file", "container", "info", "many"])["count"], 10_001);
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Starts `kamaki` with args and kills it once `done` says enough happened.
fn interrupt(sb: &TestSandbox, args: &[&str], done: impl Fn() -> bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kamaki"))
        .args(args)
        .env("KAMAKI_CONFIG", &sb.config)
        .env("HOME", sb.dir.path().join("home"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    for _ in 0..600 {
        if done() || child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The block files of the sandbox's content-addressed store (`pithos/blocks/ab/cd/<hash>`).
fn stored_blocks(sb: &TestSandbox) -> i64 {
    let blocks = sb.dir.path().join("data").join("pithos").join("blocks");
    let mut count = 0;
    for first in std::fs::read_dir(blocks).into_iter().flatten().flatten() {
        for second in std::fs::read_dir(first.path()).into_iter().flatten().flatten() {
            count += std::fs::read_dir(second.path()).into_iter().flatten().count() as i64;
        }
    }
    count
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

#[test]
fn sync_both_ways_with_a_conflict() {
    let sb = TestSandbox::start();
    let root = tempfile::tempdir().expect("tmp");
    let (one, two) = (root.path().join("one"), root.path().join("two"));
    write(&one, "a.txt", b"first");
    write(&one, "sub/b.txt", b"second");
    std::fs::create_dir_all(&two).expect("mkdir");
    stdout(&sb, &["file", "container", "create", "work"]);
    let sync = |dir: &Path, extra: &[&str]| {
        let mut args = vec!["file", "sync", dir.to_str().expect("path"), "/work/project"];
        args.extend_from_slice(extra);
        sb.json(&args)
    };
    let plan = sync(&one, &["--dry-run"]);
    assert_eq!(plan.as_array().expect("plan").len(), 2);
    assert!(names(&sb.json(&["file", "list", "/work", "-r"])).is_empty(), "a dry run changes nothing");
    assert!(
        stdout(&sb, &["file", "sync", one.to_str().expect("path"), "/work/project", "--dry-run"])
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
    let conn = rusqlite::Connection::open(sb.dir.path().join("data").join("sandbox.db")).expect("db");
    conn.busy_timeout(std::time::Duration::from_secs(10)).expect("timeout");
    conn.execute(
        "INSERT INTO quota_usage (project, user, resource, usage) VALUES (?1, ?1, 'pithos.diskspace', ?2)
         ON CONFLICT (project, user, resource) DO UPDATE SET usage = ?2",
        rusqlite::params![sb.uuid(), 20i64 * 1024 * 1024 * 1024 - 10],
    )
    .expect("usage");
    let dir = tempfile::tempdir().expect("tmp");
    let local = write(dir.path(), "f.bin", &data(100, 5));
    let stderr = fails(&sb, &["file", "upload", local.to_str().expect("path"), "/pithos/f.bin"], 5);
    assert!(stderr.contains(&format!("project `{}`", sb.uuid())), "{stderr}");
    fails(&sb, &["file", "info", "/pithos/f.bin"], 3);
    let small = write(dir.path(), "s.bin", b"tiny");
    sb.json(&["file", "upload", small.to_str().expect("path"), "/pithos/s.bin"]);
}

#[test]
fn bad_input_is_refused_clearly() {
    let sb = TestSandbox::start();
    fails(&sb, &["file", "list", "/"], 2);
    fails(&sb, &["file", "container", "create", "x", "--quota", "lots"], 2);
    fails(&sb, &["file", "upload", "/definitely/not/here", "/pithos/x"], 3);
    fails(&sb, &["file", "list", "/nosuchcontainer"], 3);
    fails(&sb, &["file", "share", "/pithos/x"], 2);
    fails(&sb, &["file", "upload", "-", "/pithos/"], 2);
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
