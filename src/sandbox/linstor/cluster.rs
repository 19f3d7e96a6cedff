//! Nodes, their network interfaces and their storage pools.

use std::collections::BTreeMap;

use super::model::*;
use crate::protocol::linstor_reply::*;

impl Controller {
    pub(super) fn register_node(
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

    pub(super) fn create_node(
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

    pub(super) fn modify_node(
        &mut self,
        name: &str,
        node_type: Option<String>,
        change: &PropsChange,
    ) -> Replies {
        let context = MASK_MOD | MASK_NODE;
        if let Err(replies) = self.node(name, context) {
            return replies;
        }
        let Some(node) = self.nodes.get_mut(&key(name)) else {
            return Vec::new();
        };
        let warnings = match apply_props(&mut node.props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
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
    pub(super) fn delete_node(&mut self, name: &str, lost: bool) -> Replies {
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
    pub(super) fn reconnect_node(&mut self, name: &str, now_ms: i64) -> Replies {
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

    pub(super) fn create_net_interface(&mut self, node: &str, interface: NetInterface) -> Replies {
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

    pub(super) fn create_storage_pool(
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

    pub(super) fn modify_storage_pool(&mut self, node: &str, pool: &str, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_STOR_POOL;
        if let Err(replies) = self.node(node, context) {
            return replies;
        }
        let Some(node) = self.nodes.get_mut(&key(node)) else {
            return Vec::new();
        };
        let node_name = node.name.clone();
        let Some(found) = node.pools.get_mut(&key(pool)) else {
            return one(
                FAIL_NOT_FOUND_STOR_POOL | context,
                format!("Storage pool '{pool}' on node '{node_name}' not found."),
            );
        };
        let warnings = match apply_props(&mut found.props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
        let mut replies =
            one(context | MODIFIED, format!("Storage pool '{}' on node '{node_name}' modified.", found.name));
        replies.extend(warnings);
        replies
    }

    pub(super) fn delete_storage_pool(&mut self, node: &str, pool: &str) -> Replies {
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
}
