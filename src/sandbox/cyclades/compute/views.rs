//! The compute API's JSON views: servers (with their ports and volumes), flavors, images
//! as Plankton records them, and volume attachments.

use serde_json::{Map, Value, json};

use crate::sandbox::cyclades::model::{
    Flavor, ServerDoc, VolumeDoc, is_public_network, running, server_ports, server_volumes, timestamp,
};
use crate::sandbox::plankton::ImageRecord;
use crate::sandbox::{Docs, Fault};

/// The `self` and `bookmark` links of a compute object, as OpenStack gives them.
pub(super) fn links(base: &str, collection: &str, id: &dyn std::fmt::Display) -> Value {
    let href = format!("{base}/compute/v2.0/{collection}/{id}");
    json!([{"rel": "self", "href": href}, {"rel": "bookmark", "href": href}])
}

pub(super) fn server_view(docs: &Docs<'_>, base: &str, server: &ServerDoc) -> Result<Value, Fault> {
    let status = server.status_now();
    let transition = running(&server.transition);
    let progress = match transition {
        Some(transition) if transition.status == "BUILD" => transition.progress(),
        _ => 100,
    };
    let mut attachments = Vec::new();
    let mut addresses = Map::new();
    for port in server_ports(docs, &server.doc_id())? {
        let ip_type = if is_public_network(docs, &port.network_id) { "floating" } else { "fixed" };
        let ipv4 = port.fixed_ips.first().map(|ip| ip.ip_address.clone()).unwrap_or_default();
        attachments.push(json!({
            "id": port.id,
            "network_id": port.network_id,
            "mac_address": port.mac_address,
            "ipv4": ipv4,
            "ipv6": "",
            "firewallProfile": "DISABLED",
            "OS-EXT-IPS:type": ip_type,
        }));
        let entry = addresses.entry(port.network_id.clone()).or_insert_with(|| json!([]));
        if let (Value::Array(list), false) = (entry, ipv4.is_empty()) {
            list.push(json!({"version": 4, "addr": ipv4, "OS-EXT-IPS:type": ip_type}));
        }
    }
    let volumes: Vec<String> =
        server_volumes(docs, &server.doc_id())?.into_iter().map(|volume| volume.id).collect();
    Ok(json!({
        "id": server.id,
        "name": server.name,
        "links": links(base, "servers", &server.id),
        "user_id": server.user_id,
        "tenant_id": server.project,
        "shared_to_project": false,
        "status": status,
        "SNF:task_state": transition.map(|transition| transition.task.clone()).unwrap_or_default(),
        "progress": progress,
        "suspended": false,
        "deleted": status == "DELETED",
        "SNF:rescue": false,
        "hostId": "",
        "created": timestamp(server.created),
        "updated": timestamp(server.updated),
        "flavor": {"id": server.flavor_id},
        "image": {"id": server.image_id},
        "metadata": server.metadata,
        "tags": [],
        "attachments": attachments,
        "addresses": addresses,
        "SNF:fqdn": format!("snf-{}.sandbox.local", server.id),
        "SNF:port_forwarding": {},
        "volumes": volumes,
        "diagnostics": [],
        "security_groups": [{"name": "default"}],
        "key_name": server.key_name,
        "SNF:key_names": server.key_name.iter().collect::<Vec<_>>(),
        "config_drive": "",
        "accessIPv4": "",
        "accessIPv6": "",
    }))
}

pub(super) fn flavor_view(base: &str, flavor: &Flavor) -> Value {
    json!({
        "id": flavor.id,
        "name": flavor.name(),
        "links": links(base, "flavors", &flavor.id),
        "ram": flavor.ram_mib,
        "disk": flavor.disk_gib,
        "vcpus": flavor.vcpus,
        "SNF:disk_template": flavor.disk_template,
        "os-flavor-access:is_public": true,
        "SNF:flavor-access": [],
    })
}

/// Plankton's `%Y-%m-%d %H:%M:%S` (UTC) as the compute API's ISO 8601.
fn iso_from_plankton(text: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
        .map(|time| timestamp(time.and_utc()))
        .unwrap_or_else(|_| text.to_string())
}

/// The compute API's view of a Plankton image.
pub(super) fn image_view(base: &str, image: &ImageRecord) -> Value {
    // Plankton reports `AVAILABLE`, Glance `active`: compare without case.
    let status = match image.status.to_ascii_lowercase().as_str() {
        "available" | "active" => "ACTIVE",
        "saving" | "queued" => "SAVING",
        "deleted" => "DELETED",
        "killed" => "ERROR",
        _ => "UNKNOWN",
    };
    json!({
        "id": image.id,
        "name": image.name,
        "links": links(base, "images", &image.id),
        "status": status,
        "created": iso_from_plankton(&image.created_at),
        "updated": iso_from_plankton(&image.updated_at),
        "progress": if status == "ACTIVE" { 100 } else { 0 },
        "user_id": image.owner,
        "tenant_id": image.owner,
        "public": image.is_public,
        "metadata": image.properties,
        "is_snapshot": image.properties.get("is_snapshot").is_some_and(|value| value == "true"),
    })
}

/// The compute API's view of a plugged volume.
pub(super) fn attachment_view(volume: &VolumeDoc) -> Value {
    json!({
        "id": volume.id,
        "volumeId": volume.id,
        "serverId": volume.server_id,
        "device": "",
    })
}
