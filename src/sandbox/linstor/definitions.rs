//! Resource definitions (names, ports, groups, properties) and their volume definitions
//! (minors, sizes, resizing).

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;
use crate::protocol::linstor_reply::*;
use crate::protocol::linstor_size::format_kib;

const FIRST_MINOR: u32 = 1000;
const FIRST_PORT: u16 = 7000;

impl Controller {
    /// Creates a definition; without a name, one is generated from the external name.
    pub(super) fn create_definition(
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
    pub(super) fn modify_definition(
        &mut self,
        name: &str,
        group: Option<&str>,
        change: &PropsChange,
    ) -> Replies {
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

    pub(super) fn delete_definition(&mut self, name: &str) -> Replies {
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

    pub(super) fn create_volume_definition(
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
    pub(super) fn resize_volume_definition(&mut self, rsc: &str, number: u32, size_kib: u64) -> Replies {
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

    pub(super) fn modify_volume_definition_props(
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

    pub(super) fn delete_volume_definition(&mut self, rsc: &str, number: u32) -> Replies {
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
}
