//! Joyent SmartDataCenter / Triton CloudAPI client: every request signed with an SSH
//! key (HTTP Signature), errors decoded from CloudAPI's `{"code","message"}` bodies.
//!
//! Callers that are not the CLI (the `infra` orchestrator) get it from
//! [`crate::context::Context::sdc`] and use the typed machine calls: `create_machine`, `machine`, `delete_machine`, `wait`.

mod catalog;
mod machines;
mod types;

use reqwest::{Method, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use self::machines::{CreateMachine, MachineFilter, WaitFor};
pub use self::types::{Machine, is_uuid};
use super::join_url;
use crate::auth::{self, KeySelection, RequestSigner};
use crate::config::SdcConfig;
use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;

/// The version range sent by default: what node-triton sends.
pub const DEFAULT_ACCEPT_VERSION: &str = "~9||~8";

/// A CloudAPI client for one account in one datacenter. Cheap to clone.
#[derive(Debug, Clone)]
pub struct SdcClient {
    http: Http,
    url: String,
    account: String,
    signer: RequestSigner,
    accept_version: String,
}

/// Connection settings, from the cloud's `sdc` section (with the triton/node-smartdc
/// environment variables already applied, see [`crate::config::Environment`]).
#[derive(Debug, Clone)]
pub struct SdcSettings {
    pub url: String,
    pub account: String,
    pub key: KeySelection,
    pub accept_version: String,
}

impl SdcSettings {
    /// Resolves settings from a cloud's `sdc` section.
    pub fn resolve(config: Option<&SdcConfig>, cloud_name: &str) -> Result<SdcSettings> {
        let config = config.cloned().unwrap_or_default();
        let url = config.url.ok_or_else(|| {
            Error::usage(format!("cloud `{cloud_name}` has no SmartDataCenter URL")).hint(format!(
                "run `kamaki config set clouds.{cloud_name}.sdc.url https://HOST`, or set `SDC_URL`"
            ))
        })?;
        let account = config.account.ok_or_else(|| {
            Error::usage(format!("cloud `{cloud_name}` has no SmartDataCenter account")).hint(format!(
                "run `kamaki config set clouds.{cloud_name}.sdc.account LOGIN`, or set `SDC_ACCOUNT`"
            ))
        })?;
        let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
        Ok(SdcSettings {
            url,
            key: KeySelection {
                account: account.clone(),
                key_id: config.key_id,
                rsa_hash: config.rsa_hash.unwrap_or_default(),
                style: config.signature.unwrap_or_default(),
                ssh_dir: home.map(|home| home.join(".ssh")),
                agent_socket: auth::agent::socket_from_env(),
            },
            account,
            accept_version: config.api_version.unwrap_or_else(|| DEFAULT_ACCEPT_VERSION.to_string()),
        })
    }
}

/// A CloudAPI error body.
#[derive(Debug, serde::Deserialize)]
struct ApiError {
    code: String,
    message: String,
}

impl SdcClient {
    /// Connects with resolved settings: finds the signing key (agent or file).
    pub async fn connect(http: Http, settings: SdcSettings) -> Result<SdcClient> {
        let signer = settings.key.resolve().await?;
        Ok(SdcClient {
            http,
            url: settings.url,
            account: settings.account,
            signer,
            accept_version: settings.accept_version,
        })
    }

    /// The key id requests are signed with (`/<account>/keys/<md5>`).
    pub fn key_id(&self) -> &str {
        self.signer.key_id()
    }

    /// The same credentials against another datacenter, found through ListDatacenters
    /// (py-smartdc's `DataCenter.datacenter(name)`).
    pub async fn in_datacenter(&self, name: &str) -> Result<SdcClient> {
        let datacenters = self.datacenters().await?;
        let url = datacenters.get(name).and_then(Value::as_str).ok_or_else(|| {
            let known: Vec<&str> = datacenters.keys().map(String::as_str).collect();
            Error::not_found(format!("no datacenter named `{name}`"))
                .hint(format!("the datacenters of this cloud are: {}", known.join(", ")))
        })?;
        Ok(SdcClient { url: url.to_string(), ..self.clone() })
    }

    fn path(&self, rest: &str) -> String {
        match rest.trim_start_matches('/') {
            "" => format!("/{}", self.account),
            rest => format!("/{}/{rest}", self.account),
        }
    }

    /// Sends a signed request; `path` is relative to `/<account>/`.
    async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        version: Option<&str>,
    ) -> Result<Response> {
        self.send_allowing(method, path, query, body, version, &[]).await
    }

    /// As [`Self::send`], but returns responses with a status in `allowed` as they are.
    async fn send_allowing(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        version: Option<&str>,
        allowed: &[StatusCode],
    ) -> Result<Response> {
        let path = self.path(path);
        let mut url = reqwest::Url::parse(&join_url(&self.url, &path))
            .map_err(|e| Error::usage(format!("invalid SmartDataCenter URL `{}`: {e}", self.url)))?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        let target = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        };
        let date = httpdate::fmt_http_date(std::time::SystemTime::now());
        let authorization = self.signer.authorization(method.as_str(), &target, &date).await?;
        let version = version.unwrap_or(&self.accept_version);
        let mut request = self
            .http
            .request(method.clone(), url.as_str())
            .header("accept", "application/json")
            .header("accept-version", version)
            .header("date", &date)
            .header("authorization", authorization);
        if version != DEFAULT_ACCEPT_VERSION {
            // Older CloudAPIs (and py-smartdc-era proxies) read only this one.
            request = request.header("x-api-version", version);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        // The HTTP layer retries GET, HEAD and DELETE itself; actions (POST) are sent once.
        let response = self.http.send_raw(request, false).await?;
        let status = response.status();
        if status.is_success() || allowed.contains(&status) {
            return Ok(response);
        }
        Err(crate::http::explain_unrepeated(&method, self.error(&method, &path, response).await))
    }

    /// Turns a CloudAPI error response into an error that says what to do.
    async fn error(&self, method: &Method, path: &str, response: Response) -> Error {
        let status = response.status();
        let server_date = response
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        let body = response.bytes().await.unwrap_or_default();
        let Ok(api) = serde_json::from_slice::<ApiError>(&body) else {
            let detail = crate::http::api_error_message(&body).unwrap_or_default();
            return Error::http(status.as_u16(), format!("{method} {path}: {status} {detail}"));
        };
        let message = format!("{} ({}, {method} {path})", api.message, api.code);
        let error = match api.code.as_str() {
            "ResourceNotFound" => Error::not_found(message),
            "InvalidCredentials" => Error::auth(message).hint(format!(
                "check that the key `{}` is registered for account `{}` and that `sdc.key_id` names its private half",
                self.signer.fingerprint(),
                self.account
            )),
            "NotAuthorized" => Error::auth(message),
            "InvalidHeader" if api.message.contains("clock skew") => {
                clock_skew_error(message, server_date, std::time::SystemTime::now())
            }
            "InvalidVersion" => Error::usage(message)
                .hint("set `sdc.api_version` to a range the server supports, e.g. `~7.2`"),
            "InvalidState" => Error::conflict(message)
                .hint("`kamaki sdc machine get` shows the state; `kamaki sdc machine wait` waits for another"),
            "CannotDestroyMachineError" => Error::conflict(message)
                .hint("turn the protection off with `kamaki sdc machine update ID --deletion-protection false`"),
            // CloudAPI answers a bad argument with 409; it is still a bad argument (exit 2),
            // as the same mistake is in every other group.
            "InvalidArgument" | "MissingParameter" if path.ends_with("/machines") => Error::usage(message).hint(
                "`kamaki sdc package list`, `image list` and `network list` show what this datacenter offers",
            ),
            "InvalidArgument" | "MissingParameter" => Error::usage(message),
            _ => Error::http(status.as_u16(), message),
        };
        error.with_api_code(api.code)
    }

    async fn get_json<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        let response = self.send(Method::GET, path, query, None, None).await?;
        decode(response).await
    }
}

