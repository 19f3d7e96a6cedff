//! A server's metadata: free key/value pairs, listed, merged, set and removed one by one.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::json;

use crate::sandbox::cyclades::http::{json_response, parse_wrapped};
use crate::sandbox::cyclades::model::{SERVER, load_server};
use crate::sandbox::{Fault, SandboxState, User};

pub(super) async fn list_metadata(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "metadata": server.metadata })))
}

pub(super) async fn update_metadata(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let changes: BTreeMap<String, String> = parse_wrapped(&body, "metadata")?;
    let metadata = state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.metadata.extend(changes.clone());
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)?;
        Ok(server.metadata)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "metadata": metadata })))
}

pub(super) async fn show_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    let value =
        server.metadata.get(&key).ok_or_else(|| Fault::not_found(format!("Metadata key {key} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "meta": { key.clone(): value } })))
}

pub(super) async fn put_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, Fault> {
    let meta: BTreeMap<String, String> = parse_wrapped(&body, "meta")?;
    let value = match meta.get(&key) {
        Some(value) if meta.len() == 1 => value.clone(),
        _ => return Err(Fault::bad_request(format!("The body must set exactly the key {key}"))),
    };
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.metadata.insert(key.clone(), value.clone());
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "meta": { key: value } })))
}

pub(super) async fn delete_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        if server.metadata.remove(&key).is_none() {
            return Err(Fault::not_found(format!("Metadata key {key} not found")));
        }
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
