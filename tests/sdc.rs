//! `kamaki sdc` against the sandbox CloudAPI: signing with every key type and format,
//! from files and through a real ssh-agent, every command in table and JSON, and bad
//! input with its exit codes.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestSandbox, id, sdc_fixture};
use serde_json::Value;

/// Test keys registered for the sandbox's `demo` account.
const REGISTERED: [&str; 8] = [
    "ed25519",
    "p256",
    "p256_sec1.pem",
    "p384_pkcs8.pem",
    "rsa_pkcs1.pem",
    "rsa_pkcs8.pem",
    "ed25519_pkcs8.pem",
    "encrypted",
];

/// A sandbox with the test keys registered and quick transitions.
fn sandbox() -> TestSandbox {
    let pubs: Vec<String> =
        REGISTERED.iter().map(|name| sdc_fixture(&format!("{name}.pub")).display().to_string()).collect();
    let mut args: Vec<&str> = vec!["--sdc-delay", "300ms"];
    for path in &pubs {
        args.extend(["--sdc-key", path.as_str()]);
    }
    TestSandbox::start_with(&args)
}

/// `kamaki` signing with the key file `key`.
fn sdc(sandbox: &TestSandbox, key: &str) -> assert_cmd::Command {
    let mut cmd = sandbox.cmd();
    cmd.env("SDC_KEY_ID", sdc_fixture(key)).env_remove("TRITON_KEY_ID").env_remove("TRITON_URL");
    cmd
}

/// Runs a command signed with the `ed25519` key that must succeed with `-o json`.
fn json(sandbox: &TestSandbox, args: &[&str]) -> Value {
    common::json(&mut sdc(sandbox, "ed25519"), args)
}

/// Runs a command signed with the `ed25519` key that must succeed in table form; returns
/// stdout.
fn table(sandbox: &TestSandbox, args: &[&str]) -> String {
    String::from_utf8_lossy(&common::succeeds(&mut sdc(sandbox, "ed25519"), args).stdout).into_owned()
}

/// Runs a command signed with `key` that must fail with `code`; returns stderr.
fn fails(sandbox: &TestSandbox, key: &str, args: &[&str], code: i32) -> String {
    common::fails(sdc(sandbox, key).args(args), code)
}

#[test]
fn signs_with_every_key_type_and_file_format() {
    let sandbox = sandbox();
    for key in REGISTERED.iter().filter(|k| **k != "encrypted") {
        let output = sdc(&sandbox, key).args(["sdc", "account", "-o", "json"]).output().expect("run");
        assert!(output.status.success(), "{key}: {}", String::from_utf8_lossy(&output.stderr));
        let account: Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(account["login"], "demo", "{key}");
    }
    // The `.pub` path names the same key.
    let output = sdc(&sandbox, "p256.pub").args(["sdc", "account"]).output().expect("run");
    assert!(output.status.success());
}

