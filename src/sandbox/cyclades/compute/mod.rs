//! The Cyclades compute service (`/compute/v2.0`): servers, flavors, the compute view of
//! images, and key pairs.
//!
//! A server is BUILD for the build delay after creation, then ACTIVE (or ERROR when its
//! metadata asks for `sandbox:fail=build`). Actions start short transitions (REBOOT, the
//! STOPPING and STARTING tasks, DESTROYING) derived from timestamps when read. Servers
//! charge `cyclades.vm`, `total_cpu`, `total_ram` and `disk` while they exist, and
//! `cyclades.cpu` and `cyclades.ram` while they are powered on.
//!
//! What lives where: this module the routes and the handlers of servers, flavors and
//! images; `metadata`, `attachments` (volumes plugged into a server) and `keypairs` the
//! other handlers; `views` the JSON of servers, flavors, images and attachments. What a
//! server's life does to other records is in `ops::compute`.

mod attachments;
mod keypairs;
mod metadata;
mod views;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use self::attachments::{attach_volume, detach_volume, list_attachments, show_attachment};
use self::keypairs::{create_keypair, delete_keypair, list_keypairs, show_keypair};
use self::metadata::{
    delete_metadata_item, list_metadata, put_metadata_item, show_metadata_item, update_metadata,
};
use self::views::{flavor_view, image_view, links, server_view};
use super::http::{id_text, json_response, parse_wrapped};
use super::model::{
    Delays, FLAVORS, KEYPAIR, KeypairDoc, SERVER, find_flavor, find_image, keypair_id, load_server,
    visible_images, visible_servers,
};
use super::ops;
use super::ops::compute::{NetworkRequest, NewServer, random_password};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/compute/v2.0/servers", get(list_servers).post(create_server))
        .route("/compute/v2.0/servers/detail", get(list_servers_detail))
        .route("/compute/v2.0/servers/{id}", get(show_server).put(rename_server).delete(delete_server))
        .route("/compute/v2.0/servers/{id}/action", post(server_action))
        .route("/compute/v2.0/servers/{id}/ips", get(server_ips))
        .route("/compute/v2.0/servers/{id}/stats", get(server_stats))
        .route("/stats/v1.0/{graph}/{id}", get(stats_graph))
        .route("/compute/v2.0/servers/{id}/metadata", get(list_metadata).post(update_metadata))
        .route(
            "/compute/v2.0/servers/{id}/metadata/{key}",
            get(show_metadata_item).put(put_metadata_item).delete(delete_metadata_item),
        )
        .route("/compute/v2.0/servers/{id}/os-volume_attachments", get(list_attachments).post(attach_volume))
        .route(
            "/compute/v2.0/servers/{id}/os-volume_attachments/{volume}",
            get(show_attachment).delete(detach_volume),
        )
        .route("/compute/v2.0/flavors", get(list_flavors))
        .route("/compute/v2.0/flavors/detail", get(list_flavors_detail))
        .route("/compute/v2.0/flavors/{id}", get(show_flavor))
        .route("/compute/v2.0/images", get(list_images))
        .route("/compute/v2.0/images/detail", get(list_images_detail))
        .route("/compute/v2.0/images/{id}", get(show_image))
        .route("/compute/v2.0/os-keypairs", get(list_keypairs).post(create_keypair))
        .route("/compute/v2.0/os-keypairs/{name}", get(show_keypair).delete(delete_keypair))
        .with_state(state)
}

// ---------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------

async fn list_servers(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let servers = state.store.transaction(|docs| visible_servers(docs, &user.uuid))?;
    let items: Vec<Value> =
        servers
            .iter()
            .map(|server| json!({"id": server.id, "name": server.name, "links": links(&state.base_url, "servers", &server.id)}))
            .collect();
    Ok(json_response(StatusCode::OK, json!({ "servers": items })))
}

