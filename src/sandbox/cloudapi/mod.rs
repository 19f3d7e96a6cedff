//! Joyent SmartDataCenter / Triton CloudAPI, as the official clients (node-triton,
//! node-smartdc, py-smartdc) expect it: HTTP-signature authentication against the
//! account's registered keys, version negotiation, parameters merged from the query
//! string and JSON or form bodies, `{"code","message"}` errors with restify's statuses,
//! and responses with `Content-Type: application/json` exactly.
//!
//! One sandbox port serves several datacenters: the first at `/`, the others under
//! `/dc/<name>`; `GET /:login/datacenters` lists their URLs. Machines live in the
//! datacenter they were created in and charge nothing in Astakos (CloudAPI accounts are
//! a separate account model).

mod account;
mod catalog;
mod machines;
mod metadata;
mod signature;
mod snapshots;
mod tags;
mod version;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, OriginalUri, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde::Serialize;
use serde_json::{Map, Value, json};

use self::account::AccountRecord;
use self::machines::MachineRecord;
use self::signature::Caller;
pub use self::version::ApiVersion;
use super::{Fault, SandboxState};

/// The login of the demo account the sandbox creates.
pub const DEMO_LOGIN: &str = "demo";

/// How long machine and snapshot transitions take unless configured.
pub const DEFAULT_TRANSITION_DELAY: Duration = Duration::from_secs(1);

const ACCOUNT_KIND: &str = "sdc_account";
const MACHINE_KIND: &str = "sdc_machine";

/// Parameters merged from the query string and the body.
pub type Params = Map<String, Value>;

/// The CloudAPI service of one sandbox.
pub struct CloudApi {
    sandbox: Arc<SandboxState>,
    delay_ms: i64,
    /// Serialises read-modify-write of CloudAPI documents across every process that shares
    /// the data dir.
    write_lock: WriteLock,
}

/// The CloudAPI handlers read a machine or account, change it and save it in separate
/// store calls, with the lock held in between. Embedded sandboxes of concurrent `kamaki`
/// processes share one data dir, so an in-process mutex alone would let two processes
/// interleave and lose an update: the lock is that mutex (for this process's tasks) plus
/// an exclusive advisory lock on `cloudapi.lock` in the data dir (for other processes),
/// which the operating system releases if a process dies holding it.
struct WriteLock {
    local: tokio::sync::Mutex<()>,
    file: std::fs::File,
}

/// Held while a handler changes CloudAPI documents; dropping it releases both locks.
pub(super) struct WriteGuard<'a> {
    _local: tokio::sync::MutexGuard<'a, ()>,
    file: &'a std::fs::File,
}

impl WriteLock {
    fn open(data_dir: &std::path::Path) -> std::io::Result<WriteLock> {
        let path = data_dir.join("cloudapi.lock");
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)?;
        Ok(WriteLock { local: tokio::sync::Mutex::new(()), file })
    }

    pub(super) async fn lock(&self) -> Result<WriteGuard<'_>, CapiError> {
        let local = self.local.lock().await;
        // Polled rather than blocking, so a worker thread is never parked on another
        // process; write sections last milliseconds.
        let mut pause = Duration::from_millis(1);
        loop {
            match self.file.try_lock() {
                Ok(()) => return Ok(WriteGuard { _local: local, file: &self.file }),
                Err(std::fs::TryLockError::WouldBlock) => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::Error(err)) => {
                    return Err(CapiError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "InternalError",
                        format!("cannot lock the CloudAPI state: {err}"),
                    ));
                }
            }
        }
    }
}

impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// A datacenter's view of the service: handlers' state.
#[derive(Clone)]
pub struct Datacenter {
    api: Arc<CloudApi>,
    name: &'static str,
}

/// The router for the CloudAPI port, with the demo account's keys registered.
pub fn router(state: Arc<SandboxState>) -> Result<Router, Fault> {
    let delay = state.options.sdc_delay.unwrap_or(DEFAULT_TRANSITION_DELAY);
    let write_lock = WriteLock::open(&state.options.data_dir).map_err(|err| {
        Fault::new(500, "internalServerError", format!("cannot open the CloudAPI lock file: {err}"))
    })?;
    let api = Arc::new(CloudApi {
        sandbox: state,
        delay_ms: i64::try_from(delay.as_millis()).unwrap_or(i64::MAX),
        write_lock,
    });
    let mut router = Router::new();
    for name in catalog::DATACENTERS {
        let dc = Datacenter { api: api.clone(), name };
        let routes = datacenter_routes(dc);
        router = match catalog::datacenter_prefix(name).as_str() {
            "" => router.merge(routes),
            prefix => router.nest(prefix, routes),
        };
    }
    Ok(router.fallback(|| async { CapiError::not_found("route not found") }))
}

