//! Every sandbox knob is a `kamaki sandbox serve` option and a `[sandbox]` key of the config
//! file, which the embedded sandbox reads too.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Command;

use common::{TestSandbox, without_overlays, write_private};
use predicates::prelude::*;
use serde_json::Value;

/// Creates a server without waiting and returns its status on the first look.
fn first_status(mut cmd: impl FnMut() -> assert_cmd::Command) -> String {
    let created = common::json(
        &mut cmd(),
        &["server", "create", "--name", "knob", "--image", "Debian Base", "--flavor", "1"],
    );
    let server = common::json(&mut cmd(), &["server", "info", &common::id(&created)]);
    server["status"].as_str().expect("a status").to_string()
}

#[test]
fn build_delay_is_a_serve_option() {
    let quick = TestSandbox::start_with(&["--build-delay", "0s"]);
    assert_eq!(first_status(|| quick.cmd()), "ACTIVE");
    let slow = TestSandbox::start_with(&["--build-delay", "10m"]);
    assert_eq!(first_status(|| slow.cmd()), "BUILD");
}

#[test]
fn linstor_sync_delay_is_a_serve_option() {
    for (delay, outcome) in [("0s", 0), ("10m", 124)] {
        let sandbox = TestSandbox::start_with(&["--linstor-sync-delay", delay]);
        sandbox.json(&["linstor", "r", "place", "knob", "--size", "20MiB"]);
        let output = sandbox
            .cmd()
            .args(["linstor", "r", "wait", "knob", "--timeout", "0.5s", "-o", "json"])
            .timeout(std::time::Duration::from_secs(30))
            .output()
            .expect("run kamaki");
        assert_eq!(
            output.status.code(),
            Some(outcome),
            "{delay}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let record: Value = serde_json::from_slice(&output.stdout).expect("json");
        let expected = if outcome == 0 { "UpToDate" } else { "Inconsistent" };
        assert!(record.to_string().contains(expected), "{delay}: {record}");
    }
}

#[test]
fn sdc_delay_is_a_serve_option() {
    let key = common::sdc_fixture("ed25519.pub");
    for (delay, state) in [("0s", "running"), ("10m", "provisioning")] {
        let sandbox =
            TestSandbox::start_with(&["--sdc-delay", delay, "--sdc-key", key.to_str().expect("path")]);
        let sdc = || {
            let mut cmd = sandbox.cmd();
            cmd.env("SDC_KEY_ID", common::sdc_fixture("ed25519"));
            cmd
        };
        let created = common::json(&mut sdc(), &["sdc", "machine", "create", "--name", "knob"]);
        let machine =
            common::json(&mut sdc(), &["sdc", "machine", "get", created["id"].as_str().expect("id")]);
        assert_eq!(machine["state"], state, "{delay}: {machine}");
    }
}

/// `kamaki` with no cloud configured (the embedded sandbox) and the config file `config`.
fn embedded(home: &Path, config: &Path) -> assert_cmd::Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kamaki"));
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("KAMAKI_CONFIG", config)
        .env("NO_COLOR", "1")
        .env_remove("KAMAKI_OUTPUT")
        .env_remove("SSH_AUTH_SOCK");
    without_overlays(&mut cmd);
    assert_cmd::Command::from_std(cmd)
}

#[test]
fn the_embedded_sandbox_and_serve_read_the_sandbox_table() {
    for (delay, status) in [("0s", "ACTIVE"), ("10m", "BUILD")] {
        let home = tempfile::tempdir().expect("home");
        let config = home.path().join("config.toml");
        write_private(&config, &format!("[sandbox]\nbuild_delay = \"{delay}\"\n"));
        assert_eq!(first_status(|| embedded(home.path(), &config)), status, "embedded, {delay}");
    }
    // `sandbox serve` reads the table too, and its flag wins over it.
    let home = tempfile::tempdir().expect("home");
    let config = home.path().join("config.toml");
    write_private(&config, "[sandbox]\nbuild_delay = \"10m\"\n");
    let served = |extra: &[&str]| {
        let mut args = vec!["--config", config.to_str().expect("path")];
        args.extend_from_slice(extra);
        TestSandbox::start_with(&args)
    };
    let from_table = served(&[]);
    assert_eq!(first_status(|| from_table.cmd()), "BUILD");
    let from_flag = served(&["--build-delay", "0s"]);
    assert_eq!(first_status(|| from_flag.cmd()), "ACTIVE");

    write_private(&config, "[sandbox]\nbuild_delay = \"soon\"\n");
    embedded(home.path(), &config).args(["server", "list"]).assert().code(2).stderr(
        predicate::str::contains("config.toml:2:15").and(predicate::str::contains("sandbox.build_delay")),
    );
}
