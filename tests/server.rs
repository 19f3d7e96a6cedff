//! `kamaki server` end to end against a sandbox: every command in table and JSON, the
//! seed's compute scenarios, and bad input (unknown names, wrong states, quotas, timeouts).

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use common::{TestSandbox, id};
use predicates::prelude::*;

/// A plain HTTP GET of a loopback URL; returns the whole response.
fn http_get(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (host, path) = rest.split_once('/').expect("a path");
    let mut stream = std::net::TcpStream::connect(host).expect("connect");
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    response
}

#[test]
fn flavors_and_images_can_be_found_by_their_properties() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["server", "flavor", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("C2R2048D20drbd").and(predicate::str::contains("VCPUS")));
    let matching =
        sandbox.json(&["server", "flavor", "list", "--vcpus", "2", "--ram", "2048", "--disk", "20"]);
    let matching = matching.as_array().unwrap();
    assert_eq!(matching.len(), 2, "one per disk template: {matching:?}");
    assert!(matching.iter().all(|f| f["vcpus"] == 2 && f["ram"] == 2048 && f["disk"] == 20));
    let flavor = sandbox.json(&["server", "flavor", "info", "C2R2048D20ext_archipelago"]);
    assert_eq!(flavor["SNF:disk_template"], "ext_archipelago");
    let images = sandbox.json(&["server", "image", "list", "--name-like", "debian"]);
    assert_eq!(images.as_array().unwrap().len(), 1);
    assert_eq!(images[0]["status"], "ACTIVE");
    sandbox
        .cmd()
        .args(["server", "image", "info", "Debian Base"])
        .assert()
        .success()
        .stdout(predicate::str::contains("metadata"));
}

