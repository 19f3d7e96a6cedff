//! The container level: container headers and policy, the object listing (prefix,
//! delimiter, `path`, `shared`, `public`, `meta` filters, `until`), creation, metadata and
//! policy changes, block uploads (`POST` with a body) and deletion.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use rusqlite::Connection;

use super::access::{Access, access_to, effective_sharing, readable_names};
use super::db::{self, Container, DbResult, ListQuery, Meta, Sharing, Version};
use super::hashmap::upload_blocks;
use super::http::{
    LISTING_LIMIT, Query, Reply, caller, empty, header, http_date, iso_date, json_reply, merge_meta,
    meta_from_headers, not_allowed, public_base, set, text_reply, with_db,
};
use super::quota::{charge, delete_objects};
use crate::protocol::pithos_hash as hashing;
use crate::sandbox::{Fault, SandboxState};

pub(super) async fn container(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    Path((account, name)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let query = Query::parse(raw);
    let user = match caller(&state, &headers, &query) {
        Ok(user) => user,
        Err(fault) => return fault.into_response(),
    };
    let reply = match method {
        Method::HEAD => container_head(&state, user, account, name, query).await,
        Method::GET => container_get(&state, user, account, name, query).await,
        Method::PUT => container_put(&state, user, account, name, headers).await,
        Method::POST => container_post(&state, user, account, name, query, headers, body).await,
        Method::DELETE => container_delete(&state, user, account, name, query).await,
        _ => not_allowed("GET, HEAD, PUT, POST, DELETE"),
    };
    reply.unwrap_or_else(IntoResponse::into_response)
}

fn container_headers(conn: &Connection, container: &Container) -> DbResult<HeaderMap> {
    let (count, bytes) = db::container_usage(conn, &container.account, &container.name)?;
    let mut headers = HeaderMap::new();
    set(&mut headers, "x-container-object-count", count.to_string());
    set(&mut headers, "x-container-bytes-used", bytes.to_string());
    set(&mut headers, "x-container-block-size", container.block_size.to_string());
    set(&mut headers, "x-container-block-hash", hashing::DEFAULT_BLOCK_HASH);
    set(&mut headers, "x-container-policy-quota", container.quota.to_string());
    set(&mut headers, "x-container-policy-versioning", &container.versioning);
    set(&mut headers, "x-container-policy-project", &container.project);
    for (key, value) in &container.meta {
        set(&mut headers, &format!("x-container-meta-{key}"), value);
    }
    set(&mut headers, "last-modified", http_date(container.modified));
    Ok(headers)
}

async fn container_head(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    query: Query,
) -> Reply {
    let until = query.until();
    let headers = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &account, &name)?;
        if user != account && !readable_names(conn, &user, &account)?.iter().any(|(c, _)| *c == name) {
            return Err(Fault::forbidden(format!("not allowed to access container {name}")));
        }
        let mut headers = container_headers(conn, &container)?;
        if let Some(until) = until {
            set(&mut headers, "x-container-until-timestamp", http_date(until));
        }
        Ok(headers)
    })
    .await?;
    Ok(empty(StatusCode::NO_CONTENT, headers))
}

/// One entry of an object listing (`format=json`).
fn listing_entry(
    version: &Version,
    sharing: Option<&Sharing>,
    public: Option<&str>,
    allowed: Option<Access>,
) -> serde_json::Value {
    let mut entry = serde_json::json!({
        "name": version.name,
        "bytes": version.bytes,
        // As Pithos with `PITHOS_UPDATE_MD5` and Swift list it: the MD5 (see `headers`).
        "hash": version.etag(),
        "x_object_hash": version.hash,
        "content_type": version.content_type,
        "last_modified": iso_date(version.modified),
        "x_object_uuid": version.uuid,
        "x_object_version": version.serial,
        "x_object_version_timestamp": version.modified.to_string(),
        "x_object_modified_by": version.modified_by,
    });
    if let Some(sharing) = sharing.filter(|s| !s.is_empty()) {
        entry["x_object_sharing"] = sharing.header().into();
    }
    if let Some(public) = public {
        entry["x_object_public"] = public.into();
    }
    if let Some(access) = allowed {
        entry["x_object_allowed_to"] = if access >= Access::Write { "write" } else { "read" }.into();
    }
    entry
}

