//! `kamaki volume` end to end against a sandbox: volumes, types and snapshots in table
//! and JSON, the seed's "unplug and plug like a USB stick" scenario, and bad input.

mod common;

use common::{TestSandbox, id};
use predicates::prelude::*;
use serde_json::json;

/// A server whose volumes can be plugged and unplugged (an `ext_archipelago` flavor);
/// returns its id.
fn pluggable_server(sandbox: &TestSandbox, name: &str) -> String {
    id(&sandbox.server(name, &["--flavor", "C1R1024D20ext_archipelago", "--network", "none"]))
}

#[test]
fn a_volume_moves_between_servers_like_a_usb_stick() {
    let sandbox = TestSandbox::start();
    let first = pluggable_server(&sandbox, "server-1");
    let second = pluggable_server(&sandbox, "server-2");
    let usb = sandbox.json(&[
        "volume",
        "create",
        "--size",
        "20",
        "--name",
        "USB stick",
        "--server",
        &first,
        "--wait",
    ]);
    assert_eq!(usb["status"], "in_use");
    assert_eq!(usb["attachments"][0]["server_id"], first);
    let usb_id = id(&usb);

    let unplugged = sandbox.json(&["volume", "detach", "USB stick", "--wait"]);
    assert_eq!(unplugged["status"], "available");
    assert_eq!(unplugged["attachments"], json!([]));
    let plugged = sandbox.json(&["volume", "attach", &usb_id, "server-2", "--wait"]);
    assert_eq!(plugged["status"], "in_use");
    assert_eq!(plugged["attachments"][0]["server_id"], second);
    let info = sandbox.json(&["server", "info", &second]);
    assert!(info["volumes"].as_array().unwrap().iter().any(|v| v == &json!(usb_id)));
    sandbox
        .cmd()
        .args(["volume", "attach", &usb_id, &first])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already attached to server"));
}

