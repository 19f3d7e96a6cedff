//! `kamaki infra serve`: Occopus's REST API, with real HTTP statuses, JSON error bodies
//! (`{"status_code", "reason", "message"}`, the fields Occopus put in its 200 answers) and a
//! required bearer token. Attached infrastructures are maintained in the background, one task each,
//! under their leases; the attachment is stored, so a restarted service picks them up again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::enactor::{Enactor, PassReport};
use super::store::{ScalingRequest, now};
use super::yaml;
use crate::error::{Error, ErrorKind};

/// The running service's shared state.
pub struct Service {
    enactor: Arc<Enactor>,
    token: String,
    interval: Duration,
    quiet: bool,
    maintainers: Mutex<HashMap<String, tokio::task::JoinHandle<()>>>,
}

impl Service {
    pub fn new(enactor: Enactor, token: String, interval: Duration, quiet: bool) -> Arc<Self> {
        Arc::new(Self {
            enactor: Arc::new(enactor),
            token,
            interval,
            quiet,
            maintainers: Mutex::new(HashMap::new()),
        })
    }

    /// Starts maintaining every infrastructure that was attached when the service last ran.
    pub fn reattach(self: &Arc<Self>) -> crate::error::Result<usize> {
        let attached: Vec<String> =
            self.enactor.store.infras()?.into_iter().filter(|i| i.attached).map(|i| i.id).collect();
        for id in &attached {
            self.start_maintaining(id);
        }
        Ok(attached.len())
    }

    fn start_maintaining(self: &Arc<Self>, infra_id: &str) {
        let mut maintainers = self.maintainers.lock().unwrap_or_else(|p| p.into_inner());
        if maintainers.get(infra_id).is_some_and(|task| !task.is_finished()) {
            return;
        }
        let service = Arc::clone(self);
        let id = infra_id.to_owned();
        let task = tokio::spawn(async move {
            // The lease is held from the first pass until detached, so no other process acts
            // meanwhile; while another holds it, wait (a crashed holder's lease expires).
            let mut lease = None;
            loop {
                if lease.is_none() {
                    match service.enactor.lease(&id) {
                        Ok(guard) => lease = Some(guard),
                        Err(e) => service.log(&format!("infrastructure {id}: waiting: {e}")),
                    }
                }
                if lease.is_some() {
                    match service.enactor.maintain_leased(&id, std::future::pending()).await {
                        Ok(report) => service.log_pass(&id, &report),
                        // Destroyed elsewhere: stop maintaining it.
                        Err(e) if e.kind() == ErrorKind::NotFound => {
                            service.log(&format!("infrastructure {id}: {e}; detached"));
                            return;
                        }
                        // The pass failed (and undid its half-made nodes): retry next round.
                        Err(e) => service.log(&format!("infrastructure {id}: {e}")),
                    }
                }
                tokio::time::sleep(service.interval).await;
            }
        });
        maintainers.insert(infra_id.to_owned(), task);
    }

    fn stop_maintaining(&self, infra_id: &str) {
        let task = self.maintainers.lock().unwrap_or_else(|p| p.into_inner()).remove(infra_id);
        if let Some(task) = task {
            // Dropping the pass releases the lease; half-made instances stay recorded for cleanup.
            task.abort();
        }
    }

    fn log_pass(&self, id: &str, report: &PassReport) {
        for note in &report.notes {
            self.log(&format!("infrastructure {id}: {note}"));
        }
        if let Some(summary) = report.summary() {
            self.log(&format!("infrastructure {id}: {summary}"));
        }
    }

    fn log(&self, line: &str) {
        if !self.quiet {
            crate::output::log(format_args!("infra serve: {line}"));
        }
    }
}

/// The REST routes, behind the bearer-token check.
pub fn router(service: Arc<Service>) -> Router {
    Router::new()
        .route("/infrastructures", get(list).post(create))
        .route("/infrastructures/", get(list).post(create))
        .route("/infrastructures/{id}", get(report).delete(destroy))
        .route("/infrastructures/{id}/scaleup/{node}", post(scale_up_one))
        .route("/infrastructures/{id}/scaleup/{node}/{count}", post(scale_up))
        .route("/infrastructures/{id}/scaledown/{node}", post(scale_down_any))
        .route("/infrastructures/{id}/scaledown/{node}/{nodeid}", post(scale_down))
        .route("/infrastructures/{id}/scaleto/{node}/{count}", post(scale_to))
        .route("/infrastructures/{id}/attach", post(attach))
        .route("/infrastructures/{id}/detach", post(detach))
        .route("/infrastructures/{id}/notify", post(notify))
        .fallback(|| async { failure(Error::not_found("no such route; see `kamaki infra serve --help`")) })
        .layer(middleware::from_fn_with_state(Arc::clone(&service), require_token))
        .with_state(service)
}

type Reply = Result<axum::Json<Value>, ApiError>;

/// An error answered as an HTTP status and a JSON body.
pub struct ApiError(Error);

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        Self(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        failure(self.0)
    }
}

async fn require_token(State(service): State<Arc<Service>>, request: Request, next: Next) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if presented.is_some_and(|token| constant_time_eq(token.as_bytes(), service.token.as_bytes())) {
        return next.run(request).await;
    }
    let mut response =
        failure(Error::auth("missing or wrong bearer token (send `Authorization: Bearer TOKEN`)"));
    response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
    response
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// An error as an HTTP status and `{"status_code", "reason", "message"}`.
fn failure(error: Error) -> Response {
    let status = match error.kind() {
        ErrorKind::Usage => StatusCode::BAD_REQUEST,
        ErrorKind::Auth => StatusCode::UNAUTHORIZED,
        ErrorKind::NotFound => StatusCode::NOT_FOUND,
        ErrorKind::Conflict => StatusCode::CONFLICT,
        ErrorKind::Timeout => StatusCode::GATEWAY_TIMEOUT,
        ErrorKind::General => StatusCode::INTERNAL_SERVER_ERROR,
        ErrorKind::Disconnected => StatusCode::BAD_GATEWAY,
    };
    let mut body = json!({
        "status_code": status.as_u16(),
        "reason": status.canonical_reason().unwrap_or_default(),
        "message": error.message(),
    });
    if let Some(hint) = error.hint_text() {
        body["hint"] = json!(hint);
    }
    (status, axum::Json(body)).into_response()
}