#[test]
fn finds_keys_in_home_by_md5_or_sha256_fingerprint() {
    let sandbox = sandbox();
    let ssh = sandbox.dir.path().join("home/.ssh");
    std::fs::create_dir_all(&ssh).expect("ssh dir");
    for name in ["p256", "p256.pub"] {
        std::fs::copy(sdc_fixture(name), ssh.join(name.replace("p256", "id_ecdsa"))).expect("copy");
    }
    let keys = json(&sandbox, &["sdc", "key", "list"]);
    let registered =
        keys.as_array().expect("list").iter().find(|k| k["name"] == "kamaki-test-p256").expect("p256");
    let md5 = registered["fingerprint"].as_str().expect("fingerprint").to_string();
    for key_id in [md5.clone(), format!("MD5:{md5}")] {
        let output = sandbox.cmd().env("SDC_KEY_ID", &key_id).args(["sdc", "account"]).output().expect("run");
        assert!(output.status.success(), "{key_id}: {}", String::from_utf8_lossy(&output.stderr));
    }
    if let Ok(keygen) = Command::new("ssh-keygen").arg("-lf").arg(sdc_fixture("p256.pub")).output() {
        let line = String::from_utf8_lossy(&keygen.stdout).into_owned();
        if let Some(sha) = line.split_whitespace().nth(1).filter(|f| f.starts_with("SHA256:")) {
            let output = sandbox.cmd().env("SDC_KEY_ID", sha).args(["sdc", "account"]).output().expect("run");
            assert!(output.status.success(), "{sha}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }
    // With no key configured, the first key of ~/.ssh is used.
    let output = sandbox.cmd().env_remove("SDC_KEY_ID").args(["sdc", "account"]).output().expect("run");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// A private ssh-agent for one test, killed on drop.
struct Agent {
    pid: String,
    socket: PathBuf,
    _dir: tempfile::TempDir,
}

impl Agent {
    fn start() -> Option<Agent> {
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = dir.path().join("agent.sock");
        let output = Command::new("ssh-agent").arg("-a").arg(&socket).arg("-s").output().ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        let pid = text.split("SSH_AGENT_PID=").nth(1)?.split(';').next()?.to_string();
        Some(Agent { pid, socket, _dir: dir })
    }

    /// Adds a fixture key (copied with the 0600 mode ssh-add insists on).
    fn add(&self, name: &str) {
        let copy = self._dir.path().join(name);
        std::fs::copy(sdc_fixture(name), &copy).expect("copy key");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let status = Command::new("ssh-add")
            .arg("-q")
            .arg(&copy)
            .env("SSH_AUTH_SOCK", &self.socket)
            .status()
            .expect("run ssh-add");
        assert!(status.success(), "ssh-add {name}");
        std::fs::remove_file(copy).expect("remove the private copy");
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(&self.pid).status();
    }
}

#[test]
fn signs_through_a_real_ssh_agent() {
    let Some(agent) = Agent::start() else {
        eprintln!("skipped: no `ssh-agent` binary");
        return;
    };
    let sandbox = sandbox();
    for key in ["rsa_pkcs1.pem", "p256", "ed25519"] {
        agent.add(key);
    }
    // The agent holds the key: only the public half is on disk.
    let dir = tempfile::tempdir().expect("temp dir");
    for key in ["rsa_pkcs1.pem", "p256", "ed25519"] {
        let public = dir.path().join(format!("{key}.pub"));
        std::fs::copy(sdc_fixture(&format!("{key}.pub")), &public).expect("copy");
        let keys = json(&sandbox, &["sdc", "key", "list"]);
        let line = std::fs::read_to_string(&public).expect("pub");
        let md5 = keys
            .as_array()
            .expect("keys")
            .iter()
            .find(|k| k["key"].as_str() == Some(line.trim()))
            .and_then(|k| k["fingerprint"].as_str())
            .expect("registered")
            .to_string();
        let output = sandbox
            .cmd()
            .env("SSH_AUTH_SOCK", &agent.socket)
            .env("SDC_KEY_ID", &md5)
            .args(["sdc", "account", "-o", "json"])
            .output()
            .expect("run");
        assert!(output.status.success(), "{key}: {}", String::from_utf8_lossy(&output.stderr));
    }
    // An encrypted key file is used through the agent that holds it decrypted.
    agent.add("encrypted_plain");
    let output = sdc(&sandbox, "encrypted")
        .env("SSH_AUTH_SOCK", &agent.socket)
        .args(["sdc", "machine", "list"])
        .output()
        .expect("run");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn bad_credentials_fail_clearly() {
    let sandbox = sandbox();
    let stderr = fails(&sandbox, "unregistered", &["sdc", "account"], 4);
    assert!(stderr.contains("InvalidCredentials"), "{stderr}");
    assert!(stderr.contains("hint: "), "{stderr}");

    let stderr = fails(&sandbox, "no-such-key", &["sdc", "account"], 2);
    assert!(stderr.contains("cannot read private key"), "{stderr}");

    let stderr = fails(&sandbox, "encrypted", &["sdc", "account"], 4);
    assert!(stderr.contains("is encrypted"), "{stderr}");
    assert!(stderr.contains("ssh-add"), "{stderr}");

    let mut cmd = sandbox.cmd();
    let output =
        cmd.env("SDC_KEY_ID", "SHA256:AAAAthisisnotakey").args(["sdc", "account"]).output().expect("run");
    assert_eq!(output.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no SSH key with fingerprint"));
}

#[test]
fn catalog_commands_in_table_and_json() {
    let sandbox = sandbox();
    assert!(table(&sandbox, &["sdc", "account"]).contains("demo"));
    assert_eq!(json(&sandbox, &["sdc", "account"])["login"], "demo");

    // Keys: add, get, list, delete.
    let listed = table(&sandbox, &["sdc", "key", "list"]);
    assert!(listed.starts_with("NAME") && listed.contains("kamaki-test-ed25519"), "{listed}");
    let added = json(
        &sandbox,
        &["sdc", "key", "add", "extra", sdc_fixture("unregistered.pub").to_str().expect("path")],
    );
    assert_eq!(added["name"], "extra");
    let fingerprint = added["fingerprint"].as_str().expect("fingerprint").to_string();
    assert_eq!(json(&sandbox, &["sdc", "key", "get", &fingerprint])["name"], "extra");
    let output = sdc(&sandbox, "unregistered").args(["sdc", "account"]).output().expect("run");
    assert!(output.status.success(), "a newly added key signs");
    fails(
        &sandbox,
        "ed25519",
        &["sdc", "key", "add", "again", sdc_fixture("unregistered.pub").to_str().expect("p")],
        2,
    );
    fails(
        &sandbox,
        "ed25519",
        &["sdc", "key", "add", "private", sdc_fixture("unregistered").to_str().expect("p")],
        2,
    );
    assert_eq!(json(&sandbox, &["sdc", "key", "delete", "extra"])[0]["status"], "deleted");
    fails(&sandbox, "ed25519", &["sdc", "key", "get", "extra"], 3);

    let datacenters = json(&sandbox, &["sdc", "datacenter", "list"]);
    assert_eq!(datacenters.as_array().expect("list").len(), 3);
    assert!(table(&sandbox, &["sdc", "datacenter", "list"]).contains("us-east-1"));

    let datasets = json(&sandbox, &["sdc", "dataset", "list"]);
    assert!(datasets.as_array().expect("list").iter().any(|d| d["default"] == true));
    assert!(table(&sandbox, &["sdc", "dataset", "list"]).contains("sdc:sdc:base64:13.4.0"));
    assert_eq!(json(&sandbox, &["sdc", "dataset", "get", "sdc:sdc:smartos64:"])["version"], "1.6.4");
    assert_eq!(json(&sandbox, &["sdc", "dataset", "get", "sdc:sdc:base64:13.1.0"])["version"], "13.1.0");
    fails(&sandbox, "ed25519", &["sdc", "dataset", "get", "sdc:sdc:nothing:"], 3);

    let images = json(&sandbox, &["sdc", "image", "list", "--name", "base64"]);
    assert_eq!(images.as_array().expect("list").len(), 3);
    assert!(table(&sandbox, &["sdc", "image", "list", "--os", "linux"]).contains("ubuntu-certified-20.04"));
    assert_eq!(json(&sandbox, &["sdc", "image", "get", "base64"])["version"], "13.4.0");
    assert_eq!(json(&sandbox, &["sdc", "image", "get", "base64@13.2.0"])["version"], "13.2.0");
    assert_eq!(json(&sandbox, &["sdc", "image", "get", "sdc:sdc:base64:"])["version"], "13.4.0");

    let packages = table(&sandbox, &["sdc", "package", "list"]);
    assert!(packages.contains("g4-highcpu-128M") && packages.contains("128MiB"), "{packages}");
    assert_eq!(json(&sandbox, &["sdc", "package", "list", "--name", "k4-*"]).as_array().expect("l").len(), 2);
    assert_eq!(json(&sandbox, &["sdc", "package", "get", "g4-highcpu-1G"])["memory"], 1024);
    assert_eq!(json(&sandbox, &["sdc", "package", "default"])["default"], true);
    fails(&sandbox, "ed25519", &["sdc", "package", "get", "huge"], 3);

    assert!(table(&sandbox, &["sdc", "network", "list"]).contains("external"));
    assert_eq!(json(&sandbox, &["sdc", "network", "get", "internal"])["public"], false);
}

#[test]
fn machine_lifecycle_end_to_end() {
    let sandbox = sandbox();
    let created = json(
        &sandbox,
        &[
            "sdc",
            "machine",
            "create",
            "--name",
            "web-1",
            "--tag",
            "role=web",
            "--metadata",
            "motd=hi",
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    assert_eq!(created["state"], "running");
    assert_eq!(created["tags"]["role"], "web");
    assert_eq!(created["package"], "g4-highcpu-256M", "the default package");
    assert_eq!(created["image"], "2b683a82-a066-11e3-97ab-2faa44701c5a", "the default dataset");
    assert_eq!(created["ips"].as_array().expect("ips").len(), 2);
    let id = id(&created);

    let listed = table(&sandbox, &["sdc", "machine", "list"]);
    assert!(listed.starts_with("ID") && listed.contains("web-1") && listed.contains("running"), "{listed}");
    assert_eq!(json(&sandbox, &["sdc", "machine", "count"])["count"], 1);
    assert_eq!(json(&sandbox, &["sdc", "machine", "get", "web-1"])["id"], id.as_str());
    assert_eq!(json(&sandbox, &["sdc", "machine", "get", &id[..8]])["name"], "web-1");
    let with_credentials = json(&sandbox, &["sdc", "machine", "get", "web-1", "--credentials"]);
    assert!(with_credentials["metadata"]["credentials"]["root"].is_string());
    assert!(table(&sandbox, &["sdc", "machine", "get", "web-1"]).contains("primaryIp"));

    let stopped = json(&sandbox, &["sdc", "machine", "stop", "web-1", "--wait", "--interval", "100ms"]);
    assert_eq!(stopped[0]["state"], "stopped");
    assert_eq!(
        json(&sandbox, &["sdc", "machine", "list", "--state", "stopped"]).as_array().expect("l").len(),
        1
    );
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "reboot", "web-1"], 5);
    assert!(stderr.contains("InvalidState"), "{stderr}");

    // Snapshots: boot needs a stopped machine.
    let snapshot = json(
        &sandbox,
        &["sdc", "machine", "snapshot", "create", "web-1", "--name", "s1", "--wait", "--interval", "100ms"],
    );
    assert_eq!(snapshot["state"], "created");
    assert!(table(&sandbox, &["sdc", "machine", "snapshot", "list", "web-1"]).contains("s1"));
    assert_eq!(json(&sandbox, &["sdc", "machine", "snapshot", "get", "web-1", "s1"])["name"], "s1");
    let booted = json(
        &sandbox,
        &["sdc", "machine", "snapshot", "boot", "web-1", "s1", "--wait", "--interval", "100ms"],
    );
    assert_eq!(booted["state"], "running");
    fails(&sandbox, "ed25519", &["sdc", "machine", "snapshot", "boot", "web-1", "s1"], 5);
    assert_eq!(
        json(&sandbox, &["sdc", "machine", "snapshot", "delete", "web-1", "s1"])[0]["status"],
        "deleted"
    );
    fails(&sandbox, "ed25519", &["sdc", "machine", "snapshot", "get", "web-1", "s1"], 3);

    // Metadata.
    let metadata = json(&sandbox, &["sdc", "machine", "metadata", "set", "web-1", "a=1", "b=two"]);
    assert_eq!(metadata, serde_json::json!({"motd": "hi", "a": "1", "b": "two"}));
    assert_eq!(json(&sandbox, &["sdc", "machine", "metadata", "get", "web-1", "b"])["value"], "two");
    assert!(table(&sandbox, &["sdc", "machine", "metadata", "list", "web-1"]).contains("motd"));
    let left = json(&sandbox, &["sdc", "machine", "metadata", "delete", "web-1", "a"]);
    assert!(left.get("a").is_none());
    fails(&sandbox, "ed25519", &["sdc", "machine", "metadata", "delete", "web-1", "credentials"], 2);
    fails(&sandbox, "ed25519", &["sdc", "machine", "metadata", "get", "web-1", "nope"], 3);
    assert_eq!(
        json(&sandbox, &["sdc", "machine", "metadata", "delete", "web-1", "--all"]),
        serde_json::json!({})
    );

    // Tags: add keeps, set replaces, values keep their types.
    let tags =
        json(&sandbox, &["sdc", "machine", "tag", "add", "web-1", "env=prod", "replicas=3", "public=true"]);
    assert_eq!(tags, serde_json::json!({"role": "web", "env": "prod", "replicas": 3, "public": true}));
    assert_eq!(json(&sandbox, &["sdc", "machine", "tag", "get", "web-1", "replicas"])["value"], 3);
    assert_eq!(
        json(&sandbox, &["sdc", "machine", "list", "--tag", "env=prod"]).as_array().expect("l").len(),
        1
    );
    assert_eq!(
        json(&sandbox, &["sdc", "machine", "tag", "set", "web-1", "only=this"]),
        serde_json::json!({"only": "this"})
    );
    assert!(table(&sandbox, &["sdc", "machine", "tag", "list", "web-1"]).contains("only"));
    assert_eq!(json(&sandbox, &["sdc", "machine", "tag", "delete", "web-1", "only"]), serde_json::json!({}));
    fails(&sandbox, "ed25519", &["sdc", "machine", "tag", "get", "web-1", "only"], 3);

    // Resize within the brand; a KVM package is refused.
    let resized = json(&sandbox, &["sdc", "machine", "resize", "web-1", "--package", "g4-highcpu-1G"]);
    assert_eq!(resized["memory"], 1024);
    let stderr = fails(
        &sandbox,
        "ed25519",
        &["sdc", "machine", "resize", "web-1", "--package", "k4-highcpu-kvm-1.75G"],
        2,
    );
    assert!(stderr.contains("brand kvm"), "{stderr}");
    assert_eq!(json(&sandbox, &["sdc", "machine", "get", "web-1"])["package"], "g4-highcpu-1G", "unchanged");

    assert_eq!(json(&sandbox, &["sdc", "machine", "rename", "web-1", "web-2"])["name"], "web-2");

    // Delete; then every operation reports the machine as deleted.
    let deleted = json(&sandbox, &["sdc", "machine", "delete", "web-2", "--wait", "--interval", "100ms"]);
    assert_eq!(deleted[0]["state"], "deleted");
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "get", &id], 3);
    assert!(stderr.contains("was deleted"), "{stderr}");
    fails(&sandbox, "ed25519", &["sdc", "machine", "start", &id], 3);
    fails(&sandbox, "ed25519", &["sdc", "machine", "tag", "list", &id], 3);
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "wait", &id, "--until", "running"], 5);
    assert!(stderr.contains("can never become running"), "{stderr}");
    assert_eq!(json(&sandbox, &["sdc", "machine", "count"])["count"], 0);
    let tombstones = json(&sandbox, &["sdc", "machine", "list", "--state", "destroyed"]);
    assert_eq!(tombstones[0]["id"], id.as_str());
}

#[test]
fn bulk_actions_waits_and_paging() {
    let sandbox = sandbox();
    for name in ["a-1", "a-2", "a-3"] {
        json(
            &sandbox,
            &["sdc", "machine", "create", "--name", name, "--tag", "group=a", "--package", "g4-highcpu-128M"],
        );
    }
    let waited = json(
        &sandbox,
        &["sdc", "machine", "wait", "a-1", "a-2", "a-3", "--until", "running", "--interval", "100ms"],
    );
    assert!(waited.as_array().expect("list").iter().all(|m| m["status"] == "running"));

    let stopped = json(
        &sandbox,
        &["sdc", "machine", "stop", "--all", "--wait", "--interval", "100ms", "--parallel", "2"],
    );
    assert_eq!(stopped.as_array().expect("list").len(), 3);
    assert!(stopped.as_array().expect("list").iter().all(|m| m["state"] == "stopped"));
    let started =
        json(&sandbox, &["sdc", "machine", "start", "--tag", "group=a", "--wait", "--interval", "100ms"]);
    assert_eq!(started.as_array().expect("list").len(), 3);
    let rebooted =
        json(&sandbox, &["sdc", "machine", "reboot", "a-1", "a-2", "--wait", "--interval", "100ms"]);
    assert!(rebooted.as_array().expect("list").iter().all(|m| m["state"] == "running"));
    let audit = json(&sandbox, &["sdc", "machine", "audit", "a-1"]);
    let actions: Vec<&str> =
        audit.as_array().expect("list").iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions, ["reboot", "start", "stop", "provision"]);

    let page = json(&sandbox, &["sdc", "machine", "list", "--limit", "2"]);
    assert_eq!(page.as_array().expect("list").len(), 2);
    let rest = json(&sandbox, &["sdc", "machine", "list", "--offset", "2"]);
    assert_eq!(rest[0]["name"], "a-3");
    assert_eq!(json(&sandbox, &["sdc", "machine", "count", "--tag", "group=a"])["count"], 3);
    assert_eq!(json(&sandbox, &["sdc", "machine", "count", "--name", "a-2"])["count"], 1);

    // A state that will not come: the wait gives up with exit code 124.
    let stderr = fails(
        &sandbox,
        "ed25519",
        &[
            "sdc",
            "machine",
            "wait",
            "a-1",
            "--until",
            "stopped",
            "--interval",
            "100ms",
            "--wait-timeout",
            "400ms",
        ],
        124,
    );
    assert!(stderr.contains("still running"), "{stderr}");
    let left = json(&sandbox, &["sdc", "machine", "wait", "a-1", "--while", "provisioning"]);
    assert_eq!(left[0]["status"], "running");

    // An unknown machine among several stops the command before anything is done.
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "delete", "a-1", "nope"], 3);
    assert!(stderr.contains("`nope`"), "{stderr}");
    fails(&sandbox, "ed25519", &["sdc", "machine", "delete", "--all"], 2);
    let deleted =
        json(&sandbox, &["sdc", "machine", "delete", "--all", "--yes", "--wait", "--interval", "100ms"]);
    assert_eq!(deleted.as_array().expect("list").len(), 3);
    assert_eq!(json(&sandbox, &["sdc", "machine", "count"])["count"], 0);
    fails(&sandbox, "ed25519", &["sdc", "machine", "stop"], 2);
}

