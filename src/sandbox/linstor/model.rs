//! The sandbox controller's state and the rules that change it.
//!
//! Everything the controller knows is one `Controller` value, loaded from the store at the start
//! of a request and saved at the end. Every operation validates the whole request before it
//! changes anything, so a refused request leaves no half-created object behind. Time-dependent
//! state (a replica syncing to UpToDate) is derived from timestamps when it is read, because the
//! sandbox process may not outlive the command that started it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::protocol::linstor_reply::*;
use crate::protocol::linstor_size::format_kib;

/// The diskless pool every satellite gets on registration, as on a real controller.
pub(super) const DISKLESS_POOL: &str = "DfltDisklessStorPool";
/// The resource group that resource definitions without an explicit group belong to.
pub(super) const DEFAULT_GROUP: &str = "DfltRscGrp";
/// Node property that simulates a lost satellite connection while it is `yes`.
pub(super) const OFFLINE_PROP: &str = "Sandbox/Offline";
/// Controller property: how long a new diskful replica takes to sync to UpToDate.
pub(super) const SYNC_DELAY_PROP: &str = "Sandbox/SyncDelayMs";
/// The sync delay when neither the property nor `sandbox serve --linstor-sync-delay` sets one.
const DEFAULT_SYNC_DELAY_MS: i64 = 1000;

pub(super) type Props = BTreeMap<String, String>;
pub(super) type Replies = Vec<ApiCallRc>;

