//! Where infrastructures live between commands: imported node definitions, compiled descriptions,
//! the instance table, queued scaling requests and per-infrastructure leases.
//!
//! Every instance is written *before* its cloud resource is requested and updated after, so a crash
//! at any point leaves a record from which `destroy` or the next pass can remove or adopt it.

mod redis;
pub(crate) mod sqlite;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use redis::RedisStore;
pub use sqlite::SqliteStore;

use super::description::InfraDescription;
use super::nodedef::{BackendKind, HealthCheck};
use crate::error::Result;

/// A stored node type: its implementations as imported, and the import's version (1, 2, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredNodeDef {
    pub node_type: String,
    pub version: u32,
    pub implementations: Value,
    pub imported_at: f64,
}

/// How far an infrastructure has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InfraStatus {
    /// A build is running, or crashed: `destroy` cleans it up.
    Building,
    /// The last pass reached every target.
    Ready,
    /// The last pass failed; the next one retries.
    Degraded,
}

/// A compiled infrastructure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfraRecord {
    pub id: String,
    pub description: InfraDescription,
    /// Node names by build order (see `compiler::levels`).
    pub levels: Vec<Vec<String>>,
    /// The node-definition version each node type was compiled against.
    pub node_defs: BTreeMap<String, u32>,
    /// The instance count each node is kept at, always within its `[min, max]`.
    pub targets: BTreeMap<String, u32>,
    pub status: InfraStatus,
    /// Maintained in the background by `infra serve` (survives service restarts).
    #[serde(default)]
    pub attached: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<Value>,
    pub created_at: f64,
    pub updated_at: f64,
}

impl InfraRecord {
    /// The instance count a node is kept at (its minimum until a target is stored).
    pub fn target(&self, node: &super::description::NodeEntry) -> u32 {
        self.targets.get(&node.name).copied().unwrap_or(node.scaling.min)
    }
}

/// Where an instance is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Recorded; the create request may or may not have reached the cloud.
    Requested,
    /// The cloud accepted it; waiting for it to run and pass its health check.
    Created,
    /// Passed its health check at least once.
    Ready,
}

/// One instance of a node: the record that lets every cloud resource be found again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    pub infra_id: String,
    pub node_id: String,
    pub node_name: String,
    pub backend: BackendKind,
    /// The name given to the cloud resource, unique per instance, so that a resource whose create
    /// response was lost can still be found.
    pub server_name: String,
    /// The cloud's id, once the create request answered.
    pub instance_id: Option<String>,
    /// The rendered `resource` section it was created from.
    pub resource: serde_json::Map<String, Value>,
    pub health_check: HealthCheck,
    pub phase: Phase,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub private_address: Option<String>,
    pub started_at: f64,
    /// When its health check first failed in the current failing streak.
    #[serde(default)]
    pub failing_since: Option<f64>,
    /// The rendered cloud-init user data it was created with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// The build that created it; a failed build removes exactly these.
    #[serde(default)]
    pub build_id: Option<String>,
}

impl Instance {
    /// The address to reach it at: the first public one, else the private one.
    pub fn address(&self) -> Option<&str> {
        self.addresses.first().or(self.private_address.as_ref()).map(String::as_str)
    }
}

/// A queued scaling request, realised by the next maintenance pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "lowercase")]
pub enum ScalingRequest {
    /// Add `count` instances.
    Scaleup { count: u32 },
    /// Remove one instance: the given node id or address, or the youngest.
    Scaledown { victim: Option<String> },
    /// Set the instance count.
    Scaleto { count: u32 },
}

/// Who holds an infrastructure's lease, and until when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lease {
    pub owner: String,
    pub expires_at: f64,
}

/// Persistence for the orchestrator. Implementations must make `take_scaling_requests` and
/// `acquire_lease` atomic, because several processes (on several hosts) may share one store.
pub trait StateStore: Send + Sync {
    /// Stores a new version of a node type's implementations; returns its version number.
    fn import_node_def(&self, node_type: &str, implementations: &Value) -> Result<u32>;
    /// The latest version of a node type.
    fn node_def(&self, node_type: &str) -> Result<Option<StoredNodeDef>>;

