//! What every test file shares: a sandbox per test (`kamaki sandbox serve` on an ephemeral
//! loopback port in a temp dir, a config pointing at it, and a command builder), running
//! commands that must succeed or fail, and reading their JSON.

// Helpers, not tests: a failed setup step panics with its reason, as a test would.
#![allow(dead_code, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

pub(crate) struct TestSandbox {
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
    /// What `sandbox serve -o json` printed: url, identity_url, sdc_url, linstor_url,
    /// user, uuid, token.
    pub endpoints: Value,
    child: Child,
}

impl TestSandbox {
    /// Starts a sandbox with no extra flags.
    pub(crate) fn start() -> TestSandbox {
        Self::start_with(&[])
    }

    /// Starts a sandbox with extra `sandbox serve` flags (faults, `--sdc-key`).
    pub(crate) fn start_with(extra: &[&str]) -> TestSandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).expect("home dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_kamaki"))
            .args(["sandbox", "serve", "--bind", "127.0.0.1:0", "--data"])
            .arg(&data)
            .args(["-o", "json"])
            .args(extra)
            .env("HOME", &home)
            // The test-only state endpoint (src/sandbox/inspect.rs).
            .env("KAMAKI_SANDBOX_INSPECT", "1")
            .env_remove("KAMAKI_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start kamaki sandbox serve");
        let stdout = child.stdout.take().expect("sandbox stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("sandbox endpoints");
        let endpoints: Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("sandbox printed `{line}` instead of its endpoints: {e}"));
        let config = dir.path().join("config.toml");
        let text = format!(
            "default_cloud = \"test\"\n[clouds.test]\nurl = \"{}\"\ntoken = \"{}\"\n\
             [clouds.test.sdc]\nurl = \"{}\"\naccount = \"demo\"\n\
             [clouds.test.linstor]\ncontrollers = [\"{}\"]\n",
            endpoints["identity_url"].as_str().unwrap_or_default(),
            endpoints["token"].as_str().unwrap_or_default(),
            endpoints["sdc_url"].as_str().unwrap_or_default(),
            endpoints["linstor_url"].as_str().unwrap_or_default(),
        );
        write_private(&config, &text);
        TestSandbox { dir, config, endpoints, child }
    }

    /// `kamaki` with this sandbox's config, a private HOME, and no inherited settings.
    pub(crate) fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.process())
    }

    /// The same as [`TestSandbox::cmd`], for a process the test starts and stops itself.
    pub(crate) fn process(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.env("KAMAKI_CONFIG", &self.config)
            .env("HOME", self.dir.path().join("home"))
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT")
            .env_remove("SSH_AUTH_SOCK")
            .env("NO_COLOR", "1");
        without_overlays(&mut cmd);
        cmd
    }

    pub(crate) fn token(&self) -> &str {
        self.endpoints["token"].as_str().unwrap_or_default()
    }

    pub(crate) fn uuid(&self) -> &str {
        self.endpoints["uuid"].as_str().unwrap_or_default()
    }

    /// Runs a command that must succeed with `-o json` and returns its parsed output.
    pub(crate) fn json(&self, args: &[&str]) -> Value {
        json(&mut self.cmd(), args)
    }

    /// Runs a command that must succeed; returns its stdout.
    pub(crate) fn stdout(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&succeeds(&mut self.cmd(), args).stdout).into_owned()
    }

    /// Runs a command that must fail with `code`; returns its stderr.
    pub(crate) fn fails(&self, args: &[&str], code: i32) -> String {
        fails(self.cmd().args(args), code)
    }

    /// The seeded second user, `other@example.com`, with a config of its own (this one's
    /// with the other user's token).
    pub(crate) fn other_user(&self) -> OtherUser {
        let users = self.inspect("GET", "docs/user", None);
        let users = users.as_array().expect("a list of users");
        let other = users.iter().find(|u| u["name"] == "other@example.com").expect("the seeded other user");
        let token = other["token"].as_str().expect("token").to_string();
        let text = std::fs::read_to_string(&self.config).expect("config").replace(self.token(), &token);
        let config = self.dir.path().join("other.toml");
        write_private(&config, &text);
        OtherUser { uuid: other["uuid"].as_str().expect("uuid").to_string(), token, config }
    }

    /// `kamaki` as the seeded second user.
    pub(crate) fn as_other(&self) -> assert_cmd::Command {
        let mut cmd = self.cmd();
        cmd.env("KAMAKI_CONFIG", self.other_user().config);
        cmd
    }

    /// Creates a server from `Debian Base` and waits until it is ACTIVE; returns it. The
    /// flavor is `1` unless `extra` names one.
    pub(crate) fn server(&self, name: &str, extra: &[&str]) -> Value {
        let mut args = vec!["server", "create", "--name", name, "--image", "Debian Base", "--wait"];
        if !extra.contains(&"--flavor") {
            args.extend(["--flavor", "1"]);
        }
        args.extend_from_slice(extra);
        let server = self.json(&args);
        assert_eq!(server["status"], "ACTIVE", "{server}");
        server
    }

    /// The id of the seeded course project (`CS333 lab assignments`), which the user is a
    /// member of.
    pub(crate) fn course_project(&self) -> String {
        let projects = self.json(&["astakos", "project", "list", "--mine"]);
        let projects = projects.as_array().expect("a list");
        let course =
            projects.iter().find(|p| p["name"] == "CS333 lab assignments").expect("the course project");
        course["id"].as_str().expect("an id").to_string()
    }

    /// Calls the sandbox's test-only state endpoint (`/_sandbox/inspect/PATH`, see
    /// src/sandbox/inspect.rs) as this sandbox's user; it must succeed.
    pub(crate) fn inspect(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/_sandbox/inspect/{path}", self.endpoints["url"].as_str().expect("url"));
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async {
            let mut request =
                reqwest::Client::new().request(method, &url).header("X-Auth-Token", self.token());
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.expect("reach the sandbox");
            let status = response.status();
            let text = response.text().await.expect("read the answer");
            assert!(status.is_success(), "{url}: {status} {text}");
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{url} answered `{text}`: {e}"))
        })
    }

    /// Usage of `resource` in `project`, as `server quota` reports it.
    pub(crate) fn usage(&self, project: &str, resource: &str) -> i64 {
        let rows = self.json(&["server", "quota", "--project", project]);
        let row = rows.as_array().expect("a list").iter().find(|row| row["resource"] == resource);
        row.unwrap_or_else(|| panic!("no {resource} in {rows}"))["usage"].as_i64().expect("a number")
    }

    /// Runs one of the scripts of `docs/examples` in this sandbox's directory; it must
    /// succeed. Returns its stdout.
    pub(crate) fn run_example(&self, script: &str, args: &[&str]) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples").join(script);
        let output = Command::new("bash")
            .arg(&path)
            .args(args)
            .current_dir(self.dir.path())
            .env("KAMAKI", env!("CARGO_BIN_EXE_kamaki"))
            .env("KAMAKI_CONFIG", &self.config)
            .env("HOME", self.dir.path().join("home"))
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT")
            .output()
            .expect("run bash");
        assert!(output.status.success(), "{script} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

/// The sandbox's second user.
pub(crate) struct OtherUser {
    pub uuid: String,
    pub token: String,
    /// A config that selects the sandbox as this user.
    pub config: PathBuf,
}

impl Drop for TestSandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The variables of other clients that override a config's endpoints (see
/// `config::Environment`); CI exports the swift ones for tests/swift.rs.
pub(crate) const OVERLAY_VARS: [&str; 12] = [
    "TRITON_URL",
    "SDC_URL",
    "TRITON_ACCOUNT",
    "SDC_ACCOUNT",
    "TRITON_KEY_ID",
    "SDC_KEY_ID",
    "SDC_API_VERSION",
    "LS_CONTROLLERS",
    "ST_AUTH",
    "ST_USER",
    "ST_KEY",
    "KAMAKI_CLOUD",
];

/// Removes [`OVERLAY_VARS`] from a command's environment, so that only what the test sets
/// counts.
pub(crate) fn without_overlays(cmd: &mut Command) -> &mut Command {
    for var in OVERLAY_VARS {
        cmd.env_remove(var);
    }
    cmd
}

pub(crate) fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
}

