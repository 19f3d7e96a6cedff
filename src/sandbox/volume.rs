//! The Cyclades block storage service (`/volume/v2.0`): volumes, volume types, snapshots.
//!
//! Every server has a root volume (device index 0) created with it. Other volumes can be
//! plugged into and unplugged from servers of the same owner, like a USB stick, when their
//! type is detachable. Statuses are lowercase, as the real service reports them.

use std::collections::BTreeMap;
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

use super::cyclades::{
    Delays, Transition, by_numeric_id, charge, current_status, json_response, move_usage, parse_wrapped,
    reassign_project, running, timestamp,
};
use super::{Docs, Fault, SandboxState, User, compute};

pub(super) const VOLUME: &str = "cyclades.volume";
pub(super) const SNAPSHOT: &str = "cyclades.snapshot";

const GIB: i64 = 1 << 30;

/// A volume type: a disk template, and whether volumes of it can be unplugged.
pub(super) struct VolumeType {
    pub id: u64,
    pub name: &'static str,
    pub disk_template: &'static str,
    pub detachable: bool,
}

/// The volume types of the sandbox, one per disk template of the seeded flavors.
pub(super) const VOLUME_TYPES: &[VolumeType] = &[
    VolumeType { id: 1, name: "ext_archipelago", disk_template: "ext_archipelago", detachable: true },
    VolumeType { id: 2, name: "drbd", disk_template: "drbd", detachable: false },
];

pub(super) fn volume_type_for_template(template: &str) -> Option<&'static VolumeType> {
    VOLUME_TYPES.iter().find(|volume_type| volume_type.disk_template == template)
}

fn volume_type(id: u64) -> Option<&'static VolumeType> {
    VOLUME_TYPES.iter().find(|volume_type| volume_type.id == id)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct VolumeDoc {
    pub id: String,
    pub name: String,
    pub description: String,
    pub size_gib: u64,
    pub volume_type: u64,
    pub server_id: Option<String>,
    pub device_index: Option<u32>,
    /// The status the volume settles in (`available` or `in_use`).
    pub status: String,
    pub transition: Option<Transition>,
    pub user_id: String,
    pub project: String,
    pub snapshot_id: Option<String>,
    pub image_id: Option<String>,
    pub delete_on_termination: bool,
    pub metadata: BTreeMap<String, String>,
    pub created: DateTime<Utc>,
}

impl VolumeDoc {
    pub fn status_now(&self) -> String {
        current_status(&self.status, &self.transition)
    }

