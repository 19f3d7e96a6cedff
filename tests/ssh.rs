//! `kamaki server ssh` and `kamaki sdc machine ssh` against the sandbox, with a fake `ssh`
//! on PATH that records the arguments it was given: where kamaki sends ssh, as whom,
//! through which bastion, and the errors when it cannot.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::PathBuf;

use common::{TestSandbox, id, sdc_fixture};
use serde_json::Value;

/// A sandbox with the CloudAPI test key registered and quick transitions.
fn sandbox() -> TestSandbox {
    let key = sdc_fixture("ed25519.pub");
    TestSandbox::start_with(&["--sdc-delay", "100ms", "--sdc-key", key.to_str().expect("utf-8 path")])
}

/// A fake `ssh` in the sandbox's directory: it writes each argument on a line of
/// `ssh-argv` and exits with `$FAKE_SSH_STATUS` (0 unless set).
fn fake_ssh(sandbox: &TestSandbox) -> PathBuf {
    let bin = sandbox.dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin dir");
    let script = bin.join("ssh");
    let argv = sandbox.dir.path().join("ssh-argv");
    let text = format!(
        "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done > '{}'\nexit \"${{FAKE_SSH_STATUS:-0}}\"\n",
        argv.display()
    );
    std::fs::write(&script, text).expect("write the fake ssh");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    bin
}

/// `kamaki` with the fake ssh first on PATH, signing CloudAPI requests with the test key.
fn kamaki(sandbox: &TestSandbox) -> assert_cmd::Command {
    let bin = fake_ssh(sandbox);
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = sandbox.cmd();
    cmd.env("PATH", path).env("SDC_KEY_ID", sdc_fixture("ed25519")).env_remove("FAKE_SSH_STATUS");
    cmd
}

/// Runs `kamaki ARGS…`, which must succeed by running ssh; returns ssh's arguments.
fn ssh_argv(sandbox: &TestSandbox, args: &[&str]) -> Vec<String> {
    let argv = sandbox.dir.path().join("ssh-argv");
    let _ = std::fs::remove_file(&argv);
    common::succeeds(&mut kamaki(sandbox), args);
    let text = std::fs::read_to_string(&argv).expect("ssh ran and recorded its arguments");
    text.lines().map(str::to_string).collect()
}

/// Runs `kamaki ARGS…`, which must fail with `code` without running ssh; returns stderr.
fn refused(sandbox: &TestSandbox, args: &[&str], code: i32) -> String {
    let argv = sandbox.dir.path().join("ssh-argv");
    let _ = std::fs::remove_file(&argv);
    let stderr = common::fails(kamaki(sandbox).args(args), code);
    assert!(!argv.exists(), "ssh must not run: {stderr}");
    stderr
}

/// Creates a server from `image` and waits until it is ACTIVE.
fn server(sandbox: &TestSandbox, name: &str, image: &str, extra: &[&str]) -> Value {
    let args =
        [&["server", "create", "--name", name, "--flavor", "1", "--image", image, "--wait"], extra].concat();
    let server = sandbox.json(&args);
    assert_eq!(server["status"], "ACTIVE", "{server}");
    server
}

fn public_ip(server: &Value) -> String {
    let nics = server["attachments"].as_array().expect("attachments");
    let nic = nics.iter().find(|nic| nic["OS-EXT-IPS:type"] == "floating").expect("a public address");
    nic["ipv4"].as_str().expect("an IPv4").to_string()
}

fn sdc_json(sandbox: &TestSandbox, args: &[&str]) -> Value {
    common::json(&mut kamaki(sandbox), args)
}

#[test]
fn server_ssh_logs_in_to_the_public_address_as_the_image_user() {
    let sandbox = sandbox();
    let debian = sandbox.server("web", &[]);
    let ip = public_ip(&debian);
    assert_eq!(ssh_argv(&sandbox, &["server", "ssh", "web"]), ["-l", "root", "--", ip.as_str()]);
    // By id too; the user comes from the image when the server's metadata lost it.
    sandbox.stdout(&["server", "metadata", "delete", "web", "users"]);
    assert_eq!(ssh_argv(&sandbox, &["server", "ssh", &id(&debian)]), ["-l", "root", "--", ip.as_str()]);
    // Ubuntu Server's first user is `user`.
    let ubuntu = server(&sandbox, "app", "Ubuntu Server", &[]);
    let ubuntu_ip = public_ip(&ubuntu);
    assert_eq!(ssh_argv(&sandbox, &["server", "ssh", "app"]), ["-l", "user", "--", ubuntu_ip.as_str()]);
}

