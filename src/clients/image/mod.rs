//! Plankton, Synnefo's image service (Glance v1 style, `/image/v1.0`).
//!
//! In Synnefo an image is a file in Pithos that is then registered: registration attaches
//! a name, formats and properties to the object, and the object's Pithos location
//! identifies it. Plankton reports one image in `X-Image-Meta-*` response headers (HEAD,
//! register, update) and lists as JSON.

pub mod location;
pub mod metafile;

use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::header::{HeaderMap, HeaderName};
use reqwest::{Method, RequestBuilder, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub use location::PithosLocation;
pub use metafile::Metafile;

use super::join_url;
use crate::error::{Error, Result};
use crate::http::Http;

/// Disk formats Plankton accepts.
pub const DISK_FORMATS: [&str; 3] = ["diskdump", "extdump", "ntfsdump"];
/// Container formats Plankton accepts.
pub const CONTAINER_FORMATS: [&str; 5] = ["aki", "ari", "ami", "bare", "ovf"];

/// Header values kamaki quotes (names, property values): Python's `urllib.quote`.
const HEADER_VALUE: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');

const META_PREFIX: &str = "x-image-meta-";
const PROPERTY_PREFIX: &str = "x-image-meta-property-";

/// A registered image, with Plankton's field names.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Image {
    pub id: String,
    pub name: String,
    /// `AVAILABLE`, `SAVING`, `ERROR` or `DELETED`.
    pub status: String,
    /// `pithos://ACCOUNT/CONTAINER/PATH`, segments quoted.
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub size: u64,
    /// The image file's Pithos hash.
    #[serde(default)]
    pub checksum: String,
    #[serde(default)]
    pub disk_format: String,
    #[serde(default)]
    pub container_format: String,
    #[serde(default)]
    pub is_public: bool,
    /// The uuid of the user who registered it.
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub properties: BTreeMap<String, String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    #[serde(default)]
    pub deleted_at: String,
    #[serde(default)]
    pub is_snapshot: bool,
}

impl Image {
    /// The image file's location, when the service reported a well-formed one.
    pub fn pithos_location(&self) -> Option<PithosLocation> {
        PithosLocation::from_url(&self.location)
    }
}

/// What `register` sends. Fields left `None` get the service's defaults (`diskdump`,
/// `bare`) or, for size and checksum, the object's own.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub name: String,
    pub location: PithosLocation,
    pub disk_format: Option<String>,
    pub container_format: Option<String>,
    pub is_public: bool,
    pub size: Option<u64>,
    pub checksum: Option<String>,
    pub properties: BTreeMap<String, String>,
}

/// What `update` changes; properties not named are kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImageUpdate {
    pub name: Option<String>,
    pub disk_format: Option<String>,
    pub container_format: Option<String>,
    pub is_public: Option<bool>,
    pub set_properties: BTreeMap<String, String>,
    pub delete_properties: Vec<String>,
}

/// A user an image is shared with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Member {
    pub member_id: String,
    #[serde(default)]
    pub can_share: bool,
}

/// Property keys as Plankton stores them: lower case, punctuation turned into `_`.
/// Keys travel in header names, so anything but ASCII letters, digits and punctuation is
/// refused.
pub fn normalize_property_key(key: &str) -> Result<String> {
    let valid = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b.is_ascii_punctuation());
    if !valid {
        return Err(Error::usage(format!("invalid property name `{key}`")).hint(
            "property names may use ASCII letters, digits, `_` and `-`, e.g. `OS` or `ROOT_PARTITION`",
        ));
    }
    Ok(key
        .bytes()
        .map(|b| if b.is_ascii_punctuation() { '_' } else { (b as char).to_ascii_lowercase() })
        .collect())
}

/// Client of the Plankton API at `url` (the catalog's `image` endpoint with `/v1.0`).
#[derive(Clone, Debug)]
pub struct ImageClient {
    http: Http,
    url: String,
    token: String,
}

impl ImageClient {
    pub fn new(http: Http, url: &str, token: &str) -> Self {
        ImageClient { http, url: url.trim_end_matches('/').to_string(), token: token.to_string() }
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http.request(method, &join_url(&self.url, path)).header("X-Auth-Token", &self.token)
    }

