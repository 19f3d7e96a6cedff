//! Fault injection: latency, 503 errors and dropped connections, set per sandbox with
//! `sandbox serve` flags or at run time through `PUT /_sandbox/faults`, so reliability
//! tests can prove that clients retry.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::net::{TcpListener, TcpStream};

use super::{Fault, SandboxState};

/// Admin endpoints are never subject to injected faults.
const ADMIN_PATH: &str = "/_sandbox/faults";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Faults {
    /// Added to every request.
    pub latency_ms: u64,
    /// Probability (0–1) that a request gets `503 Service Unavailable`.
    pub error_rate: f64,
    /// The next N requests get 503 (deterministic, for tests).
    pub fail_next: u64,
    /// When not empty, only requests with one of these methods get 503s, so a test can
    /// fail exactly the POST of a create and leave the lookups before it alone.
    pub fail_methods: Vec<String>,
    /// When set, only requests whose path contains this text get 503s.
    pub fail_path: Option<String>,
    /// Probability (0–1) that a new connection is closed before it is read.
    pub drop_rate: f64,
    /// The next N connections are closed before they are read.
    pub drop_next: u64,
}

impl Faults {
    /// Whether injected 503s apply to this request (its method and path pass the filters).
    fn targets(&self, request: &Request) -> bool {
        let method_matches =
            self.fail_methods.is_empty() || self.fail_methods.iter().any(|m| m == request.method().as_str());
        let path_matches = self.fail_path.as_deref().is_none_or(|text| request.uri().path().contains(text));
        method_matches && path_matches
    }

    /// Takes one deterministic failure if any is pending, else rolls the dice.
    fn should(rate: f64, pending: &mut u64) -> bool {
        if *pending > 0 {
            *pending -= 1;
            return true;
        }
        rate > 0.0 && rand::random::<f64>() < rate
    }
}

impl SandboxState {
    fn take_error(&self, request: &Request) -> bool {
        self.faults
            .lock()
            .map(|mut f| {
                if !f.targets(request) {
                    return false;
                }
                let rate = f.error_rate;
                Faults::should(rate, &mut f.fail_next)
            })
            .unwrap_or(false)
    }

    fn take_drop(&self) -> bool {
        self.faults
            .lock()
            .map(|mut f| {
                let rate = f.drop_rate;
                Faults::should(rate, &mut f.drop_next)
            })
            .unwrap_or(false)
    }
}

/// Wraps a service router with the latency and error injection.
pub(super) fn layer(router: Router, state: Arc<SandboxState>) -> Router {
    router.layer(axum::middleware::from_fn_with_state(state, inject))
}

async fn inject(State(state): State<Arc<SandboxState>>, request: Request, next: Next) -> Response {
    if request.uri().path() != ADMIN_PATH {
        let latency = state.faults().latency_ms;
        if latency > 0 {
            tokio::time::sleep(Duration::from_millis(latency)).await;
        }
        if state.take_error(&request) {
            return Fault::new(503, "serviceUnavailable", "injected fault: service unavailable")
                .into_response();
        }
    }
    next.run(request).await
}

pub(super) fn admin_router(state: Arc<SandboxState>) -> Router {
    Router::new().route(ADMIN_PATH, get(get_faults).put(put_faults)).with_state(state)
}

async fn get_faults(State(state): State<Arc<SandboxState>>) -> Json<Faults> {
    Json(state.faults())
}

async fn put_faults(State(state): State<Arc<SandboxState>>, Json(faults): Json<Faults>) -> Json<Faults> {
    state.set_faults(faults.clone());
    Json(faults)
}

/// A TCP listener that closes the connections the fault settings say to drop.
pub(super) struct FaultyListener {
    inner: TcpListener,
    state: Arc<SandboxState>,
}

impl FaultyListener {
    pub(super) fn new(inner: TcpListener, state: Arc<SandboxState>) -> Self {
        FaultyListener { inner, state }
    }
}

impl axum::serve::Listener for FaultyListener {
    type Io = TcpStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((stream, addr)) => {
                    if self.state.take_drop() {
                        drop(stream);
                        continue;
                    }
                    let _ = stream.set_nodelay(true);
                    return (stream, addr);
                }
                // Out of file descriptors and the like: wait and try again, as axum does.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}
