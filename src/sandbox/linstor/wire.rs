//! The controller's JSON: request bodies (strict, like Jackson's defaults: an unknown field is
//! refused, a `null` is accepted) and the objects it lists (`NON_EMPTY`: empty strings, lists and
//! maps are left out, numbers and booleans always written).

use serde_json::{Map, Value, json};

use super::model::*;

/// Builds an object from fields, leaving out null, `""`, `[]` and `{}` as the controller does.
fn non_empty(fields: Vec<(&str, Value)>) -> Value {
    let mut object = Map::new();
    for (name, value) in fields {
        let empty = match &value {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            _ => false,
        };
        if !empty {
            object.insert(name.to_string(), value);
        }
    }
    Value::Object(object)
}

fn interface_json(interface: &NetInterface) -> Value {
    json!({
        "name": interface.name,
        "address": interface.address,
        "satellite_port": interface.port,
        "satellite_encryption_type": interface.encryption,
        "is_active": true,
        "uuid": interface.uuid,
    })
}

pub(super) fn node_json(node: &Node) -> Value {
    let status = if node.online() { "ONLINE" } else { "OFFLINE" };
    non_empty(vec![
        ("name", json!(node.name)),
        ("type", json!(node.node_type)),
        ("props", json!(node.props)),
        ("net_interfaces", node.net_interfaces.iter().map(interface_json).collect()),
        ("connection_status", json!(status)),
        ("uuid", json!(node.uuid)),
        ("storage_providers", json!(["DISKLESS", "LVM", "LVM_THIN", "ZFS", "ZFS_THIN", "FILE", "FILE_THIN"])),
        ("resource_layers", json!(["DRBD", "STORAGE"])),
    ])
}

pub(super) fn interfaces_json(node: &Node) -> Value {
    node.net_interfaces.iter().map(interface_json).collect()
}

pub(super) fn pool_json(controller: &Controller, node: &Node, pool: &StoragePool) -> Value {
    let thin = pool.provider.ends_with("_THIN");
    let snapshots = matches!(pool.provider.as_str(), "LVM_THIN" | "ZFS" | "ZFS_THIN" | "FILE" | "FILE_THIN");
    let (free, total) = match pool.capacity_kib {
        Some(total) => (json!(controller.free_kib(&node.name, pool)), json!(total)),
        None => (json!(i64::MAX), json!(i64::MAX)),
    };
    non_empty(vec![
        ("storage_pool_name", json!(pool.name)),
        ("node_name", json!(node.name)),
        ("provider_kind", json!(pool.provider)),
        ("props", json!(pool.props)),
        (
            "static_traits",
            json!({"Provisioning": if thin { "Thin" } else { "Fat" }, "SupportsSnapshots": snapshots.to_string()}),
        ),
        ("free_capacity", free),
        ("total_capacity", total),
        ("free_space_mgr_name", json!(format!("{};{}", node.name, pool.name))),
        ("uuid", json!(pool.uuid)),
        ("supports_snapshots", json!(snapshots)),
        ("external_locking", json!(pool.external_locking)),
    ])
}

fn filter_json(filter: &SelectFilter) -> Value {
    non_empty(vec![
        ("place_count", json!(filter.place_count)),
        ("storage_pool_list", json!(filter.storage_pool_list)),
        ("diskless_on_remaining", json!(filter.diskless_on_remaining)),
    ])
}

pub(super) fn group_json(group: &ResourceGroup) -> Value {
    let mut value = non_empty(vec![
        ("name", json!(group.name)),
        ("description", json!(group.description)),
        ("props", json!(group.props)),
        ("uuid", json!(group.uuid)),
    ]);
    // A nested DTO is written even when it is empty.
    value["select_filter"] = filter_json(&group.select_filter);
    value
}

pub(super) fn volume_group_json(group: &VolumeGroup) -> Value {
    non_empty(vec![
        ("volume_number", json!(group.number)),
        ("props", json!(group.props)),
        ("flags", json!(group.flags)),
        ("uuid", json!(group.uuid)),
    ])
}

pub(super) fn volume_definition_json(volume: &VolumeDefinition) -> Value {
    non_empty(vec![
        ("volume_number", json!(volume.number)),
        ("size_kib", json!(volume.size_kib)),
        ("props", json!(volume.props)),
        ("uuid", json!(volume.uuid)),
        (
            "layer_data",
            json!([
                {"type": "DRBD", "data": {"volume_number": volume.number, "minor_number": volume.minor}},
                {"type": "STORAGE"}
            ]),
        ),
    ])
}

pub(super) fn definition_json(rd: &ResourceDefinition, with_volumes: bool) -> Value {
    let mut fields = vec![
        ("name", json!(rd.name)),
        ("external_name", json!(rd.external_name)),
        ("props", json!(rd.props)),
        (
            "layer_data",
            json!([
                {"type": "DRBD", "data": {"peer_slots": 7, "al_stripes": 1, "al_stripe_size_kib": 32,
                    "port": rd.port, "transport_type": "IP", "secret": rd.secret, "down": false}},
                {"type": "STORAGE"}
            ]),
        ),
        ("uuid", json!(rd.uuid)),
        ("resource_group_name", json!(rd.group)),
    ];
    if with_volumes {
        fields.push(("volume_definitions", rd.volumes.values().map(volume_definition_json).collect()));
    }
    non_empty(fields)
}