#[test]
fn datacenters_keep_their_own_machines() {
    let sandbox = sandbox();
    json(&sandbox, &["sdc", "machine", "create", "--name", "east", "--datacenter", "us-east-1"]);
    assert_eq!(json(&sandbox, &["sdc", "--datacenter", "us-east-1", "machine", "list"])[0]["name"], "east");
    assert_eq!(json(&sandbox, &["sdc", "machine", "count"])["count"], 0);
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "list", "--datacenter", "mars"], 3);
    assert!(stderr.contains("us-east-1"), "{stderr}");
}

#[test]
fn bad_machine_input_changes_nothing() {
    let sandbox = sandbox();
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "create", "--package", "huge"], 3);
    assert!(stderr.contains("`huge`"), "{stderr}");
    fails(&sandbox, "ed25519", &["sdc", "machine", "create", "--dataset", "sdc:sdc:nothing:"], 3);
    fails(&sandbox, "ed25519", &["sdc", "machine", "create", "--image", "nothing"], 3);
    fails(
        &sandbox,
        "ed25519",
        &["sdc", "machine", "create", "--image", "base64", "--dataset", "sdc:sdc:base64:"],
        2,
    );
    let stderr = fails(
        &sandbox,
        "ed25519",
        &["sdc", "machine", "create", "--image", "ubuntu-certified-20.04", "--package", "g4-highcpu-128M"],
        2,
    );
    assert!(stderr.contains("cannot run image"), "{stderr}");
    fails(&sandbox, "ed25519", &["sdc", "machine", "create", "--name", "bad name!"], 2);
    fails(&sandbox, "ed25519", &["sdc", "machine", "get", "ghost"], 3);
    fails(&sandbox, "ed25519", &["sdc", "machine", "list", "--state", "sleepy"], 2);
    assert_eq!(json(&sandbox, &["sdc", "machine", "count"])["count"], 0, "nothing half-created");

    // A dataset by partial URN, and a KVM machine that cannot be resized.
    let old =
        json(&sandbox, &["sdc", "machine", "create", "--name", "legacy", "--dataset", "sdc:sdc:smartos64:"]);
    assert_eq!(old["image"], "fdea06b0-3f24-11e2-ac50-0b645575ce9d");
    let vm = json(
        &sandbox,
        &[
            "sdc",
            "machine",
            "create",
            "--name",
            "vm",
            "--image",
            "ubuntu-certified-20.04",
            "--package",
            "k4-highcpu-kvm-1.75G",
        ],
    );
    assert_eq!(vm["type"], "virtualmachine");
    let stderr = fails(
        &sandbox,
        "ed25519",
        &["sdc", "machine", "resize", "vm", "--package", "k4-general-kvm-7.75G"],
        2,
    );
    assert!(stderr.contains("KVM"), "{stderr}");
    fails(&sandbox, "ed25519", &["sdc", "machine", "create", "--name", "vm"], 2);

    // Deletion protection holds until it is turned off.
    let script = sandbox.dir.path().join("boot.sh");
    std::fs::write(&script, "#!/bin/sh\necho hi\n").expect("script");
    let guarded = json(
        &sandbox,
        &[
            "sdc",
            "machine",
            "create",
            "--name",
            "guarded",
            "--deletion-protection",
            "--network",
            "internal",
            "--script",
            script.to_str().expect("path"),
        ],
    );
    assert_eq!(guarded["deletion_protection"], true);
    assert_eq!(guarded["ips"].as_array().expect("ips").len(), 1, "only the internal network");
    assert!(guarded["metadata"]["user-script"].as_str().expect("script").contains("echo hi"));
    let stderr = fails(&sandbox, "ed25519", &["sdc", "machine", "delete", "guarded"], 5);
    assert!(stderr.contains("deletion_protection"), "{stderr}");
    let updated = json(
        &sandbox,
        &["sdc", "machine", "update", "guarded", "--deletion-protection", "false", "--firewall", "true"],
    );
    assert_eq!(updated["deletion_protection"], false);
    assert_eq!(updated["firewall_enabled"], true);
    json(&sandbox, &["sdc", "machine", "delete", "guarded"]);
}

