//! Subnets: one IPv4 subnet per private network, its gateway and allocation pools checked
//! against its CIDR.

use std::net::Ipv4Addr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::views::subnet_view;
use super::{NameUpdate, owned_network};
use crate::sandbox::cyclades::http::{json_response, parse_address, parse_wrapped};
use crate::sandbox::cyclades::ipam::Ipv4Cidr;
use crate::sandbox::cyclades::model::{
    AllocationPool, NETWORK, SUBNET, SubnetDoc, by_numeric_id, load_subnet,
};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) async fn list_subnets(
    State(state): State<Arc<SandboxState>>,
    user: User,
) -> Result<Response, Fault> {
    let subnets = state.store.list::<SubnetDoc>(SUBNET)?;
    let visible: Vec<Value> = by_numeric_id(subnets, |subnet| &subnet.id)
        .iter()
        .filter(|subnet| subnet.public || subnet.user_id.as_deref() == Some(user.uuid.as_str()))
        .map(subnet_view)
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "subnets": visible })))
}

pub(super) async fn show_subnet(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let subnet = state.store.transaction(|docs| load_subnet(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "subnet": subnet_view(&subnet) })))
}

#[derive(Deserialize)]
struct SubnetCreate {
    network_id: String,
    cidr: String,
    ip_version: Option<u8>,
    name: Option<String>,
    /// Absent: the first host; `null`: no gateway.
    #[serde(default, deserialize_with = "present_or_null")]
    gateway_ip: Option<Option<String>>,
    enable_dhcp: Option<bool>,
    allocation_pools: Option<Vec<AllocationPool>>,
}

fn present_or_null<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// The allocation pools of a new subnet: the requested ones, checked, or every host
/// address but the gateway.
fn allocation_pools(
    cidr: Ipv4Cidr,
    gateway: Option<Ipv4Addr>,
    requested: Option<Vec<AllocationPool>>,
) -> Result<Vec<AllocationPool>, Fault> {
    match requested {
        Some(pools) if !pools.is_empty() => {
            for pool in &pools {
                let start = parse_address(&pool.start, "allocation pool start")?;
                let end = parse_address(&pool.end, "allocation pool end")?;
                if !cidr.contains(start) || !cidr.contains(end) || u32::from(start) > u32::from(end) {
                    return Err(Fault::bad_request(format!(
                        "Allocation pool {start}-{end} is not a range inside {cidr}"
                    )));
                }
                if gateway.is_some_and(|gw| (u32::from(start)..=u32::from(end)).contains(&u32::from(gw))) {
                    return Err(Fault::bad_request(format!(
                        "Allocation pool {start}-{end} contains the gateway"
                    )));
                }
            }
            Ok(pools)
        }
        _ => {
            let first = match gateway {
                Some(gw) if gw == cidr.first_host() => Ipv4Addr::from(u32::from(gw) + 1),
                _ => cidr.first_host(),
            };
            Ok(vec![AllocationPool { start: first.to_string(), end: cidr.last_host().to_string() }])
        }
    }
}

pub(super) async fn create_subnet(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: SubnetCreate = parse_wrapped(&body, "subnet")?;
    if request.ip_version.unwrap_or(4) != 4 {
        return Err(Fault::bad_request("The sandbox supports IPv4 subnets only (ip_version 4)"));
    }
    let cidr =
        Ipv4Cidr::parse(&request.cidr).map_err(|err| Fault::bad_request(format!("Invalid CIDR: {err}")))?;
    let gateway = match &request.gateway_ip {
        None => Some(cidr.first_host()),
        Some(None) => None,
        Some(Some(text)) => {
            let gateway = parse_address(text, "gateway_ip")?;
            if !cidr.contains(gateway) {
                return Err(Fault::bad_request(format!("Gateway {gateway} is not inside {cidr}")));
            }
            Some(gateway)
        }
    };
    let pools = allocation_pools(cidr, gateway, request.allocation_pools.clone())?;
    let subnet = state.store.transaction(|docs| {
        let mut network = owned_network(docs, &user.uuid, &request.network_id)?;
        if !network.subnets.is_empty() {
            return Err(Fault::bad_request(format!("Network {} already has an IPv4 subnet", network.id)));
        }
        let id = docs.next_id(SUBNET)?.to_string();
        let subnet = SubnetDoc {
            id: id.clone(),
            network_id: network.id.clone(),
            name: request.name.clone().unwrap_or_default(),
            cidr: cidr.to_string(),
            gateway_ip: gateway.map(|gw| gw.to_string()),
            enable_dhcp: request.enable_dhcp.unwrap_or(true),
            allocation_pools: pools.clone(),
            user_id: Some(user.uuid.clone()),
            project: network.project.clone(),
            public: false,
        };
        network.subnets.push(id.clone());
        network.updated = Utc::now();
        docs.put(SUBNET, &id, &subnet)?;
        docs.put(NETWORK, &network.id, &network)?;
        Ok(subnet)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "subnet": subnet_view(&subnet) })))
}

pub(super) async fn rename_subnet(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let update: NameUpdate = parse_wrapped(&body, "subnet")?;
    let subnet = state.store.transaction(|docs| {
        let mut subnet = load_subnet(docs, &user.uuid, &id)?;
        if subnet.public {
            return Err(Fault::forbidden(format!("Subnet {id} is public and cannot be modified")));
        }
        subnet.name = update.name.clone();
        docs.put(SUBNET, &id, &subnet)?;
        Ok(subnet)
    })?;
    Ok(json_response(StatusCode::OK, json!({ "subnet": subnet_view(&subnet) })))
}

pub(super) async fn delete_subnet(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| load_subnet(docs, &user.uuid, &id))?;
    Err(Fault::bad_request("Deletion of a subnet is not supported"))
}
