//! The Cyclades network service (`/network/v2.0`): networks, subnets, ports and floating IPs.
//!
//! The sandbox seeds one public network with a subnet whose allocation pool is the pool of
//! floating IPs. Private networks allocate addresses from their own subnet. Ports connect a
//! network to a server; a port on the public network always carries a floating IP.

mod ipam;

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use self::ipam::{Ipv4Cidr, first_free, mac_for_port};
use super::cyclades::{
    Delays, by_numeric_id, charge, json_response, move_usage, parse_wrapped, reassign_project, timestamp,
};
use super::{Docs, Fault, SandboxState, User, compute};

pub(super) const NETWORK: &str = "cyclades.network";
pub(super) const SUBNET: &str = "cyclades.subnet";
pub(super) const PORT: &str = "cyclades.port";
pub(super) const FLOATING_IP: &str = "cyclades.floatingip";

/// Network types a user may create (Synnefo's default `API_ENABLED_NETWORK_FLAVORS`).
const ENABLED_TYPES: &[&str] = &["MAC_FILTERED"];
/// Every network type Synnefo knows.
const KNOWN_TYPES: &[&str] = &["MAC_FILTERED", "CUSTOM", "IP_LESS_ROUTED", "PHYSICAL_VLAN"];

const PUBLIC_CIDR: &str = "203.0.113.0/24";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct NetworkDoc {
    pub id: String,
    pub name: String,
    /// `None` for the public network, which belongs to nobody.
    pub user_id: Option<String>,
    pub project: Option<String>,
    pub network_type: String,
    pub public: bool,
    pub floating_ip_pool: bool,
    pub subnets: Vec<String>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct SubnetDoc {
    pub id: String,
    pub network_id: String,
    pub name: String,
    pub cidr: String,
    pub gateway_ip: Option<String>,
    pub enable_dhcp: bool,
    pub allocation_pools: Vec<AllocationPool>,
    pub user_id: Option<String>,
    pub project: Option<String>,
    pub public: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct AllocationPool {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct PortDoc {
    pub id: String,
    pub network_id: String,
    pub device_id: Option<String>,
    pub name: String,
    pub mac_address: String,
    pub fixed_ips: Vec<FixedIp>,
    pub user_id: String,
    pub project: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct FixedIp {
    pub ip_address: String,
    pub subnet: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct FloatingIpDoc {
    pub id: String,
    pub address: String,
    pub network_id: String,
    pub port_id: Option<String>,
    pub instance_id: Option<String>,
    pub user_id: String,
    pub project: String,
    /// Allocated by a server's default networking policy: released when its port goes.
    pub released_with_port: bool,
    pub created: DateTime<Utc>,
}

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/network/v2.0/networks", get(list_networks).post(create_network))
        .route("/network/v2.0/networks/detail", get(list_networks))
        .route("/network/v2.0/networks/{id}", get(show_network).put(rename_network).delete(delete_network))
        .route("/network/v2.0/networks/{id}/action", post(network_action))
        .route("/network/v2.0/subnets", get(list_subnets).post(create_subnet))
        .route("/network/v2.0/subnets/{id}", get(show_subnet).put(rename_subnet).delete(delete_subnet))
        .route("/network/v2.0/ports", get(list_ports).post(create_port_handler))
        .route("/network/v2.0/ports/detail", get(list_ports))
        .route("/network/v2.0/ports/{id}", get(show_port).put(rename_port).delete(delete_port_handler))
        .route("/network/v2.0/floatingips", get(list_floating_ips).post(create_floating_ip_handler))
        .route("/network/v2.0/floatingips/{id}", get(show_floating_ip).delete(delete_floating_ip))
        .route("/network/v2.0/floatingips/{id}/action", post(floating_ip_action))
        .with_state(state)
}

/// Creates the public network and its subnet once per store.
pub fn seed(state: &SandboxState) -> Result<(), Fault> {
    state.store.transaction(seed_public_network)
}

fn seed_public_network(docs: &Docs<'_>) -> Result<(), Fault> {
    if docs.list::<NetworkDoc>(NETWORK)?.iter().any(|network| network.public) {
        return Ok(());
    }
    let cidr = Ipv4Cidr::parse(PUBLIC_CIDR).map_err(|err| Fault::new(500, "internalServerError", err))?;
    let network_id = docs.next_id(NETWORK)?.to_string();
    let subnet_id = docs.next_id(SUBNET)?.to_string();
    let now = Utc::now();
    let subnet = SubnetDoc {
        id: subnet_id.clone(),
        network_id: network_id.clone(),
        name: "public-subnet".to_string(),
        cidr: cidr.to_string(),
        gateway_ip: Some(cidr.first_host().to_string()),
        enable_dhcp: true,
        allocation_pools: vec![AllocationPool {
            start: Ipv4Addr::from(u32::from(cidr.first_host()) + 1).to_string(),
            end: cidr.last_host().to_string(),
        }],
        user_id: None,
        project: None,
        public: true,
    };
    let network = NetworkDoc {
        id: network_id.clone(),
        name: "public".to_string(),
        user_id: None,
        project: None,
        network_type: "IP_LESS_ROUTED".to_string(),
        public: true,
        floating_ip_pool: true,
        subnets: vec![subnet_id.clone()],
        created: now,
        updated: now,
    };
    docs.put(SUBNET, &subnet_id, &subnet)?;
    docs.put(NETWORK, &network_id, &network)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Lookups shared with the compute and volume services
// ---------------------------------------------------------------------------------------

pub(super) fn load_network(docs: &Docs<'_>, user: &str, id: &str) -> Result<NetworkDoc, Fault> {
    match docs.get::<NetworkDoc>(NETWORK, id)? {
        Some(network) if network.public || network.user_id.as_deref() == Some(user) => Ok(network),
        _ => Err(Fault::not_found(format!("Network {id} not found"))),
    }
}

fn load_subnet(docs: &Docs<'_>, user: &str, id: &str) -> Result<SubnetDoc, Fault> {
    match docs.get::<SubnetDoc>(SUBNET, id)? {
        Some(subnet) if subnet.public || subnet.user_id.as_deref() == Some(user) => Ok(subnet),
        _ => Err(Fault::not_found(format!("Subnet {id} not found"))),
    }
}

fn load_port(docs: &Docs<'_>, user: &str, id: &str) -> Result<PortDoc, Fault> {
    match docs.get::<PortDoc>(PORT, id)? {
        Some(port) if port.user_id == user => Ok(port),
        _ => Err(Fault::not_found(format!("Port {id} not found"))),
    }
}

fn load_floating_ip(docs: &Docs<'_>, user: &str, id: &str) -> Result<FloatingIpDoc, Fault> {
    match docs.get::<FloatingIpDoc>(FLOATING_IP, id)? {
        Some(ip) if ip.user_id == user => Ok(ip),
        _ => Err(Fault::not_found(format!("Floating IP {id} not found"))),
    }
}

/// The ports plugged into a server.
pub(super) fn server_ports(docs: &Docs<'_>, server_id: &str) -> Result<Vec<PortDoc>, Fault> {
    let ports = docs.list::<PortDoc>(PORT)?;
    let mut ports: Vec<PortDoc> =
        ports.into_iter().filter(|port| port.device_id.as_deref() == Some(server_id)).collect();
    ports.sort_by_key(|port| port.id.parse::<u64>().unwrap_or(u64::MAX));
    Ok(ports)
}

/// Whether the network of a port is public (so its address is a floating IP).
pub(super) fn is_public_network(docs: &Docs<'_>, network_id: &str) -> bool {
    matches!(docs.get::<NetworkDoc>(NETWORK, network_id), Ok(Some(network)) if network.public)
}

/// The public network that serves as the floating IP pool.
pub(super) fn public_pool_network(docs: &Docs<'_>) -> Result<NetworkDoc, Fault> {
    docs.list::<NetworkDoc>(NETWORK)?
        .into_iter()
        .find(|network| network.floating_ip_pool)
        .ok_or_else(|| Fault::conflict("No public network with a floating IP pool exists"))
}

// ---------------------------------------------------------------------------------------
// Address allocation
// ---------------------------------------------------------------------------------------

fn addresses_in_use(docs: &Docs<'_>, network_id: &str) -> Result<Vec<Ipv4Addr>, Fault> {
    let mut taken = Vec::new();
    for ip in docs.list::<FloatingIpDoc>(FLOATING_IP)? {
        if ip.network_id == network_id
            && let Ok(address) = ip.address.parse()
        {
            taken.push(address);
        }
    }
    for port in docs.list::<PortDoc>(PORT)? {
        if port.network_id == network_id {
            taken.extend(port.fixed_ips.iter().filter_map(|ip| ip.ip_address.parse::<Ipv4Addr>().ok()));
        }
    }
    Ok(taken)
}

fn pool_contains(subnet: &SubnetDoc, address: Ipv4Addr) -> bool {
    subnet.allocation_pools.iter().any(|pool| {
        match (pool.start.parse::<Ipv4Addr>(), pool.end.parse::<Ipv4Addr>()) {
            (Ok(start), Ok(end)) => (u32::from(start)..=u32::from(end)).contains(&u32::from(address)),
            _ => false,
        }
    })
}

/// Picks `wanted` if it is free and in a pool of the network's subnet, else the first free one.
fn allocate_address(
    docs: &Docs<'_>,
    network: &NetworkDoc,
    wanted: Option<Ipv4Addr>,
) -> Result<Option<FixedIp>, Fault> {
    let Some(subnet_id) = network.subnets.first() else {
        return match wanted {
            Some(address) => Err(Fault::bad_request(format!(
                "Network {} has no subnet to hold address {address}",
                network.id
            ))),
            None => Ok(None),
        };
    };
    let subnet = docs
        .get::<SubnetDoc>(SUBNET, subnet_id)?
        .ok_or_else(|| Fault::not_found(format!("Subnet {subnet_id} not found")))?;
    let taken = addresses_in_use(docs, &network.id)?;
    let address = match wanted {
        Some(address) => {
            if !pool_contains(&subnet, address) {
                return Err(Fault::bad_request(format!(
                    "IP address {address} is not in the allocation pools of subnet {} ({})",
                    subnet.id, subnet.cidr
                )));
            }
            if taken.contains(&address) {
                return Err(Fault::conflict(format!("IP address {address} is already in use")));
            }
            address
        }
        None => subnet
            .allocation_pools
            .iter()
            .filter_map(|pool| Some((pool.start.parse().ok()?, pool.end.parse().ok()?)))
            .find_map(|(start, end)| first_free(start, end, &taken))
            .ok_or_else(|| {
                Fault::conflict(format!("No more IP addresses available on network {}", network.id))
            })?,
    };
    Ok(Some(FixedIp { ip_address: address.to_string(), subnet: subnet.id }))
}

// ---------------------------------------------------------------------------------------
// Operations shared with the compute service (call with MUTATIONS held)
// ---------------------------------------------------------------------------------------

/// Reserves a floating IP from the public pool for `project`, charging `cyclades.floating_ip`.
pub(super) fn reserve_floating_ip(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    network_id: Option<&str>,
    wanted: Option<Ipv4Addr>,
    released_with_port: bool,
) -> Result<FloatingIpDoc, Fault> {
    let network = match network_id {
        Some(id) => {
            let network = load_network(docs, user, id)?;
            if !network.floating_ip_pool {
                return Err(Fault::bad_request(format!("Network {id} is not a floating IP pool")));
            }
            network
        }
        None => public_pool_network(docs)?,
    };
    let fixed = allocate_address(docs, &network, wanted)?
        .ok_or_else(|| Fault::conflict(format!("Network {} has no subnet to allocate from", network.id)))?;
    charge(docs, user, project, "cyclades.floating_ip", 1)?;
    let id = docs.next_id(FLOATING_IP)?.to_string();
    let ip = FloatingIpDoc {
        id: id.clone(),
        address: fixed.ip_address,
        network_id: network.id,
        port_id: None,
        instance_id: None,
        user_id: user.to_string(),
        project: project.to_string(),
        released_with_port,
        created: Utc::now(),
    };
    docs.put(FLOATING_IP, &id, &ip)?;
    Ok(ip)
}

/// What a new port asks for.
pub(super) struct PortRequest {
    pub network_id: String,
    pub device_id: Option<String>,
    pub name: String,
    pub address: Option<Ipv4Addr>,
    pub project: String,
}

/// Creates a port. On the public network the address must be one of the user's free
/// floating IPs; on a private network it is allocated from the subnet.
pub(super) fn create_port(docs: &Docs<'_>, user: &str, request: PortRequest) -> Result<PortDoc, Fault> {
    let network = load_network(docs, user, &request.network_id)?;
    let mut floating_ip = None;
    let fixed_ip = if network.public {
        let Some(address) = request.address else {
            return Err(Fault::bad_request(format!(
                "A port on public network {} needs a floating IP address (reserve one first)",
                network.id
            )));
        };
        let ips = docs.list::<FloatingIpDoc>(FLOATING_IP)?;
        let ip = ips
            .into_iter()
            .find(|ip| ip.user_id == user && ip.address == address.to_string() && ip.network_id == network.id)
            .ok_or_else(|| {
                Fault::bad_request(format!("{address} is not a floating IP reserved by this user"))
            })?;
        if let Some(port_id) = &ip.port_id {
            return Err(Fault::conflict(format!(
                "Floating IP {address} is already in use by port {port_id}"
            )));
        }
        let subnet = network.subnets.first().cloned().unwrap_or_default();
        floating_ip = Some(ip);
        Some(FixedIp { ip_address: address.to_string(), subnet })
    } else {
        allocate_address(docs, &network, request.address)?
    };
    let number = docs.next_id(PORT)?;
    let id = number.to_string();
    let now = Utc::now();
    let port = PortDoc {
        id: id.clone(),
        network_id: network.id,
        device_id: request.device_id.clone(),
        name: request.name,
        mac_address: mac_for_port(number),
        fixed_ips: fixed_ip.into_iter().collect(),
        user_id: user.to_string(),
        project: request.project,
        created: now,
        updated: now,
    };
    docs.put(PORT, &id, &port)?;
    if let Some(mut ip) = floating_ip {
        ip.port_id = Some(id);
        ip.instance_id = request.device_id;
        docs.put(FLOATING_IP, &ip.id.clone(), &ip)?;
    }
    Ok(port)
}

/// Deletes a port, freeing its floating IP (or releasing it when the server's default
/// policy allocated it).
pub(super) fn delete_port(docs: &Docs<'_>, port: &PortDoc) -> Result<(), Fault> {
    for mut ip in docs.list::<FloatingIpDoc>(FLOATING_IP)? {
        if ip.port_id.as_deref() != Some(port.id.as_str()) {
            continue;
        }
        if ip.released_with_port {
            docs.delete(FLOATING_IP, &ip.id)?;
            charge(docs, &ip.user_id, &ip.project, "cyclades.floating_ip", -1)?;
        } else {
            ip.port_id = None;
            ip.instance_id = None;
            docs.put(FLOATING_IP, &ip.id.clone(), &ip)?;
        }
    }
    docs.delete(PORT, &port.id)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------

fn network_view(network: &NetworkDoc) -> Value {
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

fn subnet_view(subnet: &SubnetDoc) -> Value {
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
    match compute::server_status(docs, device).as_deref() {
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

fn floating_ip_view(ip: &FloatingIpDoc) -> Value {
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

// ---------------------------------------------------------------------------------------
// Networks
// ---------------------------------------------------------------------------------------

async fn list_networks(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let networks = state.store.list::<NetworkDoc>(NETWORK)?;
    let visible: Vec<Value> = by_numeric_id(networks, |network| &network.id)
        .iter()
        .filter(|network| network.public || network.user_id.as_deref() == Some(user.uuid.as_str()))
        .map(network_view)
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "networks": visible })))
}

async fn show_network(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let network = state.store.transaction(|docs| load_network(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "network": network_view(&network) })))
}

#[derive(Deserialize)]
struct NetworkCreate {
    #[serde(rename = "type")]
    network_type: Option<String>,
    name: Option<String>,
    project: Option<String>,
}

async fn create_network(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: NetworkCreate = parse_wrapped(&body, "network")?;
    let network_type = request.network_type.ok_or_else(|| Fault::bad_request("Missing network type"))?;
    if !KNOWN_TYPES.contains(&network_type.as_str()) {
        return Err(Fault::bad_request(format!("Invalid network type: {network_type}")));
    }
    if !ENABLED_TYPES.contains(&network_type.as_str()) {
        return Err(Fault::forbidden(format!("Can not create network of type {network_type}")));
    }
    let project = request.project.unwrap_or_else(|| user.uuid.clone());
    let network = state.store.transaction(|docs| {
        charge(docs, &user.uuid, &project, "cyclades.network.private", 1)?;
        let id = docs.next_id(NETWORK)?.to_string();
        let now = Utc::now();
        let network = NetworkDoc {
            id: id.clone(),
            name: request.name.clone().unwrap_or_default(),
            user_id: Some(user.uuid.clone()),
            project: Some(project.clone()),
            network_type: network_type.clone(),
            public: false,
            floating_ip_pool: false,
            subnets: Vec::new(),
            created: now,
            updated: now,
        };
        docs.put(NETWORK, &id, &network)?;
        Ok(network)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "network": network_view(&network) })))
}

fn owned_network(docs: &Docs<'_>, user: &str, id: &str) -> Result<NetworkDoc, Fault> {
    let network = load_network(docs, user, id)?;
    if network.public {
        return Err(Fault::forbidden(format!("Network {id} is public and cannot be modified")));
    }
    Ok(network)
}

#[derive(Deserialize)]
struct NameUpdate {
    name: String,
}

async fn rename_network(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let update: NameUpdate = parse_wrapped(&body, "network")?;
    let network = state.store.transaction(|docs| {
        let mut network = owned_network(docs, &user.uuid, &id)?;
        network.name = update.name.clone();
        network.updated = Utc::now();
        docs.put(NETWORK, &id, &network)?;
        Ok(network)
    })?;
    Ok(json_response(StatusCode::OK, json!({ "network": network_view(&network) })))
}

async fn delete_network(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let network = owned_network(docs, &user.uuid, &id)?;
        let ports = docs.list::<PortDoc>(PORT)?;
        let in_use = ports.iter().filter(|port| port.network_id == id).count();
        if in_use > 0 {
            return Err(Fault::conflict(format!(
                "Network {id} is in use by {in_use} port(s); disconnect its servers first"
            )));
        }
        for subnet in &network.subnets {
            docs.delete(SUBNET, subnet)?;
        }
        docs.delete(NETWORK, &id)?;
        let project = network.project.unwrap_or_else(|| user.uuid.clone());
        charge(docs, &user.uuid, &project, "cyclades.network.private", -1)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn network_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let project = reassign_project(&body)?;
    state.store.transaction(|docs| {
        let mut network = owned_network(docs, &user.uuid, &id)?;
        let old = network.project.clone().unwrap_or_else(|| user.uuid.clone());
        move_usage(docs, &user.uuid, &old, &project, "cyclades.network.private", 1)?;
        network.project = Some(project.clone());
        network.updated = Utc::now();
        docs.put(NETWORK, &id, &network)
    })?;
    Ok(StatusCode::OK.into_response())
}

// ---------------------------------------------------------------------------------------
// Subnets
// ---------------------------------------------------------------------------------------

async fn list_subnets(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let subnets = state.store.list::<SubnetDoc>(SUBNET)?;
    let visible: Vec<Value> = by_numeric_id(subnets, |subnet| &subnet.id)
        .iter()
        .filter(|subnet| subnet.public || subnet.user_id.as_deref() == Some(user.uuid.as_str()))
        .map(subnet_view)
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "subnets": visible })))
}