/// CloudAPI refuses signatures whose `Date` is more than 5 minutes from its clock; the
/// server's own `Date` header says how far off the local clock is, and which way.
fn clock_skew_error(
    message: String,
    server_date: Option<std::time::SystemTime>,
    local_now: std::time::SystemTime,
) -> Error {
    let offset = server_date.map(|server| match local_now.duration_since(server) {
        Ok(ahead) => format!("ahead of the server's by {}", human_offset(ahead)),
        Err(behind) => format!("behind the server's by {}", human_offset(behind.duration())),
    });
    let message = match offset {
        Some(offset) => format!("{message}: the local clock is {offset}"),
        None => format!("{message}: the local clock is off by more than 5 minutes"),
    };
    Error::auth(message).hint(
        "CloudAPI accepts requests signed within 5 minutes of its clock: synchronise this machine's \
         clock (e.g. `timedatectl set-ntp true`, or `chronyc makestep`) and try again",
    )
}

/// `7 min 3 s`, `45 s`, `2 h 5 min`.
fn human_offset(offset: std::time::Duration) -> String {
    let secs = offset.as_secs();
    match (secs / 3600, secs % 3600 / 60, secs % 60) {
        (0, 0, s) => format!("{s} s"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

/// Decodes a JSON body.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T> {
    let url = crate::http::redact_url(response.url());
    let bytes = response.bytes().await?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::general(format!("CloudAPI sent an unexpected answer for {url}: {e}")))
}

/// Whether an error means "this does not exist".
pub fn is_not_found(err: &Error) -> bool {
    err.kind() == ErrorKind::NotFound
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::clock_skew_error;

    #[test]
    fn clock_skew_says_how_far_off_and_which_way() {
        let server = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let ahead = clock_skew_error("skew".into(), Some(server), server + Duration::from_secs(423));
        assert!(ahead.message().contains("ahead of the server's by 7 min 3 s"), "{}", ahead.message());
        let behind = clock_skew_error("skew".into(), Some(server), server - Duration::from_secs(7500));
        assert!(behind.message().contains("behind the server's by 2 h 5 min"), "{}", behind.message());
        let unknown = clock_skew_error("skew".into(), None, server);
        assert!(unknown.message().contains("more than 5 minutes"));
    }
}
