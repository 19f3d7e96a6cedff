//! Request bodies, parsed like Jackson with its defaults: an unknown field is refused, a
//! `null` is accepted. Each struct lists every field the real controller accepts, so that a
//! valid request from any client parses; the sandbox acts on the fields that matter to its
//! model and ignores the rest (layer lists, DRBD tuning, passphrases).
#![allow(dead_code)]

use std::str::FromStr;

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::Value;

use super::model::{NetInterface, NewResource, Props, PropsChange, SelectFilter};

/// Jackson coerces scalars, so a number may come as a string (linstor-client sends
/// `"place_count": "2"`); these accept both, and `null` for an optional one.
mod coerce {
    use super::*;

    fn number<T: DeserializeOwned + FromStr, E: serde::de::Error>(value: Value) -> Result<T, E> {
        match value {
            Value::String(text) => {
                text.trim().parse().map_err(|_| E::custom(format!("`{text}` is not a number")))
            }
            other => serde_json::from_value(other).map_err(E::custom),
        }
    }

    pub(super) fn optional<'de, D: Deserializer<'de>, T: DeserializeOwned + FromStr>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        match Option::<Value>::deserialize(deserializer)? {
            None | Some(Value::Null) => Ok(None),
            Some(value) => number(value).map(Some),
        }
    }

    pub(super) fn required<'de, D: Deserializer<'de>, T: DeserializeOwned + FromStr>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        number(Value::deserialize(deserializer)?)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PropsModify {
    #[serde(default)]
    pub override_props: Option<Props>,
    #[serde(default)]
    pub delete_props: Option<Vec<String>>,
    #[serde(default)]
    pub delete_namespaces: Option<Vec<String>>,
}

/// Every modify body carries the same three property fields; serde cannot flatten them into a
/// struct that refuses unknown fields, so each body lists them and shares this conversion.
macro_rules! props_change_from {
    ($($body:ty),*) => {$(
        impl $body {
            pub fn props_change(&mut self) -> PropsChange {
                PropsChange {
                    override_props: self.override_props.take().unwrap_or_default(),
                    delete_props: self.delete_props.take().unwrap_or_default(),
                    delete_namespaces: self.delete_namespaces.take().unwrap_or_default(),
                }
            }
        }
    )*};
}

props_change_from!(PropsModify, NodeModify, DefinitionModify, VolumeDefinitionModify, GroupModify);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NetInterfaceBody {
    #[serde(default)]
    pub name: Option<String>,
    pub address: String,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub satellite_port: Option<u16>,
    #[serde(default)]
    pub satellite_encryption_type: Option<String>,
    #[serde(default)]
    pub is_active: Option<bool>,
    #[serde(default)]
    pub uuid: Option<String>,
}

