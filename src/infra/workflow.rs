//! The user-facing workflows on top of the enactor: import, compile, build (with rollback),
//! maintain, destroy, scale and report.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::compiler;
use super::description::{Dependency, InfraDescription};
use super::enactor::{Enactor, InstanceSummary, NodeState, PassReport, template_context};
use super::lease::LeaseGuard;
use super::nodedef::{self, NodeImpl};
use super::scaling;
use super::store::{InfraRecord, InfraStatus, Instance, Phase, ScalingRequest, StoredNodeDef, now};
use super::template::{AddressBook, InstanceAddress, Renderer};
use super::yaml::{self, Issues};
use crate::error::{Error, ErrorKind, Result};

/// A description checked against the stored node definitions, ready to be built.
#[derive(Debug)]
pub struct Compiled {
    pub description: InfraDescription,
    pub levels: Vec<Vec<String>>,
    pub node_defs: BTreeMap<String, u32>,
}

/// What a successful build made.
#[derive(Debug, Serialize)]
pub struct BuildOutcome {
    pub infraid: String,
    pub name: String,
    pub status: InfraStatus,
    pub created: Vec<InstanceSummary>,
    pub dropped: Vec<InstanceSummary>,
}

/// One instance in a report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRow {
    pub node: String,
    pub node_id: String,
    pub instance_id: Option<String>,
    pub backend: String,
    pub address: Option<String>,
    pub addresses: Vec<String>,
    pub state: String,
    /// Why the state is not `ready`, when known (a failing health check, an unreachable cloud).
    pub detail: Option<String>,
    pub started_at: f64,
    pub user_data: Option<String>,
}

/// The scaling state of one node in a report.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ScalingReport {
    pub actual: u32,
    pub max: u32,
    pub min: u32,
    pub target: u32,
}

/// An infrastructure's instances and scaling, node by node.
#[derive(Debug, Serialize)]
pub struct InfraReport {
    pub infraid: String,
    pub name: String,
    pub status: InfraStatus,
    pub rows: Vec<ReportRow>,
    pub scaling: BTreeMap<String, ScalingReport>,
}

impl InfraReport {
    /// The Occopus REST shape: `{node: {instances: {node_id: {resource_address, state}}, scaling}}`.
    pub fn to_occopus(&self) -> Value {
        let mut nodes = Map::new();
        for (node, scaling) in &self.scaling {
            let instances: Map<String, Value> = self
                .rows
                .iter()
                .filter(|r| &r.node == node)
                .map(|r| {
                    let address = match r.addresses.len() {
                        0 | 1 => json!(r.address),
                        _ => json!(r.addresses),
                    };
                    (r.node_id.clone(), json!({"resource_address": address, "state": r.state}))
                })
                .collect();
            nodes.insert(node.clone(), json!({"instances": instances, "scaling": scaling}));
        }
        Value::Object(nodes)
    }
}

impl Enactor {
    /// Checks a node-definition file and stores a new version of every type in it.
    pub fn import(&self, path: &Path) -> Result<Vec<StoredNodeDef>> {
        let doc = yaml::load_file(path, true)?;
        let mut issues = Issues::new(path.display().to_string());
        let types = nodedef::parse_file(&doc, &mut issues);
        issues.into_result("node definitions")?;
        types
            .into_iter()
            .map(|(node_type, implementations)| {
                let version = self.store.import_node_def(&node_type, &implementations)?;
                Ok(StoredNodeDef { node_type, version, implementations, imported_at: now() })
            })
            .collect()
    }

