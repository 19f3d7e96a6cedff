//! Volumes plugged into a server, as the compute API lists, attaches and detaches them.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::views::attachment_view;
use crate::sandbox::cyclades::http::{id_text, json_response, parse_wrapped};
use crate::sandbox::cyclades::model::{Delays, load_server, server_volumes};
use crate::sandbox::cyclades::ops::compute::pluggable_server;
use crate::sandbox::cyclades::ops::volume::{attach, detach};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) async fn list_attachments(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let attachments = state.store.transaction(|docs| {
        load_server(docs, &user.uuid, &id)?;
        Ok(server_volumes(docs, &id)?.iter().map(attachment_view).collect::<Vec<_>>())
    })?;
    Ok(json_response(StatusCode::OK, json!({ "volumeAttachments": attachments })))
}

pub(super) async fn show_attachment(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, volume_id)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let attachment = state.store.transaction(|docs| {
        load_server(docs, &user.uuid, &id)?;
        server_volumes(docs, &id)?
            .iter()
            .find(|volume| volume.id == volume_id)
            .map(attachment_view)
            .ok_or_else(|| Fault::not_found(format!("Volume {volume_id} is not attached to server {id}")))
    })?;
    Ok(json_response(StatusCode::OK, json!({ "volumeAttachment": attachment })))
}

pub(super) async fn attach_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    #[derive(Deserialize)]
    struct Attach {
        #[serde(rename = "volumeId")]
        volume_id: Value,
    }
    let request: Attach = parse_wrapped(&body, "volumeAttachment")?;
    let volume_id = id_text(&request.volume_id).ok_or_else(|| Fault::bad_request("Invalid `volumeId`"))?;
    let attachment = state.store.transaction(|docs| {
        let server = pluggable_server(docs, &user.uuid, &id)?;
        let template = server.flavor()?.disk_template;
        let delay = Delays::of(&state).action;
        Ok(attachment_view(&attach(docs, &user.uuid, &id, template, &volume_id, delay)?))
    })?;
    Ok(json_response(StatusCode::ACCEPTED, json!({ "volumeAttachment": attachment })))
}

pub(super) async fn detach_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, volume_id)): Path<(String, String)>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        pluggable_server(docs, &user.uuid, &id)?;
        detach(docs, &user.uuid, &id, &volume_id, Delays::of(&state).action)
    })?;
    Ok(StatusCode::ACCEPTED.into_response())
}