/// Creates the demo account and registers the configured public keys (idempotent).
pub fn seed(state: &SandboxState) -> Result<(), Fault> {
    // One transaction: every process seeds at start, and a key another process has just
    // added must not be overwritten by an older copy of the account.
    state.store.transaction(|docs| {
        let mut account = docs
            .get::<AccountRecord>(ACCOUNT_KIND, DEMO_LOGIN)?
            .unwrap_or_else(|| AccountRecord::new(DEMO_LOGIN));
        for line in &state.options.sdc_keys {
            let name = line.split_whitespace().nth(2);
            // Already registered or unparsable keys are skipped: seeding runs at every start.
            account.add_key(name, line);
        }
        docs.put(ACCOUNT_KIND, DEMO_LOGIN, &account)
    })
}

fn datacenter_routes(dc: Datacenter) -> Router {
    Router::new()
        .route("/--ping", get(ping))
        .route("/{login}", get(account::get_account).post(account::update_account))
        .route("/{login}/", get(account::get_account))
        .route("/{login}/keys", get(account::list_keys).post(account::create_key))
        .route("/{login}/keys/{key}", get(account::get_key).delete(account::delete_key))
        .route("/{login}/datacenters", get(list_datacenters))
        .route("/{login}/datacenters/{name}", get(get_datacenter))
        .route("/{login}/datasets", get(list_datasets))
        .route("/{login}/datasets/{id}", get(get_dataset))
        .route("/{login}/images", get(list_images))
        .route("/{login}/images/{id}", get(get_image))
        .route("/{login}/packages", get(list_packages))
        .route("/{login}/packages/{id}", get(get_package))
        .route("/{login}/networks", get(list_networks))
        .route("/{login}/networks/{id}", get(get_network))
        .route("/{login}/machines", get(machines::list_machines).post(machines::create_machine))
        .route(
            "/{login}/machines/{id}",
            get(machines::get_machine).post(machines::machine_action).delete(machines::delete_machine),
        )
        .route("/{login}/machines/{id}/audit", get(machines::machine_audit))
        .route(
            "/{login}/machines/{id}/snapshots",
            get(snapshots::list_snapshots).post(snapshots::create_snapshot),
        )
        .route(
            "/{login}/machines/{id}/snapshots/{name}",
            get(snapshots::get_snapshot).post(snapshots::boot_snapshot).delete(snapshots::delete_snapshot),
        )
        .route(
            "/{login}/machines/{id}/metadata",
            get(metadata::list_metadata)
                .post(metadata::update_metadata)
                .delete(metadata::delete_all_metadata),
        )
        .route(
            "/{login}/machines/{id}/metadata/{key}",
            get(metadata::get_metadata).delete(metadata::delete_metadata),
        )
        .route(
            "/{login}/machines/{id}/tags",
            get(tags::list_tags).post(tags::add_tags).put(tags::replace_tags).delete(tags::delete_all_tags),
        )
        .route("/{login}/machines/{id}/tags/{tag}", get(tags::get_tag).delete(tags::delete_tag))
        .route_layer(middleware::from_fn_with_state(dc.clone(), authenticate))
        .with_state(dc)
}

// ----- errors and responses ---------------------------------------------------------------------

/// A CloudAPI error: `{"code": …, "message": …}` with restify's status, or for a deleted
/// machine, 410 with the machine itself.
#[derive(Debug)]
pub struct CapiError {
    status: StatusCode,
    body: Value,
}

impl CapiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Self { status, body: json!({"code": code, "message": message}) }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "ResourceNotFound", message)
    }

    /// 409 `InvalidArgument`.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "InvalidArgument", message)
    }

    /// 409 `MissingParameter`.
    pub fn missing(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "MissingParameter", message)
    }

    /// 409 `InvalidState`: the action does not fit the current state.
    pub fn invalid_state(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "InvalidState", message)
    }

    /// 410 with the deleted machine as the body.
    pub fn gone(machine: Value) -> Self {
        Self { status: StatusCode::GONE, body: machine }
    }
}