/// `kamaki` with the config file `config` and no inherited cloud or output settings (for
/// tests without a sandbox).
pub(crate) fn kamaki(config: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kamaki"));
    cmd.env("KAMAKI_CONFIG", config).env_remove("KAMAKI_CLOUD").env_remove("KAMAKI_OUTPUT");
    cmd
}

/// Runs `cmd ARGS…`, which must succeed; returns its output.
pub(crate) fn succeeds(cmd: &mut assert_cmd::Command, args: &[&str]) -> Output {
    let output = cmd.args(args).output().expect("run kamaki");
    assert!(
        output.status.success(),
        "`kamaki {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Runs `cmd ARGS… -o json`, which must succeed; returns its parsed output.
pub(crate) fn json(cmd: &mut assert_cmd::Command, args: &[&str]) -> Value {
    let args = [args, &["-o", "json"]].concat();
    let output = succeeds(cmd, &args);
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "`kamaki {}` printed invalid JSON ({e}): {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Runs a command that must fail with `code` and say why on an `error:` line; returns its
/// stderr.
pub(crate) fn fails(cmd: &mut assert_cmd::Command, code: i32) -> String {
    let output = cmd.output().expect("run kamaki");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{cmd:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "no error line: {stderr}");
    stderr
}

/// A record's `id` as text (Cyclades ids are numbers in some places, strings in others).
pub(crate) fn id(value: &Value) -> String {
    match &value["id"] {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The `name` of every item of a JSON list.
pub(crate) fn names(listing: &Value) -> Vec<String> {
    field(listing, "name")
}

/// `field` of every item of a JSON list (`""` where an item has none).
pub(crate) fn field(listing: &Value, field: &str) -> Vec<String> {
    listing
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {listing}"))
        .iter()
        .map(|item| item[field].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The strings of a JSON list.
pub(crate) fn strings(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|item| item.as_str().unwrap_or_else(|| panic!("not a string: {item}")).to_string())
        .collect()
}

/// Deterministic, incompressible-looking bytes: the same `len` and `seed` give the same
/// bytes, different seeds different ones.
pub(crate) fn data(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect()
}

/// A file of the CloudAPI test keys in `tests/fixtures/sdc`.
pub(crate) fn sdc_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdc").join(name)
}
