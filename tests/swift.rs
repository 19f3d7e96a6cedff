//! `kamaki file` against a real OpenStack Swift (the peer from `shared/peers/start-swift.sh`):
//! everything that does not need the Pithos extensions must work there too.
//!
//! The peer is found through `ST_AUTH`/`ST_USER`/`ST_KEY` (what the start script prints);
//! without them, an installed peer (`$SWIFT_VENV`, default `/tmp/swift-venv`) is started
//! with the script. Only when the peer is not installed are these tests skipped, with the
//! reason printed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

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
            let status = Command::new("bash").arg(&script).output().expect("run start-swift.sh");
            assert!(
                status.status.success(),
                "start-swift.sh failed: {}",
                String::from_utf8_lossy(&status.stderr)
            );
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
    let listing = sw.json(&["file", "container", "list"]);
    assert!(names(&listing).contains(&c));
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
    let listing = common::json(&mut cmd, &["file", "container", "list"]);
    assert!(names(&listing).contains(&c), "{listing}");
    sw.json(&["file", "container", "delete", &c, "--recursive"]);
}
