//! The Pithos object-store client (OpenStack Object Storage with the Pithos extensions),
//! which also speaks to a plain OpenStack Swift.
//!
//! [`PithosClient`] is a typed client: it takes typed arguments, returns structs, and knows
//! nothing of clap or printing. The transfer engines live beside it: [`upload`] (the
//! hashmap protocol, resumable by construction), [`download`] (parallel ranged GETs into a
//! temporary file, resume by block hashes, verification, atomic rename) and [`sync`].

pub mod download;
pub mod sync;
pub mod upload;

use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::http::{Http, error_from_response};

/// The container the guidelines use for a user's files, and the one for deleted files.
pub const HOME_CONTAINER: &str = "pithos";
pub const TRASH_CONTAINER: &str = "trash";
/// The containers the Pithos client guidelines create when a command first needs them,
/// without asking: no other container is ever created implicitly.
const CREATED_ON_DEMAND: [&str; 2] = [HOME_CONTAINER, TRASH_CONTAINER];
/// Server page size of listings; longer listings are fetched page by page.
pub const LISTING_PAGE: usize = 10_000;

/// Characters escaped in a URL path segment (object names keep their `/`).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
const OBJECT_PATH: &AsciiSet = &PATH_SEGMENT.remove(b'/');
/// Characters escaped in header values kamaki quotes (meta values, copy sources).
const HEADER_VALUE: &AsciiSet = &PATH_SEGMENT.remove(b'/');

fn encode_segment(segment: &str) -> String {
    utf8_percent_encode(segment, PATH_SEGMENT).to_string()
}

fn encode_object(name: &str) -> String {
    utf8_percent_encode(name, OBJECT_PATH).to_string()
}

/// Percent-encodes a header value, as Pithos expects for meta and copy sources.
pub fn quote_header(value: &str) -> String {
    utf8_percent_encode(value, HEADER_VALUE).to_string()
}

fn unquote(value: &str) -> String {
    percent_decode_str(value).decode_utf8_lossy().into_owned()
}

/// Which protocol the server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    /// Pithos: hashmaps, sharing, versions, groups.
    Pithos,
    /// Plain OpenStack Swift: streaming PUT/GET only.
    Swift,
}

/// A remote location: `/container/path`, `container/path`, or
/// `pithos://ACCOUNT/container/path`. The object part may be empty (the container).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemotePath {
    pub account: Option<String>,
    pub container: String,
    pub object: String,
}

impl RemotePath {
    /// Parses a remote path; `default_container` applies to a bare name without a slash
    /// prefix container (`file.txt` → `/pithos/file.txt`).
    pub fn parse(text: &str, default_container: &str) -> Result<RemotePath> {
        let (account, rest) = match text.strip_prefix("pithos://") {
            Some(rest) => {
                let (account, path) = rest.split_once('/').unwrap_or((rest, ""));
                if account.is_empty() {
                    return Err(Error::usage(format!("`{text}` names no account"))
                        .hint("write `pithos://ACCOUNT_UUID/container/path`"));
                }
                (Some(account.to_string()), format!("/{path}"))
            }
            None => (None, text.to_string()),
        };
        let (container, object) = match rest.strip_prefix('/') {
            Some(path) => {
                let (container, object) = path.split_once('/').unwrap_or((path, ""));
                (container.to_string(), object.to_string())
            }
            None => (default_container.to_string(), rest),
        };
        if container.is_empty() {
            return Err(Error::usage(format!("`{text}` names no container"))
                .hint("write `/CONTAINER/PATH`, e.g. `/pithos/notes.txt`"));
        }
        Ok(RemotePath { account, container, object })
    }

    pub fn new(container: &str, object: &str) -> RemotePath {
        RemotePath { account: None, container: container.to_string(), object: object.to_string() }
    }

    /// The same account and container, another object.
    pub fn with_object(&self, object: &str) -> RemotePath {
        RemotePath { object: object.to_string(), ..self.clone() }
    }

    /// How the path is shown to people: `/container/object`.
    pub fn display(&self) -> String {
        match &self.account {
            Some(account) => format!("pithos://{account}/{}/{}", self.container, self.object),
            None if self.object.is_empty() => format!("/{}", self.container),
            None => format!("/{}/{}", self.container, self.object),
        }
    }
}

impl std::fmt::Display for RemotePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

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

/// A client for one object-store account.
#[derive(Debug, Clone)]
pub struct PithosClient {
    http: Http,
    /// The service root, e.g. `http://host/object-store/v1` (the account is appended).
    root: String,
    token: String,
    /// The user's own account.
    pub account: String,
    pub flavor: Flavor,
}