#[test]
fn server_ssh_passes_user_key_options_and_command_on() {
    let sandbox = sandbox();
    let ip = public_ip(&sandbox.server("web", &[]));
    let argv = ssh_argv(
        &sandbox,
        &[
            "server",
            "ssh",
            "web",
            "--user",
            "alice",
            "-i",
            "/keys/id_ed25519",
            "-O",
            "StrictHostKeyChecking=no",
            "--ssh-option",
            "ConnectTimeout=5",
            "--",
            "uname",
            "-a",
        ],
    );
    assert_eq!(
        argv,
        [
            "-i",
            "/keys/id_ed25519",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "ConnectTimeout=5",
            "-l",
            "alice",
            "--",
            ip.as_str(),
            "uname",
            "-a"
        ]
    );
    // ssh's exit status is kamaki's: kamaki became ssh.
    let status = kamaki(&sandbox).args(["server", "ssh", "web"]).env("FAKE_SSH_STATUS", "42").output();
    assert_eq!(status.expect("run").status.code(), Some(42));
}

#[test]
fn server_ssh_jumps_through_the_bastion_its_metadata_names() {
    let sandbox = sandbox();
    let bastion = server(&sandbox, "bastion", "Ubuntu Server", &[]);
    let bastion_ip = public_ip(&bastion);
    sandbox.json(&["network", "create", "--name", "lab"]);
    sandbox.json(&["network", "subnet", "create", "--network", "lab", "--cidr", "10.0.0.0/24"]);
    sandbox.server("inner", &["--network", "lab,ip=10.0.0.9", "--metadata", "kamaki.ssh.proxy=bastion"]);
    assert_eq!(
        ssh_argv(&sandbox, &["server", "ssh", "inner"]),
        ["-J", &format!("user@{bastion_ip}"), "-l", "root", "--", "10.0.0.9"]
    );
    // --user is the login on the server, not on the bastion.
    assert_eq!(
        ssh_argv(&sandbox, &["server", "ssh", "inner", "-l", "ops"]),
        ["-J", &format!("user@{bastion_ip}"), "-l", "ops", "--", "10.0.0.9"]
    );
    // Without the bastion the server has no public address.
    let stderr = refused(&sandbox, &["server", "ssh", "inner", "--no-proxy"], 3);
    assert!(stderr.contains("no public IPv4 address") && stderr.contains("kamaki.ssh.proxy"), "{stderr}");
    // A bastion that does not exist is named in the error.
    sandbox.stdout(&["server", "metadata", "set", "inner", "kamaki.ssh.proxy=gone"]);
    let stderr = refused(&sandbox, &["server", "ssh", "inner"], 3);
    assert!(stderr.contains("`gone`") && stderr.contains("kamaki.ssh.proxy"), "{stderr}");
}

#[test]
fn server_ssh_refuses_servers_it_cannot_reach() {
    let sandbox = sandbox();
    sandbox.server("web", &[]);
    sandbox.stdout(&["server", "shutdown", "web", "--wait"]);
    let stderr = refused(&sandbox, &["server", "ssh", "web"], 5);
    assert!(stderr.contains("STOPPED") && stderr.contains("server start"), "{stderr}");
    sandbox.server("offline", &["--network", "none"]);
    let stderr = refused(&sandbox, &["server", "ssh", "offline"], 3);
    assert!(stderr.contains("no public IPv4 address"), "{stderr}");
    refused(&sandbox, &["server", "ssh", "nothing"], 3);
    // An image without `users`, and a server that lost its own: nobody to log in as.
    let disk = sandbox.dir.path().join("bare.img");
    std::fs::write(&disk, vec![0u8; 4096]).expect("image file");
    let disk = disk.to_str().expect("utf-8 path");
    sandbox.json(&[
        "image",
        "register",
        "--name",
        "Bare",
        "--location",
        "/images/bare.img",
        "--upload-image-file",
        disk,
    ]);
    server(&sandbox, "bare", "Bare", &[]);
    let stderr = refused(&sandbox, &["server", "ssh", "bare"], 2);
    assert!(stderr.contains("no login user") && stderr.contains("--user"), "{stderr}");
    assert_eq!(ssh_argv(&sandbox, &["server", "ssh", "bare", "--user", "root"])[..2], ["-l", "root"]);
    // `-o` stays kamaki's output flag; ssh options go with `-O`.
    common::fails(kamaki(&sandbox).args(["server", "ssh", "web", "-o", "Port=2222"]), 2);
}