#[test]
fn a_server_gets_a_public_ip_by_default_and_is_deleted_with_its_quota() {
    let sandbox = TestSandbox::start();
    let server = sandbox.server("web", &[]);
    assert!(server["adminPass"].as_str().is_some_and(|p| !p.is_empty()), "root password shown once");
    let nics = server["attachments"].as_array().unwrap();
    assert_eq!(nics.len(), 1);
    assert!(nics[0]["ipv4"].as_str().unwrap().starts_with("203.0.113."));
    assert_eq!(nics[0]["OS-EXT-IPS:type"], "floating");
    assert_eq!(server["metadata"]["os"], "debian", "image properties are inherited");
    let server_id = id(&server);

    let info = sandbox.json(&["server", "info", "web"]);
    assert_eq!(id(&info), server_id);
    assert!(info.get("adminPass").is_none(), "the password is not shown again");
    sandbox
        .cmd()
        .args(["server", "info", &server_id])
        .assert()
        .success()
        .stdout(predicate::str::contains("203.0.113.").and(predicate::str::contains("os=debian")));
    sandbox
        .cmd()
        .args(["server", "list", "--status", "active"])
        .assert()
        .success()
        .stdout(predicate::str::contains("web").and(predicate::str::contains("IPV4")));
    let listed = sandbox.json(&["server", "list", "--name-like", "WE", "--flavor", "1"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(sandbox.json(&["server", "list", "--flavor", "2"]), serde_json::json!([]));

    let me = sandbox.uuid().to_string();
    assert_eq!(sandbox.usage(&me, "cyclades.vm"), 1);
    assert_eq!(sandbox.usage(&me, "cyclades.floating_ip"), 1);
    assert_eq!(sandbox.usage(&me, "cyclades.ram"), 1 << 30);

    let deleted = sandbox.json(&["server", "delete", &server_id, "--wait"]);
    assert_eq!(deleted[0]["status"], "DELETED");
    assert_eq!(sandbox.json(&["server", "list"]), serde_json::json!([]));
    for resource in ["cyclades.vm", "cyclades.cpu", "cyclades.ram", "cyclades.disk", "cyclades.floating_ip"] {
        assert_eq!(sandbox.usage(&me, resource), 0, "{resource} released");
    }
    assert_eq!(sandbox.json(&["network", "ip", "list"]), serde_json::json!([]), "the default IP went back");
}

/// Tables name flavors and images as people do; JSON keeps the API's ids.
#[test]
fn tables_show_flavor_and_image_names() {
    let sandbox = TestSandbox::start();
    let server = sandbox.server("web", &[]);
    let image_id = id(&server["image"]);
    let flavor = sandbox.json(&["server", "flavor", "info", "1"]);
    let flavor_name = flavor["name"].as_str().expect("a flavor name");
    assert_eq!(flavor_name, "C1R1024D20drbd");

    let row = sandbox.stdout(&["server", "list", "--columns", "name,flavor,image", "--no-header"]);
    // Plain tables separate cells by at least two spaces; "Debian Base" has one.
    let cells: Vec<&str> = row.trim().split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(cells, ["web", flavor_name, "Debian Base"], "{row}");
    let table = sandbox.stdout(&["server", "list"]);
    assert!(table.contains("FLAVOR") && table.contains("IMAGE") && !table.contains(&image_id), "{table}");
    let info = sandbox.stdout(&["server", "info", "web"]);
    assert!(
        info.contains(flavor_name) && info.contains("Debian Base") && !info.contains(&image_id),
        "{info}"
    );
    // Creating and acting on a server show the same view as `info`.
    for shown in [
        sandbox.stdout(&["server", "create", "--name", "db", "--flavor", "1", "--image", &image_id]),
        sandbox.stdout(&["server", "rename", "db", "db2"]),
    ] {
        assert!(
            shown.contains(flavor_name) && shown.contains("Debian Base") && !shown.contains(&image_id),
            "{shown}"
        );
    }

    let listed = sandbox.json(&["server", "list"]);
    assert_eq!(id(&listed[0]["flavor"]), "1");
    assert_eq!(id(&listed[0]["image"]), image_id);
    let info = sandbox.json(&["server", "info", "web"]);
    assert_eq!((id(&info["flavor"]), id(&info["image"])), ("1".to_string(), image_id));
}

#[test]
fn creating_with_wait_prints_the_server_with_its_address_and_password() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["server", "create", "--name", "shown", "--flavor", "1", "--image", "Ubuntu Server", "--wait"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("ACTIVE")
                .and(predicate::str::contains("203.0.113."))
                .and(predicate::str::contains("admin_password")),
        );
    sandbox
        .cmd()
        .args(["server", "shutdown", "shown", "--wait"])
        .assert()
        .success()
        .stdout(predicate::str::contains("STOPPED"));
    sandbox
        .cmd()
        .args(["server", "image", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ubuntu"));
    sandbox
        .cmd()
        .args(["server", "delete", "shown", "--wait"])
        .assert()
        .success()
        .stdout(predicate::str::contains("DELETED"));
}

#[test]
fn network_none_creates_a_server_without_networking() {
    let sandbox = TestSandbox::start();
    let server = sandbox.server("private", &["--network", "none"]);
    assert_eq!(server["attachments"], serde_json::json!([]));
    assert_eq!(sandbox.json(&["network", "port", "list"]), serde_json::json!([]));
    sandbox
        .cmd()
        .args(["server", "create", "--name", "x", "--flavor", "1", "--image", "Debian Base"])
        .args(["--network", "none", "--network", "public"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be combined"));
}

#[test]
fn waits_work_for_every_state_and_power_actions_change_them() {
    let sandbox = TestSandbox::start();
    let created =
        sandbox.json(&["server", "create", "--name", "s", "--flavor", "1", "--image", "Debian Base"]);
    assert_eq!(created["status"], "BUILD");
    let id = id(&created);
    assert_eq!(sandbox.json(&["server", "wait", &id])["status"], "ACTIVE", "default: while BUILD");
    assert_eq!(sandbox.json(&["server", "reboot", &id, "--hard", "--wait"])["status"], "ACTIVE");
    let rebooting = sandbox.json(&["server", "reboot", &id]);
    // REBOOT while it lasts; a slow machine may already see it ACTIVE again.
    assert!(rebooting["status"] == "REBOOT" || rebooting["status"] == "ACTIVE", "{rebooting}");
    assert_eq!(sandbox.json(&["server", "wait", &id, "--while", "REBOOT"])["status"], "ACTIVE");
    assert_eq!(sandbox.json(&["server", "shutdown", &id, "--wait"])["status"], "STOPPED");
    assert_eq!(sandbox.json(&["server", "wait", &id, "--until", "stopped"])["status"], "STOPPED");
    sandbox
        .cmd()
        .args(["server", "shutdown", &id])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already STOPPED"));
    sandbox
        .cmd()
        .args(["server", "wait", &id, "--until", "ACTIVE", "--timeout", "1s"])
        .assert()
        .code(124)
        .stderr(predicate::str::contains("still STOPPED"));
    sandbox
        .cmd()
        .args(["server", "wait", &id, "--until", "RUNNING"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("BUILD, ACTIVE, STOPPED"));
    assert_eq!(sandbox.json(&["server", "start", &id, "--wait"])["status"], "ACTIVE");
    sandbox.json(&["server", "delete", &id]);
    assert_eq!(sandbox.json(&["server", "wait", &id, "--until", "DELETED"])["status"], "DELETED");
}

#[test]
fn reassign_and_resize_a_stopped_server_as_one_script() {
    let sandbox = TestSandbox::start();
    let course = sandbox.course_project();
    let me = sandbox.uuid().to_string();
    let id = id(&sandbox.server("grow", &[]));
    sandbox
        .cmd()
        .args(["server", "resize", &id, "--flavor", "C2R2048D20drbd"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("must be STOPPED").and(predicate::str::contains("server shutdown")));
    sandbox.cmd().args(["server", "reassign", &id, "--project", &course]).assert().code(5);

    sandbox.json(&["server", "shutdown", &id, "--wait"]);
    sandbox
        .cmd()
        .args(["server", "reassign", &id, "--project", "no-such-project"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("astakos project list --mine"));
    let moved = sandbox.json(&["server", "reassign", &id, "--project", &course]);
    assert_eq!(moved["tenant_id"], course);
    let resized = sandbox.json(&["server", "resize", &id, "--flavor", "C2R2048D20drbd"]);
    assert_eq!(resized["flavor"]["id"], 3);
    let started = sandbox.json(&["server", "start", &id, "--wait"]);
    assert_eq!(started["status"], "ACTIVE");
    assert_eq!(sandbox.usage(&course, "cyclades.vm"), 1);
    assert_eq!(sandbox.usage(&course, "cyclades.cpu"), 2);
    assert_eq!(sandbox.usage(&me, "cyclades.vm"), 0);
    assert_eq!(sandbox.usage(&me, "cyclades.cpu"), 0);

    sandbox.json(&["server", "shutdown", &id, "--wait"]);
    sandbox
        .cmd()
        .args(["server", "resize", &id, "--flavor", "C2R4096D40drbd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("disk"));
}

#[test]
fn unknown_names_fail_clearly_with_close_matches() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["server", "create", "--name", "x", "--flavor", "C2R2048D20drdb", "--image", "Debian Base"])
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("no flavor")
                .and(predicate::str::contains("did you mean `C2R2048D20drbd`")),
        );
    sandbox
        .cmd()
        .args(["server", "create", "--name", "x", "--flavor", "1", "--image", "Debain"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Debian Base"));
    sandbox
        .cmd()
        .args([
            "server",
            "create",
            "--name",
            "x",
            "--flavor",
            "1",
            "--image",
            "Debian Base",
            "--network",
            "pubic",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("`public`"));
    sandbox
        .cmd()
        .args(["server", "info", "999"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("server list"));
    assert_eq!(sandbox.json(&["server", "list"]), serde_json::json!([]), "nothing was created");
}

#[test]
fn a_cluster_is_created_in_parallel_and_quota_overflow_leaves_nothing_behind() {
    let sandbox = TestSandbox::start();
    let cluster = sandbox.json(&[
        "server",
        "create",
        "--name",
        "node",
        "--flavor",
        "1",
        "--image",
        "Debian Base",
        "--network",
        "none",
        "--cluster-size",
        "3",
        "--wait",
    ]);
    let names: Vec<&str> = cluster.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["node-1", "node-2", "node-3"]);
    assert!(
        cluster.as_array().unwrap().iter().all(|s| s["status"] == "ACTIVE" && s["adminPass"].is_string())
    );
    let ids: Vec<String> = cluster.as_array().unwrap().iter().map(id).collect();
    let mut delete = vec!["server", "delete", "--wait"];
    delete.extend(ids.iter().map(String::as_str));
    sandbox.json(&delete);

    // The system project allows 4 VMs: the fifth fails, and the four are deleted.
    sandbox
        .cmd()
        .args(["server", "create", "--name", "big", "--flavor", "1", "--image", "Debian Base"])
        .args(["--network", "none", "--cluster-size", "5"])
        .assert()
        .code(5)
        .stderr(
            predicate::str::contains("overLimit")
                .and(predicate::str::contains("cyclades.vm of project"))
                .and(predicate::str::contains("is at 4 of 4"))
                .and(predicate::str::contains("deleted the 4 server(s) already created"))
                .and(predicate::str::contains("server quota")),
        );
    assert_eq!(sandbox.json(&["server", "list"]), serde_json::json!([]));
    assert_eq!(sandbox.usage(sandbox.uuid(), "cyclades.vm"), 0);
}

#[test]
fn a_server_that_fails_to_build_is_reported() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["server", "create", "--name", "bad", "--flavor", "1", "--image", "Debian Base"])
        .args(["--metadata", "sandbox:fail=build", "--wait"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("failed to build").and(predicate::str::contains("server delete")));
    let listed = sandbox.json(&["server", "list", "--status", "ERROR"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    sandbox.cmd().args(["server", "reboot", "bad"]).assert().code(5);
    sandbox
        .cmd()
        .args(["server", "wait", "bad", "--until", "ACTIVE"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is ERROR and will not become ACTIVE"));
    assert_eq!(sandbox.json(&["server", "delete", "bad", "--wait"])[0]["status"], "DELETED");
}

#[test]
fn metadata_rename_console_and_keypairs() {
    let sandbox = TestSandbox::start();
    let id = id(&sandbox.server("meta", &["-m", "role=db"]));
    let metadata = sandbox.json(&["server", "metadata", "set", &id, "tier=gold", "role=web"]);
    assert_eq!(metadata["role"], "web");
    assert_eq!(metadata["tier"], "gold");
    let metadata = sandbox.json(&["server", "metadata", "delete", &id, "tier"]);
    assert!(metadata.get("tier").is_none());
    sandbox
        .cmd()
        .args(["server", "metadata", "list", &id])
        .assert()
        .success()
        .stdout(predicate::str::contains("role"));
    sandbox.cmd().args(["server", "metadata", "delete", &id, "nope"]).assert().code(3);
    sandbox.cmd().args(["server", "metadata", "set", &id, "novalue"]).assert().code(2);

    assert_eq!(sandbox.json(&["server", "rename", &id, "renamed"])["name"], "renamed");
    let stats = sandbox.json(&["server", "stats", "renamed"]);
    assert_eq!(stats["serverRef"], id.parse::<u64>().unwrap());
    let graph = http_get(stats["cpuTimeSeries"].as_str().unwrap());
    assert!(graph.starts_with("HTTP/1.1 200") && graph.contains("<svg"), "{graph}");
    let console = sandbox.json(&["server", "console", "renamed"]);
    assert_eq!(console["type"], "vnc");
    assert!(console["port"].as_u64().is_some() && console["password"].is_string());

    let created = sandbox.json(&["server", "keypair", "create", "gen"]);
    assert!(created["private_key"].as_str().unwrap().contains("PRIVATE KEY"));
    let public = created["public_key"].as_str().unwrap().to_string();
    let key_file = sandbox.dir.path().join("key.pub");
    std::fs::write(&key_file, format!("{public}\n")).unwrap();
    let imported =
        sandbox.json(&["server", "keypair", "import", "mine", "--public-key", key_file.to_str().unwrap()]);
    assert_eq!(imported["fingerprint"], created["fingerprint"]);
    sandbox
        .cmd()
        .args(["server", "keypair", "create", "gen"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already exists"));
    sandbox
        .cmd()
        .args(["server", "keypair", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("gen").and(predicate::str::contains("mine")));
    let with_key =
        sandbox.server("keyed", &["--key-name", "mine", "--key-inject", key_file.to_str().unwrap()]);
    assert_eq!(with_key["key_name"], "mine");
    sandbox.json(&["server", "keypair", "delete", "gen", "mine"]);
    assert_eq!(sandbox.json(&["server", "keypair", "list"]), serde_json::json!([]));
    sandbox.cmd().args(["server", "keypair", "delete", "gen"]).assert().code(3);
}

#[test]
fn server_quota_reports_each_resource_per_project() {
    let sandbox = TestSandbox::start();
    sandbox
        .cmd()
        .args(["server", "quota"])
        .assert()
        .success()
        .stdout(predicate::str::contains("cyclades.vm").and(predicate::str::contains("GiB")));
    let rows = sandbox.json(&["server", "quota", "--project", sandbox.uuid()]);
    let rows = rows.as_array().unwrap();
    assert!(rows.iter().all(|row| row["state"] == "ok"));
    assert!(rows.iter().any(|row| row["resource"] == "cyclades.network.private"));
    sandbox.cmd().args(["server", "quota", "--project", "nope"]).assert().code(3);
}

/// Runs a command that must run out of time: exit code 124 well before the test's own
/// bound (which proves it does not hang), the reason on stderr; returns stdout.
fn times_out(sandbox: &TestSandbox, args: &[&str], flag: &str) -> String {
    let output =
        sandbox.cmd().args(args).timeout(std::time::Duration::from_secs(30)).output().expect("run kamaki");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(124), "`kamaki {}`: {stderr}", args.join(" "));
    assert!(stderr.contains(&format!("wait longer with `{flag}`")), "{stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn waits_keep_one_contract_in_table_and_json() {
    let sandbox = TestSandbox::start();
    // An action's `--wait-timeout` bounds its wait (a build takes the sandbox a second).
    times_out(
        &sandbox,
        &[
            "server",
            "create",
            "--name",
            "late",
            "--flavor",
            "1",
            "--image",
            "Debian Base",
            "--wait-timeout",
            "200ms",
        ],
        "--wait-timeout",
    );
    let done = sandbox.json(&["server", "wait", "late", "--timeout", "1m"]);
    let id = id(&done);
    assert_eq!(
        done,
        serde_json::json!({"id": id, "status": "ACTIVE", "waited_seconds": done["waited_seconds"], "timed_out": false})
    );
    assert!(done["waited_seconds"].as_f64().is_some_and(|s| s >= 0.0), "{done}");

    // A wait that runs out prints the same record, timed out, and exits with 124.
    let stdout = times_out(
        &sandbox,
        &["server", "wait", &id, "--until", "STOPPED", "--timeout", "1s", "-o", "json"],
        "--timeout",
    );
    let late: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(
        (late["id"].as_str(), late["status"].as_str(), late["timed_out"].as_bool()),
        (Some(id.as_str()), Some("ACTIVE"), Some(true))
    );
    let table =
        times_out(&sandbox, &["server", "wait", &id, "--until", "STOPPED", "--timeout", "0.5s"], "--timeout");
    assert!(table.contains("timed_out") && table.contains("true") && table.contains("ACTIVE"), "{table}");
    // The global `--timeout` before the group is the same value: it bounds the wait too.
    times_out(&sandbox, &["--timeout", "0.5s", "server", "wait", &id, "--until", "STOPPED"], "--timeout");
    sandbox.cmd().args(["server", "wait", &id, "--timeout", "soon"]).assert().code(2);
}
