//! The Cyclades block storage service (`/volume/v2.0`): volumes, volume types, snapshots.
//!
//! Every server has a root volume (device index 0) created with it. Other volumes can be
//! plugged into and unplugged from servers of the same owner, like a USB stick, when their
//! type is detachable. Statuses are lowercase, as the real service reports them.
//!
//! What lives where: this module the routes and the handlers of volumes and types,
//! `snapshots` the snapshots' handlers, `views` the JSON of each record. Plugging volumes
//! into servers is in `ops::volume`.

mod snapshots;
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
use std::collections::BTreeMap;

use self::snapshots::{create_snapshot, delete_snapshot, list_snapshots, show_snapshot, update_snapshot};
use self::views::{type_view, volume_view};
use super::http::{json_response, parse_wrapped, reassign_project};
use super::model::{
    Delays, Transition, VOLUME, VOLUME_TYPES, VolumeDoc, VolumeType, by_numeric_id, load_snapshot,
    load_volume, running, volume_type, volume_type_for_template,
};
use super::ops::compute::server_accepting_volume;
use super::ops::volume::next_device_index;
use super::ops::{charge, move_usage};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/volume/v2.0/volumes", get(list_volumes).post(create_volume))
        .route("/volume/v2.0/volumes/detail", get(list_volumes))
        .route("/volume/v2.0/volumes/{id}", get(show_volume).put(update_volume).delete(delete_volume))
        .route("/volume/v2.0/volumes/{id}/action", post(volume_action))
        .route("/volume/v2.0/types", get(list_types))
        .route("/volume/v2.0/types/{id}", get(show_type))
        .route("/volume/v2.0/snapshots", get(list_snapshots).post(create_snapshot))
        .route("/volume/v2.0/snapshots/detail", get(list_snapshots))
        .route("/volume/v2.0/snapshots/{id}", get(show_snapshot).put(update_snapshot).delete(delete_snapshot))
        .with_state(state)
}

async fn list_volumes(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let volumes = by_numeric_id(state.store.list::<VolumeDoc>(VOLUME)?, |volume| &volume.id);
    let visible: Vec<Value> =
        volumes.iter().filter(|volume| volume.user_id == user.uuid).map(volume_view).collect();
    Ok(json_response(StatusCode::OK, json!({ "volumes": visible })))
}

async fn show_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let volume = state.store.transaction(|docs| load_volume(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "volume": volume_view(&volume) })))
}

#[derive(Deserialize)]
struct VolumeCreate {
    size: Option<u64>,
    display_name: Option<String>,
    display_description: Option<String>,
    server_id: Option<String>,
    snapshot_id: Option<String>,
    #[serde(rename = "imageRef")]
    image_ref: Option<String>,
    volume_type: Option<Value>,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    project: Option<String>,
}

fn parse_type_id(value: &Value) -> Option<u64> {
    match value {
        Value::Number(number) => number.as_u64(),
        Value::String(text) => text.parse().ok(),
        _ => None,
    }
}

/// The type of a new volume: the requested one, else the server's disk template, else the
/// first detachable type.
fn choose_volume_type(
    requested: Option<&Value>,
    server_template: Option<&str>,
) -> Result<&'static VolumeType, Fault> {
    let chosen = match requested {
        Some(value) => {
            let id = parse_type_id(value)
                .ok_or_else(|| Fault::bad_request(format!("Invalid volume type {value}")))?;
            volume_type(id).ok_or_else(|| Fault::not_found(format!("Volume type {id} not found")))?
        }
        None => match server_template {
            Some(template) => volume_type_for_template(template)
                .ok_or_else(|| Fault::bad_request(format!("No volume type for disk template {template}")))?,
            None => VOLUME_TYPES
                .iter()
                .find(|volume_type| volume_type.detachable)
                .ok_or_else(|| Fault::bad_request("No detachable volume type exists"))?,
        },
    };
    if let Some(template) = server_template
        && template != chosen.disk_template
    {
        return Err(Fault::bad_request(format!(
            "Volume type {} does not match the disk template {template} of the server",
            chosen.name
        )));
    }
    Ok(chosen)
}