async fn list_servers_detail(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let items = state.store.transaction(|docs| {
        visible_servers(docs, &user.uuid)?
            .iter()
            .map(|server| server_view(docs, &state.base_url, server))
            .collect::<Result<Vec<_>, _>>()
    })?;
    Ok(json_response(StatusCode::OK, json!({ "servers": items })))
}

async fn show_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let view = state
        .store
        .transaction(|docs| server_view(docs, &state.base_url, &load_server(docs, &user.uuid, &id)?))?;
    Ok(json_response(StatusCode::OK, json!({ "server": view })))
}

#[derive(Deserialize)]
struct ServerCreate {
    name: String,
    #[serde(rename = "flavorRef")]
    flavor_ref: Value,
    #[serde(rename = "imageRef")]
    image_ref: String,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    #[serde(default)]
    personality: Vec<Personality>,
    networks: Option<Vec<NetworkRequest>>,
    key_name: Option<String>,
    project: Option<String>,
}

#[derive(Deserialize)]
struct Personality {
    path: String,
    contents: String,
}

async fn create_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let delays = Delays::of(&state);
    let request: ServerCreate = parse_wrapped(&body, "server")?;
    if request.name.trim().is_empty() {
        return Err(Fault::bad_request("Server name must not be empty"));
    }
    let flavor_id = id_text(&request.flavor_ref)
        .and_then(|text| text.parse::<u64>().ok())
        .ok_or_else(|| Fault::bad_request(format!("Invalid flavorRef {}", request.flavor_ref)))?;
    let flavor =
        find_flavor(flavor_id).ok_or_else(|| Fault::not_found(format!("Flavor {flavor_id} not found")))?;
    for file in &request.personality {
        base64::engine::general_purpose::STANDARD.decode(&file.contents).map_err(|_| {
            Fault::bad_request(format!("Personality contents for {} are not valid base64", file.path))
        })?;
    }
    let project = request.project.clone().unwrap_or_else(|| user.uuid.clone());
    let view = state.store.transaction(|docs| {
        find_image(docs, &user.uuid, &request.image_ref)?;
        if let Some(key) = &request.key_name
            && docs.get::<KeypairDoc>(KEYPAIR, &keypair_id(&user.uuid, key))?.is_none()
        {
            return Err(Fault::bad_request(format!("Keypair {key} does not exist")));
        }
        let new = NewServer {
            name: &request.name,
            project: &project,
            flavor,
            image_id: &request.image_ref,
            metadata: &request.metadata,
            key_name: request.key_name.as_deref(),
            networks: request.networks.as_deref(),
        };
        let server = ops::compute::create_server(docs, &user.uuid, &new, delays)?;
        server_view(docs, &state.base_url, &server)
    })?;
    let mut view = view;
    view["adminPass"] = json!(random_password());
    Ok(json_response(StatusCode::ACCEPTED, json!({ "server": view })))
}

async fn rename_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    #[derive(Deserialize)]
    struct Rename {
        name: String,
    }
    let rename: Rename = parse_wrapped(&body, "server")?;
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.name = rename.name.clone();
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn delete_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let delay = Delays::of(&state).action;
    state.store.transaction(|docs| ops::compute::delete_server(docs, &user.uuid, &id, delay))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn server_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let action: Map<String, Value> = serde_json::from_slice(&body)
        .map_err(|err| Fault::bad_request(format!("Invalid JSON data: {err}")))?;
    let (name, args) = match action.iter().next() {
        Some((name, args)) if action.len() == 1 => (name.clone(), args.clone()),
        _ => return Err(Fault::bad_request("An action body holds exactly one action")),
    };
    let delay = Delays::of(&state).action;
    let response = state
        .store
        .transaction(|docs| ops::compute::run_action(docs, &user.uuid, &id, &name, &args, delay))?;
    Ok(match response {
        Some(Value::Null) => StatusCode::OK.into_response(),
        Some(body) => json_response(StatusCode::OK, body),
        None => StatusCode::ACCEPTED.into_response(),
    })
}