async fn container_get(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    query: Query,
) -> Reply {
    let mut prefix = query.get("prefix").unwrap_or_default().trim_start_matches('/').to_string();
    let mut delimiter = query.get("delimiter").map(str::to_string).filter(|d| !d.is_empty());
    if let Some(path) = query.get("path") {
        prefix = path.trim_start_matches('/').to_string();
        if !prefix.is_empty() && !prefix.ends_with('/') {
            prefix.push('/');
        }
        delimiter = Some("/".to_string());
    } else if let Some(delim) = &delimiter
        && !prefix.is_empty()
        && !prefix.ends_with(delim.as_str())
    {
        prefix.push_str(delim);
    }
    let list_query = ListQuery {
        prefix,
        marker: query.get("marker").map(str::to_string),
        limit: query.get("limit").and_then(|l| l.parse().ok()).unwrap_or(LISTING_LIMIT).min(LISTING_LIMIT),
        until: query.until(),
    };
    let (shared, public) = (query.has("shared"), query.has("public"));
    let meta_filter: Vec<String> =
        query.get("meta").map(|m| m.split(',').map(str::to_string).collect()).unwrap_or_default();
    let host = public_base(state);
    let (headers, entries) = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &account, &name)?;
        let owner = user == account;
        if !owner && public {
            return Err(Fault::forbidden("only the owner can list public objects"));
        }
        if !owner && !readable_names(conn, &user, &account)?.iter().any(|(c, _)| *c == name) {
            return Err(Fault::forbidden(format!("not allowed to list container {name}")));
        }
        let headers = container_headers(conn, &container)?;
        let public_names = db::public_names(conn, &account, &name)?;
        let mut entries = Vec::new();
        let mut subdirs: Vec<String> = Vec::new();
        let mut page = list_query.clone();
        // Filtering (delimiter folding, sharing) can drop rows, so keep reading pages
        // until the reply is full or the container is exhausted.
        'pages: loop {
            let rows = db::list_objects(conn, &account, &name, &page)?;
            let exhausted = rows.len() < page.limit;
            for version in &rows {
                page.marker = Some(version.name.clone());
                if let Some(delim) = &delimiter {
                    let rest = &version.name[list_query.prefix.len()..];
                    if let Some(i) = rest.find(delim.as_str()) {
                        let subdir = format!("{}{}", list_query.prefix, &rest[..i + delim.len()]);
                        // An object named exactly like the folder is listed as itself.
                        if subdir != version.name {
                            if subdirs.last() != Some(&subdir) {
                                subdirs.push(subdir.clone());
                                entries.push(serde_json::json!({ "subdir": subdir }));
                            }
                            if entries.len() >= list_query.limit {
                                break 'pages;
                            }
                            continue;
                        }
                    }
                }
                let access = access_to(conn, &user, &account, &name, &version.name)?;
                if access == Access::None {
                    continue;
                }
                let sharing = effective_sharing(conn, &account, &name, &version.name)?;
                let is_public = public_names.contains(&version.name);
                if (shared || public) && !((shared && sharing.is_some()) || (public && is_public)) {
                    continue;
                }
                if !meta_matches(&version.meta, &meta_filter) {
                    continue;
                }
                let public_url = if owner && is_public {
                    db::get_public(conn, &account, &name, &version.name)?
                        .map(|t| format!("{host}/public/{t}"))
                } else {
                    None
                };
                let own_sharing = db::get_sharing(conn, &account, &name, &version.name)?;
                let allowed = if owner { None } else { Some(access) };
                entries.push(listing_entry(version, own_sharing.as_ref(), public_url.as_deref(), allowed));
                if entries.len() >= list_query.limit {
                    break 'pages;
                }
            }
            if exhausted {
                break;
            }
        }
        Ok((headers, entries))
    })
    .await?;
    if query.json() {
        Ok(json_reply(StatusCode::OK, headers, &serde_json::Value::Array(entries)))
    } else {
        let names = entries
            .iter()
            .filter_map(|e| {
                e.get("name").or_else(|| e.get("subdir")).and_then(|n| n.as_str()).map(str::to_string)
            })
            .collect();
        Ok(text_reply(headers, names))
    }
}

/// The `meta=k,!k,k=v` listing filter.
fn meta_matches(meta: &Meta, filter: &[String]) -> bool {
    filter.iter().filter(|f| !f.is_empty()).all(|condition| {
        if let Some(key) = condition.strip_prefix('!') {
            !meta.contains_key(&db::format_header_key(key))
        } else if let Some((key, value)) = condition.split_once('=') {
            meta.get(&db::format_header_key(key)).is_some_and(|v| v == value)
        } else {
            meta.contains_key(&db::format_header_key(condition))
        }
    })
}

/// Container policy headers of a PUT or POST.
struct ContainerPolicy {
    quota: Option<u64>,
    versioning: Option<String>,
    project: Option<String>,
}

