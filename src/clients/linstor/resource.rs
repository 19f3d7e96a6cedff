//! The high-level resource API plugin developers use (python-linstor's `Resource`): place a
//! resource N-times redundant, grow it, attach and detach diskless replicas, set a node's
//! assignment state, toggle dual primary, query where it lives, and wait for it to be in sync.

use std::collections::BTreeMap;

use serde::Serialize;

use super::LinstorClient;
use super::model::{Resource, ResourceDefinition, SelectFilter};
use crate::clients::poll::{PollLimits, Polled, poll};
use crate::error::{Error, Result};
use crate::protocol::linstor_reply::ApiCallRc;
use crate::protocol::linstor_size::format_kib;

/// The DRBD option that allows two primaries at once, as a resource definition property.
pub const ALLOW_TWO_PRIMARIES: &str = "DrbdOptions/Net/allow-two-primaries";

/// Where a resource lives and in what state: the answer to the seed's query operations.
#[derive(Debug, Clone, Serialize)]
pub struct ResourceInfo {
    pub name: String,
    pub resource_group: String,
    pub allow_two_primaries: bool,
    pub diskful_nodes: Vec<String>,
    pub diskless_nodes: Vec<String>,
    pub replicas: Vec<Replica>,
    pub volumes: Vec<VolumeInfo>,
}

/// One node's assignment.
#[derive(Debug, Clone, Serialize)]
pub struct Replica {
    pub node: String,
    pub diskless: bool,
    pub state: String,
    pub storage_pool: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct VolumeInfo {
    pub volume_number: u32,
    pub size_kib: u64,
    pub minor: Option<i64>,
    pub device_path: Option<String>,
    /// The backing disk of each diskful replica, by node.
    pub backing_disks: BTreeMap<String, String>,
}

impl ResourceInfo {
    fn from_parts(rd: &ResourceDefinition, resources: &[Resource]) -> ResourceInfo {
        let mut resources: Vec<&Resource> = resources.iter().collect();
        resources.sort_by(|a, b| a.node_name.cmp(&b.node_name));
        let nodes = |diskless: bool| {
            resources.iter().filter(|r| r.is_diskless() == diskless).map(|r| r.node_name.clone()).collect()
        };
        let volumes = rd
            .volume_definitions
            .iter()
            .map(|vd| {
                let replicas = resources.iter().filter_map(|r| {
                    r.volumes.iter().find(|v| v.volume_number == vd.volume_number).map(|v| (r, v))
                });
                VolumeInfo {
                    volume_number: vd.volume_number,
                    size_kib: vd.size_kib,
                    minor: vd.minor(),
                    device_path: replicas.clone().map(|(_, v)| v.device_path.clone()).find(|p| !p.is_empty()),
                    backing_disks: replicas
                        .filter_map(|(r, v)| Some((r.node_name.clone(), v.backing_device()?)))
                        .collect(),
                }
            })
            .collect();
        ResourceInfo {
            name: rd.name.clone(),
            resource_group: rd.resource_group_name.clone(),
            allow_two_primaries: rd.props.get(ALLOW_TWO_PRIMARIES).is_some_and(|v| v == "yes"),
            diskful_nodes: nodes(false),
            diskless_nodes: nodes(true),
            replicas: resources
                .iter()
                .map(|r| Replica {
                    node: r.node_name.clone(),
                    diskless: r.is_diskless(),
                    state: r.disk_state(),
                    storage_pool: r.volumes.first().map(|v| v.storage_pool_name.clone()).unwrap_or_default(),
                })
                .collect(),
            volumes,
        }
    }

    pub fn is_assigned(&self, node: &str) -> bool {
        self.replicas.iter().any(|r| r.node.eq_ignore_ascii_case(node))
    }

    fn replica(&self, node: &str) -> Option<&Replica> {
        self.replicas.iter().find(|r| r.node.eq_ignore_ascii_case(node))
    }
}

/// What a placement created so far, and so has to remove if it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Created {
    Nothing,
    Definition,
    FirstVolume,
}

/// A new size for a volume: absolute, or grown by an amount (`+SIZE`).
#[derive(Debug, Clone, Copy)]
pub enum NewSize {
    Exactly(u64),
    GrowBy(u64),
}

/// What a placement asks for. The size is needed only for a resource that has no volume yet.
#[derive(Debug, Clone)]
pub struct Placement {
    pub size_kib: Option<u64>,
    pub redundancy: u32,
    pub storage_pool: Option<String>,
    pub diskless_on_remaining: bool,
}

/// The replicas a wait watches, as last fetched.
#[derive(Debug, Clone)]
pub struct WatchedReplicas {
    pub resource: String,
    pub replicas: Vec<Resource>,
}

impl WatchedReplicas {
    /// The first replica whose disk state is `state`.
    pub fn in_state(&self, state: &str) -> Option<&Resource> {
        self.replicas.iter().find(|r| r.disk_state().eq_ignore_ascii_case(state))
    }