    /// Validates a description against the imported node definitions, rendering every template once
    /// with stand-in addresses so that a missing variable is reported before anything is created.
    pub fn compile(&self, doc: &Value, file: &str) -> Result<Compiled> {
        let mut issues = Issues::new(file);
        let description = InfraDescription::from_value(doc, &mut issues);
        // Carry on past description problems, so that one run reports unknown types and cycles too.
        let Some(description) = description else {
            return Err(issues.into_error("infrastructure description"));
        };
        let levels = compiler::levels(&description, &mut issues);
        let stand_in = stand_in_record(&description, &levels);
        let mut node_defs = BTreeMap::new();
        for (i, node) in description.nodes.iter().enumerate() {
            let path = format!("nodes[{i}]");
            let stored = match self.store.node_def(&node.node_type)? {
                Some(stored) => stored,
                None => {
                    issues.push(
                        format!("{path}.type"),
                        format!(
                            "unknown node type `{}` (import it with `kamaki infra import NODEDEFS.yaml`)",
                            node.node_type
                        ),
                    );
                    continue;
                }
            };
            node_defs.insert(node.node_type.clone(), stored.version);
            let def_path = format!("{path} (node_def:{} v{})", node.node_type, stored.version);
            let Some(impls) = nodedef::parse_impls(&stored.implementations, &def_path, &mut issues) else {
                continue;
            };
            let matching: Vec<&NodeImpl> = impls.iter().filter(|i| i.matches(&node.filter)).collect();
            if matching.is_empty() {
                issues.push(
                    format!("{path}.filter"),
                    format!("no implementation of `{}` matches it", node.node_type),
                );
            }
            let renderer = Renderer::new(
                template_context(&stand_in, node, "00000000-0000-0000-0000-000000000000"),
                stand_in_addresses(&description, &node.name),
            );
            for imp in matching {
                if let Err(reason) = renderer.render_map(&imp.resource, "resource") {
                    issues.push(path.clone(), reason);
                }
                if let Some(template) = &imp.context_template
                    && let Err(reason) = renderer.render(template, "contextualisation")
                {
                    issues.push(path.clone(), reason);
                }
            }
        }
        issues.into_result("infrastructure description")?;
        Ok(Compiled { description, levels, node_defs })
    }

    /// Stores a new infrastructure with every node targeted at its minimum; nothing is created yet.
    pub fn register(&self, compiled: Compiled) -> Result<InfraRecord> {
        let Compiled { description, levels, node_defs } = compiled;
        let infra = InfraRecord {
            id: uuid::Uuid::new_v4().to_string(),
            targets: description.nodes.iter().map(|n| (n.name.clone(), n.scaling.min)).collect(),
            description,
            levels,
            node_defs,
            status: InfraStatus::Building,
            attached: false,
            notification: None,
            created_at: now(),
            updated_at: now(),
        };
        self.store.insert_infra(&infra)?;
        Ok(infra)
    }

    /// Builds a new infrastructure (or reconfigures `existing` by difference). On failure or when
    /// `interrupt` completes, everything this build created is destroyed again; a new infrastructure
    /// is then forgotten, an existing one is kept as it was.
    pub async fn build(
        &self,
        compiled: Compiled,
        existing: Option<&str>,
        interrupt: impl Future<Output = ()>,
    ) -> Result<BuildOutcome> {
        let run_id = uuid::Uuid::new_v4().to_string();
        let (infra, _lease) = match existing {
            Some(id) => {
                let Compiled { description, levels, node_defs } = compiled;
                let mut infra = self.load(id)?;
                let lease = self.lease(id)?;
                let instances = self.store.instances(id)?;
                // Re-submitting a description resets targets: kept nodes keep their count within the
                // new limits, new nodes start at their minimum.
                infra.targets = description
                    .nodes
                    .iter()
                    .map(|n| {
                        let count = instances.iter().filter(|i| i.node_name == n.name).count();
                        let target = if count == 0 { n.scaling.min } else { n.scaling.clamp(count as i64) };
                        (n.name.clone(), target)
                    })
                    .collect();
                infra.description = description;
                infra.levels = levels;
                infra.node_defs = node_defs;
                infra.status = InfraStatus::Building;
                infra.updated_at = now();
                self.store.save_infra(&infra)?;
                (infra, lease)
            }
            None => {
                let infra = self.register(compiled)?;
                let lease = self.lease(&infra.id)?;
                (infra, lease)
            }
        };
        let result = tokio::select! {
            result = self.pass(&infra.id, &run_id) => Some(result),
            () = interrupt => None,
        };
        match result {
            Some(Ok(report)) => {
                let mut infra = self.load(&infra.id)?;
                infra.status = InfraStatus::Ready;
                infra.updated_at = now();
                self.store.save_infra(&infra)?;
                Ok(BuildOutcome {
                    infraid: infra.id,
                    name: infra.description.infra_name,
                    status: infra.status,
                    created: report.created,
                    dropped: report.dropped,
                })
            }
            Some(Err(cause)) => Err(self.roll_back(&infra, &run_id, existing.is_none(), Some(cause)).await),
            None => Err(self.roll_back(&infra, &run_id, existing.is_none(), None).await),
        }
    }

