//! Resource groups, resource and volume definitions, replicas, and the autoplacer.

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;
use crate::clients::linstor::reply::*;
use crate::clients::linstor::size::format_kib;

const FIRST_MINOR: u32 = 1000;
const FIRST_PORT: u16 = 7000;

/// A storage pool that could host a new diskful replica, for the autoplacer.
struct Candidate {
    node: String,
    pool: String,
    free_kib: u64,
}

/// A spawn request: one volume per size, placed by the group's filter merged with `filter`.
#[derive(Debug, Clone, Default)]
pub struct Spawning {
    pub sizes: Vec<u64>,
    pub definitions_only: bool,
    pub partial: bool,
    pub filter: SelectFilter,
}

impl Controller {
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
                volume_groups: BTreeMap::new(),
            },
        );
        vec![
            ApiCallRc::new(context | CREATED, format!("New resource group '{name}' created."))
                .details(format!("Resource group '{name}' UUID is: {uuid}"))
                .obj_ref("RscGrp", name),
        ]
    }

    pub fn modify_resource_group(
        &mut self,
        name: &str,
        description: Option<String>,
        filter: Option<SelectFilter>,
        change: &PropsChange,
    ) -> Replies {
        let context = MASK_MOD | MASK_RSC_GRP;
        if let Some(replies) =
            filter.as_ref().and_then(|f| self.check_pools_exist(&f.storage_pool_list, context))
        {
            return replies;
        }
        let Some(group) = self.groups.get_mut(&key(name)) else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{name}' not found."));
        };
        let warnings = match apply_props(&mut group.props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
        if let Some(description) = description {
            group.description = description;
        }
        if let Some(filter) = filter {
            group.select_filter = filter;
        }
        let mut replies = vec![
            ApiCallRc::new(context | MODIFIED, format!("Resource group '{}' modified.", group.name))
                .obj_ref("RscGrp", &group.name),
        ];
        replies.extend(warnings);
        replies
    }

    pub fn create_volume_group(
        &mut self,
        group: &str,
        number: Option<u32>,
        props: Props,
        flags: Vec<String>,
    ) -> Replies {
        let context = MASK_CRT | MASK_VLM_GRP;
        let Some(group) = self.groups.get_mut(&key(group)) else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{group}' not found."));
        };
        let number =
            number.unwrap_or_else(|| (0..).find(|n| !group.volume_groups.contains_key(n)).unwrap_or(0));
        if group.volume_groups.contains_key(&number) {
            return one(
                FAIL_EXISTS_VLM_GRP | context,
                format!(
                    "Volume group with number '{number}' of resource group '{}' already exists.",
                    group.name
                ),
            );
        }
        let uuid = new_uuid();
        group.volume_groups.insert(number, VolumeGroup { number, props, flags, uuid: uuid.clone() });
        vec![
            ApiCallRc::new(
                context | CREATED,
                format!(
                    "New volume group with number '{number}' of resource group '{}' created.",
                    group.name
                ),
            )
            .details(format!(
                "Volume group with number '{number}' of resource group '{}' UUID is: {uuid}",
                group.name
            ))
            .obj_ref("RscGrp", &group.name)
            .obj_ref("VlmNr", number.to_string()),
        ]
    }

    pub fn delete_volume_group(&mut self, group: &str, number: u32) -> Replies {
        let context = MASK_DEL | MASK_VLM_GRP;
        let Some(group) = self.groups.get_mut(&key(group)) else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{group}' not found."));
        };
        match group.volume_groups.remove(&number) {
            None => one(
                WARN_NOT_FOUND | context,
                format!("Volume group with number '{number}' of resource group '{}' not found.", group.name),
            ),
            Some(_) => one(
                context | DELETED,
                format!("Volume group with number '{number}' of resource group '{}' deleted.", group.name),
            ),
        }
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
    pub fn spawn(&mut self, group: &str, rsc: &str, request: &Spawning, now_ms: i64) -> Replies {
        let context = MASK_CRT | MASK_RSC_GRP;
        let Some(group) = self.groups.get(&key(group)).cloned() else {
            return one(FAIL_NOT_FOUND_RSC_GRP | context, format!("Resource group '{group}' not found."));
        };
        let Spawning { sizes, definitions_only, partial, filter } = request;
        let (sizes, filter) = (sizes.as_slice(), filter.clone());
        // A group without volume groups takes any number of sizes (a sandbox convenience);
        // one with volume groups needs one size per group unless the spawn is partial.
        let groups = group.volume_groups.len();
        if groups > 0 && sizes.len() != groups && !partial {
            return vec![
                ApiCallRc::new(
                    FAIL_INVLD_VLM_SIZES | context,
                    format!(
                        "Resource group '{}' has {groups} volume groups, but {} sizes were given.",
                        group.name,
                        sizes.len()
                    ),
                )
                .correction("Either provide the correct count of volume sizes or use the 'partial' option"),
            ];
        }
        if let Some(size) = sizes.iter().find(|size| **size == 0) {
            return one(FAIL_INVLD_VLM_SIZE | context, format!("Invalid volume size {size}."));
        }
        let mut next = self.clone();
        let mut replies = next.create_definition(Some(rsc), None, Some(&group.name), None, Props::new());
        if replies.iter().any(ApiCallRc::is_error) {
            return replies;
        }
        let numbers = group.volume_groups.keys().copied().map(Some).chain(std::iter::repeat(None));
        for (size, number) in sizes.iter().zip(numbers) {
            replies.extend(next.create_volume_definition(rsc, number, *size, Props::new()));
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
        if *definitions_only || merged.place_count.is_none() {
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
        let reserved = matches!(key(&name).as_str(), "all" | "proxy");
        if reserved || !valid_name(&name, 2) {
            let cause = if reserved {
                "The names 'all' and 'proxy' are reserved."
            } else {
                "Resource names are 2 to 48 characters: letters, digits, '_' and '-', starting with a letter or '_'."
            };
            return vec![
                ApiCallRc::new(FAIL_INVLD_RSC_NAME | context, format!("Invalid resource name '{name}'."))
                    .cause(cause),
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

    /// Changes a definition's properties and, if given, its resource group.
    pub fn modify_definition(&mut self, name: &str, group: Option<&str>, change: &PropsChange) -> Replies {
        let context = MASK_MOD | MASK_RSC_DFN;
        if let Err(replies) = self.definition(name, context) {
            return replies;
        }
        let group = match group.map(|g| self.groups.get(&key(g)).ok_or(g)) {
            None => None,
            Some(Ok(found)) => Some(found.name.clone()),
            Some(Err(missing)) => {
                return one(
                    FAIL_NOT_FOUND_RSC_GRP | context,
                    format!("Resource group '{missing}' not found."),
                );
            }
        };
        let Some(rd) = self.definition_mut(name) else {
            return Vec::new();
        };
        if let Some(group) = group {
            rd.group = group;
        }
        let warnings = match apply_props(&mut rd.props, change, context) {
            Ok(warnings) => warnings,
            Err(replies) => return replies,
        };
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
            if let Err(replies) =
                self.ensure_room(&resource.node_name, &resource.pool, growth, &rd_name, context)
            {
                return replies;
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
        match apply_props(&mut volume.props, change, context) {
            Err(replies) => replies,
            Ok(warnings) => {
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
