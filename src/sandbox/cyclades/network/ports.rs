//! Ports, which plug a server into a network, and floating IPs, the public addresses a
//! port on the public network carries.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::NameUpdate;
use super::views::{floating_ip_view, port_view};
use crate::sandbox::cyclades::http::{json_response, parse_address, parse_wrapped, reassign_project};
use crate::sandbox::cyclades::model::{
    Delays, FLOATING_IP, FloatingIpDoc, PORT, PortDoc, by_numeric_id, load_floating_ip, load_port,
};
use crate::sandbox::cyclades::ops::compute::server_accepting_port;
use crate::sandbox::cyclades::ops::move_usage;
use crate::sandbox::cyclades::ops::network::{
    PortRequest, create_port, delete_port, release_floating_ip, reserve_floating_ip,
};
use crate::sandbox::{Fault, SandboxState, User};

// ---------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------

pub(super) async fn list_ports(
    State(state): State<Arc<SandboxState>>,
    user: User,
) -> Result<Response, Fault> {
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

pub(super) async fn show_port(
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

pub(super) async fn create_port_handler(
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
            Some(device) => server_accepting_port(docs, &user.uuid, device)?,
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

pub(super) async fn rename_port(
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

pub(super) async fn delete_port_handler(
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

pub(super) async fn list_floating_ips(
    State(state): State<Arc<SandboxState>>,
    user: User,
) -> Result<Response, Fault> {
    let ips = state.store.list::<FloatingIpDoc>(FLOATING_IP)?;
    let visible: Vec<Value> = by_numeric_id(ips, |ip| &ip.id)
        .iter()
        .filter(|ip| ip.user_id == user.uuid)
        .map(floating_ip_view)
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "floatingips": visible })))
}

pub(super) async fn show_floating_ip(
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

pub(super) async fn create_floating_ip_handler(
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

pub(super) async fn delete_floating_ip(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| release_floating_ip(docs, &load_floating_ip(docs, &user.uuid, &id)?))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub(super) async fn floating_ip_action(
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