#[test]
fn machine_ssh_uses_the_primary_ip_and_the_image_default_user() {
    let sandbox = sandbox();
    let smartos =
        sdc_json(&sandbox, &["sdc", "machine", "create", "--name", "zone", "--wait", "--interval", "100ms"]);
    let zone_ip = smartos["primaryIp"].as_str().expect("primary IP").to_string();
    assert_eq!(
        ssh_argv(&sandbox, &["sdc", "machine", "ssh", "zone"]),
        ["-l", "root", "--", zone_ip.as_str()]
    );
    let certified = sdc_json(
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
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    let vm_ip = certified["primaryIp"].as_str().expect("primary IP").to_string();
    let short = &id(&certified)[..8];
    assert_eq!(ssh_argv(&sandbox, &["sdc", "machine", "ssh", short]), ["-l", "ubuntu", "--", vm_ip.as_str()]);
    assert_eq!(
        ssh_argv(
            &sandbox,
            &["sdc", "machine", "ssh", "vm", "-l", "admin", "-i", "k", "-O", "A=b", "--", "id"]
        ),
        ["-i", "k", "-o", "A=b", "-l", "admin", "--", vm_ip.as_str(), "id"]
    );
    // An lx image names no user.
    sdc_json(
        &sandbox,
        &[
            "sdc",
            "machine",
            "create",
            "--name",
            "lx",
            "--image",
            "ubuntu-16.04",
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    let stderr = refused(&sandbox, &["sdc", "machine", "ssh", "lx"], 2);
    assert!(stderr.contains("default_user") && stderr.contains("--user"), "{stderr}");
}

#[test]
fn machine_ssh_jumps_through_the_tritoncli_proxy() {
    let sandbox = sandbox();
    let bastion = sdc_json(
        &sandbox,
        &["sdc", "machine", "create", "--name", "bastion", "--wait", "--interval", "100ms"],
    );
    let bastion_ip = bastion["primaryIp"].as_str().expect("primary IP").to_string();
    let inner = sdc_json(
        &sandbox,
        &[
            "sdc",
            "machine",
            "create",
            "--name",
            "inner",
            "--image",
            "ubuntu-certified-20.04",
            "--package",
            "k4-highcpu-kvm-1.75G",
            "--tag",
            &format!("tritoncli.ssh.proxy={}", id(&bastion)),
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    let inner_ip = inner["primaryIp"].as_str().expect("primary IP").to_string();
    assert_eq!(
        ssh_argv(&sandbox, &["sdc", "machine", "ssh", "inner"]),
        ["-J", &format!("root@{bastion_ip}"), "-l", "ubuntu", "--", inner_ip.as_str()]
    );
    // The bastion's own tag names who logs in to it.
    sdc_json(&sandbox, &["sdc", "machine", "tag", "add", "bastion", "tritoncli.ssh.proxyuser=jump"]);
    assert_eq!(ssh_argv(&sandbox, &["sdc", "machine", "ssh", "inner"])[1], format!("jump@{bastion_ip}"));
    assert_eq!(
        ssh_argv(&sandbox, &["sdc", "machine", "ssh", "inner", "--no-proxy"]),
        ["-l", "ubuntu", "--", inner_ip.as_str()]
    );
    // A stopped bastion is refused, saying which machine named it.
    sdc_json(&sandbox, &["sdc", "machine", "stop", "bastion", "--wait", "--interval", "100ms"]);
    let stderr = refused(&sandbox, &["sdc", "machine", "ssh", "inner"], 5);
    assert!(stderr.contains("tritoncli.ssh.proxy") && stderr.contains("stopped"), "{stderr}");
    refused(&sandbox, &["sdc", "machine", "ssh", "bastion"], 5);
    refused(&sandbox, &["sdc", "machine", "ssh", "nothing"], 3);
}