    /// Every image the user may use (their own, public ones, and those shared with them),
    /// with all details, oldest first.
    pub async fn list(&self) -> Result<Vec<Image>> {
        let query = [("sort_key", "created_at"), ("sort_dir", "asc")];
        let response = self.http.send(self.request(Method::GET, "images/detail").query(&query)).await?;
        let body: Value = response.json().await.map_err(|e| self.unexpected(e))?;
        // Synnefo up to 0.19 answers with a bare array, later versions wrap it.
        let items = match body {
            Value::Object(mut map) => map.remove("images").unwrap_or(Value::Null),
            other => other,
        };
        serde_json::from_value(items).map_err(|e| self.unexpected(e))
    }

    /// One image's details (`HEAD /images/ID`).
    pub async fn get(&self, id: &str) -> Result<Image> {
        let response = self.send_for(id, self.request(Method::HEAD, &image_path(id))).await?;
        image_from_headers(response.headers())
    }

    /// Registers the Pithos object at `registration.location` as an image.
    pub async fn register(&self, registration: &Registration) -> Result<Image> {
        let mut request = self
            .request(Method::POST, "images/")
            .header("X-Image-Meta-Name", quote(&registration.name))
            .header("X-Image-Meta-Location", registration.location.url())
            .header("X-Image-Meta-Is-Public", if registration.is_public { "true" } else { "false" });
        let optional = [
            ("X-Image-Meta-Disk-Format", registration.disk_format.clone()),
            ("X-Image-Meta-Container-Format", registration.container_format.clone()),
            ("X-Image-Meta-Size", registration.size.map(|size| size.to_string())),
            ("X-Image-Meta-Checksum", registration.checksum.clone()),
        ];
        for (header, value) in optional {
            if let Some(value) = value {
                request = request.header(header, value);
            }
        }
        request = with_properties(request, &registration.properties, &[])?;
        let response = self.http.send(request).await.map_err(|e| {
            let location = &registration.location;
            match e.status() {
                Some(404) => Error::not_found(format!(
                    "cannot register `{location}`: the file does not exist"
                ))
                .hint(format!(
                    "upload it first with `kamaki file upload FILE {location}`, or pass \
                         `--upload-image-file FILE`"
                )),
                Some(403) => Error::auth(format!(
                    "cannot register `{}`: the file belongs to another user who has not shared it with you",
                    location.url()
                ))
                .hint("register a file in your own account, or ask its owner to share it with you"),
                _ => e,
            }
        })?;
        image_from_headers(response.headers())
    }

    /// Changes an image's name, formats, visibility or properties.
    pub async fn update(&self, id: &str, update: &ImageUpdate) -> Result<Image> {
        let mut request = self.request(Method::PUT, &image_path(id)).header("Content-Length", "0");
        if let Some(name) = &update.name {
            request = request.header("X-Image-Meta-Name", quote(name));
        }
        if let Some(format) = &update.disk_format {
            request = request.header("X-Image-Meta-Disk-Format", format);
        }
        if let Some(format) = &update.container_format {
            request = request.header("X-Image-Meta-Container-Format", format);
        }
        if let Some(public) = update.is_public {
            request = request.header("X-Image-Meta-Is-Public", if public { "true" } else { "false" });
        }
        request = with_properties(request, &update.set_properties, &update.delete_properties)?;
        let response = self.send_for(id, request).await?;
        image_from_headers(response.headers())
    }

    /// Unregisters an image; its file stays in Pithos.
    pub async fn unregister(&self, id: &str) -> Result<()> {
        self.send_for(id, self.request(Method::DELETE, &image_path(id))).await?;
        Ok(())
    }

    /// The users an image is shared with.
    pub async fn members(&self, id: &str) -> Result<Vec<Member>> {
        let response =
            self.send_for(id, self.request(Method::GET, &format!("{}/members", image_path(id)))).await?;
        #[derive(Deserialize)]
        struct Members {
            members: Vec<Member>,
        }
        let body: Members = response.json().await.map_err(|e| self.unexpected(e))?;
        Ok(body.members)
    }

    /// Shares an image with exactly these users.
    pub async fn set_members(&self, id: &str, members: &[String]) -> Result<()> {
        let body =
            json!({"memberships": members.iter().map(|m| json!({"member_id": m})).collect::<Vec<_>>()});
        let path = format!("{}/members", image_path(id));
        self.send_for(id, self.request(Method::PUT, &path).json(&body)).await?;
        Ok(())
    }