impl From<Fault> for CapiError {
    fn from(fault: Fault) -> Self {
        let message = fault.body.to_string();
        Self::new(
            StatusCode::from_u16(fault.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            "InternalError",
            message,
        )
    }
}

impl IntoResponse for CapiError {
    fn into_response(self) -> Response {
        json_response(self.status, &self.body)
    }
}

/// A JSON response with `Content-Type: application/json` exactly: py-smartdc compares
/// the header verbatim and treats anything else as raw bytes.
pub fn json_response(status: StatusCode, body: &impl Serialize) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "null".into());
    let mut response = (status, text).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// 201 with `Location`.
fn created(location: &str, body: &impl Serialize) -> Response {
    let mut response = json_response(StatusCode::CREATED, body);
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// 202 with no body: machine actions.
fn accepted() -> Response {
    StatusCode::ACCEPTED.into_response()
}

/// 204: deletes.
fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

pub fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

pub fn iso_millis(millis: i64) -> String {
    chrono::DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

fn now_iso() -> String {
    iso_millis(now_millis())
}

// ----- parameters -------------------------------------------------------------------------------

/// A request's parameters ([`params`]), as a handler's last extractor: the query string
/// merged with the JSON or form body.
pub struct Form(pub Params);

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = CapiError;

    async fn from_request(request: Request, state: &S) -> Result<Form, CapiError> {
        let (uri, headers) = (request.uri().clone(), request.headers().clone());
        let body = Bytes::from_request(request, state).await.map_err(|err| {
            CapiError::new(StatusCode::BAD_REQUEST, "InvalidContent", format!("reading the body: {err}"))
        })?;
        params(&uri, &headers, &body).map(Form)
    }
}

/// Merges the query string with a JSON or form body, the body winning, as restify's
/// `queryParser` + `bodyParser({mapParams: true, overrideParams: true})` do.
fn params(uri: &Uri, headers: &HeaderMap, body: &Bytes) -> Result<Params, CapiError> {
    let mut params = Params::new();
    if let Some(query) = uri.query() {
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            params.insert(key.into_owned(), Value::String(value.into_owned()));
        }
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(params);
    }
    let content_type =
        headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("application/json");
    if content_type.starts_with("application/x-www-form-urlencoded") {
        for (key, value) in url::form_urlencoded::parse(body) {
            params.insert(key.into_owned(), Value::String(value.into_owned()));
        }
        return Ok(params);
    }
    let invalid = |why: String| CapiError::new(StatusCode::BAD_REQUEST, "InvalidContent", why);
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => params.extend(map),
        Ok(_) => return Err(invalid("the request body must be a JSON object".into())),
        Err(err) => return Err(invalid(format!("Invalid JSON: {err}"))),
    }
    Ok(params)
}