/// The client library as the `infra` orchestrator uses it: no clap, no printing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn library_pages_creates_waits_and_deletes() {
    use std::time::Duration;

    use kamaki::auth::KeySelection;
    use kamaki::clients::poll::PollLimits;
    use kamaki::clients::sdc::{CreateMachine, MachineFilter, SdcClient, SdcSettings, WaitFor};
    use kamaki::http::{Http, HttpOptions};

    let sandbox = sandbox();
    let settings = SdcSettings {
        url: sandbox.endpoints["sdc_url"].as_str().expect("sdc url").to_string(),
        account: "demo".into(),
        key: KeySelection {
            account: "demo".into(),
            key_id: Some(sdc_fixture("p256").display().to_string()),
            ..KeySelection::default()
        },
        accept_version: kamaki::clients::sdc::DEFAULT_ACCEPT_VERSION.into(),
    };
    let client = SdcClient::connect(Http::new(&HttpOptions::default()).expect("http"), settings)
        .await
        .expect("connect");
    let creates = (0..7).map(|n| {
        let spec = CreateMachine { name: Some(format!("lib-{n}")), ..CreateMachine::default() };
        let client = client.clone();
        async move { client.create_machine(&spec).await }
    });
    let created: Vec<_> =
        futures::future::join_all(creates).await.into_iter().collect::<Result<_, _>>().expect("created");
    let running = WaitFor::Until(vec!["running".into()]);
    let limits = PollLimits { timeout: Duration::from_secs(10), max_interval: Duration::from_millis(100) };
    for machine in &created {
        let outcome = client.wait(&machine.id, &running, limits, |_| {}).await.expect("running");
        assert_eq!((outcome.last.state.as_str(), outcome.timed_out), ("running", false));
    }

    let pages = MachineFilter { page_size: Some(2), ..MachineFilter::default() };
    assert_eq!(client.machines(&pages).await.expect("all").len(), 7);
    assert_eq!(client.count_machines(&pages).await.expect("count"), 7);
    let limited = MachineFilter { limit: Some(5), ..pages.clone() };
    assert_eq!(client.machines(&limited).await.expect("limited").len(), 5);
    let rest = MachineFilter { offset: 5, ..pages.clone() };
    let names: Vec<String> =
        client.machines(&rest).await.expect("rest").into_iter().map(|m| m.name).collect();
    assert_eq!(names.len(), 2);

    let found = client.find_machine("lib-3").await.expect("by name");
    assert_eq!(client.machine(&found.id).await.expect("by id").name, "lib-3");
    client.delete_machine(&found.id).await.expect("deleted");
    let gone = WaitFor::Until(vec!["deleted".into()]);
    assert!(!client.wait(&found.id, &gone, limits, |_| {}).await.expect("gone").timed_out);
    let err = client.machine(&found.id).await.expect_err("deleted");
    assert_eq!(err.exit_code(), 3);
    assert_eq!(client.count_machines(&pages).await.expect("count"), 6);
}

