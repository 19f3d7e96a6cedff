//! The network service's JSON view of each record.

use std::time::Duration;

use chrono::Utc;
use serde_json::{Value, json};

use crate::sandbox::Docs;
use crate::sandbox::cyclades::model::{
    Delays, FloatingIpDoc, NetworkDoc, PortDoc, SubnetDoc, server_status, timestamp,
};

pub(super) fn network_view(network: &NetworkDoc) -> Value {
    json!({
        "id": network.id,
        "name": network.name,
        "user_id": network.user_id,
        "tenant_id": network.project,
        "shared_to_project": false,
        "type": network.network_type,
        "created": timestamp(network.created),
        "updated": timestamp(network.updated),
        "status": "ACTIVE",
        "public": network.public,
        "shared": network.public,
        "router:external": network.public,
        "admin_state_up": true,
        "subnets": network.subnets,
        "SNF:floating_ip_pool": network.floating_ip_pool,
        "deleted": false,
    })
}

pub(super) fn subnet_view(subnet: &SubnetDoc) -> Value {
    json!({
        "id": subnet.id,
        "network_id": subnet.network_id,
        "name": subnet.name,
        "tenant_id": subnet.project,
        "user_id": subnet.user_id,
        "public": subnet.public,
        "gateway_ip": subnet.gateway_ip,
        "ip_version": 4,
        "cidr": subnet.cidr,
        "enable_dhcp": subnet.enable_dhcp,
        "dns_nameservers": [],
        "host_routes": [],
        "allocation_pools": subnet.allocation_pools.iter().map(|pool| json!({"start": pool.start, "end": pool.end})).collect::<Vec<_>>(),
        "deleted": false,
    })
}

/// A port is BUILD while its server builds or while it is being plugged, ACTIVE once
/// plugged (which takes `plug_delay`), DOWN when not plugged into any server.
fn port_status(docs: &Docs<'_>, port: &PortDoc, plug_delay: Duration) -> &'static str {
    let Some(device) = &port.device_id else { return "DOWN" };
    let plugged_at = port.created + chrono::Duration::from_std(plug_delay).unwrap_or_default();
    match server_status(docs, device).as_deref() {
        Some("BUILD") => "BUILD",
        Some("ERROR") => "ERROR",
        _ if Utc::now() < plugged_at => "BUILD",
        _ => "ACTIVE",
    }
}

pub(super) fn port_view(docs: &Docs<'_>, port: &PortDoc, delays: Delays) -> Value {
    json!({
        "id": port.id,
        "name": port.name,
        "user_id": port.user_id,
        "tenant_id": port.project,
        "device_id": port.device_id,
        "admin_state_up": true,
        "mac_address": port.mac_address,
        "status": port_status(docs, port, delays.action),
        "device_owner": if port.device_id.is_some() { "vm" } else { "" },
        "network_id": port.network_id,
        "created": timestamp(port.created),
        "updated": timestamp(port.updated),
        "fixed_ips": port.fixed_ips.iter().map(|ip| json!({"ip_address": ip.ip_address, "subnet": ip.subnet})).collect::<Vec<_>>(),
        "security_groups": [],
    })
}

pub(super) fn floating_ip_view(ip: &FloatingIpDoc) -> Value {
    json!({
        "id": ip.id,
        "floating_ip_address": ip.address,
        "floating_network_id": ip.network_id,
        "fixed_ip_address": null,
        "port_id": ip.port_id,
        "instance_id": ip.instance_id,
        "user_id": ip.user_id,
        "tenant_id": ip.project,
        "shared_to_project": false,
        "deleted": false,
    })
}
