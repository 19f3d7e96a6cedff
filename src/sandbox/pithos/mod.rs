//! The sandbox Pithos object store (`/object-store/v1/<account>[/<container>[/<object>]]`).
//!
//! It speaks the Pithos wire protocol as the reference describes it (§2.7): hashmap
//! uploads (`PUT ?hashmap` → 201 or 409 with the missing hashes, block `POST` → 202),
//! ranged and conditional reads, versions with `version`/`until`, sharing enforced on
//! reads by other users, public links, account groups, server-side copy and move, and
//! the `pithos.diskspace` quota per project. ETags are MD5s, as Swift clients expect
//! (the Merkle hash is `X-Object-Hash`; see `headers`), and the top level without a token
//! is the v1 auth, as in Pithos. Object data never sits whole in memory:
//! uploads are cut into blocks as they stream in and reads stream block by block.
//!
//! What lives where, records first, then operations, then handlers (each module uses
//! only those above it):
//!
//! - records: [`db`] the SQLite tables (accounts, containers, versions, sharing, public
//!   links), [`blocks`] the content-addressed block files, `setup` where both live and
//!   their creation at sandbox start;
//! - operations: `access` (who may do what with a path), `quota` (bytes charged to
//!   projects and containers), `hashmap` (bodies to blocks and back, `?hashmap`), `http`
//!   (the caller, query, header quoting and reply shapes), `content` (what a read serves:
//!   an object's blocks or a dynamic large object's segments), `headers` (object headers
//!   and conditional requests);
//! - handlers: `account` (Swift auth, account level), `container`, `read` (object reads),
//!   `versions` (`version=list`), `write` (object `PUT`/`POST`/`DELETE`), `copy` (copy and
//!   move), `object` (object methods to those), `sharing` (the accounts sharing with the
//!   caller, public links);
//! - `lookup`: what other sandbox services (the image service) read of stored objects.

pub mod blocks;
pub mod db;

mod access;
mod account;
mod container;
mod content;
mod copy;
mod hashmap;
mod headers;
mod http;
mod lookup;
mod object;
mod quota;
mod read;
mod setup;
mod sharing;
mod versions;
mod write;

use std::sync::Arc;

use axum::Router;
use axum::routing::any;

pub use self::lookup::{ObjectInfo, object_info};
pub use self::setup::{block_store, seed};
use super::SandboxState;

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/object-store/v1", any(sharing::top))
        .route("/object-store/v1/", any(sharing::top))
        .route("/object-store/v1/{account}", any(account::account))
        .route("/object-store/v1/{account}/", any(account::account))
        .route("/object-store/v1/{account}/{container}", any(container::container))
        .route("/object-store/v1/{account}/{container}/", any(container::container))
        .route("/object-store/v1/{account}/{container}/{*object}", any(object::object))
        .route("/public/{token}", any(sharing::public_object))
        .route("/auth/v1.0", any(account::swift_auth))
        .with_state(state)
}