/// The sandbox answers the wire forms of the official clients: py-smartdc 0.2.0 (legacy
/// signature over the bare date, `X-Api-Version: 7.0`, actions in the query string, a JSON
/// content type even on GETs) and node-triton (`(request-target) date`, `~9||~8`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sandbox_speaks_the_official_clients_wire_forms() {
    use kamaki::auth::KeySelection;
    use kamaki::protocol::httpsig::SignatureStyle;
    use reqwest::{Method, StatusCode};

    let sandbox = sandbox();
    let base = sandbox.endpoints["sdc_url"].as_str().expect("sdc url").to_string();
    let signer = |style| KeySelection {
        account: "demo".into(),
        key_id: Some(sdc_fixture("rsa_pkcs1.pem").display().to_string()),
        style,
        ..KeySelection::default()
    };
    let py = signer(SignatureStyle::Legacy).resolve().await.expect("legacy signer");
    let triton = signer(SignatureStyle::RequestTarget).resolve().await.expect("modern signer");
    let http = reqwest::Client::new();
    let send = |signer: &kamaki::auth::RequestSigner,
                method: Method,
                target: &str,
                version: &str,
                body: Option<Value>| {
        let (http, url, signer) = (http.clone(), format!("{base}{target}"), signer.clone());
        let (target, version) = (target.to_string(), version.to_string());
        async move {
            let date = httpdate::fmt_http_date(std::time::SystemTime::now());
            let authorization = signer.authorization(method.as_str(), &target, &date).await.expect("signed");
            let mut request = http
                .request(method, url)
                .header("date", date)
                .header("authorization", authorization)
                .header("content-type", "application/json; charset=UTF-8");
            request = if version.starts_with('~') && version.contains("||") {
                request.header("accept-version", version)
            } else {
                request.header("x-api-version", version)
            };
            if let Some(body) = body {
                request = request.body(body.to_string());
            }
            request.send().await.expect("sent")
        }
    };

    let ping = http.get(format!("{base}/--ping")).send().await.expect("ping");
    assert_eq!(ping.status(), StatusCode::OK);
    let anonymous = http.get(format!("{base}/my/machines")).send().await.expect("anonymous");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.json::<Value>().await.expect("body")["code"], "InvalidCredentials");

    let me = send(&py, Method::GET, "/demo/", "7.0", None).await;
    assert_eq!(me.status(), StatusCode::OK);
    assert_eq!(me.headers()["content-type"], "application/json", "exactly, as py-smartdc compares it");
    let packages: Value =
        send(&py, Method::GET, "/demo/packages", "7.0", None).await.json().await.expect("json");
    assert!(packages.as_array().expect("list").iter().any(|p| p["default"] == "true"), "7.0 string flags");

    // py-smartdc's `dataset('sdc:sdc:smartos64:')`: a partial URN is the newest version.
    for (partial, newest) in [("sdc:sdc:smartos64:", "1.6.4"), ("sdc:sdc:base64:", "13.4.0")] {
        let found = send(&py, Method::GET, &format!("/demo/datasets/{partial}"), "7.0", None).await;
        assert_eq!(found.status(), StatusCode::OK, "{partial}");
        let dataset: Value = found.json().await.expect("dataset");
        assert_eq!(dataset["urn"], format!("{}{newest}", partial), "{partial}");
    }
    let image: Value = send(&triton, Method::GET, "/my/images/sdc:sdc:base64", "~9||~8", None)
        .await
        .json()
        .await
        .expect("image");
    assert_eq!((image["name"].as_str(), image["version"].as_str()), (Some("base64"), Some("13.4.0")));
    for missing in ["/demo/datasets/sdc:sdc:nothing:", "/demo/datasets/sdc:sdc:base64:1.0"] {
        let response = send(&py, Method::GET, missing, "7.0", None).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
    }

    let body = serde_json::json!({"name": "py-1", "package": "g4-highcpu-128M", "dataset": "sdc:sdc:base64:13.4.0", "metadata.a": "b", "tag.role": "py"});
    let created = send(&py, Method::POST, "/demo/machines", "7.0", Some(body)).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<Value>().await.expect("machine")["id"].as_str().expect("id").to_string();
    let machine: Value = send(&py, Method::GET, &format!("/demo/machines/{id}"), "7.0", None)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(machine["dataset"], "sdc:sdc:base64:13.4.0");
    assert!(machine.get("networks").is_none(), "7.0 machines have no networks");
    assert_eq!(machine["metadata"]["a"], "b");

    let listed = send(&py, Method::GET, "/demo/machines?name=py-1", "7.0", None).await;
    assert_eq!(listed.headers()["x-query-limit"], "1000");
    assert_eq!(listed.headers()["x-resource-count"], "1");

    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let stop = send(&py, Method::POST, &format!("/demo/machines/{id}?action=stop"), "7.0", None).await;
    assert_eq!(stop.status(), StatusCode::ACCEPTED);
    let bogus = send(
        &triton,
        Method::POST,
        &format!("/my/machines/{id}"),
        "~9||~8",
        Some(serde_json::json!({"action": "fly"})),
    )
    .await;
    assert_eq!(bogus.status(), StatusCode::CONFLICT);
    assert_eq!(bogus.json::<Value>().await.expect("body")["message"], "fly is not a valid action");

    let modern: Value = send(&triton, Method::GET, &format!("/my/machines/{id}"), "~9||~8", None)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(modern["brand"], "joyent");
    assert!(modern.get("dataset").is_none() && modern["networks"].is_array());

    let deleted = send(&triton, Method::DELETE, &format!("/my/machines/{id}"), "~9||~8", None).await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let gone = send(&triton, Method::GET, &format!("/my/machines/{id}"), "~9||~8", None).await;
    assert_eq!(gone.status(), StatusCode::GONE);
    assert_eq!(gone.json::<Value>().await.expect("machine")["state"], "deleted");
}

