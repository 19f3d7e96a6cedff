//! The command tree itself: config handling, completions and man pages, usage errors.

mod common;

use std::path::Path;

use common::{kamaki, write_private};
use predicates::prelude::*;

#[test]
fn generated_completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("KAMAKI_UPDATE_GENERATED").is_some();
    let files = kamaki::cli::completions::generated_files().unwrap();
    let mut stale = Vec::new();
    for (path, content) in &files {
        let full = root.join(path);
        if std::fs::read(&full).ok().as_deref() != Some(content.as_slice()) {
            if update {
                std::fs::create_dir_all(full.parent().unwrap()).unwrap();
                std::fs::write(&full, content).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    // Pages of commands that no longer exist are stale too.
    let expected: std::collections::BTreeSet<_> = files.iter().map(|(p, _)| root.join(p)).collect();
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            if !expected.contains(&entry.path()) {
                if update {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(entry.path().display().to_string());
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files (run `KAMAKI_UPDATE_GENERATED=1 cargo test --test cli`): {stale:?}"
    );
}

#[test]
fn completions_are_printed_for_each_shell() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        kamaki(&dir.path().join("none.toml"))
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("astakos"));
    }
    kamaki(&dir.path().join("none.toml")).args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn config_set_get_list_unset_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("sub").join("config.toml");
    kamaki(&config)
        .args(["config", "set", "clouds.demo.url", "https://a.example/identity/v2.0"])
        .assert()
        .success();
    kamaki(&config).args(["config", "set", "cloud.demo.token", "s3cret"]).assert().success();
    kamaki(&config)
        .args(["config", "set", "clouds.demo.linstor.controllers", r#"["http://c1:3370","http://c2:3370"]"#])
        .assert()
        .success();
    kamaki(&config).args(["config", "set", "default_cloud", "demo"]).assert().success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the config is private");
    }
    kamaki(&config)
        .args(["config", "get", "clouds.demo.url"])
        .assert()
        .success()
        .stdout(predicate::str::contains("https://a.example/identity/v2.0"));
    let list = kamaki(&config).args(["config", "list", "-o", "json"]).output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(list.contains("clouds.demo.linstor.controllers") && list.contains("c2:3370"), "{list}");
    assert!(!list.contains("s3cret"), "secrets are redacted: {list}");
    kamaki(&config).args(["config", "unset", "clouds.demo.token"]).assert().success();
    kamaki(&config).args(["config", "get", "clouds.demo.token"]).assert().code(3);
    kamaki(&config).args(["config", "unset", "clouds.demo.token"]).assert().code(3);
    // Unknown keys are refused and the file is left as it was.
    let before = std::fs::read(&config).unwrap();
    kamaki(&config)
        .args(["config", "set", "clouds.demo.tokn", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tokn"));
    assert_eq!(std::fs::read(&config).unwrap(), before);
    kamaki(&config)
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(predicate::str::contains(config.to_str().unwrap()));
}

#[test]
fn kamakirc_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let rc = dir.path().join("kamakirc");
    std::fs::write(
        &rc,
        "# Kamaki configuration file v0.16\n[global]\ndefault_cloud = okeanos\nlog_file = /tmp/k.log\n\n\
         [cloud \"okeanos\"]\nurl = https://accounts.okeanos.grnet.gr/identity/v2.0\ntoken = tok1 tok2\n\n\
         [cloud \"lab\"]\nurl = https://lab.example/identity/v2.0\ntoken = tok3\npithos_container = data\n",
    )
    .unwrap();
    let config = dir.path().join("config.toml");
    let out = kamaki(&config)
        .args(["config", "import-kamakirc", rc.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("default_cloud = \"okeanos\""), "{text}");
    assert!(text.contains("https://accounts.okeanos.grnet.gr/identity/v2.0"), "{text}");
    assert!(text.contains("pithos_container = \"data\""), "{text}");
    assert!(text.contains("token = \"tok1\"") && !text.contains("tok2"), "{text}");
    // A second import clashes unless asked to replace.
    kamaki(&config).args(["config", "import-kamakirc", rc.to_str().unwrap()]).assert().code(5);
    kamaki(&config).args(["config", "import-kamakirc", rc.to_str().unwrap(), "--replace"]).assert().success();
    kamaki(&config).args(["config", "import-kamakirc", "/no/such/kamakirc"]).assert().code(3);
}

#[test]
fn a_malformed_config_names_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    write_private(&config, "default_cloud = \"a\"\n\n[clouds.a]\nurl = \"http://x\"\ncolour = \"red\"\n");
    kamaki(&config).args(["astakos", "user", "info"]).assert().code(2).stderr(
        predicate::str::contains("config.toml:5:1")
            .and(predicate::str::contains("key `clouds.a.colour`"))
            .and(predicate::str::contains("5 | colour = \"red\"")),
    );
    write_private(&config, "default_cloud = \n");
    kamaki(&config).args(["config", "list"]).assert().code(2).stderr(
        predicate::str::contains("config.toml:1:").and(predicate::str::contains("key `default_cloud`")),
    );
    write_private(&config, "[clouds.a]\nurl = \"http://x\"\n[clouds.a.sdc]\nsignature = \"hs2019\"\n");
    kamaki(&config).args(["config", "list"]).assert().code(2).stderr(
        predicate::str::contains("config.toml:4:13")
            .and(predicate::str::contains("key `clouds.a.sdc.signature`"))
            .and(predicate::str::contains("4 | signature = \"hs2019\"")),
    );
}

#[test]
fn config_set_of_an_unknown_key_lists_the_keys_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let text = "# my clouds\ndefault_cloud = \"a\"\n\n[clouds.a]\nurl = \"http://x\" # the lab\n";
    write_private(&config, text);
    for key in ["no_such.key", "clouds.a.colour", "clouds.a.sdc.nope", "clouds.a"] {
        kamaki(&config).args(["config", "set", key, "v"]).assert().code(2).stderr(
            predicate::str::contains(format!("unknown config key `{key}`"))
                .and(predicate::str::contains("clouds.NAME.url"))
                .and(predicate::str::contains("sandbox.build_delay"))
                .and(predicate::str::contains("malformed").not()),
        );
        assert_eq!(std::fs::read_to_string(&config).unwrap(), text, "{key} changed the file");
    }
    kamaki(&config).args(["config", "set", "sandbox.build_delay", "0s"]).assert().success();
    kamaki(&config)
        .args(["config", "get", "sandbox.build_delay"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0s"));
}

#[test]
fn a_config_readable_by_others_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "default_cloud = \"x\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
        kamaki(&config)
            .args(["config", "list"])
            .assert()
            .success()
            .stderr(predicate::str::contains("can be read by other users"));
    }
}

#[test]
fn unknown_clouds_and_bad_flags_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    write_private(&config, "[clouds.a]\nurl = \"http://127.0.0.1:9/identity/v2.0\"\ntoken = \"t\"\n");
    kamaki(&config)
        .args(["--cloud", "nope", "astakos", "user", "info"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no cloud named `nope`"));
    kamaki(&config).args(["astakos", "quota", "list", "--bogus"]).assert().code(2);
    kamaki(&config).args(["--timeout", "soon", "astakos", "user", "info"]).assert().code(2);
}

#[test]
fn with_no_config_the_embedded_sandbox_answers() {
    let dir = tempfile::tempdir().unwrap();
    let quotas = || {
        assert_cmd::Command::new(env!("CARGO_BIN_EXE_kamaki"))
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env_remove("KAMAKI_CONFIG")
            .env_remove("KAMAKI_CLOUD")
            // With the swift CLI's variables set (CI exports them for tests/swift.rs), a
            // config-less kamaki talks to that Swift instead of the sandbox.
            .env_remove("ST_AUTH")
            .args(["astakos", "quota", "list", "-o", "json"])
            .output()
            .unwrap()
    };
    let out = quotas();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.as_array().unwrap().iter().any(|r| r["resource"] == "cyclades.vm"));
    // State persists in the data dir: the same user on the next run.
    let first = rows[0]["project"].clone();
    let again = quotas();
    let rows2: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(rows2[0]["project"], first);
}

#[test]
fn sandbox_serve_prints_its_endpoints() {
    let sandbox = common::TestSandbox::start();
    for field in ["url", "identity_url", "sdc_url", "linstor_url", "user", "uuid", "token"] {
        assert!(sandbox.endpoints[field].is_string(), "missing {field}: {}", sandbox.endpoints);
    }
    assert_eq!(sandbox.endpoints["user"], "user@example.com");
}

/// `kamaki … | head` is not an error: a reader that goes away ends the command quietly.
#[test]
fn a_closed_stdout_pipe_ends_quietly() {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kamaki"))
        .args(["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start kamaki");
    let mut head = [0u8; 16];
    child.stdout.take().expect("stdout").read_exact(&mut head).expect("the first bytes");
    // The pipe closes here, with about 1 MiB still to write.
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}
