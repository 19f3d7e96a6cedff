//! Object requests of [`PithosClient`]: listing, details, metadata, sharing, copies,
//! deletion, versions and reads (the transfer engines build on these).

use std::collections::BTreeMap;

use reqwest::{Method, Response, StatusCode};
use serde_json::Value;

use super::model::{object_from_headers, object_from_listing};
use super::path::{encode_segment, quote_header};
use super::{
    Flavor, Hashmap, LISTING_PAGE, ListOptions, ManifestSegment, ObjectInfo, PithosClient, RemotePath,
    VersionEntry, epoch_to_iso, expect_success, json_list,
};
use crate::error::{Error, Result};
use crate::http::error_from_response;

/// Segment deletions in flight at once.
const SEGMENT_DELETES: usize = 8;

impl PithosClient {
    // objects

    /// Objects of a container (under `path.object` as a prefix when no prefix is given),
    /// following markers across server pages.
    pub async fn list_objects(&self, path: &RemotePath, options: &ListOptions) -> Result<Vec<ObjectInfo>> {
        let account = self.account_of(path).to_string();
        let base = self.container_url(&account, &path.container);
        let prefix = options.prefix.clone().unwrap_or_else(|| path.object.clone());
        let mut objects: Vec<ObjectInfo> = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let mut url = format!("{base}?format=json&limit={LISTING_PAGE}");
            if !prefix.is_empty() {
                url.push_str(&format!("&prefix={}", encode_segment(&prefix)));
            }
            if let Some(delimiter) = &options.delimiter {
                url.push_str(&format!("&delimiter={}", encode_segment(delimiter)));
            }
            if let Some(marker) = &marker {
                url.push_str(&format!("&marker={}", encode_segment(marker)));
            }
            if let Some(until) = options.until {
                url.push_str(&format!("&until={until}"));
            }
            if options.shared {
                url.push_str("&shared");
            }
            if options.public {
                url.push_str("&public");
            }
            let response = self
                .send_creating_container(path.account.as_deref(), &path.container, || {
                    self.request(Method::GET, &url)
                })
                .await?;
            if response.status() == StatusCode::NOT_FOUND {
                return Err(Error::not_found(format!("container `{}` does not exist", path.container))
                    .hint("`kamaki file container list` shows your containers"));
            }
            let response = expect_success(response, &format!("listing {}", path.display())).await?;
            let page: Vec<Value> = json_list(response).await?;
            let n = page.len();
            for entry in &page {
                let info = object_from_listing(entry);
                marker = Some(info.name.clone());
                objects.push(info);
                if options.limit.is_some_and(|limit| objects.len() >= limit) {
                    return Ok(objects);
                }
            }
            if n < LISTING_PAGE {
                return Ok(objects);
            }
        }
    }

    /// Object details from `HEAD`; `None` when it does not exist.
    pub async fn find_object(&self, path: &RemotePath, version: Option<&str>) -> Result<Option<ObjectInfo>> {
        let mut url = self.object_url(path);
        if let Some(version) = version {
            url.push_str(&format!("?version={}", encode_segment(version)));
        }
        let response = self.http.send_raw(self.request(Method::HEAD, &url), false).await?;
        match response.status() {
            StatusCode::NOT_FOUND => return Ok(None),
            StatusCode::FORBIDDEN => {
                return Err(Error::http(403, format!("permission denied: you may not access `{path}`"))
                    .hint(
                        "its owner has not shared it with you; `kamaki file others` lists what others share",
                    ));
            }
            _ => {}
        }
        let response = expect_success(response, &format!("object {}", path.display())).await?;
        Ok(Some(object_from_headers(&path.object, response.headers())))
    }

    /// Object details; a clear error when it does not exist.
    pub async fn object_info(&self, path: &RemotePath, version: Option<&str>) -> Result<ObjectInfo> {
        self.find_object(path, version).await?.ok_or_else(|| match version {
            Some(version) => Error::not_found(format!("object `{path}` has no version `{version}`"))
                .hint(format!("`kamaki file versions {path}` lists its versions")),
            None => Error::not_found(format!("object `{path}` does not exist"))
                .hint(format!("`kamaki file list /{}` shows what is there", path.container)),
        })
    }

    /// The object's block hashes (Pithos only).
    pub async fn hashmap(&self, path: &RemotePath, version: Option<&str>) -> Result<Hashmap> {
        let mut url = format!("{}?hashmap&format=json", self.object_url(path));
        if let Some(version) = version {
            url.push_str(&format!("&version={}", encode_segment(version)));
        }
        let response = self.http.send_raw(self.request(Method::GET, &url), false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        let response = expect_success(response, &format!("hashmap of {path}")).await?;
        let body = response.bytes().await?;
        serde_json::from_slice(&body).map_err(|_| {
            Error::general(format!("the server returned no hashmap for `{path}`"))
                .hint("the server may be a plain Swift without the Pithos extensions")
        })
    }

    /// Sets metadata keys (merge) and deletes `delete` keys.
    pub async fn update_object_meta(
        &self,
        path: &RemotePath,
        set: &BTreeMap<String, String>,
        delete: &[String],
    ) -> Result<()> {
        if self.flavor == Flavor::Swift {
            // Swift's POST replaces all metadata, so merge here.
            let mut meta = self.object_info(path, None).await?.meta;
            for key in delete {
                meta.retain(|k, _| !k.eq_ignore_ascii_case(key));
            }
            meta.extend(set.clone());
            let mut request = self.request(Method::POST, &self.object_url(path));
            for (key, value) in &meta {
                request = request.header(format!("X-Object-Meta-{key}"), quote_header(value));
            }
            self.send(request, &format!("updating {path}")).await?;
            return Ok(());
        }
        let url = format!("{}?update", self.object_url(path));
        let mut request = self.request(Method::POST, &url).header("Content-Length", "0");
        for (key, value) in set {
            request = request.header(format!("X-Object-Meta-{key}"), quote_header(value));
        }
        for key in delete {
            request = request.header(format!("X-Object-Meta-{key}"), "");
        }
        self.send(request, &format!("updating {path}")).await?;
        Ok(())
    }

    /// Replaces the object's sharing (`read=…;write=…`; empty removes it).
    pub async fn set_sharing(&self, path: &RemotePath, sharing: &str) -> Result<()> {
        self.require_pithos("sharing")?;
        let url = format!("{}?update", self.object_url(path));
        let request = self
            .request(Method::POST, &url)
            .header("Content-Length", "0")
            .header("X-Object-Sharing", sharing);
        self.send(request, &format!("sharing {path}")).await?;
        Ok(())
    }

    /// Publishes (or unpublishes) an object; returns the public URL when published.
    pub async fn set_public(&self, path: &RemotePath, public: bool) -> Result<Option<String>> {
        self.require_pithos("public links")?;
        let url = format!("{}?update", self.object_url(path));
        let value = if public { "true" } else { "false" };
        let request =
            self.request(Method::POST, &url).header("Content-Length", "0").header("X-Object-Public", value);
        self.send(request, &format!("publishing {path}")).await?;
        Ok(self.object_info(path, None).await?.public)
    }

    /// Creates an empty object (`touch`) or a directory object (`mkdir`).
    pub async fn put_empty(
        &self,
        path: &RemotePath,
        content_type: &str,
        if_not_exists: bool,
    ) -> Result<ObjectInfo> {
        let url = self.object_url(path);
        let request = || {
            let request = self
                .request(Method::PUT, &url)
                .header("Content-Type", content_type)
                .header("Content-Length", "0");
            if if_not_exists { request.header("If-None-Match", "*") } else { request }
        };
        let response =
            self.send_creating_container(path.account.as_deref(), &path.container, request).await?;
        if response.status() == StatusCode::PRECONDITION_FAILED {
            return Err(Error::conflict(format!("object `{path}` already exists")));
        }
        expect_success(response, &format!("creating {path}")).await?;
        self.object_info(path, None).await
    }

    /// A server-side copy or move (`PUT` with `X-Copy-From`/`X-Move-From`). With
    /// `no_overwrite`, an existing destination is a conflict (`If-None-Match: *`).
    pub async fn copy_object(
        &self,
        source: &RemotePath,
        destination: &RemotePath,
        is_move: bool,
        version: Option<&str>,
        no_overwrite: bool,
    ) -> Result<()> {
        if self.flavor == Flavor::Pithos {
            return self.put_copy(source, destination, is_move, version, no_overwrite, false).await;
        }
        // A static large object the copy replaces leaves its segments behind: no other
        // manifest names them (see `upload::swift`), so they go once the copy is there.
        let replaced = if no_overwrite || source == destination {
            Vec::new()
        } else {
            match self.find_object(destination, None).await? {
                Some(object) if object.static_large_object => self.large_object_segments(destination).await?,
                _ => Vec::new(),
            }
        };
        if is_move {
            // Swift ignores X-Move-From (it would create an empty object): copy, then delete.
            // A static large object moves as its manifest: the copy names the same
            // segments, so only the source manifest is deleted, not its segments.
            self.put_copy(source, destination, false, version, no_overwrite, true).await?;
            self.delete_object(source, false).await?;
        } else {
            self.put_copy(source, destination, false, version, no_overwrite, false).await?;
        }
        let replaced: Vec<String> = replaced.into_iter().map(|segment| segment.name).collect();
        self.delete_segments(&replaced).await
    }

    async fn put_copy(
        &self,
        source: &RemotePath,
        destination: &RemotePath,
        is_move: bool,
        version: Option<&str>,
        no_overwrite: bool,
        manifest_only: bool,
    ) -> Result<()> {
        let from = format!("/{}/{}", source.container, source.object);
        // Swift applies conditions of a copy to its source, so ask first.
        if no_overwrite
            && self.flavor == Flavor::Swift
            && self.find_object(destination, None).await?.is_some()
        {
            return Err(Error::conflict(format!("`{destination}` already exists; {source} was not copied"))
                .hint("choose another destination, or pass `--overwrite`"));
        }
        let mut url = self.object_url(destination);
        if manifest_only {
            // Copies a static large object's manifest instead of its data (harmless for
            // other objects, which are copied as they are).
            url.push_str("?multipart-manifest=get");
        }
        let request = || {
            let mut request = self
                .request(Method::PUT, &url)
                .header("Content-Length", "0")
                .header(if is_move { "X-Move-From" } else { "X-Copy-From" }, quote_header(&from));
            if let Some(account) = &source.account {
                request = request.header("X-Source-Account", account);
            }
            if let Some(version) = version {
                request = request.header("X-Source-Version", version);
            }
            if no_overwrite && self.flavor == Flavor::Pithos {
                request = request.header("If-None-Match", "*");
            }
            request
        };
        let response = self
            .send_creating_missing_container(destination.account.as_deref(), &destination.container, request)
            .await?;
        let verb = if is_move { "moving" } else { "copying" };
        match response.status() {
            StatusCode::PRECONDITION_FAILED => Err(Error::conflict(format!(
                "`{destination}` already exists; {source} was not {}",
                if is_move { "moved" } else { "copied" }
            ))
            .hint("choose another destination, or pass `--overwrite`")),
            StatusCode::NOT_FOUND => {
                let err = error_from_response(response).await;
                Err(Error::not_found(format!("{verb} {source} to {destination}: {}", err.message())))
            }
            _ => {
                expect_success(response, &format!("{verb} {source} to {destination}")).await?;
                Ok(())
            }
        }
    }

    /// Deletes an object for good, and a Swift static large object with its segments, as
    /// `swift delete` does. `known` is the object as a listing or HEAD described it; without
    /// it a Swift object is looked at first.
    pub async fn purge_object(&self, path: &RemotePath, known: Option<&ObjectInfo>) -> Result<()> {
        if self.flavor == Flavor::Pithos {
            return self.delete_object(path, false).await;
        }
        let is_static_large = match known {
            Some(object) => object.static_large_object,
            None => self.object_info(path, None).await?.static_large_object,
        };
        if is_static_large {
            self.delete_large_object(path).await
        } else {
            self.delete_object(path, false).await
        }
    }

    /// Deletes a static large object and its segments (`DELETE ?multipart-manifest=delete`).
    /// Swift answers with a bulk-delete report whose status is in the body.
    async fn delete_large_object(&self, path: &RemotePath) -> Result<()> {
        let url = format!("{}?multipart-manifest=delete", self.object_url(path));
        let request = self.request(Method::DELETE, &url).header("Accept", "application/json");
        let response = self.http.send_raw(request, false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        let what = format!("deleting {path} with its segments");
        let response = expect_success(response, &what).await?;
        let report: Value = serde_json::from_slice(&response.bytes().await?).map_err(|_| {
            Error::general(format!("{what}: Swift answered without a JSON report"))
                .hint("check whether this Swift has the `slo` middleware (`/info`)")
        })?;
        let status = report["Response Status"].as_str().unwrap_or_default();
        let errors = report["Errors"].as_array().map(Vec::as_slice).unwrap_or_default();
        if !status.starts_with('2') || !errors.is_empty() {
            let detail: Vec<String> = errors.iter().map(|e| format!("{} ({})", e[0], e[1])).collect();
            return Err(Error::general(format!("{what}: {status} {}", detail.join(", ")))
                .hint("run the delete again; segments already deleted are not an error"));
        }
        if report["Number Deleted"].as_u64() == Some(0) {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        Ok(())
    }

    /// The segments of a static large object, in order (`GET ?multipart-manifest=get`).
    pub async fn large_object_segments(&self, path: &RemotePath) -> Result<Vec<ManifestSegment>> {
        let url = format!("{}?multipart-manifest=get&format=json", self.object_url(path));
        let response = self.http.send_raw(self.request(Method::GET, &url), false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        let response = expect_success(response, &format!("reading the manifest of {path}")).await?;
        serde_json::from_slice(&response.bytes().await?).map_err(|_| {
            Error::general(format!("the manifest of `{path}` is not a list of segments"))
                .hint("is it a static large object? `kamaki file info` shows `static_large_object`")
        })
    }

    /// Deletes segment objects named `/CONTAINER/OBJECT`, a few at a time; segments already
    /// gone are no error.
    pub async fn delete_segments(&self, names: &[String]) -> Result<()> {
        use futures::{StreamExt, TryStreamExt};
        futures::stream::iter(names)
            .map(|name| async move {
                let (container, object) = name.trim_start_matches('/').split_once('/').ok_or_else(|| {
                    Error::general(format!(
                        "a manifest names the segment `{name}`, which is not /CONTAINER/OBJECT"
                    ))
                })?;
                match self.delete_object(&RemotePath::new(container, object), false).await {
                    Err(err) if err.kind() != crate::error::ErrorKind::NotFound => Err(err),
                    _ => Ok(()),
                }
            })
            .buffer_unordered(SEGMENT_DELETES)
            .try_collect()
            .await
    }

    /// Deletes an object (with `recursive` on Pithos, everything under it too); a Swift
    /// static large object loses only its manifest (see [`PithosClient::purge_object`]).
    pub async fn delete_object(&self, path: &RemotePath, recursive: bool) -> Result<()> {
        let mut url = self.object_url(path);
        if recursive && self.flavor == Flavor::Pithos {
            url.push_str("?delimiter=/");
        }
        let response = self.http.send_raw(self.request(Method::DELETE, &url), false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        expect_success(response, &format!("deleting {path}")).await?;
        Ok(())
    }

    /// Every version of an object, oldest first.
    pub async fn versions(&self, path: &RemotePath) -> Result<Vec<VersionEntry>> {
        self.require_pithos("versions")?;
        let url = format!("{}?version=list&format=json", self.object_url(path));
        let response = self.http.send_raw(self.request(Method::GET, &url), false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` has no versions")));
        }
        let response = expect_success(response, &format!("versions of {path}")).await?;
        let body: Value = serde_json::from_slice(&response.bytes().await?)?;
        let versions = body["versions"].as_array().cloned().unwrap_or_default();
        Ok(versions
            .iter()
            .filter_map(|pair| {
                let version = match &pair[0] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let timestamp = match &pair[1] {
                    Value::String(s) => s.parse().ok()?,
                    other => other.as_f64()?,
                };
                Some(VersionEntry { version, timestamp, modified: epoch_to_iso(timestamp) })
            })
            .collect())
    }

    /// A GET of the object's bytes (all of it, or `range` = `bytes=a-b`), for streaming.
    pub async fn get_object(
        &self,
        path: &RemotePath,
        version: Option<&str>,
        range: Option<&str>,
    ) -> Result<Response> {
        let mut url = self.object_url(path);
        if let Some(version) = version {
            url.push_str(&format!("?version={}", encode_segment(version)));
        }
        let mut request = self.request(Method::GET, &url);
        if let Some(range) = range {
            request = request.header("Range", range);
        }
        let response = self.http.send_raw(request, false).await?;
        if response.status() == StatusCode::NOT_FOUND {
            return Err(Error::not_found(format!("object `{path}` does not exist")));
        }
        expect_success(response, &format!("reading {path}")).await
    }
}