fn container_policy(headers: &HeaderMap) -> DbResult<ContainerPolicy> {
    let quota = match header(headers, "x-container-policy-quota") {
        Some(q) => Some(q.trim().parse::<u64>().map_err(|_| Fault::bad_request(format!("bad quota `{q}`")))?),
        None => None,
    };
    let versioning = match header(headers, "x-container-policy-versioning") {
        Some(v) if v == "auto" || v == "none" => Some(v),
        Some(v) => return Err(Fault::bad_request(format!("bad versioning policy `{v}` (auto or none)"))),
        None => None,
    };
    Ok(ContainerPolicy { quota, versioning, project: header(headers, "x-container-policy-project") })
}

async fn container_put(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    headers: HeaderMap,
) -> Reply {
    if user != account {
        return Err(Fault::forbidden("not allowed to create containers in another account"));
    }
    let policy = container_policy(&headers)?;
    let meta = meta_from_headers(&headers, "x-container-meta-");
    let created = with_db(state, move |docs| {
        let conn = docs.conn();
        if let Some(mut existing) = db::find_container(conn, &account, &name)? {
            // PUT on an existing container updates its metadata (202).
            existing.meta = merge_meta(&existing.meta, meta, true);
            db::save_container(conn, &existing)?;
            return Ok(false);
        }
        let project = policy.project.unwrap_or_else(|| account.clone());
        let mut container = Container::new(&account, &name, &project);
        container.meta = meta;
        container.quota = policy.quota.unwrap_or(0);
        container.versioning = policy.versioning.unwrap_or_else(|| "auto".into());
        db::save_container(conn, &container)?;
        Ok(true)
    })
    .await?;
    Ok(empty(if created { StatusCode::CREATED } else { StatusCode::ACCEPTED }, HeaderMap::new()))
}

async fn container_post(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    query: Query,
    headers: HeaderMap,
    body: Body,
) -> Reply {
    if user != account {
        return Err(Fault::forbidden("not allowed to modify another account's container"));
    }
    let has_body = headers.get("content-length").and_then(|v| v.to_str().ok()).is_some_and(|v| v != "0")
        || headers.contains_key("transfer-encoding");
    if has_body {
        return upload_blocks(state, account, name, body).await;
    }
    let policy = container_policy(&headers)?;
    let meta = meta_from_headers(&headers, "x-container-meta-");
    let update = query.has("update");
    with_db(state, move |docs| {
        let conn = docs.conn();
        let mut container = db::get_container(conn, &account, &name)?;
        let keep_meta = update || meta.is_empty();
        container.meta = if keep_meta {
            merge_meta(&container.meta, meta, true)
        } else {
            merge_meta(&Meta::new(), meta, false)
        };
        if let Some(quota) = policy.quota {
            container.quota = quota;
        }
        if let Some(versioning) = policy.versioning {
            container.versioning = versioning;
        }
        if let Some(project) = policy.project.filter(|p| *p != container.project) {
            // Reassigning moves the container's usage to the new project.
            let (_, used) = db::container_usage(conn, &account, &name)?;
            let used = i64::try_from(used).unwrap_or(i64::MAX);
            let target = Container { project: project.clone(), ..container.clone() };
            charge(docs, &target, used)?;
            charge(docs, &container, -used)?;
            container.project = project;
        }
        db::save_container(conn, &container)
    })
    .await?;
    Ok(empty(StatusCode::ACCEPTED, HeaderMap::new()))
}

async fn container_delete(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    query: Query,
) -> Reply {
    if user != account {
        return Err(Fault::forbidden("not allowed to delete another account's container"));
    }
    let until = query.until();
    let recursive = query.get("delimiter").is_some();
    with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &account, &name)?;
        if let Some(until) = until {
            db::purge_history(conn, &container, until)?;
            return Ok(());
        }
        let (count, _) = db::container_usage(conn, &account, &name)?;
        if count > 0 && !recursive {
            return Err(Fault::conflict(format!("container {name} is not empty")));
        }
        let query = ListQuery { limit: usize::MAX, ..Default::default() };
        let versions = db::list_objects(conn, &account, &name, &query)?;
        delete_objects(docs, &container, versions.iter().map(|v| v.name.as_str()), &user)?;
        if !recursive {
            db::delete_container(conn, &account, &name)?;
        }
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::NO_CONTENT, HeaderMap::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_filters() {
        let meta: Meta = [("Color".to_string(), "blue".to_string())].into();
        assert!(meta_matches(&meta, &["color".into()]));
        assert!(meta_matches(&meta, &["color=blue".into()]));
        assert!(!meta_matches(&meta, &["!color".into()]));
        assert!(meta_matches(&meta, &["!size".into()]));
    }
}
