//! Sharing seen from outside an account: the accounts that share with the caller (the
//! top level, which without a token is the v1 auth) and public links, readable by anyone
//! without a token.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use super::access::readable_names;
use super::account::v1_auth;
use super::content::Content;
use super::db;
use super::http::{
    Query, Reply, caller, empty, http_date, iso_date, json_reply, not_allowed, set, text_reply, with_db,
};
use super::read::serve_data;
use crate::sandbox::SandboxState;

pub(super) async fn top(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(raw);
    // A GET without a token is Pithos's v1 auth (`ST_AUTH=<url>/object-store/v1`).
    if method == Method::GET && !headers.contains_key("x-auth-token") && !query.has("X-Auth-Token") {
        return v1_auth(&state, &headers, StatusCode::NO_CONTENT);
    }
    let user = match caller(&state, &headers, &query) {
        Ok(user) => user,
        Err(fault) => return fault.into_response(),
    };
    if method != Method::GET && method != Method::HEAD {
        return not_allowed("GET, HEAD").unwrap_or_else(IntoResponse::into_response);
    }
    let json = query.json();
    let result = with_db(&state, move |docs| {
        let conn = docs.conn();
        let mut sharers = Vec::new();
        for account in db::sharing_accounts(conn)? {
            if account != user && !readable_names(conn, &user, &account)?.is_empty() {
                let modified = db::get_account(conn, &account)?.modified;
                sharers.push((account, modified));
            }
        }
        Ok(sharers)
    })
    .await;
    match result {
        Ok(sharers) if json => {
            let list: Vec<_> = sharers
                .iter()
                .map(|(name, modified)| serde_json::json!({"name": name, "last_modified": iso_date(*modified)}))
                .collect();
            json_reply(StatusCode::OK, HeaderMap::new(), &serde_json::Value::Array(list))
        }
        Ok(sharers) => text_reply(HeaderMap::new(), sharers.into_iter().map(|(name, _)| name).collect()),
        Err(fault) => fault.into_response(),
    }
}

/// A public link: readable by anyone, without a token.
pub(super) async fn public_object(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let reply: Reply = async {
        let (version, block_size) = with_db(&state, move |docs| {
            let conn = docs.conn();
            let (account, container, name) = db::resolve_public(conn, &token)?;
            let c = db::get_container(conn, &account, &container)?;
            Ok((db::get_version(conn, &account, &container, &name, None, None)?, c.block_size))
        })
        .await?;
        let mut reply_headers = HeaderMap::new();
        set(&mut reply_headers, "etag", version.etag());
        set(&mut reply_headers, "content-length", version.bytes.to_string());
        set(&mut reply_headers, "content-type", &version.content_type);
        set(&mut reply_headers, "last-modified", http_date(version.modified));
        match method {
            Method::HEAD => Ok(empty(StatusCode::OK, reply_headers)),
            Method::GET => serve_data(&state, &Content::object(version, block_size), &headers, reply_headers),
            _ => not_allowed("GET, HEAD"),
        }
    }
    .await;
    reply.unwrap_or_else(IntoResponse::into_response)
}
