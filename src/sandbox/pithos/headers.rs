//! Object headers both ways: those a reply carries (`X-Object-*`, sharing, public link,
//! what the caller may do), those a write sets, and the conditional-request checks.

use axum::http::{HeaderMap, StatusCode};
use rusqlite::Connection;

use super::access::{Access, effective_sharing};
use super::content::Content;
use super::db::{self, DbResult, Meta, Sharing, Version};
use super::http::{header, http_date, meta_from_headers, set, tag_list_names};
use crate::sandbox::Fault;

pub(super) fn object_headers(
    conn: &Connection,
    state_base: &str,
    user: &str,
    version: &Version,
    access: Access,
) -> DbResult<HeaderMap> {
    let mut headers = HeaderMap::new();
    // The ETag is the MD5 of the data, as in Swift and in a Pithos deployed with
    // `PITHOS_UPDATE_MD5` (what Swift clients need: `swift` and rclone check downloads
    // and listings against it). The Merkle hash of the blocks, which Pithos clients
    // compare, stays in `X-Object-Hash` (and in listings' `x_object_hash`).
    set(&mut headers, "etag", version.etag());
    set(&mut headers, "content-length", version.bytes.to_string());
    set(&mut headers, "content-type", &version.content_type);
    set(&mut headers, "last-modified", http_date(version.modified));
    if let Some(encoding) = &version.content_encoding {
        set(&mut headers, "content-encoding", encoding);
    }
    if let Some(disposition) = &version.content_disposition {
        set(&mut headers, "content-disposition", disposition);
    }
    set(&mut headers, "x-object-hash", &version.hash);
    if let Some(manifest) = &version.manifest {
        set(&mut headers, "x-object-manifest", manifest);
    }
    set(&mut headers, "x-object-uuid", &version.uuid);
    set(&mut headers, "x-object-version", version.serial.to_string());
    set(&mut headers, "x-object-version-timestamp", http_date(version.modified));
    set(&mut headers, "x-object-modified-by", &version.modified_by);
    set(&mut headers, "accept-ranges", "bytes");
    if let Some((path, sharing)) =
        effective_sharing(conn, &version.account, &version.container, &version.name)?
    {
        set(&mut headers, "x-object-sharing", sharing.header());
        if path != version.name {
            set(&mut headers, "x-object-shared-by", format!("{}/{}", version.container, path));
        }
    }
    if access == Access::Owner {
        if let Some(token) = db::get_public(conn, &version.account, &version.container, &version.name)? {
            set(&mut headers, "x-object-public", format!("{state_base}/public/{token}"));
        }
    } else if user != version.account {
        set(&mut headers, "x-object-allowed-to", if access >= Access::Write { "write" } else { "read" });
    }
    for (key, value) in &version.meta {
        set(&mut headers, &format!("x-object-meta-{key}"), value);
    }
    Ok(headers)
}

/// Whether an `If-Match`-style list names the version: `*`, its ETag (the MD5), or its
/// Merkle hash (which Pithos clients, kamaki included, know an object by).
fn names_version(list: &str, version: &Version) -> bool {
    tag_list_names(list, &[version.etag(), &version.hash])
}

/// Evaluates If-Match / If-None-Match / If-(Un)Modified-Since for a read of `content`
/// (last modified at `modified`).
pub(super) fn read_preconditions(
    headers: &HeaderMap,
    content: &Content,
    modified: f64,
) -> Result<(), StatusCode> {
    if let Some(list) = header(headers, "if-match")
        && !content.matches(&list)
    {
        return Err(StatusCode::PRECONDITION_FAILED);
    }
    if let Some(list) = header(headers, "if-none-match")
        && content.matches(&list)
    {
        return Err(StatusCode::NOT_MODIFIED);
    }
    let modified = modified.floor();
    if let Some(since) = header(headers, "if-modified-since").and_then(|d| httpdate::parse_http_date(&d).ok())
    {
        let since = since.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
        if modified <= since {
            return Err(StatusCode::NOT_MODIFIED);
        }
    }
    if let Some(since) =
        header(headers, "if-unmodified-since").and_then(|d| httpdate::parse_http_date(&d).ok())
    {
        let since = since.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
        if modified > since {
            return Err(StatusCode::PRECONDITION_FAILED);
        }
    }
    Ok(())
}

/// Headers describing the object of a PUT (type, encoding, meta, sharing, public).
pub(super) struct ObjectFields {
    pub(super) content_type: Option<String>,
    pub(super) content_encoding: Option<String>,
    pub(super) content_disposition: Option<String>,
    pub(super) meta: Meta,
    pub(super) sharing: Option<Sharing>,
    pub(super) public: Option<bool>,
}

pub(super) fn object_fields(headers: &HeaderMap) -> DbResult<ObjectFields> {
    let sharing = match header(headers, "x-object-sharing") {
        Some(value) => Some(Sharing::parse(&value)?),
        None => None,
    };
    let public = header(headers, "x-object-public").map(|v| v.eq_ignore_ascii_case("true"));
    Ok(ObjectFields {
        content_type: header(headers, "content-type").filter(|t| !t.is_empty()),
        content_encoding: header(headers, "content-encoding"),
        content_disposition: header(headers, "content-disposition"),
        meta: meta_from_headers(headers, "x-object-meta-"),
        sharing,
        public,
    })
}

/// Evaluates If-Match / If-None-Match for a write against the current object.
pub(super) fn write_preconditions(headers: &HeaderMap, current: Option<&Version>) -> DbResult<()> {
    if let Some(list) = header(headers, "if-match") {
        let ok = current.is_some_and(|v| names_version(&list, v));
        if !ok {
            return Err(Fault::precondition_failed("If-Match: the object does not match"));
        }
    }
    if let Some(list) = header(headers, "if-none-match") {
        let matched = current.is_some_and(|v| names_version(&list, v));
        if matched {
            return Err(Fault::precondition_failed("If-None-Match: the object exists"));
        }
    }
    Ok(())
}
