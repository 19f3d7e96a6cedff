//! Object versions: `version=list` answers every version of a path with its serial and
//! timestamp. Reading one version (`version=N`, `until`) is an ordinary read (see
//! [`super::read`]); the records themselves are in [`super::db`].

use std::sync::Arc;

use axum::http::{HeaderMap, StatusCode};

use super::access::{Access, access_to, require};
use super::db;
use super::headers::object_headers;
use super::http::{Reply, Target, json_reply, public_base, with_db};
use crate::sandbox::{Fault, SandboxState};

/// `GET ?version=list`: every version of the path, oldest first, under the current
/// version's headers (none once the object is deleted).
pub(super) async fn version_list(state: &Arc<SandboxState>, user: String, target: Target) -> Reply {
    let base = public_base(state);
    let (mut headers, versions) = with_db(state, move |docs| {
        let conn = docs.conn();
        db::get_container(conn, &target.account, &target.container)?;
        let access = access_to(conn, &user, &target.account, &target.container, &target.name)?;
        require(access, Access::Read, &target.display())?;
        let versions = db::list_versions(conn, &target.account, &target.container, &target.name)?;
        if versions.is_empty() {
            return Err(Fault::not_found(format!("object {} does not exist", target.display())));
        }
        let current =
            db::get_version(conn, &target.account, &target.container, &target.name, None, None).ok();
        let headers = match &current {
            Some(version) => object_headers(conn, &base, &user, version, access)?,
            None => HeaderMap::new(),
        };
        Ok((headers, versions))
    })
    .await?;
    let list: Vec<_> =
        versions.iter().map(|v| serde_json::json!([v.serial, v.modified.to_string()])).collect();
    headers.remove("content-length");
    Ok(json_reply(StatusCode::OK, headers, &serde_json::json!({ "versions": list })))
}