    /// Sends a request about image `id`, turning "no such image" and "not yours" into
    /// errors that name it (HEAD replies carry no body to explain themselves).
    async fn send_for(&self, id: &str, request: RequestBuilder) -> Result<Response> {
        self.http.send(request).await.map_err(|e| match e.status() {
            Some(404) => Error::not_found(format!("image `{id}` not found"))
                .hint("`kamaki image list` shows the images you can use"),
            Some(403) => Error::auth(format!("image `{id}` belongs to another user"))
                .hint("only the owner of an image may change, share or unregister it"),
            _ => e,
        })
    }

    fn unexpected(&self, err: impl std::fmt::Display) -> Error {
        Error::general(format!("unexpected reply from the image service at {}: {err}", self.url))
    }
}

fn image_path(id: &str) -> String {
    format!("images/{}", quote(id))
}

fn quote(value: &str) -> String {
    utf8_percent_encode(value, HEADER_VALUE).to_string()
}

fn unquote(value: &str) -> String {
    percent_decode_str(value).decode_utf8_lossy().into_owned()
}

/// Adds `X-Image-Meta-Property-*` headers; an empty value deletes a property.
fn with_properties(
    mut request: RequestBuilder,
    set: &BTreeMap<String, String>,
    delete: &[String],
) -> Result<RequestBuilder> {
    let changes = set.iter().map(|(k, v)| (k, quote(v))).chain(delete.iter().map(|k| (k, String::new())));
    for (key, value) in changes {
        let key = normalize_property_key(key)?;
        let header = HeaderName::from_bytes(format!("X-Image-Meta-Property-{key}").as_bytes())
            .map_err(|_| Error::usage(format!("invalid property name `{key}`")))?;
        request = request.header(header, value);
    }
    Ok(request)
}

/// Reads an image from Plankton's `X-Image-Meta-*` response headers.
fn image_from_headers(headers: &HeaderMap) -> Result<Image> {
    let mut image = Image::default();
    for (name, value) in headers {
        let name = name.as_str();
        let value = unquote(value.to_str().unwrap_or_default());
        if let Some(key) = name.strip_prefix(PROPERTY_PREFIX) {
            image.properties.insert(key.replace('-', "_"), value);
            continue;
        }
        let Some(field) = name.strip_prefix(META_PREFIX) else { continue };
        match field {
            "id" => image.id = value,
            "name" => image.name = value,
            "status" => image.status = value,
            // The location is kept as the service quotes it, as in listings.
            "location" => image.location = headers[name].to_str().unwrap_or_default().to_string(),
            "size" => image.size = value.parse().unwrap_or_default(),
            "checksum" => image.checksum = value,
            "disk-format" => image.disk_format = value,
            "container-format" => image.container_format = value,
            "is-public" => image.is_public = value.eq_ignore_ascii_case("true"),
            "owner" => image.owner = value,
            "created-at" => image.created_at = value,
            "updated-at" => image.updated_at = value,
            "deleted-at" => image.deleted_at = value,
            "is-snapshot" => image.is_snapshot = value.eq_ignore_ascii_case("true"),
            _ => {}
        }
    }
    if image.id.is_empty() {
        return Err(Error::general("the image service replied without `X-Image-Meta-Id`")
            .hint("is the `image` endpoint in the catalog a Plankton service?"));
    }
    Ok(image)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn property_keys_are_normalized_like_plankton_does() {
        assert_eq!(normalize_property_key("OS").unwrap(), "os");
        assert_eq!(normalize_property_key("root-partition").unwrap(), "root_partition");
        assert_eq!(normalize_property_key("a.b").unwrap(), "a_b");
        assert_eq!(normalize_property_key("has space").unwrap_err().exit_code(), 2);
        assert_eq!(normalize_property_key("").unwrap_err().exit_code(), 2);
    }

    #[test]
    fn images_are_read_from_headers() {
        let mut headers = HeaderMap::new();
        let pairs = [
            ("x-image-meta-id", "i-1"),
            ("x-image-meta-name", "Debian%20Base"),
            ("x-image-meta-location", "pithos://u/images/my%20disk"),
            ("x-image-meta-size", "1024"),
            ("x-image-meta-is-public", "True"),
            ("x-image-meta-property-root-partition", "1"),
        ];
        for (name, value) in pairs {
            headers.insert(name, HeaderValue::from_static(value));
        }
        let image = image_from_headers(&headers).unwrap();
        assert_eq!(image.name, "Debian Base");
        assert_eq!(image.location, "pithos://u/images/my%20disk");
        assert_eq!(image.size, 1024);
        assert!(image.is_public);
        assert_eq!(image.properties["root_partition"], "1");
        assert!(image_from_headers(&HeaderMap::new()).is_err());
    }
}