async fn show_subnet(
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

fn parse_address(text: &str, what: &str) -> Result<Ipv4Addr, Fault> {
    text.parse().map_err(|_| Fault::bad_request(format!("Invalid {what}: {text} is not an IPv4 address")))
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

async fn create_subnet(
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

async fn rename_subnet(
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

async fn delete_subnet(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| load_subnet(docs, &user.uuid, &id))?;
    Err(Fault::bad_request("Deletion of a subnet is not supported"))
}

// ---------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------

async fn list_ports(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let visible = state.store.transaction(|docs| {
        let ports = by_numeric_id(docs.list::<PortDoc>(PORT)?, |port| &port.id);
        Ok(ports
            .iter()
            .filter(|port| port.user_id == user.uuid)
            .map(|port| port_view(docs, port, Delays::of(&state)))
            .collect::<Vec<_>>())
    })?;
    Ok(json_response(StatusCode::OK, json!({ "ports": visible })))
}

async fn show_port(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let view = state
        .store
        .transaction(|docs| Ok(port_view(docs, &load_port(docs, &user.uuid, &id)?, Delays::of(&state))))?;
    Ok(json_response(StatusCode::OK, json!({ "port": view })))
}

#[derive(Deserialize)]
struct PortCreate {
    network_id: String,
    device_id: Option<String>,
    name: Option<String>,
    #[serde(default)]
    fixed_ips: Vec<FixedIpRequest>,
}

#[derive(Deserialize)]
struct FixedIpRequest {
    ip_address: Option<String>,
}

async fn create_port_handler(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: PortCreate = parse_wrapped(&body, "port")?;
    if request.fixed_ips.len() > 1 {
        return Err(Fault::bad_request("A port can have at most one fixed IP"));
    }
    let address = match request.fixed_ips.first().and_then(|ip| ip.ip_address.as_deref()) {
        Some(text) => Some(parse_address(text, "ip_address")?),
        None => None,
    };
    let view = state.store.transaction(|docs| {
        let project = match &request.device_id {
            Some(device) => compute::server_accepting_port(docs, &user.uuid, device)?,
            None => user.uuid.clone(),
        };
        let port = create_port(
            docs,
            &user.uuid,
            PortRequest {
                network_id: request.network_id.clone(),
                device_id: request.device_id.clone(),
                name: request.name.clone().unwrap_or_default(),
                address,
                project,
            },
        )?;
        Ok(port_view(docs, &port, Delays::of(&state)))
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "port": view })))
}

async fn rename_port(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let update: NameUpdate = parse_wrapped(&body, "port")?;
    let view = state.store.transaction(|docs| {
        let mut port = load_port(docs, &user.uuid, &id)?;
        port.name = update.name.clone();
        port.updated = Utc::now();
        docs.put(PORT, &id, &port)?;
        Ok(port_view(docs, &port, Delays::of(&state)))
    })?;
    Ok(json_response(StatusCode::OK, json!({ "port": view })))
}

async fn delete_port_handler(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| delete_port(docs, &load_port(docs, &user.uuid, &id)?))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---------------------------------------------------------------------------------------
// Floating IPs
// ---------------------------------------------------------------------------------------

async fn list_floating_ips(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let ips = state.store.list::<FloatingIpDoc>(FLOATING_IP)?;
    let visible: Vec<Value> = by_numeric_id(ips, |ip| &ip.id)
        .iter()
        .filter(|ip| ip.user_id == user.uuid)
        .map(floating_ip_view)
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "floatingips": visible })))
}

