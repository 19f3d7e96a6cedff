//! Object writes: `PUT` (a streamed body or a `?hashmap` of stored blocks; `X-Copy-From`
//! and `X-Move-From` hand over to [`super::copy`]), `POST` (metadata, sharing, public) and
//! `DELETE` (with `delimiter`, everything under the path too).

use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};

use super::access::{Access, access_to, require};
use super::copy::copy_object;
use super::db::{self, Container, DbResult, ListQuery, NewVersion, Version};
use super::hashmap::{hashmap_md5, read_hashmap, store_stream};
use super::headers::{ObjectFields, object_fields, write_preconditions};
use super::http::{Query, Reply, Target, empty, header, merge_meta, set, with_db};
use super::quota::{charge, check_container_quota, delete_objects};
use crate::sandbox::{Fault, SandboxState};

pub(super) async fn object_put(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
    body: Body,
) -> Reply {
    let fields = object_fields(&headers)?;
    if let Some(source) = header(&headers, "x-copy-from") {
        return copy_object(state, user, source, target, false, &headers, fields).await;
    }
    if let Some(source) = header(&headers, "x-move-from") {
        return copy_object(state, user, source, target, true, &headers, fields).await;
    }
    let (t, u) = (target.clone(), user.clone());
    let (container, current) = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &t.account, &t.container)?;
        require(access_to(conn, &u, &t.account, &t.container, &t.name)?, Access::Write, &t.display())?;
        let current = db::get_version(conn, &t.account, &t.container, &t.name, None, None).ok();
        Ok((container, current))
    })
    .await?;
    write_preconditions(&headers, current.as_ref())?;
    let Some(content_type) = fields.content_type.clone() else {
        return Err(Fault::new(
            411,
            "lengthRequired",
            "missing Content-Type header: an upload must name its content type \
             (for example `Content-Type: application/octet-stream`)",
        ));
    };
    let manifest = manifest_header(&headers)?;
    let (bytes, hashes, md5) = if query.has("hashmap") {
        let (bytes, hashes) = read_hashmap(state, container.block_size, body).await?;
        let md5 = hashmap_md5(state, &hashes, bytes, container.block_size).await?;
        (bytes, hashes, md5)
    } else {
        let stored = store_stream(state, container.block_size, body, None).await?;
        if let Some(expected) = header(&headers, "etag").map(|e| e.trim_matches('"').to_lowercase())
            && expected != stored.md5
        {
            return Err(Fault::new(422, "unprocessableEntity", "the ETag does not match the data's MD5"));
        }
        (stored.bytes, stored.hashes, stored.md5)
    };
    let new = NewVersion {
        bytes,
        hashes,
        md5,
        manifest,
        content_type,
        content_encoding: fields.content_encoding.clone(),
        content_disposition: fields.content_disposition.clone(),
        meta: fields.meta.clone(),
        modified_by: user.clone(),
        uuid: None,
    };
    let version = write_version(state, container, target, new, fields).await?;
    let mut reply = HeaderMap::new();
    set(&mut reply, "etag", version.etag());
    // Not in Pithos's reply, but its header: kamaki checks its upload against it.
    set(&mut reply, "x-object-hash", &version.hash);
    set(&mut reply, "x-object-version", version.serial.to_string());
    Ok(empty(StatusCode::CREATED, reply))
}

/// `X-Object-Manifest: CONTAINER/PREFIX` (a leading `/` allowed; the prefix may be empty).
fn manifest_header(headers: &HeaderMap) -> DbResult<Option<String>> {
    let Some(value) = header(headers, "x-object-manifest") else {
        return Ok(None);
    };
    let value = value.trim_start_matches('/');
    match value.split_once('/') {
        Some((container, _)) if !container.is_empty() => Ok(Some(value.to_string())),
        _ => Err(Fault::bad_request(format!(
            "bad X-Object-Manifest `{value}`: expected CONTAINER/PREFIX, e.g. `segments/big.iso/`"
        ))),
    }
}

/// Writes a new version with quota accounting, then applies sharing and public flags.
async fn write_version(
    state: &Arc<SandboxState>,
    container: Container,
    target: Target,
    new: NewVersion,
    fields: ObjectFields,
) -> DbResult<Version> {
    with_db(state, move |docs| {
        let conn = docs.conn();
        let old = db::get_version(conn, &container.account, &container.name, &target.name, None, None)
            .map_or(0, |v| v.bytes);
        let delta = new.bytes as i64 - old as i64;
        check_container_quota(conn, &container, delta)?;
        charge(docs, &container, delta)?;
        // A failure from here on rolls the whole transaction back, the charge included.
        let (version, _) = db::put_version(conn, &container, &target.name, new)?;
        if let Some(sharing) = &fields.sharing {
            db::set_sharing(conn, &container.account, &container.name, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            db::set_public(conn, &container.account, &container.name, &target.name, public)?;
        }
        Ok(version)
    })
    .await
}

pub(super) async fn object_post(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
) -> Reply {
    let fields = object_fields(&headers)?;
    let update = query.has("update");
    let has_meta = headers.keys().any(|k| k.as_str().starts_with("x-object-meta-"));
    with_db(state, move |docs| {
        let conn = docs.conn();
        db::get_container(conn, &target.account, &target.container)?;
        let access = access_to(conn, &user, &target.account, &target.container, &target.name)?;
        require(access, Access::Write, &target.display())?;
        let version = db::get_version(conn, &target.account, &target.container, &target.name, None, None)?;
        if has_meta || !update {
            let meta = merge_meta(&version.meta, fields.meta, update);
            db::update_meta(conn, &version, &meta)?;
        }
        if let Some(sharing) = &fields.sharing {
            if access != Access::Owner {
                return Err(Fault::forbidden("only the owner can change sharing"));
            }
            db::set_sharing(conn, &target.account, &target.container, &target.name, sharing)?;
        }
        if let Some(public) = fields.public {
            if access != Access::Owner {
                return Err(Fault::forbidden("only the owner can publish"));
            }
            db::set_public(conn, &target.account, &target.container, &target.name, public)?;
        }
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::ACCEPTED, HeaderMap::new()))
}

pub(super) async fn object_delete(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
) -> Reply {
    let recursive = query.get("delimiter").is_some();
    let until = query.until();
    with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &target.account, &target.container)?;
        require(
            access_to(conn, &user, &target.account, &target.container, &target.name)?,
            Access::Write,
            &target.display(),
        )?;
        let mut names = Vec::new();
        match db::get_version(conn, &target.account, &target.container, &target.name, None, None) {
            Ok(_) => names.push(target.name.clone()),
            Err(fault) if !recursive => return Err(fault),
            Err(_) => {}
        }
        if recursive {
            let prefix = format!("{}/", target.name.trim_end_matches('/'));
            let query = ListQuery { prefix, limit: usize::MAX, ..Default::default() };
            names.extend(
                db::list_objects(conn, &target.account, &target.container, &query)?
                    .into_iter()
                    .map(|v| v.name),
            );
            if names.is_empty() {
                return Err(Fault::not_found(format!("object {} does not exist", target.display())));
            }
        }
        delete_objects(docs, &container, names.iter().map(String::as_str), &user)?;
        if let Some(until) = until {
            db::purge_history(conn, &container, until)?;
        }
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::NO_CONTENT, HeaderMap::new()))
}