fn resource_flags(resource: &Resource) -> Value {
    if resource.diskless { json!(["DISKLESS", "DRBD_DISKLESS"]) } else { json!([]) }
}

/// A replica's volumes with their layers and states: what `GET /v1/view/resources` shows.
fn volumes_json(
    controller: &Controller,
    rd: &ResourceDefinition,
    resource: &Resource,
    online: bool,
    now_ms: i64,
) -> Value {
    let node = controller.nodes.get(&key(&resource.node_name));
    let pool = node.and_then(|n| n.pools.get(&key(&resource.pool)));
    let disk_state = if resource.diskless {
        "Diskless"
    } else if now_ms < resource.synced_ms {
        "Inconsistent"
    } else {
        "UpToDate"
    };
    rd.volumes
        .values()
        .map(|volume| {
            let device_path = format!("/dev/drbd{}", volume.minor);
            let backing =
                pool.filter(|_| !resource.diskless).and_then(|p| p.backing_device(&rd.name, volume.number));
            let (allocated, usable) = if resource.diskless {
                (Value::Null, Value::Null)
            } else {
                (json!(allocated_kib(volume.size_kib)), json!(volume.size_kib))
            };
            let drbd = non_empty(vec![
                (
                    "drbd_volume_definition",
                    json!({"volume_number": volume.number, "minor_number": volume.minor}),
                ),
                ("device_path", json!(device_path)),
                ("backing_device", json!(backing)),
                ("meta_disk", json!(if resource.diskless { "" } else { "internal" })),
                ("allocated_size_kib", allocated.clone()),
                ("usable_size_kib", usable.clone()),
                ("disk_state", json!(if online { disk_state } else { "" })),
            ]);
            let storage = non_empty(vec![
                ("volume_number", json!(volume.number)),
                ("device_path", json!(backing)),
                ("allocated_size_kib", allocated.clone()),
                ("usable_size_kib", allocated.clone()),
            ]);
            let mut fields = vec![
                ("volume_number", json!(volume.number)),
                ("storage_pool_name", json!(resource.pool)),
                ("provider_kind", json!(pool.map(|p| p.provider.as_str()).unwrap_or("DISKLESS"))),
                ("device_path", json!(device_path)),
                ("allocated_size_kib", allocated),
                ("uuid", json!(volume.uuid)),
                (
                    "layer_data_list",
                    json!([{"type": "DRBD", "data": drbd}, {"type": "STORAGE", "data": storage}]),
                ),
            ];
            // The state is unknown, and so left out, while the satellite is not connected.
            if online {
                fields.push(("state", json!({"disk_state": disk_state})));
            }
            non_empty(fields)
        })
        .collect()
}

pub(super) fn resource_json(
    controller: &Controller,
    rd: &ResourceDefinition,
    resource: &Resource,
    now_ms: i64,
) -> Value {
    // The chosen pool is listed as the `StorPoolName` property, as the controller stores it.
    let mut props = resource.props.clone();
    props.insert("StorPoolName".into(), resource.pool.clone());
    let online = controller.nodes.get(&key(&resource.node_name)).is_some_and(Node::online);
    let connections: Map<String, Value> = rd
        .resources
        .values()
        .filter(|peer| peer.node_name != resource.node_name)
        .map(|peer| {
            let connected = online && controller.nodes.get(&key(&peer.node_name)).is_some_and(Node::online);
            let message = if connected { "Connected" } else { "Connecting" };
            (peer.node_name.clone(), json!({"connected": connected, "message": message}))
        })
        .collect();
    let drbd = non_empty(vec![
        ("node_id", json!(resource.node_id)),
        ("peer_slots", json!(7)),
        ("al_stripes", json!(1)),
        ("al_size", json!(32)),
        ("tcp_ports", json!([rd.port])),
        ("connections", Value::Object(connections)),
        ("may_promote", json!(online)),
    ]);
    let mut fields = vec![
        ("name", json!(rd.name)),
        ("node_name", json!(resource.node_name)),
        ("props", json!(props)),
        ("flags", resource_flags(resource)),
        ("uuid", json!(resource.uuid)),
        ("create_timestamp", json!(resource.created_ms)),
        (
            "layer_object",
            json!({"type": "DRBD", "drbd": drbd,
                   "children": [{"type": "STORAGE", "storage": {}}]}),
        ),
        ("volumes", volumes_json(controller, rd, resource, online, now_ms)),
    ];
    if online {
        fields.push(("state", json!({"in_use": false})));
    }
    non_empty(fields)
}

pub(super) fn kvs_json(store: &KeyValueStore) -> Value {
    non_empty(vec![("name", json!(store.name)), ("props", json!(store.props))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fields_are_left_out_but_nested_objects_and_numbers_stay() {
        let controller = Controller::seeded();
        let group = group_json(&controller.groups["dfltrscgrp"]);
        assert_eq!(group["select_filter"], json!({}));
        assert!(group.get("description").is_none() && group.get("props").is_none());

        let node = &controller.nodes["echo"];
        let diskless = pool_json(&controller, node, &node.pools["dfltdisklessstorpool"]);
        assert_eq!(diskless["free_capacity"], i64::MAX);
        assert_eq!(diskless["free_space_mgr_name"], "echo;DfltDisklessStorPool");
        assert_eq!(diskless["supports_snapshots"], false);
        assert!(diskless.get("props").is_none());
    }
}