impl PithosClient {
    /// A client for a Pithos endpoint (`…/object-store/v1`) and the user's account uuid.
    pub fn pithos(http: Http, endpoint: &str, token: &str, account: &str) -> PithosClient {
        PithosClient {
            http,
            root: endpoint.trim_end_matches('/').to_string(),
            token: token.to_string(),
            account: account.to_string(),
            flavor: Flavor::Pithos,
        }
    }

    /// A client for a Swift storage URL (`…/v1/AUTH_account`) and token.
    pub fn swift(http: Http, storage_url: &str, token: &str) -> Result<PithosClient> {
        let trimmed = storage_url.trim_end_matches('/');
        let (root, account) = trimmed.rsplit_once('/').ok_or_else(|| {
            Error::usage(format!("`{storage_url}` is not a Swift storage URL"))
                .hint("it looks like `http://HOST:8080/v1/AUTH_account`")
        })?;
        Ok(PithosClient {
            http,
            root: root.to_string(),
            token: token.to_string(),
            account: unquote(account),
            flavor: Flavor::Swift,
        })
    }

    /// Swift v1 auth (`GET auth_url` with `X-Auth-User`/`X-Auth-Key`): the storage URL and
    /// token.
    pub async fn swift_auth(http: &Http, auth_url: &str, user: &str, key: &str) -> Result<(String, String)> {
        let request =
            http.request(Method::GET, auth_url).header("X-Auth-User", user).header("X-Auth-Key", key);
        let response = http.send_raw(request, true).await?;
        if response.status() == StatusCode::UNAUTHORIZED || response.status() == StatusCode::FORBIDDEN {
            return Err(Error::auth(format!("Swift rejected user `{user}` at {auth_url}"))
                .hint("check `user` and `key` of this cloud (or ST_USER/ST_KEY)"));
        }
        let response = crate::http::check(response).await?;
        let header =
            |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        match (header("x-storage-url"), header("x-auth-token").or_else(|| header("x-storage-token"))) {
            (Some(url), Some(token)) => Ok((url, token)),
            _ => Err(Error::general(format!("{auth_url} answered without X-Storage-Url and X-Auth-Token"))
                .hint("is this a Swift v1 auth URL (ending in /auth/v1.0)?")),
        }
    }

    pub fn http(&self) -> &Http {
        &self.http
    }

    /// Finds out whether a storage URL serves plain Swift or Pithos: Swift publishes its
    /// capabilities at `/info` (with a `swift` section); Pithos does not. Called for
    /// clouds reached by storage URL, so a Pithos there keeps its extensions and a Swift
    /// never receives a hashmap upload it would store as data.
    pub async fn detect_flavor(mut self) -> Result<PithosClient> {
        let info_url = match url::Url::parse(&self.root) {
            Ok(mut url) => {
                url.set_path("/info");
                url.set_query(None);
                url.to_string()
            }
            Err(_) => return Ok(self),
        };
        let response = self.http.send_raw(self.http.request(Method::GET, &info_url), false).await?;
        let is_swift = response.status().is_success()
            && response.json::<Value>().await.is_ok_and(|caps| caps.get("swift").is_some());
        self.flavor = if is_swift { Flavor::Swift } else { Flavor::Pithos };
        Ok(self)
    }

    fn account_of<'a>(&'a self, path: &'a RemotePath) -> &'a str {
        path.account.as_deref().unwrap_or(&self.account)
    }

    fn account_url(&self, account: &str) -> String {
        format!("{}/{}", self.root, encode_segment(account))
    }

    fn container_url(&self, account: &str, container: &str) -> String {
        format!("{}/{}", self.account_url(account), encode_segment(container))
    }

    fn object_url(&self, path: &RemotePath) -> String {
        format!(
            "{}/{}",
            self.container_url(self.account_of(path), &path.container),
            encode_object(&path.object)
        )
    }

    fn request(&self, method: Method, url: &str) -> RequestBuilder {
        self.http.request(method, url).header("X-Auth-Token", &self.token)
    }

    /// Sends and decodes errors, naming what was being done.
    async fn send(&self, request: RequestBuilder, what: &str) -> Result<Response> {
        let response = self.http.send_raw(request, false).await?;
        expect_success(response, what).await
    }

    /// Whether `container` of `account` is the user's own `pithos` or `trash`.
    fn is_created_on_demand(&self, account: Option<&str>, container: &str) -> bool {
        account.is_none_or(|account| account == self.account) && CREATED_ON_DEMAND.contains(&container)
    }

