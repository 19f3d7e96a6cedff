//! Snapshots of volumes: AVAILABLE once their creation's transition ends.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::views::snapshot_view;
use crate::sandbox::cyclades::http::{json_response, parse_wrapped};
use crate::sandbox::cyclades::model::{
    Delays, SNAPSHOT, SnapshotDoc, Transition, by_numeric_id, load_snapshot, load_volume,
};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) async fn list_snapshots(
    State(state): State<Arc<SandboxState>>,
    user: User,
) -> Result<Response, Fault> {
    let snapshots = by_numeric_id(state.store.list::<SnapshotDoc>(SNAPSHOT)?, |snapshot| &snapshot.id);
    let visible: Vec<Value> =
        snapshots.iter().filter(|snapshot| snapshot.user_id == user.uuid).map(snapshot_view).collect();
    Ok(json_response(StatusCode::OK, json!({ "snapshots": visible })))
}

pub(super) async fn show_snapshot(
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

pub(super) async fn create_snapshot(
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

pub(super) async fn update_snapshot(
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

pub(super) async fn delete_snapshot(
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
