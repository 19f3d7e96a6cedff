//! The environment other clients already use wins over the config file and the embedded
//! sandbox (flags > environment > config file > embedded default), Swift clouds are told
//! by their keys, and bad settings are reported where they are.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Command;

use common::{TestSandbox, sdc_fixture, without_overlays, write_private};
use predicates::prelude::*;
use serde_json::Value;

/// `kamaki` with a HOME of its own and no config file, so that only the environment the
/// test sets can point it away from the embedded sandbox.
fn configless(home: &Path) -> assert_cmd::Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kamaki"));
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("NO_COLOR", "1")
        .env_remove("KAMAKI_CONFIG")
        .env_remove("KAMAKI_OUTPUT")
        .env_remove("SSH_AUTH_SOCK");
    without_overlays(&mut cmd);
    assert_cmd::Command::from_std(cmd)
}

/// A sandbox whose CloudAPI account knows the `ed25519` test key, with a machine named
/// `elsewhere` that exists only in its data dir.
fn sdc_sandbox() -> TestSandbox {
    let key = sdc_fixture("ed25519.pub");
    let sandbox = TestSandbox::start_with(&["--sdc-key", key.to_str().expect("path"), "--sdc-delay", "0s"]);
    let mut create = sandbox.cmd();
    create.env("SDC_KEY_ID", sdc_fixture("ed25519"));
    common::json(&mut create, &["sdc", "machine", "create", "--name", "elsewhere"]);
    sandbox
}

fn stdout_json(output: &std::process::Output) -> Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

#[test]
fn with_no_config_file_the_sdc_variables_pick_the_cloudapi_endpoint() {
    let sandbox = sdc_sandbox();
    let sdc_url = sandbox.endpoints["sdc_url"].as_str().expect("sdc_url").to_string();
    let home = tempfile::tempdir().expect("home");
    let output = configless(home.path())
        .env("SDC_URL", &sdc_url)
        .env("SDC_ACCOUNT", "demo")
        .env("SDC_KEY_ID", sdc_fixture("ed25519"))
        .args(["-v", "sdc", "machine", "list", "-o", "json"])
        .output()
        .expect("run kamaki");
    let machines = stdout_json(&output);
    assert_eq!(common::names(&machines), ["elsewhere"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("sdc.url {sdc_url}")) && stderr.contains("(from `SDC_URL`)"),
        "{stderr}"
    );
    assert!(stderr.contains("sdc.account demo (from `SDC_ACCOUNT`)"), "{stderr}");
    // The rest of the cloud is still the embedded sandbox.
    assert!(stderr.contains("(from the embedded sandbox)"), "{stderr}");

    let account = configless(home.path())
        .env("TRITON_URL", &sdc_url)
        .env("TRITON_ACCOUNT", "demo")
        .env("TRITON_KEY_ID", sdc_fixture("ed25519"))
        .args(["sdc", "account", "-o", "json"])
        .output()
        .expect("run kamaki");
    assert_eq!(stdout_json(&account)["login"], "demo");
}

