//! The sandbox Pithos's block files: several `sandbox serve` processes sharing one data
//! dir, and data dirs from before blocks were files.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

const BLOCK: usize = 4 * 1024 * 1024;

/// A `sandbox serve` process on a given data dir, with a config pointing at it.
struct Server {
    child: Child,
    config: PathBuf,
    home: PathBuf,
}

impl Server {
    fn start(root: &Path, data: &Path, name: &str) -> Server {
        let home = root.join(format!("home-{name}"));
        std::fs::create_dir_all(&home).expect("home");
        let mut child = Command::new(env!("CARGO_BIN_EXE_kamaki"))
            .args(["sandbox", "serve", "--bind", "127.0.0.1:0", "--data"])
            .arg(data)
            .args(["-o", "json"])
            .env("HOME", &home)
            .env_remove("KAMAKI_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start sandbox serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("endpoints");
        let endpoints: Value = serde_json::from_str(&line).expect("endpoints JSON");
        let config = root.join(format!("config-{name}.toml"));
        common::write_private(
            &config,
            &format!(
                "default_cloud = \"t\"\n[clouds.t]\nurl = \"{}\"\ntoken = \"{}\"\n",
                endpoints["identity_url"].as_str().unwrap_or_default(),
                endpoints["token"].as_str().unwrap_or_default()
            ),
        );
        Server { child, config, home }
    }

    fn kamaki(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.args(args)
            .env("KAMAKI_CONFIG", &self.config)
            .env("HOME", &self.home)
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    fn run(&self, args: &[&str]) {
        common::succeeds(&mut assert_cmd::Command::from_std(self.kamaki(&[])), args);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every block file under `data`, as (hash, path).
fn block_files(data: &Path) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    let mut stack = vec![data.join("pithos").join("blocks")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((entry.file_name().to_string_lossy().into_owned(), path));
            }
        }
    }
    files
}

#[test]
fn concurrent_uploads_of_one_file_from_several_processes_read_back_identical() {
    let root = tempfile::tempdir().expect("tmp");
    let data = root.path().join("data");
    let servers: Vec<Server> = (0..3).map(|i| Server::start(root.path(), &data, &i.to_string())).collect();
    let content = common::data(3 * BLOCK - 1000, 5);
    let local = root.path().join("same.bin");
    std::fs::write(&local, &content).expect("write");
    let before = block_files(&data).len();
    let uploads: Vec<_> = servers
        .iter()
        .enumerate()
        .flat_map(|(i, server)| {
            let local = local.to_str().expect("path").to_string();
            (0..2).map(move |j| {
                server
                    .kamaki(&["file", "upload", &local, &format!("/pithos/copy-{i}-{j}.bin")])
                    .spawn()
                    .expect("spawn upload")
            })
        })
        .collect();
    for upload in uploads {
        let output = upload.wait_with_output().expect("upload");
        assert!(output.status.success(), "upload failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    // Six uploads of one content: its three blocks are stored once.
    assert_eq!(block_files(&data).len(), before + 3);
    assert_eq!(std::fs::read_dir(data.join("pithos").join("tmp")).expect("tmp").count(), 0);
    for (i, server) in servers.iter().enumerate() {
        for j in 0..2 {
            let out = root.path().join(format!("out-{i}-{j}.bin"));
            let remote = format!("/pithos/copy-{}-{j}.bin", (i + 1) % 3);
            server.run(&["file", "download", &remote, out.to_str().expect("path")]);
            assert!(std::fs::read(&out).expect("read") == content, "{remote} differs");
        }
    }
}

#[test]
fn blocks_of_an_older_data_dir_move_out_of_sqlite() {
    let root = tempfile::tempdir().expect("tmp");
    let data = root.path().join("data");
    let content = common::data(BLOCK + 12345, 9);
    let local = root.path().join("old.bin");
    std::fs::write(&local, &content).expect("write");
    let before: Vec<String>;
    {
        let server = Server::start(root.path(), &data, "first");
        before = block_files(&data).into_iter().map(|(hash, _)| hash).collect();
        server.run(&["file", "upload", local.to_str().expect("path"), "/pithos/old.bin"]);
    }
    // Turn the data dir into one from before: its new blocks as BLOBs, without the files.
    let conn = rusqlite::Connection::open(data.join("sandbox.db")).expect("db");
    conn.execute_batch("CREATE TABLE pithos_blocks (hash TEXT PRIMARY KEY, data BLOB NOT NULL)")
        .expect("legacy table");
    let mut moved = 0;
    for (hash, path) in block_files(&data) {
        if !before.contains(&hash) {
            let bytes = std::fs::read(&path).expect("block");
            conn.execute(
                "INSERT INTO pithos_blocks (hash, data) VALUES (?1, ?2)",
                rusqlite::params![hash, bytes],
            )
            .expect("insert");
            std::fs::remove_file(&path).expect("remove");
            moved += 1;
        }
    }
    assert_eq!(moved, 2);
    drop(conn);

    let server = Server::start(root.path(), &data, "second");
    let out = root.path().join("old.out");
    server.run(&["file", "download", "/pithos/old.bin", out.to_str().expect("path")]);
    assert!(std::fs::read(&out).expect("read") == content, "migrated object differs");
    assert_eq!(block_files(&data).len(), before.len() + 2);
    let conn = rusqlite::Connection::open(data.join("sandbox.db")).expect("db");
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master WHERE name = 'pithos_blocks'", [], |r| r.get(0))
        .expect("tables");
    assert_eq!(tables, 0);
}
