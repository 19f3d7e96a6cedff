//! Astakos end to end against a sandbox: every command in table and JSON, bad tokens,
//! unreachable endpoints, and retries under injected faults.

mod common;

use common::{TestSandbox, write_private};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn user_info_shows_the_user_and_the_catalog() {
    let sandbox = TestSandbox::start();
    let info = sandbox.json(&["astakos", "user", "info"]);
    assert_eq!(info["uuid"], sandbox.uuid());
    assert_eq!(info["name"], "Demo User");
    assert_eq!(info["username"], "user@example.com");
    let types: Vec<&str> =
        info["catalog"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
    for service in ["identity", "account", "compute", "network", "volume", "image", "object-store"] {
        assert!(types.contains(&service), "catalog lacks {service}: {types:?}");
    }
    sandbox
        .cmd()
        .args(["astakos", "authenticate"])
        .assert()
        .success()
        .stdout(predicate::str::contains(sandbox.uuid()).and(predicate::str::contains("compute")));
}

#[test]
fn quotas_list_usage_and_limits_per_project() {
    let sandbox = TestSandbox::start();
    let rows = sandbox.json(&["astakos", "quota", "list"]);
    let rows = rows.as_array().unwrap();
    let system_vm = rows
        .iter()
        .find(|r| r["project"] == sandbox.uuid() && r["resource"] == "cyclades.vm")
        .expect("system project has a cyclades.vm quota");
    assert_eq!(system_vm["usage"], 0);
    assert!(system_vm["limit"].as_i64().unwrap() >= 2);
    let projects: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["project"].as_str().unwrap()).collect();
    assert_eq!(projects.len(), 2, "system project plus the course project");
    // Tables show human sizes for bytes; JSON keeps raw numbers.
    sandbox
        .cmd()
        .args(["astakos", "quota", "list", "--project", sandbox.uuid(), "--resource", "cyclades.ram"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0B/8GiB"));
    let ram = sandbox.json(&[
        "astakos",
        "quota",
        "list",
        "--resource",
        "cyclades.ram",
        "--project",
        sandbox.uuid(),
    ]);
    assert_eq!(ram[0]["limit"], 8u64 << 30);
    sandbox
        .cmd()
        .args(["astakos", "quota", "list", "--project", "no-such-project"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no quota in project `no-such-project`"));
}

#[test]
fn resources_are_listed() {
    let sandbox = TestSandbox::start();
    let resources = sandbox.json(&["astakos", "resource", "list"]);
    let names: Vec<&str> =
        resources.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"cyclades.vm") && names.contains(&"pithos.diskspace"), "{names:?}");
    sandbox
        .cmd()
        .args(["astakos", "resource", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bytes"));
}

#[test]
fn projects_can_be_listed_inspected_joined_and_left() {
    let sandbox = TestSandbox::start();
    let projects = sandbox.json(&["astakos", "project", "list"]);
    let projects = projects.as_array().unwrap();
    let find = |name: &str| -> Value {
        projects.iter().find(|p| p["name"] == name).cloned().unwrap_or_else(|| panic!("no project {name}"))
    };
    let course = find("CS333 lab assignments");
    let open = find("Open research");
    assert!(projects.iter().any(|p| p["id"] == sandbox.uuid() && p["system_project"] == true));

    let mine = sandbox.json(&["astakos", "project", "list", "--mine"]);
    assert_eq!(mine.as_array().unwrap().len(), 2);

    let info = sandbox.json(&["astakos", "project", "info", course["id"].as_str().unwrap()]);
    assert_eq!(info["resources"]["cyclades.vm"]["member_capacity"], 8);
    assert_eq!(info["memberships"][0]["state"], "accepted");
    assert_eq!(info["usage"]["cyclades.vm"]["usage"], 0);
    sandbox
        .cmd()
        .args(["astakos", "project", "info", course["id"].as_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("Virtual clusters for CS333 assignments"));

    let open_id = open["id"].as_str().unwrap();
    let joined = sandbox.json(&["astakos", "project", "join", open_id]);
    assert_eq!(joined["state"], "accepted");
    assert_eq!(joined["project"], open_id);
    sandbox
        .cmd()
        .args(["astakos", "project", "join", open_id])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Membership already exists"));
    let memberships = sandbox.json(&["astakos", "membership", "list", "--project", open_id]);
    assert_eq!(memberships[0]["state"], "accepted");
    let left = sandbox.json(&["astakos", "project", "leave", open_id]);
    assert_eq!(left["state"], "removed");
    sandbox.cmd().args(["astakos", "project", "leave", open_id]).assert().code(3);
    sandbox.cmd().args(["astakos", "project", "info", "nope"]).assert().code(3);
    sandbox.cmd().args(["astakos", "project", "join", sandbox.uuid()]).assert().code(5);
}

#[test]
fn memberships_are_listed() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["astakos", "membership", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("accepted"));
}

#[test]
fn uuids_and_names_are_translated() {
    let sandbox = TestSandbox::start();
    let names = sandbox.json(&["astakos", "user", "uuid2name", sandbox.uuid(), "unknown-uuid"]);
    assert_eq!(names[0]["name"], "user@example.com");
    assert_eq!(names[1]["name"], Value::Null);
    let uuids = sandbox.json(&["astakos", "user", "name2uuid", "user@example.com"]);
    assert_eq!(uuids[0]["uuid"], sandbox.uuid());
    // Another user's name gives that user's uuid, in JSON and in the table.
    let other = sandbox.other_user().uuid;
    let uuids = sandbox.json(&["astakos", "user", "name2uuid", "other@example.com"]);
    assert_eq!(uuids[0]["uuid"], other.as_str());
    let names = sandbox.json(&["astakos", "user", "uuid2name", &other]);
    assert_eq!(names[0]["name"], "other@example.com");
    sandbox
        .cmd()
        .args(["astakos", "user", "name2uuid", "other@example.com"])
        .assert()
        .success()
        .stdout(predicate::str::contains("other@example.com").and(predicate::str::contains(other.as_str())));
}

#[test]
fn a_bad_token_exits_4_with_a_clear_message() {
    let sandbox = TestSandbox::start();
    let config = sandbox.dir.path().join("bad.toml");
    write_private(
        &config,
        &format!(
            "[clouds.bad]\nurl = \"{}\"\ntoken = \"not-a-token\"\n",
            sandbox.endpoints["identity_url"].as_str().unwrap()
        ),
    );
    let output =
        sandbox.cmd().env("KAMAKI_CONFIG", &config).args(["astakos", "user", "info"]).output().unwrap();
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("401 Unauthorized") && stderr.contains("Invalid token"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(!stderr.contains("not-a-token"), "the token must never be printed: {stderr}");
    // JSON errors go to stderr as one object.
    let output = sandbox
        .cmd()
        .env("KAMAKI_CONFIG", &config)
        .args(["astakos", "user", "info", "-o", "json"])
        .output()
        .unwrap();
    let error: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "auth");
    assert_eq!(error["error"]["status"], 401);
}

#[test]
fn an_unreachable_endpoint_is_retried_and_explained() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    // Port 9 (discard) on loopback refuses connections.
    write_private(
        &config,
        "[clouds.down]\nurl = \"http://127.0.0.1:9/identity/v2.0\"\ntoken = \"secret-token\"\n",
    );
    let output = common::kamaki(&config).args(["astakos", "user", "info", "-v"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot reach http://127.0.0.1:9/identity/v2.0/tokens"), "{stderr}");
    assert!(stderr.contains("retrying POST"), "retries are visible with -v: {stderr}");
    // The default budget allows 8 retries of a fast failure such as a refused connection.
    assert!(stderr.contains("after 9 attempts"), "{stderr}");
    assert!(!stderr.contains("secret-token"), "{stderr}");
}

#[test]
fn injected_503s_are_retried() {
    let sandbox = TestSandbox::start_with(&["--fail-next", "3"]);
    let output = sandbox.cmd().args(["astakos", "quota", "list", "-v", "-o", "json"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.matches("< 503 Service Unavailable").count(), 3, "{stderr}");
    assert!(stderr.contains("retrying"), "{stderr}");
    assert!(!stderr.contains(sandbox.token()), "tokens never appear in logs: {stderr}");
    let rows: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(!rows.as_array().unwrap().is_empty());
}

#[test]
fn dropped_connections_are_retried() {
    let sandbox = TestSandbox::start();
    sandbox.cmd().args(["sandbox", "faults", "--drop-next", "2"]).assert().success();
    let output = sandbox.cmd().args(["astakos", "resource", "list", "-v"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("retrying"), "{stderr}");
}

#[test]
fn persistent_errors_fail_after_the_retries() {
    let sandbox = TestSandbox::start();
    sandbox.cmd().args(["sandbox", "faults", "--error-rate", "1"]).assert().success();
    sandbox
        .cmd()
        .args(["astakos", "resource", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("503 Service Unavailable").and(predicate::str::contains("hint:")));
}
