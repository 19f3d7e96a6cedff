//! Plankton, the image service (`/image/v1.0`, also `/image/v1`), as Synnefo's
//! `synnefo/plankton/views.py` serves it.
//!
//! An image is a Pithos object registered with a name, formats and properties. Records are
//! kept in the store under kind `image` in the Plankton/Glance v1 shape, which the compute
//! API's `/images` view reads too; who an image is shared with is kept apart, under
//! `image-members`, and mirrored onto the file's Pithos read permission as in Synnefo.
//! An image follows its file: size and checksum are read from it, and an image whose file
//! was deleted is forgotten when images are next read.
//! One image travels as `X-Image-Meta-*` headers (register, HEAD, update);
//! listings are a bare JSON array, as Synnefo up to 0.19 (which kamaki 0.16 expects) sends.
//!
//! What lives where: `model` the image records and the operations on them (who may use
//! an image, its file, its members), `views` the `X-Image-Meta-*` headers and JSON
//! replies, `handlers` the routes' handlers, `demo` the demo images seeded at start.

mod demo;
mod handlers;
mod model;
mod views;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, put};

pub use self::demo::seed;
use self::handlers::{
    add_member, download, list_details, list_members, list_summaries, meta, register, remove_member,
    replace_members, shared_images, unregister, update,
};
pub use self::model::{ImageRecord, usable_images};
use super::SandboxState;

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new().nest("/image/v1.0", api()).nest("/image/v1", api()).with_state(state)
}

fn api() -> Router<Arc<SandboxState>> {
    Router::new()
        .route("/images", get(list_summaries).post(register))
        .route("/images/", get(list_summaries).post(register))
        .route("/images/detail", get(list_details))
        .route("/images/{id}", get(download).head(meta).put(update).delete(unregister))
        .route("/images/{id}/members", get(list_members).put(replace_members))
        .route("/images/{id}/members/{member}", put(add_member).delete(remove_member))
        .route("/shared-images/{member}", get(shared_images))
}