    /// Destroys what run `run_id` created; forgets a new infrastructure entirely when nothing is left.
    /// `cause` is `None` when the run was interrupted.
    async fn roll_back(
        &self,
        infra: &InfraRecord,
        run_id: &str,
        forget: bool,
        cause: Option<Error>,
    ) -> Error {
        let mine: Vec<_> = match self.store.instances(&infra.id) {
            Ok(all) => all.into_iter().filter(|i| i.build_id.as_deref() == Some(run_id)).collect(),
            Err(e) => return e,
        };
        let (dropped, failures) = self.drop_in_reverse_order(infra, mine).await;
        let undone = if dropped.is_empty() {
            "nothing had been created".to_owned()
        } else {
            let list: Vec<String> = dropped.iter().map(ToString::to_string).collect();
            format!(
                "destroyed {} instance{}: {}",
                dropped.len(),
                if dropped.len() == 1 { "" } else { "s" },
                list.join(", ")
            )
        };
        let what = if forget { "build" } else { "reconfiguration" };
        let name = &infra.description.infra_name;
        let message = match &cause {
            Some(cause) => format!(
                "{what} of infrastructure `{name}` ({}) failed: {cause}; rolled back: {undone}",
                infra.id
            ),
            None => {
                format!("{what} of infrastructure `{name}` ({}) interrupted; rolled back: {undone}", infra.id)
            }
        };
        if !failures.is_empty() {
            let reasons: Vec<String> = failures.iter().map(ToString::to_string).collect();
            return Error::general(format!("{message}; but {}", reasons.join("; ")))
                .hint(format!("run `kamaki infra destroy -i {}` to retry the cleanup", infra.id));
        }
        let cleanup = if forget {
            self.store.purge_infra(&infra.id)
        } else {
            self.load(&infra.id).and_then(|mut current| {
                current.status = InfraStatus::Degraded;
                self.store.save_infra(&current)
            })
        };
        if let Err(e) = cleanup {
            return e;
        }
        // The cause's kind decides the exit code, so scripts can tell a bad definition from a timeout.
        let error = match cause.map(|c| c.kind()) {
            Some(ErrorKind::Usage) => Error::usage(message),
            Some(ErrorKind::Timeout) => Error::timeout(message),
            Some(ErrorKind::NotFound) => Error::not_found(message),
            _ => Error::general(message),
        };
        if forget {
            error.hint("nothing of this build is left; fix the cause (if any) and build again")
        } else {
            error.hint(format!(
                "the infrastructure was kept; fix the cause and run `kamaki infra build -i {}` again",
                infra.id
            ))
        }
    }

    /// Takes the infrastructure's lease for this process, until the guard is dropped.
    pub fn lease(&self, infra_id: &str) -> Result<LeaseGuard> {
        LeaseGuard::acquire(self.store.clone(), infra_id, &self.owner, self.lease_ttl)
    }

    /// One maintenance pass under the infrastructure's lease.
    pub async fn maintain(&self, infra_id: &str, interrupt: impl Future<Output = ()>) -> Result<PassReport> {
        self.load(infra_id)?;
        let _lease = self.lease(infra_id)?;
        self.maintain_leased(infra_id, interrupt).await
    }

    /// One maintenance pass by a caller that holds the lease (see [`Enactor::lease`]).
    pub async fn maintain_leased(
        &self,
        infra_id: &str,
        interrupt: impl Future<Output = ()>,
    ) -> Result<PassReport> {
        let infra = self.load(infra_id)?;
        let run_id = uuid::Uuid::new_v4().to_string();
        let result = tokio::select! {
            result = self.pass(infra_id, &run_id) => result,
            () = interrupt => Err(Error::general("maintenance interrupted")),
        };
        let mut current = self.load(infra_id)?;
        match result {
            Ok(report) => {
                current.status = InfraStatus::Ready;
                self.store.save_infra(&current)?;
                Ok(report)
            }
            Err(cause) => {
                // Instances of an interrupted pass that are still on their way are undone.
                let unfinished: Vec<_> = self
                    .store
                    .instances(infra_id)?
                    .into_iter()
                    .filter(|i| i.build_id.as_deref() == Some(run_id.as_str()) && i.phase != Phase::Ready)
                    .collect();
                let (dropped, _) = self.drop_in_reverse_order(&infra, unfinished).await;
                current.status = InfraStatus::Degraded;
                self.store.save_infra(&current)?;
                if dropped.is_empty() {
                    return Err(cause);
                }
                let list: Vec<String> = dropped.iter().map(ToString::to_string).collect();
                let message = format!("{cause}; removed the unfinished instance(s): {}", list.join(", "));
                Err(Error::new(cause.kind(), message))
            }
        }
    }