async fn show_floating_ip(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let ip = state.store.transaction(|docs| load_floating_ip(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "floatingip": floating_ip_view(&ip) })))
}

#[derive(Deserialize)]
struct FloatingIpCreate {
    floating_network_id: Option<String>,
    floating_ip_address: Option<String>,
    project: Option<String>,
}

async fn create_floating_ip_handler(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: FloatingIpCreate = parse_wrapped(&body, "floatingip")?;
    let wanted = match &request.floating_ip_address {
        Some(text) => Some(parse_address(text, "floating_ip_address")?),
        None => None,
    };
    let project = request.project.clone().unwrap_or_else(|| user.uuid.clone());
    let ip = state.store.transaction(|docs| {
        reserve_floating_ip(docs, &user.uuid, &project, request.floating_network_id.as_deref(), wanted, false)
    })?;
    Ok(json_response(StatusCode::OK, json!({ "floatingip": floating_ip_view(&ip) })))
}

async fn delete_floating_ip(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let ip = load_floating_ip(docs, &user.uuid, &id)?;
        if let Some(port) = &ip.port_id {
            let server = ip.instance_id.as_deref().unwrap_or("-");
            return Err(Fault::conflict(format!(
                "Floating IP {} is attached to server {server} through port {port}; detach it first",
                ip.address
            )));
        }
        docs.delete(FLOATING_IP, &id)?;
        charge(docs, &user.uuid, &ip.project, "cyclades.floating_ip", -1)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn floating_ip_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let project = reassign_project(&body)?;
    state.store.transaction(|docs| {
        let mut ip = load_floating_ip(docs, &user.uuid, &id)?;
        move_usage(docs, &user.uuid, &ip.project, &project, "cyclades.floating_ip", 1)?;
        ip.project = project.clone();
        docs.put(FLOATING_IP, &id, &ip)
    })?;
    Ok(StatusCode::OK.into_response())
}
