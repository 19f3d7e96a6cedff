//! `kamaki infra` end to end: the real binary against the dummy cloud and the sandbox's Cyclades.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestSandbox, sdc_fixture};
use serde_json::Value;

/// A sandbox plus an orchestrator state directory with short leases.
struct Infra {
    sandbox: TestSandbox,
    state_dir: PathBuf,
}

const NODE_DEFS: &str = r##"
'node_def:db':
  - resource: {type: dummy, create_delay: 0.05}
'node_def:app':
  - resource: {type: dummy, create_delay: 0.05}
    contextualisation:
      type: cloudinit
      context_template:
        write_files:
          - path: /etc/app.conf
            content: "db={{ getip('db') }} port={{ variables.port }}"
'node_def:slow':
  - resource: {type: dummy, create_delay: 0.3, ready_delay: 3}
'node_def:broken':
  - resource: {type: dummy, create_delay: 0.2, fail_create: true}
'node_def:vm':
  - resource: {type: cyclades, flavor: 1, image: Debian Base}
'node_def:vm_app':
  - resource: {type: cyclades, flavor: C1R1024D20drbd, image: Debian Base}
    contextualisation:
      type: cloudinit
      context_template: "#cloud-config\nruncmd:\n  - echo db={{ getip('db') }}\n"
'node_def:box':
  - resource: {type: sdc, package: g4-highcpu-128M, image: base64}
'node_def:box_app':
  - resource: {type: sdc, package: g4-highcpu-128M}
    contextualisation:
      type: cloudinit
      context_template: "#cloud-config\nruncmd:\n  - echo db={{ getprivip('db') }}\n"
'node_def:box_broken':
  - resource: {type: sdc, package: no-such-package}
'node_def:vm_failing':
  - resource: {type: cyclades, flavor: 1, image: Debian Base, metadata: {"sandbox:fail": build}}
"##;

const THREE_LEVELS: &str = "
infra_name: shop
variables: {port: 5432}
nodes:
  - &DB {name: db, type: db}
  - &APP {name: app, type: app, scaling: {min: 2, max: 3}}
  - &LB {name: lb, type: db}
dependencies:
  - [*APP, *DB]
  - connection: [*LB, *APP]
";

impl Infra {
    fn start() -> Infra {
        Self::start_with(&[])
    }

    /// With the test key registered for CloudAPI (and used by the config) and quick transitions.
    fn start_with_sdc() -> Infra {
        let key = sdc_fixture("ed25519.pub");
        Self::start_with(&["--sdc-delay", "300ms", "--sdc-key", key.to_str().expect("key path")])
    }

    fn start_with(args: &[&str]) -> Infra {
        let sandbox = TestSandbox::start_with(args);
        let state_dir = sandbox.dir.path().join("infra");
        let mut config = std::fs::read_to_string(&sandbox.config).expect("config");
        let key_id = format!("account = \"demo\"\nkey_id = \"{}\"\n", sdc_fixture("ed25519").display());
        config = config.replace("account = \"demo\"\n", &key_id);
        config.push_str(&format!(
            "[clouds.test.infra]\nstate_dir = \"{}\"\nlease_seconds = 2\n",
            state_dir.display()
        ));
        // `.ci/run` runs this suite a second time with the Redis store (one key prefix per test).
        if let Ok(url) = std::env::var("KAMAKI_TEST_REDIS") {
            let prefix = sandbox.dir.path().file_name().and_then(|n| n.to_str()).unwrap_or("test").to_owned();
            config.push_str(&format!("state = \"{url}#{prefix}\"\n"));
        }
        common::write_private(&sandbox.config, &config);
        let infra = Infra { sandbox, state_dir };
        let defs = infra.file("nodes.yaml", NODE_DEFS);
        infra.sandbox.cmd().args(["infra", "import"]).arg(&defs).assert().success();
        infra
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.sandbox.dir.path().join(name);
        std::fs::write(&path, text).expect("write file");
        path
    }

    fn json(&self, args: &[&str]) -> Value {
        self.sandbox.json(args)
    }

