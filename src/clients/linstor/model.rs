//! The controller's objects as the client reads them. Every field has a default, because the
//! controller leaves out empty ones; the field names are the controller's, so `-o json` shows
//! what the REST API returns.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub type Props = BTreeMap<String, String>;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Node {
    pub name: String,
    #[serde(rename = "type")]
    pub node_type: String,
    pub connection_status: String,
    pub flags: Vec<String>,
    pub props: Props,
    pub net_interfaces: Vec<NetInterface>,
    pub uuid: String,
}

impl Node {
    /// The active interface as linstor-client shows it: `10.0.0.1:3366 (PLAIN)`.
    pub fn address(&self) -> String {
        self.net_interfaces
            .iter()
            .find(|i| i.is_active)
            .or(self.net_interfaces.first())
            .map(NetInterface::display)
            .unwrap_or_default()
    }

    pub fn is_online(&self) -> bool {
        self.connection_status == "ONLINE"
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NetInterface {
    pub name: String,
    pub address: String,
    pub satellite_port: Option<u16>,
    pub satellite_encryption_type: Option<String>,
    pub is_active: bool,
    pub uuid: String,
}

impl NetInterface {
    pub fn display(&self) -> String {
        match (self.satellite_port, &self.satellite_encryption_type) {
            (Some(port), Some(encryption)) => format!("{}:{port} ({encryption})", self.address),
            (Some(port), None) => format!("{}:{port}", self.address),
            _ => self.address.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StoragePool {
    pub storage_pool_name: String,
    pub node_name: String,
    pub provider_kind: String,
    pub props: Props,
    /// KiB; absent while unknown and huge for diskless pools.
    pub free_capacity: Option<i64>,
    pub total_capacity: Option<i64>,
    pub free_space_mgr_name: String,
    pub supports_snapshots: bool,
    pub uuid: String,
}

impl StoragePool {
    pub fn is_diskless(&self) -> bool {
        self.provider_kind == "DISKLESS"
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceGroup {
    pub name: String,
    pub description: String,
    pub props: Props,
    pub select_filter: SelectFilter,
    pub uuid: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SelectFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_count: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub storage_pool_list: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diskless_on_remaining: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceDefinition {
    pub name: String,
    pub external_name: Option<String>,
    pub resource_group_name: String,
    pub props: Props,
    pub flags: Vec<String>,
    pub layer_data: Vec<Layer>,
    pub uuid: String,
    pub volume_definitions: Vec<VolumeDefinition>,
}

impl ResourceDefinition {
    pub fn port(&self) -> Option<i64> {
        self.layer_data
            .iter()
            .find(|l| l.kind == "DRBD")
            .and_then(|l| l.data.get("port"))
            .and_then(Value::as_i64)
    }

    pub fn layers(&self) -> String {
        self.layer_data.iter().map(|l| l.kind.as_str()).collect::<Vec<_>>().join(",")
    }
}

/// One layer of an object's stack (`DRBD`, `STORAGE`, …) with its layer-specific data.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Layer {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Value::is_null")]
    pub data: Value,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VolumeDefinition {
    pub volume_number: u32,
    pub size_kib: u64,
    pub props: Props,
    pub flags: Vec<String>,
    pub layer_data: Vec<Layer>,
    pub uuid: String,
}

impl VolumeDefinition {
    pub fn minor(&self) -> Option<i64> {
        self.layer_data
            .iter()
            .find(|l| l.kind == "DRBD")
            .and_then(|l| l.data.get("minor_number"))
            .and_then(Value::as_i64)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Resource {
    pub name: String,
    pub node_name: String,
    pub props: Props,
    pub flags: Vec<String>,
    pub uuid: String,
    pub create_timestamp: Option<i64>,
    pub state: Option<ResourceState>,
    pub volumes: Vec<Volume>,
    pub layer_object: Value,
}

impl Resource {
    /// python-linstor's test: a replica is diskless when its flags say `DISKLESS`.
    pub fn is_diskless(&self) -> bool {
        self.flags.iter().any(|f| f == "DISKLESS")
    }

    /// The disk state of the first volume, `Unknown` while the satellite does not report one.
    pub fn disk_state(&self) -> String {
        self.volumes
            .first()
            .and_then(|v| v.state.as_ref())
            .and_then(|s| s.disk_state.clone())
            .unwrap_or_else(|| "Unknown".into())
    }

    /// Peers this replica has no connection to, from the DRBD layer's connection map.
    pub fn broken_connections(&self) -> Vec<String> {
        self.layer_object
            .pointer("/drbd/connections")
            .and_then(Value::as_object)
            .map(|connections| {
                connections
                    .iter()
                    .filter(|(_, c)| c.get("connected").and_then(Value::as_bool) == Some(false))
                    .map(|(peer, _)| peer.clone())
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceState {
    pub in_use: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Volume {
    pub volume_number: u32,
    pub storage_pool_name: String,
    pub provider_kind: String,
    pub device_path: String,
    pub allocated_size_kib: Option<i64>,
    pub state: Option<VolumeState>,
    pub layer_data_list: Vec<Layer>,
    pub uuid: String,
}

impl Volume {
    /// The disk under the DRBD device (what the seed calls `backing_disk`).
    pub fn backing_device(&self) -> Option<String> {
        self.layer_data_list
            .iter()
            .find(|l| l.kind == "DRBD")
            .and_then(|l| l.data.get("backing_device"))
            .and_then(Value::as_str)
            .map(str::to_string)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VolumeState {
    pub disk_state: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyValueStore {
    pub name: String,
    pub props: Props,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ControllerVersion {
    pub version: String,
    pub git_hash: String,
    pub build_time: String,
    pub rest_api_version: String,
}