/// The machine table names the package and the image (`NAME@VERSION`); JSON keeps the
/// image id the API gives.
#[test]
fn machine_tables_show_package_and_image_names() {
    let sandbox = sandbox();
    let args = ["--image", "base64@13.2.0", "--package", "g4-highcpu-128M"];
    let created = json(&sandbox, &[&["sdc", "machine", "create", "--name", "named"][..], &args].concat());
    let image_id = "9c6f5c2e-3c37-11e3-9a3f-6b0b3a1f3f02";
    assert_eq!(created["image"], image_id);
    let row = table(&sandbox, &["sdc", "machine", "list", "--columns", "name,package,image", "--no-header"]);
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells, ["named", "g4-highcpu-128M", "base64@13.2.0"], "{row}");
    let listed = table(&sandbox, &["sdc", "machine", "list"]);
    assert!(listed.contains("IMAGE") && !listed.contains(image_id), "{listed}");
    assert!(table(&sandbox, &["sdc", "machine", "list", "-l"]).contains("base64@13.2.0"));
    // One machine's table (get, and what create and actions print) names it the same way.
    for shown in [
        table(&sandbox, &["sdc", "machine", "get", "named"]),
        table(&sandbox, &["sdc", "machine", "rename", "named", "renamed"]),
    ] {
        assert!(shown.contains("base64@13.2.0") && !shown.contains(image_id), "{shown}");
    }
    let machines = json(&sandbox, &["sdc", "machine", "list"]);
    assert_eq!(
        (machines[0]["image"].as_str(), machines[0]["package"].as_str()),
        (Some(image_id), Some("g4-highcpu-128M"))
    );
}