    /// Runs a command that must fail; returns (exit code, stderr).
    fn fails(&self, args: &[&str]) -> (i32, String) {
        let output = self.sandbox.cmd().args(args).output().expect("run kamaki");
        assert!(!output.status.success(), "`kamaki {}` should fail", args.join(" "));
        (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
    }

    fn build(&self, yaml: &str, extra: &[&str]) -> Value {
        let path = self.file("infra.yaml", yaml);
        let path = path.to_str().expect("utf-8 path");
        let mut args = vec!["infra", "build", path];
        args.extend_from_slice(extra);
        self.json(&args)
    }

    /// The dummy cloud's machines: (id, user data).
    fn machines(&self) -> Vec<(String, Option<String>)> {
        let path = self.state_dir.join("dummy-cloud.sqlite");
        if !path.exists() {
            return Vec::new();
        }
        let conn = rusqlite::Connection::open(path).expect("open dummy cloud");
        let mut stmt = match conn.prepare("SELECT id, user_data FROM machines") {
            Ok(stmt) => stmt,
            Err(_) => return Vec::new(),
        };
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    }

    fn infra_ids(&self) -> Vec<String> {
        let list = self.json(&["infra", "maintain", "-l"]);
        list.as_array().expect("list").iter().map(|i| i["id"].as_str().expect("id").to_owned()).collect()
    }

    fn report(&self, id: &str) -> Vec<Value> {
        self.json(&["infra", "maintain", "-r", "-i", id]).as_array().expect("rows").clone()
    }

    fn spawn(&self, args: &[&str]) -> Child {
        self.sandbox
            .process()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn kamaki")
    }

    /// Cyclades servers of the sandbox user that are not deleted.
    fn servers(&self) -> Vec<Value> {
        let url =
            format!("{}/compute/v2.0/servers/detail", self.sandbox.endpoints["url"].as_str().expect("url"));
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let body: Value = runtime.block_on(async {
            let response =
                reqwest::Client::new().get(&url).header("X-Auth-Token", self.sandbox.token()).send().await;
            response.expect("list servers").json().await.expect("servers JSON")
        });
        body["servers"]
            .as_array()
            .expect("servers")
            .iter()
            .filter(|s| s["status"] != "DELETED")
            .cloned()
            .collect()
    }
}

fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill").args([name, &child.id().to_string()]).status().expect("kill");
    assert!(status.success());
}

