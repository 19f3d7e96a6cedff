//! Where infrastructures live between commands: imported node definitions, compiled descriptions,
//! the instance table, queued scaling requests and per-infrastructure leases.
//!
//! Every instance is written *before* its cloud resource is requested and updated after, so a crash
//! at any point leaves a record from which `destroy` or the next pass can remove or adopt it.

mod sqlite;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