#[test]
fn the_environment_wins_over_the_config_file() {
    let sandbox = sdc_sandbox();
    let config = sandbox.dir.path().join("stale.toml");
    // Endpoints nobody answers at: only the environment can make these commands work.
    write_private(
        &config,
        "[clouds.stale]\nurl = \"http://127.0.0.1:1/identity/v2.0\"\ntoken = \"x\"\n\
         [clouds.stale.sdc]\nurl = \"http://127.0.0.1:1\"\naccount = \"nobody\"\n\
         [clouds.stale.linstor]\ncontrollers = [\"http://127.0.0.1:1\"]\n",
    );
    let sdc_url = sandbox.endpoints["sdc_url"].as_str().expect("sdc_url");
    let output = sandbox
        .cmd()
        .env("KAMAKI_CONFIG", &config)
        .env("TRITON_URL", sdc_url)
        .env("TRITON_ACCOUNT", "demo")
        .env("SDC_KEY_ID", sdc_fixture("ed25519"))
        .args(["-v", "--retries", "0", "sdc", "machine", "list", "-o", "json"])
        .output()
        .expect("run kamaki");
    assert_eq!(common::names(&stdout_json(&output)), ["elsewhere"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("(from `TRITON_URL`)"), "{stderr}");
    assert!(
        stderr.contains(&format!("url http://127.0.0.1:1/identity/v2.0 (from `{}`)", config.display())),
        "{stderr}"
    );

    let linstor_url = sandbox.endpoints["linstor_url"].as_str().expect("linstor_url");
    let nodes = sandbox
        .cmd()
        .env("KAMAKI_CONFIG", &config)
        .env("LS_CONTROLLERS", linstor_url)
        .args(["--retries", "0", "linstor", "node", "list", "-o", "json"])
        .output()
        .expect("run kamaki");
    assert!(common::names(&stdout_json(&nodes)).contains(&"bravo".to_string()));

    // A variable that is not a URL is a usage error naming it, before anything is sent.
    sandbox
        .cmd()
        .env("KAMAKI_CONFIG", &config)
        .env("SDC_URL", "sdc.example.org")
        .args(["sdc", "account"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`SDC_URL` is `sdc.example.org`, which is not an http(s) URL"));
}

#[test]
fn clouds_with_swift_keys_are_swift_clouds_without_a_kind() {
    let sandbox = TestSandbox::start();
    let base = sandbox.endpoints["url"].as_str().expect("url");
    let local = sandbox.dir.path().join("note.txt");
    std::fs::write(&local, b"by their keys").expect("write");
    let clouds = [
        (
            "v1-auth",
            format!(
                "auth_url = \"{base}/auth/v1.0\"\nuser = \"user@example.com\"\nkey = \"{}\"\n",
                sandbox.token()
            ),
        ),
        (
            "storage-url",
            format!(
                "storage_url = \"{base}/object-store/v1/{}\"\ntoken = \"{}\"\n",
                sandbox.uuid(),
                sandbox.token()
            ),
        ),
    ];
    for (name, keys) in clouds {
        let config = sandbox.dir.path().join(format!("{name}.toml"));
        write_private(&config, &format!("[clouds.{name}]\n{keys}"));
        let run = |args: &[&str]| {
            let mut cmd = sandbox.cmd();
            cmd.env("KAMAKI_CONFIG", &config);
            common::json(&mut cmd, args)
        };
        let remote = format!("/pithos/{name}.txt");
        run(&["file", "upload", local.to_str().expect("path"), &remote]);
        let listing = run(&["file", "list", "/pithos"]);
        assert!(common::names(&listing).contains(&format!("{name}.txt")), "{name}: {listing}");
        // The Synnefo services are not there, and the error says so.
        sandbox
            .cmd()
            .env("KAMAKI_CONFIG", &config)
            .args(["astakos", "user", "info"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("cloud `{name}` is a plain Swift object store")));
    }
}

#[test]
fn empty_or_bad_swift_variables_are_usage_errors() {
    let home = tempfile::tempdir().expect("home");
    let output = configless(home.path()).env("ST_AUTH", "").args(["file", "list"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`ST_AUTH` is set but empty") && stderr.contains("unset ST_AUTH"), "{stderr}");
    assert!(!stderr.contains("builder error"), "{stderr}");
    configless(home.path())
        .env("ST_AUTH", "localhost:8080/auth/v1.0")
        .args(["file", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`ST_AUTH` is `localhost:8080/auth/v1.0`, which is not an http(s) URL",
        ));
    configless(home.path())
        .env("ST_AUTH", "http://127.0.0.1:1/auth/v1.0")
        .env("ST_USER", "test:tester")
        .env("ST_KEY", " ")
        .args(["file", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`ST_KEY` is set but empty"));
}