    /// Stores a new infrastructure; fails with a conflict if the id exists.
    fn insert_infra(&self, infra: &InfraRecord) -> Result<()>;
    fn save_infra(&self, infra: &InfraRecord) -> Result<()>;
    fn infra(&self, id: &str) -> Result<Option<InfraRecord>>;
    fn infras(&self) -> Result<Vec<InfraRecord>>;
    /// Removes an infrastructure and everything stored about it (instances, requests, lease).
    fn purge_infra(&self, id: &str) -> Result<()>;

    fn save_instance(&self, instance: &Instance) -> Result<()>;
    fn remove_instance(&self, infra_id: &str, node_id: &str) -> Result<()>;
    /// An infrastructure's instances, oldest first.
    fn instances(&self, infra_id: &str) -> Result<Vec<Instance>>;

    fn push_scaling_request(&self, infra_id: &str, node: &str, request: &ScalingRequest) -> Result<()>;
    /// Pending requests per node, oldest first, without consuming them.
    fn scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>>;
    /// Removes and returns the pending requests, atomically.
    fn take_scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>>;

    /// Takes or renews the lease for `ttl` seconds. `Ok(None)` means `owner` holds it now;
    /// `Ok(Some(lease))` names the other, live holder.
    fn acquire_lease(&self, infra_id: &str, owner: &str, ttl: f64) -> Result<Option<Lease>>;
    fn release_lease(&self, infra_id: &str, owner: &str) -> Result<()>;
}

/// Seconds since the Unix epoch, the time base of every stored timestamp.
pub fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// The behaviour every store must have, checked against each implementation.
#[cfg(test)]
pub(crate) mod contract {
    use serde_json::json;

    use super::*;
    use crate::infra::description::{InfraDescription, NodeEntry, Scaling};
    use crate::infra::nodedef::BackendKind;

    /// `a` and `b` are two connections to one store, as two processes would have.
    pub(crate) fn check(a: &dyn StateStore, b: &dyn StateStore) {
        node_defs_are_versioned(a);
        infras_instances_and_purge(a, b);
        scaling_requests_are_consumed_once(a, b);
        leases_exclude_other_owners_until_they_expire(a, b);
    }

    fn node_defs_are_versioned(store: &dyn StateStore) {
        assert_eq!(store.import_node_def("db", &json!([1])).expect("import"), 1);
        assert_eq!(store.import_node_def("db", &json!([2])).expect("import"), 2);
        let def = store.node_def("db").expect("read").expect("present");
        assert_eq!((def.version, def.implementations), (2, json!([2])));
        assert!(store.node_def("web").expect("read").is_none());
    }

    fn record(id: &str) -> InfraRecord {
        let node = NodeEntry {
            name: "a".into(),
            node_type: "db".into(),
            scaling: Scaling { min: 1, max: 2 },
            filter: Default::default(),
            variables: Default::default(),
        };
        InfraRecord {
            id: id.into(),
            description: InfraDescription {
                infra_name: "t".into(),
                user_id: None,
                nodes: vec![node],
                dependencies: Vec::new(),
                variables: Default::default(),
            },
            levels: vec![vec!["a".into()]],
            node_defs: BTreeMap::new(),
            targets: BTreeMap::from([("a".into(), 1)]),
            status: InfraStatus::Building,
            attached: false,
            notification: None,
            // Exact in JSON: serde_json may round the last bit of arbitrary floats.
            created_at: 1.5,
            updated_at: 2.5,
        }
    }