#[test]
fn three_levels_on_the_dummy_cloud_build_scale_recover_and_destroy() {
    let infra = Infra::start();
    let built = infra.build(THREE_LEVELS, &["--parallelize"]);
    let id = built["infraid"].as_str().expect("infraid").to_owned();
    assert_eq!(built["status"], "ready");
    let nodes: Vec<&str> =
        built["created"].as_array().expect("created").iter().filter_map(|c| c["node"].as_str()).collect();
    assert_eq!(nodes, vec!["db", "app", "app", "lb"], "level by level");

    // The app's user data reads the db's address.
    let rows = infra.report(&id);
    let db_ip = rows.iter().find(|r| r["node"] == "db").and_then(|r| r["address"].as_str()).expect("db ip");
    let apps: Vec<&Value> = rows.iter().filter(|r| r["node"] == "app").collect();
    assert_eq!(apps.len(), 2);
    for app in &apps {
        let data = app["user_data"].as_str().expect("user data");
        assert!(
            data.starts_with("#cloud-config\n") && data.contains(&format!("db={db_ip} port=5432")),
            "{data}"
        );
    }
    let machines = infra.machines();
    assert_eq!(machines.len(), 4);
    assert!(
        machines.iter().any(|(_, data)| data.as_deref().is_some_and(|d| d.contains(&format!("db={db_ip}"))))
    );

    // Scale up past the maximum: clamped to 3.
    let request = infra.json(&["infra", "scale", "-i", &id, "-n", "app", "-c", "+5"]);
    assert_eq!(request["method"], "scaleup");
    let pass = infra.json(&["infra", "maintain", "-i", &id]);
    assert_eq!(pass["created"].as_array().map(Vec::len), Some(1));
    assert!(pass["notes"][0].as_str().is_some_and(|n| n.contains("capped at its maximum of 3")));
    let report = infra.report(&id);
    assert_eq!(report.iter().filter(|r| r["node"] == "app").count(), 3);
    assert!(report.iter().all(|r| r["state"] == "ready"));

    // Scale down by address removes exactly that instance; below the minimum is refused.
    let victim = report.iter().find(|r| r["node"] == "app").expect("app").clone();
    let address = victim["address"].as_str().expect("address");
    infra.json(&["infra", "scale", "-i", &id, "-n", "app", "-f", address]);
    let pass = infra.json(&["infra", "maintain", "-i", &id]);
    assert_eq!(pass["dropped"][0]["node_id"], victim["node_id"]);
    infra.json(&["infra", "scale", "-i", &id, "-n", "app", "-c", "-5"]);
    infra.json(&["infra", "maintain", "-i", &id]);
    assert_eq!(infra.report(&id).iter().filter(|r| r["node"] == "app").count(), 2, "min is 2");

    // A machine killed behind our back is replaced by the next pass.
    let killed = infra.report(&id).iter().find(|r| r["node"] == "db").expect("db")["instance_id"].clone();
    let conn = rusqlite::Connection::open(infra.state_dir.join("dummy-cloud.sqlite")).expect("open");
    conn.execute("DELETE FROM machines WHERE id = ?1", [killed.as_str().expect("id")]).expect("kill");
    let pass = infra.json(&["infra", "maintain", "-i", &id]);
    assert_eq!(pass["recovered"][0]["instance_id"], killed);
    assert_eq!(pass["created"][0]["node"], "db");
    assert_eq!(infra.machines().len(), 4);

    let destroyed = infra.json(&["infra", "destroy", "-i", &id]);
    assert_eq!(destroyed["status"], "destroyed");
    assert_eq!(destroyed["destroyed"].as_array().map(Vec::len), Some(4));
    assert_eq!(destroyed["destroyed"][0]["node"], "lb", "last level first");
    assert!(infra.machines().is_empty());
    assert!(infra.infra_ids().is_empty());
    let (code, stderr) = infra.fails(&["infra", "destroy", "-i", &id]);
    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn a_failed_build_rolls_back_everything_it_created() {
    let infra = Infra::start();
    let yaml = "infra_name: f\nvariables: {port: 1}\nnodes:\n  - {name: db, type: db}\n  - {name: app, type: app, scaling: {min: 2}}\n  - {name: bad, type: broken}\ndependencies: [[app, db], [bad, app]]\n";
    let path = infra.file("failing.yaml", yaml);
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path"), "--parallelize"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("injected failure"), "{stderr}");
    assert!(stderr.contains("rolled back: destroyed 4 instances: bad/"), "{stderr}");
    assert!(infra.machines().is_empty());
    assert!(infra.infra_ids().is_empty());
}

#[test]
fn ctrl_c_during_a_build_rolls_it_back() {
    let infra = Infra::start();
    let path = infra.file("slow.yaml", "infra_name: s\nnodes:\n  - {name: a, type: slow, scaling: {min: 3}}\n  - {name: b, type: slow}\ndependencies: [[b, a]]\n");
    let child = infra.spawn(&["infra", "build", path.to_str().expect("path"), "--parallelize"]);
    wait_for("the first machines", Duration::from_secs(20), || infra.machines().len() == 3);
    signal(&child, "-INT");
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("interrupted; rolled back: destroyed 3 instances"), "{stderr}");
    assert!(infra.machines().is_empty());
    assert!(infra.infra_ids().is_empty());
}

