//! The sandbox Pithos object store (`/object-store/v1/<account>[/<container>[/<object>]]`).
//!
//! It speaks the Pithos wire protocol as the reference describes it (§2.7): hashmap
//! uploads (`PUT ?hashmap` → 201 or 409 with the missing hashes, block `POST` → 202),
//! ranged and conditional reads, versions with `version`/`until`, sharing enforced on
//! reads by other users, public links, account groups, server-side copy and move, and
//! the `pithos.diskspace` quota per project. Object data never sits whole in memory:
//! uploads are cut into blocks as they stream in and reads stream block by block.

pub mod blocks;
pub mod db;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use futures::StreamExt;
use md5::Digest as _;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use self::blocks::BlockStore;
use self::db::{Container, DbResult, Fail, ListQuery, Meta, NewVersion, Sharing, Version};
use super::{Docs, Fault, SandboxState, astakos};
use crate::clients::pithos::HOME_CONTAINER;
use crate::protocol::pithos_hash as hashing;

/// The largest listing page, as in Pithos.
const LISTING_LIMIT: usize = 10_000;
/// The largest block-upload request body (one request may carry several blocks).
const MAX_BLOCK_POST: usize = 64 * 1024 * 1024;
/// The quota resource object data is charged to.
const DISKSPACE: &str = "pithos.diskspace";
/// How many blocks of one upload are hashed and written at once while the next arrive.
const BLOCKS_IN_FLIGHT: usize = 3;
/// How many blocks one read loads ahead of the one being sent.
const BLOCKS_READ_AHEAD: usize = 2;
/// How many blocks of an older data dir move out of SQLite per step.
const MIGRATION_BATCH: usize = 16;

/// The block files of the sandbox's data dir.
pub fn block_store(state: &SandboxState) -> BlockStore {
    BlockStore::new(&state.options.data_dir)
}

/// Creates the Pithos tables and every user's `pithos` container (idempotent).
pub fn seed(state: &Arc<SandboxState>) -> Result<(), Fault> {
    state.store.migrate(db::SCHEMA)?;
    let blocks = block_store(state);
    blocks.sweep_stale_temps().map_err(block_fault)?;
    migrate_blob_blocks(state, &blocks)?;
    let users: Vec<super::User> = state.store.list(astakos::USER_KIND)?;
    state.store.transaction(|docs| {
        for user in &users {
            if db::find_container(docs.conn(), &user.uuid, HOME_CONTAINER)?.is_none() {
                db::save_container(docs.conn(), &Container::new(&user.uuid, HOME_CONTAINER, &user.uuid))?;
            }
        }
        Ok(())
    })
}

/// Moves the blocks of a data dir written before blocks became files out of SQLite. Each
/// block is renamed into place before its row goes, so a crash (or another process
/// migrating the same dir at once) only repeats work.
fn migrate_blob_blocks(state: &SandboxState, blocks: &BlockStore) -> Result<(), Fault> {
    loop {
        let batch = state.store.with_conn(|conn| db::legacy_blocks(conn, MIGRATION_BATCH))?;
        if batch.is_empty() {
            return state.store.with_conn(db::drop_legacy_blocks);
        }
        for (hash, data) in &batch {
            blocks.put_hashed(hash, data).map_err(block_fault)?;
        }
        let hashes: Vec<String> = batch.into_iter().map(|(hash, _)| hash).collect();
        state.store.with_conn(|conn| db::forget_legacy_blocks(conn, &hashes))?;
    }
}

fn block_fault(err: std::io::Error) -> Fault {
    Fault::new(500, "internalServerError", format!("block store: {err}"))
}

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/object-store/v1", any(top))
        .route("/object-store/v1/", any(top))
        .route("/object-store/v1/{account}", any(account))
        .route("/object-store/v1/{account}/", any(account))
        .route("/object-store/v1/{account}/{container}", any(container))
        .route("/object-store/v1/{account}/{container}/", any(container))
        .route("/object-store/v1/{account}/{container}/{*object}", any(object))
        .route("/public/{token}", any(public_object))
        .route("/auth/v1.0", any(swift_auth))
        .with_state(state)
}

// ---------------------------------------------------------------------------------------
// plumbing shared by the handlers

type Reply = Result<Response, Fail>;

impl IntoResponse for Fail {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = match self.json {
            Some(json) => json,
            None => serde_json::json!({
                self.fault: { "code": self.status, "message": self.message, "details": "" }
            }),
        };
        (status, [("content-type", "application/json; charset=UTF-8")], body.to_string()).into_response()
    }
}

/// Runs storage work on the blocking pool, in one transaction of the sandbox store (a
/// failure rolls back everything it wrote, quota charges included).
async fn with_db<T, F>(state: &Arc<SandboxState>, work: F) -> DbResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Docs<'_>) -> DbResult<T> + Send + 'static,
{
    let state = Arc::clone(state);
    tokio::task::spawn_blocking(move || state.store.transaction(|docs| work(docs).map_err(Fault::from)))
        .await
        .map_err(|err| Fail::new(500, "internalServerError", format!("storage task failed: {err}")))?
        .map_err(Fail::from)
}

/// The caller's account uuid, from `X-Auth-Token` (header or query parameter).
fn caller(state: &SandboxState, headers: &HeaderMap, query: &Query) -> Result<String, Fault> {
    let mut headers = headers.clone();
    if let (false, Some(token)) = (headers.contains_key("x-auth-token"), query.get("X-Auth-Token"))
        && let Ok(value) = HeaderValue::from_str(token)
    {
        headers.insert("x-auth-token", value);
    }
    state.authenticate(&headers).map(|user| user.uuid)
}

/// Query parameters; flags count by presence whatever their value (`?update`, `shared=None`).
struct Query(Vec<(String, String)>);

impl Query {
    fn parse(raw: Option<String>) -> Query {
        let raw = raw.unwrap_or_default();
        Query(url::form_urlencoded::parse(raw.as_bytes()).into_owned().collect())
    }
    fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    fn json(&self) -> bool {
        self.get("format") == Some("json")
    }
    /// `until` as epoch seconds (Pithos wants an integer; a float is accepted too).
    fn until(&self) -> Option<f64> {
        self.get("until").and_then(|u| u.parse::<f64>().ok())
    }
}