    /// The cyclades.disk this volume holds, in bytes.
    pub fn disk_bytes(&self) -> i64 {
        i64::try_from(self.size_gib).unwrap_or(i64::MAX / GIB) * GIB
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SnapshotDoc {
    id: String,
    name: String,
    description: String,
    volume_id: String,
    size_gib: u64,
    status: String,
    transition: Option<Transition>,
    user_id: String,
    project: String,
    created: DateTime<Utc>,
}

pub fn router(state: Arc<SandboxState>) -> Router {
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

// ---------------------------------------------------------------------------------------
// Operations shared with the compute service (call with MUTATIONS held)
// ---------------------------------------------------------------------------------------

pub(super) fn load_volume(docs: &Docs<'_>, user: &str, id: &str) -> Result<VolumeDoc, Fault> {
    match docs.get::<VolumeDoc>(VOLUME, id)? {
        Some(volume) if volume.user_id == user => Ok(volume),
        _ => Err(Fault::not_found(format!("Volume {id} not found"))),
    }
}

fn save(docs: &Docs<'_>, volume: &VolumeDoc) -> Result<(), Fault> {
    docs.put(VOLUME, &volume.id, volume)
}

/// Creates the root volume of a new server of `flavor`, ready when the server's build
/// (`build_delay`) is; the server's creation charges its disk.
pub(super) fn create_root_volume(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    server_id: &str,
    flavor: &compute::Flavor,
    image_id: &str,
    build_delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let disk_template = flavor.disk_template;
    let volume_type = volume_type_for_template(disk_template)
        .ok_or_else(|| Fault::bad_request(format!("No volume type for disk template {disk_template}")))?;
    let volume = VolumeDoc {
        id: docs.next_id(VOLUME)?.to_string(),
        name: format!("root volume of server {server_id}"),
        description: String::new(),
        size_gib: u64::from(flavor.disk_gib),
        volume_type: volume_type.id,
        server_id: Some(server_id.to_string()),
        device_index: Some(0),
        status: "in_use".to_string(),
        transition: Some(Transition::new("creating", "CREATING", build_delay, "in_use")),
        user_id: user.to_string(),
        project: project.to_string(),
        snapshot_id: None,
        image_id: Some(image_id.to_string()),
        delete_on_termination: true,
        metadata: BTreeMap::new(),
        created: Utc::now(),
    };
    save(docs, &volume)?;
    Ok(volume)
}

/// The volumes plugged into a server, root first.
pub(super) fn server_volumes(docs: &Docs<'_>, server_id: &str) -> Result<Vec<VolumeDoc>, Fault> {
    let mut volumes: Vec<VolumeDoc> = docs
        .list::<VolumeDoc>(VOLUME)?
        .into_iter()
        .filter(|volume| volume.server_id.as_deref() == Some(server_id))
        .collect();
    volumes.sort_by_key(|volume| volume.device_index);
    Ok(volumes)
}

/// A deleted server takes its delete-on-termination volumes with it (returning their
/// disk quota) and leaves the others available, detaching for `delay`.
pub(super) fn release_server_volumes(docs: &Docs<'_>, server_id: &str, delay: Duration) -> Result<(), Fault> {
    for mut volume in server_volumes(docs, server_id)? {
        if volume.delete_on_termination {
            docs.delete(VOLUME, &volume.id)?;
            charge(docs, &volume.user_id, &volume.project, "cyclades.disk", -volume.disk_bytes())?;
        } else {
            volume.server_id = None;
            volume.device_index = None;
            volume.status = "available".to_string();
            volume.transition = Some(Transition::new("detaching", "DETACHING", delay, "available"));
            save(docs, &volume)?;
        }
    }
    Ok(())
}

/// Moves the root volume (and its disk quota) along with its server to another project.
pub(super) fn reassign_root_volume(docs: &Docs<'_>, server_id: &str, project: &str) -> Result<(), Fault> {
    for mut volume in server_volumes(docs, server_id)? {
        if volume.device_index != Some(0) || volume.project == project {
            continue;
        }
        move_usage(docs, &volume.user_id, &volume.project, project, "cyclades.disk", volume.disk_bytes())?;
        volume.project = project.to_string();
        save(docs, &volume)?;
    }
    Ok(())
}

fn next_device_index(docs: &Docs<'_>, server_id: &str) -> Result<u32, Fault> {
    let used: Vec<u32> =
        server_volumes(docs, server_id)?.iter().filter_map(|volume| volume.device_index).collect();
    Ok((0..).find(|index| !used.contains(index)).unwrap_or(0))
}

/// Plugs an available volume into a server whose disk template is `server_template`.
pub(super) fn attach(
    docs: &Docs<'_>,
    user: &str,
    server_id: &str,
    server_template: &str,
    volume_id: &str,
    delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let mut volume = load_volume(docs, user, volume_id)?;
    let template = volume_type(volume.volume_type).map_or("unknown", |volume_type| volume_type.disk_template);
    if template != server_template {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} ({template}) cannot be attached to server {server_id}, whose disks are {server_template}"
        )));
    }
    let status = volume.status_now();
    if status != "available" {
        let holder =
            volume.server_id.as_deref().map(|id| format!(" (attached to server {id})")).unwrap_or_default();
        return Err(Fault::conflict(format!(
            "Volume {volume_id} is {status}{holder}; only an available volume can be attached"
        )));
    }
    let detachable = volume_type(volume.volume_type).is_some_and(|volume_type| volume_type.detachable);
    if !detachable {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} is of a type that cannot be attached or detached"
        )));
    }
    volume.device_index = Some(next_device_index(docs, server_id)?);
    volume.server_id = Some(server_id.to_string());
    volume.status = "in_use".to_string();
    volume.transition = Some(Transition::new("attaching", "ATTACHING", delay, "in_use"));
    save(docs, &volume)?;
    Ok(volume)
}

/// Unplugs a volume from the server it is attached to.
pub(super) fn detach(
    docs: &Docs<'_>,
    user: &str,
    server_id: &str,
    volume_id: &str,
    delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let mut volume = load_volume(docs, user, volume_id)?;
    if volume.server_id.as_deref() != Some(server_id) {
        return Err(Fault::not_found(format!("Volume {volume_id} is not attached to server {server_id}")));
    }
    if volume.device_index == Some(0) {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} is the root volume of server {server_id}"
        )));
    }
    let detachable = volume_type(volume.volume_type).is_some_and(|volume_type| volume_type.detachable);
    if !detachable {
        return Err(Fault::bad_request(format!("Volume {volume_id} is of a type that cannot be detached")));
    }
    if let Some(transition) = running(&volume.transition) {
        return Err(Fault::conflict(format!(
            "Volume {volume_id} is {}; wait for it to finish",
            transition.status
        )));
    }
    volume.server_id = None;
    volume.device_index = None;
    volume.status = "available".to_string();
    volume.transition = Some(Transition::new("detaching", "DETACHING", delay, "available"));
    save(docs, &volume)?;
    Ok(volume)
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

// ---------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------

fn volume_view(volume: &VolumeDoc) -> Value {
    let attachments: Vec<Value> = match (&volume.server_id, volume.device_index) {
        (Some(server), Some(index)) => {
            vec![json!({"server_id": server, "volume_id": volume.id, "device_index": index})]
        }
        _ => Vec::new(),
    };
    json!({
        "id": volume.id,
        "display_name": volume.name,
        "status": volume.status_now(),
        "size": volume.size_gib,
        "display_description": volume.description,
        "created_at": timestamp(volume.created),
        "metadata": volume.metadata,
        "snapshot_id": volume.snapshot_id,
        "source_volid": null,
        "image_id": volume.image_id,
        "attachments": attachments,
        "volume_type": volume.volume_type,
        "deleted": false,
        "delete_on_termination": volume.delete_on_termination,
        "user_id": volume.user_id,
        "tenant_id": volume.project,
        "shared_to_project": false,
    })
}