/// Everything the controller knows. Missing collections read as empty, so state saved by an
/// older kamaki still loads when a collection is added.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct Controller {
    pub props: Props,
    pub nodes: BTreeMap<String, Node>,
    pub groups: BTreeMap<String, ResourceGroup>,
    pub definitions: BTreeMap<String, ResourceDefinition>,
    pub kvs: BTreeMap<String, KeyValueStore>,
    /// The sync delay of the sandbox's options (`--linstor-sync-delay`), in milliseconds;
    /// not stored, since another sandbox on the same data dir may have another.
    #[serde(skip)]
    pub default_sync_delay_ms: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Node {
    pub name: String,
    pub node_type: String,
    pub uuid: String,
    pub props: Props,
    pub net_interfaces: Vec<NetInterface>,
    pub pools: BTreeMap<String, StoragePool>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct NetInterface {
    pub name: String,
    pub address: String,
    pub port: u16,
    pub encryption: String,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct StoragePool {
    pub name: String,
    pub provider: String,
    pub props: Props,
    /// Total size in KiB; `None` for diskless pools, which have no backing storage.
    pub capacity_kib: Option<u64>,
    pub uuid: String,
    pub external_locking: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct SelectFilter {
    pub place_count: Option<i64>,
    pub storage_pool_list: Vec<String>,
    pub diskless_on_remaining: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct ResourceGroup {
    pub name: String,
    pub description: String,
    pub props: Props,
    pub select_filter: SelectFilter,
    pub uuid: String,
    /// The volumes spawned definitions get, by number.
    #[serde(default)]
    pub volume_groups: BTreeMap<u32, VolumeGroup>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct VolumeGroup {
    pub number: u32,
    pub props: Props,
    pub flags: Vec<String>,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct ResourceDefinition {
    pub name: String,
    pub external_name: Option<String>,
    pub uuid: String,
    pub props: Props,
    pub group: String,
    pub port: u16,
    pub secret: String,
    pub volumes: BTreeMap<u32, VolumeDefinition>,
    pub resources: BTreeMap<String, Resource>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct VolumeDefinition {
    pub number: u32,
    pub size_kib: u64,
    pub minor: u32,
    pub props: Props,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Resource {
    pub node_name: String,
    pub uuid: String,
    pub props: Props,
    pub diskless: bool,
    pub pool: String,
    pub node_id: u32,
    pub created_ms: i64,
    /// When the replica's disk is in sync; until then a diskful replica is Inconsistent.
    pub synced_ms: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct KeyValueStore {
    pub name: String,
    pub props: Props,
    pub uuid: String,
}

/// A request to add a replica, decoded from the wire's `ResourceCreate`.
#[derive(Debug, Clone)]
pub(super) struct NewResource {
    pub node: String,
    pub diskless: bool,
    pub pool: Option<String>,
    pub props: Props,
}

/// A property change as every `…Modify` body carries it.
#[derive(Debug, Clone, Default)]
pub(super) struct PropsChange {
    pub override_props: Props,
    pub delete_props: Vec<String>,
    pub delete_namespaces: Vec<String>,
}

pub(super) fn key(name: &str) -> String {
    name.to_ascii_lowercase()
}

pub(super) fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub(super) fn one(rc: i64, message: impl Into<String>) -> Replies {
    vec![ApiCallRc::new(rc, message)]
}

/// The HTTP status a reply list earns: the first error decides, as `ApiCallRcRestUtils.toResponse` does.
pub(super) fn http_status(success: u16, replies: &[ApiCallRc]) -> u16 {
    match replies.iter().find(|rc| rc.is_error()).map(ApiCallRc::code) {
        None => success,
        Some(300..=399) => 404,
        Some(400..=499) => 403,
        Some(_) => 500,
    }
}

/// DRBD's internal metadata next to the data: an estimate that matches a real 20 MiB volume
/// (20480 KiB usable, 20488 KiB allocated).
pub(super) fn allocated_kib(size_kib: u64) -> u64 {
    size_kib + size_kib.div_ceil(32768) * 4 + 4
}

pub(super) fn valid_name(name: &str, min: usize) -> bool {
    let bytes = name.as_bytes();
    (min..=48).contains(&bytes.len())
        && (bytes[0].is_ascii_alphabetic() || bytes[0] == b'_')
        && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
}

pub(super) fn valid_node_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.as_bytes()[0].is_ascii_alphanumeric()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_')
}

/// Property keys form a tree: repeated `/` collapse and a leading `/` is dropped.
pub(super) fn normalize_prop_key(key: &str) -> String {
    key.split('/').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("/")
}

/// Applies a props change (overrides first, then deletions) and returns a warning per key that
/// was asked to be deleted but was not set. The whole change is checked before anything is
/// touched, so a refused change leaves `props` as it was.
pub(super) fn apply_props(props: &mut Props, change: &PropsChange, context: i64) -> Result<Replies, Replies> {
    for key in change.override_props.keys() {
        if normalize_prop_key(key).is_empty() || key.len() > 256 {
            return Err(one(FAIL_INVLD_PROP | context, format!("Invalid property key '{key}'.")));
        }
    }
    let mut warnings = Vec::new();
    for (key, value) in &change.override_props {
        props.insert(normalize_prop_key(key), value.clone());
    }
    for key in &change.delete_props {
        if props.remove(&normalize_prop_key(key)).is_none() {
            warnings.push(ApiCallRc::new(
                WARN_DEL_UNSET_PROP | context,
                format!("Could not delete property '{key}' as it did not exist."),
            ));
        }
    }
    for namespace in &change.delete_namespaces {
        let prefix = format!("{}/", normalize_prop_key(namespace));
        props.retain(|key, _| !key.starts_with(&prefix));
    }
    Ok(warnings)
}

impl NetInterface {
    pub(super) fn new(name: &str, address: &str, port: u16, encryption: &str) -> NetInterface {
        NetInterface {
            name: name.into(),
            address: address.into(),
            port,
            encryption: encryption.to_ascii_uppercase(),
            uuid: new_uuid(),
        }
    }

    pub(super) fn has_valid_address(&self) -> bool {
        self.address.parse::<std::net::IpAddr>().is_ok()
    }
}

impl Node {
    pub(super) fn online(&self) -> bool {
        !matches!(self.props.get(OFFLINE_PROP).map(String::as_str), Some("yes" | "true" | "True"))
    }
}

impl StoragePool {
    pub(super) fn is_diskless(&self) -> bool {
        self.provider == "DISKLESS"
    }

    pub(super) fn driver_pool(&self) -> Option<&str> {
        self.props.get("StorDriver/StorPoolName").map(String::as_str)
    }

    /// The device a volume of this pool would sit on, like the real storage drivers name it.
    pub(super) fn backing_device(&self, rsc: &str, volume: u32) -> Option<String> {
        let volume_name = format!("{rsc}_{volume:05}");
        let driver_pool = self.driver_pool().unwrap_or(&self.name);
        match self.provider.as_str() {
            "LVM" | "LVM_THIN" => {
                let vg = driver_pool.split('/').next().unwrap_or(driver_pool);
                Some(format!("/dev/{vg}/{volume_name}"))
            }
            "ZFS" | "ZFS_THIN" => Some(format!("/dev/zvol/{driver_pool}/{volume_name}")),
            "FILE" | "FILE_THIN" => Some(format!("{driver_pool}/{volume_name}.img")),
            _ => None,
        }
    }
}

impl ResourceDefinition {
    /// KiB a diskful replica of this definition takes from its pool.
    pub(super) fn allocation_kib(&self) -> u64 {
        self.volumes.values().map(|v| allocated_kib(v.size_kib)).sum()
    }

    pub(super) fn free_node_id(&self) -> u32 {
        let used: BTreeSet<u32> = self.resources.values().map(|r| r.node_id).collect();
        (0..).find(|id| !used.contains(id)).unwrap_or(0)
    }
}

impl Controller {
    /// The cluster the sandbox starts with: three satellites with a `drbdpool` each (so a
    /// 3-way redundant placement works out of the box) and one diskless-only satellite.
    pub(super) fn seeded() -> Controller {
        let mut controller = Controller::default();
        controller.groups.insert(
            key(DEFAULT_GROUP),
            ResourceGroup {
                name: DEFAULT_GROUP.into(),
                description: String::new(),
                props: Props::new(),
                select_filter: SelectFilter::default(),
                uuid: new_uuid(),
                volume_groups: BTreeMap::new(),
            },
        );
        let seeds = [
            ("bravo", "10.0.0.11", Some(("LVM_THIN", "vg0/thin", 20 << 20))),
            ("charlie", "10.0.0.12", Some(("LVM_THIN", "vg0/thin", 20 << 20))),
            ("delta", "10.0.0.13", Some(("LVM", "vg0", 10 << 20))),
            ("echo", "10.0.0.14", None),
        ];
        for (name, address, pool) in seeds {
            let interface = NetInterface::new("default", address, 3366, "PLAIN");
            controller.register_node(name, "SATELLITE", interface, Props::new());
            if let Some((provider, driver_pool, capacity_kib)) = pool
                && let Some(node) = controller.nodes.get_mut(name)
            {
                node.pools.insert(
                    "drbdpool".into(),
                    StoragePool {
                        name: "drbdpool".into(),
                        provider: provider.into(),
                        props: Props::from([("StorDriver/StorPoolName".into(), driver_pool.into())]),
                        capacity_kib: Some(capacity_kib),
                        uuid: new_uuid(),
                        external_locking: false,
                    },
                );
            }
        }
        controller
    }

    /// How long a new disk takes to sync: the controller property while it is set (at most
    /// a minute, so a typo cannot stall a cluster), else the sandbox's option.
    pub(super) fn sync_delay_ms(&self) -> i64 {
        match self.props.get(SYNC_DELAY_PROP).and_then(|value| value.parse::<i64>().ok()) {
            Some(ms) => ms.clamp(0, 60_000),
            None => self.default_sync_delay_ms.unwrap_or(DEFAULT_SYNC_DELAY_MS).max(0),
        }
    }

    /// KiB still free in a pool: its capacity less what diskful replicas on it take.
    pub(super) fn free_kib(&self, node: &str, pool: &StoragePool) -> Option<u64> {
        let capacity = pool.capacity_kib?;
        let used: u64 = self
            .definitions
            .values()
            .flat_map(|rd| {
                rd.resources
                    .values()
                    .filter(|r| {
                        !r.diskless && key(&r.node_name) == key(node) && key(&r.pool) == key(&pool.name)
                    })
                    .map(move |_| rd.allocation_kib())
            })
            .sum();
        Some(capacity.saturating_sub(used))
    }

    /// Refuses when `pool` on `node` has less than `needed_kib` free.
    pub(super) fn ensure_room(
        &self,
        node: &str,
        pool: &str,
        needed_kib: u64,
        rsc: &str,
        context: i64,
    ) -> Result<(), Replies> {
        let found = self.nodes.get(&key(node)).and_then(|n| n.pools.get(&key(pool)));
        match found.and_then(|p| self.free_kib(node, p)) {
            Some(free) if free < needed_kib => Err(vec![
                ApiCallRc::new(
                    FAIL_NOT_ENOUGH_FREE_SPACE | context,
                    format!("Not enough free space in storage pool '{pool}' on node '{node}' for resource '{rsc}'."),
                )
                .cause(format!("{} are needed, but only {} is free.", format_kib(needed_kib), format_kib(free))),
            ]),
            _ => Ok(()),
        }
    }

    pub(super) fn node(&self, name: &str, context: i64) -> Result<&Node, Replies> {
        self.nodes.get(&key(name)).ok_or_else(|| {
            vec![
                ApiCallRc::new(FAIL_NOT_FOUND_NODE | context, format!("Node '{name}' not found."))
                    .cause(format!("The specified node '{name}' could not be found in the database"))
                    .correction(format!("Create a node with the name '{name}' first.")),
            ]
        })
    }

    pub(super) fn definition(&self, name: &str, context: i64) -> Result<&ResourceDefinition, Replies> {
        self.definitions.get(&key(name)).ok_or_else(|| {
            vec![
                ApiCallRc::new(
                    FAIL_NOT_FOUND_RSC_DFN | context,
                    format!("Resource definition '{name}' not found."),
                )
                .cause(format!(
                    "The specified resource definition '{name}' could not be found in the database"
                ))
                .correction(format!("Create a resource definition with the name '{name}' first.")),
            ]
        })
    }

    pub(super) fn definition_mut(&mut self, name: &str) -> Option<&mut ResourceDefinition> {
        self.definitions.get_mut(&key(name))
    }

    // ---- key-value store -----------------------------------------------------------------------

    /// Applies a change to a KV instance, creating it on first write and dropping it when empty.
    pub(super) fn modify_kvs(&mut self, name: &str, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_CTRL_CONF;
        if !valid_name(name, 2) {
            return one(
                FAIL_INVLD_KVS_NAME | MASK_MOD | MASK_KVS,
                format!("Invalid key value store name '{name}'."),
            );
        }
        let mut store = self.kvs.get(&key(name)).cloned().unwrap_or_else(|| KeyValueStore {
            name: name.into(),
            props: Props::new(),
            uuid: new_uuid(),
        });
        if let Err(replies) = apply_props(&mut store.props, change, context) {
            return replies;
        }
        if store.props.is_empty() {
            self.kvs.remove(&key(name));
        } else {
            self.kvs.insert(key(name), store);
        }
        one(context | MODIFIED, "Successfully updated properties")
    }

    pub(super) fn delete_kvs(&mut self, name: &str) -> Replies {
        let context = MASK_DEL | MASK_KVS;
        match self.kvs.remove(&key(name)) {
            None => vec![
                ApiCallRc::new(WARN_NOT_FOUND | context, format!("Deletion of kvs '{name}' had no effect."))
                    .cause(format!("Kvs '{name}' does not exist.")),
            ],
            Some(store) => vec![
                ApiCallRc::new(context | DELETED, format!("Kvs '{}' deleted.", store.name))
                    .details(format!("Kvs '{}' UUID was: {}", store.name, store.uuid)),
            ],
        }
    }

    pub(super) fn modify_controller_props(&mut self, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_CTRL_CONF;
        match apply_props(&mut self.props, change, context) {
            Err(replies) => replies,
            Ok(warnings) => {
                let mut replies = one(context | MODIFIED, "Successfully updated controller config");
                replies.extend(warnings);
                replies
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kv_keys_are_normalized_and_empty_instances_vanish() {
        let mut controller = Controller::default();
        let set = PropsChange {
            override_props: Props::from([("/foo//bar/key".into(), "val".into())]),
            ..PropsChange::default()
        };
        assert_eq!(controller.modify_kvs("myKV", &set)[0].ret_code, 34603011);
        assert_eq!(controller.kvs["mykv"].props.get("foo/bar/key").map(String::as_str), Some("val"));
        let delete = PropsChange { delete_props: vec!["/foo/bar/key".into()], ..PropsChange::default() };
        controller.modify_kvs("myKV", &delete);
        assert!(controller.kvs.is_empty());
    }

    #[test]
    fn status_follows_the_first_error() {
        assert_eq!(http_status(201, &one(FAIL_NOT_FOUND_NODE, "")), 404);
        assert_eq!(http_status(201, &one(FAIL_EXISTS_NODE, "")), 500);
        assert_eq!(http_status(200, &one(WARN_NOT_FOUND, "")), 200);
    }
}
