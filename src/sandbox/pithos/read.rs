//! Object reads: `HEAD` and `GET` of a version (current, `version=N` or `until`), with
//! conditional requests, `?hashmap`, `version=list`, and ranged reads streamed block by
//! block (one range, or several as multipart/byteranges).

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use futures::StreamExt;

use super::access::{Access, access_to, require};
use super::content::Content;
use super::db;
use super::hashmap::hashmap_reply;
use super::headers::{object_headers, read_preconditions};
use super::http::{Query, Reply, Target, empty, header, public_base, quoted, set, with_db};
use super::versions::version_list;
use crate::sandbox::{Fault, SandboxState};

pub(super) async fn object_read(
    state: &Arc<SandboxState>,
    user: String,
    target: Target,
    query: Query,
    headers: HeaderMap,
    with_body: bool,
) -> Reply {
    let version_param = query.get("version").map(str::to_string);
    if version_param.as_deref() == Some("list") {
        return version_list(state, user, target).await;
    }
    let until = query.until();
    let base = public_base(state);
    let serial = match version_param.as_deref() {
        None => None,
        Some(v) => Some(v.parse::<i64>().map_err(|_| Fault::bad_request(format!("bad version `{v}`")))?),
    };
    // A hashmap is the object's own, a manifest's too (as in Pithos).
    let own_blocks = query.has("hashmap") && with_body;
    let (version, block_size, content, mut reply_headers) = with_db(state, move |docs| {
        let conn = docs.conn();
        let container = db::get_container(conn, &target.account, &target.container)?;
        let access = access_to(conn, &user, &target.account, &target.container, &target.name)?;
        require(access, Access::Read, &target.display())?;
        let version = db::get_version(conn, &target.account, &target.container, &target.name, serial, until)?;
        let mut headers = object_headers(conn, &base, &user, &version, access)?;
        let content = if own_blocks {
            Content::object(version.clone(), container.block_size)
        } else {
            Content::resolve(conn, &user, version.clone(), container.block_size)?
        };
        set(&mut headers, "content-length", content.size.to_string());
        set(&mut headers, "etag", &content.etag);
        Ok((version, container.block_size, content, headers))
    })
    .await?;
    if let Err(status) = read_preconditions(&headers, &content, version.modified) {
        if status == StatusCode::PRECONDITION_FAILED {
            return Err(Fault::precondition_failed("precondition failed"));
        }
        reply_headers.remove("content-length");
        return Ok(empty(status, reply_headers));
    }
    if own_blocks {
        return Ok(hashmap_reply(&version, block_size, reply_headers));
    }
    if !with_body {
        return Ok(empty(StatusCode::OK, reply_headers));
    }
    serve_data(state, &content, &headers, reply_headers)
}

/// Parses a `Range: bytes=a-b,c-,-n` header into inclusive ranges within `size`.
fn parse_ranges(spec: &str, size: u64) -> Option<Vec<(u64, u64)>> {
    let spec = spec.trim().strip_prefix("bytes=")?;
    let mut ranges = Vec::new();
    for part in spec.split(',') {
        let (start, end) = part.trim().split_once('-')?;
        let range = match (start.trim(), end.trim()) {
            ("", suffix) => {
                let n: u64 = suffix.parse().ok()?;
                if n == 0 || size == 0 {
                    return Some(Vec::new());
                }
                (size.saturating_sub(n), size - 1)
            }
            (start, "") => (start.parse().ok()?, size.checked_sub(1)?),
            (start, end) => {
                let (s, e): (u64, u64) = (start.parse().ok()?, end.parse().ok()?);
                (s, e.min(size.checked_sub(1)?))
            }
        };
        if range.0 > range.1 || range.0 >= size {
            return Some(Vec::new());
        }
        ranges.push(range);
    }
    Some(ranges)
}

/// Streams a read's bytes (all, one range, or several as multipart/byteranges).
pub(super) fn serve_data(
    state: &Arc<SandboxState>,
    content: &Content,
    request: &HeaderMap,
    mut headers: HeaderMap,
) -> Reply {
    let size = content.size;
    let range_header = header(request, "range");
    let if_range_ok = match header(request, "if-range") {
        Some(tag) => tag.trim() != "*" && content.matches(&tag),
        None => true,
    };
    let ranges = match range_header.filter(|_| if_range_ok) {
        None => None,
        Some(spec) => match parse_ranges(&spec, size) {
            None => None,
            Some(ranges) if ranges.is_empty() => {
                let mut response =
                    Fault::new(416, "rangeNotSatisfiable", "requested range not satisfiable").into_response();
                response.headers_mut().insert("content-range", quoted(&format!("bytes */{size}")));
                return Ok(response);
            }
            Some(ranges) => Some(ranges),
        },
    };
    match ranges {
        None => {
            Ok((StatusCode::OK, headers, Body::from_stream(content.stream(state, 0, size))).into_response())
        }
        Some(ranges) if ranges.len() == 1 => {
            let (start, end) = ranges[0];
            set(&mut headers, "content-range", format!("bytes {start}-{end}/{size}"));
            set(&mut headers, "content-length", (end - start + 1).to_string());
            let body = Body::from_stream(content.stream(state, start, end + 1));
            Ok((StatusCode::PARTIAL_CONTENT, headers, body).into_response())
        }
        Some(ranges) => {
            let boundary = uuid::Uuid::new_v4().simple().to_string();
            headers.remove("content-length");
            set(&mut headers, "content-type", format!("multipart/byteranges; boundary={boundary}"));
            let (state, content) = (Arc::clone(state), content.clone());
            let parts = futures::stream::iter(ranges).flat_map(move |(start, end)| {
                let head = format!(
                    "--{boundary}\r\nContent-Range: bytes {start}-{end}/{size}\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                );
                futures::stream::once(async move { Ok(Bytes::from(head)) })
                    .chain(content.stream(&state, start, end + 1))
                    .chain(futures::stream::once(async { Ok(Bytes::from_static(b"\r\n")) }))
            });
            let closing = format!("--{}--\r\n", headers_boundary(&headers));
            let body = parts
                .chain(futures::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(closing)) }));
            Ok((StatusCode::PARTIAL_CONTENT, headers, Body::from_stream(body)).into_response())
        }
    }
}

fn headers_boundary(headers: &HeaderMap) -> String {
    headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("boundary=").nth(1))
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_follow_http_rules() {
        assert_eq!(parse_ranges("bytes=0-4", 10), Some(vec![(0, 4)]));
        assert_eq!(parse_ranges("bytes=-3", 10), Some(vec![(7, 9)]));
        assert_eq!(parse_ranges("bytes=8-", 10), Some(vec![(8, 9)]));
        assert_eq!(parse_ranges("bytes=5-100", 10), Some(vec![(5, 9)]));
        assert_eq!(parse_ranges("bytes=0-1,4-5", 10), Some(vec![(0, 1), (4, 5)]));
        assert_eq!(parse_ranges("bytes=20-30", 10), Some(vec![]));
        assert_eq!(parse_ranges("items=1-2", 10), None);
    }
}