    /// Sends a request whose 404 means that `container` is missing (a container HEAD or
    /// listing, a PUT into it). When that container is the user's `pithos` or `trash`, it
    /// is created and the request sent once more, so the common case stays one request.
    async fn send_creating_container(
        &self,
        account: Option<&str>,
        container: &str,
        request: impl Fn() -> RequestBuilder,
    ) -> Result<Response> {
        let response = self.http.send_raw(request(), false).await?;
        if response.status() != StatusCode::NOT_FOUND || !self.is_created_on_demand(account, container) {
            return Ok(response);
        }
        self.create_container(container, &ContainerPolicy::default()).await?;
        self.http.send_raw(request(), false).await
    }

    /// Like [`PithosClient::send_creating_container`], for a request whose 404 may also be
    /// about something else (the source of a copy): the container is created only when a
    /// HEAD confirms that it is missing.
    async fn send_creating_missing_container(
        &self,
        account: Option<&str>,
        container: &str,
        request: impl Fn() -> RequestBuilder,
    ) -> Result<Response> {
        let response = self.http.send_raw(request(), false).await?;
        if response.status() != StatusCode::NOT_FOUND
            || !self.is_created_on_demand(account, container)
            || self.find_container(container).await?.is_some()
        {
            return Ok(response);
        }
        self.create_container(container, &ContainerPolicy::default()).await?;
        self.http.send_raw(request(), false).await
    }

    // -----------------------------------------------------------------------------------
    // account

    /// Account headers: usage, quota, groups, metadata.
    pub async fn account_headers(&self, account: Option<&str>) -> Result<HeaderMap> {
        let account = account.unwrap_or(&self.account);
        let response = self
            .send(self.request(Method::HEAD, &self.account_url(account)), &format!("account {account}"))
            .await?;
        Ok(response.headers().clone())
    }

    /// Account groups: name → member uuids.
    pub async fn groups(&self) -> Result<BTreeMap<String, Vec<String>>> {
        let headers = self.account_headers(None).await?;
        Ok(prefixed(&headers, "x-account-group-")
            .into_iter()
            .map(|(group, members)| {
                (
                    group.to_lowercase(),
                    members.split(',').map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect(),
                )
            })
            .collect())
    }

    /// Sets (or, with no members, deletes) an account group.
    pub async fn set_group(&self, group: &str, members: &[String]) -> Result<()> {
        let url = format!("{}?update", self.account_url(&self.account));
        let request = self
            .request(Method::POST, &url)
            .header(format!("X-Account-Group-{group}"), quote_header(&members.join(",")));
        self.send(request, &format!("group {group}")).await?;
        Ok(())
    }

    /// Accounts that share objects with the user.
    pub async fn sharers(&self) -> Result<Vec<Sharer>> {
        let url = format!("{}/?format=json", self.root);
        let response = self.send(self.request(Method::GET, &url), "the list of sharing accounts").await?;
        json_list(response).await
    }

    // -----------------------------------------------------------------------------------
    // containers

    pub async fn list_containers(&self, account: Option<&str>) -> Result<Vec<ContainerInfo>> {
        let account = account.unwrap_or(&self.account);
        let mut containers: Vec<ContainerInfo> = Vec::new();
        loop {
            let mut url = format!("{}?format=json&limit={LISTING_PAGE}", self.account_url(account));
            if let Some(last) = containers.last() {
                url.push_str(&format!("&marker={}", encode_segment(&last.name)));
            }
            let response =
                self.send(self.request(Method::GET, &url), &format!("containers of {account}")).await?;
            let page: Vec<Value> = json_list(response).await?;
            let n = page.len();
            containers.extend(page.iter().map(container_from_listing));
            if n < LISTING_PAGE {
                return Ok(containers);
            }
        }
    }

    /// A container's details; the user's `pithos` and `trash` are created if missing.
    pub async fn container_info(&self, account: Option<&str>, container: &str) -> Result<ContainerInfo> {
        let url = self.container_url(account.unwrap_or(&self.account), container);
        let response =
            self.send_creating_container(account, container, || self.request(Method::HEAD, &url)).await?;
        container_info_from(response, container).await?.ok_or_else(|| missing_container(container))
    }

    /// One of the user's containers as it is, never created: for deleting or emptying.
    pub async fn existing_container_info(&self, container: &str) -> Result<ContainerInfo> {
        self.find_container(container).await?.ok_or_else(|| missing_container(container))
    }

    /// One of the user's containers; `None` when it does not exist.
    async fn find_container(&self, container: &str) -> Result<Option<ContainerInfo>> {
        let url = self.container_url(&self.account, container);
        let response = self.http.send_raw(self.request(Method::HEAD, &url), false).await?;
        container_info_from(response, container).await
    }