async fn create_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: VolumeCreate = parse_wrapped(&body, "volume")?;
    let name = request
        .display_name
        .clone()
        .ok_or_else(|| Fault::bad_request("Volume 'display_name' is required"))?;
    let size_gib = match request.size {
        Some(size) if size > 0 => size,
        _ => return Err(Fault::bad_request("Volume 'size' must be a positive integer (GiB)")),
    };
    let project = request.project.clone().unwrap_or_else(|| user.uuid.clone());
    let delay = Delays::of(&state).action;
    let volume = state.store.transaction(|docs| {
        let server_template = match &request.server_id {
            Some(server) => Some(server_accepting_volume(docs, &user.uuid, server)?),
            None => None,
        };
        let volume_type = choose_volume_type(request.volume_type.as_ref(), server_template.as_deref())?;
        if let Some(snapshot_id) = &request.snapshot_id {
            let snapshot = load_snapshot(docs, &user.uuid, snapshot_id)?;
            if size_gib < snapshot.size_gib {
                return Err(Fault::bad_request(format!(
                    "Volume size {size_gib} GiB is smaller than snapshot {snapshot_id} ({} GiB)",
                    snapshot.size_gib
                )));
            }
        }
        let device_index = match &request.server_id {
            Some(server) => Some(next_device_index(docs, server)?),
            None => None,
        };
        let settled = if request.server_id.is_some() { "in_use" } else { "available" };
        let volume = VolumeDoc {
            id: docs.next_id(VOLUME)?.to_string(),
            name: name.clone(),
            description: request.display_description.clone().unwrap_or_default(),
            size_gib,
            volume_type: volume_type.id,
            server_id: request.server_id.clone(),
            device_index,
            status: settled.to_string(),
            transition: Some(Transition::new("creating", "CREATING", delay, settled)),
            user_id: user.uuid.clone(),
            project: project.clone(),
            snapshot_id: request.snapshot_id.clone(),
            image_id: request.image_ref.clone(),
            delete_on_termination: false,
            metadata: request.metadata.clone(),
            created: Utc::now(),
        };
        charge(docs, &user.uuid, &volume.project, "cyclades.disk", volume.disk_bytes())?;
        volume.save(docs)?;
        Ok(volume)
    })?;
    Ok(json_response(StatusCode::ACCEPTED, json!({ "volume": volume_view(&volume) })))
}

#[derive(Deserialize)]
struct VolumeUpdate {
    display_name: Option<String>,
    display_description: Option<String>,
    delete_on_termination: Option<bool>,
}

async fn update_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let update: VolumeUpdate = parse_wrapped(&body, "volume")?;
    let volume = state.store.transaction(|docs| {
        let mut volume = load_volume(docs, &user.uuid, &id)?;
        if let Some(name) = &update.display_name {
            volume.name = name.clone();
        }
        if let Some(description) = &update.display_description {
            volume.description = description.clone();
        }
        if let Some(delete_on_termination) = update.delete_on_termination {
            volume.delete_on_termination = delete_on_termination;
        }
        volume.save(docs)?;
        Ok(volume)
    })?;
    Ok(json_response(StatusCode::OK, json!({ "volume": volume_view(&volume) })))
}

async fn delete_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let volume = load_volume(docs, &user.uuid, &id)?;
        if let Some(server) = &volume.server_id {
            return Err(Fault::conflict(format!(
                "Volume {id} is attached to server {server}; detach it first"
            )));
        }
        if let Some(transition) = running(&volume.transition) {
            return Err(Fault::conflict(format!(
                "Volume {id} is {}; wait for it to finish",
                transition.status
            )));
        }
        docs.delete(VOLUME, &id)?;
        charge(docs, &user.uuid, &volume.project, "cyclades.disk", -volume.disk_bytes())
    })?;
    Ok(StatusCode::ACCEPTED.into_response())
}

async fn volume_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let project = reassign_project(&body)?;
    state.store.transaction(|docs| {
        let mut volume = load_volume(docs, &user.uuid, &id)?;
        move_usage(docs, &user.uuid, &volume.project, &project, "cyclades.disk", volume.disk_bytes())?;
        volume.project = project.clone();
        volume.save(docs)
    })?;
    Ok(StatusCode::OK.into_response())
}

async fn list_types(_: User) -> Result<Response, Fault> {
    let types: Vec<Value> = VOLUME_TYPES.iter().map(type_view).collect();
    Ok(json_response(StatusCode::OK, json!({ "volume_types": types })))
}

async fn show_type(_: User, Path(id): Path<String>) -> Result<Response, Fault> {
    let volume_type = id
        .parse()
        .ok()
        .and_then(volume_type)
        .ok_or_else(|| Fault::not_found(format!("Volume type {id} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "volume_type": type_view(volume_type) })))
}
