//! What the object store describes (containers, objects, hashmaps, versions, sharers),
//! what kamaki asks of it (listing options, container policies, object attributes), and
//! how replies' headers and listing entries become these types.

use std::collections::BTreeMap;

use reqwest::header::HeaderMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::path::unquote;

/// A container as listings and HEAD describe it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContainerInfo {
    pub name: String,
    pub count: u64,
    pub bytes: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// Bytes; 0 means unlimited.
    #[serde(default)]
    pub quota: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versioning: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_size: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_hash: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, String>,
}

/// An object (or virtual folder) as listings and HEAD describe it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ObjectInfo {
    pub name: String,
    #[serde(default)]
    pub bytes: u64,
    /// The ETag: the Merkle hash on Pithos, the MD5 on Swift.
    #[serde(default)]
    pub hash: String,
    #[serde(default)]
    pub content_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, String>,
    /// Listing with a delimiter: a virtual folder (`subdir`), not an object.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub subdir: bool,
    /// A Swift large object (manifest): its ETag is not the MD5 of its data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub large_object: bool,
    /// A Swift static large object: deleting it for good deletes its segments too.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub static_large_object: bool,
}

/// A segment of a Swift static large object, as its manifest (`?multipart-manifest=get`)
/// lists it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ManifestSegment {
    /// `/CONTAINER/OBJECT` of the segment.
    pub name: String,
    /// Its MD5 (of a nested static large object: the MD5 of its segments' MD5s).
    pub hash: String,
    pub bytes: u64,
    /// The segment is itself a static large object.
    #[serde(default)]
    pub sub_slo: bool,
    /// Only this byte range of the segment is part of the object.
    #[serde(default)]
    pub range: Option<String>,
}

impl ObjectInfo {
    /// Folders are directory objects or virtual `subdir` entries.
    pub fn is_directory(&self) -> bool {
        let base = self.content_type.split(';').next().unwrap_or_default().trim();
        self.subdir || base == "application/directory" || base == "application/folder"
    }
}

/// An object's block list, as `GET ?hashmap` returns it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Hashmap {
    pub block_size: u64,
    pub block_hash: String,
    pub bytes: u64,
    pub hashes: Vec<String>,
}

/// One entry of `file versions`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VersionEntry {
    pub version: String,
    /// Epoch seconds.
    pub timestamp: f64,
    pub modified: String,
}

/// An account that shares objects with the user.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sharer {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// What `list_objects` asks for.
#[derive(Debug, Clone, Default)]
pub struct ListOptions {
    pub prefix: Option<String>,
    pub delimiter: Option<String>,
    /// Epoch seconds: the container as it was then.
    pub until: Option<i64>,
    pub shared: bool,
    pub public: bool,
    /// Stop after this many entries.
    pub limit: Option<usize>,
}

/// New container settings.
#[derive(Debug, Clone, Default)]
pub struct ContainerPolicy {
    pub quota: Option<u64>,
    pub versioning: Option<String>,
    pub project: Option<String>,
    pub meta: BTreeMap<String, String>,
}

/// Object attributes set on upload or creation.
#[derive(Debug, Clone, Default)]
pub struct ObjectAttributes {
    pub content_type: Option<String>,
    pub meta: BTreeMap<String, String>,
    /// `read=a,b;write=c`.
    pub sharing: Option<String>,
    pub public: bool,
    /// Fail if the object exists (`If-None-Match: *`).
    pub if_not_exists: bool,
}

/// Headers with a prefix, prefix removed, values unquoted.
pub(super) fn prefixed(headers: &HeaderMap, prefix: &str) -> BTreeMap<String, String> {
    headers
        .iter()
        .filter_map(|(name, value)| {
            let key = name.as_str().strip_prefix(prefix)?;
            Some((unquote(key), unquote(value.to_str().ok()?)))
        })
        .collect()
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(unquote)
}

pub(super) fn container_from_headers(name: &str, headers: &HeaderMap) -> ContainerInfo {
    let number = |n: &str| header_text(headers, n).and_then(|v| v.parse().ok());
    ContainerInfo {
        name: name.to_string(),
        count: number("x-container-object-count").unwrap_or(0),
        bytes: number("x-container-bytes-used").unwrap_or(0),
        last_modified: header_text(headers, "last-modified"),
        quota: number("x-container-policy-quota").unwrap_or(0),
        versioning: header_text(headers, "x-container-policy-versioning"),
        project: header_text(headers, "x-container-policy-project"),
        block_size: number("x-container-block-size"),
        block_hash: header_text(headers, "x-container-block-hash"),
        meta: prefixed(headers, "x-container-meta-"),
    }
}