    /// `UpToDate on alpha, Inconsistent on delta`.
    pub fn describe(&self) -> String {
        let states: Vec<String> =
            self.replicas.iter().map(|r| format!("{} on {}", r.disk_state(), r.node_name)).collect();
        states.join(", ")
    }
}

/// A replica's assignment state, as `make-diskful`, `make-diskless` and `unassign` set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignment {
    Diskful,
    Diskless,
    Unassigned,
}

impl LinstorClient {
    async fn definition_or_not_found(&self, name: &str) -> Result<ResourceDefinition> {
        self.resource_definition(name).await?.ok_or_else(|| {
            Error::not_found(format!("resource `{name}` not found"))
                .hint("see `kamaki linstor resource-definition list`, or create it with `kamaki linstor resource place`")
        })
    }

    /// Nothing to do on a node is only fine if the node exists: a typo is an error.
    async fn ensure_node(&self, node: &str) -> Result<()> {
        match self.node(node).await? {
            Some(_) => Ok(()),
            None => Err(Error::not_found(format!("node `{node}` not found"))
                .hint("see the nodes with `kamaki linstor node list`")),
        }
    }

    /// The resource's definition, replicas, states and devices.
    pub async fn resource_info(&self, name: &str) -> Result<ResourceInfo> {
        let rd = self.definition_or_not_found(name).await?;
        let resources = self.resources(std::slice::from_ref(&rd.name), &[]).await?;
        Ok(ResourceInfo::from_parts(&rd, &resources))
    }