async fn list(State(service): State<Arc<Service>>) -> Reply {
    let ids: Vec<String> = service.enactor.store.infras()?.into_iter().map(|i| i.id).collect();
    Ok(axum::Json(json!({ "infrastructures": ids })))
}

/// Registers a description and starts maintaining it: the first pass builds it, as in Occopus.
async fn create(State(service): State<Arc<Service>>, body: Bytes) -> Reply {
    let text = std::str::from_utf8(&body)
        .map_err(|_| Error::usage("the infrastructure description must be UTF-8 YAML"))?;
    let enactor = &service.enactor;
    let doc = yaml::parse(text, "request body", None)?;
    let mut infra = enactor.register(enactor.compile(&doc, "request body")?)?;
    infra.attached = true;
    enactor.store.save_infra(&infra)?;
    service.start_maintaining(&infra.id);
    Ok(axum::Json(json!({ "infraid": infra.id })))
}

async fn report(State(service): State<Arc<Service>>, Path(id): Path<String>) -> Reply {
    let report = service.enactor.report(&id).await?;
    Ok(axum::Json(report.to_occopus()))
}

/// Stops maintaining, destroys every instance and forgets the infrastructure (unlike Occopus,
/// nothing is left behind to haunt a later build with the same id).
async fn destroy(State(service): State<Arc<Service>>, Path(id): Path<String>) -> Reply {
    service.enactor.load(&id)?;
    service.stop_maintaining(&id);
    service.enactor.destroy(&id).await?;
    Ok(axum::Json(json!({ "infraid": id })))
}

fn scaling(service: &Service, id: &str, node: &str, request: ScalingRequest) -> Result<(), ApiError> {
    Ok(service.enactor.request_scaling(id, node, request)?)
}

fn count_of(text: &str) -> Result<u32, ApiError> {
    text.parse::<u32>().map_err(|_| ApiError(Error::usage(format!("count `{text}` is not a whole number"))))
}

async fn scale_up_one(
    State(service): State<Arc<Service>>,
    Path((id, node)): Path<(String, String)>,
) -> Reply {
    scale_up(State(service), Path((id, node, "1".to_owned()))).await
}

async fn scale_up(
    State(service): State<Arc<Service>>,
    Path((id, node, count)): Path<(String, String, String)>,
) -> Reply {
    let count = count_of(&count)?;
    if count == 0 {
        return Err(Error::usage("scale up by 0 does nothing; give a count of at least 1").into());
    }
    scaling(&service, &id, &node, ScalingRequest::Scaleup { count })?;
    Ok(axum::Json(json!({"count": count, "infraid": id, "method": "scaleup", "nodename": node})))
}

async fn scale_down_any(
    State(service): State<Arc<Service>>,
    Path((id, node)): Path<(String, String)>,
) -> Reply {
    scaling(&service, &id, &node, ScalingRequest::Scaledown { victim: None })?;
    Ok(axum::Json(json!({"infraid": id, "method": "scaledown", "nodeid": null, "nodename": node})))
}

async fn scale_down(
    State(service): State<Arc<Service>>,
    Path((id, node, nodeid)): Path<(String, String, String)>,
) -> Reply {
    scaling(&service, &id, &node, ScalingRequest::Scaledown { victim: Some(nodeid.clone()) })?;
    Ok(axum::Json(json!({"infraid": id, "method": "scaledown", "nodeid": nodeid, "nodename": node})))
}

async fn scale_to(
    State(service): State<Arc<Service>>,
    Path((id, node, count)): Path<(String, String, String)>,
) -> Reply {
    let count = count_of(&count)?;
    scaling(&service, &id, &node, ScalingRequest::Scaleto { count })?;
    Ok(axum::Json(json!({"count": count, "infraid": id, "method": "scaleto", "nodename": node})))
}

async fn attach(State(service): State<Arc<Service>>, Path(id): Path<String>) -> Reply {
    set_attached(&service, &id, true)?;
    service.start_maintaining(&id);
    Ok(axum::Json(json!({ "infraid": id })))
}

async fn detach(State(service): State<Arc<Service>>, Path(id): Path<String>) -> Reply {
    set_attached(&service, &id, false)?;
    service.stop_maintaining(&id);
    Ok(axum::Json(json!({ "infraid": id })))
}

fn set_attached(service: &Service, id: &str, attached: bool) -> Result<(), ApiError> {
    let mut infra = service.enactor.load(id)?;
    infra.attached = attached;
    infra.updated_at = now();
    Ok(service.enactor.store.save_infra(&infra)?)
}

async fn notify(State(service): State<Arc<Service>>, Path(id): Path<String>, body: Bytes) -> Reply {
    let notification: Value = serde_json::from_slice(&body)
        .map_err(|e| Error::usage(format!("the notification must be a JSON document: {e}")))?;
    let mut infra = service.enactor.load(&id)?;
    infra.notification = Some(notification);
    infra.updated_at = now();
    service.enactor.store.save_infra(&infra)?;
    Ok(axum::Json(json!({ "infraid": id })))
}