    /// Creates a container; `false` if it already existed.
    pub async fn create_container(&self, container: &str, policy: &ContainerPolicy) -> Result<bool> {
        let mut request = self
            .request(Method::PUT, &self.container_url(&self.account, container))
            .header("Content-Length", "0");
        request = apply_policy(request, policy);
        let response = self.send(request, &format!("creating container {container}")).await?;
        Ok(response.status() == StatusCode::CREATED)
    }

    /// Creates a container if it is missing (segments of large Swift objects, an image's
    /// container, the container a trashed object is restored to).
    pub async fn ensure_container(&self, container: &str) -> Result<()> {
        match self.find_container(container).await? {
            Some(_) => Ok(()),
            None => self.create_container(container, &ContainerPolicy::default()).await.map(|_| ()),
        }
    }

    /// Changes a container's policy or metadata (`POST ?update`).
    pub async fn update_container(&self, container: &str, policy: &ContainerPolicy) -> Result<()> {
        let url = format!("{}?update", self.container_url(&self.account, container));
        let request = apply_policy(self.request(Method::POST, &url).header("Content-Length", "0"), policy);
        self.send(request, &format!("updating container {container}")).await?;
        Ok(())
    }

    /// Deletes every object of a container (it stays).
    pub async fn empty_container(&self, container: &str) -> Result<()> {
        let url = format!("{}?delimiter=/", self.container_url(&self.account, container));
        if self.flavor == Flavor::Swift {
            for object in self.list_objects(&RemotePath::new(container, ""), &ListOptions::default()).await? {
                self.delete_object(&RemotePath::new(container, &object.name), false).await?;
            }
            return Ok(());
        }
        self.send(self.request(Method::DELETE, &url), &format!("emptying container {container}")).await?;
        Ok(())
    }

    pub async fn delete_container(&self, container: &str) -> Result<()> {
        let url = self.container_url(&self.account, container);
        let response = self.http.send_raw(self.request(Method::DELETE, &url), false).await?;
        if response.status() == StatusCode::CONFLICT {
            return Err(Error::conflict(format!("container `{container}` is not empty")).hint(format!(
                "delete it with its objects: `kamaki file container delete {container} --recursive`"
            )));
        }
        expect_success(response, &format!("deleting container {container}")).await?;
        Ok(())
    }

    // -----------------------------------------------------------------------------------
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
        if is_move && self.flavor == Flavor::Swift {
            // Swift ignores X-Move-From (it would create an empty object): copy, then delete.
            self.put_copy(source, destination, false, version, no_overwrite).await?;
            return self.delete_object(source, false).await;
        }
        self.put_copy(source, destination, is_move, version, no_overwrite).await
    }

    async fn put_copy(
        &self,
        source: &RemotePath,
        destination: &RemotePath,
        is_move: bool,
        version: Option<&str>,
        no_overwrite: bool,
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
        let url = self.object_url(destination);
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

    /// Deletes an object for good (with `recursive`, everything under it too).
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

    /// Fails with a clear message when a Pithos-only feature meets a plain Swift.
    pub fn require_pithos(&self, feature: &str) -> Result<()> {
        match self.flavor {
            Flavor::Pithos => Ok(()),
            Flavor::Swift => Err(Error::usage(format!(
                "{feature} need the Pithos extensions, which this Swift server lacks"
            ))
            .hint("use a Synnefo (Pithos) cloud for this command")),
        }
    }

    pub(crate) fn object_url_for(&self, path: &RemotePath) -> String {
        self.object_url(path)
    }

    pub(crate) fn container_url_for(&self, path: &RemotePath) -> String {
        self.container_url(self.account_of(path), &path.container)
    }

    pub(crate) fn authed(&self, method: Method, url: &str) -> RequestBuilder {
        self.request(method, url)
    }
}

fn apply_policy(mut request: RequestBuilder, policy: &ContainerPolicy) -> RequestBuilder {
    if let Some(quota) = policy.quota {
        request = request.header("X-Container-Policy-Quota", quota.to_string());
    }
    if let Some(versioning) = &policy.versioning {
        request = request.header("X-Container-Policy-Versioning", versioning);
    }
    if let Some(project) = &policy.project {
        request = request.header("X-Container-Policy-Project", project);
    }
    for (key, value) in &policy.meta {
        request = request.header(format!("X-Container-Meta-{key}"), quote_header(value));
    }
    request
}

/// A container's details from the answer to its HEAD; `None` for a 404.
async fn container_info_from(response: Response, container: &str) -> Result<Option<ContainerInfo>> {
    if response.status() == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    let response = expect_success(response, &format!("container {container}")).await?;
    Ok(Some(container_from_headers(container, response.headers())))
}

