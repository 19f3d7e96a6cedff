//! Resource groups, their volume groups, and spawning resources from a group.

use std::collections::BTreeMap;

use super::model::*;
use crate::protocol::linstor_reply::*;

/// A spawn request: one volume per size, placed by the group's filter merged with `filter`.
#[derive(Debug, Clone, Default)]
pub(super) struct Spawning {
    pub sizes: Vec<u64>,
    pub definitions_only: bool,
    pub partial: bool,
    pub filter: SelectFilter,
}

impl Controller {
    pub(super) fn create_resource_group(
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

    pub(super) fn modify_resource_group(
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

    pub(super) fn create_volume_group(
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

    pub(super) fn delete_volume_group(&mut self, group: &str, number: u32) -> Replies {
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

    pub(super) fn delete_resource_group(&mut self, name: &str) -> Replies {
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
    pub(super) fn spawn(&mut self, group: &str, rsc: &str, request: &Spawning, now_ms: i64) -> Replies {
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

    pub(super) fn check_pools_exist(&self, pools: &[String], context: i64) -> Option<Replies> {
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
}