#[test]
fn a_build_killed_midway_is_cleaned_up_by_destroy() {
    let infra = Infra::start();
    let path = infra.file("slow.yaml", "infra_name: s\nnodes:\n  - {name: a, type: slow, scaling: {min: 3}}\n  - {name: b, type: slow}\ndependencies: [[b, a]]\n");
    let mut child = infra.spawn(&["infra", "build", path.to_str().expect("path"), "--parallelize"]);
    wait_for("the first machines", Duration::from_secs(20), || infra.machines().len() == 3);
    // While the build works (its machines take 3 s to get ready), it holds the lease: a
    // destroy is refused with a conflict that names the builder (`host:pid:tag`).
    let builder = format!(":{}:", child.id());
    let ids = infra.infra_ids();
    let refused = infra.sandbox.cmd().args(["infra", "destroy", "-i", &ids[0]]).output().expect("run");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(5), "a destroy during the build: {stderr}");
    assert!(stderr.contains("is being worked on by") && stderr.contains(&builder), "{stderr}");
    assert_eq!(infra.machines().len(), 3, "the refused destroy touched nothing");
    signal(&child, "-KILL");
    child.wait().expect("wait");
    let ids = infra.infra_ids();
    assert_eq!(ids.len(), 1, "the crashed build is still known");
    let list = infra.json(&["infra", "maintain", "-l"]);
    assert_eq!(list[0]["status"], "building");
    // The dead builder's lease expires (2 s here); until then destroy is refused with a conflict.
    let started = Instant::now();
    loop {
        let output = infra
            .sandbox
            .cmd()
            .args(["infra", "destroy", "-i", &ids[0], "-o", "json"])
            .output()
            .expect("run");
        if output.status.success() {
            break;
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(5), "{stderr}");
        assert!(stderr.contains(&builder), "refused for the dead builder's lease: {stderr}");
        assert!(started.elapsed() < Duration::from_secs(10), "lease never expired");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(infra.machines().is_empty());
    assert!(infra.infra_ids().is_empty());
}

#[test]
fn reconfiguring_creates_and_destroys_only_the_difference() {
    let infra = Infra::start();
    let built = infra.build("infra_name: r\nnodes:\n  - {name: a, type: db}\n  - {name: b, type: db}\n", &[]);
    let id = built["infraid"].as_str().expect("id").to_owned();
    let kept = infra.report(&id).iter().find(|r| r["node"] == "a").expect("a")["node_id"].clone();
    let changed = infra.build(
        "infra_name: r\nnodes:\n  - {name: a, type: db}\n  - {name: c, type: db, scaling: {min: 2}}\n",
        &["-i", &id],
    );
    assert_eq!(changed["infraid"], id.as_str());
    let created: Vec<&str> =
        changed["created"].as_array().expect("created").iter().filter_map(|c| c["node"].as_str()).collect();
    let dropped: Vec<&str> =
        changed["dropped"].as_array().expect("dropped").iter().filter_map(|c| c["node"].as_str()).collect();
    assert_eq!((created, dropped), (vec!["c", "c"], vec!["b"]));
    let report = infra.report(&id);
    assert_eq!(report.len(), 3);
    assert!(report.iter().any(|r| r["node_id"] == kept), "`a` kept its instance");

    // A failing reconfiguration undoes only its own creations and keeps the infrastructure.
    let path = infra.file("worse.yaml", "infra_name: r\nnodes:\n  - {name: a, type: db}\n  - {name: c, type: db, scaling: {min: 2}}\n  - {name: d, type: broken}\n");
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path"), "-i", &id]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("reconfiguration of infrastructure `r`"), "{stderr}");
    assert!(stderr.contains("the infrastructure was kept"), "{stderr}");
    assert_eq!(infra.report(&id).len(), 3);
    assert_eq!(infra.machines().len(), 3);
}

#[test]
fn only_one_maintainer_acts_and_a_crashed_one_is_taken_over() {
    let infra = Infra::start();
    let id = infra.build("infra_name: m\nnodes:\n  - {name: a, type: db}\n", &[])["infraid"]
        .as_str()
        .expect("id")
        .to_owned();
    let mut first = infra.spawn(&["infra", "maintain", "-i", &id, "-c", "-t", "0.2"]);
    let mut refused = None;
    wait_for("the cyclic maintainer to hold the lease", Duration::from_secs(10), || {
        let output = infra.sandbox.cmd().args(["infra", "maintain", "-i", &id]).output().expect("run");
        let failed = output.status.code() == Some(5);
        if failed {
            refused = Some(String::from_utf8_lossy(&output.stderr).into_owned());
        }
        failed
    });
    assert!(refused.is_some_and(|e| e.contains("is being worked on by")));
    // Scaling requests still queue up; only the lease holder applies them.
    infra.json(&["infra", "scale", "-i", &id, "-n", "a", "-s", "1"]);
    first.kill().expect("crash the first maintainer");
    first.wait().expect("wait");
    wait_for("the lease to expire", Duration::from_secs(10), || {
        infra.sandbox.cmd().args(["infra", "maintain", "-i", &id]).output().expect("run").status.success()
    });
}

