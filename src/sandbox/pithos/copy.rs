//! Server-side copy and move: `PUT` with `X-Copy-From`/`X-Move-From`, and the `COPY` and
//! `MOVE` methods with a `Destination`.

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderValue, StatusCode};

use super::access::{Access, access_to, require};
use super::db::{self, NewVersion};
use super::headers::{ObjectFields, object_fields};
use super::http::{Reply, Target, empty, header, merge_meta, set, with_db};
use super::quota::{charge, check_container_quota, delete_objects};
use crate::sandbox::{Fault, SandboxState};

/// `PUT` with `X-Copy-From`/`X-Move-From`: a server-side copy or move (with `delimiter`,
/// of everything under the source path too).
pub(super) async fn copy_object(
    state: &Arc<SandboxState>,
    user: String,
    source: String,
    target: Target,
    is_move: bool,
    headers: &HeaderMap,
    fields: ObjectFields,
) -> Reply {
    let source = source.trim_start_matches('/');
    let (src_container, src_name) = source
        .split_once('/')
        .ok_or_else(|| Fault::bad_request(format!("bad source `{source}` (expected /container/object)")))?;
    let src = Target {
        account: header(headers, "x-source-account").unwrap_or_else(|| target.account.clone()),
        container: src_container.to_string(),
        name: src_name.to_string(),
    };
    let source_version = header(headers, "x-source-version")
        .map(|v| v.parse::<i64>().map_err(|_| Fault::bad_request(format!("bad source version `{v}`"))))
        .transpose()?;
    let if_none_match = header(headers, "if-none-match");
    let version = with_db(state, move |docs| {
        let conn = docs.conn();
        let src_access = access_to(conn, &user, &src.account, &src.container, &src.name)?;
        require(src_access, if is_move { Access::Write } else { Access::Read }, &src.display())?;
        let version = db::get_version(conn, &src.account, &src.container, &src.name, source_version, None)?;
        let dst_container = db::get_container(conn, &target.account, &target.container)?;
        require(
            access_to(conn, &user, &target.account, &target.container, &target.name)?,
            Access::Write,
            &target.display(),
        )?;
        let existing =
            db::get_version(conn, &target.account, &target.container, &target.name, None, None).ok();
        if if_none_match.is_some() && existing.is_some() {
            return Err(Fault::precondition_failed(format!("object {} already exists", target.display())));
        }
        let same_path =
            src.account == target.account && src.container == target.container && src.name == target.name;
        if same_path && is_move {
            return Ok(version);
        }
        let mut meta = version.meta.clone();
        meta = merge_meta(&meta, fields.meta.clone(), true);
        let new = NewVersion {
            bytes: version.bytes,
            hashes: version.hashes.clone(),
            // The same bytes; a manifest stays a manifest (as in Pithos, where it is meta).
            md5: version.md5.clone(),
            manifest: version.manifest.clone(),
            content_type: fields
                .content_type
                .clone()
                .filter(|_| headers_has_type(&fields))
                .unwrap_or(version.content_type.clone()),
            content_encoding: version.content_encoding.clone(),
            content_disposition: version.content_disposition.clone(),
            meta,
            modified_by: user.clone(),
            uuid: if is_move { Some(version.uuid.clone()) } else { None },
        };
        let old = existing.map_or(0, |v| v.bytes);
        let delta = new.bytes as i64 - old as i64;
        check_container_quota(conn, &dst_container, delta)?;
        charge(docs, &dst_container, delta)?;
        let (written, _) = db::put_version(conn, &dst_container, &target.name, new)?;
        if let Some(sharing) = &fields.sharing {
            db::set_sharing(conn, &target.account, &target.container, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            db::set_public(conn, &target.account, &target.container, &target.name, public)?;
        }
        if is_move {
            let src_container = db::get_container(conn, &src.account, &src.container)?;
            delete_objects(docs, &src_container, [src.name.as_str()], &user)?;
        }
        Ok(written)
    })
    .await?;
    let mut reply = HeaderMap::new();
    set(&mut reply, "etag", version.etag());
    set(&mut reply, "x-object-hash", &version.hash);
    set(&mut reply, "x-object-version", version.serial.to_string());
    Ok(empty(StatusCode::CREATED, reply))
}

/// A copy keeps the source's type unless the request names one other than the default
/// that HTTP clients add on their own.
fn headers_has_type(fields: &ObjectFields) -> bool {
    fields.content_type.as_deref().is_some_and(|t| t != "application/octet-stream" && !t.is_empty())
}

/// `COPY`/`MOVE` with a `Destination` header: the same as PUT with X-Copy-From/X-Move-From.
pub(super) async fn object_copy_method(
    state: &Arc<SandboxState>,
    user: String,
    source: Target,
    is_move: bool,
    headers: HeaderMap,
) -> Reply {
    let destination =
        header(&headers, "destination").ok_or_else(|| Fault::bad_request("missing Destination header"))?;
    let destination = destination.trim_start_matches('/');
    let (container, name) = destination
        .split_once('/')
        .ok_or_else(|| Fault::bad_request(format!("bad destination `{destination}`")))?;
    let target = Target {
        account: header(&headers, "destination-account").unwrap_or_else(|| source.account.clone()),
        container: container.to_string(),
        name: name.to_string(),
    };
    let mut headers = headers.clone();
    if let Ok(value) = HeaderValue::from_str(&source.account) {
        headers.insert("x-source-account", value);
    }
    let fields = object_fields(&headers)?;
    copy_object(
        state,
        user,
        format!("/{}/{}", source.container, source.name),
        target,
        is_move,
        &headers,
        fields,
    )
    .await
}