/// A parameter as text: strings as they are, numbers and booleans printed.
pub fn param_string(params: &Params, key: &str) -> Option<String> {
    match params.get(key)? {
        Value::String(text) => Some(text.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

// ----- authentication and the request context ---------------------------------------------------

/// What every authenticated handler knows about its request.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub caller: Caller,
    pub version: ApiVersion,
}

impl FromRequestParts<Datacenter> for RequestContext {
    type Rejection = CapiError;

    async fn from_request_parts(parts: &mut Parts, _dc: &Datacenter) -> Result<Self, Self::Rejection> {
        let caller = parts.extensions.get::<Caller>().cloned();
        let version = parts.extensions.get::<ApiVersion>().copied();
        match (caller, version) {
            (Some(caller), Some(version)) => Ok(Self { caller, version }),
            _ => Err(CapiError::new(
                StatusCode::UNAUTHORIZED,
                "InvalidCredentials",
                "You must make authenticated requests to use CloudAPI",
            )),
        }
    }
}

/// Negotiates the version, verifies the signature (except for `/--ping`), and stamps
/// the response headers CloudAPI sends.
async fn authenticate(State(dc): State<Datacenter>, mut request: Request, next: Next) -> Response {
    let requested = ["accept-version", "x-api-version"]
        .iter()
        .find_map(|name| request.headers().get(*name))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let Some(version) = version::negotiate(requested.as_deref()) else {
        let error = CapiError::new(
            StatusCode::BAD_REQUEST,
            "InvalidVersion",
            format!("{} is not supported by this server", requested.unwrap_or_default()),
        );
        return stamp(error.into_response(), None, dc.name);
    };
    request.extensions_mut().insert(version);
    let target = request
        .extensions()
        .get::<OriginalUri>()
        .map_or_else(|| request.uri().clone(), |original| original.0.clone());
    let target =
        target.path_and_query().map_or_else(|| target.path().to_string(), |pq| pq.as_str().to_string());
    if !request.uri().path().starts_with("/--ping") {
        let verified = signature::verify(
            request.method().as_str(),
            &target,
            request.headers(),
            SystemTime::now(),
            |login| dc.api.sandbox.store.get::<AccountRecord>(ACCOUNT_KIND, login).ok().flatten(),
        );
        match verified {
            Ok(caller) => {
                request.extensions_mut().insert(caller);
            }
            Err(error) => return stamp(error.into_response(), Some(version), dc.name),
        }
    }
    stamp(next.run(request).await, Some(version), dc.name)
}

fn stamp(mut response: Response, version: Option<ApiVersion>, datacenter: &str) -> Response {
    let headers = response.headers_mut();
    if let Some(version) = version
        && let Ok(value) = HeaderValue::from_str(&version.to_string())
    {
        headers.insert("api-version", value);
    }
    headers.insert(header::SERVER, HeaderValue::from_static("cloudapi/9.0.0 (kamaki sandbox)"));
    if let Ok(value) = HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()) {
        headers.insert("request-id", value);
    }
    if let Ok(value) = HeaderValue::from_str(datacenter) {
        headers.insert("triton-datacenter-name", value);
    }
    response
}

// ----- storage ----------------------------------------------------------------------------------

impl CloudApi {
    fn save_account(&self, account: &AccountRecord) -> Result<(), CapiError> {
        Ok(self.sandbox.store.put(ACCOUNT_KIND, &account.login, account)?)
    }

    fn machine(&self, id: &str) -> Result<Option<MachineRecord>, CapiError> {
        Ok(self.sandbox.store.get(MACHINE_KIND, id)?)
    }

    fn machines(&self) -> Result<Vec<MachineRecord>, CapiError> {
        Ok(self.sandbox.store.list(MACHINE_KIND)?)
    }

    fn save_machine(&self, machine: &MachineRecord) -> Result<(), CapiError> {
        Ok(self.sandbox.store.put(MACHINE_KIND, &machine.id, machine)?)
    }

    /// The number of the next machine, which picks its addresses.
    fn next_sequence(&self) -> Result<u64, CapiError> {
        Ok(self.sandbox.store.next_id(MACHINE_KIND)?)
    }
}

impl Datacenter {
    /// The account a `:login` path segment names: `my` or the caller's own login.
    fn account(&self, ctx: &RequestContext, login: &str) -> Result<AccountRecord, CapiError> {
        if login != "my" && login != ctx.caller.login {
            let exists = self.api.sandbox.store.get::<AccountRecord>(ACCOUNT_KIND, login)?.is_some();
            return Err(if exists {
                CapiError::new(
                    StatusCode::FORBIDDEN,
                    "NotAuthorized",
                    format!("{} is not allowed to access {login}", ctx.caller.login),
                )
            } else {
                CapiError::not_found(format!("{login} does not exist"))
            });
        }
        self.api
            .sandbox
            .store
            .get::<AccountRecord>(ACCOUNT_KIND, &ctx.caller.login)?
            .ok_or_else(|| CapiError::not_found(format!("{login} does not exist")))
    }
}

// ----- catalog endpoints ------------------------------------------------------------------------

async fn ping() -> Response {
    let versions: Vec<String> = version::SERVED.iter().map(ToString::to_string).collect();
    json_response(StatusCode::OK, &json!({"ping": "pong", "cloudapi": {"versions": versions}}))
}

/// The URL a datacenter answers at, seen from this request's `Host`.
fn datacenter_url(headers: &HeaderMap, name: &str) -> String {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1");
    format!("http://{host}{}", catalog::datacenter_prefix(name))
}

async fn list_datacenters(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    headers: HeaderMap,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let map: Map<String, Value> = catalog::DATACENTERS
        .iter()
        .map(|name| (name.to_string(), json!(datacenter_url(&headers, name))))
        .collect();
    Ok(json_response(StatusCode::OK, &map))
}

async fn get_datacenter(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, name)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    if !catalog::DATACENTERS.contains(&name.as_str()) {
        return Err(CapiError::not_found(format!("{name} is not an available datacenter")));
    }
    let url = datacenter_url(&headers, &name);
    let mut response =
        CapiError::new(StatusCode::FOUND, "ResourceMoved", format!("{name} {url}")).into_response();
    if let Ok(value) = HeaderValue::from_str(&url) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    Ok(response)
}

/// `/datasets` existed up to 7.x.
fn require_datasets(ctx: &RequestContext) -> Result<(), CapiError> {
    if ctx.version.major >= 8 {
        return Err(CapiError::not_found(
            "datasets were replaced by images in CloudAPI 8.0; use /:login/images",
        ));
    }
    Ok(())
}

