//! Machine metadata: key/value strings readable inside the machine, with the generated
//! credentials kept apart and a few keys protected.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::Value;

use super::machines::metadata_text;
use super::{CapiError, Datacenter, Form, RequestContext, json_response, no_content, param_string};

/// Metadata keys clients cannot set.
pub(super) const RESERVED_METADATA: [&str; 6] =
    ["account", "machine", "uuid", "owner_uuid", "credentials", "image"];

/// Metadata keys clients cannot delete.
const UNDELETABLE_METADATA: [&str; 3] = ["credentials", "administrator_pw", "root_authorized_keys"];

/// Adds the `x-job-uuid` CloudAPI sends with metadata and tag writes.
pub(super) fn with_job(mut response: Response) -> Response {
    if let Ok(job) = HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()) {
        response.headers_mut().insert("x-job-uuid", job);
    }
    response
}

pub(super) async fn list_metadata(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    let mut metadata = machine.metadata.clone();
    if param_string(&params, "credentials").as_deref() == Some("true") {
        metadata.insert("credentials".into(), Value::Object(machine.credentials));
    }
    Ok(json_response(StatusCode::OK, &metadata))
}

pub(super) async fn update_metadata(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let machine = dc
        .update_machine(&ctx, &login, &id, |machine| {
            for (key, value) in &params {
                if !RESERVED_METADATA.contains(&key.as_str()) && !key.ends_with("_pw") {
                    machine.metadata.insert(key.clone(), Value::String(metadata_text(value)));
                }
            }
            Ok(())
        })
        .await?;
    Ok(with_job(json_response(StatusCode::OK, &machine.metadata)))
}

pub(super) async fn get_metadata(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, key)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    if key == "credentials" {
        return Ok(json_response(StatusCode::OK, &machine.credentials));
    }
    let value = machine
        .metadata
        .get(&key)
        .ok_or_else(|| CapiError::not_found(format!("metadata key {key} not found")))?;
    Ok(json_response(StatusCode::OK, value))
}

pub(super) async fn delete_metadata(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, key)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    if UNDELETABLE_METADATA.contains(&key.as_str()) {
        return Err(CapiError::invalid(format!("Metadata key {key} can not be deleted")));
    }
    dc.update_machine(&ctx, &login, &id, |machine| match machine.metadata.remove(&key) {
        Some(_) => Ok(()),
        None => Err(CapiError::not_found(format!("metadata key {key} not found"))),
    })
    .await?;
    Ok(no_content())
}

pub(super) async fn delete_all_metadata(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.update_machine(&ctx, &login, &id, |machine| {
        machine.metadata.retain(|key, _| UNDELETABLE_METADATA.contains(&key.as_str()));
        Ok(())
    })
    .await?;
    Ok(no_content())
}