fn missing_container(container: &str) -> Error {
    Error::not_found(format!("container `{container}` does not exist"))
        .hint(format!("create it with `kamaki file container create {container}`"))
}

/// Fails on an error status with the API's message, prefixed by what was being done; a
/// quota error names the project it hit.
pub(crate) async fn expect_success(response: Response, what: &str) -> Result<Response> {
    if response.status().is_success() {
        return Ok(response);
    }
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let body = response.bytes().await.unwrap_or_default();
        return Err(Error::http(413, quota_message(what, &body)).hint(
            "free some space, or move the container to a project with room (`kamaki file container reassign`); \
             `kamaki astakos quota list` shows usage and limits",
        ));
    }
    Err(error_from_response(response).await.context(what))
}

/// The message of a 413: the server's words, and the project when the body names it
/// (Astakos's `overLimit.data.provision.holder` is `project:ID`).
fn quota_message(what: &str, body: &[u8]) -> String {
    let detail = crate::http::api_error_message(body).unwrap_or_else(|| "quota exceeded".to_string());
    let project = serde_json::from_slice::<Value>(body).ok().and_then(|v| {
        v["overLimit"]["data"]["provision"]["holder"]
            .as_str()
            .map(|h| h.trim_start_matches("project:").to_string())
    });
    match project {
        Some(project) => {
            format!("{what}: 413 over the `pithos.diskspace` quota of project `{project}`: {detail}")
        }
        None => format!("{what}: 413 {detail}"),
    }
}

async fn json_list<T: serde::de::DeserializeOwned>(response: Response) -> Result<Vec<T>> {
    if response.status() == StatusCode::NO_CONTENT {
        return Ok(Vec::new());
    }
    let body = response.bytes().await?;
    if body.is_empty() {
        return Ok(Vec::new());
    }
    Ok(serde_json::from_slice(&body)?)
}

/// Headers with a prefix, prefix removed, values unquoted.
fn prefixed(headers: &HeaderMap, prefix: &str) -> BTreeMap<String, String> {
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

fn container_from_headers(name: &str, headers: &HeaderMap) -> ContainerInfo {
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

fn container_from_listing(entry: &Value) -> ContainerInfo {
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

fn object_from_headers(name: &str, headers: &HeaderMap) -> ObjectInfo {
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
    }
}

fn object_from_listing(entry: &Value) -> ObjectInfo {
    if let Some(subdir) = entry["subdir"].as_str() {
        return ObjectInfo { name: subdir.to_string(), subdir: true, ..ObjectInfo::default() };
    }
    let text = |key: &str| entry[key].as_str().map(str::to_string);
    ObjectInfo {
        name: text("name").unwrap_or_default(),
        bytes: entry["bytes"].as_u64().unwrap_or(0),
        hash: text("x_object_hash").or_else(|| text("hash")).unwrap_or_default(),
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
        large_object: false,
    }
}

/// An epoch timestamp as ISO 8601 (UTC).
pub fn epoch_to_iso(epoch: f64) -> String {
    chrono::DateTime::from_timestamp_millis((epoch * 1000.0) as i64)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_paths() {
        let p = RemotePath::parse("/images/a b/c.txt", "pithos").expect("parse");
        assert_eq!((p.container.as_str(), p.object.as_str()), ("images", "a b/c.txt"));
        let p = RemotePath::parse("notes.txt", "pithos").expect("parse");
        assert_eq!(p.display(), "/pithos/notes.txt");
        let p = RemotePath::parse("pithos://uuid-1/c/o", "pithos").expect("parse");
        assert_eq!(p.account.as_deref(), Some("uuid-1"));
        assert_eq!(p.object, "o");
        assert!(RemotePath::parse("/", "pithos").is_err());
        assert!(RemotePath::parse("pithos:///c", "pithos").is_err());
    }

    #[test]
    fn quota_errors_name_the_project() {
        let body = br#"{"overLimit": {"code": 413, "message": "Resource Limit Exceeded for your account.",
            "data": {"provision": {"holder": "project:p-1", "resource": "pithos.diskspace"}}}}"#;
        let message = quota_message("uploading /pithos/a", body);
        assert!(
            message.contains("project `p-1`") && message.contains("Resource Limit Exceeded"),
            "{message}"
        );
        assert_eq!(quota_message("x", b""), "x: 413 quota exceeded");
    }

    #[test]
    fn object_names_are_encoded_per_segment() {
        assert_eq!(encode_object("a b/%c/ü"), "a%20b/%25c/%C3%BC");
        assert_eq!(encode_segment("a/b"), "a%2Fb");
    }
}