/// A header's value, percent-decoded as Pithos does for every header carrying `%`.
fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    let raw = headers.get(name)?.to_str().ok()?;
    Some(percent_decode_str(raw).decode_utf8_lossy().into_owned())
}

/// The characters Pithos leaves unquoted in response header values.
const HEADER_QUOTE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'=')
    .remove(b',')
    .remove(b':')
    .remove(b'@')
    .remove(b';')
    .remove(b' ')
    .remove(b'"')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'*')
    .remove(b'+');

fn quoted(value: &str) -> HeaderValue {
    let text = utf8_percent_encode(value, HEADER_QUOTE).to_string();
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn set(headers: &mut HeaderMap, name: &str, value: impl AsRef<str>) {
    if let Ok(name) = HeaderName::try_from(name) {
        headers.insert(name, quoted(value.as_ref()));
    }
}

fn http_date(epoch: f64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(epoch.max(0.0));
    httpdate::fmt_http_date(time)
}

fn iso_date(epoch: f64) -> String {
    let millis = (epoch * 1000.0) as i64;
    chrono::DateTime::from_timestamp_millis(millis)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string())
        .unwrap_or_default()
}

/// Metadata from `X-<Level>-Meta-*` request headers (keys normalised).
fn meta_from_headers(headers: &HeaderMap, prefix: &str) -> Meta {
    let mut meta = Meta::new();
    for (name, value) in headers {
        if let Some(key) = name.as_str().strip_prefix(prefix) {
            let key = percent_decode_str(key).decode_utf8_lossy();
            let value = percent_decode_str(value.to_str().unwrap_or_default()).decode_utf8_lossy();
            meta.insert(db::format_header_key(&key), value.into_owned());
        }
    }
    meta
}

/// Applies new metadata: `update` merges (an empty value deletes a key), otherwise replaces.
fn merge_meta(old: &Meta, new: Meta, update: bool) -> Meta {
    let mut merged = if update { old.clone() } else { Meta::new() };
    for (key, value) in new {
        if value.is_empty() {
            merged.remove(&key);
        } else {
            merged.insert(key, value);
        }
    }
    merged
}

fn empty(status: StatusCode, headers: HeaderMap) -> Response {
    (status, headers).into_response()
}

fn json_reply(status: StatusCode, mut headers: HeaderMap, value: &serde_json::Value) -> Response {
    headers.insert("content-type", HeaderValue::from_static("application/json; charset=UTF-8"));
    (status, headers, value.to_string()).into_response()
}

/// A text listing: one name per line, 204 when empty (OpenStack's plain format).
fn text_reply(mut headers: HeaderMap, names: Vec<String>) -> Response {
    if names.is_empty() {
        return empty(StatusCode::NO_CONTENT, headers);
    }
    headers.insert("content-type", HeaderValue::from_static("text/plain; charset=UTF-8"));
    let mut body = names.join("\n");
    body.push('\n');
    (StatusCode::OK, headers, body).into_response()
}

fn not_allowed(allow: &str) -> Reply {
    let mut response = Fail::new(405, "notAllowed", "method not allowed").into_response();
    response
        .headers_mut()
        .insert("allow", HeaderValue::from_str(allow).unwrap_or(HeaderValue::from_static("GET")));
    Ok(response)
}

/// Charges (or, negative, releases) object bytes to the container's project, inside the
/// caller's transaction.
fn charge(docs: &Docs<'_>, container: &Container, delta: i64) -> DbResult<()> {
    astakos::charge_in(docs, &container.account, &container.project, DISKSPACE, delta).map_err(Fail::from)
}

/// Deletes the named objects of `container` as `user`, inside the caller's transaction, and
/// releases the bytes they held.
fn delete_objects<'a>(
    docs: &Docs<'_>,
    container: &Container,
    names: impl IntoIterator<Item = &'a str>,
    user: &str,
) -> DbResult<()> {
    let mut freed = 0u64;
    for name in names {
        freed += db::delete_object(docs.conn(), container, name, user)?;
    }
    charge(docs, container, -i64::try_from(freed).unwrap_or(i64::MAX))
}

