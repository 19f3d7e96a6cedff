//! A sandbox per test file or test: `kamaki sandbox serve` on an ephemeral loopback port
//! in a temp dir, a config pointing at it, and a command builder.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

pub struct TestSandbox {
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
    /// What `sandbox serve -o json` printed: url, identity_url, sdc_url, linstor_url,
    /// user, uuid, token.
    pub endpoints: Value,
    child: Child,
}

impl TestSandbox {
    /// Starts a sandbox with no extra flags.
    pub fn start() -> TestSandbox {
        Self::start_with(&[])
    }

    /// Starts a sandbox with extra `sandbox serve` flags (faults, `--sdc-key`).
    pub fn start_with(extra: &[&str]) -> TestSandbox {
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
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kamaki"));
        cmd.env("KAMAKI_CONFIG", &self.config)
            .env("HOME", self.dir.path().join("home"))
            .env_remove("KAMAKI_CLOUD")
            .env_remove("KAMAKI_OUTPUT")
            .env_remove("SSH_AUTH_SOCK")
            .env("NO_COLOR", "1");
        cmd
    }

    pub fn token(&self) -> &str {
        self.endpoints["token"].as_str().unwrap_or_default()
    }

    pub fn uuid(&self) -> &str {
        self.endpoints["uuid"].as_str().unwrap_or_default()
    }

    /// Runs a command that must succeed with `-o json` and returns its parsed output.
    pub fn json(&self, args: &[&str]) -> Value {
        let output = self.cmd().args(args).args(["-o", "json"]).output().expect("run kamaki");
        assert!(
            output.status.success(),
            "`kamaki {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!(
                "`kamaki {}` printed invalid JSON ({e}): {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stdout)
            )
        })
    }
}

impl Drop for TestSandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
}
