//! `kamaki sandbox serve` tells other clients everything they need: its table and JSON
//! name every endpoint and the CloudAPI login, and `--print-env` exports what kamaki, the
//! swift CLI and rclone, triton and linstor-client read, with values the sandbox accepts.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{TestSandbox, sdc_fixture};

/// The fields scripts rely on, old and new.
const ENDPOINT_FIELDS: [&str; 9] = [
    "url",
    "identity_url",
    "swift_auth_url",
    "sdc_url",
    "sdc_account",
    "linstor_url",
    "user",
    "uuid",
    "token",
];

/// A `sandbox serve` started with `args` in its own temp dir, killed on drop.
struct Serve {
    child: Child,
    lines: mpsc::Receiver<String>,
    dir: tempfile::TempDir,
}

impl Serve {
    fn start(args: &[&str]) -> Serve {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_kamaki"))
            .args(["sandbox", "serve", "--bind", "127.0.0.1:0", "--data"])
            .arg(dir.path().join("data"))
            .args(args)
            .env("HOME", dir.path())
            .env("NO_COLOR", "1")
            .env_remove("KAMAKI_CONFIG")
            .env_remove("KAMAKI_OUTPUT")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start kamaki sandbox serve");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Serve { child, lines, dir }
    }

    /// The lines printed up to (and with) the first one for which `last` holds; fails
    /// rather than hangs when the serve never prints it.
    fn read_until(&self, last: impl Fn(&str) -> bool) -> Vec<String> {
        let mut read = Vec::new();
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("sandbox serve stopped printing after {read:?}"));
            let done = last(&line);
            read.push(line);
            if done {
                return read;
            }
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `export NAME='VALUE'` lines as a map; any other line fails the test.
fn exports(lines: &[String]) -> BTreeMap<String, String> {
    lines
        .iter()
        .map(|line| {
            let assignment = line.strip_prefix("export ").unwrap_or_else(|| panic!("not an export: {line}"));
            let (name, quoted) = assignment.split_once('=').expect("NAME=VALUE");
            let value = quoted.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')).expect("single-quoted");
            (name.to_string(), value.to_string())
        })
        .collect()
}

#[test]
fn json_and_table_name_every_endpoint_and_the_cloudapi_login() {
    let sandbox = TestSandbox::start();
    for field in ENDPOINT_FIELDS {
        let value = sandbox.endpoints[field].as_str().unwrap_or_default();
        assert!(!value.is_empty(), "`{field}` missing from {}", sandbox.endpoints);
    }
    assert_eq!(sandbox.endpoints["sdc_account"], "demo");

    let serve = Serve::start(&[]);
    let header = serve.read_until(|_| true);
    assert!(header[0].contains("FIELD") && header[0].contains("VALUE"), "{header:?}");
    let rows = serve.read_until(|line| line.trim_start().starts_with("token "));
    for field in ENDPOINT_FIELDS {
        assert!(
            rows.iter().any(|row| row.trim_start().starts_with(&format!("{field} "))),
            "{field}: {rows:?}"
        );
    }
    let account = rows.iter().find(|row| row.trim_start().starts_with("sdc_account ")).expect("row");
    assert_eq!(account.split_whitespace().nth(1), Some("demo"));
}

#[test]
fn print_env_exports_what_swift_triton_and_linstor_clients_read() {
    let key = sdc_fixture("ed25519.pub");
    let serve = Serve::start(&["--print-env", "--sdc-key", key.to_str().expect("path")]);
    let env = exports(&serve.read_until(|line| line.starts_with("export LS_CONTROLLERS=")));
    let names: Vec<&str> = env.keys().map(String::as_str).collect();
    for name in [
        "KAMAKI_SANDBOX_URL",
        "KAMAKI_IDENTITY_URL",
        "KAMAKI_TOKEN",
        "ST_AUTH",
        "ST_USER",
        "ST_KEY",
        "SDC_URL",
        "SDC_ACCOUNT",
        "SDC_KEY_ID",
        "LS_CONTROLLERS",
    ] {
        assert!(names.contains(&name), "{name} not in {names:?}");
    }
    assert_eq!(env["ST_AUTH"], format!("{}/auth/v1.0", env["KAMAKI_SANDBOX_URL"]));
    assert_eq!(env["ST_USER"], "user@example.com");
    assert_eq!(env["ST_KEY"], env["KAMAKI_TOKEN"]);
    assert_eq!(env["SDC_ACCOUNT"], "demo");

    // The ST_* values pass the sandbox's Swift v1 auth, as the swift CLI and rclone use
    // them: kamaki without a config file is a Swift client of exactly these variables.
    let home = serve.dir.path().join("client-home");
    std::fs::create_dir_all(&home).expect("home");
    let swift_client = |st_key: &str| {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.env("HOME", &home)
            .env("KAMAKI_CONFIG", home.join("no-config.toml"))
            .env("ST_AUTH", &env["ST_AUTH"])
            .env("ST_USER", &env["ST_USER"])
            .env("ST_KEY", st_key)
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT");
        cmd
    };
    let local = serve.dir.path().join("notes.txt");
    std::fs::write(&local, b"from a swift client").expect("write");
    common::json(
        &mut swift_client(&env["ST_KEY"]),
        &["file", "upload", local.to_str().expect("p"), "/pithos/"],
    );
    let listed = common::json(&mut swift_client(&env["ST_KEY"]), &["file", "list", "/pithos"]);
    assert_eq!(common::names(&listed), vec!["notes.txt".to_string()]);
    let stderr = common::fails(swift_client("not-the-token").args(["file", "list"]), 4);
    assert!(stderr.contains("user@example.com"), "{stderr}");

    // SDC_KEY_ID is the MD5 fingerprint CloudAPI lists for the registered key.
    let config = serve.dir.path().join("sdc.toml");
    common::write_private(
        &config,
        &format!(
            "default_cloud = \"s\"\n[clouds.s]\nurl = \"{}\"\ntoken = \"{}\"\n[clouds.s.sdc]\nurl = \"{}\"\naccount = \"{}\"\nkey_id = \"{}\"\n",
            env["KAMAKI_IDENTITY_URL"],
            env["KAMAKI_TOKEN"],
            env["SDC_URL"],
            env["SDC_ACCOUNT"],
            sdc_fixture("ed25519").display(),
        ),
    );
    let mut sdc = common::kamaki(&config);
    sdc.env("HOME", &home).env_remove("SDC_KEY_ID").env_remove("SDC_URL").env_remove("SDC_ACCOUNT");
    let keys = common::json(&mut sdc, &["sdc", "key", "list"]);
    let fingerprints: Vec<&str> =
        keys.as_array().expect("keys").iter().filter_map(|k| k["fingerprint"].as_str()).collect();
    assert_eq!(fingerprints, vec![env["SDC_KEY_ID"].as_str()]);
}

#[test]
fn print_env_without_an_sdc_key_exports_no_key_id() {
    let serve = Serve::start(&["--print-env"]);
    let env = exports(&serve.read_until(|line| line.starts_with("export LS_CONTROLLERS=")));
    assert!(!env.contains_key("SDC_KEY_ID"), "{env:?}");
    assert!(env.contains_key("ST_AUTH") && env.contains_key("SDC_ACCOUNT"));
}

/// The README shows exactly the command lines scripts/other-clients.sh runs.
#[test]
fn readme_shows_the_client_lines_the_script_runs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = std::fs::read_to_string(root.join("scripts/other-clients.sh")).expect("script");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let lines: Vec<&str> = script.lines().collect();
    let checked: Vec<String> = lines
        .windows(2)
        .filter(|pair| pair[0].starts_with("check ") && pair[0].ends_with('\\'))
        .map(|pair| {
            let quoted = pair[1].trim();
            quoted[1..quoted.len() - 1].to_string()
        })
        .collect();
    assert_eq!(checked.len(), 4, "{checked:?}");
    for line in &checked {
        assert!(readme.lines().any(|l| l == line), "README lacks `{line}`");
    }
}