async fn list_datasets(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    require_datasets(&ctx)?;
    let datasets: Vec<Value> =
        catalog::IMAGES.iter().map(|image| image.to_dataset_json(ctx.version)).collect();
    Ok(json_response(StatusCode::OK, &datasets))
}

async fn get_dataset(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    require_datasets(&ctx)?;
    let found = if ctx.version.is_65() { catalog::resolve_dataset(&id) } else { catalog::image_by_urn(&id) };
    let image = found.ok_or_else(|| CapiError::not_found(format!("{id} not found")))?;
    Ok(json_response(StatusCode::OK, &image.to_dataset_json(ctx.version)))
}

async fn list_images(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let wanted = |key: &str| param_string(&params, key);
    let images: Vec<Value> = catalog::IMAGES
        .iter()
        .filter(|image| wanted("name").is_none_or(|n| image.name == n))
        .filter(|image| wanted("os").is_none_or(|os| image.os == os))
        .filter(|image| wanted("version").is_none_or(|v| image.version == v))
        .filter(|image| wanted("type").is_none_or(|t| image.kind == t || image.machine_type() == t))
        .filter(|_| wanted("public").is_none_or(|p| p == "true"))
        .map(|image| image.to_json(ctx.version))
        .collect();
    Ok(json_response(StatusCode::OK, &images))
}

async fn get_image(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let image =
        catalog::image_by_urn(&id).ok_or_else(|| CapiError::not_found(format!("image {id} not found")))?;
    Ok(json_response(StatusCode::OK, &image.to_json(ctx.version)))
}

async fn list_packages(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let text = |key: &str| param_string(&params, key);
    let number = |key: &str| text(key).and_then(|v| v.parse::<u64>().ok());
    let packages: Vec<Value> = catalog::PACKAGES
        .iter()
        .filter(|p| text("name").is_none_or(|n| wildcard_match(&n, p.name)))
        .filter(|p| text("group").is_none_or(|g| wildcard_match(&g, p.group)))
        .filter(|p| number("memory").is_none_or(|m| p.memory == m))
        .filter(|p| number("disk").is_none_or(|d| p.disk == d))
        .filter(|p| number("swap").is_none_or(|s| p.swap == s))
        .filter(|p| number("vcpus").is_none_or(|v| p.vcpus == v))
        .filter(|p| text("brand").is_none_or(|b| p.brand == b))
        .map(|p| p.to_json(ctx.version))
        .collect();
    Ok(json_response(StatusCode::OK, &packages))
}

/// `*` wildcards in string filters (PUBAPI-1380).
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(after) => rest = after,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

async fn get_package(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let package =
        catalog::package(&id).ok_or_else(|| CapiError::not_found(format!("package {id} not found")))?;
    Ok(json_response(StatusCode::OK, &package.to_json(ctx.version)))
}

async fn list_networks(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let networks: Vec<Value> = catalog::NETWORKS.iter().map(|n| n.to_json()).collect();
    Ok(json_response(StatusCode::OK, &networks))
}

async fn get_network(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    dc.account(&ctx, &login)?;
    let network =
        catalog::network(&id).ok_or_else(|| CapiError::not_found(format!("network {id} not found")))?;
    Ok(json_response(StatusCode::OK, &network.to_json()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_like_cloudapi() {
        assert!(wildcard_match("g4-*", "g4-highcpu-128M"));
        assert!(wildcard_match("*128M", "g4-highcpu-128M"));
        assert!(wildcard_match("g4*cpu*M", "g4-highcpu-128M"));
        assert!(!wildcard_match("k4-*", "g4-highcpu-128M"));
        assert!(wildcard_match("exact", "exact"));
    }

    #[test]
    fn body_params_override_the_query() {
        let uri: Uri = "/my/machines/x?action=stop&force=1".parse().expect("uri");
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let merged = params(&uri, &headers, &Bytes::from(r#"{"action":"start"}"#)).expect("ok");
        assert_eq!(merged["action"], "start");
        assert_eq!(merged["force"], "1");
        let form = HeaderValue::from_static("application/x-www-form-urlencoded");
        headers.insert(header::CONTENT_TYPE, form);
        let merged = params(&uri, &headers, &Bytes::from("action=reboot")).expect("ok");
        assert_eq!(merged["action"], "reboot");
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        assert!(params(&uri, &headers, &Bytes::from("{oops")).is_err());
    }
}
