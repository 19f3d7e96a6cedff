//! The built-in local cloud: HTTP emulators of Astakos, Cyclades, Plankton, Pithos,
//! CloudAPI and the LINSTOR controller, speaking the real wire protocols, with state in
//! SQLite under a data dir.
//!
//! Synnefo services share one port under their usual paths; CloudAPI and the LINSTOR
//! controller each answer at the root of their own port, as the real ones do. The sandbox
//! may live only as long as one CLI command (the embedded default), so services derive
//! state transitions from timestamps when state is read, never from background tasks.

pub mod astakos;
pub mod cloudapi;
mod cyclades;
mod fault;
mod faults;
mod inspect;
pub mod linstor;
pub mod pithos;
pub mod plankton;
mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;

pub use fault::Fault;
pub use faults::Faults;
pub use store::{Docs, Store};

use crate::auth::keys;
use crate::error::{Error, Result};

/// How to start a sandbox.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    /// Address of the main (Synnefo) port; port 0 picks a free one.
    pub bind: SocketAddr,
    /// CloudAPI port; by default the main port + 1 (or a free one with port 0).
    pub sdc_bind: Option<SocketAddr>,
    /// LINSTOR controller port; by default the main port + 2 (or a free one with port 0).
    pub linstor_bind: Option<SocketAddr>,
    /// Where state lives.
    pub data_dir: PathBuf,
    /// OpenSSH public key lines registered for the demo CloudAPI account.
    pub sdc_keys: Vec<String>,
    /// How long CloudAPI machine transitions (provisioning, stopping, …) take;
    /// `None` for the default of one second.
    pub sdc_delay: Option<std::time::Duration>,
    /// How long a Cyclades server builds (the other Cyclades transitions take half as
    /// long); `None` for the default of one second.
    pub build_delay: Option<std::time::Duration>,
    /// How long a new LINSTOR disk takes to sync to UpToDate; `None` for the default of one
    /// second. The controller property `Sandbox/SyncDelayMs` overrides it while set.
    pub linstor_sync_delay: Option<std::time::Duration>,
    /// Injected latency, errors and dropped connections.
    pub faults: Faults,
}

/// A registered user of the sandbox.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct User {
    pub uuid: String,
    /// The account username (an email address, as in Synnefo).
    pub name: String,
    pub display_name: String,
    pub token: String,
}

/// The caller of a Synnefo-side request, as its `X-Auth-Token` names them: a handler that
/// takes a `User` runs only for a known token, every other request gets the real 401
/// body of [`SandboxState::authenticate`].
impl FromRequestParts<Arc<SandboxState>> for User {
    type Rejection = Fault;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<SandboxState>) -> Result<User, Fault> {
        state.authenticate(&parts.headers)
    }
}

/// State shared by every service of one sandbox.
pub struct SandboxState {
    pub store: Store,
    pub options: SandboxOptions,
    /// `http://127.0.0.1:PORT` of the main port, as published in the catalog.
    pub base_url: String,
    pub sdc_url: String,
    pub linstor_url: String,
    faults: std::sync::Mutex<Faults>,
}

impl SandboxState {
    /// The user an `X-Auth-Token` header (or `?X-Auth-Token=`) belongs to, or the real
    /// 401 body.
    pub fn authenticate(&self, headers: &HeaderMap) -> Result<User, Fault> {
        let token = headers
            .get("x-auth-token")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| Fault::unauthorized("No authentication token provided"))?;
        self.user_by_token(token)?.ok_or_else(|| Fault::unauthorized("Invalid token"))
    }

    pub fn user_by_token(&self, token: &str) -> Result<Option<User>, Fault> {
        Ok(self.store.list::<User>(astakos::USER_KIND)?.into_iter().find(|u| u.token == token))
    }

    pub fn user_by_uuid(&self, uuid: &str) -> Result<Option<User>, Fault> {
        self.store.get(astakos::USER_KIND, uuid)
    }

    pub fn user_by_name(&self, name: &str) -> Result<Option<User>, Fault> {
        Ok(self.store.list::<User>(astakos::USER_KIND)?.into_iter().find(|u| u.name == name))
    }

    /// The demo user, created on first start.
    pub fn demo_user(&self) -> Result<User, Fault> {
        astakos::demo_user(&self.store)
    }

    pub fn faults(&self) -> Faults {
        self.faults.lock().map(|f| f.clone()).unwrap_or_default()
    }

    pub fn set_faults(&self, faults: Faults) {
        if let Ok(mut current) = self.faults.lock() {
            *current = faults;
        }
    }

    /// Seconds since the epoch, the clock of every timestamp-derived transition.
    pub fn now(&self) -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or_default()
    }
}

/// A running sandbox: its endpoints and the demo user.
pub struct SandboxHandle {
    pub url: String,
    pub identity_url: String,
    pub sdc_url: String,
    pub linstor_url: String,
    pub user: User,
    pub state: Arc<SandboxState>,
}

impl SandboxHandle {
    /// What `sandbox serve -o json` prints: the stable interface scripts rely on.
    pub fn endpoints(&self) -> serde_json::Value {
        serde_json::json!({
            "url": self.url,
            "identity_url": self.identity_url,
            "swift_auth_url": self.swift_auth_url(),
            "sdc_url": self.sdc_url,
            "sdc_account": cloudapi::DEMO_LOGIN,
            "linstor_url": self.linstor_url,
            "user": self.user.name,
            "uuid": self.user.uuid,
            "token": self.user.token,
        })
    }