    /// Destroys every instance, last level first, then forgets the infrastructure. Safe to re-run
    /// after a partial failure: what was destroyed is no longer recorded.
    pub async fn destroy(&self, infra_id: &str) -> Result<Vec<InstanceSummary>> {
        let infra = self.load(infra_id)?;
        let _lease = self.lease(infra_id)?;
        let instances = self.store.instances(infra_id)?;
        let (dropped, failures) = self.drop_in_reverse_order(&infra, instances).await;
        if !failures.is_empty() {
            let reasons: Vec<String> = failures.iter().map(ToString::to_string).collect();
            return Err(Error::general(format!(
                "destroyed {} instance(s) of `{infra_id}` but {} could not be destroyed: {}",
                dropped.len(),
                failures.len(),
                reasons.join("; ")
            ))
            .hint(format!(
                "run `kamaki infra destroy -i {infra_id}` again; only what is left will be retried"
            )));
        }
        self.store.purge_infra(infra_id)?;
        Ok(dropped)
    }

    /// Queues a scaling request for the next maintenance pass.
    pub fn request_scaling(&self, infra_id: &str, node: &str, request: ScalingRequest) -> Result<()> {
        let infra = self.load(infra_id)?;
        if infra.description.node(node).is_none() {
            let known: Vec<&str> = infra.description.nodes.iter().map(|n| n.name.as_str()).collect();
            return Err(Error::not_found(format!("infrastructure `{infra_id}` has no node `{node}`"))
                .hint(format!("its nodes are: {}", known.join(", "))));
        }
        self.store.push_scaling_request(infra_id, node, &request)
    }

    /// Live state of every instance and the scaling of every node. Changes nothing.
    pub async fn report(&self, infra_id: &str) -> Result<InfraReport> {
        let infra = self.load(infra_id)?;
        let instances = self.store.instances(infra_id)?;
        let states = futures::future::join_all(instances.iter().cloned().map(|mut instance| {
            let infra = &infra;
            async move {
                let state = match instance.phase {
                    Phase::Requested if instance.instance_id.is_none() => Ok((NodeState::Pending, None)),
                    _ => self.refresh(infra, &mut instance).await,
                };
                (instance, state)
            }
        }))
        .await;
        let mut rows = Vec::new();
        for (instance, state) in states {
            // A cloud that cannot be asked makes the state `unknown`, as in Occopus; `detail` says why.
            let (state, detail) = match state {
                Ok((state, reason)) => (state.as_str().to_owned(), reason),
                Err(e) => ("unknown".to_owned(), Some(e.to_string())),
            };
            rows.push(ReportRow {
                node: instance.node_name.clone(),
                node_id: instance.node_id.clone(),
                instance_id: instance.instance_id.clone(),
                backend: instance.backend.to_string(),
                address: instance.address().map(str::to_owned),
                addresses: instance.addresses.clone(),
                state,
                detail,
                started_at: instance.started_at,
                user_data: instance.user_data.clone(),
            });
        }
        let pending = self.store.scaling_requests(infra_id)?;
        let mut scaling_report = BTreeMap::new();
        for node in &infra.description.nodes {
            let mine: Vec<&Instance> = instances.iter().filter(|i| i.node_name == node.name).collect();
            let requests: Vec<ScalingRequest> =
                pending.iter().filter(|(n, _)| n == &node.name).map(|(_, r)| r.clone()).collect();
            let current = infra.target(node);
            let plan = scaling::plan(&node.name, current, node.scaling, &requests, &mine);
            scaling_report.insert(
                node.name.clone(),
                ScalingReport {
                    actual: mine.len() as u32,
                    max: node.scaling.max,
                    min: node.scaling.min,
                    target: plan.target,
                },
            );
        }
        Ok(InfraReport {
            infraid: infra.id,
            name: infra.description.infra_name,
            status: infra.status,
            rows,
            scaling: scaling_report,
        })
    }
}

