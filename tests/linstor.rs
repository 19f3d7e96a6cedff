//! `kamaki linstor` end to end against the sandbox controller: every example of the
//! python-linstor guide, in table and JSON output, and the bad inputs around them.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use common::{TestSandbox, field, strings, write_private};
use predicates::prelude::*;
use serde_json::Value;

/// `kamaki linstor ARGS…` against the sandbox, ignoring any `LS_CONTROLLERS` of the caller.
fn linstor(sandbox: &TestSandbox, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = sandbox.cmd();
    cmd.env_remove("LS_CONTROLLERS").arg("linstor").args(args);
    cmd
}

/// `kamaki linstor ARGS… -o json`, which must succeed.
fn json(sandbox: &TestSandbox, args: &[&str]) -> Value {
    let mut full = vec!["linstor"];
    full.extend_from_slice(args);
    sandbox.json(&full)
}

#[test]
fn lists_the_seeded_nodes_and_creates_one() {
    let sandbox = TestSandbox::start();
    linstor(&sandbox, &["node", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bravo").and(predicate::str::contains("10.0.0.11:3366 (PLAIN)")))
        .stdout(predicate::str::contains("Online"));
    let nodes = json(&sandbox, &["node", "list"]);
    assert_eq!(field(&nodes, "name"), ["bravo", "charlie", "delta", "echo"]);
    assert!(nodes.as_array().is_some_and(|n| n.iter().all(|n| n["connection_status"] == "ONLINE")));

    let created = json(&sandbox, &["node", "create", "alpha", "10.0.0.20"]);
    assert_eq!(created[0]["severity"], "success");
    assert_eq!(created[0]["ret_code"], 20709377);
    assert_eq!(created[0]["message"], "New node 'alpha' registered.");
    let alpha = json(&sandbox, &["node", "info", "alpha"]);
    assert_eq!(alpha["type"], "SATELLITE");
    assert_eq!(alpha["net_interfaces"][0]["address"], "10.0.0.20");
    // A new satellite gets the diskless pool, as on a real controller.
    let pools = json(&sandbox, &["storage-pool", "list", "--nodes", "alpha"]);
    assert_eq!(field(&pools, "storage_pool_name"), ["DfltDisklessStorPool"]);

    linstor(&sandbox, &["node", "create", "alpha", "10.0.0.21"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("A node with the name 'alpha' is already registered"));
    linstor(&sandbox, &["node", "create", "zulu", "not-an-ip"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Invalid IP address 'not-an-ip'"));
    linstor(&sandbox, &["node", "info", "nosuch"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("`nosuch`"));
    assert_eq!(json(&sandbox, &["node", "list"]).as_array().map(Vec::len), Some(5));
}

#[test]
fn creates_a_resource_on_two_nodes() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["node", "create", "alpha", "10.0.0.20"]);
    linstor(&sandbox, &["sp", "create", "alpha", "drbdpool", "--driver", "lvmthin", "--backing", "vg0/thin"])
        .assert()
        .success()
        .stdout(predicate::str::contains("New storage pool 'drbdpool' on node 'alpha' registered."));
    linstor(&sandbox, &["rd", "create", "rsc"]).assert().success();
    let volume = json(&sandbox, &["vd", "create", "rsc", "10240"]);
    assert_eq!(volume[0]["ret_code"], 19922945);
    linstor(&sandbox, &["r", "create", "alpha", "rsc"]).assert().success();
    let bravo = json(&sandbox, &["r", "create", "bravo", "rsc"]);
    assert_eq!(bravo[0]["message"], "New resource 'rsc' on node 'bravo' registered.");

    linstor(&sandbox, &["r", "list", "-r", "rsc"])
        .assert()
        .success()
        .stdout(predicate::str::contains("alpha").and(predicate::str::contains("bravo")));
    let resources = json(&sandbox, &["resource", "list", "--resources", "rsc"]);
    assert_eq!(field(&resources, "node_name"), ["alpha", "bravo"]);
    assert_eq!(resources[0]["volumes"][0]["storage_pool_name"], "drbdpool");
    let volumes = json(&sandbox, &["vd", "list", "-r", "rsc"]);
    assert_eq!(volumes[0]["size_kib"], 10240);
    linstor(&sandbox, &["vd", "list"]).assert().success().stdout(predicate::str::contains("10 MiB"));

    linstor(&sandbox, &["r", "create", "nosuch", "rsc"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Node 'nosuch' not found"));
    let failed = linstor(&sandbox, &["r", "create", "nosuch", "rsc", "-o", "json"]).output().expect("run");
    let error: Value = serde_json::from_slice(&failed.stderr).expect("JSON error on stderr");
    assert_eq!(error["error"]["kind"], "not_found");
    assert_eq!(error["error"]["status"], 404);
    linstor(&sandbox, &["r", "create", "charlie", "rsc", "--storage-pool", "nopool"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Storage pool 'nopool' not found on node 'charlie'"));
    linstor(&sandbox, &["sp", "create", "alpha", "fast", "--driver", "lvm"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs `--backing`"));
    // Deleting what is not there is a warning, not an error, as on a real controller.
    linstor(&sandbox, &["r", "delete", "charlie", "rsc"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: Node: charlie, Resource: rsc not found."));
    assert_eq!(json(&sandbox, &["r", "list", "-r", "rsc"]).as_array().map(Vec::len), Some(2));
}

#[test]
fn places_a_resource_three_times_redundant_and_answers_queries() {
    let sandbox = TestSandbox::start();
    let info = json(&sandbox, &["resource", "place", "foo", "--size", "20 MiB", "--redundancy", "3"]);
    assert_eq!(strings(&info["diskful_nodes"]), ["bravo", "charlie", "delta"]);
    assert_eq!(info["volumes"][0]["size_kib"], 20480);
    let device = info["volumes"][0]["device_path"].as_str().unwrap_or_default().to_string();
    assert!(device.starts_with("/dev/drbd"), "{device}");
    assert_eq!(info["volumes"][0]["backing_disks"]["delta"], "/dev/vg0/foo_00000");

    linstor(&sandbox, &["resource", "info", "foo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bravo, charlie, delta"))
        .stdout(predicate::str::contains(device.as_str()));
    // The replicas take their space from the pools.
    let pools = json(&sandbox, &["sp", "list", "-s", "drbdpool", "-n", "delta"]);
    assert_eq!(pools[0]["total_capacity"], 10 << 20);
    assert_eq!(pools[0]["free_capacity"], (10 << 20) - 20488);
    linstor(&sandbox, &["resource", "info", "nosuch"]).assert().code(3);
    // Placing an existing resource again adds replicas up to the count; its size stays.
    let more = json(&sandbox, &["node", "create", "alpha", "10.0.0.20"]);
    assert_eq!(more[0]["severity"], "success");
    json(&sandbox, &["sp", "create", "alpha", "drbdpool", "--driver", "lvm", "--backing", "vg0"]);
    let info = json(&sandbox, &["resource", "place", "foo", "--redundancy", "4"]);
    assert_eq!(strings(&info["diskful_nodes"]), ["alpha", "bravo", "charlie", "delta"]);
    linstor(&sandbox, &["resource", "place", "foo", "--size", "1GiB", "--redundancy", "4"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already has a volume of 20 MiB, not 1 GiB"));
    linstor(&sandbox, &["resource", "place", "bar"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`--size`"));
}

#[test]
fn refused_placements_name_the_shortfall_and_leave_nothing() {
    let sandbox = TestSandbox::start();
    linstor(&sandbox, &["r", "place", "wide", "--size", "20MiB", "--redundancy", "5"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Not enough available nodes"))
        .stderr(predicate::str::contains("5 more diskful replica(s) needed, but only 3 node(s) qualify"));
    linstor(&sandbox, &["r", "place", "huge", "--size", "15GiB", "--redundancy", "3"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Too little free space"))
        .stderr(predicate::str::contains("delta (10 GiB free in 'drbdpool')"));
    linstor(&sandbox, &["r", "place", "odd", "--size", "20 furlongs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown unit `furlongs`"));
    linstor(&sandbox, &["r", "place", "nopool", "--size", "20MiB", "--storage-pool", "nosuch"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Storage pool 'nosuch' not found"));
    assert_eq!(json(&sandbox, &["rd", "list"]), Value::Array(Vec::new()));
    // A definition that existed stays, without the volume the failed placement added.
    json(&sandbox, &["rd", "create", "bare"]);
    linstor(&sandbox, &["r", "place", "bare", "--size", "15GiB", "--redundancy", "3"]).assert().code(5);
    assert_eq!(field(&json(&sandbox, &["rd", "list"]), "name"), ["bare"]);
    assert_eq!(json(&sandbox, &["vd", "list"]), Value::Array(Vec::new()));
}

#[test]
fn resizes_grow_only() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["r", "place", "foo", "--size", "20MiB", "--redundancy", "2"]);
    let grown = json(&sandbox, &["r", "resize", "foo", "30MiB"]);
    assert_eq!(grown["volumes"][0]["size_kib"], 30720);
    let grown = json(&sandbox, &["r", "resize", "foo", "+10MiB"]);
    assert_eq!(grown["volumes"][0]["size_kib"], 40960);
    linstor(&sandbox, &["r", "resize", "foo", "10MiB"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot shrink volume 0 of `foo` from 40 MiB to 10 MiB"));
    linstor(&sandbox, &["r", "resize", "foo", "1.5.0G"]).assert().code(2);
    linstor(&sandbox, &["r", "resize", "foo", "50MiB", "--volume", "3"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("has no volume 3"));
    linstor(&sandbox, &["r", "resize", "foo", "1TiB"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Not enough free space"));
    assert_eq!(json(&sandbox, &["vd", "list"])[0]["size_kib"], 40960);
    linstor(&sandbox, &["r", "resize", "foo", "50MiB"])
        .assert()
        .success()
        .stdout(predicate::str::contains("50 MiB /dev/drbd"));
}

#[test]
fn activates_and_deactivates_diskless_replicas_only() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["r", "place", "foo", "--size", "20MiB", "--redundancy", "2"]);
    let active = json(&sandbox, &["r", "activate", "foo", "echo"]);
    assert_eq!(strings(&active["diskless_nodes"]), ["echo"]);
    // A node that already has a replica keeps it as it is.
    let again = json(&sandbox, &["r", "activate", "foo", "bravo"]);
    assert_eq!(strings(&again["diskful_nodes"]), ["bravo", "charlie"]);
    linstor(&sandbox, &["r", "activate", "foo", "echo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("node echo"))
        .stdout(predicate::str::contains("Diskless (diskless, DfltDisklessStorPool)"));

    let inactive = json(&sandbox, &["r", "deactivate", "foo", "echo"]);
    assert_eq!(strings(&inactive["diskless_nodes"]), Vec::<String>::new());
    linstor(&sandbox, &["r", "deactivate", "foo", "bravo"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("refusing to deactivate `foo` on `bravo`"))
        .stderr(predicate::str::contains("hint: to remove it anyway"));
    assert_eq!(strings(&json(&sandbox, &["r", "info", "foo"])["diskful_nodes"]), ["bravo", "charlie"]);
    linstor(&sandbox, &["r", "place", "all", "--size", "20MiB"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("The names 'all' and 'proxy' are reserved"));
    let everywhere = json(&sandbox, &["r", "place", "spread", "--size", "20MiB", "--diskless-on-remaining"]);
    assert_eq!(strings(&everywhere["diskful_nodes"]), ["bravo", "charlie"]);
    assert_eq!(strings(&everywhere["diskless_nodes"]), ["delta", "echo"]);
    linstor(&sandbox, &["r", "deactivate", "foo", "nosuch"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("node `nosuch` not found"));
}

#[test]
fn sets_the_assignment_state_diskful_diskless_unassigned() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["r", "place", "foo", "--size", "20MiB", "--redundancy", "2"]);
    let replica = |info: &Value| -> Option<bool> {
        info["replicas"]
            .as_array()?
            .iter()
            .find(|r| r["node"] == "delta")
            .and_then(|r| r["diskless"].as_bool())
    };
    let info = json(&sandbox, &["r", "make-diskful", "foo", "delta", "--storage-pool", "drbdpool"]);
    assert_eq!(replica(&info), Some(false));
    let info = json(&sandbox, &["r", "make-diskless", "foo", "delta"]);
    assert_eq!(replica(&info), Some(true));
    let info = json(&sandbox, &["r", "unassign", "foo", "delta"]);
    assert_eq!(replica(&info), None);
    let info = json(&sandbox, &["r", "make-diskless", "foo", "delta"]);
    assert_eq!(replica(&info), Some(true));
    linstor(&sandbox, &["r", "make-diskful", "foo", "delta"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bravo, charlie, delta"));
    linstor(&sandbox, &["r", "make-diskful", "foo", "echo"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Node 'echo' has no storage pool with a disk"));
}

#[test]
fn switches_dual_primary_on_and_off() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["r", "place", "foo", "--size", "20MiB"]);
    assert_eq!(json(&sandbox, &["r", "dual-primary", "foo", "on"])["allow_two_primaries"], true);
    let props = json(&sandbox, &["rd", "list-properties", "foo"]);
    assert_eq!(props[0]["key"], "DrbdOptions/Net/allow-two-primaries");
    assert_eq!(props[0]["value"], "yes");
    linstor(&sandbox, &["r", "dual-primary", "foo", "off"])
        .assert()
        .success()
        .stdout(predicate::str::contains("allow_two_primaries  false"));
    json(&sandbox, &["rd", "drbd-options", "foo", "--allow-two-primaries", "yes"]);
    assert_eq!(json(&sandbox, &["r", "info", "foo"])["allow_two_primaries"], true);
    linstor(&sandbox, &["r", "dual-primary", "foo", "maybe"]).assert().code(2);
}

#[test]
fn key_value_store_keeps_namespaces_apart() {
    let sandbox = TestSandbox::start();
    let kv = |ns: &str, args: &[&str]| {
        let mut full = vec!["kv", "--instance", "myKV", "--namespace", ns];
        full.extend_from_slice(args);
        json(&sandbox, &full)
    };
    assert_eq!(kv("/foo/bar/", &["set", "key", "val"])["value"], "val");
    let listed = kv("/foo/bar/", &["list"]);
    assert_eq!(field(&listed, "key"), ["key"]);
    assert_eq!(field(&kv("/", &["list"]), "key"), ["foo/bar/key"]);
    kv("/", &["set", "foo/baz/key", "valbaz"]);
    assert_eq!(field(&kv("/foo/bar", &["list"]), "key"), ["key"]);
    assert_eq!(kv("/foo/baz/", &["get", "key"])["value"], "valbaz");
    linstor(&sandbox, &["kv", "--instance", "myKV", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("foo/bar/key").and(predicate::str::contains("valbaz")));
    assert_eq!(field(&json(&sandbox, &["kv", "list"]), "name"), ["myKV"]);

    assert_eq!(kv("/foo/bar/", &["delete", "key"])["status"], "deleted");
    linstor(&sandbox, &["kv", "--instance", "myKV", "--namespace", "/foo/bar/", "get", "key"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("key `key` not found in namespace `/foo/bar/` of KV `myKV`"));
    linstor(&sandbox, &["kv", "get", "key"]).assert().code(2).stderr(predicate::str::contains("--instance"));
    assert_eq!(kv("/foo/", &["delete-namespace"])["deleted"], 1);
    // An instance without keys is gone, as on a real controller.
    assert_eq!(json(&sandbox, &["kv", "list"]), Value::Array(Vec::new()));
}

#[test]
fn waits_for_up_to_date_and_reports_lost_connections() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["controller", "set-property", "Sandbox/SyncDelayMs", "300"]);
    json(&sandbox, &["r", "place", "foo", "--size", "20MiB", "--redundancy", "2"]);
    let done = json(&sandbox, &["r", "wait", "foo"]);
    assert_eq!(done["status"], "UpToDate");
    assert_eq!((done["id"].as_str(), done["timed_out"].as_bool()), (Some("foo"), Some(false)));
    linstor(&sandbox, &["r", "wait", "foo", "--node", "charlie"])
        .assert()
        .success()
        .stdout(predicate::str::contains("UpToDate"));

    // A satellite that drops its connection ends the wait with its own exit code.
    json(&sandbox, &["node", "set-property", "delta", "Sandbox/Offline", "yes"]);
    linstor(&sandbox, &["node", "list"]).assert().success().stdout(predicate::str::contains("OFFLINE"));
    linstor(&sandbox, &["r", "make-diskful", "foo", "delta"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: No active connection to satellite 'delta'"));
    linstor(&sandbox, &["r", "wait", "foo", "--node", "delta"])
        .assert()
        .code(20)
        .stderr(predicate::str::contains("satellite connection lost: node `delta` is OFFLINE"));

    // After reconnecting it resyncs; a wait shorter than the sync times out.
    json(&sandbox, &["controller", "set-property", "Sandbox/SyncDelayMs", "30000"]);
    json(&sandbox, &["node", "reconnect", "delta"]);
    linstor(&sandbox, &["r", "wait", "foo", "--node", "delta", "--timeout", "0.5s"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(124)
        .stdout(predicate::str::contains("timed_out").and(predicate::str::contains("true")))
        .stderr(predicate::str::contains(
            "did not become UpToDate within 500ms (now: Inconsistent on delta)",
        ));
    linstor(&sandbox, &["r", "wait", "foo", "--node", "echo"]).assert().code(3);

    // A resource deleted while someone waits on it ends the wait (the seed's close-removed).
    json(&sandbox, &["r", "place", "gone", "--size", "20MiB"]);
    let waiter = sandbox
        .process()
        .args(["linstor", "r", "wait", "gone", "--timeout", "20s"])
        .env_remove("LS_CONTROLLERS")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the wait");
    // Give the waiter time to find the resource before it goes (no assertion on timing).
    std::thread::sleep(std::time::Duration::from_secs(1));
    json(&sandbox, &["rd", "delete", "gone"]);
    let waited = waiter.wait_with_output().expect("wait ends");
    assert_eq!(waited.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&waited.stderr).contains("`gone` was removed while waiting"));
}

#[test]
fn fails_over_to_the_next_controller_and_names_unreachable_ones() {
    let sandbox = TestSandbox::start();
    let live = sandbox.endpoints["linstor_url"].as_str().unwrap_or_default().to_string();
    // Port 9 (discard) on loopback has no listener here: connections are refused at once.
    let dead = "http://127.0.0.1:9";
    let config = sandbox.dir.path().join("failover.toml");
    write_private(
        &config,
        &format!(
            "default_cloud = \"ls\"\n[clouds.ls]\n[clouds.ls.linstor]\ncontrollers = [\"{dead}\", \"{live}\"]\n"
        ),
    );
    let run = |args: &[&str]| {
        let mut cmd = linstor(&sandbox, args);
        cmd.env("KAMAKI_CONFIG", &config);
        cmd
    };
    run(&["node", "list"]).assert().success().stdout(predicate::str::contains("bravo"));

    let mut only_dead = linstor(&sandbox, &["node", "list"]);
    only_dead.env("LS_CONTROLLERS", format!("{dead},linstor://127.0.0.1:10"));
    only_dead
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot reach the LINSTOR controller; tried: http://127.0.0.1:9/"))
        .stderr(predicate::str::contains("http://127.0.0.1:10/"));
    let mut via_env = linstor(&sandbox, &["node", "list"]);
    via_env.env("LS_CONTROLLERS", live.replace("http://", "linstor://"));
    via_env.assert().success().stdout(predicate::str::contains("charlie"));
    // A client certificate that is not PEM is a configuration error.
    let not_pem = sandbox.dir.path().join("client.pem");
    write_private(&not_pem, "not a certificate");
    let with_cert = sandbox.dir.path().join("cert.toml");
    write_private(
        &with_cert,
        &format!(
            "default_cloud = \"ls\"\n[clouds.ls.linstor]\ncontrollers = [\"{live}\"]\nclient_cert = \"{0}\"\nclient_key = \"{0}\"\n",
            not_pem.display()
        ),
    );
    let mut bad_cert = linstor(&sandbox, &["node", "list"]);
    bad_cert.env("KAMAKI_CONFIG", &with_cert);
    bad_cert.assert().code(2).stderr(predicate::str::contains("are not a PEM certificate and key"));
    let mut bad_scheme = linstor(&sandbox, &["node", "list"]);
    bad_scheme.env("LS_CONTROLLERS", "ftp://x");
    bad_scheme.assert().code(2).stderr(predicate::str::contains("unknown scheme"));
}

#[test]
fn spawns_from_a_resource_group() {
    let sandbox = TestSandbox::start();
    json(&sandbox, &["rg", "create", "fast", "--place-count", "2", "--storage-pool", "drbdpool"]);
    linstor(&sandbox, &["rg", "list"]).assert().success().stdout(predicate::str::contains("PlaceCount: 2"));
    let spawned = json(&sandbox, &["rg", "spawn", "fast", "db", "1G", "20MiB"]);
    assert!(spawned.as_array().is_some_and(|r| r.iter().any(|r| {
        r["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Resource 'db' successfully autoplaced on 2 nodes"))
    })));
    let info = json(&sandbox, &["r", "info", "db"]);
    assert_eq!(info["resource_group"], "fast");
    assert_eq!(info["volumes"].as_array().map(Vec::len), Some(2));
    linstor(&sandbox, &["rg", "delete", "fast"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("still in use"));
    linstor(&sandbox, &["rg", "spawn", "nosuch", "x", "1G"]).assert().code(3);
}

/// GETs `url` from the controller and parses the body as JSON.
async fn get_json(http: &reqwest::Client, url: String) -> Value {
    http.get(url).send().await.expect("get").json().await.expect("json")
}

/// The controller's wire protocol, as python-linstor and linstor-client rely on it.
#[test]
fn controller_speaks_the_rest_protocol() {
    let sandbox = TestSandbox::start();
    let base = sandbox.endpoints["linstor_url"].as_str().unwrap_or_default().to_string();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let http = reqwest::Client::new();
        let version = get_json(&http, format!("{base}/v1/controller/version")).await;
        assert_eq!(version["rest_api_version"], "1.28.0");

        let unknown_field = http
            .post(format!("{base}/v1/nodes"))
            .json(&serde_json::json!({"name": "x", "type": "satellite", "colour": "red"}))
            .send()
            .await
            .expect("post");
        assert_eq!(unknown_field.status(), 400);
        let body: Value = unknown_field.json().await.expect("json");
        assert_eq!(body[0]["ret_code"], -3458764513820540931i64);

        let missing = http.get(format!("{base}/v1/nodes/nosuch")).send().await.expect("get");
        assert_eq!(missing.status(), 404);
        let body: Value = missing.json().await.expect("json");
        assert_eq!(body[0]["ret_code"], -4611686018427387604i64);

        let gone = http
            .delete(format!("{base}/v1/resource-definitions/r0/resources/bravo"))
            .send()
            .await
            .expect("delete");
        assert_eq!(gone.status(), 200);
        let body: Value = gone.json().await.expect("json");
        assert_eq!(body[0]["ret_code"], -9223372036801033288i64);

        let exists = http
            .post(format!("{base}/v1/nodes"))
            .json(&serde_json::json!({"name": "bravo", "type": "satellite",
                "net_interfaces": [{"name": "default", "address": "10.0.0.9"}]}))
            .send()
            .await
            .expect("post");
        assert_eq!(exists.status(), 500);

        let kv = http
            .put(format!("{base}/v1/key-value-store/inst"))
            .json(&serde_json::json!({"override_props": {"/a//b/c": "v"}}))
            .send()
            .await
            .expect("put");
        let body: Value = kv.json().await.expect("json");
        assert_eq!(body[0]["ret_code"], 34603011);
        let stores = get_json(&http, format!("{base}/v1/key-value-store/inst")).await;
        assert_eq!(stores[0]["props"]["a/b/c"], "v");

        let group = http
            .put(format!("{base}/v1/resource-groups/DfltRscGrp"))
            .json(&serde_json::json!({"description": "default", "select_filter": {"place_count": 3}}))
            .send()
            .await
            .expect("put");
        assert_eq!(group.status(), 200);
        let group = get_json(&http, format!("{base}/v1/resource-groups/dfltrscgrp")).await;
        assert_eq!(group["select_filter"]["place_count"], 3);
        assert_eq!(group["description"], "default");

        let pool = http
            .put(format!("{base}/v1/nodes/bravo/storage-pools/drbdpool"))
            .json(&serde_json::json!({"override_props": {"Aux/tier": "ssd"}}))
            .send()
            .await
            .expect("put");
        assert_eq!(pool.status(), 200);
        let pool = get_json(&http, format!("{base}/v1/nodes/bravo/storage-pools/drbdpool")).await;
        assert_eq!(pool["props"]["Aux/tier"], "ssd");
        assert_eq!(pool["free_space_mgr_name"], "bravo;drbdpool");

        http.post(format!("{base}/v1/controller/properties"))
            .json(&serde_json::json!({"override_props": {"Aux/x": "1"}}))
            .send()
            .await
            .expect("post");
        let removed =
            http.delete(format!("{base}/v1/controller/properties/Aux%2Fx")).send().await.expect("delete");
        assert_eq!(removed.status(), 200);
        let props = get_json(&http, format!("{base}/v1/controller/properties")).await;
        assert_eq!(props, serde_json::json!({}));

        // The pre-1.28 toggle-disk route still works, as python-linstor uses it on older APIs.
        let rsc = format!("{base}/v1/resource-definitions");
        http.post(&rsc).json(&serde_json::json!({"resource_definition": {"name": "t1"}})).send().await.expect("rd");
        http.post(format!("{rsc}/t1/volume-definitions"))
            .json(&serde_json::json!({"volume_definition": {"size_kib": 1024}}))
            .send()
            .await
            .expect("vd");
        let created = http
            .post(format!("{rsc}/t1/resources"))
            .json(&serde_json::json!([{"resource": {"node_name": "bravo"}}, {"resource": {"node_name": "charlie"}}]))
            .send()
            .await
            .expect("resources");
        assert_eq!(created.status(), 201);
        let toggled =
            http.put(format!("{rsc}/t1/resources/charlie/toggle-disk/diskless")).send().await.expect("toggle");
        assert_eq!(toggled.status(), 200);
        let charlie = get_json(&http, format!("{rsc}/t1/resources/charlie")).await;
        assert_eq!(charlie["flags"], serde_json::json!(["DISKLESS", "DRBD_DISKLESS"]));
        let last = http.put(format!("{rsc}/t1/resources/bravo/toggle-disk/diskless")).send().await.expect("toggle");
        assert_eq!(last.status(), 500, "the last disk cannot go");

        // Numbers may come as strings (Jackson coerces them; linstor-client relies on it), and
        // a group's volume groups fix how many sizes a spawn takes unless it is partial.
        let groups = format!("{base}/v1/resource-groups");
        let created = http
            .post(&groups)
            .json(&serde_json::json!({"name": "vg1", "select_filter": {"place_count": "2"}}))
            .send()
            .await
            .expect("rg");
        assert_eq!(created.status(), 201);
        http.post(format!("{groups}/vg1/volume-groups")).json(&serde_json::json!({})).send().await.expect("vg");
        let listed = get_json(&http, format!("{groups}/vg1/volume-groups")).await;
        assert_eq!(listed[0]["volume_number"], 0);
        let spawn = |name: &str, partial: bool| {
            http.post(format!("{groups}/vg1/spawn")).json(&serde_json::json!({
                "resource_definition_name": name, "volume_sizes": [1024, 2048], "partial": partial}))
        };
        let refused = spawn("s1", false).send().await.expect("spawn");
        assert_eq!(refused.status(), 500);
        let body: Value = refused.json().await.expect("json");
        assert_eq!(body[0]["ret_code"].as_i64().map(|rc| rc & 0x7FFF), Some(228));
        assert_eq!(spawn("s1", true).send().await.expect("spawn").status(), 201);

        let route = http.get(format!("{base}/v1/nothing-here")).send().await.expect("get");
        assert_eq!(route.status(), 404);
        assert!(route.headers()["content-type"].to_str().is_ok_and(|t| t.starts_with("application/json")));
    });
}
