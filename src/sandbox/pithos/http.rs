//! Request and reply plumbing shared by the handlers: the caller, the query, the object
//! path, header quoting and dates, and the reply shapes Pithos uses.

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use super::db::{self, DbResult, Meta};
use crate::sandbox::{Docs, Fault, SandboxState};

/// The largest listing page, as in Pithos.
pub(super) const LISTING_LIMIT: usize = 10_000;

/// What a handler answers: a response, or a fault rendered as Pithos renders it.
pub(super) type Reply = Result<Response, Fault>;

/// Runs storage work on the blocking pool, in one transaction of the sandbox store (a
/// failure rolls back everything it wrote, quota charges included).
pub(super) async fn with_db<T, F>(state: &Arc<SandboxState>, work: F) -> DbResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Docs<'_>) -> DbResult<T> + Send + 'static,
{
    let state = Arc::clone(state);
    tokio::task::spawn_blocking(move || state.store.transaction(work))
        .await
        .map_err(|err| Fault::new(500, "internalServerError", format!("storage task failed: {err}")))?
}

/// The caller's account uuid, from `X-Auth-Token` (header or query parameter).
pub(super) fn caller(state: &SandboxState, headers: &HeaderMap, query: &Query) -> Result<String, Fault> {
    let mut headers = headers.clone();
    if let (false, Some(token)) = (headers.contains_key("x-auth-token"), query.get("X-Auth-Token"))
        && let Ok(value) = HeaderValue::from_str(token)
    {
        headers.insert("x-auth-token", value);
    }
    state.authenticate(&headers).map(|user| user.uuid)
}

/// Query parameters; flags count by presence whatever their value (`?update`, `shared=None`).
pub(super) struct Query(Vec<(String, String)>);

impl Query {
    pub(super) fn parse(raw: Option<String>) -> Query {
        let raw = raw.unwrap_or_default();
        Query(url::form_urlencoded::parse(raw.as_bytes()).into_owned().collect())
    }
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    pub(super) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    pub(super) fn json(&self) -> bool {
        self.get("format") == Some("json")
    }
    /// `until` as epoch seconds (Pithos wants an integer; a float is accepted too).
    pub(super) fn until(&self) -> Option<f64> {
        self.get("until").and_then(|u| u.parse::<f64>().ok())
    }
}

/// An object path.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) account: String,
    pub(super) container: String,
    pub(super) name: String,
}

impl Target {
    pub(super) fn display(&self) -> String {
        format!("{}/{}", self.container, self.name)
    }
}

/// Whether an `If-Match`-style list of entity tags (quoted or not) names one of `tags`;
/// `*` names anything.
pub(super) fn tag_list_names(list: &str, tags: &[&str]) -> bool {
    list.split(',').map(|t| t.trim().trim_matches('"')).any(|t| t == "*" || tags.contains(&t))
}

/// The sandbox's public URL base, for `X-Object-Public`.
pub(super) fn public_base(state: &SandboxState) -> String {
    state.base_url.trim_end_matches('/').to_string()
}

/// A header's value, percent-decoded as Pithos does for every header carrying `%`.
pub(super) fn header(headers: &HeaderMap, name: &str) -> Option<String> {
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

pub(super) fn quoted(value: &str) -> HeaderValue {
    let text = utf8_percent_encode(value, HEADER_QUOTE).to_string();
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub(super) fn set(headers: &mut HeaderMap, name: &str, value: impl AsRef<str>) {
    if let Ok(name) = HeaderName::try_from(name) {
        headers.insert(name, quoted(value.as_ref()));
    }
}

pub(super) fn http_date(epoch: f64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(epoch.max(0.0));
    httpdate::fmt_http_date(time)
}

pub(super) fn iso_date(epoch: f64) -> String {
    let millis = (epoch * 1000.0) as i64;
    chrono::DateTime::from_timestamp_millis(millis)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string())
        .unwrap_or_default()
}

/// Metadata from `X-<Level>-Meta-*` request headers (keys normalised).
pub(super) fn meta_from_headers(headers: &HeaderMap, prefix: &str) -> Meta {
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
pub(super) fn merge_meta(old: &Meta, new: Meta, update: bool) -> Meta {
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

pub(super) fn empty(status: StatusCode, headers: HeaderMap) -> Response {
    (status, headers).into_response()
}

pub(super) fn json_reply(status: StatusCode, mut headers: HeaderMap, value: &serde_json::Value) -> Response {
    headers.insert("content-type", HeaderValue::from_static("application/json; charset=UTF-8"));
    (status, headers, value.to_string()).into_response()
}

/// A text listing: one name per line, 204 when empty (OpenStack's plain format).
pub(super) fn text_reply(mut headers: HeaderMap, names: Vec<String>) -> Response {
    if names.is_empty() {
        return empty(StatusCode::NO_CONTENT, headers);
    }
    headers.insert("content-type", HeaderValue::from_static("text/plain; charset=UTF-8"));
    let mut body = names.join("\n");
    body.push('\n');
    (StatusCode::OK, headers, body).into_response()
}

pub(super) fn not_allowed(allow: &str) -> Reply {
    let mut response = Fault::new(405, "notAllowed", "method not allowed").into_response();
    response
        .headers_mut()
        .insert("allow", HeaderValue::from_str(allow).unwrap_or(HeaderValue::from_static("GET")));
    Ok(response)
}