/// A record good enough for rendering templates at compile time.
fn stand_in_record(description: &InfraDescription, levels: &[Vec<String>]) -> InfraRecord {
    InfraRecord {
        id: "00000000-0000-0000-0000-000000000000".to_owned(),
        description: description.clone(),
        levels: levels.to_vec(),
        node_defs: BTreeMap::new(),
        targets: BTreeMap::new(),
        status: InfraStatus::Building,
        attached: false,
        notification: None,
        created_at: 0.0,
        updated_at: 0.0,
    }
}

/// Stand-in addresses (from TEST-NET-1) for the nodes `node` depends on, directly or not; other
/// nodes have no instance, so `getip` on them fails just as it would during the build.
fn stand_in_addresses(description: &InfraDescription, node: &str) -> AddressBook {
    let needed = dependees(&description.dependencies, node);
    description
        .nodes
        .iter()
        .map(|n| {
            let instances = if needed.contains(n.name.as_str()) {
                vec![InstanceAddress {
                    public: Some("192.0.2.1".to_owned()),
                    private: Some("192.0.2.1".to_owned()),
                }]
            } else {
                Vec::new()
            };
            (n.name.clone(), instances)
        })
        .collect()
}

fn dependees<'a>(dependencies: &'a [Dependency], node: &str) -> BTreeSet<&'a str> {
    let mut found = BTreeSet::new();
    let mut stack = vec![node.to_owned()];
    while let Some(current) = stack.pop() {
        for dep in dependencies.iter().filter(|d| d.dependent == current) {
            if found.insert(dep.dependee.as_str()) {
                stack.push(dep.dependee.clone());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::infra::backend::Backends;
    use crate::infra::store::SqliteStore;

    const NODE_DEFS: &str = "
'node_def:db':
  - resource: {type: dummy, ready_delay: 0.1}
'node_def:app':
  - resource: {type: dummy}
    contextualisation:
      type: cloudinit
      context_template: |
        #cloud-config
        write_files:
          - path: /etc/app.conf
            content: 'db={{ getip(\"db\") }} port={{ variables.port }}'
'node_def:broken':
  - resource: {type: dummy, fail_create: true}
";

    struct Fixture {
        dir: tempfile::TempDir,
        enactor: Enactor,
    }

    impl Fixture {
        fn new() -> Self {
            let dir = tempfile::tempdir().expect("tempdir");
            let store = SqliteStore::open(&dir.path().join("infra.sqlite")).expect("store");
            let enactor = Enactor {
                store: Arc::new(store),
                backends: Arc::new(Backends::new(dir.path().join("dummy.sqlite"), None)),
                parallelize: true,
                owner: "test".into(),
                lease_ttl: Duration::from_secs(5),
            };
            let defs = dir.path().join("nodes.yaml");
            std::fs::write(&defs, NODE_DEFS).expect("write");
            enactor.import(&defs).expect("import");
            Self { dir, enactor }
        }

        fn compile(&self, text: &str) -> Result<Compiled> {
            let doc = yaml::parse(text, "infra.yaml", None)?;
            self.enactor.compile(&doc, "infra.yaml")
        }

        fn machines(&self) -> Vec<(String, Option<String>)> {
            crate::infra::backend::dummy::DummyCloud::open(&self.dir.path().join("dummy.sqlite"))
                .expect("dummy cloud");
            let conn = rusqlite::Connection::open(self.dir.path().join("dummy.sqlite")).expect("open");
            let mut stmt = conn.prepare("SELECT id, user_data FROM machines").expect("prepare");
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .expect("query")
                .collect::<rusqlite::Result<_>>()
                .expect("rows")
        }
    }

    const THREE_LEVELS: &str = "
infra_name: shop
variables: {port: 5432}
nodes:
  - {name: db, type: db}
  - {name: app, type: app, scaling: {min: 2, max: 3}}
  - {name: lb, type: db}
dependencies:
  - [app, db]
  - [lb, app]
";

    #[tokio::test]
    async fn build_scale_recover_destroy() {
        let fx = Fixture::new();
        let compiled = fx.compile(THREE_LEVELS).expect("compile");
        assert_eq!(compiled.levels, vec![vec!["db"], vec!["app"], vec!["lb"]]);
        let outcome = fx.enactor.build(compiled, None, std::future::pending()).await.expect("build");
        assert_eq!(outcome.created.len(), 4);
        let machines = fx.machines();
        assert_eq!(machines.len(), 4);
        let db_ip =
            outcome.created.iter().find(|c| c.node == "db").and_then(|c| c.address.clone()).expect("db ip");
        let app_data = machines.iter().filter_map(|(_, data)| data.clone()).next().expect("user data");
        assert!(app_data.contains(&format!("db={db_ip} port=5432")), "{app_data}");

        // Scale up beyond max is clamped; scale down picks the named instance.
        let id = outcome.infraid.clone();
        fx.enactor.request_scaling(&id, "app", ScalingRequest::Scaleup { count: 5 }).expect("scale");
        let pass = fx.enactor.maintain(&id, std::future::pending()).await.expect("maintain");
        assert_eq!(pass.created.len(), 1);
        assert_eq!(fx.machines().len(), 5);
        let report = fx.enactor.report(&id).await.expect("report");
        let app = report.scaling["app"];
        assert_eq!((app.actual, app.target, app.min, app.max), (3, 3, 2, 3));
        let victim = report.rows.iter().find(|r| r.node == "app").expect("app").clone();
        fx.enactor
            .request_scaling(&id, "app", ScalingRequest::Scaledown { victim: victim.address.clone() })
            .expect("scale down");
        let pass = fx.enactor.maintain(&id, std::future::pending()).await.expect("maintain");
        assert_eq!(pass.dropped.iter().map(|d| d.node_id.clone()).collect::<Vec<_>>(), vec![victim.node_id]);

        // A vanished machine is replaced by the next pass.
        let conn = rusqlite::Connection::open(fx.dir.path().join("dummy.sqlite")).expect("open");
        conn.execute("DELETE FROM machines WHERE id = (SELECT MIN(id) FROM machines)", []).expect("kill");
        let pass = fx.enactor.maintain(&id, std::future::pending()).await.expect("maintain");
        assert_eq!((pass.recovered.len(), pass.created.len()), (1, 1));
        assert_eq!(fx.machines().len(), 4);

        let destroyed = fx.enactor.destroy(&id).await.expect("destroy");
        assert_eq!(destroyed.len(), 4);
        assert!(fx.machines().is_empty());
        assert!(fx.enactor.store.infra(&id).expect("read").is_none());
        let again = fx.enactor.destroy(&id).await.expect_err("gone");
        assert_eq!(again.kind(), ErrorKind::NotFound);
    }

    #[tokio::test]
    async fn a_failed_build_leaves_nothing() {
        let fx = Fixture::new();
        let compiled = fx
            .compile("infra_name: x\nnodes:\n  - {name: db, type: db}\n  - {name: bad, type: broken}\ndependencies: [[bad, db]]\n")
            .expect("compile");
        let err = fx.enactor.build(compiled, None, std::future::pending()).await.expect_err("fails");
        let text = err.to_string();
        assert!(text.contains("injected failure"), "{text}");
        assert!(text.contains("rolled back: destroyed 2 instances: bad/"), "{text}");
        assert!(text.contains(", db/"), "{text}");
        assert!(fx.machines().is_empty());
        assert!(fx.enactor.store.infras().expect("list").is_empty());
    }

    #[tokio::test]
    async fn an_interrupted_build_is_rolled_back() {
        let fx = Fixture::new();
        let compiled = fx.compile(THREE_LEVELS).expect("compile");
        let interrupt = tokio::time::sleep(Duration::from_millis(50));
        let err = fx.enactor.build(compiled, None, interrupt).await.expect_err("interrupted");
        assert!(err.to_string().contains("interrupted; rolled back"), "{err}");
        assert!(fx.machines().is_empty());
    }

    #[tokio::test]
    async fn compile_errors_come_before_anything_is_created() {
        let fx = Fixture::new();
        let err = fx
            .compile("infra_name: x\nnodes:\n  - {name: a, type: nope}\n  - {name: b, type: app}\n")
            .expect_err("invalid")
            .to_string();
        assert!(err.contains("nodes[0].type: unknown node type `nope`"), "{err}");
        // `app` reads `getip('db')` without depending on a `db` node and without `variables.port`.
        assert!(err.contains("nodes[1]: template in `contextualisation`"), "{err}");
        assert!(fx.machines().is_empty());
    }

    #[tokio::test]
    async fn reconfigure_adds_and_removes_by_difference() {
        let fx = Fixture::new();
        let compiled = fx
            .compile("infra_name: x\nnodes:\n  - {name: a, type: db}\n  - {name: b, type: db}\n")
            .expect("compile");
        let id = fx.enactor.build(compiled, None, std::future::pending()).await.expect("build").infraid;
        let before: Vec<String> = fx.machines().into_iter().map(|m| m.0).collect();
        let compiled = fx.compile("infra_name: x\nnodes:\n  - {name: a, type: db}\n  - {name: c, type: db, scaling: {min: 2}}\n").expect("compile");
        let outcome = fx.enactor.build(compiled, Some(&id), std::future::pending()).await.expect("rebuild");
        assert_eq!(outcome.created.iter().map(|c| c.node.as_str()).collect::<Vec<_>>(), vec!["c", "c"]);
        assert_eq!(outcome.dropped.iter().map(|c| c.node.as_str()).collect::<Vec<_>>(), vec!["b"]);
        let after: Vec<String> = fx.machines().into_iter().map(|m| m.0).collect();
        assert_eq!(after.len(), 3);
        assert!(after.iter().filter(|m| before.contains(m)).count() == 1, "node a kept its machine");
        // A failing reconfiguration keeps the infrastructure and undoes only its own creations.
        let compiled = fx.compile("infra_name: x\nnodes:\n  - {name: a, type: db}\n  - {name: c, type: db, scaling: {min: 2}}\n  - {name: d, type: broken}\n").expect("compile");
        fx.enactor.build(compiled, Some(&id), std::future::pending()).await.expect_err("fails");
        assert_eq!(fx.machines().len(), 3);
        assert!(fx.enactor.store.infra(&id).expect("read").is_some());
    }

    #[tokio::test]
    async fn a_failing_health_check_fails_the_instance_after_its_timeout() {
        let fx = Fixture::new();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let defs = fx.dir.path().join("checked.yaml");
        let text = format!(
            "'node_def:web':\n  - resource: {{type: dummy, address: 127.0.0.1}}\n    health_check: {{ports: [{port}], timeout: 1}}\n"
        );
        std::fs::write(&defs, text).expect("write");
        fx.enactor.import(&defs).expect("import");
        let compiled = fx.compile("infra_name: h\nnodes:\n  - {name: web, type: web}\n").expect("compile");
        let id = fx.enactor.build(compiled, None, std::future::pending()).await.expect("build").infraid;

        // The service stops answering: unhealthy at first, failed once the timeout has passed.
        drop(listener);
        let pass = fx.enactor.maintain(&id, std::future::pending()).await.expect("maintain");
        assert!(pass.summary().is_none(), "still within the timeout");
        let report = fx.enactor.report(&id).await.expect("report");
        assert_eq!(report.rows[0].state, "unhealthy");
        assert!(report.rows[0].detail.as_deref().is_some_and(|d| d.contains(&format!("TCP port {port}"))));
        tokio::time::sleep(Duration::from_millis(1100)).await;
        // The failed instance is replaced; the replacement cannot pass either and is undone.
        let err = fx.enactor.maintain(&id, std::future::pending()).await.expect_err("replacement fails");
        assert!(err.to_string().contains("health check failing for over 1s"), "{err}");
        assert!(err.to_string().contains("removed the unfinished instance(s): web/"), "{err}");
        assert!(fx.machines().is_empty());

        // Once the service answers again, the next pass brings the node back.
        let _listener = std::net::TcpListener::bind(("127.0.0.1", port)).expect("bind again");
        let pass = fx.enactor.maintain(&id, std::future::pending()).await.expect("maintain");
        assert_eq!(pass.created.len(), 1);
    }

    #[tokio::test]
    async fn a_second_maintainer_is_refused() {
        let fx = Fixture::new();
        let compiled = fx.compile("infra_name: x\nnodes:\n  - {name: a, type: db}\n").expect("compile");
        let id = fx.enactor.build(compiled, None, std::future::pending()).await.expect("build").infraid;
        let holder =
            LeaseGuard::acquire(fx.enactor.store.clone(), &id, "someone-else", Duration::from_secs(30))
                .expect("lease");
        let err = fx.enactor.maintain(&id, std::future::pending()).await.expect_err("refused");
        assert_eq!(err.kind(), ErrorKind::Conflict);
        assert!(err.to_string().contains("is being worked on by `someone-else`"), "{err}");
        drop(holder);
        fx.enactor.maintain(&id, std::future::pending()).await.expect("free again");
    }
}
