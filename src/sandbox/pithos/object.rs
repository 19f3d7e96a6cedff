//! The object level: each method to its section.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Response};

use super::copy::object_copy_method;
use super::http::{Query, Target, caller, not_allowed};
use super::read::object_read;
use super::write::{object_delete, object_post, object_put};
use crate::sandbox::SandboxState;

pub(super) async fn object(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    Path((account, container, name)): Path<(String, String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let query = Query::parse(raw);
    let user = match caller(&state, &headers, &query) {
        Ok(user) => user,
        Err(fault) => return fault.into_response(),
    };
    let target = Target { account, container, name };
    let reply = match method.as_str() {
        "HEAD" => object_read(&state, user, target, query, headers, false).await,
        "GET" => object_read(&state, user, target, query, headers, true).await,
        "PUT" => object_put(&state, user, target, query, headers, body).await,
        "POST" => object_post(&state, user, target, query, headers).await,
        "DELETE" => object_delete(&state, user, target, query).await,
        "COPY" | "MOVE" => object_copy_method(&state, user, target, method.as_str() == "MOVE", headers).await,
        _ => not_allowed("GET, HEAD, PUT, POST, DELETE, COPY, MOVE"),
    };
    reply.unwrap_or_else(IntoResponse::into_response)
}
