//! Replicas: creating and deleting resources on nodes, diskless and diskful toggles, and
//! the autoplacer that picks nodes and pools for them.

use super::model::*;
use crate::protocol::linstor_reply::*;
use crate::protocol::linstor_size::format_kib;

/// A storage pool that could host a new diskful replica, for the autoplacer.
struct Candidate {
    node: String,
    pool: String,
    free_kib: u64,
}

impl Controller {
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
    pub(super) fn create_resources(&mut self, rsc: &str, requests: &[NewResource], now_ms: i64) -> Replies {
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
            if !request.diskless
                && let Err(replies) =
                    next.ensure_room(&node.name, &pool, rd.allocation_kib(), &rd.name, context)
            {
                return replies;
            }
            let uuid = new_uuid();
            let props = request.props.clone();
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
    pub(super) fn delete_resource(&mut self, rsc: &str, node: &str) -> Replies {
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
    pub(super) fn make_available(&mut self, rsc: &str, node: &str, diskful: bool, now_ms: i64) -> Replies {
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
    pub(super) fn toggle_disk(
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
            if let Err(replies) =
                self.ensure_room(&node_data.name, &pool, rd.allocation_kib(), &rd.name, context)
            {
                return replies;
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
    pub(super) fn autoplace(&mut self, rsc: &str, filter: &SelectFilter, now_ms: i64) -> Replies {
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
}