#[test]
fn bad_input_is_reported_before_anything_is_created() {
    let infra = Infra::start();
    let path = infra.file(
        "bad.yaml",
        "infra_name: x\nnodes:\n  - {name: a, type: nope}\n  - {name: b, type: db, scaling: {min: 3, max: 2}}\n  - {name: c, type: db}\n  - {name: d, type: db}\ndependencies: [[c, d], [d, c]]\n",
    );
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path")]);
    assert_eq!(code, 2, "{stderr}");
    for needle in [
        "bad.yaml: nodes[0].type: unknown node type `nope`",
        "bad.yaml: nodes[1].scaling: `min` (3) is greater than `max` (2)",
        "bad.yaml: dependencies: dependency cycle between nodes `c`, `d`",
        "hint: fix the listed entries; nothing was created",
    ] {
        assert!(stderr.contains(needle), "missing `{needle}` in:\n{stderr}");
    }
    let path = infra.file("novar.yaml", "infra_name: x\nnodes:\n  - {name: db, type: db}\n  - {name: app, type: app}\ndependencies: [[app, db]]\n");
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path")]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("novar.yaml: nodes[1]: template in `contextualisation`: undefined name `variables.port` (`variables` has: nothing)"),
        "{stderr}"
    );
    let path = infra.file("bad-defs.yaml", "'node_def:x':\n  - resource: {type: ec2}\n");
    let (code, stderr) = infra.fails(&["infra", "import", path.to_str().expect("path")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown resource type `ec2`"), "{stderr}");
    assert!(infra.machines().is_empty());
    assert!(infra.infra_ids().is_empty());

    let id = infra.build("infra_name: y\nnodes:\n  - {name: a, type: db}\n", &[])["infraid"]
        .as_str()
        .expect("id")
        .to_owned();
    let (code, stderr) = infra.fails(&["infra", "scale", "-i", &id, "-n", "ghost", "-c", "1"]);
    assert_eq!(code, 3);
    assert!(stderr.contains("has no node `ghost`") && stderr.contains("hint: its nodes are: a"), "{stderr}");
    let (code, _) = infra.fails(&["infra", "scale", "-i", &id, "-n", "a", "-c", "0"]);
    assert_eq!(code, 2);
    let (code, _) = infra.fails(&["infra", "scale", "-i", "no-such-infra", "-n", "a", "-c", "1"]);
    assert_eq!(code, 3);
}

#[test]
fn three_levels_on_cyclades_with_rollback() {
    let infra = Infra::start();
    let yaml = "infra_name: cyc\nnodes:\n  - {name: db, type: vm}\n  - {name: app, type: vm_app, scaling: {min: 2, max: 3}}\n  - {name: lb, type: vm}\ndependencies: [[app, db], [lb, app]]\n";
    let built = infra.build(yaml, &["--parallelize"]);
    let id = built["infraid"].as_str().expect("id").to_owned();
    let servers = infra.servers();
    assert_eq!(servers.len(), 4);
    assert!(servers.iter().all(|s| s["status"] == "ACTIVE"));
    let rows = infra.report(&id);
    let db_ip = rows
        .iter()
        .find(|r| r["node"] == "db")
        .and_then(|r| r["address"].as_str())
        .expect("db ip")
        .to_owned();
    for app in rows.iter().filter(|r| r["node"] == "app") {
        assert!(app["user_data"].as_str().is_some_and(|d| d.contains(&format!("echo db={db_ip}"))), "{app}");
        let server = servers
            .iter()
            .find(|s| s["id"].to_string().trim_matches('"') == app["instance_id"].as_str().expect("id"));
        assert_eq!(server.map(|s| s["metadata"]["kamaki_node"].clone()), Some(Value::from("app")));
    }

    // A server deleted behind our back is replaced.
    let db_server =
        rows.iter().find(|r| r["node"] == "db").expect("db")["instance_id"].as_str().expect("id").to_owned();
    let url =
        format!("{}/compute/v2.0/servers/{db_server}", infra.sandbox.endpoints["url"].as_str().expect("url"));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let status = runtime.block_on(async {
        reqwest::Client::new()
            .delete(&url)
            .header("X-Auth-Token", infra.sandbox.token())
            .send()
            .await
            .expect("delete")
            .status()
    });
    assert_eq!(status.as_u16(), 204);
    wait_for("the server to be deleted", Duration::from_secs(10), || infra.servers().len() == 3);
    let pass = infra.json(&["infra", "maintain", "-i", &id]);
    assert_eq!(pass["recovered"][0]["instance_id"], db_server.as_str());
    assert_eq!(infra.servers().len(), 4);

    infra.json(&["infra", "destroy", "-i", &id]);
    wait_for("every server to be deleted", Duration::from_secs(10), || infra.servers().is_empty());

    // A server that fails its build rolls the whole build back.
    let failing = "infra_name: cf\nnodes:\n  - {name: db, type: vm}\n  - {name: bad, type: vm_failing}\ndependencies: [[bad, db]]\n";
    let path = infra.file("failing.yaml", failing);
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path")]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("the cloud reports it failed")
            && stderr.contains("rolled back: destroyed 2 instances: bad/"),
        "{stderr}"
    );
    wait_for("the rollback's deletions", Duration::from_secs(10), || infra.servers().is_empty());
    assert!(infra.infra_ids().is_empty());
}

