//! Machine tags: values keep their JSON type (strings, numbers, booleans).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::metadata::with_job;
use super::{CapiError, Datacenter, Form, Params, RequestContext, json_response, no_content};

pub(super) async fn list_tags(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    Ok(json_response(StatusCode::OK, &machine.tags))
}

/// Tag values keep their JSON type: strings, numbers and booleans.
fn tag_updates(params: Params) -> Result<Map<String, Value>, CapiError> {
    params
        .into_iter()
        .map(|(key, value)| match value {
            Value::String(_) | Value::Number(_) | Value::Bool(_) => Ok((key, value)),
            _ => Err(CapiError::invalid(format!("tag {key} must be a string, number or boolean"))),
        })
        .collect()
}

pub(super) async fn add_tags(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let updates = tag_updates(params)?;
    let machine = dc
        .update_machine(&ctx, &login, &id, |machine| {
            machine.tags.extend(updates);
            Ok(())
        })
        .await?;
    Ok(with_job(json_response(StatusCode::OK, &machine.tags)))
}

pub(super) async fn replace_tags(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let tags = tag_updates(params)?;
    let machine = dc
        .update_machine(&ctx, &login, &id, |machine| {
            machine.tags = tags;
            Ok(())
        })
        .await?;
    Ok(with_job(json_response(StatusCode::OK, &machine.tags)))
}

pub(super) async fn get_tag(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, tag)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    let value =
        machine.tags.get(&tag).ok_or_else(|| CapiError::not_found(format!("tag \"{tag}\" not found")))?;
    let wants_text = headers
        .get("accept")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.starts_with("text/plain"));
    if wants_text {
        let text = match value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        return Ok(([("content-type", "text/plain")], text).into_response());
    }
    Ok(json_response(StatusCode::OK, value))
}

pub(super) async fn delete_tag(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, tag)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    dc.update_machine(&ctx, &login, &id, |machine| match machine.tags.remove(&tag) {
        Some(_) => Ok(()),
        None => Err(CapiError::not_found(format!("tag \"{tag}\" not found"))),
    })
    .await?;
    Ok(no_content())
}

pub(super) async fn delete_all_tags(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.update_machine(&ctx, &login, &id, |machine| {
        machine.tags.clear();
        Ok(())
    })
    .await?;
    Ok(no_content())
}
