//! `kamaki network` end to end against a sandbox: networks, subnets, ports and floating
//! IPs in table and JSON, the seed's private network, reserve-IP and cluster scenarios,
//! and bad input.

mod common;

use common::{TestSandbox, id};
use predicates::prelude::*;
use serde_json::{Value, json};

/// A private network with a subnet; returns its id.
fn private_network(sandbox: &TestSandbox, name: &str, cidr: &str) -> String {
    let network = sandbox.json(&["network", "create", "--name", name]);
    assert_eq!(network["type"], "MAC_FILTERED");
    assert_eq!(network["public"], false);
    let subnet = sandbox.json(&["network", "subnet", "create", "--network", name, "--cidr", cidr]);
    assert_eq!(subnet["cidr"], cidr);
    id(&network)
}

#[test]
fn a_private_network_connects_two_servers_through_ports() {
    let sandbox = TestSandbox::start();
    let net = private_network(&sandbox, "My Network", "10.0.0.0/24");
    let one = id(&sandbox.server("one", &["--network", "none"]));
    let two = id(&sandbox.server("two", &["--network", "none"]));
    let port_one = sandbox.json(&["network", "connect", &one, "My Network", "--wait"]);
    assert_eq!(port_one["status"], "ACTIVE");
    assert_eq!(port_one["fixed_ips"][0]["ip_address"], "10.0.0.2");
    let port_two = sandbox.json(&["network", "connect", "two", &net, "--ip", "10.0.0.50", "--wait"]);
    assert_eq!(port_two["fixed_ips"][0]["ip_address"], "10.0.0.50");
    assert!(port_two["mac_address"].as_str().unwrap().starts_with("aa:00:00:"));
    assert_ne!(port_one["mac_address"], port_two["mac_address"]);

    let info = sandbox.json(&["server", "info", &one]);
    assert_eq!(info["attachments"][0]["network_id"], net);
    assert_eq!(info["addresses"][&net][0]["addr"], "10.0.0.2");
    sandbox
        .cmd()
        .args(["network", "port", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("10.0.0.50").and(predicate::str::contains("ACTIVE")));
    assert_eq!(sandbox.json(&["network", "port", "info", &id(&port_two)])["device_id"], two);
    sandbox
        .cmd()
        .args(["network", "connect", &one, &net, "--ip", "10.0.0.50"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already in use"));

    sandbox
        .cmd()
        .args(["network", "delete", &net])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("in use").and(predicate::str::contains("network disconnect")));
    let gone = sandbox.json(&["network", "disconnect", &one, &net, "--wait"]);
    assert_eq!(gone[0]["status"], "deleted");
    sandbox.json(&["network", "disconnect", &two, &net]);
    sandbox.cmd().args(["network", "disconnect", &two, &net]).assert().code(3);
    sandbox.json(&["network", "delete", &net]);
    sandbox.cmd().args(["network", "info", &net]).assert().code(3);
}

#[test]
fn networks_subnets_list_rename_and_reassign() {
    let sandbox = TestSandbox::start();
    let net = private_network(&sandbox, "lan", "192.168.7.0/24");
    sandbox
        .cmd()
        .args(["network", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("public").and(predicate::str::contains("192.168.7.0/24")));
    let networks = sandbox.json(&["network", "list"]);
    assert_eq!(networks.as_array().unwrap().len(), 2);
    assert_eq!(sandbox.json(&["network", "info", "public"])["SNF:floating_ip_pool"], true);
    assert_eq!(sandbox.json(&["network", "rename", &net, "office"])["name"], "office");
    let subnets = sandbox.json(&["network", "subnet", "list"]);
    let subnet = subnets.as_array().unwrap().iter().find(|s| s["network_id"] == net).unwrap();
    assert_eq!(subnet["gateway_ip"], "192.168.7.1");
    assert_eq!(subnet["allocation_pools"][0]["start"], "192.168.7.2");
    sandbox
        .cmd()
        .args(["network", "subnet", "info", &id(subnet)])
        .assert()
        .success()
        .stdout(predicate::str::contains("192.168.7.0/24"));

    let course = sandbox.course_project();
    assert_eq!(sandbox.json(&["network", "reassign", "office", "--project", &course])["tenant_id"], course);
    let quota = sandbox.json(&["server", "quota", "--project", &course]);
    let private =
        quota.as_array().unwrap().iter().find(|r| r["resource"] == "cyclades.network.private").unwrap();
    assert_eq!(private["usage"], 1);

    let gatewayless = sandbox.json(&["network", "create", "--name", "bare"]);
    let subnet = sandbox.json(&[
        "network",
        "subnet",
        "create",
        "--network",
        "bare",
        "--cidr",
        "172.16.0.0/28",
        "--no-gateway",
        "--no-dhcp",
    ]);
    assert_eq!(subnet["gateway_ip"], Value::Null);
    assert_eq!(subnet["enable_dhcp"], false);
    assert_eq!(subnet["allocation_pools"][0]["start"], "172.16.0.1");
    sandbox.json(&["network", "delete", &id(&gatewayless), "office"]);
}

#[test]
fn bad_network_input_fails_clearly() {
    let sandbox = TestSandbox::start();
    sandbox.json(&["network", "create", "--name", "lab"]);
    sandbox
        .cmd()
        .args(["network", "subnet", "create", "--network", "lab", "--cidr", "10.0.0.7/24"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("host bits").and(predicate::str::contains("10.0.0.0/24")));
    sandbox
        .cmd()
        .args(["network", "subnet", "create", "--network", "lab", "--cidr", "10.0.0/24"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Invalid CIDR"));
    sandbox
        .cmd()
        .args([
            "network",
            "subnet",
            "create",
            "--network",
            "lab",
            "--cidr",
            "10.0.0.0/24",
            "--gateway",
            "10.9.9.9",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not inside"));
    assert_eq!(
        sandbox.json(&["network", "subnet", "list"]).as_array().unwrap().len(),
        1,
        "only the public one"
    );
    sandbox
        .cmd()
        .args(["network", "info", "lap"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("did you mean `lab`"));
    sandbox
        .cmd()
        .args(["network", "create", "--name", "x", "--type", "PHYSICAL_VLAN"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("Can not create network of type PHYSICAL_VLAN"));
    sandbox.cmd().args(["network", "delete", "public"]).assert().code(4);
    // The system project allows 4 private networks: `lab` and three more fit, the fifth does not.
    for name in ["b", "c", "d"] {
        sandbox.json(&["network", "create", "--name", name]);
    }
    sandbox
        .cmd()
        .args(["network", "create", "--name", "e"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("overLimit").and(predicate::str::contains("Private Network")));
    assert_eq!(sandbox.json(&["network", "list"]).as_array().unwrap().len(), 5);
}

/// Refusals get the hint that fits what was asked, decided on the request and the API's
/// answer, not on the wording of its message.
#[test]
fn refusals_point_at_what_to_do() {
    let sandbox = TestSandbox::start();
    let server = sandbox.server("web", &[]);
    // A port on the public network needs a reserved address.
    let stderr =
        sandbox.fails(&["network", "port", "create", "--network", "public", "--server", &id(&server)], 2);
    assert!(stderr.contains("kamaki network ip reserve"), "{stderr}");
    // A private network's port without an address is fine; a refused one gets no such hint.
    let lab = private_network(&sandbox, "lab", "10.0.0.0/24");
    let stderr = sandbox.fails(&["network", "port", "create", "--network", &lab, "--server", "424242"], 3);
    assert!(!stderr.contains("ip reserve"), "{stderr}");
    // A project the user is not a member of is named, and the hint lists the user's projects.
    let stranger = "00000000-0000-0000-0000-00000000beef";
    let stderr = sandbox.fails(&["network", "reassign", "lab", "--project", stranger], 3);
    assert!(stderr.contains(stranger) && stderr.contains("astakos project list --mine"), "{stderr}");
}

#[test]
fn check_for_free_ips_reserve_one_and_use_it_with_a_server() {
    let sandbox = TestSandbox::start();
    let target = id(&sandbox.server("target", &["--network", "none"]));
    assert_eq!(sandbox.json(&["network", "ip", "list", "--free"]), json!([]));
    let ip = sandbox.json(&["network", "ip", "reserve"]);
    let address = ip["floating_ip_address"].as_str().unwrap().to_string();
    assert!(address.starts_with("203.0.113."));
    assert_eq!(ip["port_id"], Value::Null);
    assert_eq!(sandbox.json(&["network", "ip", "list", "--free"]).as_array().unwrap().len(), 1);

    let attached = sandbox.json(&["network", "ip", "attach", &address, &target, "--wait"]);
    assert_eq!(attached["instance_id"], target);
    assert_eq!(sandbox.json(&["network", "ip", "list", "--free"]), json!([]));
    let info = sandbox.json(&["server", "info", &target]);
    assert_eq!(info["attachments"][0]["ipv4"], address);
    sandbox
        .cmd()
        .args(["network", "ip", "release", &address])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("detach it first"));
    sandbox
        .cmd()
        .args(["network", "ip", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(address.as_str()).and(predicate::str::contains(target.as_str())));

    let detached = sandbox.json(&["network", "ip", "detach", &address, "--wait"]);
    assert_eq!(detached["port_id"], Value::Null);
    sandbox.cmd().args(["network", "ip", "detach", &address]).assert().code(5);
    let course = sandbox.course_project();
    assert_eq!(
        sandbox.json(&["network", "ip", "reassign", &address, "--project", &course])["tenant_id"],
        course
    );
    assert_eq!(sandbox.json(&["network", "ip", "info", &id(&ip)])["floating_ip_address"], address);
    let released = sandbox.json(&["network", "ip", "release", &address]);
    assert_eq!(released[0]["status"], "released");
    sandbox.cmd().args(["network", "ip", "info", &address]).assert().code(3);

    let specific =
        sandbox.json(&["network", "ip", "reserve", "--address", "203.0.113.200", "--network", "public"]);
    assert_eq!(specific["floating_ip_address"], "203.0.113.200");
    sandbox.cmd().args(["network", "ip", "reserve", "--address", "203.0.113.200"]).assert().code(5);
}

#[test]
fn a_three_server_cluster_with_one_public_ip() {
    let sandbox = TestSandbox::start();
    let vpn = private_network(&sandbox, "Cluster Network", "10.1.0.0/24");
    let ip = sandbox.json(&["network", "ip", "reserve"]);
    let address = ip["floating_ip_address"].as_str().unwrap().to_string();
    let public = format!("{},ip={address}", id(&json!({"id": ip["floating_network_id"]})));
    let node_1 = sandbox.server("Node 1", &["--network", &vpn]);
    let node_2 = sandbox.server("Node 2", &["--network", &vpn]);
    let gateway = sandbox.server("Gateway", &["--network", &vpn, "--network", &public]);
    for node in [&node_1, &node_2] {
        assert_eq!(node["attachments"].as_array().unwrap().len(), 1);
        assert!(node["attachments"][0]["ipv4"].as_str().unwrap().starts_with("10.1.0."));
    }
    let nics = gateway["attachments"].as_array().unwrap();
    assert_eq!(nics.len(), 2);
    assert_eq!(nics[1]["ipv4"], address);
    assert_eq!(nics[1]["OS-EXT-IPS:type"], "floating");
    assert_eq!(sandbox.json(&["network", "ip", "info", &address])["instance_id"], id(&gateway));

    // Deleting the gateway frees the reserved IP but keeps it reserved.
    sandbox.json(&["server", "delete", "Gateway", "--wait"]);
    let kept = sandbox.json(&["network", "ip", "info", &address]);
    assert_eq!(kept["port_id"], Value::Null);
}

#[test]
fn the_documented_network_examples_work() {
    let sandbox = TestSandbox::start();
    let ports = sandbox.run_example("private-network.sh", &[]);
    assert_eq!(ports.matches("ACTIVE").count(), 2, "{ports}");
    let reserved = sandbox.run_example("reserve-ip.sh", &["server-1"]);
    assert!(reserved.contains("answers at 203.0.113."), "{reserved}");

    let sandbox = TestSandbox::start();
    let servers = sandbox.run_example("cluster.sh", &[]);
    assert!(servers.contains("gateway") && servers.contains("node-2"), "{servers}");
    let gateway = sandbox.json(&["server", "info", "gateway"]);
    assert_eq!(gateway["attachments"].as_array().unwrap().len(), 2);
    let quotas = sandbox.run_example("server-quotas.sh", &[]);
    assert!(quotas.contains("cyclades.vm ... OK"), "{quotas}");
}

#[test]
fn ports_are_created_and_deleted_directly_and_shown_as_tables() {
    let sandbox = TestSandbox::start();
    let net = private_network(&sandbox, "lan", "10.9.0.0/24");
    let host = id(&sandbox.server("host", &["--network", "none"]));
    let port = sandbox.json(&[
        "network",
        "port",
        "create",
        "--network",
        "lan",
        "--server",
        "host",
        "--name",
        "eth1",
        "--wait",
    ]);
    assert_eq!(port["status"], "ACTIVE");
    assert_eq!(port["name"], "eth1");
    assert_eq!(port["device_id"], host);
    sandbox
        .cmd()
        .args(["network", "info", &net])
        .assert()
        .success()
        .stdout(predicate::str::contains("MAC_FILTERED").and(predicate::str::contains("FIELD")));
    sandbox
        .cmd()
        .args(["network", "ip", "reserve"])
        .assert()
        .success()
        .stdout(predicate::str::contains("floating_ip_address").and(predicate::str::contains("203.0.113.")));
    let deleted = sandbox.json(&["network", "port", "delete", &id(&port), "--wait"]);
    assert_eq!(deleted[0]["status"], "deleted");
    sandbox.cmd().args(["network", "port", "info", &id(&port)]).assert().code(3);
    assert_eq!(sandbox.json(&["server", "info", "host"])["attachments"], json!([]));
}