fn type_view(volume_type: &VolumeType) -> Value {
    json!({
        "id": volume_type.id,
        "name": volume_type.name,
        "deleted": false,
        "SNF:disk_template": volume_type.disk_template,
        "SNF:detachable": volume_type.detachable,
    })
}

fn snapshot_view(snapshot: &SnapshotDoc) -> Value {
    let status = current_status(&snapshot.status, &snapshot.transition);
    let progress = if status == "AVAILABLE" { json!("100%") } else { json!(0) };
    json!({
        "id": snapshot.id,
        "size": snapshot.size_gib,
        "display_name": snapshot.name,
        "display_description": snapshot.description,
        "status": status,
        "user_id": snapshot.user_id,
        "tenant_id": snapshot.project,
        "os-extended-snapshot-attribute:progress": progress,
        "created_at": timestamp(snapshot.created),
        "metadata": {},
        "volume_id": snapshot.volume_id,
    })
}

// ---------------------------------------------------------------------------------------
// Volumes
// ---------------------------------------------------------------------------------------

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
            Some(server) => Some(compute::server_accepting_volume(docs, &user.uuid, server)?),
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
        save(docs, &volume)?;
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
        save(docs, &volume)?;
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
        save(docs, &volume)
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

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

fn load_snapshot(docs: &Docs<'_>, user: &str, id: &str) -> Result<SnapshotDoc, Fault> {
    match docs.get::<SnapshotDoc>(SNAPSHOT, id)? {
        Some(snapshot) if snapshot.user_id == user => Ok(snapshot),
        _ => Err(Fault::not_found(format!("Snapshot {id} not found"))),
    }
}

async fn list_snapshots(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let snapshots = by_numeric_id(state.store.list::<SnapshotDoc>(SNAPSHOT)?, |snapshot| &snapshot.id);
    let visible: Vec<Value> =
        snapshots.iter().filter(|snapshot| snapshot.user_id == user.uuid).map(snapshot_view).collect();
    Ok(json_response(StatusCode::OK, json!({ "snapshots": visible })))
}

async fn show_snapshot(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let snapshot = state.store.transaction(|docs| load_snapshot(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "snapshot": snapshot_view(&snapshot) })))
}

#[derive(Deserialize)]
struct SnapshotCreate {
    volume_id: String,
    display_name: Option<String>,
    display_description: Option<String>,
}

async fn create_snapshot(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: SnapshotCreate = parse_wrapped(&body, "snapshot")?;
    let delay = Delays::of(&state).action;
    let snapshot = state.store.transaction(|docs| {
        let volume = load_volume(docs, &user.uuid, &request.volume_id)?;
        if volume.status_now() == "creating" {
            return Err(Fault::conflict(format!("Volume {} is still being created", volume.id)));
        }
        let snapshot = SnapshotDoc {
            id: docs.next_id(SNAPSHOT)?.to_string(),
            name: request.display_name.clone().unwrap_or_else(|| format!("snapshot of volume {}", volume.id)),
            description: request.display_description.clone().unwrap_or_default(),
            volume_id: volume.id.clone(),
            size_gib: volume.size_gib,
            status: "AVAILABLE".to_string(),
            transition: Some(Transition::new("CREATING", "CREATING", delay, "AVAILABLE")),
            user_id: user.uuid.clone(),
            project: volume.project.clone(),
            created: Utc::now(),
        };
        docs.put(SNAPSHOT, &snapshot.id, &snapshot)?;
        Ok(snapshot)
    })?;
    Ok(json_response(StatusCode::ACCEPTED, json!({ "snapshot": snapshot_view(&snapshot) })))
}

#[derive(Deserialize)]
struct SnapshotUpdate {
    display_name: Option<String>,
    display_description: Option<String>,
}

async fn update_snapshot(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let update: SnapshotUpdate = parse_wrapped(&body, "snapshot")?;
    let snapshot = state.store.transaction(|docs| {
        let mut snapshot = load_snapshot(docs, &user.uuid, &id)?;
        if let Some(name) = &update.display_name {
            snapshot.name = name.clone();
        }
        if let Some(description) = &update.display_description {
            snapshot.description = description.clone();
        }
        docs.put(SNAPSHOT, &id, &snapshot)?;
        Ok(snapshot)
    })?;
    Ok(json_response(StatusCode::OK, json!({ "snapshot": snapshot_view(&snapshot) })))
}

async fn delete_snapshot(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        load_snapshot(docs, &user.uuid, &id)?;
        docs.delete(SNAPSHOT, &id)
    })?;
    Ok(StatusCode::ACCEPTED.into_response())
}
