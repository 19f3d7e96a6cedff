//! The Pithos object-store client (OpenStack Object Storage with the Pithos extensions),
//! which also speaks to a plain OpenStack Swift.
//!
//! [`PithosClient`] is a typed client: it takes typed arguments, returns structs, and knows
//! nothing of clap or printing. The transfer engines live beside it: [`upload`] (the
//! hashmap protocol, resumable by construction), [`download`] (parallel ranged GETs into a
//! temporary file, resume by block hashes, verification, atomic rename) and [`sync`].
//!
//! The client is split by what it addresses: [`path`] (remote paths and their encoding),
//! [`model`] (the types requests take and return), `account` (account and containers)
//! and `objects` (objects); this file holds the client itself and its error handling.

mod account;
pub mod download;
mod model;
mod objects;
mod path;
pub mod sync;
pub mod upload;

use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::http::{Http, error_from_response};

pub use model::{
    ContainerInfo, ContainerPolicy, Hashmap, ListOptions, ManifestSegment, ObjectAttributes, ObjectInfo,
    Sharer, VersionEntry, epoch_to_iso,
};
pub use path::{RemotePath, quote_header};
use path::{encode_object, encode_segment, unquote};

pub use crate::protocol::pithos_containers::{HOME_CONTAINER, TRASH_CONTAINER};
/// The containers the Pithos client guidelines create when a command first needs them,
/// without asking: no other container is ever created implicitly.
const CREATED_ON_DEMAND: [&str; 2] = [HOME_CONTAINER, TRASH_CONTAINER];
/// Server page size of listings; longer listings are fetched page by page.
pub const LISTING_PAGE: usize = 10_000;

/// Which protocol the server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    /// Pithos: hashmaps, sharing, versions, groups.
    Pithos,
    /// Plain OpenStack Swift: streaming PUT/GET only.
    Swift,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