    /// Swift v1 auth for the swift CLI and rclone: the demo user's name is the user, its
    /// token the key.
    pub fn swift_auth_url(&self) -> String {
        format!("{}/auth/v1.0", self.url)
    }

    /// The environment other clients read, for `sandbox serve --print-env`: kamaki's own
    /// variables, the swift CLI's and rclone's (`ST_*`), triton's (`SDC_*`; a key id only
    /// when a `--sdc-key` was registered) and linstor-client's (`LS_CONTROLLERS`).
    pub fn environment(&self) -> Vec<(&'static str, String)> {
        let mut variables = vec![
            ("KAMAKI_SANDBOX_URL", self.url.clone()),
            ("KAMAKI_IDENTITY_URL", self.identity_url.clone()),
            ("KAMAKI_TOKEN", self.user.token.clone()),
            ("ST_AUTH", self.swift_auth_url()),
            ("ST_USER", self.user.name.clone()),
            ("ST_KEY", self.user.token.clone()),
            ("SDC_URL", self.sdc_url.clone()),
            ("SDC_ACCOUNT", cloudapi::DEMO_LOGIN.to_string()),
        ];
        let first_key = self.state.options.sdc_keys.iter().find_map(|line| keys::parse_public_key(line).ok());
        if let Some(key) = first_key {
            variables.push(("SDC_KEY_ID", keys::md5_fingerprint(key.key_data())));
        }
        variables.push(("LS_CONTROLLERS", self.linstor_url.clone()));
        variables
    }
}

async fn bind(addr: SocketAddr, what: &str) -> Result<TcpListener> {
    TcpListener::bind(addr).await.map_err(|e| {
        Error::usage(format!("cannot listen on {addr} for the sandbox {what}: {e}"))
            .hint("choose another address with `--bind`, or port 0 for a free one")
    })
}

fn companion(main: SocketAddr, offset: u16) -> SocketAddr {
    let port = if main.port() == 0 { 0 } else { main.port().saturating_add(offset) };
    SocketAddr::new(main.ip(), port)
}

/// Starts the sandbox's servers on the current tokio runtime and returns once they accept
/// connections.
pub async fn start(options: SandboxOptions) -> Result<SandboxHandle> {
    let main_listener = bind(options.bind, "API").await?;
    let main_addr = main_listener.local_addr()?;
    let sdc_listener =
        bind(options.sdc_bind.unwrap_or_else(|| companion(options.bind, 1)), "CloudAPI").await?;
    let linstor_listener =
        bind(options.linstor_bind.unwrap_or_else(|| companion(options.bind, 2)), "LINSTOR controller")
            .await?;
    let url_of = |addr: SocketAddr| format!("http://{addr}");
    let base_url = url_of(main_addr);
    let sdc_url = url_of(sdc_listener.local_addr()?);
    let linstor_url = url_of(linstor_listener.local_addr()?);

    let store = Store::open(&options.data_dir)
        .map_err(|e| Error::general(format!("sandbox state: {e}")).hint("pass another `--data DIR`"))?;
    let state = Arc::new(SandboxState {
        store,
        faults: std::sync::Mutex::new(options.faults.clone()),
        options,
        base_url: base_url.clone(),
        sdc_url: sdc_url.clone(),
        linstor_url: linstor_url.clone(),
    });
    seed(&state).map_err(|f| Error::general(format!("cannot seed the sandbox: {}", f.body)))?;
    let user = state.demo_user().map_err(|f| Error::general(format!("sandbox: {}", f.body)))?;

    serve(main_listener, faults::layer(synnefo_router(state.clone()), state.clone()), state.clone());
    let sdc_router = cloudapi::router(state.clone())
        .map_err(|f| Error::general(format!("cannot start the sandbox CloudAPI: {}", f.body)))?;
    serve(sdc_listener, faults::layer(sdc_router, state.clone()), state.clone());
    serve(linstor_listener, faults::layer(linstor_router(state.clone()), state.clone()), state.clone());

    Ok(SandboxHandle {
        identity_url: format!("{base_url}/identity/v2.0"),
        url: base_url,
        sdc_url,
        linstor_url,
        user,
        state,
    })
}

fn serve(listener: TcpListener, router: Router, state: Arc<SandboxState>) {
    let listener = faults::FaultyListener::new(listener, state);
    tokio::spawn(async move {
        // Serving ends only with the process; an accept error is already retried inside.
        let _ = axum::serve(listener, router).await;
    });
}

/// Creates each service's demo data once (idempotent).
fn seed(state: &Arc<SandboxState>) -> Result<(), Fault> {
    astakos::seed(state)?;
    pithos::seed(state)?;
    plankton::seed(state)?;
    cyclades::seed(state)?;
    cloudapi::seed(state)?;
    Ok(())
}

/// Astakos, Cyclades, Plankton and Pithos on the main port.
fn synnefo_router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .merge(astakos::router(state.clone()))
        .merge(pithos::router(state.clone()))
        .merge(plankton::router(state.clone()))
        .merge(cyclades::router(state.clone()))
        .merge(faults::admin_router(state.clone()))
        .merge(inspect::router(state.clone()))
        .fallback(|| async { Fault::bad_request("API endpoint not found") })
}

/// The LINSTOR controller REST API, at the root of its own port.
fn linstor_router(state: Arc<SandboxState>) -> Router {
    linstor::router(state)
}