/// Fails when a write would take a container past its own quota policy.
fn check_container_quota(conn: &rusqlite::Connection, container: &Container, delta: i64) -> DbResult<()> {
    if container.quota == 0 || delta <= 0 {
        return Ok(());
    }
    let (_, used) = db::container_usage(conn, &container.account, &container.name)?;
    if used + delta as u64 > container.quota {
        return Err(Fail::new(
            413,
            "overLimit",
            format!("Quota error: container {} holds {used} of {} bytes", container.name, container.quota),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// permissions

/// What a caller may do with a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Access {
    None,
    Read,
    Write,
    Owner,
}

/// Whether `principal` (uuid, `account:group` or `*`) names `user`.
fn principal_matches(conn: &rusqlite::Connection, principal: &str, user: &str) -> DbResult<bool> {
    if principal == "*" || principal == user {
        return Ok(true);
    }
    if let Some((owner, group)) = principal.split_once(':') {
        let account = db::get_account(conn, owner)?;
        return Ok(account.groups.get(group).is_some_and(|members| members.iter().any(|m| m == user)));
    }
    Ok(false)
}

/// The sharing that applies to a path: its own, or its nearest shared ancestor's
/// (with that ancestor's path, for `X-Object-Shared-By`).
fn effective_sharing(
    conn: &rusqlite::Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<(String, Sharing)>> {
    let mut path = name.trim_end_matches('/').to_string();
    loop {
        if let Some(sharing) = db::get_sharing(conn, account, container, &path)? {
            return Ok(Some((path, sharing)));
        }
        match path.rfind('/') {
            Some(i) => path.truncate(i),
            None => return Ok(None),
        }
    }
}

fn access_to(
    conn: &rusqlite::Connection,
    user: &str,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Access> {
    if user == account {
        return Ok(Access::Owner);
    }
    let Some((_, sharing)) = effective_sharing(conn, account, container, name)? else {
        return Ok(Access::None);
    };
    for principal in &sharing.write {
        if principal_matches(conn, principal, user)? {
            return Ok(Access::Write);
        }
    }
    for principal in &sharing.read {
        if principal_matches(conn, principal, user)? {
            return Ok(Access::Read);
        }
    }
    Ok(Access::None)
}

fn require(access: Access, needed: Access, what: &str) -> DbResult<()> {
    if access >= needed {
        Ok(())
    } else if access == Access::None {
        // Pithos answers 403 to a path the caller cannot see at all.
        Err(Fail::forbidden(format!("not allowed to access {what}")))
    } else {
        Err(Fail::forbidden(format!("not allowed to write {what}")))
    }
}

/// The (container, path) pairs of an account that `user` may read through sharing.
fn readable_names(conn: &rusqlite::Connection, user: &str, account: &str) -> DbResult<Vec<(String, String)>> {
    let mut readable = Vec::new();
    for (container, name, sharing) in db::list_sharing(conn, account)? {
        let mut allowed = false;
        for principal in sharing.read.iter().chain(&sharing.write) {
            if principal_matches(conn, principal, user)? {
                allowed = true;
                break;
            }
        }
        if allowed {
            readable.push((container, name));
        }
    }
    Ok(readable)
}

/// Swift v1 auth (`X-Auth-User`: the username, `X-Auth-Key`: the user's token), so that
/// Swift clients (`swift`, python-swiftclient) find the storage URL of a sandbox account.
async fn swift_auth(State(state): State<Arc<SandboxState>>, headers: HeaderMap) -> Response {
    let (Some(user), Some(key)) = (header(&headers, "x-auth-user"), header(&headers, "x-auth-key")) else {
        return Fault::unauthorized("X-Auth-User and X-Auth-Key are required").into_response();
    };
    match state.user_by_name(&user) {
        Ok(Some(found)) if found.token == key => {
            let mut reply = HeaderMap::new();
            set(
                &mut reply,
                "x-storage-url",
                format!("{}/object-store/v1/{}", public_base(&state), found.uuid),
            );
            set(&mut reply, "x-auth-token", &found.token);
            set(&mut reply, "x-storage-token", &found.token);
            empty(StatusCode::OK, reply)
        }
        Ok(_) => Fault::unauthorized("Invalid user or key").into_response(),
        Err(fault) => fault.into_response(),
    }
}

// ---------------------------------------------------------------------------------------
// top level: accounts that share with the caller

async fn top(
    State(state): State<Arc<SandboxState>>,
    method: Method,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(raw);
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
        Err(fail) => fail.into_response(),
    }
}

// ---------------------------------------------------------------------------------------
// account level

async fn account(
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
        return Err(Fail::forbidden("not allowed to read another account's details"));
    }
    Ok(empty(StatusCode::NO_CONTENT, account_headers(state, account).await?))
}

async fn account_get(state: &Arc<SandboxState>, user: String, account: String, query: Query) -> Reply {
    if query.has("public") && user != account {
        return Err(Fail::forbidden("only the owner can list public objects"));
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
        return Err(Fail::forbidden("not allowed to modify another account"));
    }
    let update = query.has("update");
    let meta = meta_from_headers(&headers, "x-account-meta-");
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, value) in &headers {
        if let Some(group) = name.as_str().strip_prefix("x-account-group-") {
            let group = percent_decode_str(group).decode_utf8_lossy().to_lowercase();
            if group.contains('-') || group.contains('_') || group.is_empty() {
                return Err(Fail::bad_request(format!(
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

// ---------------------------------------------------------------------------------------
// container level

async fn container(
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

fn container_headers(conn: &rusqlite::Connection, container: &Container) -> DbResult<HeaderMap> {
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
            return Err(Fail::forbidden(format!("not allowed to access container {name}")));
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
        "hash": version.hash,
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
            return Err(Fail::forbidden("only the owner can list public objects"));
        }
        if !owner && !readable_names(conn, &user, &account)?.iter().any(|(c, _)| *c == name) {
            return Err(Fail::forbidden(format!("not allowed to list container {name}")));
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
        Some(q) => Some(q.trim().parse::<u64>().map_err(|_| Fail::bad_request(format!("bad quota `{q}`")))?),
        None => None,
    };
    let versioning = match header(headers, "x-container-policy-versioning") {
        Some(v) if v == "auto" || v == "none" => Some(v),
        Some(v) => return Err(Fail::bad_request(format!("bad versioning policy `{v}` (auto or none)"))),
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
        return Err(Fail::forbidden("not allowed to create containers in another account"));
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
        return Err(Fail::forbidden("not allowed to modify another account's container"));
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

/// Block upload: the body is cut into block-size chunks as it streams in, each stored;
/// the reply lists their hashes.
async fn upload_blocks(state: &Arc<SandboxState>, account: String, name: String, body: Body) -> Reply {
    let (a, n) = (account.clone(), name.clone());
    let container = with_db(state, move |docs| db::get_container(docs.conn(), &a, &n)).await?;
    let stored = store_stream(state, container.block_size, body, Some(MAX_BLOCK_POST as u64), false).await?;
    Ok(json_reply(StatusCode::ACCEPTED, HeaderMap::new(), &serde_json::json!(stored.hashes)))
}

async fn container_delete(
    state: &Arc<SandboxState>,
    user: String,
    account: String,
    name: String,
    query: Query,
) -> Reply {
    if user != account {
        return Err(Fail::forbidden("not allowed to delete another account's container"));
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
            return Err(Fail::conflict(format!("container {name} is not empty")));
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

// ---------------------------------------------------------------------------------------
// object level

async fn object(
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

/// An object path.
#[derive(Debug, Clone)]
struct Target {
    account: String,
    container: String,
    name: String,
}

impl Target {
    fn display(&self) -> String {
        format!("{}/{}", self.container, self.name)
    }
}

/// The sandbox's public URL base, for `X-Object-Public`.
fn public_base(state: &SandboxState) -> String {
    state.base_url.trim_end_matches('/').to_string()
}

fn object_headers(
    conn: &rusqlite::Connection,
    state_base: &str,
    user: &str,
    version: &Version,
    access: Access,
) -> DbResult<HeaderMap> {
    let mut headers = HeaderMap::new();
    set(&mut headers, "etag", &version.hash);
    set(&mut headers, "content-length", version.bytes.to_string());
    set(&mut headers, "content-type", &version.content_type);
    set(&mut headers, "last-modified", http_date(version.modified));
    if let Some(encoding) = &version.content_encoding {
        set(&mut headers, "content-encoding", encoding);
    }
    if let Some(disposition) = &version.content_disposition {
        set(&mut headers, "content-disposition", disposition);
    }
    set(&mut headers, "x-object-hash", &version.hash);
    set(&mut headers, "x-object-uuid", &version.uuid);
    set(&mut headers, "x-object-version", version.serial.to_string());
    set(&mut headers, "x-object-version-timestamp", http_date(version.modified));
    set(&mut headers, "x-object-modified-by", &version.modified_by);
    set(&mut headers, "accept-ranges", "bytes");
    if let Some((path, sharing)) =
        effective_sharing(conn, &version.account, &version.container, &version.name)?
    {
        set(&mut headers, "x-object-sharing", sharing.header());
        if path != version.name {
            set(&mut headers, "x-object-shared-by", format!("{}/{}", version.container, path));
        }
    }
    if access == Access::Owner {
        if let Some(token) = db::get_public(conn, &version.account, &version.container, &version.name)? {
            set(&mut headers, "x-object-public", format!("{state_base}/public/{token}"));
        }
    } else if user != version.account {
        set(&mut headers, "x-object-allowed-to", if access >= Access::Write { "write" } else { "read" });
    }
    for (key, value) in &version.meta {
        set(&mut headers, &format!("x-object-meta-{key}"), value);
    }
    Ok(headers)
}

/// Evaluates If-Match / If-None-Match / If-(Un)Modified-Since for a read.
fn read_preconditions(headers: &HeaderMap, version: &Version) -> Result<(), StatusCode> {
    let etag_in = |list: &str| {
        list.split(',').map(|t| t.trim().trim_matches('"')).any(|t| t == "*" || t == version.hash)
    };
    if let Some(list) = header(headers, "if-match")
        && !etag_in(&list)
    {
        return Err(StatusCode::PRECONDITION_FAILED);
    }
    if let Some(list) = header(headers, "if-none-match")
        && etag_in(&list)
    {
        return Err(StatusCode::NOT_MODIFIED);
    }
    let modified = version.modified.floor();
    if let Some(since) = header(headers, "if-modified-since").and_then(|d| httpdate::parse_http_date(&d).ok())
    {
        let since = since.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
        if modified <= since {
            return Err(StatusCode::NOT_MODIFIED);
        }
    }
    if let Some(since) =
        header(headers, "if-unmodified-since").and_then(|d| httpdate::parse_http_date(&d).ok())
    {
        let since = since.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
        if modified > since {
            return Err(StatusCode::PRECONDITION_FAILED);
        }
    }
    Ok(())
}

async fn object_read(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
    with_body: bool,
) -> Reply {
    let version_param = query.get("version").map(str::to_string);
    let until = query.until();
    let base = public_base(state);
    let t = target.clone();
    let u = user.clone();
    let list_versions = version_param.as_deref() == Some("list");
    let serial = match version_param.as_deref() {
        Some("list") | None => None,
        Some(v) => Some(v.parse::<i64>().map_err(|_| Fail::bad_request(format!("bad version `{v}`")))?),
    };
    let (version, block_size, mut reply_headers, versions) = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &t.account, &t.container)?;
        let access = access_to(conn, &u, &t.account, &t.container, &t.name)?;
        require(access, Access::Read, &t.display())?;
        if list_versions {
            let versions = db::list_versions(conn, &t.account, &t.container, &t.name)?;
            if versions.is_empty() {
                return Err(Fail::not_found(format!("object {} does not exist", t.display())));
            }
            let current = db::get_version(conn, &t.account, &t.container, &t.name, None, None).ok();
            let headers = match &current {
                Some(v) => object_headers(conn, &base, &u, v, access)?,
                None => HeaderMap::new(),
            };
            let version = current.unwrap_or_else(|| versions[versions.len() - 1].clone());
            return Ok((version, container.block_size, headers, Some(versions)));
        }
        let version = db::get_version(conn, &t.account, &t.container, &t.name, serial, until)?;
        let headers = object_headers(conn, &base, &u, &version, access)?;
        Ok((version, container.block_size, headers, None))
    })
    .await?;
    if let Some(versions) = versions {
        let list: Vec<_> =
            versions.iter().map(|v| serde_json::json!([v.serial, v.modified.to_string()])).collect();
        reply_headers.remove("content-length");
        return Ok(json_reply(StatusCode::OK, reply_headers, &serde_json::json!({ "versions": list })));
    }
    if let Err(status) = read_preconditions(&headers, &version) {
        if status == StatusCode::PRECONDITION_FAILED {
            return Err(Fail::precondition("precondition failed"));
        }
        reply_headers.remove("content-length");
        return Ok(empty(status, reply_headers));
    }
    if query.has("hashmap") && with_body {
        let hashes = if version.hashes.is_empty() {
            vec![hashing::block_hash_hex(b"")]
        } else {
            version.hashes.clone()
        };
        let hashmap = serde_json::json!({
            "block_size": block_size,
            "block_hash": hashing::DEFAULT_BLOCK_HASH,
            "bytes": version.bytes,
            "hashes": hashes,
        });
        reply_headers.remove("content-length");
        return Ok(json_reply(StatusCode::OK, reply_headers, &hashmap));
    }
    if !with_body {
        return Ok(empty(StatusCode::OK, reply_headers));
    }
    serve_data(state, version, block_size, &headers, reply_headers)
}

/// Parses a `Range: bytes=a-b,c-,-n` header into inclusive ranges within `size`.
fn parse_ranges(spec: &str, size: u64) -> Option<Vec<(u64, u64)>> {
    let spec = spec.trim().strip_prefix("bytes=")?;
    let mut ranges = Vec::new();
    for part in spec.split(',') {
        let (start, end) = part.trim().split_once('-')?;
        let range = match (start.trim(), end.trim()) {
            ("", suffix) => {
                let n: u64 = suffix.parse().ok()?;
                if n == 0 || size == 0 {
                    return Some(Vec::new());
                }
                (size.saturating_sub(n), size - 1)
            }
            (start, "") => (start.parse().ok()?, size.checked_sub(1)?),
            (start, end) => {
                let (s, e): (u64, u64) = (start.parse().ok()?, end.parse().ok()?);
                (s, e.min(size.checked_sub(1)?))
            }
        };
        if range.0 > range.1 || range.0 >= size {
            return Some(Vec::new());
        }
        ranges.push(range);
    }
    Some(ranges)
}

/// Streams an object's bytes (all, one range, or several as multipart/byteranges).
fn serve_data(
    state: &Arc<SandboxState>,
    version: Version,
    block_size: u64,
    request: &HeaderMap,
    mut headers: HeaderMap,
) -> Reply {
    let size = version.bytes;
    let range_header = header(request, "range");
    let if_range_ok = match header(request, "if-range") {
        Some(tag) => tag.trim_matches('"') == version.hash,
        None => true,
    };
    let ranges = match range_header.filter(|_| if_range_ok) {
        None => None,
        Some(spec) => match parse_ranges(&spec, size) {
            None => None,
            Some(ranges) if ranges.is_empty() => {
                let mut response =
                    Fail::new(416, "rangeNotSatisfiable", "requested range not satisfiable").into_response();
                response.headers_mut().insert("content-range", quoted(&format!("bytes */{size}")));
                return Ok(response);
            }
            Some(ranges) => Some(ranges),
        },
    };
    let version = Arc::new(version);
    match ranges {
        None => {
            let body = Body::from_stream(block_stream(Arc::clone(state), version, block_size, 0, size));
            Ok((StatusCode::OK, headers, body).into_response())
        }
        Some(ranges) if ranges.len() == 1 => {
            let (start, end) = ranges[0];
            set(&mut headers, "content-range", format!("bytes {start}-{end}/{size}"));
            set(&mut headers, "content-length", (end - start + 1).to_string());
            let body =
                Body::from_stream(block_stream(Arc::clone(state), version, block_size, start, end + 1));
            Ok((StatusCode::PARTIAL_CONTENT, headers, body).into_response())
        }
        Some(ranges) => {
            let boundary = uuid::Uuid::new_v4().simple().to_string();
            headers.remove("content-length");
            set(&mut headers, "content-type", format!("multipart/byteranges; boundary={boundary}"));
            let state = Arc::clone(state);
            let parts = futures::stream::iter(ranges).flat_map(move |(start, end)| {
                let head = format!(
                    "--{boundary}\r\nContent-Range: bytes {start}-{end}/{size}\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                );
                futures::stream::once(async move { Ok(Bytes::from(head)) })
                    .chain(block_stream(Arc::clone(&state), Arc::clone(&version), block_size, start, end + 1))
                    .chain(futures::stream::once(async { Ok(Bytes::from_static(b"\r\n")) }))
            });
            let closing = format!("--{}--\r\n", headers_boundary(&headers));
            let body = parts
                .chain(futures::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(closing)) }));
            Ok((StatusCode::PARTIAL_CONTENT, headers, Body::from_stream(body)).into_response())
        }
    }
}

fn headers_boundary(headers: &HeaderMap) -> String {
    headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("boundary=").nth(1))
        .unwrap_or_default()
        .to_string()
}

/// The bytes `[start, end)` of an object, read from its block files one block at a time
/// on the blocking pool, [`BLOCKS_READ_AHEAD`] blocks ahead of the one being sent.
fn block_stream(
    state: Arc<SandboxState>,
    version: Arc<Version>,
    block_size: u64,
    start: u64,
    end: u64,
) -> impl futures::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let store = block_store(&state);
    let block_size = block_size.max(1);
    let first = start / block_size;
    let last = if end == 0 { 0 } else { (end - 1) / block_size + 1 };
    futures::stream::iter(first..last)
        .map(move |index| {
            let store = store.clone();
            let version = Arc::clone(&version);
            async move {
                let hash = version
                    .hashes
                    .get(usize::try_from(index).unwrap_or(usize::MAX))
                    .cloned()
                    .ok_or_else(|| std::io::Error::other("object hashmap is shorter than its size"))?;
                let block_start = index * block_size;
                let block_end = (block_start + block_size).min(version.bytes);
                let (from, to) = (start.max(block_start) - block_start, end.min(block_end) - block_start);
                let data = tokio::task::spawn_blocking(move || store.read(&hash, from, to))
                    .await
                    .map_err(std::io::Error::other)??;
                Ok(Bytes::from(data))
            }
        })
        .buffered(BLOCKS_READ_AHEAD)
}

/// Headers describing the object of a PUT (type, encoding, meta, sharing, public).
struct ObjectFields {
    content_type: Option<String>,
    content_encoding: Option<String>,
    content_disposition: Option<String>,
    meta: Meta,
    sharing: Option<Sharing>,
    public: Option<bool>,
}

fn object_fields(headers: &HeaderMap) -> DbResult<ObjectFields> {
    let sharing = match header(headers, "x-object-sharing") {
        Some(value) => Some(Sharing::parse(&value)?),
        None => None,
    };
    let public = header(headers, "x-object-public").map(|v| v.eq_ignore_ascii_case("true"));
    Ok(ObjectFields {
        content_type: header(headers, "content-type").filter(|t| !t.is_empty()),
        content_encoding: header(headers, "content-encoding"),
        content_disposition: header(headers, "content-disposition"),
        meta: meta_from_headers(headers, "x-object-meta-"),
        sharing,
        public,
    })
}

/// Evaluates If-Match / If-None-Match for a write against the current object.
fn write_preconditions(headers: &HeaderMap, current: Option<&Version>) -> DbResult<()> {
    if let Some(list) = header(headers, "if-match") {
        let ok = current.is_some_and(|v| {
            list.split(',').map(|t| t.trim().trim_matches('"')).any(|t| t == "*" || t == v.hash)
        });
        if !ok {
            return Err(Fail::precondition("If-Match: the object does not match"));
        }
    }
    if let Some(list) = header(headers, "if-none-match") {
        let matched = current.is_some_and(|v| {
            list.split(',').map(|t| t.trim().trim_matches('"')).any(|t| t == "*" || t == v.hash)
        });
        if matched {
            return Err(Fail::precondition("If-None-Match: the object exists"));
        }
    }
    Ok(())
}

async fn object_put(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
    body: Body,
) -> Reply {
    let fields = object_fields(&headers)?;
    if let Some(source) = header(&headers, "x-copy-from") {
        return copy_object(state, user, source, target, false, &headers, fields).await;
    }
    if let Some(source) = header(&headers, "x-move-from") {
        return copy_object(state, user, source, target, true, &headers, fields).await;
    }
    let (t, u) = (target.clone(), user.clone());
    let (container, current) = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &t.account, &t.container)?;
        require(access_to(conn, &u, &t.account, &t.container, &t.name)?, Access::Write, &t.display())?;
        let current = db::get_version(conn, &t.account, &t.container, &t.name, None, None).ok();
        Ok((container, current))
    })
    .await?;
    write_preconditions(&headers, current.as_ref())?;
    let Some(content_type) = fields.content_type.clone() else {
        return Err(Fail::new(411, "lengthRequired", "missing Content-Type header"));
    };
    let (bytes, hashes) = if query.has("hashmap") {
        let data = axum::body::to_bytes(body, MAX_BLOCK_POST)
            .await
            .map_err(|_| Fail::bad_request("hashmap body is too large"))?;
        let hashmap: serde_json::Value =
            serde_json::from_slice(&data).map_err(|e| Fail::bad_request(format!("bad hashmap JSON: {e}")))?;
        let bytes = match &hashmap["bytes"] {
            serde_json::Value::Number(n) => n.as_u64(),
            serde_json::Value::String(s) => s.parse().ok(),
            _ => None,
        }
        .ok_or_else(|| Fail::bad_request("hashmap has no valid `bytes`"))?;
        let hashes: Vec<String> = hashmap["hashes"]
            .as_array()
            .ok_or_else(|| Fail::bad_request("hashmap has no `hashes` list"))?
            .iter()
            .map(|h| {
                h.as_str().map(str::to_lowercase).ok_or_else(|| Fail::bad_request("a hash is not a string"))
            })
            .collect::<DbResult<_>>()?;
        let empty_hash = hashing::block_hash_hex(b"");
        let consistent = if bytes == 0 {
            hashes.is_empty() || hashes == [empty_hash.clone()]
        } else {
            hashes.len() as u64 == hashing::block_count(bytes, container.block_size)
        };
        if !consistent {
            return Err(Fail::bad_request("hashmap and size do not match"));
        }
        let hashes = if bytes == 0 { Vec::new() } else { hashes };
        let (store, lookup) = (block_store(state), hashes.clone());
        let missing = tokio::task::spawn_blocking(move || store.missing(&lookup))
            .await
            .map_err(|err| Fail::new(500, "internalServerError", format!("block task failed: {err}")))?;
        if !missing.is_empty() {
            let mut fail = Fail::conflict("missing blocks");
            fail.json = Some(serde_json::json!(missing));
            return Err(fail);
        }
        (bytes, hashes)
    } else {
        // The MD5 costs as much as the block hashes, so it is computed only to check an ETag.
        let expected_md5 = header(&headers, "etag").map(|e| e.trim_matches('"').to_lowercase());
        let stored = store_stream(state, container.block_size, body, None, expected_md5.is_some()).await?;
        if expected_md5.is_some() && expected_md5 != stored.md5 {
            return Err(Fail::new(422, "unprocessableEntity", "the ETag does not match the data's MD5"));
        }
        (stored.bytes, stored.hashes)
    };
    let new = NewVersion {
        bytes,
        hashes,
        content_type,
        content_encoding: fields.content_encoding.clone(),
        content_disposition: fields.content_disposition.clone(),
        meta: fields.meta.clone(),
        modified_by: user.clone(),
        uuid: None,
    };
    let version = write_version(state, container, target, new, fields).await?;
    let mut reply = HeaderMap::new();
    set(&mut reply, "etag", &version.hash);
    set(&mut reply, "x-object-version", version.serial.to_string());
    Ok(empty(StatusCode::CREATED, reply))
}

/// What storing a streamed body produced.
struct Stored {
    bytes: u64,
    hashes: Vec<String>,
    /// The MD5 of the whole body, when asked for.
    md5: Option<String>,
}

/// Stores a streamed body as blocks: each block, once its bytes have arrived, is hashed
/// and written to its file on the blocking pool while the next one arrives, with at most
/// [`BLOCKS_IN_FLIGHT`] blocks in memory. `limit` caps the body's size.
async fn store_stream(
    state: &Arc<SandboxState>,
    block_size: u64,
    body: Body,
    limit: Option<u64>,
    want_md5: bool,
) -> DbResult<Stored> {
    let store = block_store(state);
    let block_len = usize::try_from(block_size).unwrap_or(usize::MAX).max(1);
    let mut stream = body.into_data_stream();
    let mut pending: Vec<Bytes> = Vec::new();
    let mut pending_len = 0usize;
    let mut in_flight = futures::stream::FuturesOrdered::new();
    let mut hashes = Vec::new();
    let mut md5 = want_md5.then(md5::Md5::new);
    let mut total = 0u64;
    while let Some(chunk) = stream.next().await {
        let mut chunk = chunk.map_err(|e| Fail::bad_request(format!("upload interrupted: {e}")))?;
        total += chunk.len() as u64;
        if limit.is_some_and(|limit| total > limit) {
            return Err(Fail::new(413, "requestEntityTooLarge", "block upload body is too large"));
        }
        if let Some(md5) = &mut md5 {
            md5.update(&chunk);
        }
        while !chunk.is_empty() {
            let take = (block_len - pending_len).min(chunk.len());
            pending.push(chunk.split_to(take));
            pending_len += take;
            if pending_len == block_len {
                in_flight.push_back(put_block(&store, std::mem::take(&mut pending)));
                pending_len = 0;
                if in_flight.len() >= BLOCKS_IN_FLIGHT
                    && let Some(done) = in_flight.next().await
                {
                    hashes.push(stored_hash(done)?);
                }
            }
        }
    }
    if pending_len > 0 {
        in_flight.push_back(put_block(&store, pending));
    }
    while let Some(done) = in_flight.next().await {
        hashes.push(stored_hash(done)?);
    }
    Ok(Stored { bytes: total, hashes, md5: md5.map(|md5| hex::encode(md5.finalize())) })
}

/// Hashes and writes one block on the blocking pool.
fn put_block(store: &BlockStore, segments: Vec<Bytes>) -> tokio::task::JoinHandle<std::io::Result<String>> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || store.put_segments(&segments))
}

fn stored_hash(done: Result<std::io::Result<String>, tokio::task::JoinError>) -> DbResult<String> {
    done.map_err(|err| Fail::new(500, "internalServerError", format!("block task failed: {err}")))?
        .map_err(|err| Fail::new(500, "internalServerError", format!("block store: {err}")))
}

/// Writes a new version with quota accounting, then applies sharing and public flags.
async fn write_version(
    state: &Arc<SandboxState>,
    container: Container,
    target: Target,
    new: NewVersion,
    fields: ObjectFields,
) -> DbResult<Version> {
    with_db(state, move |docs| {
        let conn = docs.conn();
        let old = db::get_version(conn, &container.account, &container.name, &target.name, None, None)
            .map_or(0, |v| v.bytes);
        let delta = new.bytes as i64 - old as i64;
        check_container_quota(conn, &container, delta)?;
        charge(docs, &container, delta)?;
        // A failure from here on rolls the whole transaction back, the charge included.
        let (version, _) = db::put_version(conn, &container, &target.name, new)?;
        if let Some(sharing) = &fields.sharing {
            db::set_sharing(conn, &container.account, &container.name, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            db::set_public(conn, &container.account, &container.name, &target.name, public)?;
        }
        Ok(version)
    })
    .await
}

/// `PUT` with `X-Copy-From`/`X-Move-From`: a server-side copy or move (with `delimiter`,
/// of everything under the source path too).
async fn copy_object(
    state: &Arc<SandboxState>,
    user: String,
    source: String,
    target: Target,
    is_move: bool,
    headers: &HeaderMap,
    fields: ObjectFields,
) -> Reply {
    let source = source.trim_start_matches('/');
    let (src_container, src_name) = source
        .split_once('/')
        .ok_or_else(|| Fail::bad_request(format!("bad source `{source}` (expected /container/object)")))?;
    let src = Target {
        account: header(headers, "x-source-account").unwrap_or_else(|| target.account.clone()),
        container: src_container.to_string(),
        name: src_name.to_string(),
    };
    let source_version = header(headers, "x-source-version")
        .map(|v| v.parse::<i64>().map_err(|_| Fail::bad_request(format!("bad source version `{v}`"))))
        .transpose()?;
    let if_none_match = header(headers, "if-none-match");
    let version = with_db(state, move |docs| {
        let conn = docs.conn();
        let src_access = access_to(conn, &user, &src.account, &src.container, &src.name)?;
        require(src_access, if is_move { Access::Write } else { Access::Read }, &src.display())?;
        let version = db::get_version(conn, &src.account, &src.container, &src.name, source_version, None)?;
        let dst_container = db::get_container(conn, &target.account, &target.container)?;
        require(
            access_to(conn, &user, &target.account, &target.container, &target.name)?,
            Access::Write,
            &target.display(),
        )?;
        let existing =
            db::get_version(conn, &target.account, &target.container, &target.name, None, None).ok();
        if if_none_match.is_some() && existing.is_some() {
            return Err(Fail::precondition(format!("object {} already exists", target.display())));
        }
        let same_path =
            src.account == target.account && src.container == target.container && src.name == target.name;
        if same_path && is_move {
            return Ok(version);
        }
        let mut meta = version.meta.clone();
        meta = merge_meta(&meta, fields.meta.clone(), true);
        let new = NewVersion {
            bytes: version.bytes,
            hashes: version.hashes.clone(),
            content_type: fields
                .content_type
                .clone()
                .filter(|_| headers_has_type(&fields))
                .unwrap_or(version.content_type.clone()),
            content_encoding: version.content_encoding.clone(),
            content_disposition: version.content_disposition.clone(),
            meta,
            modified_by: user.clone(),
            uuid: if is_move { Some(version.uuid.clone()) } else { None },
        };
        let old = existing.map_or(0, |v| v.bytes);
        let delta = new.bytes as i64 - old as i64;
        check_container_quota(conn, &dst_container, delta)?;
        charge(docs, &dst_container, delta)?;
        let (written, _) = db::put_version(conn, &dst_container, &target.name, new)?;
        if let Some(sharing) = &fields.sharing {
            db::set_sharing(conn, &target.account, &target.container, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            db::set_public(conn, &target.account, &target.container, &target.name, public)?;
        }
        if is_move {
            let src_container = db::get_container(conn, &src.account, &src.container)?;
            delete_objects(docs, &src_container, [src.name.as_str()], &user)?;
        }
        Ok(written)
    })
    .await?;
    let mut reply = HeaderMap::new();
    set(&mut reply, "etag", &version.hash);
    set(&mut reply, "x-object-version", version.serial.to_string());
    Ok(empty(StatusCode::CREATED, reply))
}

/// A copy keeps the source's type unless the request names one other than the default
/// that HTTP clients add on their own.
fn headers_has_type(fields: &ObjectFields) -> bool {
    fields.content_type.as_deref().is_some_and(|t| t != "application/octet-stream" && !t.is_empty())
}

/// `COPY`/`MOVE` with a `Destination` header: the same as PUT with X-Copy-From/X-Move-From.
async fn object_copy_method(
    state: &Arc<SandboxState>,
    user: String,
    source: Target,
    is_move: bool,
    headers: HeaderMap,
) -> Reply {
    let destination =
        header(&headers, "destination").ok_or_else(|| Fail::bad_request("missing Destination header"))?;
    let destination = destination.trim_start_matches('/');
    let (container, name) = destination
        .split_once('/')
        .ok_or_else(|| Fail::bad_request(format!("bad destination `{destination}`")))?;
    let target = Target {
        account: header(&headers, "destination-account").unwrap_or_else(|| source.account.clone()),
        container: container.to_string(),
        name: name.to_string(),
    };
    let mut headers = headers.clone();
    if let Ok(value) = HeaderValue::from_str(&source.account) {
        headers.insert("x-source-account", value);
    }
    let fields = object_fields(&headers)?;
    copy_object(
        state,
        user,
        format!("/{}/{}", source.container, source.name),
        target,
        is_move,
        &headers,
        fields,
    )
    .await
}

async fn object_post(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
) -> Reply {
    let fields = object_fields(&headers)?;
    let update = query.has("update");
    let has_meta = headers.keys().any(|k| k.as_str().starts_with("x-object-meta-"));
    with_db(state, move |docs| {
        let conn = docs.conn();
        db::get_container(conn, &target.account, &target.container)?;
        let access = access_to(conn, &user, &target.account, &target.container, &target.name)?;
        require(access, Access::Write, &target.display())?;
        let version = db::get_version(conn, &target.account, &target.container, &target.name, None, None)?;
        if has_meta || !update {
            let meta = merge_meta(&version.meta, fields.meta, update);
            db::update_meta(conn, &version, &meta)?;
        }
        if let Some(sharing) = &fields.sharing {
            if access != Access::Owner {
                return Err(Fail::forbidden("only the owner can change sharing"));
            }
            db::set_sharing(conn, &target.account, &target.container, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            if access != Access::Owner {
                return Err(Fail::forbidden("only the owner can publish"));
            }
            db::set_public(conn, &target.account, &target.container, &target.name, public)?;
        }
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::ACCEPTED, HeaderMap::new()))
}

async fn object_delete(state: &Arc<SandboxState>, user: String, target: Target, query: Query) -> Reply {
    let recursive = query.get("delimiter").is_some();
    let until = query.until();
    with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &target.account, &target.container)?;
        require(
            access_to(conn, &user, &target.account, &target.container, &target.name)?,
            Access::Write,
            &target.display(),
        )?;
        let mut names = Vec::new();
        match db::get_version(conn, &target.account, &target.container, &target.name, None, None) {
            Ok(_) => names.push(target.name.clone()),
            Err(fail) if !recursive => return Err(fail),
            Err(_) => {}
        }
        if recursive {
            let prefix = format!("{}/", target.name.trim_end_matches('/'));
            let query = ListQuery { prefix, limit: usize::MAX, ..Default::default() };
            names.extend(
                db::list_objects(conn, &target.account, &target.container, &query)?
                    .into_iter()
                    .map(|v| v.name),
            );
            if names.is_empty() {
                return Err(Fail::not_found(format!("object {} does not exist", target.display())));
            }
        }
        delete_objects(docs, &container, names.iter().map(String::as_str), &user)?;
        if let Some(until) = until {
            db::purge_history(conn, &container, until)?;
        }
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::NO_CONTENT, HeaderMap::new()))
}

/// A public link: readable by anyone, without a token.
async fn public_object(
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
        set(&mut reply_headers, "etag", &version.hash);
        set(&mut reply_headers, "content-length", version.bytes.to_string());
        set(&mut reply_headers, "content-type", &version.content_type);
        set(&mut reply_headers, "last-modified", http_date(version.modified));
        match method {
            Method::HEAD => Ok(empty(StatusCode::OK, reply_headers)),
            Method::GET => serve_data(&state, version, block_size, &headers, reply_headers),
            _ => not_allowed("GET, HEAD"),
        }
    }
    .await;
    reply.unwrap_or_else(IntoResponse::into_response)
}

// ---------------------------------------------------------------------------------------
// lookups for other sandbox services (the image service registers Pithos objects)

/// What other services need to know about a stored object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ObjectInfo {
    pub account: String,
    pub container: String,
    pub name: String,
    pub bytes: u64,
    /// The Merkle hash (`X-Object-Hash`, the ETag).
    pub hash: String,
    pub content_type: String,
    pub meta: BTreeMap<String, String>,
    /// The sharing of the object or its nearest shared folder, if any.
    pub read: Vec<String>,
    pub write: Vec<String>,
    pub public: bool,
    pub modified: f64,
}