async fn server_ips(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let view = state
        .store
        .transaction(|docs| server_view(docs, &state.base_url, &load_server(docs, &user.uuid, &id)?))?;
    Ok(json_response(
        StatusCode::OK,
        json!({"addresses": view["addresses"], "attachments": view["attachments"]}),
    ))
}

/// The graphs the stats service draws for a server, by the name of their URL segment.
const STATS_GRAPHS: [(&str, &str); 4] =
    [("cpuBar", "cpu-bar"), ("cpuTimeSeries", "cpu-ts"), ("netBar", "net-bar"), ("netTimeSeries", "net-ts")];

async fn server_stats(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    let mut stats = Map::new();
    stats.insert("serverRef".into(), json!(server.id));
    stats.insert("refresh".into(), json!(60));
    for (field, graph) in STATS_GRAPHS {
        stats.insert(field.into(), json!(format!("{}/stats/v1.0/{graph}/{}", state.base_url, server.id)));
    }
    Ok(json_response(StatusCode::OK, json!({ "stats": stats })))
}

/// A small SVG bar or sparkline standing in for the stats service's graphs: load derived
/// from the server id and the minute, so it changes over time like a real one.
async fn stats_graph(Path((graph, id)): Path<(String, u64)>) -> Result<Response, Fault> {
    if !STATS_GRAPHS.iter().any(|(_, name)| *name == graph) {
        return Err(Fault::not_found(format!("No graph named {graph}")));
    }
    let minute = u64::try_from(Utc::now().timestamp() / 60).unwrap_or_default();
    let load = |step: u64| (id.wrapping_mul(37).wrapping_add((minute + step).wrapping_mul(11))) % 100;
    let shapes = if graph.ends_with("-bar") {
        format!(r##"<rect x="0" y="0" width="{}" height="20" fill="#4a90d9"/>"##, load(0))
    } else {
        let points: Vec<String> =
            (0..10).map(|step| format!("{},{}", step * 11, 20 - load(step) / 5)).collect();
        format!(r##"<polyline points="{}" fill="none" stroke="#4a90d9"/>"##, points.join(" "))
    };
    let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20">{shapes}</svg>"#);
    Ok(([(axum::http::header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

// ---------------------------------------------------------------------------------------
// Flavors and images
// ---------------------------------------------------------------------------------------

async fn list_flavors(State(state): State<Arc<SandboxState>>, _: User) -> Result<Response, Fault> {
    let items: Vec<Value> =
        FLAVORS
            .iter()
            .map(|flavor| json!({"id": flavor.id, "name": flavor.name(), "links": links(&state.base_url, "flavors", &flavor.id)}))
            .collect();
    Ok(json_response(StatusCode::OK, json!({ "flavors": items })))
}

async fn list_flavors_detail(State(state): State<Arc<SandboxState>>, _: User) -> Result<Response, Fault> {
    let items: Vec<Value> = FLAVORS.iter().map(|flavor| flavor_view(&state.base_url, flavor)).collect();
    Ok(json_response(StatusCode::OK, json!({ "flavors": items })))
}

async fn show_flavor(
    State(state): State<Arc<SandboxState>>,
    _: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let flavor = id
        .parse()
        .ok()
        .and_then(find_flavor)
        .ok_or_else(|| Fault::not_found(format!("Flavor {id} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "flavor": flavor_view(&state.base_url, flavor) })))
}

async fn list_images(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let images = state.store.transaction(|docs| visible_images(docs, &user.uuid))?;
    let items: Vec<Value> = images
        .iter()
        .map(|image| json!({"id": image.id, "name": image.name, "links": links(&state.base_url, "images", &image.id)}))
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "images": items })))
}

async fn list_images_detail(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let images = state.store.transaction(|docs| visible_images(docs, &user.uuid))?;
    let items: Vec<Value> = images.iter().map(|image| image_view(&state.base_url, image)).collect();
    Ok(json_response(StatusCode::OK, json!({ "images": items })))
}

async fn show_image(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let image = state.store.transaction(|docs| find_image(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "image": image_view(&state.base_url, &image) })))
}