impl NetInterfaceBody {
    /// The interface with the controller's defaults: named `default`, plain, port 3366 (3367 for SSL).
    pub(super) fn into_interface(self) -> NetInterface {
        let encryption = self.satellite_encryption_type.unwrap_or_else(|| "PLAIN".into());
        let default_port = if encryption.eq_ignore_ascii_case("ssl") { 3367 } else { 3366 };
        let name = self.name.unwrap_or_else(|| "default".into());
        NetInterface::new(&name, &self.address, self.satellite_port.unwrap_or(default_port), &encryption)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NodeCreate {
    pub name: String,
    #[serde(rename = "type")]
    pub node_type: String,
    #[serde(default)]
    pub net_interfaces: Option<Vec<NetInterfaceBody>>,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NodeModify {
    #[serde(default)]
    pub node_type: Option<String>,
    #[serde(default)]
    pub override_props: Option<Props>,
    #[serde(default)]
    pub delete_props: Option<Vec<String>>,
    #[serde(default)]
    pub delete_namespaces: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StoragePoolCreate {
    pub storage_pool_name: String,
    pub provider_kind: String,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub free_space_mgr_name: Option<String>,
    #[serde(default)]
    pub external_locking: Option<bool>,
    #[serde(default)]
    pub node_name: Option<String>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DefinitionBody {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub external_name: Option<String>,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub layer_data: Option<Vec<Value>>,
    #[serde(default)]
    pub resource_group_name: Option<String>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DefinitionCreate {
    pub resource_definition: DefinitionBody,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_port: Option<u16>,
    #[serde(default)]
    pub drbd_secret: Option<String>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_peer_slots: Option<u32>,
    #[serde(default)]
    pub drbd_transport_type: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DefinitionModify {
    #[serde(default)]
    pub override_props: Option<Props>,
    #[serde(default)]
    pub delete_props: Option<Vec<String>>,
    #[serde(default)]
    pub delete_namespaces: Option<Vec<String>>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_port: Option<u16>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_peer_slots: Option<u32>,
    #[serde(default)]
    pub layer_stack: Option<Vec<String>>,
    #[serde(default)]
    pub resource_group: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VolumeDefinitionBody {
    #[serde(default, deserialize_with = "coerce::optional")]
    pub volume_number: Option<u32>,
    #[serde(deserialize_with = "coerce::required")]
    pub size_kib: u64,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub layer_data: Option<Vec<Value>>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VolumeDefinitionCreate {
    pub volume_definition: VolumeDefinitionBody,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_minor_number: Option<u32>,
    #[serde(default)]
    pub passphrase: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VolumeDefinitionModify {
    #[serde(default, deserialize_with = "coerce::optional")]
    pub size_kib: Option<u64>,
    #[serde(default)]
    pub override_props: Option<Props>,
    #[serde(default)]
    pub delete_props: Option<Vec<String>>,
    #[serde(default)]
    pub delete_namespaces: Option<Vec<String>>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ResourceBody {
    #[serde(default)]
    pub name: Option<String>,
    pub node_name: String,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ResourceCreate {
    pub resource: ResourceBody,
    #[serde(default)]
    pub layer_list: Option<Vec<String>>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub drbd_node_id: Option<u32>,
    #[serde(default)]
    pub drbd_tcp_ports: Option<Vec<u16>>,
    #[serde(default)]
    pub drbd_client: Option<bool>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub port_count: Option<u32>,
}

impl ResourceCreate {
    /// The deprecated `DISKLESS` flag is upgraded to `DRBD_DISKLESS`, as on a real controller.
    pub(super) fn into_request(self) -> NewResource {
        let flags = self.resource.flags.unwrap_or_default();
        let mut props = self.resource.props.unwrap_or_default();
        let pool = props.remove("StorPoolName");
        NewResource {
            node: self.resource.node_name,
            diskless: flags.iter().any(|f| f == "DISKLESS" || f == "DRBD_DISKLESS")
                || self.drbd_client == Some(true),
            pool,
            props,
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct SelectFilterBody {
    #[serde(default, deserialize_with = "coerce::optional")]
    pub place_count: Option<i64>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub additional_place_count: Option<i64>,
    #[serde(default)]
    pub node_name_list: Option<Vec<String>>,
    #[serde(default)]
    pub storage_pool: Option<String>,
    #[serde(default)]
    pub storage_pool_list: Option<Vec<String>>,
    #[serde(default)]
    pub storage_pool_diskless_list: Option<Vec<String>>,
    #[serde(default)]
    pub not_place_with_rsc: Option<Vec<String>>,
    #[serde(default)]
    pub not_place_with_rsc_regex: Option<String>,
    #[serde(default)]
    pub replicas_on_same: Option<Vec<String>>,
    #[serde(default)]
    pub replicas_on_different: Option<Vec<String>>,
    #[serde(default)]
    pub x_replicas_on_different_map: Option<Value>,
    #[serde(default)]
    pub layer_stack: Option<Vec<String>>,
    #[serde(default)]
    pub provider_list: Option<Vec<String>>,
    #[serde(default)]
    pub diskless_on_remaining: Option<bool>,
    #[serde(default)]
    pub diskless_type: Option<String>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub overprovision: Option<f64>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub port_count: Option<u32>,
}

impl SelectFilterBody {
    pub(super) fn into_filter(self, diskless_on_remaining: Option<bool>) -> SelectFilter {
        let mut pools = self.storage_pool_list.unwrap_or_default();
        pools.extend(self.storage_pool);
        SelectFilter {
            place_count: self.place_count,
            storage_pool_list: pools,
            diskless_on_remaining: diskless_on_remaining.or(self.diskless_on_remaining),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AutoPlace {
    #[serde(default)]
    pub diskless_on_remaining: Option<bool>,
    #[serde(default)]
    pub select_filter: Option<SelectFilterBody>,
    #[serde(default)]
    pub layer_list: Option<Vec<String>>,
    #[serde(default)]
    pub snap_names: Option<Vec<String>>,
    #[serde(default)]
    pub copy_all_snaps: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MakeAvailable {
    #[serde(default)]
    pub diskful: Option<bool>,
    #[serde(default)]
    pub layer_list: Option<Vec<String>>,
    #[serde(default)]
    pub drbd_tcp_ports: Option<Vec<u16>>,
    #[serde(default)]
    pub auto_manage_dual_primary: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ToggleDisk {
    pub operation: String,
    #[serde(default)]
    pub storage_pool: Option<String>,
    #[serde(default)]
    pub migrate_from: Option<String>,
    #[serde(default)]
    pub layer_list: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupCreate {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub select_filter: Option<SelectFilterBody>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub peer_slots: Option<u32>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupModify {
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub override_props: Option<Props>,
    #[serde(default)]
    pub delete_props: Option<Vec<String>>,
    #[serde(default)]
    pub delete_namespaces: Option<Vec<String>>,
    #[serde(default)]
    pub select_filter: Option<SelectFilterBody>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub peer_slots: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VolumeGroupCreate {
    #[serde(default, deserialize_with = "coerce::optional")]
    pub volume_number: Option<u32>,
    #[serde(default)]
    pub props: Option<Props>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub uuid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Spawn {
    #[serde(default)]
    pub resource_definition_name: Option<String>,
    #[serde(default)]
    pub resource_definition_external_name: Option<String>,
    #[serde(default)]
    pub volume_sizes: Option<Vec<u64>>,
    #[serde(default)]
    pub partial: Option<bool>,
    #[serde(default)]
    pub definitions_only: Option<bool>,
    #[serde(default)]
    pub select_filter: Option<SelectFilterBody>,
    #[serde(default, deserialize_with = "coerce::optional")]
    pub peer_slots: Option<u32>,
    #[serde(default)]
    pub volume_passphrases: Option<Vec<String>>,
    #[serde(default)]
    pub resource_definition_props: Option<Props>,
}
