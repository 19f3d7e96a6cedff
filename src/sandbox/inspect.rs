//! A test-only window into the sandbox's state, so the integration tests read and seed
//! records through HTTP instead of opening the sandbox's SQLite file (whose layout each
//! service is free to change).
//!
//! Mounted only when the sandbox starts with `KAMAKI_SANDBOX_INSPECT=1` in its
//! environment (tests/common sets it); otherwise these paths are unknown, as on a real
//! cloud. Every request needs a valid `X-Auth-Token`, like the services' own.
//!
//! - `GET /_sandbox/inspect/docs/{kind}`: the stored documents of a kind (`user`, …).
//! - `POST /_sandbox/inspect/usage`: `{"project", "resource", "delta"}` charges the caller's
//!   usage in a project through Astakos's own quota check.
//! - `GET /_sandbox/inspect/pithos/blocks`: `{"count"}`, how many distinct blocks Pithos
//!   stores.
//! - `POST /_sandbox/inspect/pithos/objects`: `{"container", "names"}` creates empty
//!   objects in one of the caller's containers at once (listings beyond a page).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use super::pithos::{
    self,
    db::{self, EMPTY_MD5, NewVersion},
};
use super::{Fault, SandboxState, User, astakos};

/// The environment variable that mounts these routes.
const ENABLE: &str = "KAMAKI_SANDBOX_INSPECT";

/// These routes when the environment asks for them, otherwise none.
pub(super) fn router(state: Arc<SandboxState>) -> Router {
    if std::env::var_os(ENABLE).is_none_or(|value| value != "1") {
        return Router::new();
    }
    Router::new()
        .route("/_sandbox/inspect/docs/{kind}", get(documents))
        .route("/_sandbox/inspect/usage", post(charge))
        .route("/_sandbox/inspect/pithos/blocks", get(blocks))
        .route("/_sandbox/inspect/pithos/objects", post(empty_objects))
        .with_state(state)
}

async fn documents(
    State(state): State<Arc<SandboxState>>,
    _: User,
    Path(kind): Path<String>,
) -> Result<Json<Vec<Value>>, Fault> {
    Ok(Json(state.store.list(&kind)?))
}

#[derive(Deserialize)]
struct Charge {
    project: String,
    resource: String,
    delta: i64,
}

async fn charge(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Json(charge): Json<Charge>,
) -> Result<Json<Value>, Fault> {
    state.store.transaction(|docs| {
        astakos::charge_in(docs, &user.uuid, &charge.project, &charge.resource, charge.delta)
    })?;
    Ok(Json(json!({"project": charge.project, "resource": charge.resource, "charged": charge.delta})))
}

async fn blocks(State(state): State<Arc<SandboxState>>, _: User) -> Result<Json<Value>, Fault> {
    Ok(Json(json!({ "count": pithos::block_store(&state).count() })))
}

#[derive(Deserialize)]
struct EmptyObjects {
    container: String,
    names: Vec<String>,
}

async fn empty_objects(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Json(request): Json<EmptyObjects>,
) -> Result<Json<Value>, Fault> {
    let created = state.store.transaction(|docs| {
        let container = db::get_container(docs.conn(), &user.uuid, &request.container)?;
        for name in &request.names {
            let empty = NewVersion {
                bytes: 0,
                hashes: Vec::new(),
                md5: EMPTY_MD5.to_string(),
                manifest: None,
                content_type: "application/octet-stream".to_string(),
                content_encoding: None,
                content_disposition: None,
                meta: Default::default(),
                modified_by: user.uuid.clone(),
                uuid: None,
            };
            db::put_version(docs.conn(), &container, name, empty)?;
        }
        Ok(request.names.len())
    })?;
    Ok(Json(json!({ "created": created })))
}
