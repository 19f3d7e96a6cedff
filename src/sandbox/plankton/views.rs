//! Images on the wire: `X-Image-Meta-*` request headers read and checked as Plankton
//! does, and images answered as headers (one image) or JSON (listings, members).

use std::collections::BTreeMap;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use percent_encoding::utf8_percent_encode;
use serde_json::Value;

use super::model::{ImageRecord, QUOTED, unquote};
use crate::sandbox::Fault;

const DISK_FORMATS: [&str; 3] = ["diskdump", "extdump", "ntfsdump"];
const CONTAINER_FORMATS: [&str; 5] = ["aki", "ari", "ami", "bare", "ovf"];
const STATUSES: [&str; 4] = ["AVAILABLE", "SAVING", "ERROR", "DELETED"];
/// Every field Plankton reads from `X-Image-Meta-*` headers; others are ignored.
const PLANKTON_FIELDS: [&str; 17] = [
    "name",
    "disk_format",
    "container_format",
    "size",
    "checksum",
    "location",
    "created_at",
    "updated_at",
    "deleted_at",
    "status",
    "is_public",
    "owner",
    "id",
    "is_snapshot",
    "description",
    "store",
    "properties",
];

/// Image fields and properties from `X-Image-Meta-*` request headers, normalised as
/// Plankton does: keys lower-cased with punctuation turned into `_`, quoted values
/// (name, properties) unquoted.
pub(super) struct ImageParams {
    pub(super) fields: BTreeMap<String, String>,
    pub(super) properties: BTreeMap<String, String>,
}

impl ImageParams {
    pub(super) fn from_headers(headers: &HeaderMap) -> Result<ImageParams, Fault> {
        let undecodable = || Fault::bad_request("Could not decode request as UTF-8 string");
        let mut params = ImageParams { fields: BTreeMap::new(), properties: BTreeMap::new() };
        for (name, value) in headers {
            let value = value.to_str().map_err(|_| undecodable())?;
            if let Some(key) = name.as_str().strip_prefix("x-image-meta-property-") {
                let value = unquote(value).ok_or_else(undecodable)?;
                params.properties.insert(normalize(&unquote(key).ok_or_else(undecodable)?), value);
            } else if let Some(key) = name.as_str().strip_prefix("x-image-meta-") {
                let key = normalize(key);
                if PLANKTON_FIELDS.contains(&key.as_str()) {
                    let value = if key == "name" {
                        unquote(value).ok_or_else(undecodable)?
                    } else {
                        value.to_string()
                    };
                    params.fields.insert(key, value);
                }
            }
        }
        Ok(params)
    }

    pub(super) fn is_public(&self) -> Option<bool> {
        self.fields.get("is_public").map(|value| value.eq_ignore_ascii_case("true"))
    }

    pub(super) fn validate(&self) -> Result<(), Fault> {
        if self.fields.contains_key("id") {
            return Err(Fault::bad_request("Setting the image ID is not supported"));
        }
        let field = |key: &str| self.fields.get(key).map(String::as_str);
        if let Some(store) = field("store").filter(|store| *store != "pithos") {
            return Err(Fault::bad_request(format!("Invalid store type '{store}'")));
        }
        if let Some(format) = field("disk_format").filter(|f| !DISK_FORMATS.contains(f)) {
            return Err(Fault::bad_request(format!("Invalid disk format '{format}'")));
        }
        if let Some(format) = field("container_format").filter(|f| !CONTAINER_FORMATS.contains(f)) {
            return Err(Fault::bad_request(format!("Invalid container format '{format}'")));
        }
        if let Some(status) = field("status").filter(|s| !STATUSES.contains(&s.to_uppercase().as_str())) {
            return Err(Fault::bad_request(format!("Invalid status '{status}'")));
        }
        Ok(())
    }
}

fn normalize(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_punctuation() { '_' } else { c.to_ascii_lowercase() }).collect()
}

pub(super) fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=UTF-8"));
    response
}

/// An image as Plankton's response headers: one `x-image-meta-*` per detail field, and
/// `x-image-meta-property-*` per property (`_` in keys becomes `-`).
pub(super) fn image_response(image: &ImageRecord) -> Response {
    let quote = |value: &str| utf8_percent_encode(value, QUOTED).to_string();
    let python_bool = |flag: bool| if flag { "True" } else { "False" }.to_string();
    let fields = [
        ("name", quote(&image.name)),
        ("disk-format", image.disk_format.clone()),
        ("container-format", image.container_format.clone()),
        ("size", image.size.to_string()),
        ("checksum", image.checksum.clone()),
        ("location", image.location.clone()),
        ("created-at", image.created_at.clone()),
        ("updated-at", image.updated_at.clone()),
        ("deleted-at", String::new()),
        ("status", image.status.clone()),
        ("is-public", python_bool(image.is_public)),
        ("owner", image.owner.clone()),
        ("id", image.id.clone()),
        ("is-snapshot", python_bool(false)),
        ("description", String::new()),
    ];
    let mut headers = HeaderMap::new();
    let properties =
        image.properties.iter().map(|(k, v)| (format!("property-{}", k.replace('_', "-")), quote(v)));
    for (field, value) in fields.into_iter().map(|(f, v)| (f.to_string(), v)).chain(properties) {
        let name = HeaderName::from_bytes(format!("x-image-meta-{field}").as_bytes());
        if let (Ok(name), Ok(value)) = (name, HeaderValue::from_str(&value)) {
            headers.insert(name, value);
        }
    }
    (StatusCode::OK, headers).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keys_are_normalised() {
        assert_eq!(normalize("ROOT-PARTITION"), "root_partition");
        assert_eq!(normalize("disk-format"), "disk_format");
    }
}