#[test]
fn volumes_are_created_listed_renamed_reassigned_and_deleted() {
    let sandbox = TestSandbox::start();
    let before = sandbox.usage(sandbox.uuid(), "cyclades.disk");
    let volume =
        sandbox.json(&["volume", "create", "--size", "5", "--name", "data", "--type", "ext_archipelago"]);
    assert_eq!(volume["status"], "creating");
    assert_eq!(sandbox.json(&["volume", "wait", "data"])["status"], "available");
    assert_eq!(sandbox.usage(sandbox.uuid(), "cyclades.disk"), before + 5 * (1 << 30));
    sandbox
        .cmd()
        .args(["volume", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("data").and(predicate::str::contains("available")));
    assert_eq!(sandbox.json(&["volume", "info", &id(&volume)])["size"], 5);
    assert_eq!(sandbox.json(&["volume", "rename", "data", "archive"])["display_name"], "archive");
    let course = sandbox.course_project();
    assert_eq!(sandbox.json(&["volume", "reassign", "archive", "--project", &course])["tenant_id"], course);
    assert_eq!(sandbox.usage(sandbox.uuid(), "cyclades.disk"), before);
    let deleted = sandbox.json(&["volume", "delete", "archive", "--wait"]);
    assert_eq!(deleted[0]["status"], "deleted");
    sandbox.cmd().args(["volume", "info", &id(&volume)]).assert().code(3);

    let types = sandbox.json(&["volume", "type", "list"]);
    assert!(
        types
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "ext_archipelago" && t["SNF:detachable"] == true)
    );
    sandbox
        .cmd()
        .args(["volume", "type", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("drbd"));
}

#[test]
fn attached_and_root_volumes_cannot_be_deleted_or_unplugged() {
    let sandbox = TestSandbox::start();
    let host = pluggable_server(&sandbox, "host");
    let volume =
        sandbox.json(&["volume", "create", "--size", "1", "--name", "disk", "--server", &host, "--wait"]);
    sandbox.cmd().args(["volume", "delete", "disk"]).assert().code(5).stderr(
        predicate::str::contains("attached to server").and(predicate::str::contains("volume detach")),
    );
    assert_eq!(sandbox.json(&["volume", "info", "disk"])["status"], "in_use", "nothing was lost");

    let root = sandbox.json(&["server", "info", &host])["volumes"][0].as_str().unwrap().to_string();
    sandbox
        .cmd()
        .args(["volume", "detach", &root])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("root volume"));

    let drbd = id(&sandbox.json(&[
        "server",
        "create",
        "--name",
        "drbd",
        "--flavor",
        "1",
        "--image",
        "Debian Base",
        "--network",
        "none",
        "--wait",
    ]));
    let fixed =
        sandbox.json(&["volume", "create", "--size", "1", "--name", "fixed", "--server", &drbd, "--wait"]);
    assert_eq!(fixed["volume_type"], 2);
    sandbox
        .cmd()
        .args(["volume", "detach", "fixed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be detached"));
    sandbox
        .cmd()
        .args(["volume", "create", "--size", "100000", "--name", "huge"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("overLimit").and(predicate::str::contains("Disk")));
    sandbox.cmd().args(["volume", "create", "--size", "0", "--name", "zero"]).assert().code(2);
    sandbox.cmd().args(["volume", "info", "huge"]).assert().code(3);
    sandbox.json(&["volume", "detach", &id(&volume), "--wait"]);
    sandbox.json(&["volume", "delete", "disk"]);
}

#[test]
fn snapshots_are_created_listed_and_deleted() {
    let sandbox = TestSandbox::start();
    sandbox.json(&["volume", "create", "--size", "2", "--name", "source", "--wait"]);
    let snapshot =
        sandbox.json(&["volume", "snapshot", "create", "--volume", "source", "--name", "snap", "--wait"]);
    assert_eq!(snapshot["status"], "AVAILABLE");
    assert_eq!(snapshot["size"], 2);
    sandbox
        .cmd()
        .args(["volume", "snapshot", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("snap").and(predicate::str::contains("AVAILABLE")));
    let snapshot_id = id(&snapshot);
    assert_eq!(sandbox.json(&["volume", "snapshot", "info", &snapshot_id])["display_name"], "snap");
    let restored =
        sandbox.json(&["volume", "create", "--size", "2", "--name", "restored", "--snapshot", &snapshot_id]);
    assert_eq!(restored["snapshot_id"], snapshot_id);
    sandbox
        .cmd()
        .args(["volume", "create", "--size", "2", "--name", "x", "--snapshot", "99"])
        .assert()
        .code(3);
    sandbox
        .cmd()
        .args(["volume", "create", "--size", "1", "--name", "small", "--snapshot", &snapshot_id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("smaller than snapshot"));
    sandbox.json(&["volume", "snapshot", "delete", &snapshot_id]);
    assert_eq!(sandbox.json(&["volume", "snapshot", "list"]), json!([]));
    sandbox.cmd().args(["volume", "snapshot", "info", &snapshot_id]).assert().code(3);
    sandbox.cmd().args(["volume", "snapshot", "create", "--volume", "nope"]).assert().code(3);
}

#[test]
fn the_documented_volume_and_resize_examples_work() {
    let sandbox = TestSandbox::start();
    let plugged = sandbox.run_example("volume-plug-unplug.sh", &[]);
    assert!(plugged.contains("in_use"), "{plugged}");
    let host_2 = id(&sandbox.json(&["server", "info", "usb-host-2"]));
    assert_eq!(sandbox.json(&["volume", "info", "USB stick"])["attachments"][0]["server_id"], host_2);

    let course = sandbox.course_project();
    let resized =
        sandbox.run_example("reassign-resize.sh", &["usb-host-1", &course, "C2R2048D20ext_archipelago"]);
    assert!(resized.contains("ACTIVE"), "{resized}");
    let server = sandbox.json(&["server", "info", "usb-host-1"]);
    assert_eq!(server["tenant_id"], course);
    assert_eq!(server["flavor"]["id"], 9);
}

#[test]
fn a_volume_only_plugs_into_servers_of_its_disk_template() {
    let sandbox = TestSandbox::start();
    pluggable_server(&sandbox, "archipelago");
    sandbox.json(&[
        "server",
        "create",
        "--name",
        "drbd",
        "--flavor",
        "1",
        "--image",
        "Debian Base",
        "--network",
        "none",
        "--wait",
    ]);
    sandbox.json(&["volume", "create", "--size", "1", "--name", "stick", "--wait"]);
    sandbox
        .cmd()
        .args(["volume", "attach", "stick", "drbd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be attached").and(predicate::str::contains("drbd")));
    assert_eq!(sandbox.json(&["volume", "attach", "stick", "archipelago", "--wait"])["status"], "in_use");
}