/// A REST client for `kamaki infra serve`.
struct Rest {
    url: String,
    token: String,
    client: reqwest::Client,
    runtime: tokio::runtime::Runtime,
}

impl Rest {
    /// `(status, body)` of a request with the service's token (or `token`).
    fn call(&self, method: &str, path: &str, body: Option<&str>, token: Option<&str>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self.client.request(method, format!("{}{path}", self.url));
        if let Some(token) = token.or(Some(self.token.as_str())).filter(|t| !t.is_empty()) {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.body(body.to_owned());
        }
        self.runtime.block_on(async {
            let response = request.send().await.expect("request");
            let status = response.status().as_u16();
            (status, response.json().await.unwrap_or(Value::Null))
        })
    }

    fn ok(&self, method: &str, path: &str, body: Option<&str>) -> Value {
        let (status, value) = self.call(method, path, body, None);
        assert_eq!(status, 200, "{method} {path}: {value}");
        value
    }
}

#[test]
fn the_rest_service_answers_every_route() {
    use std::io::{BufRead, BufReader};
    let infra = Infra::start();
    let mut child = infra.spawn(&["infra", "serve", "--port", "0", "-t", "0.2", "-o", "json"]);
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("ready line");
    let ready: Value = serde_json::from_str(&line).expect("ready JSON");
    let rest = Rest {
        url: ready["url"].as_str().expect("url").to_owned(),
        token: ready["token"].as_str().expect("generated token").to_owned(),
        client: reqwest::Client::new(),
        runtime: tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"),
    };
    assert!(rest.url.starts_with("http://127.0.0.1:"), "loopback by default");

    for token in ["", "wrong"] {
        let (status, body) = rest.call("GET", "/infrastructures/", None, Some(token));
        assert_eq!(status, 401);
        assert_eq!(body["status_code"], 401);
        assert!(body["message"].as_str().is_some_and(|m| m.contains("bearer token")));
    }
    let (status, body) = rest.call("POST", "/infrastructures/", Some("infra_name: x\nnodes:\n  - {name: a, type: db}\n  - {name: b, type: db}\ndependencies: [[a, b], [b, a]]\n"), None);
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| m.contains("dependency cycle")), "{body}");
    assert!(infra.infra_ids().is_empty(), "nothing registered");

    let id =
        rest.ok("POST", "/infrastructures/", Some(THREE_LEVELS))["infraid"].as_str().expect("id").to_owned();
    assert_eq!(rest.ok("GET", "/infrastructures/", None), serde_json::json!({"infrastructures": [id]}));
    let report = |rest: &Rest| rest.ok("GET", &format!("/infrastructures/{id}"), None);
    let settled = |report: &Value, apps: u64| {
        report["app"]["scaling"]["actual"] == apps
            && report["lb"]["instances"]
                .as_object()
                .is_some_and(|i| i.values().all(|v| v["state"] == "ready") && !i.is_empty())
            && report["app"]["instances"]
                .as_object()
                .is_some_and(|i| i.values().all(|v| v["state"] == "ready"))
    };
    wait_for("the first build", Duration::from_secs(20), || settled(&report(&rest), 2));
    let built = report(&rest);
    assert_eq!(built["app"]["scaling"], serde_json::json!({"actual": 2, "max": 3, "min": 2, "target": 2}));
    let (node_id, instance) =
        built["db"]["instances"].as_object().and_then(|i| i.iter().next()).expect("db instance");
    assert!(!node_id.is_empty() && instance["resource_address"].is_string() && instance["state"] == "ready");

    let base = format!("/infrastructures/{id}");
    assert_eq!(
        rest.ok("POST", &format!("{base}/scaleup/app"), None),
        serde_json::json!({"count": 1, "infraid": id, "method": "scaleup", "nodename": "app"})
    );
    wait_for("scale up", Duration::from_secs(20), || settled(&report(&rest), 3));
    let victim_ip = report(&rest)["app"]["instances"]
        .as_object()
        .and_then(|i| i.values().next())
        .expect("app")["resource_address"]
        .clone();
    let victim_ip = victim_ip.as_str().expect("ip").to_owned();
    assert_eq!(
        rest.ok("POST", &format!("{base}/scaledown/app/{victim_ip}"), None),
        serde_json::json!({"infraid": id, "method": "scaledown", "nodeid": victim_ip, "nodename": "app"})
    );
    wait_for("targeted scale down", Duration::from_secs(20), || {
        let now = report(&rest);
        settled(&now, 2)
            && !now["app"]["instances"]
                .as_object()
                .is_some_and(|i| i.values().any(|v| v["resource_address"] == victim_ip.as_str()))
    });
    assert_eq!(
        rest.ok("POST", &format!("{base}/scaleto/app/3"), None),
        serde_json::json!({"count": 3, "infraid": id, "method": "scaleto", "nodename": "app"})
    );
    wait_for("scale to 3", Duration::from_secs(20), || settled(&report(&rest), 3));
    assert_eq!(
        rest.ok("POST", &format!("{base}/scaledown/app"), None),
        serde_json::json!({"infraid": id, "method": "scaledown", "nodeid": null, "nodename": "app"})
    );
    wait_for("scale down", Duration::from_secs(20), || settled(&report(&rest), 2));
    assert_eq!(rest.ok("POST", &format!("{base}/scaleup/app/2"), None)["count"], 2);

    let (status, body) = rest.call("POST", &format!("{base}/scaleup/ghost"), None, None);
    assert_eq!((status, body["status_code"].clone()), (404, Value::from(404)), "{body}");
    let (status, _) = rest.call("POST", &format!("{base}/scaleto/app/many"), None, None);
    assert_eq!(status, 400);
    let (status, _) = rest.call("GET", "/infrastructures/no-such-id", None, None);
    assert_eq!(status, 404);
    assert_eq!(
        rest.ok("POST", &format!("{base}/notify"), Some(r#"{"type": "none"}"#)),
        serde_json::json!({"infraid": id})
    );
    let (status, _) = rest.call("POST", &format!("{base}/notify"), Some("not json"), None);
    assert_eq!(status, 400);

    // Detached, the service lets go of the lease; attached again, it takes it back.
    assert_eq!(rest.ok("POST", &format!("{base}/detach"), None), serde_json::json!({"infraid": id}));
    wait_for("the lease to be released", Duration::from_secs(10), || {
        infra.sandbox.cmd().args(["infra", "maintain", "-i", &id]).output().expect("run").status.success()
    });
    assert_eq!(rest.ok("POST", &format!("{base}/attach"), None), serde_json::json!({"infraid": id}));
    wait_for("the service to hold the lease", Duration::from_secs(10), || {
        infra.sandbox.cmd().args(["infra", "maintain", "-i", &id]).output().expect("run").status.code()
            == Some(5)
    });

    assert_eq!(rest.ok("DELETE", &base, None), serde_json::json!({"infraid": id}));
    let (status, _) = rest.call("GET", &base, None, None);
    assert_eq!(status, 404);
    assert!(infra.machines().is_empty());
    assert_eq!(rest.ok("GET", "/infrastructures/", None), serde_json::json!({"infrastructures": []}));
    child.kill().expect("stop the service");
    child.wait().expect("wait");
}

#[test]
fn three_levels_on_sdc_with_rollback() {
    let infra = Infra::start_with_sdc();
    let machines = |infra: &Infra| -> Vec<Value> {
        let list = infra.json(&["sdc", "machine", "list"]);
        list.as_array().expect("machines").iter().filter(|m| m["state"] != "deleted").cloned().collect()
    };
    let yaml = "infra_name: boxes\nnodes:\n  - {name: db, type: box}\n  - {name: app, type: box_app, scaling: {min: 2}}\n  - {name: lb, type: box}\ndependencies: [[app, db], [lb, app]]\n";
    let built = infra.build(yaml, &["--parallelize"]);
    let id = built["infraid"].as_str().expect("id").to_owned();
    let running = machines(&infra);
    assert_eq!(running.len(), 4);
    assert!(running.iter().all(|m| m["state"] == "running"), "{running:?}");
    let rows = infra.report(&id);
    let db = rows.iter().find(|r| r["node"] == "db").expect("db");
    let db_private =
        db["addresses"].as_array().and_then(|a| a.last()).and_then(Value::as_str).expect("db ip");
    for app in rows.iter().filter(|r| r["node"] == "app") {
        let machine = infra.json(&["sdc", "machine", "get", app["instance_id"].as_str().expect("id")]);
        let data = machine["metadata"]["cloud-init:user-data"].as_str().expect("user data on the machine");
        assert!(data.contains(&format!("echo db={db_private}")), "{data}");
        assert_eq!(machine["tags"]["kamaki_node"], "app");
    }
    infra.json(&["infra", "destroy", "-i", &id]);
    wait_for("every machine to be deleted", Duration::from_secs(10), || machines(&infra).is_empty());

    // An unknown package at the second level rolls the first level back.
    let path = infra.file("failing.yaml", "infra_name: bf\nnodes:\n  - {name: db, type: box}\n  - {name: bad, type: box_broken}\ndependencies: [[bad, db]]\n");
    let (code, stderr) = infra.fails(&["infra", "build", path.to_str().expect("path")]);
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("no-such-package") && stderr.contains("rolled back: destroyed 2 instances: bad/"),
        "{stderr}"
    );
    wait_for("the rollback's deletions", Duration::from_secs(10), || machines(&infra).is_empty());
    assert!(infra.infra_ids().is_empty());
}

