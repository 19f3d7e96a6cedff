//! Reliability: many `kamaki` processes on the embedded default sandbox at once, retries
//! against the sandbox's own fault injection, a dead endpoint, and CloudAPI's clock-skew
//! answer.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::TestSandbox;
use serde_json::Value;

fn sdc_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdc").join(name)
}

/// A fresh HOME with no config file (so every command runs the embedded default sandbox
/// on the same data dir) and an SSH key the sandbox registers for CloudAPI.
struct EmbeddedHome {
    dir: tempfile::TempDir,
}

impl EmbeddedHome {
    fn new() -> EmbeddedHome {
        let dir = tempfile::tempdir().expect("temp dir");
        let ssh = dir.path().join("home/.ssh");
        std::fs::create_dir_all(&ssh).expect("ssh dir");
        std::fs::copy(sdc_fixture("ed25519"), ssh.join("id_ed25519")).expect("key");
        std::fs::copy(sdc_fixture("ed25519.pub"), ssh.join("id_ed25519.pub")).expect("public key");
        EmbeddedHome { dir }
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.args(args)
            .env("HOME", self.home())
            .env("SDC_KEY_ID", self.home().join(".ssh/id_ed25519"))
            .env("NO_COLOR", "1")
            .env_remove("KAMAKI_CONFIG")
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .env_remove("SSH_AUTH_SOCK")
            .env_remove("TRITON_KEY_ID")
            .env_remove("TRITON_URL")
            .env_remove("SDC_URL")
            // CI exports the swift CLI's variables for tests/swift.rs; with them a
            // config-less kamaki would talk to that Swift instead of the embedded sandbox.
            .env_remove("ST_AUTH")
            .env_remove("ST_USER")
            .env_remove("ST_KEY")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    fn spawn(&self, args: &[&str]) -> Child {
        self.command(args).spawn().expect("start kamaki")
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut full = args.to_vec();
        full.extend(["-o", "json"]);
        let output = self.command(&full).output().expect("run kamaki");
        assert!(output.status.success(), "`kamaki {}`: {}", args.join(" "), text(&output.stderr));
        serde_json::from_slice(&output.stdout).expect("JSON output")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn quota_usage(quotas: &Value, resource: &str) -> i64 {
    quotas
        .as_array()
        .expect("quota list")
        .iter()
        .filter(|q| q["resource"] == resource)
        .map(|q| q["usage"].as_i64().unwrap_or_default())
        .sum()
}

/// 36 processes at once on one data dir: uploads, CloudAPI machines, LINSTOR resource
/// definitions, Cyclades servers and reads. Every one succeeds, every object reads back
/// byte-identical, and counts and quotas are exact afterwards; the quota stays exact
/// when more servers race for it than it allows.
#[test]
fn many_processes_share_the_embedded_sandbox() {
    let home = EmbeddedHome::new();
    let files = home.dir.path().join("files");
    std::fs::create_dir_all(&files).expect("files dir");
    let mut uploaded = Vec::new();
    for i in 0..12usize {
        // Different sizes, some over one 4 MiB block; content differs per file.
        let size = 50_000 + i * 400_000;
        let body: Vec<u8> = (0..size).map(|n| ((n * 31 + i * 7) % 251) as u8).collect();
        let path = files.join(format!("f{i}.bin"));
        std::fs::write(&path, &body).expect("write file");
        uploaded.push((path, body));
    }

    let mut jobs: Vec<(String, Child)> = Vec::new();
    let mut start = |args: Vec<String>| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        jobs.push((args.join(" "), home.spawn(&refs)));
    };
    for (i, (path, _)) in uploaded.iter().enumerate() {
        start(vec!["file".into(), "upload".into(), path.display().to_string(), format!("/pithos/f{i}.bin")]);
    }
    for i in 0..6 {
        start(["sdc", "machine", "create", "--name", &format!("m{i}")].map(String::from).to_vec());
    }
    for i in 0..6 {
        start(["linstor", "resource-definition", "create", &format!("rd{i}")].map(String::from).to_vec());
    }
    for i in 0..4 {
        let name = format!("s{i}");
        start(
            ["server", "create", "--name", &name, "--flavor", "1", "--image", "Debian Base"]
                .map(String::from)
                .to_vec(),
        );
    }
    for args in [
        vec!["file", "list", "/pithos"],
        vec!["sdc", "machine", "list"],
        vec!["linstor", "resource-definition", "list"],
        vec!["server", "list"],
        vec!["astakos", "quota", "list"],
        vec!["astakos", "user", "info"],
        vec!["sdc", "package", "list"],
        vec!["linstor", "node", "list"],
    ] {
        start(args.into_iter().map(String::from).collect());
    }
    assert!(jobs.len() >= 32, "{} processes", jobs.len());
    let failures: Vec<String> = jobs
        .into_iter()
        .filter_map(|(what, child)| {
            let output = child.wait_with_output().expect("wait for kamaki");
            (!output.status.success()).then(|| format!("`kamaki {what}`: {}", text(&output.stderr)))
        })
        .collect();
    assert!(failures.is_empty(), "{} processes failed:\n{}", failures.len(), failures.join("\n"));

    for (i, (_, body)) in uploaded.iter().enumerate() {
        let back = files.join(format!("back{i}.bin"));
        let output = home
            .command(&["file", "download", &format!("/pithos/f{i}.bin"), &back.display().to_string()])
            .output()
            .expect("download");
        assert!(output.status.success(), "download f{i}: {}", text(&output.stderr));
        assert!(std::fs::read(&back).expect("read back") == *body, "f{i}.bin differs after the round trip");
    }
    let objects = home.json(&["file", "list", "/pithos"]);
    assert_eq!(objects.as_array().map(Vec::len), Some(12), "{objects}");
    let machines = home.json(&["sdc", "machine", "list"]);
    assert_eq!(machines.as_array().map(Vec::len), Some(6), "{machines}");
    let mut ips: Vec<String> = machines
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|m| m["ips"].as_array().cloned().unwrap_or_default())
        .map(|ip| ip.to_string())
        .collect();
    let assigned = ips.len();
    ips.sort();
    ips.dedup();
    assert_eq!(ips.len(), assigned, "two machines share an address: {machines}");
    let definitions = home.json(&["linstor", "resource-definition", "list"]);
    assert_eq!(definitions.as_array().map(Vec::len), Some(6), "{definitions}");
    let servers = home.json(&["server", "list"]);
    assert_eq!(servers.as_array().map(Vec::len), Some(4), "{servers}");

    let quotas = home.json(&["astakos", "quota", "list"]);
    assert_eq!(quota_usage(&quotas, "cyclades.vm"), 4);
    let bytes: usize = uploaded.iter().map(|(_, body)| body.len()).sum();
    assert_eq!(quota_usage(&quotas, "pithos.diskspace"), bytes as i64);

    // The demo project allows 4 VMs and all 4 are in use: servers racing for more all
    // fail with the quota error, and the usage stays exact.
    let racers: Vec<Child> = (0..4)
        .map(|i| {
            home.spawn(&[
                "server",
                "create",
                "--name",
                &format!("extra{i}"),
                "--flavor",
                "1",
                "--image",
                "Debian Base",
            ])
        })
        .collect();
    for child in racers {
        let output = child.wait_with_output().expect("wait");
        assert!(!output.status.success(), "a server beyond the quota was created");
        assert!(text(&output.stderr).contains("cyclades.vm"), "{}", text(&output.stderr));
    }
    let quotas = home.json(&["astakos", "quota", "list"]);
    assert_eq!(quota_usage(&quotas, "cyclades.vm"), 4);
    assert_eq!(home.json(&["server", "list"]).as_array().map(Vec::len), Some(4));
}

/// Idempotent calls through the sandbox's own fault injection (20 % of requests answer
/// 503, 10 % of connections are dropped) all succeed; a create is never repeated.
#[test]
fn retries_hide_injected_faults_from_idempotent_calls() {
    let sandbox = TestSandbox::start_with(&["--error-rate", "0.2", "--drop-rate", "0.1"]);
    let mut failed = Vec::new();
    for i in 0..60 {
        let args: &[&str] = match i % 3 {
            0 => &["astakos", "user", "info"],
            1 => &["file", "list", "/pithos"],
            _ => &["server", "list"],
        };
        let output = sandbox.cmd().args(args).output().expect("run kamaki");
        if !output.status.success() {
            failed.push(format!("`kamaki {}`: {}", args.join(" "), text(&output.stderr)));
        }
    }
    assert!(failed.is_empty(), "{} of 60 calls failed:\n{}", failed.len(), failed.join("\n"));
}

/// A POST that creates something is sent once: when the sandbox answers the create with a
/// 503 (injected into that POST only, so the token exchange and lookups go through), the
/// command fails and nothing exists, where a repeated POST would have created it.
#[test]
fn a_create_is_never_repeated() {
    let key = sdc_fixture("ed25519.pub").display().to_string();
    let sandbox = TestSandbox::start_with(&["--sdc-key", &key, "--sdc-delay", "100ms"]);
    let fail_next_post = |path: &str| {
        let faults = sandbox.json(&[
            "sandbox",
            "faults",
            "--fail-next",
            "1",
            "--fail-method",
            "post",
            "--fail-path",
            path,
        ]);
        assert_eq!(faults["fail_methods"], serde_json::json!(["POST"]), "{faults}");
    };
    let creates: [(&str, &[&str]); 3] = [
        ("/servers", &["server", "create", "--name", "once", "--flavor", "1", "--image", "Debian Base"]),
        ("/machines", &["sdc", "machine", "create", "--name", "once"]),
        ("/resource-definitions", &["linstor", "resource-definition", "create", "once"]),
    ];
    for (path, create) in creates {
        fail_next_post(path);
        let stderr = common::fails(sandbox.cmd().env("SDC_KEY_ID", sdc_fixture("ed25519")).args(create), 1);
        assert!(stderr.contains("503"), "`kamaki {}`: {stderr}", create.join(" "));
        assert!(stderr.contains("only once") && stderr.contains("check whether it took effect"), "{stderr}");
    }
    assert_eq!(sandbox.json(&["server", "list"]), serde_json::json!([]));
    let machines =
        common::json(sandbox.cmd().env("SDC_KEY_ID", sdc_fixture("ed25519")), &["sdc", "machine", "list"]);
    assert_eq!(machines, serde_json::json!([]));
    let definitions = sandbox.json(&["linstor", "resource-definition", "list"]);
    assert_eq!(definitions, serde_json::json!([]));
    // The same lookups with a failed GET: an idempotent request is repeated and succeeds.
    sandbox.json(&[
        "sandbox",
        "faults",
        "--fail-next",
        "1",
        "--fail-method",
        "GET",
        "--fail-path",
        "/servers",
    ]);
    assert_eq!(sandbox.json(&["server", "list"]), serde_json::json!([]));
}

/// An endpoint that accepts connections and never answers: a timed-out attempt uses up
/// most of the retry budget, so the command gives up after one repeat, not five.
#[test]
fn a_dead_endpoint_is_tried_twice_not_five_times() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let accepted = std::thread::spawn(move || {
        listener.set_nonblocking(true).expect("nonblocking");
        let mut held = Vec::new();
        let idle_since = std::time::Instant::now();
        // Counts connections until none has come for a while after the command ended.
        while idle_since.elapsed() < std::time::Duration::from_secs(8) {
            match listener.accept() {
                Ok((stream, _)) => held.push(stream),
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
        held.len()
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[clouds.dead]\nurl = \"http://127.0.0.1:{port}/identity/v2.0\"\ntoken = \"t\"\n"),
    )
    .expect("config");
    let output = Command::new(env!("CARGO_BIN_EXE_kamaki"))
        .args(["--timeout", "1s", "astakos", "user", "info"])
        .env("KAMAKI_CONFIG", &config)
        .env("HOME", dir.path())
        .env_remove("KAMAKI_CLOUD")
        .output()
        .expect("run kamaki");
    assert_eq!(output.status.code(), Some(124), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("after 2 attempts"), "{}", text(&output.stderr));
    assert_eq!(accepted.join().expect("listener"), 2);
}

/// CloudAPI's real clock-skew refusal: the error says how far off the local clock is,
/// from the server's `Date`, and what to do.
#[test]
fn clock_skew_says_how_far_off_the_clock_is() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = [0u8; 8192];
            let _ = stream.read(&mut request);
            // The server's clock is 10 minutes behind ours.
            let server_now = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
            let body = r#"{"code":"InvalidHeader","message":"Authorization header invalid: clock skew of 600.012s was greater than 300s"}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 400 Bad Request\r\nDate: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                httpdate::fmt_http_date(server_now),
                body.len()
            );
        }
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[clouds.skewed]\nurl = \"http://127.0.0.1:1/identity/v2.0\"\ntoken = \"t\"\n[clouds.skewed.sdc]\nurl = \"http://127.0.0.1:{port}\"\naccount = \"demo\"\n"),
    )
    .expect("config");
    let output = Command::new(env!("CARGO_BIN_EXE_kamaki"))
        .args(["sdc", "machine", "list"])
        .env("KAMAKI_CONFIG", &config)
        .env("HOME", dir.path())
        .env("SDC_KEY_ID", sdc_fixture("ed25519"))
        .env_remove("KAMAKI_CLOUD")
        .env_remove("SSH_AUTH_SOCK")
        .output()
        .expect("run kamaki");
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("ahead of the server's by 10 min"), "{stderr}");
    assert!(stderr.contains("synchronise"), "{stderr}");
}