/// Every command also prints a table (JSON is checked by the tests above).
#[test]
fn every_command_prints_a_table() {
    let sandbox = sandbox();
    let created =
        json(&sandbox, &["sdc", "machine", "create", "--name", "t-1", "--wait", "--interval", "100ms"]);
    let id = id(&created);
    let public_key = sdc_fixture("unregistered.pub").display().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["key", "add", "extra", &public_key],
        vec!["key", "get", "extra"],
        vec!["key", "delete", "extra"],
        vec!["dataset", "get", "base64"],
        vec!["image", "get", "base64"],
        vec!["package", "default"],
        vec!["machine", "count"],
        vec!["machine", "create", "--name", "t-2"],
        vec!["machine", "wait", "t-2", "--until", "running", "--interval", "100ms"],
        vec!["machine", "stop", "t-2", "--wait", "--interval", "100ms"],
        vec!["machine", "start", "t-2"],
        vec!["machine", "rename", "t-1", "t-3"],
        vec!["machine", "resize", "t-3", "--package", "g4-highcpu-128M"],
        vec!["machine", "update", "t-3", "--firewall", "true"],
        vec!["machine", "snapshot", "create", "t-3", "--name", "s"],
        vec!["machine", "snapshot", "get", "t-3", "s"],
        vec!["machine", "metadata", "set", "t-3", "k=v"],
        vec!["machine", "metadata", "get", "t-3", "k"],
        vec!["machine", "metadata", "list", "t-3"],
        vec!["machine", "tag", "add", "t-3", "k=v"],
        vec!["machine", "tag", "get", "t-3", "k"],
        vec!["machine", "reboot", &id],
        vec!["machine", "delete", "t-2", "t-3", "--wait", "--interval", "100ms"],
    ];
    for command in commands {
        let mut args = vec!["sdc"];
        args.extend(command.iter().copied());
        let printed = table(&sandbox, &args);
        let mut lines = printed.lines();
        let header = lines.next().unwrap_or_default();
        // A header of upper-case column names, then at least one row: not a bare value, a
        // JSON document or nothing at all.
        let columns: Vec<&str> = header.split_whitespace().collect();
        let is_column = |name: &&str| {
            name.chars().any(|c| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        };
        assert!(
            !columns.is_empty() && columns.iter().all(is_column),
            "`{}` printed:\n{printed}",
            args.join(" ")
        );
        assert!(lines.any(|row| !row.trim().is_empty()), "`{}` printed no row:\n{printed}", args.join(" "));
    }
}