impl ObjectInfo {
    /// Whether `user` may read the object (owner, shared with them, or a group of theirs).
    pub fn readable_by(&self, store_user: &str) -> bool {
        store_user == self.account || self.read.iter().chain(&self.write).any(|p| p == "*" || p == store_user)
    }
}

/// Looks up an object's current metadata by account, container and path; `None` when it
/// does not exist. Reads the same store the HTTP API writes.
pub fn object_info(
    state: &SandboxState,
    account: &str,
    container: &str,
    name: &str,
) -> Result<Option<ObjectInfo>, Fault> {
    state.store.transaction(|docs| lookup_object(docs.conn(), account, container, name).map_err(Fault::from))
}

fn lookup_object(
    conn: &rusqlite::Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<ObjectInfo>> {
    if db::find_container(conn, account, container)?.is_none() {
        return Ok(None);
    }
    let version = match db::get_version(conn, account, container, name, None, None) {
        Ok(version) => version,
        Err(fail) if fail.status == 404 => return Ok(None),
        Err(fail) => return Err(fail),
    };
    let sharing = effective_sharing(conn, account, container, name)?.map(|(_, s)| s).unwrap_or_default();
    Ok(Some(ObjectInfo {
        account: account.to_string(),
        container: container.to_string(),
        name: name.to_string(),
        bytes: version.bytes,
        hash: version.hash,
        content_type: version.content_type,
        meta: version.meta,
        read: sharing.read,
        write: sharing.write,
        public: db::get_public(conn, account, container, name)?.is_some(),
        modified: version.modified,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_follow_http_rules() {
        assert_eq!(parse_ranges("bytes=0-4", 10), Some(vec![(0, 4)]));
        assert_eq!(parse_ranges("bytes=-3", 10), Some(vec![(7, 9)]));
        assert_eq!(parse_ranges("bytes=8-", 10), Some(vec![(8, 9)]));
        assert_eq!(parse_ranges("bytes=5-100", 10), Some(vec![(5, 9)]));
        assert_eq!(parse_ranges("bytes=0-1,4-5", 10), Some(vec![(0, 1), (4, 5)]));
        assert_eq!(parse_ranges("bytes=20-30", 10), Some(vec![]));
        assert_eq!(parse_ranges("items=1-2", 10), None);
    }

    #[test]
    fn meta_filters() {
        let meta: Meta = [("Color".to_string(), "blue".to_string())].into();
        assert!(meta_matches(&meta, &["color".into()]));
        assert!(meta_matches(&meta, &["color=blue".into()]));
        assert!(!meta_matches(&meta, &["!color".into()]));
        assert!(meta_matches(&meta, &["!size".into()]));
    }
}