    /// Creates the definition and its first volume if needed, then autoplaces `redundancy`
    /// diskful replicas on distinct nodes (adding to those it has). A definition this call
    /// created is removed again when the placement fails, so a refused placement leaves nothing.
    pub async fn place(&self, name: &str, placement: &Placement) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let existing = self.resource_definition(name).await?;
        let first_volume = existing.as_ref().and_then(|rd| rd.volume_definitions.first());
        let size_kib = match (first_volume, placement.size_kib) {
            (Some(volume), Some(size)) if volume.size_kib != size => {
                return Err(Error::conflict(format!(
                    "resource `{name}` already has a volume of {}, not {}",
                    format_kib(volume.size_kib),
                    format_kib(size)
                ))
                .hint(format!("change its size with `kamaki linstor resource resize {name} SIZE`")));
            }
            (Some(_), _) => None,
            (None, Some(size)) => Some(size),
            (None, None) => {
                return Err(Error::usage(format!(
                    "resource `{name}` has no volume yet, so `--size` is needed"
                ))
                .hint(format!("e.g. `kamaki linstor resource place {name} --size 20MiB`")));
            }
        };
        let mut replies = Vec::new();
        let mut created = Created::Nothing;
        if existing.is_none() {
            replies.extend(self.create_resource_definition(name, None, None).await?);
            created = Created::Definition;
        }
        if let Some(size_kib) = size_kib {
            let pool = placement.storage_pool.as_deref();
            let volume = self.create_volume_definition(name, size_kib, Some(0), pool).await;
            replies.extend(self.undo_on_error(name, created, volume).await?);
            if created == Created::Nothing {
                created = Created::FirstVolume;
            }
        }
        let filter = SelectFilter {
            place_count: Some(i64::from(placement.redundancy)),
            storage_pool_list: placement.storage_pool.iter().cloned().collect(),
            diskless_on_remaining: Some(placement.diskless_on_remaining),
        };
        let placed = self.autoplace(name, &filter).await;
        replies.extend(self.undo_on_error(name, created, placed).await?);
        Ok((self.resource_info(name).await?, replies))
    }

    /// Removes what a failed placement created, then passes the result on.
    async fn undo_on_error(
        &self,
        name: &str,
        created: Created,
        result: Result<Vec<ApiCallRc>>,
    ) -> Result<Vec<ApiCallRc>> {
        if result.is_err() {
            // The original error matters more than a failed clean-up, which the user can redo.
            let _ = match created {
                Created::Nothing => return result,
                Created::Definition => self.delete_resource_definition(name).await,
                Created::FirstVolume => self.delete_volume_definition(name, 0).await,
            };
        }
        result
    }

    /// Grows a volume; shrinking is refused before anything is sent.
    pub async fn resize(
        &self,
        name: &str,
        volume: u32,
        size: NewSize,
    ) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let rd = self.definition_or_not_found(name).await?;
        let current = rd
            .volume_definitions
            .iter()
            .find(|vd| vd.volume_number == volume)
            .ok_or_else(|| {
                Error::not_found(format!("resource `{name}` has no volume {volume}"))
                    .hint(format!("see its volumes with `kamaki linstor resource info {name}`"))
            })?
            .size_kib;
        let target = match size {
            NewSize::Exactly(kib) => kib,
            NewSize::GrowBy(kib) => current.saturating_add(kib),
        };
        if target < current {
            return Err(Error::usage(format!(
                "cannot shrink volume {volume} of `{name}` from {} to {}: LINSTOR volumes only grow",
                format_kib(current),
                format_kib(target)
            ))
            .hint("give a size larger than the current one, or `+SIZE` to grow by an amount"));
        }
        let replies = self.resize_volume_definition(&rd.name, volume, target).await?;
        Ok((self.resource_info(&rd.name).await?, replies))
    }

    /// A diskless replica on `node`, only if the node has no replica yet.
    pub async fn activate(&self, name: &str, node: &str) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let rd = self.definition_or_not_found(name).await?;
        let replies = self.make_available(&rd.name, node, false).await?;
        Ok((self.resource_info(&rd.name).await?, replies))
    }

    /// Removes the replica on `node` only if it is diskless, so redundancy never drops.
    pub async fn deactivate(&self, name: &str, node: &str) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let info = self.resource_info(name).await?;
        match info.replica(node) {
            None => {
                self.ensure_node(node).await?;
                Ok((info, Vec::new()))
            }
            Some(replica) if !replica.diskless => Err(Error::conflict(format!(
                "refusing to deactivate `{}` on `{}`: the replica there has a disk, and removing it would reduce redundancy",
                info.name, replica.node
            ))
            .hint(format!("to remove it anyway, run `kamaki linstor resource unassign {} {}`", info.name, replica.node))),
            Some(replica) => {
                let replies = self.delete_resource(&info.name, &replica.node).await?;
                Ok((self.resource_info(&info.name).await?, replies))
            }
        }
    }

    /// Sets the replica on `node` to the given state, creating or converting as needed.
    pub async fn assign(
        &self,
        name: &str,
        node: &str,
        wanted: Assignment,
        pool: Option<&str>,
    ) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let info = self.resource_info(name).await?;
        let current =
            info.replica(node).map(|r| if r.diskless { Assignment::Diskless } else { Assignment::Diskful });
        let rsc = info.name.as_str();
        let replies = match (current, wanted) {
            (None, Assignment::Unassigned) => {
                self.ensure_node(node).await?;
                Vec::new()
            }
            (Some(_), Assignment::Unassigned) => self.delete_resource(rsc, node).await?,
            (Some(now), wanted) if now == wanted => Vec::new(),
            (None, Assignment::Diskful) => self.create_resource(rsc, node, pool, false).await?,
            (None, Assignment::Diskless) => self.create_resource(rsc, node, None, true).await?,
            (Some(_), Assignment::Diskful) => self.toggle_disk(rsc, node, true, pool).await?,
            (Some(_), Assignment::Diskless) => self.toggle_disk(rsc, node, false, None).await?,
        };
        Ok((self.resource_info(rsc).await?, replies))
    }

    pub async fn set_dual_primary(&self, name: &str, on: bool) -> Result<(ResourceInfo, Vec<ApiCallRc>)> {
        let rd = self.definition_or_not_found(name).await?;
        let value = if on { "yes" } else { "no" };
        let replies = self.set_resource_definition_prop(&rd.name, ALLOW_TWO_PRIMARIES, Some(value)).await?;
        Ok((self.resource_info(&rd.name).await?, replies))
    }

    /// Polls (see [`poll`]) until the resource's disk state is `until` on `node` (or on
    /// any node). A lost satellite connection ends the wait with its own error, as the
    /// seed's watch does, and so does the resource going away.
    pub async fn wait(
        &self,
        name: &str,
        node: Option<&str>,
        until: &str,
        limits: PollLimits,
    ) -> Result<Polled<WatchedReplicas>> {
        let rd = self.definition_or_not_found(name).await?;
        let fetch = || async {
            let resources = self.resources(std::slice::from_ref(&rd.name), &[]).await?;
            // Like the seed's close-removed event: the resource went away while being watched.
            if resources.is_empty() && self.resource_definition(&rd.name).await?.is_none() {
                return Err(Error::not_found(format!("resource `{}` was removed while waiting", rd.name)));
            }
            let watched: Vec<Resource> = resources
                .into_iter()
                .filter(|r| node.is_none_or(|n| r.node_name.eq_ignore_ascii_case(n)))
                .collect();
            if let Some(node) = node
                && watched.is_empty()
            {
                return Err(Error::not_found(format!(
                    "resource `{}` has no replica on node `{node}`",
                    rd.name
                ))
                .hint(format!("see where it lives with `kamaki linstor resource info {}`", rd.name)));
            }
            let in_sync = watched.iter().any(|r| r.disk_state().eq_ignore_ascii_case(until));
            if !in_sync {
                let names: Vec<String> = watched.iter().map(|r| r.node_name.clone()).collect();
                if let Some(lost) = self.nodes(&names).await?.into_iter().find(|n| !n.is_online()) {
                    return Err(Error::disconnected(format!(
                        "satellite connection lost: node `{}` is {} while waiting for `{}` to be {until}",
                        lost.name, lost.connection_status, rd.name
                    ))
                    .hint(format!("reconnect it with `kamaki linstor node reconnect {}`", lost.name)));
                }
            }
            Ok(WatchedReplicas { resource: rd.name.clone(), replicas: watched })
        };
        poll(&format!("resource `{}`", rd.name), limits, fetch, |watched: &WatchedReplicas| {
            Ok(watched.in_state(until).is_some())
        })
        .await
    }
}