    fn instance(infra: &str, node_id: &str, started_at: f64) -> Instance {
        Instance {
            infra_id: infra.into(),
            node_id: node_id.into(),
            node_name: "a".into(),
            backend: BackendKind::Dummy,
            server_name: node_id.into(),
            instance_id: None,
            resource: Default::default(),
            health_check: Default::default(),
            phase: Phase::Requested,
            addresses: Vec::new(),
            private_address: None,
            started_at,
            failing_since: None,
            user_data: None,
            build_id: Some("run".into()),
        }
    }

    fn infras_instances_and_purge(a: &dyn StateStore, b: &dyn StateStore) {
        let mut infra = record("i1");
        a.insert_infra(&infra).expect("insert");
        let twice = b.insert_infra(&infra).expect_err("same id twice");
        assert_eq!(twice.kind(), crate::error::ErrorKind::Conflict);
        infra.status = InfraStatus::Ready;
        a.save_infra(&infra).expect("save");
        assert_eq!(b.infra("i1").expect("read"), Some(infra.clone()));
        a.insert_infra(&record("i2")).expect("insert");
        assert_eq!(b.infras().expect("list").len(), 2);
        a.save_instance(&instance("i1", "late", 2.0)).expect("save");
        let mut early = instance("i1", "early", 1.0);
        a.save_instance(&early).expect("save");
        early.instance_id = Some("vm-1".into());
        b.save_instance(&early).expect("update");
        let listed = a.instances("i1").expect("list");
        assert_eq!(listed.iter().map(|i| i.node_id.as_str()).collect::<Vec<_>>(), vec!["early", "late"]);
        assert_eq!(listed[0].instance_id.as_deref(), Some("vm-1"));
        a.remove_instance("i1", "late").expect("remove");
        assert_eq!(b.instances("i1").expect("list").len(), 1);
        a.push_scaling_request("i1", "a", &ScalingRequest::Scaleto { count: 2 }).expect("push");
        a.purge_infra("i1").expect("purge");
        assert!(b.infra("i1").expect("read").is_none());
        assert!(b.instances("i1").expect("list").is_empty());
        assert!(b.scaling_requests("i1").expect("list").is_empty());
        assert_eq!(b.infras().expect("list").len(), 1);
    }

    fn scaling_requests_are_consumed_once(a: &dyn StateStore, b: &dyn StateStore) {
        a.push_scaling_request("s", "app", &ScalingRequest::Scaleup { count: 2 }).expect("push");
        b.push_scaling_request("s", "app", &ScalingRequest::Scaledown { victim: Some("10.0.0.1".into()) })
            .expect("push");
        assert_eq!(a.scaling_requests("s").expect("peek").len(), 2);
        let taken = b.take_scaling_requests("s").expect("take");
        assert_eq!(taken[0], ("app".to_owned(), ScalingRequest::Scaleup { count: 2 }));
        assert_eq!(taken.len(), 2);
        assert!(a.take_scaling_requests("s").expect("take").is_empty());
    }

    fn leases_exclude_other_owners_until_they_expire(a: &dyn StateStore, b: &dyn StateStore) {
        assert_eq!(a.acquire_lease("l", "a", 60.0).expect("lease"), None);
        assert_eq!(a.acquire_lease("l", "a", 60.0).expect("renew"), None);
        let held = b.acquire_lease("l", "b", 60.0).expect("lease").expect("held by a");
        assert_eq!(held.owner, "a");
        assert!(held.expires_at > now() + 50.0);
        // A lease that expires is taken over.
        assert_eq!(a.acquire_lease("m", "a", 0.05).expect("lease"), None);
        std::thread::sleep(std::time::Duration::from_millis(120));
        assert_eq!(b.acquire_lease("m", "b", 60.0).expect("take over"), None);
        // Releasing someone else's lease does nothing; releasing one's own frees it.
        b.release_lease("l", "b").expect("release");
        assert!(b.acquire_lease("l", "b", 60.0).expect("lease").is_some());
        a.release_lease("l", "a").expect("release");
        assert_eq!(b.acquire_lease("l", "b", 60.0).expect("lease"), None);
    }
}