/// Without an `sdc` section, the triton/node-smartdc environment variables configure it;
/// the config's other keys pick the signature form, RSA hash and API version.
#[test]
fn environment_and_config_keys_configure_sdc() {
    let sandbox = sandbox();
    let sdc_url = sandbox.endpoints["sdc_url"].as_str().expect("url").to_string();
    let bare = sandbox.dir.path().join("bare.toml");
    common::write_private(
        &bare,
        "[clouds.bare]\nurl = \"http://127.0.0.1:1/identity/v2.0\"\ntoken = \"x\"\n",
    );
    let run = |config: &Path, env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = sdc(&sandbox, "rsa_pkcs8.pem");
        cmd.env("KAMAKI_CONFIG", config);
        for (key, value) in env {
            cmd.env(key, value);
        }
        cmd.args(args).output().expect("run")
    };
    let missing = run(&bare, &[], &["sdc", "account"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("SDC_URL"));
    for (url_var, account_var) in [("SDC_URL", "SDC_ACCOUNT"), ("TRITON_URL", "TRITON_ACCOUNT")] {
        let output =
            run(&bare, &[(url_var, &sdc_url), (account_var, "demo")], &["sdc", "account", "-o", "json"]);
        assert!(output.status.success(), "{url_var}: {}", String::from_utf8_lossy(&output.stderr));
    }

    json(&sandbox, &["sdc", "machine", "create", "--name", "cfg"]);
    for (signature, rsa_hash, version) in
        [("legacy", "sha1", "~7.2"), ("request-target", "sha512", "~8"), ("date", "sha256", "~9")]
    {
        let config = sandbox.dir.path().join(format!("{signature}.toml"));
        let text = format!(
            "[clouds.c]\nurl = \"http://127.0.0.1:1/identity/v2.0\"\ntoken = \"x\"\n[clouds.c.sdc]\nurl = \"{sdc_url}\"\n\
             account = \"demo\"\nsignature = \"{signature}\"\nrsa_hash = \"{rsa_hash}\"\napi_version = \"{version}\"\n"
        );
        common::write_private(&config, &text);
        let output = run(&config, &[], &["sdc", "machine", "get", "cfg", "-o", "json"]);
        assert!(output.status.success(), "{signature}: {}", String::from_utf8_lossy(&output.stderr));
        let machine: Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(machine.get("dataset").is_some(), version == "~7.2", "{version} shapes the machine");
    }
    let bad = sandbox.dir.path().join("bad.toml");
    common::write_private(
        &bad,
        &format!("[clouds.c.sdc]\nurl = \"{sdc_url}\"\naccount = \"demo\"\nsignature = \"hs2019\"\n"),
    );
    assert_eq!(run(&bad, &[], &["sdc", "account"]).status.code(), Some(2));
}

#[test]
fn machine_waits_are_bounded_by_timeout_and_actions_by_wait_timeout() {
    let sandbox = sandbox();
    json(&sandbox, &["sdc", "machine", "create", "--name", "w-1", "--wait", "--wait-timeout", "1m"]);
    // The reported bug: `--timeout` on `wait` gave each request 2s and waited 10 minutes.
    let args = ["sdc", "machine", "wait", "w-1", "--until", "stopped", "--timeout", "2s"];
    let output = sdc(&sandbox, "ed25519")
        .args(args)
        .args(["-o", "json"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("run kamaki");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(124), "{stderr}");
    assert!(stderr.contains("is still running") && stderr.contains("--timeout"), "{stderr}");
    let records: Value = serde_json::from_slice(&output.stdout).expect("json");
    let record = &records[0];
    assert_eq!((record["status"].as_str(), record["timed_out"].as_bool()), (Some("running"), Some(true)));
    assert_eq!(record.as_object().map(|r| r.len()), Some(4), "{record}");
    let table = sdc(&sandbox, "ed25519")
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("run");
    assert_eq!(table.status.code(), Some(124));
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.starts_with("ID") && table.contains("TIMED_OUT") && table.contains("true"), "{table}");

    // An action's wait is bounded by `--wait-timeout` (a stop takes the sandbox 300ms).
    let output = sdc(&sandbox, "ed25519")
        .args(["sdc", "machine", "stop", "w-1", "--wait-timeout", "50ms"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("run kamaki");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(124), "{stderr}");
    assert!(stderr.contains("--wait-timeout"), "{stderr}");
    let done = json(&sandbox, &["sdc", "machine", "wait", "w-1", "--until", "stopped", "--timeout", "1m"]);
    assert_eq!((done[0]["status"].as_str(), done[0]["timed_out"].as_bool()), (Some("stopped"), Some(false)));
}
