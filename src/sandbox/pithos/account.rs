//! The account level: Swift v1 auth, account headers (usage per project, groups, meta),
//! the container listing, and account metadata and groups.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode_str;

use super::access::readable_names;
use super::db::{self, DbResult};
use super::http::{
    LISTING_LIMIT, Query, Reply, caller, empty, header, http_date, iso_date, json_reply, merge_meta,
    meta_from_headers, not_allowed, public_base, set, text_reply, with_db,
};
use crate::sandbox::{Fault, SandboxState};

/// Swift v1 auth (`X-Auth-User`: the username, `X-Auth-Key`: the user's token), so that
/// Swift clients (`swift`, python-swiftclient) find the storage URL of a sandbox account.
pub(super) async fn swift_auth(State(state): State<Arc<SandboxState>>, headers: HeaderMap) -> Response {
    v1_auth(&state, &headers, StatusCode::OK)
}

/// Answers a v1 auth request with `status` (Swift's `/auth/v1.0` says 200, Pithos's top
/// level 204): the token and the storage URL of the user `X-Auth-User` names, when
/// `X-Auth-Key` is their token. Unlike Pithos, which hands the key back unchecked as the
/// token, the sandbox knows its users and checks.
pub(super) fn v1_auth(state: &SandboxState, headers: &HeaderMap, status: StatusCode) -> Response {
    let (Some(user), Some(key)) = (header(headers, "x-auth-user"), header(headers, "x-auth-key")) else {
        return Fault::unauthorized(
            "X-Auth-User and X-Auth-Key are required (the user's name and token, as `sandbox serve` prints them)",
        )
        .into_response();
    };
    match state.user_by_name(&user) {
        Ok(Some(found)) if found.token == key => {
            let mut reply = HeaderMap::new();
            set(
                &mut reply,
                "x-storage-url",
                format!("{}/object-store/v1/{}", public_base(state), found.uuid),
            );
            set(&mut reply, "x-auth-token", &found.token);
            set(&mut reply, "x-storage-token", &found.token);
            empty(status, reply)
        }
        Ok(_) => Fault::unauthorized(format!("invalid user `{user}` or key")).into_response(),
        Err(fault) => fault.into_response(),
    }
}

pub(super) async fn account(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    Path(account): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(raw);
    let user = match caller(&state, &headers, &query) {
        Ok(user) => user,
        Err(fault) => return fault.into_response(),
    };
    let reply = match method {
        Method::HEAD => account_head(&state, user, account).await,
        Method::GET => account_get(&state, user, account, query).await,
        Method::POST => account_post(&state, user, account, query, headers).await,
        _ => not_allowed("GET, HEAD, POST"),
    };
    reply.unwrap_or_else(IntoResponse::into_response)
}

async fn account_headers(state: &Arc<SandboxState>, account: String) -> DbResult<HeaderMap> {
    with_db(state, move |docs| {
        let conn = docs.conn();
        let info = db::get_account(conn, &account)?;
        let containers = db::list_containers(conn, &account)?;
        let mut headers = HeaderMap::new();
        let (mut count, mut bytes) = (0u64, 0u64);
        let mut per_project: BTreeMap<String, u64> = BTreeMap::new();
        for container in &containers {
            let (objects, used) = db::container_usage(conn, &account, &container.name)?;
            count += objects;
            bytes += used;
            *per_project.entry(container.project.clone()).or_default() += used;
        }
        set(&mut headers, "x-account-container-count", containers.len().to_string());
        set(&mut headers, "x-account-object-count", count.to_string());
        set(&mut headers, "x-account-bytes-used", bytes.to_string());
        for (project, used) in per_project {
            set(&mut headers, &format!("x-account-policy-{project}-bytes-used"), used.to_string());
        }
        for (group, members) in &info.groups {
            set(&mut headers, &format!("x-account-group-{group}"), members.join(","));
        }
        for (key, value) in &info.meta {
            set(&mut headers, &format!("x-account-meta-{key}"), value);
        }
        set(&mut headers, "last-modified", http_date(info.modified));
        Ok(headers)
    })
    .await
}