#[test]
fn a_restarted_service_maintains_what_was_attached() {
    use std::io::{BufRead, BufReader};
    let infra = Infra::start();
    let id = infra.build("infra_name: a\nnodes:\n  - {name: a, type: db}\n", &[])["infraid"]
        .as_str()
        .expect("id")
        .to_owned();
    let serve = |infra: &Infra| {
        let mut child = infra.spawn(&["infra", "serve", "--port", "0", "-t", "0.2", "-o", "json"]);
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("ready line");
        let ready: Value = serde_json::from_str(&line).expect("ready JSON");
        (child, ready)
    };
    let (mut first, ready) = serve(&infra);
    assert_eq!(ready["reattached"], 0);
    let rest = Rest {
        url: ready["url"].as_str().expect("url").to_owned(),
        token: ready["token"].as_str().expect("token").to_owned(),
        client: reqwest::Client::new(),
        runtime: tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"),
    };
    rest.ok("POST", &format!("/infrastructures/{id}/attach"), None);
    first.kill().expect("stop the service");
    first.wait().expect("wait");
    let (mut second, ready) = serve(&infra);
    assert_eq!(ready["reattached"], 1);
    // Lease owners are `host:pid:tag`: the dead service's lease expires and the new one takes it.
    let holder = format!(":{}:", second.id());
    wait_for("the new service to hold the lease", Duration::from_secs(10), || {
        let output = infra.sandbox.cmd().args(["infra", "maintain", "-i", &id]).output().expect("run");
        output.status.code() == Some(5) && String::from_utf8_lossy(&output.stderr).contains(&holder)
    });
    second.kill().expect("stop the service");
    second.wait().expect("wait");
}
