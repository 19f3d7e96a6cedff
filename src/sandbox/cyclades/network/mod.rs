//! The Cyclades network service (`/network/v2.0`): networks, subnets, ports and floating IPs.
//!
//! The sandbox seeds one public network with a subnet whose allocation pool is the pool of
//! floating IPs. Private networks allocate addresses from their own subnet. Ports connect a
//! network to a server; a port on the public network always carries a floating IP.
//!
//! What lives where: this module the routes and the networks' handlers, `subnets` and
//! `ports` (ports and floating IPs) the other handlers, `views` the JSON of each record.

mod ports;
mod subnets;
mod views;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use self::ports::{
    create_floating_ip_handler, create_port_handler, delete_floating_ip, delete_port_handler,
    floating_ip_action, list_floating_ips, list_ports, rename_port, show_floating_ip, show_port,
};
use self::subnets::{create_subnet, delete_subnet, list_subnets, rename_subnet, show_subnet};
use self::views::network_view;
use super::http::{json_response, parse_wrapped, reassign_project};
use super::model::{NETWORK, NetworkDoc, PORT, PortDoc, SUBNET, by_numeric_id, load_network};
use super::ops::{charge, move_usage};
use crate::sandbox::{Docs, Fault, SandboxState, User};

/// Network types a user may create (Synnefo's default `API_ENABLED_NETWORK_FLAVORS`).
const ENABLED_TYPES: &[&str] = &["MAC_FILTERED"];

/// Every network type Synnefo knows.
const KNOWN_TYPES: &[&str] = &["MAC_FILTERED", "CUSTOM", "IP_LESS_ROUTED", "PHYSICAL_VLAN"];

pub(super) fn router(state: Arc<SandboxState>) -> Router {
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

pub(super) fn owned_network(docs: &Docs<'_>, user: &str, id: &str) -> Result<NetworkDoc, Fault> {
    let network = load_network(docs, user, id)?;
    if network.public {
        return Err(Fault::forbidden(format!("Network {id} is public and cannot be modified")));
    }
    Ok(network)
}

#[derive(Deserialize)]
pub(super) struct NameUpdate {
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
