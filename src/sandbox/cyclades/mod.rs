//! The three Cyclades services of the sandbox: compute (`/compute/v2.0`), network
//! (`/network/v2.0`) and block storage (`/volume/v2.0`).
//!
//! Layers, each depending only on those before it:
//! - `model`: the stored records and their store kinds, transition timing, and the lookups
//!   (`ipam` is its address arithmetic, `http` the request and reply helpers of handlers);
//! - `ops`: operations that change several records or charge quota, often across services
//!   (a server's creation makes its root volume and ports, its deletion releases them);
//! - `compute`, `network`, `volume`: each service's routes, handlers and JSON views.
//!
//! The services never import each other: what one needs of another is in `model` or `ops`.

mod compute;
mod http;
mod ipam;
mod model;
mod network;
mod ops;
mod volume;

use std::sync::Arc;

use axum::Router;

use super::{Fault, SandboxState};

/// The routes of the three services.
pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .merge(compute::router(state.clone()))
        .merge(network::router(state.clone()))
        .merge(volume::router(state))
}

/// Creates the public network and its subnet once per store.
pub fn seed(state: &SandboxState) -> Result<(), Fault> {
    state.store.transaction(ops::network::seed_public_network)
}