async fn account_head(state: &Arc<SandboxState>, user: String, account: String) -> Reply {
    if user != account {
        return Err(Fault::forbidden("not allowed to read another account's details"));
    }
    Ok(empty(StatusCode::NO_CONTENT, account_headers(state, account).await?))
}

async fn account_get(state: &Arc<SandboxState>, user: String, account: String, query: Query) -> Reply {
    if query.has("public") && user != account {
        return Err(Fault::forbidden("only the owner can list public objects"));
    }
    let headers =
        if user == account { account_headers(state, account.clone()).await? } else { HeaderMap::new() };
    let owner = user == account;
    let (shared, public) = (query.has("shared"), query.has("public"));
    let marker = query.get("marker").map(str::to_string);
    let limit = query.get("limit").and_then(|l| l.parse().ok()).unwrap_or(LISTING_LIMIT).min(LISTING_LIMIT);
    let until = query.until();
    let rows = with_db(state, move |docs| {
        let conn = docs.conn();
        let visible: Option<Vec<String>> = if owner {
            None
        } else {
            Some(readable_names(conn, &user, &account)?.into_iter().map(|(c, _)| c).collect())
        };
        let shared_containers: Vec<String> =
            db::list_sharing(conn, &account)?.into_iter().map(|(c, _, _)| c).collect();
        let mut rows = Vec::new();
        for container in db::list_containers(conn, &account)? {
            if marker.as_deref().is_some_and(|m| container.name.as_str() <= m) {
                continue;
            }
            if visible.as_ref().is_some_and(|v| !v.contains(&container.name)) {
                continue;
            }
            let is_shared = shared_containers.contains(&container.name);
            let is_public = !db::public_names(conn, &account, &container.name)?.is_empty();
            if (shared || public) && !((shared && is_shared) || (public && is_public)) {
                continue;
            }
            if until.is_some_and(|t| container.created > t) {
                continue;
            }
            let (count, bytes) = db::container_usage(conn, &account, &container.name)?;
            rows.push(serde_json::json!({
                "name": container.name,
                "count": count,
                "bytes": bytes,
                "last_modified": iso_date(container.modified),
                "x_container_policy": {
                    "quota": container.quota.to_string(),
                    "versioning": container.versioning,
                    "project": container.project,
                },
            }));
            if rows.len() >= limit {
                break;
            }
        }
        Ok(rows)
    })
    .await?;
    if query.json() {
        Ok(json_reply(StatusCode::OK, headers, &serde_json::Value::Array(rows)))
    } else {
        let names = rows.iter().filter_map(|r| r["name"].as_str().map(str::to_string)).collect();
        Ok(text_reply(headers, names))
    }
}

async fn account_post(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    query: Query,
    headers: HeaderMap,
) -> Reply {
    if user != account {
        return Err(Fault::forbidden("not allowed to modify another account"));
    }
    let update = query.has("update");
    let meta = meta_from_headers(&headers, "x-account-meta-");
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, value) in &headers {
        if let Some(group) = name.as_str().strip_prefix("x-account-group-") {
            let group = percent_decode_str(group).decode_utf8_lossy().to_lowercase();
            if group.contains('-') || group.contains('_') || group.is_empty() {
                return Err(Fault::bad_request(format!(
                    "bad group name `{group}`: `-` and `_` are not allowed"
                )));
            }
            let members =
                percent_decode_str(value.to_str().unwrap_or_default()).decode_utf8_lossy().into_owned();
            let members: Vec<String> =
                members.split(',').map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect();
            groups.insert(group, members);
        }
    }
    with_db(state, move |docs| {
        let conn = docs.conn();
        let mut info = db::get_account(conn, &account)?;
        info.meta = merge_meta(&info.meta, meta, update);
        if !update {
            info.groups.clear();
        }
        for (group, members) in groups {
            if members.is_empty() {
                info.groups.remove(&group);
            } else {
                info.groups.insert(group, members);
            }
        }
        db::save_account(conn, &info)
    })
    .await?;
    Ok(empty(StatusCode::ACCEPTED, HeaderMap::new()))
}
