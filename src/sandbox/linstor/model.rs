//! The sandbox controller's state and the rules that change it.
//!
//! Everything the controller knows is one `Controller` value, loaded from the store at the start
//! of a request and saved at the end. Every operation validates the whole request before it
//! changes anything, so a refused request leaves no half-created object behind. Time-dependent
//! state (a replica syncing to UpToDate) is derived from timestamps when it is read, because the
//! sandbox process may not outlive the command that started it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::clients::linstor::reply::*;
use crate::clients::linstor::size::format_kib;

/// The diskless pool every satellite gets on registration, as on a real controller.
pub const DISKLESS_POOL: &str = "DfltDisklessStorPool";
/// The resource group that resource definitions without an explicit group belong to.
pub const DEFAULT_GROUP: &str = "DfltRscGrp";
/// Node property that simulates a lost satellite connection while it is `yes`.
pub const OFFLINE_PROP: &str = "Sandbox/Offline";
/// Controller property: how long a new diskful replica takes to sync to UpToDate.
pub const SYNC_DELAY_PROP: &str = "Sandbox/SyncDelayMs";
const DEFAULT_SYNC_DELAY_MS: i64 = 1000;
const FIRST_MINOR: u32 = 1000;
const FIRST_PORT: u16 = 7000;

pub type Props = BTreeMap<String, String>;
pub type Replies = Vec<ApiCallRc>;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Controller {
    pub props: Props,
    pub nodes: BTreeMap<String, Node>,
    pub groups: BTreeMap<String, ResourceGroup>,
    pub definitions: BTreeMap<String, ResourceDefinition>,
    pub kvs: BTreeMap<String, KeyValueStore>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    pub name: String,
    pub node_type: String,
    pub uuid: String,
    pub props: Props,
    pub net_interfaces: Vec<NetInterface>,
    pub pools: BTreeMap<String, StoragePool>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetInterface {
    pub name: String,
    pub address: String,
    pub port: u16,
    pub encryption: String,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoragePool {
    pub name: String,
    pub provider: String,
    pub props: Props,
    /// Total size in KiB; `None` for diskless pools, which have no backing storage.
    pub capacity_kib: Option<u64>,
    pub uuid: String,
    pub external_locking: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SelectFilter {
    pub place_count: Option<i64>,
    pub storage_pool_list: Vec<String>,
    pub diskless_on_remaining: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResourceGroup {
    pub name: String,
    pub description: String,
    pub props: Props,
    pub select_filter: SelectFilter,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResourceDefinition {
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
pub struct VolumeDefinition {
    pub number: u32,
    pub size_kib: u64,
    pub minor: u32,
    pub props: Props,
    pub uuid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
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
pub struct KeyValueStore {
    pub name: String,
    pub props: Props,
    pub uuid: String,
}

/// A request to add a replica, decoded from the wire's `ResourceCreate`.
#[derive(Debug, Clone)]
pub struct NewResource {
    pub node: String,
    pub diskless: bool,
    pub pool: Option<String>,
    pub props: Props,
}

/// A property change as every `…Modify` body carries it.
#[derive(Debug, Clone, Default)]
pub struct PropsChange {
    pub override_props: Props,
    pub delete_props: Vec<String>,
    pub delete_namespaces: Vec<String>,
}

pub fn key(name: &str) -> String {
    name.to_ascii_lowercase()
}

fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn one(rc: i64, message: impl Into<String>) -> Replies {
    vec![ApiCallRc::new(rc, message)]
}

/// The HTTP status a reply list earns: the first error decides, as `ApiCallRcRestUtils.toResponse` does.
pub fn http_status(success: u16, replies: &[ApiCallRc]) -> u16 {
    match replies.iter().find(|rc| rc.is_error()).map(ApiCallRc::code) {
        None => success,
        Some(300..=399) => 404,
        Some(400..=499) => 403,
        Some(_) => 500,
    }
}

/// DRBD's internal metadata next to the data: an estimate that matches a real 20 MiB volume
/// (20480 KiB usable, 20488 KiB allocated).
pub fn allocated_kib(size_kib: u64) -> u64 {
    size_kib + size_kib.div_ceil(32768) * 4 + 4
}

fn valid_name(name: &str, min: usize) -> bool {
    let bytes = name.as_bytes();
    (min..=48).contains(&bytes.len())
        && (bytes[0].is_ascii_alphabetic() || bytes[0] == b'_')
        && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
}

fn valid_node_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.as_bytes()[0].is_ascii_alphanumeric()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_')
}

/// Property keys form a tree: repeated `/` collapse and a leading `/` is dropped.
pub fn normalize_prop_key(key: &str) -> String {
    key.split('/').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("/")
}

/// Applies a props change (overrides first, then deletions) and returns a warning per key that
/// was asked to be deleted but was not set.
fn apply_props(props: &mut Props, change: &PropsChange, context: i64) -> Result<Replies, Replies> {
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
    pub fn new(name: &str, address: &str, port: u16, encryption: &str) -> NetInterface {
        NetInterface {
            name: name.into(),
            address: address.into(),
            port,
            encryption: encryption.to_ascii_uppercase(),
            uuid: new_uuid(),
        }
    }

    fn has_valid_address(&self) -> bool {
        self.address.parse::<std::net::IpAddr>().is_ok()
    }
}

impl Node {
    pub fn online(&self) -> bool {
        !matches!(self.props.get(OFFLINE_PROP).map(String::as_str), Some("yes" | "true" | "True"))
    }
}

impl StoragePool {
    pub fn is_diskless(&self) -> bool {
        self.provider == "DISKLESS"
    }

    pub fn driver_pool(&self) -> Option<&str> {
        self.props.get("StorDriver/StorPoolName").map(String::as_str)
    }

    /// The device a volume of this pool would sit on, like the real storage drivers name it.
    pub fn backing_device(&self, rsc: &str, volume: u32) -> Option<String> {
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
    pub fn allocation_kib(&self) -> u64 {
        self.volumes.values().map(|v| allocated_kib(v.size_kib)).sum()
    }

    fn free_node_id(&self) -> u32 {
        let used: BTreeSet<u32> = self.resources.values().map(|r| r.node_id).collect();
        (0..).find(|id| !used.contains(id)).unwrap_or(0)
    }
}

/// A storage pool that could host a new diskful replica, for the autoplacer.
struct Candidate {
    node: String,
    pool: String,
    free_kib: u64,
}

impl Controller {
    /// The cluster the sandbox starts with: three satellites with a `drbdpool` each (so a
    /// 3-way redundant placement works out of the box) and one diskless-only satellite.
    pub fn seeded() -> Controller {
        let mut controller = Controller::default();
        controller.groups.insert(
            key(DEFAULT_GROUP),
            ResourceGroup {
                name: DEFAULT_GROUP.into(),
                description: String::new(),
                props: Props::new(),
                select_filter: SelectFilter::default(),
                uuid: new_uuid(),
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

    pub fn sync_delay_ms(&self) -> i64 {
        self.props
            .get(SYNC_DELAY_PROP)
            .and_then(|value| value.parse().ok())
            .unwrap_or(DEFAULT_SYNC_DELAY_MS)
            .clamp(0, 60_000)
    }

    /// KiB still free in a pool: its capacity less what diskful replicas on it take.
    pub fn free_kib(&self, node: &str, pool: &StoragePool) -> Option<u64> {
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

    fn node(&self, name: &str, context: i64) -> Result<&Node, Replies> {
        self.nodes.get(&key(name)).ok_or_else(|| {
            vec![
                ApiCallRc::new(FAIL_NOT_FOUND_NODE | context, format!("Node '{name}' not found."))
                    .cause(format!("The specified node '{name}' could not be found in the database"))
                    .correction(format!("Create a node with the name '{name}' first.")),
            ]
        })
    }

    fn definition(&self, name: &str, context: i64) -> Result<&ResourceDefinition, Replies> {
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

    fn definition_mut(&mut self, name: &str) -> Option<&mut ResourceDefinition> {
        self.definitions.get_mut(&key(name))
    }

    // ---- nodes -------------------------------------------------------------------------------

    fn register_node(
        &mut self,
        name: &str,
        node_type: &str,
        interface: NetInterface,
        props: Props,
    ) -> String {
        let uuid = new_uuid();
        let mut pools = BTreeMap::new();
        if matches!(node_type, "SATELLITE" | "COMBINED") {
            pools.insert(
                key(DISKLESS_POOL),
                StoragePool {
                    name: DISKLESS_POOL.into(),
                    provider: "DISKLESS".into(),
                    props: Props::new(),
                    capacity_kib: None,
                    uuid: new_uuid(),
                    external_locking: false,
                },
            );
        }
        let mut node_props = props;
        node_props.insert("CurStltConnName".into(), "default".into());
        node_props.insert("NodeUname".into(), name.into());
        self.nodes.insert(
            key(name),
            Node {
                name: name.into(),
                node_type: node_type.into(),
                uuid: uuid.clone(),
                props: node_props,
                net_interfaces: vec![interface],
                pools,
            },
        );
        uuid
    }

    pub fn create_node(
        &mut self,
        name: &str,
        node_type: &str,
        interface: Option<NetInterface>,
        props: Props,
    ) -> Replies {
        let context = MASK_CRT | MASK_NODE;
        if !valid_node_name(name) {
            return vec![
                ApiCallRc::new(FAIL_INVLD_NODE_NAME | context, format!("Invalid node name '{name}'.")).cause(
                    "Node names follow host name rules: letters, digits, '-', '.' and '_', starting with a letter or digit.",
                ),
            ];
        }
        let node_type = node_type.to_ascii_uppercase();
        if !matches!(node_type.as_str(), "SATELLITE" | "COMBINED" | "CONTROLLER" | "AUXILIARY") {
            return vec![
                ApiCallRc::new(FAIL_INVLD_NODE_TYPE | context, format!("Invalid node type '{node_type}'."))
                    .correction("Use one of Satellite, Combined, Controller, Auxiliary."),
            ];
        }
        if self.nodes.contains_key(&key(name)) {
            return vec![
                ApiCallRc::new(FAIL_EXISTS_NODE | context, format!("Registration of node '{name}' failed."))
                    .cause(format!("A node with the name '{name}' is already registered.")),
            ];
        }
        let Some(interface) = interface else {
            return one(FAIL_INVLD_NET_ADDR | context, format!("Node '{name}' needs a network interface."));
        };
        if !interface.has_valid_address() {
            return one(
                FAIL_INVLD_NET_ADDR | context,
                format!("Invalid IP address '{}'.", interface.address),
            );
        }
        let uuid = self.register_node(name, &node_type, interface, props);
        vec![
            ApiCallRc::new(context | CREATED, format!("New node '{name}' registered."))
                .details(format!("Node '{name}' UUID is: {uuid}"))
                .obj_ref("Node", name)
                .obj_ref("UUID", uuid),
        ]
    }

    pub fn modify_node(&mut self, name: &str, node_type: Option<String>, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_NODE;
        if let Err(replies) = self.node(name, context) {
            return replies;
        }
        let Some(node) = self.nodes.get_mut(&key(name)) else {
            return Vec::new();
        };
        let mut props = node.props.clone();
        let warnings = match apply_props(&mut props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
        node.props = props;
        if let Some(node_type) = node_type {
            node.node_type = node_type.to_ascii_uppercase();
        }
        let mut replies = vec![
            ApiCallRc::new(context | MODIFIED, format!("Node '{}' modified.", node.name))
                .details(format!("Node '{}' UUID is: {}", node.name, node.uuid))
                .obj_ref("Node", &node.name),
        ];
        replies.extend(warnings);
        replies
    }

    /// Deletes a node. Unless `lost`, a node that still holds resources is refused.
    pub fn delete_node(&mut self, name: &str, lost: bool) -> Replies {
        let context = MASK_DEL | MASK_NODE;
        let Some(node) = self.nodes.get(&key(name)) else {
            return vec![
                ApiCallRc::new(WARN_NOT_FOUND | context, format!("Deletion of node '{name}' had no effect."))
                    .cause(format!("Node '{name}' does not exist.")),
            ];
        };
        let (node_name, uuid) = (node.name.clone(), node.uuid.clone());
        let holding: Vec<String> = self
            .definitions
            .values()
            .filter(|rd| rd.resources.contains_key(&key(name)))
            .map(|rd| rd.name.clone())
            .collect();
        if !holding.is_empty() && !lost {
            return vec![
                ApiCallRc::new(
                    FAIL_IN_USE | context,
                    format!("Node '{node_name}' still has resources deployed."),
                )
                .cause(format!("Resources on the node: {}", holding.join(", ")))
                .correction(format!(
                    "Delete the resources first, or use `node lost {node_name}` if the node is gone for good."
                )),
            ];
        }
        for rd in self.definitions.values_mut() {
            rd.resources.remove(&key(name));
        }
        self.nodes.remove(&key(name));
        vec![
            ApiCallRc::new(context | DELETED, format!("Node '{node_name}' deleted."))
                .details(format!("Node '{node_name}' UUID was: {uuid}"))
                .obj_ref("Node", node_name),
        ]
    }

    /// Reconnecting a sandbox satellite brings it back online (it clears the simulated
    /// outage); its diskful replicas resync from then on.
    pub fn reconnect_node(&mut self, name: &str, now_ms: i64) -> Replies {
        let context = MASK_MOD | MASK_NODE;
        let was_offline = match self.node(name, context) {
            Ok(node) => !node.online(),
            Err(replies) => return replies,
        };
        if was_offline {
            let synced = now_ms + self.sync_delay_ms();
            for rd in self.definitions.values_mut() {
                if let Some(resource) = rd.resources.get_mut(&key(name)).filter(|r| !r.diskless) {
                    resource.synced_ms = resource.synced_ms.max(synced);
                }
            }
        }
        let Some(node) = self.nodes.get_mut(&key(name)) else {
            return Vec::new();
        };
        node.props.remove(OFFLINE_PROP);
        one(context | MODIFIED, format!("Node '{}' reconnected.", node.name))
    }

    pub fn create_net_interface(&mut self, node: &str, interface: NetInterface) -> Replies {
        let context = MASK_CRT | MASK_NET_IF;
        if let Err(replies) = self.node(node, context) {
            return replies;
        }
        if !interface.has_valid_address() {
            return one(
                FAIL_INVLD_NET_ADDR | context,
                format!("Invalid IP address '{}'.", interface.address),
            );
        }
        let Some(node) = self.nodes.get_mut(&key(node)) else {
            return Vec::new();
        };
        let name = interface.name.clone();
        if node.net_interfaces.iter().any(|i| key(&i.name) == key(&name)) {
            return one(
                FAIL_EXISTS_NET_IF | context,
                format!("A netinterface with the name '{name}' already exists on node '{}'.", node.name),
            );
        }
        let uuid = interface.uuid.clone();
        node.net_interfaces.push(interface);
        vec![
            ApiCallRc::new(
                context | CREATED,
                format!("New netinterface '{name}' on node '{}' registered.", node.name),
            )
            .details(format!("Netinterface '{name}' on node '{}' UUID is: {uuid}", node.name))
            .obj_ref("Node", &node.name),
        ]
    }

    // ---- storage pools -------------------------------------------------------------------------

    pub fn create_storage_pool(
        &mut self,
        node: &str,
        pool: &str,
        provider: &str,
        props: Props,
        external_locking: bool,
    ) -> Replies {
        let context = MASK_CRT | MASK_STOR_POOL;
        if let Err(replies) = self.node(node, context) {
            return replies;
        }
        if !valid_name(pool, 3) {
            return vec![
                ApiCallRc::new(FAIL_INVLD_STOR_POOL_NAME | context, format!("Invalid storage pool name '{pool}'."))
                    .cause("Storage pool names are 3 to 48 characters: letters, digits, '_' and '-', starting with a letter or '_'."),
            ];
        }
        let provider = provider.to_ascii_uppercase();
        let capacity_kib = match provider.as_str() {
            "DISKLESS" => None,
            "LVM" | "LVM_THIN" | "ZFS" | "ZFS_THIN" | "FILE" | "FILE_THIN" => {
                if !props.contains_key("StorDriver/StorPoolName") {
                    return vec![
                        ApiCallRc::new(FAIL_INVLD_PROP | context, format!("Storage pool '{pool}' needs a backing volume group, thin pool, zpool or directory."))
                            .correction("Set the property 'StorDriver/StorPoolName', e.g. 'vg0' or 'vg0/thin'."),
                    ];
                }
                Some(100 << 20)
            }
            _ => {
                return vec![
                    ApiCallRc::new(
                        FAIL_INVLD_PROVIDER | context,
                        format!("Invalid storage provider '{provider}'."),
                    )
                    .correction("Use one of DISKLESS, LVM, LVM_THIN, ZFS, ZFS_THIN, FILE, FILE_THIN."),
                ];
            }
        };
        let Some(node) = self.nodes.get_mut(&key(node)) else {
            return Vec::new();
        };
        if node.pools.contains_key(&key(pool)) {
            return vec![ApiCallRc::new(
                FAIL_EXISTS_STOR_POOL | context,
                format!("Storage pool '{pool}' on node '{}' already exists.", node.name),
            )];
        }
        let uuid = new_uuid();
        node.pools.insert(
            key(pool),
            StoragePool {
                name: pool.into(),
                provider,
                props,
                capacity_kib,
                uuid: uuid.clone(),
                external_locking,
            },
        );
        vec![
            ApiCallRc::new(
                context | CREATED,
                format!("New storage pool '{pool}' on node '{}' registered.", node.name),
            )
            .details(format!("Storage pool '{pool}' on node '{}' UUID is: {uuid}", node.name))
            .obj_ref("Node", &node.name)
            .obj_ref("StorPool", pool),
        ]
    }

    pub fn delete_storage_pool(&mut self, node: &str, pool: &str) -> Replies {
        let context = MASK_DEL | MASK_STOR_POOL;
        if let Err(replies) = self.node(node, context) {
            return replies;
        }
        let users: Vec<String> = self
            .definitions
            .values()
            .filter(|rd| rd.resources.get(&key(node)).is_some_and(|r| key(&r.pool) == key(pool)))
            .map(|rd| rd.name.clone())
            .collect();
        let Some(node) = self.nodes.get_mut(&key(node)) else {
            return Vec::new();
        };
        let node_name = node.name.clone();
        let Some(removed) = node.pools.get(&key(pool)) else {
            return vec![
                ApiCallRc::new(
                    WARN_NOT_FOUND | context,
                    format!("Deletion of storage pool '{pool}' on node '{node_name}' had no effect."),
                )
                .cause(format!("Storage pool '{pool}' on node '{node_name}' does not exist.")),
            ];
        };
        if !users.is_empty() {
            return vec![
                ApiCallRc::new(
                    FAIL_IN_USE | context,
                    format!("Storage pool '{pool}' on node '{node_name}' is still in use."),
                )
                .cause(format!("Resources using it: {}", users.join(", ")))
                .correction("Delete or move those resources first."),
            ];
        }
        let uuid = removed.uuid.clone();
        node.pools.remove(&key(pool));
        vec![
            ApiCallRc::new(
                context | DELETED,
                format!("Storage pool '{pool}' on node '{node_name}' deleted."),
            )
            .details(format!("Storage pool '{pool}' on node '{node_name}' UUID was: {uuid}")),
        ]
    }

    // ---- resource groups ---------------------------------------------------------------------

    pub fn create_resource_group(
        &mut self,
        name: &str,
        description: String,
        props: Props,
        filter: SelectFilter,
    ) -> Replies {
        let context = MASK_CRT | MASK_RSC_GRP;
        if !valid_name(name, 2) {
            return one(FAIL_INVLD_RSC_GRP_NAME | context, format!("Invalid resource group name '{name}'."));
        }
        if self.groups.contains_key(&key(name)) {
            return one(
                FAIL_EXISTS_RSC_GRP | context,
                format!("A resource group with the name '{name}' already exists."),
            );
        }
        if let Some(replies) = self.check_pools_exist(&filter.storage_pool_list, context) {
            return replies;
        }
        let uuid = new_uuid();
        self.groups.insert(
            key(name),
            ResourceGroup {
                name: name.into(),
                description,
                props,
                select_filter: filter,
                uuid: uuid.clone(),
            },
        );
        vec![
            ApiCallRc::new(context | CREATED, format!("New resource group '{name}' created."))
                .details(format!("Resource group '{name}' UUID is: {uuid}"))
                .obj_ref("RscGrp", name),
        ]
    }

    pub fn delete_resource_group(&mut self, name: &str) -> Replies {
        let context = MASK_DEL | MASK_RSC_GRP;
        if key(name) == key(DEFAULT_GROUP) {
            return one(
                FAIL_IN_USE | context,
                format!("The default resource group '{DEFAULT_GROUP}' cannot be deleted."),
            );
        }
        let Some(group) = self.groups.get(&key(name)) else {
            return one(
                WARN_NOT_FOUND | context,
                format!("Deletion of resource group '{name}' had no effect."),
            );
        };
        let members: Vec<&str> = self
            .definitions
            .values()
            .filter(|rd| key(&rd.group) == key(name))
            .map(|rd| rd.name.as_str())
            .collect();
        if !members.is_empty() {
            return vec![
                ApiCallRc::new(
                    FAIL_IN_USE | context,
                    format!("Resource group '{}' is still in use.", group.name),
                )
                .cause(format!("Resource definitions in the group: {}", members.join(", "))),
            ];
        }
        let group_name = group.name.clone();
        self.groups.remove(&key(name));
        one(context | DELETED, format!("Resource group '{group_name}' deleted."))
    }

    /// Creates a definition with one volume per size from a group, then places it with the
    /// group's filter merged with the request's, unless `definitions_only`.
    pub fn spawn(
        &mut self,
        group: &str,
        rsc: &str,
        sizes: &[u64],
        definitions_only: bool,
        filter: SelectFilter,
        now_ms: i64,
    ) -> Replies {
        let context = MASK_CRT | MASK_RSC_GRP;
        let Some(group) = self.groups.get(&key(group)).cloned() else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{group}' not found."));
        };
        if let Some(size) = sizes.iter().find(|size| **size == 0) {
            return one(FAIL_INVLD_VLM_SIZE | context, format!("Invalid volume size {size}."));
        }
        let mut next = self.clone();
        let mut replies = next.create_definition(Some(rsc), None, Some(&group.name), None, Props::new());
        if replies.iter().any(ApiCallRc::is_error) {
            return replies;
        }
        for size in sizes {
            replies.extend(next.create_volume_definition(rsc, None, *size, Props::new()));
        }
        let merged = SelectFilter {
            place_count: filter.place_count.or(group.select_filter.place_count),
            storage_pool_list: if filter.storage_pool_list.is_empty() {
                group.select_filter.storage_pool_list.clone()
            } else {
                filter.storage_pool_list
            },
            diskless_on_remaining: filter.diskless_on_remaining.or(group.select_filter.diskless_on_remaining),
        };
        if definitions_only || merged.place_count.is_none() {
            replies.push(ApiCallRc::new(
                INFO_NO_RSC_SPAWNED,
                format!(
                    "Resource definition {rsc} and {} volume definition(s) created but no resources deployed",
                    sizes.len()
                ),
            ));
        } else {
            replies.extend(next.autoplace(rsc, &merged, now_ms));
        }
        if replies.iter().any(ApiCallRc::is_error) {
            return replies;
        }
        *self = next;
        replies
    }

    fn check_pools_exist(&self, pools: &[String], context: i64) -> Option<Replies> {
        let missing: Vec<&String> = pools
            .iter()
            .filter(|pool| !self.nodes.values().any(|node| node.pools.contains_key(&key(pool))))
            .collect();
        (!missing.is_empty()).then(|| {
            vec![
                ApiCallRc::new(
                    FAIL_NOT_FOUND_STOR_POOL | context,
                    format!("Storage pool '{}' not found on any node.", missing[0]),
                )
                .correction("Create the storage pool on some nodes first, or choose another one."),
            ]
        })
    }

    // ---- resource definitions ----------------------------------------------------------------

    /// Creates a definition; without a name, one is generated from the external name.
    pub fn create_definition(
        &mut self,
        name: Option<&str>,
        external_name: Option<&str>,
        group: Option<&str>,
        port: Option<u16>,
        props: Props,
    ) -> Replies {
        let context = MASK_CRT | MASK_RSC_DFN;
        let name = match (name.filter(|n| !n.is_empty()), external_name.filter(|n| !n.is_empty())) {
            (Some(name), _) => name.to_string(),
            (None, Some(external)) => self.name_from_external(external),
            (None, None) => {
                return vec![
                    ApiCallRc::new(
                        FAIL_MISSING_EXT_NAME | context,
                        "Neither a resource name nor an external name was given.",
                    )
                    .correction("Give the resource definition a name."),
                ];
            }
        };
        if !valid_name(&name, 2) || matches!(key(&name).as_str(), "all" | "proxy") {
            return vec![
                ApiCallRc::new(FAIL_INVLD_RSC_NAME | context, format!("Invalid resource name '{name}'."))
                    .cause("Resource names are 2 to 48 characters: letters, digits, '_' and '-', starting with a letter or '_'."),
            ];
        }
        if self.definitions.contains_key(&key(&name)) {
            return vec![
                ApiCallRc::new(
                    FAIL_EXISTS_RSC_DFN | context,
                    format!("A resource definition with the name '{name}' already exists."),
                )
                .obj_ref("RscDfn", &name),
            ];
        }
        let group = group.unwrap_or(DEFAULT_GROUP);
        let Some(group) = self.groups.get(&key(group)).map(|g| g.name.clone()) else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{group}' not found."));
        };
        let used_ports: BTreeSet<u16> = self.definitions.values().map(|rd| rd.port).collect();
        let port = match port {
            Some(port) if used_ports.contains(&port) => {
                return one(FAIL_INVLD_REQUEST | context, format!("The TCP port {port} is already in use."));
            }
            Some(port) => port,
            None => (FIRST_PORT..).find(|p| !used_ports.contains(p)).unwrap_or(FIRST_PORT),
        };
        let uuid = new_uuid();
        self.definitions.insert(
            key(&name),
            ResourceDefinition {
                name: name.clone(),
                external_name: external_name.map(str::to_string),
                uuid: uuid.clone(),
                props,
                group,
                port,
                secret: uuid::Uuid::new_v4().simple().to_string()[..20].to_string(),
                volumes: BTreeMap::new(),
                resources: BTreeMap::new(),
            },
        );
        vec![
            ApiCallRc::new(context | CREATED, format!("New resource definition '{name}' created."))
                .details(format!("Resource definition '{name}' UUID is: {uuid}"))
                .obj_ref("RscDfn", &name)
                .obj_ref("UUID", uuid),
        ]
    }

    /// `ExternalNameConverter`: a valid name is kept, a UUID becomes `LS_<UUID>`, anything else
    /// has its invalid characters replaced; a collision falls back to a random `LS_` name.
    fn name_from_external(&self, external: &str) -> String {
        let candidate = if let Ok(parsed) = uuid::Uuid::parse_str(external) {
            format!("LS_{}", parsed.to_string().to_ascii_uppercase())
        } else if valid_name(external, 2) {
            external.to_string()
        } else {
            let mut translated: String = external
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' })
                .take(48)
                .collect();
            if !translated.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
                translated.insert(0, '_');
                translated.truncate(48);
            }
            translated
        };
        if valid_name(&candidate, 2) && !self.definitions.contains_key(&key(&candidate)) {
            candidate
        } else {
            format!("LS_{}", uuid::Uuid::new_v4().to_string().to_ascii_uppercase())
        }
    }

    pub fn modify_definition(&mut self, name: &str, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_RSC_DFN;
        if let Err(replies) = self.definition(name, context) {
            return replies;
        }
        let Some(rd) = self.definition_mut(name) else {
            return Vec::new();
        };
        let mut props = rd.props.clone();
        let warnings = match apply_props(&mut props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
        rd.props = props;
        let mut replies = vec![
            ApiCallRc::new(context | MODIFIED, format!("Resource definition '{}' modified.", rd.name))
                .details(format!("Resource definition '{}' UUID is: {}", rd.name, rd.uuid))
                .obj_ref("RscDfn", &rd.name),
        ];
        replies.extend(warnings);
        replies
    }

    pub fn delete_definition(&mut self, name: &str) -> Replies {
        let context = MASK_DEL | MASK_RSC_DFN;
        let Some(rd) = self.definitions.remove(&key(name)) else {
            return one(WARN_NOT_FOUND | context, format!("Resource definition: {name} not found."));
        };
        vec![
            ApiCallRc::new(context | DELETED, format!("Resource definition '{}' deleted.", rd.name))
                .details(format!("Resource definition '{}' UUID was: {}", rd.name, rd.uuid))
                .obj_ref("RscDfn", &rd.name),
        ]
    }

    // ---- volume definitions ------------------------------------------------------------------

    pub fn create_volume_definition(
        &mut self,
        rsc: &str,
        number: Option<u32>,
        size_kib: u64,
        props: Props,
    ) -> Replies {
        let context = MASK_CRT | MASK_VLM_DFN;
        if let Err(replies) = self.definition(rsc, context) {
            return replies;
        }
        if size_kib == 0 {
            return one(FAIL_INVLD_VLM_SIZE | context, "The volume size must be greater than 0 KiB.");
        }
        let used_minors: BTreeSet<u32> =
            self.definitions.values().flat_map(|rd| rd.volumes.values().map(|v| v.minor)).collect();
        let Some(minor) = (FIRST_MINOR..1_048_576).find(|m| !used_minors.contains(m)) else {
            return one(FAIL_POOL_EXHAUSTED_MINOR_NR | context, "No free DRBD minor number is left.");
        };
        let Some(rd) = self.definition_mut(rsc) else {
            return Vec::new();
        };
        let number = number.unwrap_or_else(|| (0..).find(|n| !rd.volumes.contains_key(n)).unwrap_or(0));
        if rd.volumes.contains_key(&number) {
            return one(
                FAIL_EXISTS_VLM_DFN | context,
                format!(
                    "A volume definition with number '{number}' already exists in resource definition '{}'.",
                    rd.name
                ),
            );
        }
        let uuid = new_uuid();
        rd.volumes.insert(number, VolumeDefinition { number, size_kib, minor, props, uuid: uuid.clone() });
        let rd_name = rd.name.clone();
        vec![
            ApiCallRc::new(
                context | CREATED,
                format!(
                    "New volume definition with number '{number}' of resource definition '{rd_name}' created."
                ),
            )
            .details(format!(
                "Volume definition with number '{number}' of resource definition '{rd_name}' UUID is: {uuid}"
            ))
            .obj_ref("RscDfn", rd_name)
            .obj_ref("VlmNr", number.to_string()),
        ]
    }

    /// Changes a volume's size. Growing needs room in every pool that holds a replica;
    /// shrinking is refused once replicas exist, like the real controller.
    pub fn resize_volume_definition(&mut self, rsc: &str, number: u32, size_kib: u64) -> Replies {
        let context = MASK_MOD | MASK_VLM_DFN;
        let rd = match self.definition(rsc, context) {
            Ok(rd) => rd,
            Err(replies) => return replies,
        };
        let Some(volume) = rd.volumes.get(&number) else {
            return one(
                FAIL_NOT_FOUND_VLM_DFN | context,
                format!(
                    "Volume definition with number '{number}' of resource definition '{}' not found.",
                    rd.name
                ),
            );
        };
        let rd_name = rd.name.clone();
        let current = volume.size_kib;
        if size_kib == 0 {
            return one(FAIL_INVLD_VLM_SIZE | context, "The volume size must be greater than 0 KiB.");
        }
        if size_kib == current {
            return one(
                WARN_VLMDFN_RESIZE_SAME_SIZE | context,
                format!(
                    "Volume definition with number '{number}' of resource definition '{rd_name}' already has the size {}.",
                    format_kib(size_kib)
                ),
            );
        }
        if size_kib < current && !rd.resources.is_empty() {
            return vec![
                ApiCallRc::new(
                    FAIL_INVLD_VLM_SIZE | context,
                    format!(
                        "Shrinking volume {number} of resource '{rd_name}' from {} to {} is not supported.",
                        format_kib(current),
                        format_kib(size_kib)
                    ),
                )
                .cause("The resource is deployed, and its storage and DRBD devices cannot shrink.")
                .correction("Give a size larger than the current one."),
            ];
        }
        let growth = allocated_kib(size_kib).saturating_sub(allocated_kib(current));
        for resource in rd.resources.values().filter(|r| !r.diskless) {
            let pool = self
                .nodes
                .get(&key(&resource.node_name))
                .and_then(|node| node.pools.get(&key(&resource.pool)));
            if let Some(pool) = pool
                && let Some(free) = self.free_kib(&resource.node_name, pool)
                && free < growth
            {
                return vec![
                    ApiCallRc::new(FAIL_NOT_ENOUGH_FREE_SPACE | context, format!("Not enough free space in storage pool '{}' on node '{}' to grow resource '{rd_name}'.", pool.name, resource.node_name))
                        .cause(format!("Growing needs {} more, but only {} is free.", format_kib(growth), format_kib(free))),
                ];
            }
        }
        if let Some(volume) = self.definition_mut(rsc).and_then(|rd| rd.volumes.get_mut(&number)) {
            volume.size_kib = size_kib;
        }
        vec![
            ApiCallRc::new(
                context | MODIFIED,
                format!(
                    "Volume definition with number '{number}' of resource definition '{rd_name}' modified."
                ),
            )
            .obj_ref("RscDfn", &rd_name)
            .obj_ref("VlmNr", number.to_string()),
        ]
    }

    pub fn modify_volume_definition_props(
        &mut self,
        rsc: &str,
        number: u32,
        change: &PropsChange,
    ) -> Replies {
        let context = MASK_MOD | MASK_VLM_DFN;
        let Some(rd) = self.definition_mut(rsc) else {
            return one(FAIL_NOT_FOUND_RSC_DFN | context, format!("Resource definition '{rsc}' not found."));
        };
        let rd_name = rd.name.clone();
        let Some(volume) = rd.volumes.get_mut(&number) else {
            return one(
                FAIL_NOT_FOUND_VLM_DFN | context,
                format!(
                    "Volume definition with number '{number}' of resource definition '{rd_name}' not found."
                ),
            );
        };
        let mut props = volume.props.clone();
        match apply_props(&mut props, change, context) {
            Err(replies) => replies,
            Ok(warnings) => {
                volume.props = props;
                let mut replies = one(
                    context | MODIFIED,
                    format!(
                        "Volume definition with number '{number}' of resource definition '{rd_name}' modified."
                    ),
                );
                replies.extend(warnings);
                replies
            }
        }
    }

    pub fn delete_volume_definition(&mut self, rsc: &str, number: u32) -> Replies {
        let context = MASK_DEL | MASK_VLM_DFN;
        let removed =
            self.definition_mut(rsc).and_then(|rd| rd.volumes.remove(&number).map(|_| rd.name.clone()));
        match removed {
            None => one(
                WARN_NOT_FOUND | context,
                format!("Resource definition: {rsc}, Volume number: {number} not found."),
            ),
            Some(rd_name) => one(
                context | DELETED,
                format!(
                    "Volume definition with number '{number}' of resource definition '{rd_name}' deleted."
                ),
            ),
        }
    }

    // ---- resources -----------------------------------------------------------------------------

    /// The pool a new diskful replica on `node` would use: the one asked for, else the
    /// definition's `StorPoolName` hint, else the node's disk pool with the most free space.
    fn pick_pool(
        &self,
        rd: &ResourceDefinition,
        node: &Node,
        wanted: Option<&str>,
        context: i64,
    ) -> Result<String, Replies> {
        let hint = rd.volumes.values().find_map(|v| v.props.get("StorPoolName")).map(String::as_str);
        if let Some(name) = wanted.or(hint) {
            return match node.pools.get(&key(name)) {
                Some(pool) => Ok(pool.name.clone()),
                None => Err(vec![
                    ApiCallRc::new(
                        FAIL_NOT_FOUND_STOR_POOL | context,
                        format!("Storage pool '{name}' not found on node '{}'.", node.name),
                    )
                    .correction(format!(
                        "Create the storage pool on node '{}' first, or choose another one.",
                        node.name
                    )),
                ]),
            };
        }
        node.pools
            .values()
            .filter(|pool| !pool.is_diskless())
            .max_by_key(|pool| self.free_kib(&node.name, pool))
            .map(|pool| pool.name.clone())
            .ok_or_else(|| {
                vec![
                    ApiCallRc::new(
                        FAIL_NOT_FOUND_STOR_POOL | context,
                        format!("Node '{}' has no storage pool with a disk.", node.name),
                    )
                    .correction("Create a storage pool on the node, or make the resource diskless."),
                ]
            })
    }

    /// Adds replicas. All are checked before any is added; an existing one is an INFO, as real.
    pub fn create_resources(&mut self, rsc: &str, requests: &[NewResource], now_ms: i64) -> Replies {
        let context = MASK_CRT | MASK_RSC;
        let rd = match self.definition(rsc, context) {
            Ok(rd) => rd.clone(),
            Err(replies) => return replies,
        };
        let mut next = self.clone();
        let mut replies = Vec::new();
        for request in requests {
            let node = match self.node(&request.node, context) {
                Ok(node) => node,
                Err(replies) => return replies,
            };
            if next
                .definitions
                .get(&key(rsc))
                .is_some_and(|rd| rd.resources.contains_key(&key(&request.node)))
            {
                replies.push(ApiCallRc::new(
                    INFO_RSC_ALREADY_EXISTS | context,
                    format!("A resource '{}' on node '{}' already exists.", rd.name, node.name),
                ));
                continue;
            }
            let pool = if request.diskless {
                match request.pool.as_deref() {
                    Some(name) if !node.pools.get(&key(name)).is_some_and(StoragePool::is_diskless) => {
                        return one(
                            FAIL_INVLD_STOR_POOL_NAME | context,
                            format!("Storage pool '{name}' on node '{}' is not a diskless pool.", node.name),
                        );
                    }
                    Some(name) => name.to_string(),
                    None => DISKLESS_POOL.to_string(),
                }
            } else {
                match self.pick_pool(&rd, node, request.pool.as_deref(), context) {
                    Ok(pool) => pool,
                    Err(replies) => return replies,
                }
            };
            if !request.diskless {
                let free = node.pools.get(&key(&pool)).and_then(|p| next.free_kib(&node.name, p));
                if let Some(free) = free
                    && free < rd.allocation_kib()
                {
                    return vec![
                        ApiCallRc::new(FAIL_NOT_ENOUGH_FREE_SPACE | context, format!("Not enough free space in storage pool '{pool}' on node '{}' for resource '{}'.", node.name, rd.name))
                            .cause(format!("The resource needs {}, but only {} is free.", format_kib(rd.allocation_kib()), format_kib(free))),
                    ];
                }
            }
            let uuid = new_uuid();
            let mut props = request.props.clone();
            props.insert("StorPoolName".into(), pool.clone());
            let delay = if request.diskless { 0 } else { next.sync_delay_ms() };
            if let Some(target) = next.definition_mut(rsc) {
                let node_id = target.free_node_id();
                target.resources.insert(
                    key(&node.name),
                    Resource {
                        node_name: node.name.clone(),
                        uuid: uuid.clone(),
                        props,
                        diskless: request.diskless,
                        pool,
                        node_id,
                        created_ms: now_ms,
                        synced_ms: now_ms + delay,
                    },
                );
            }
            replies.push(
                ApiCallRc::new(
                    context | CREATED,
                    format!("New resource '{}' on node '{}' registered.", rd.name, node.name),
                )
                .details(format!("Resource '{}' on node '{}' UUID is: {uuid}", rd.name, node.name))
                .obj_ref("RscDfn", &rd.name)
                .obj_ref("Node", &node.name),
            );
            if !node.online() {
                replies.push(ApiCallRc::new(
                    WARN_NOT_CONNECTED | context,
                    format!("No active connection to satellite '{}'", node.name),
                ));
            }
        }
        *self = next;
        replies
    }

    /// Removes one replica. The last diskful replica cannot go while diskless ones depend on it.
    pub fn delete_resource(&mut self, rsc: &str, node: &str) -> Replies {
        let context = MASK_DEL | MASK_RSC;
        let Some(rd) = self.definitions.get(&key(rsc)) else {
            return one(WARN_NOT_FOUND | context, format!("Node: {node}, Resource: {rsc} not found."));
        };
        let Some(resource) = rd.resources.get(&key(node)) else {
            return one(WARN_NOT_FOUND | context, format!("Node: {node}, Resource: {rsc} not found."));
        };
        let diskful_left = rd.resources.values().filter(|r| !r.diskless).count();
        let has_diskless = rd.resources.values().any(|r| r.diskless);
        if !resource.diskless && diskful_left == 1 && has_diskless {
            return vec![
                ApiCallRc::new(
                    FAIL_IN_USE | context,
                    format!(
                        "Cannot delete the last diskful replica of resource '{}' on node '{}'.",
                        rd.name, resource.node_name
                    ),
                )
                .cause("Diskless replicas still read and write through it.")
                .correction("Delete the diskless replicas first."),
            ];
        }
        let (rd_name, node_name, uuid) = (rd.name.clone(), resource.node_name.clone(), resource.uuid.clone());
        if let Some(rd) = self.definition_mut(rsc) {
            rd.resources.remove(&key(node));
        }
        vec![
            ApiCallRc::new(context | DELETED, format!("Resource '{rd_name}' on node '{node_name}' deleted."))
                .details(format!("Resource '{rd_name}' on node '{node_name}' UUID was: {uuid}"))
                .obj_ref("RscDfn", rd_name)
                .obj_ref("Node", node_name),
        ]
    }

    /// `make-available`: nothing to do if the node has a replica, otherwise a new one
    /// (diskless unless `diskful`).
    pub fn make_available(&mut self, rsc: &str, node: &str, diskful: bool, now_ms: i64) -> Replies {
        let context = MASK_CRT | MASK_RSC;
        let rd = match self.definition(rsc, context) {
            Ok(rd) => rd,
            Err(replies) => return replies,
        };
        if let Some(resource) = rd.resources.get(&key(node)) {
            if diskful && resource.diskless {
                return self.toggle_disk(rsc, node, true, None, now_ms);
            }
            return one(
                WARN_RSC_ALREADY_DEPLOYED | context,
                format!("Resource '{}' is already deployed on node '{}'.", rd.name, resource.node_name),
            );
        }
        let request =
            NewResource { node: node.to_string(), diskless: !diskful, pool: None, props: Props::new() };
        self.create_resources(rsc, &[request], now_ms)
    }

    /// Converts a replica between diskful and diskless. Turning a disk on starts a new sync.
    pub fn toggle_disk(
        &mut self,
        rsc: &str,
        node: &str,
        diskful: bool,
        pool: Option<&str>,
        now_ms: i64,
    ) -> Replies {
        let context = MASK_MOD | MASK_RSC;
        let rd = match self.definition(rsc, context) {
            Ok(rd) => rd.clone(),
            Err(replies) => return replies,
        };
        let node_data = match self.node(node, context) {
            Ok(node) => node,
            Err(replies) => return replies,
        };
        let Some(resource) = rd.resources.get(&key(node)) else {
            return one(
                FAIL_NOT_FOUND_RSC | context,
                format!("Resource '{}' not found on node '{}'.", rd.name, node_data.name),
            );
        };
        if diskful != resource.diskless {
            let (code, state) = if diskful {
                (WARN_RSC_ALREADY_HAS_DISK, "has a disk")
            } else {
                (WARN_RSC_ALREADY_DISKLESS, "is already diskless")
            };
            return one(
                code | context,
                format!("Resource '{}' on node '{}' {state}.", rd.name, node_data.name),
            );
        }
        let new_pool = if diskful {
            let pool = match self.pick_pool(&rd, node_data, pool, context) {
                Ok(pool) => pool,
                Err(replies) => return replies,
            };
            let free = node_data.pools.get(&key(&pool)).and_then(|p| self.free_kib(&node_data.name, p));
            if let Some(free) = free
                && free < rd.allocation_kib()
            {
                return vec![
                    ApiCallRc::new(
                        FAIL_NOT_ENOUGH_FREE_SPACE | context,
                        format!(
                            "Not enough free space in storage pool '{pool}' on node '{}' for resource '{}'.",
                            node_data.name, rd.name
                        ),
                    )
                    .cause(format!(
                        "The resource needs {}, but only {} is free.",
                        format_kib(rd.allocation_kib()),
                        format_kib(free)
                    )),
                ];
            }
            pool
        } else {
            if rd.resources.values().filter(|r| !r.diskless).count() == 1 {
                return vec![
                    ApiCallRc::new(
                        FAIL_IN_USE | context,
                        format!(
                            "Cannot remove the disk of the last diskful replica of resource '{}'.",
                            rd.name
                        ),
                    )
                    .correction("Add a disk on another node first."),
                ];
            }
            DISKLESS_POOL.to_string()
        };
        let node_name = node_data.name.clone();
        let delay = self.sync_delay_ms();
        if let Some(resource) = self.definition_mut(rsc).and_then(|rd| rd.resources.get_mut(&key(node))) {
            resource.diskless = !diskful;
            resource.props.insert("StorPoolName".into(), new_pool.clone());
            resource.pool = new_pool;
            resource.synced_ms = if diskful { now_ms + delay } else { now_ms };
        }
        let change = if diskful { "diskful" } else { "diskless" };
        vec![
            ApiCallRc::new(
                context | MODIFIED,
                format!("Resource '{}' on node '{node_name}' is now {change}.", rd.name),
            )
            .obj_ref("RscDfn", &rd.name)
            .obj_ref("Node", node_name),
        ]
    }

    /// The autoplacer: adds diskful replicas on distinct online nodes until `place_count` are
    /// diskful, choosing the pools with the most free space first.
    pub fn autoplace(&mut self, rsc: &str, filter: &SelectFilter, now_ms: i64) -> Replies {
        let context = MASK_CRT | MASK_RSC;
        let rd = match self.definition(rsc, context) {
            Ok(rd) => rd.clone(),
            Err(replies) => return replies,
        };
        let place_count = filter.place_count.unwrap_or(2);
        if place_count < 1 {
            return one(FAIL_INVLD_PLACE_COUNT | context, format!("Invalid place count {place_count}."));
        }
        if let Some(replies) = self.check_pools_exist(&filter.storage_pool_list, context) {
            return replies;
        }
        let existing = rd.resources.values().filter(|r| !r.diskless).count() as i64;
        let needed = usize::try_from(place_count - existing).unwrap_or(0);
        if needed == 0 {
            return one(
                INFO_NOOP | context,
                format!("Resource '{}' already has {existing} diskful replicas; nothing placed.", rd.name),
            );
        }
        let required_kib = rd.allocation_kib();
        let mut fitting = Vec::new();
        let mut too_small = Vec::new();
        for node in self.nodes.values().filter(|n| !rd.resources.contains_key(&key(&n.name))) {
            let best = node
                .pools
                .values()
                .filter(|pool| !pool.is_diskless())
                .filter(|pool| {
                    filter.storage_pool_list.is_empty()
                        || filter.storage_pool_list.iter().any(|p| key(p) == key(&pool.name))
                })
                .filter_map(|pool| {
                    Some(Candidate {
                        node: node.name.clone(),
                        pool: pool.name.clone(),
                        free_kib: self.free_kib(&node.name, pool)?,
                    })
                })
                .max_by_key(|candidate| candidate.free_kib);
            match best {
                Some(candidate) if !node.online() => drop(candidate),
                Some(candidate) if candidate.free_kib >= required_kib => fitting.push(candidate),
                Some(candidate) => too_small.push(candidate),
                None => {}
            }
        }
        if fitting.len() < needed {
            return vec![self.not_enough_nodes(&rd, filter, needed, &fitting, &too_small, required_kib)];
        }
        fitting.sort_by(|a, b| b.free_kib.cmp(&a.free_kib).then_with(|| a.node.cmp(&b.node)));
        fitting.truncate(needed);
        let requests: Vec<NewResource> = fitting
            .iter()
            .map(|c| NewResource {
                node: c.node.clone(),
                diskless: false,
                pool: Some(c.pool.clone()),
                props: Props::new(),
            })
            .collect();
        let mut next = self.clone();
        let created = next.create_resources(rsc, &requests, now_ms);
        if created.iter().any(ApiCallRc::is_error) {
            return created;
        }
        let used =
            fitting.iter().map(|c| format!("'{} ({})'", c.node, c.pool)).collect::<Vec<_>>().join(", ");
        let mut summary = ApiCallRc::new(
            context | CREATED,
            format!("Resource '{}' successfully autoplaced on {needed} nodes", rd.name),
        )
        .details(format!("Used nodes (storage pool name): {used}"))
        .obj_ref("RscDfn", &rd.name);
        for (index, candidate) in fitting.iter().enumerate() {
            summary = summary.obj_ref(&format!("Node/{index}"), &candidate.node);
        }
        let mut replies = vec![summary];
        replies.extend(created);
        if filter.diskless_on_remaining == Some(true) {
            let remaining: Vec<NewResource> = next
                .nodes
                .values()
                .filter(|n| n.online() && n.pools.values().any(StoragePool::is_diskless))
                .filter(|n| {
                    !next
                        .definitions
                        .get(&key(rsc))
                        .is_some_and(|rd| rd.resources.contains_key(&key(&n.name)))
                })
                .map(|n| NewResource {
                    node: n.name.clone(),
                    diskless: true,
                    pool: None,
                    props: Props::new(),
                })
                .collect();
            replies.extend(next.create_resources(rsc, &remaining, now_ms));
        }
        *self = next;
        replies
    }

    /// FAIL_NOT_ENOUGH_NODES with the criteria, like the real autoplacer, and the shortfall.
    fn not_enough_nodes(
        &self,
        rd: &ResourceDefinition,
        filter: &SelectFilter,
        needed: usize,
        fitting: &[Candidate],
        too_small: &[Candidate],
        required_kib: u64,
    ) -> ApiCallRc {
        let pools = if filter.storage_pool_list.is_empty() {
            "any storage pool with a disk".to_string()
        } else {
            format!("a storage pool named {}", filter.storage_pool_list.join(" or "))
        };
        let mut shortfall = format!(
            "{needed} more diskful replica(s) needed, but only {} node(s) qualify{}.",
            fitting.len(),
            if fitting.is_empty() {
                String::new()
            } else {
                format!(" ({})", fitting.iter().map(|c| c.node.as_str()).collect::<Vec<_>>().join(", "))
            }
        );
        if !too_small.is_empty() {
            let listed = too_small
                .iter()
                .map(|c| format!("{} ({} free in '{}')", c.node, format_kib(c.free_kib), c.pool))
                .collect::<Vec<_>>()
                .join(", ");
            shortfall
                .push_str(&format!(" Too little free space for {}: {listed}.", format_kib(required_kib)));
        }
        ApiCallRc::new(FAIL_NOT_ENOUGH_NODES | MASK_CRT | MASK_RSC, "Not enough available nodes")
            .cause(format!(
                "Not enough nodes fulfilling the following auto-place criteria:\n * has a deployed storage pool: {pools}\n * the storage pool has at least {} free\n * the node is online\n * the node has no replica of resource '{}' yet",
                format_kib(required_kib),
                rd.name
            ))
            .details(shortfall)
            .correction("Add nodes or storage pools, free some space, or ask for fewer replicas.")
    }

    // ---- key-value store -----------------------------------------------------------------------

    /// Applies a change to a KV instance, creating it on first write and dropping it when empty.
    pub fn modify_kvs(&mut self, name: &str, change: &PropsChange) -> Replies {
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

    pub fn delete_kvs(&mut self, name: &str) -> Replies {
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

    pub fn modify_controller_props(&mut self, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_CTRL_CONF;
        let mut props = self.props.clone();
        match apply_props(&mut props, change, context) {
            Err(replies) => replies,
            Ok(warnings) => {
                self.props = props;
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

    fn place(controller: &mut Controller, rsc: &str, size_kib: u64, count: i64) -> Replies {
        controller.create_definition(Some(rsc), None, None, None, Props::new());
        controller.create_volume_definition(rsc, None, size_kib, Props::new());
        let filter = SelectFilter { place_count: Some(count), ..SelectFilter::default() };
        controller.autoplace(rsc, &filter, 0)
    }

    #[test]
    fn autoplace_uses_distinct_nodes_with_most_free_space() {
        let mut controller = Controller::seeded();
        let replies = place(&mut controller, "foo", 20480, 2);
        assert!(!replies.iter().any(ApiCallRc::is_error), "{replies:?}");
        let rd = &controller.definitions["foo"];
        let nodes: Vec<&str> = rd.resources.values().map(|r| r.node_name.as_str()).collect();
        // bravo and charlie have 20 GiB pools, delta only 10 GiB.
        assert_eq!(nodes, ["bravo", "charlie"]);
    }

    #[test]
    fn autoplace_shortfall_names_nodes_and_space_and_changes_nothing() {
        let mut controller = Controller::seeded();
        let replies = place(&mut controller, "big", 15 << 20, 3);
        let error = replies.iter().find(|rc| rc.is_error()).cloned().unwrap_or_default();
        assert_eq!(error.code(), 996);
        let details = error.details.unwrap_or_default();
        assert!(details.contains("bravo, charlie"), "{details}");
        assert!(details.contains("delta"), "{details}");
        assert!(controller.definitions["big"].resources.is_empty());
    }

    #[test]
    fn capacity_is_released_on_delete() {
        let mut controller = Controller::seeded();
        place(&mut controller, "foo", 1 << 20, 3);
        let pool = controller.nodes["delta"].pools["drbdpool"].clone();
        assert_eq!(controller.free_kib("delta", &pool), Some((10 << 20) - allocated_kib(1 << 20)));
        controller.delete_resource("foo", "delta");
        assert_eq!(controller.free_kib("delta", &pool), Some(10 << 20));
    }

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