pub(super) fn container_from_listing(entry: &Value) -> ContainerInfo {
    let policy = &entry["x_container_policy"];
    ContainerInfo {
        name: entry["name"].as_str().unwrap_or_default().to_string(),
        count: entry["count"].as_u64().unwrap_or(0),
        bytes: entry["bytes"].as_u64().unwrap_or(0),
        last_modified: entry["last_modified"].as_str().map(str::to_string),
        quota: policy["quota"]
            .as_str()
            .and_then(|q| q.parse().ok())
            .or(policy["quota"].as_u64())
            .unwrap_or(0),
        versioning: policy["versioning"].as_str().map(str::to_string),
        project: policy["project"].as_str().map(str::to_string),
        ..ContainerInfo::default()
    }
}

pub(super) fn object_from_headers(name: &str, headers: &HeaderMap) -> ObjectInfo {
    ObjectInfo {
        name: name.to_string(),
        bytes: header_text(headers, "content-length").and_then(|v| v.parse().ok()).unwrap_or(0),
        hash: header_text(headers, "x-object-hash")
            .or_else(|| header_text(headers, "etag"))
            .unwrap_or_default()
            .trim_matches('"')
            .to_string(),
        content_type: header_text(headers, "content-type").unwrap_or_default(),
        last_modified: header_text(headers, "last-modified"),
        version: header_text(headers, "x-object-version"),
        version_timestamp: header_text(headers, "x-object-version-timestamp"),
        uuid: header_text(headers, "x-object-uuid"),
        modified_by: header_text(headers, "x-object-modified-by"),
        sharing: header_text(headers, "x-object-sharing"),
        shared_by: header_text(headers, "x-object-shared-by"),
        allowed_to: header_text(headers, "x-object-allowed-to"),
        public: header_text(headers, "x-object-public"),
        meta: prefixed(headers, "x-object-meta-"),
        subdir: false,
        large_object: headers.contains_key("x-static-large-object")
            || headers.contains_key("x-object-manifest"),
        static_large_object: header_text(headers, "x-static-large-object")
            .is_some_and(|v| v.eq_ignore_ascii_case("true")),
    }
}

pub(super) fn object_from_listing(entry: &Value) -> ObjectInfo {
    if let Some(subdir) = entry["subdir"].as_str() {
        return ObjectInfo { name: subdir.to_string(), subdir: true, ..ObjectInfo::default() };
    }
    let text = |key: &str| entry[key].as_str().map(str::to_string);
    ObjectInfo {
        name: text("name").unwrap_or_default(),
        bytes: entry["bytes"].as_u64().unwrap_or(0),
        // A static large object's `hash` is its manifest's MD5; its ETag is `slo_etag`.
        hash: text("x_object_hash")
            .or_else(|| text("slo_etag").map(|etag| etag.trim_matches('"').to_string()))
            .or_else(|| text("hash"))
            .unwrap_or_default(),
        content_type: text("content_type").unwrap_or_default(),
        last_modified: text("last_modified"),
        version: entry["x_object_version"]
            .as_i64()
            .map(|v| v.to_string())
            .or_else(|| text("x_object_version")),
        version_timestamp: text("x_object_version_timestamp"),
        uuid: text("x_object_uuid"),
        modified_by: text("x_object_modified_by"),
        sharing: text("x_object_sharing"),
        shared_by: None,
        allowed_to: text("x_object_allowed_to"),
        public: text("x_object_public"),
        meta: BTreeMap::new(),
        subdir: false,
        // Swift lists a static large object with the ETag of its data as `slo_etag`.
        large_object: entry.get("slo_etag").is_some(),
        static_large_object: entry.get("slo_etag").is_some(),
    }
}

/// An epoch timestamp as ISO 8601 (UTC).
pub fn epoch_to_iso(epoch: f64) -> String {
    chrono::DateTime::from_timestamp_millis((epoch * 1000.0) as i64)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}
