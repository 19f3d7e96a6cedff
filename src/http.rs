//! The HTTP layer: one shared client per process, verbose logging with secrets redacted,
//! retries with a budget for requests that are safe to repeat, and decoding of each API's
//! error bodies into [`Error`].
//!
//! # Retry policy
//!
//! (Also in docs/retries.md, for users.)
//!
//! - **What is retried:** GET, HEAD, PUT, DELETE and OPTIONS, and POSTs the caller marks
//!   idempotent ([`Http::send_idempotent`]), on 429, 502, 503 and 504, on resets and on
//!   timeouts. Any request is retried when it never connected (the server never saw it)
//!   and on 429 (the server refused it unprocessed). Any other POST — one that creates
//!   something — is sent once: after a reset or a 503 nobody knows whether it happened.
//! - **How many:** at most `retries` repeats (`--retries`, config key `retries`, default
//!   [`DEFAULT_RETRIES`]), and each repeat is paid from a per-request budget of
//!   [`REQUEST_BUDGET`] units: after a fast failure (an error status, a reset, a refused
//!   connection) a retry costs [`FAST_FAILURE_COST`], after a timeout [`TIMEOUT_COST`]. A
//!   flaky endpoint gets every retry; a dead one (accepts, never answers) gets one, so a
//!   command ends after about 2× `--timeout`, never more than 3×. As in botocore's standard
//!   mode, retries also draw on a process-wide quota ([`QUOTA_CAPACITY`] units, each success
//!   refunds [`SUCCESS_REFUND`]), so a long command against a failing service stops
//!   retrying instead of multiplying the load.
//! - **When:** after `Retry-After` (seconds or an HTTP date, at most 60 s) when the answer
//!   has one, else exponential backoff with jitter from 100 ms, capped at 2 s.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};

/// Settings for the shared client, from global flags and the cloud's config.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Per-request timeout (`--timeout`).
    pub timeout: Duration,
    /// `-v` count: 1 logs requests, 2 also logs headers (secrets redacted).
    pub verbose: u8,
    /// Extra root certificates (PEM) for private CAs (`--ca-cert`, `ca_cert`).
    pub ca_cert: Option<std::path::PathBuf>,
    /// How many times a retryable request is repeated at most (`--retries`, `retries`).
    pub max_retries: u32,
    /// A client certificate and its key (PEM files), presented to servers that ask for one
    /// (LINSTOR controllers with `linstor.client_cert`/`client_key`).
    pub client_identity: Option<(std::path::PathBuf, std::path::PathBuf)>,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            timeout: Duration::from_secs(120),
            verbose: 0,
            ca_cert: None,
            max_retries: DEFAULT_RETRIES,
            client_identity: None,
        }
    }
}

/// How many times a retryable request is repeated unless configured.
pub const DEFAULT_RETRIES: u32 = 8;
/// What one request may spend on retries.
pub const REQUEST_BUDGET: u32 = 9;
/// The price of a retry after an answer or a failure that came fast.
pub const FAST_FAILURE_COST: u32 = 1;
/// The price of a retry after a timeout: a timed-out attempt has already cost a whole
/// `--timeout`, so only one is repeated.
pub const TIMEOUT_COST: u32 = 5;
/// The process-wide retry quota, shared by every request of the command.
pub const QUOTA_CAPACITY: u32 = 100;
/// What each successful request gives back to the quota.
pub const SUCCESS_REFUND: u32 = 1;

/// The process's HTTP client. Cheap to clone: clones share one connection pool and one
/// retry quota.
#[derive(Clone, Debug)]
pub struct Http {
    client: reqwest::Client,
    verbose: u8,
    max_retries: u32,
    quota: Arc<RetryQuota>,
}

/// The process-wide token bucket retries are paid from (botocore's retry quota).
#[derive(Debug)]
struct RetryQuota {
    tokens: Mutex<u32>,
}

impl RetryQuota {
    fn new() -> RetryQuota {
        RetryQuota { tokens: Mutex::new(QUOTA_CAPACITY) }
    }

    /// Takes `cost` tokens if there are that many.
    fn withdraw(&self, cost: u32) -> bool {
        let mut tokens = self.tokens.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if *tokens >= cost {
            *tokens -= cost;
            true
        } else {
            false
        }
    }

    fn refund(&self) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *tokens = (*tokens + SUCCESS_REFUND).min(QUOTA_CAPACITY);
    }
}

/// What one request has left to spend on retries.
struct RetryBudget {
    retries_left: u32,
    units_left: u32,
}

impl RetryBudget {
    fn new(max_retries: u32) -> RetryBudget {
        RetryBudget { retries_left: max_retries, units_left: REQUEST_BUDGET }
    }

    /// Pays for one more attempt after a failure that took `cost` units, from this
    /// request's budget and the process's quota; false when either is spent.
    fn pay(&mut self, cost: u32, quota: &RetryQuota) -> bool {
        if self.retries_left == 0 || self.units_left < cost || !quota.withdraw(cost) {
            return false;
        }
        self.retries_left -= 1;
        self.units_left -= cost;
        true
    }
}

/// Headers whose values are secrets and never appear in logs.
const SECRET_HEADERS: [&str; 6] =
    ["authorization", "x-auth-token", "x-storage-token", "x-auth-key", "x-storage-pass", "cookie"];

impl Http {
    pub fn new(options: &HttpOptions) -> Result<Http> {
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("kamaki/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(options.timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .gzip(true);
        if let Some(path) = &options.ca_cert {
            builder = builder.tls_certs_merge(load_ca_certs(path)?);
        }
        if let Some((cert, key)) = &options.client_identity {
            builder = builder.identity(load_identity(cert, key)?);
        }
        let client =
            builder.build().map_err(|e| Error::general(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Http {
            client,
            verbose: options.verbose,
            max_retries: options.max_retries,
            quota: Arc::new(RetryQuota::new()),
        })
    }

    /// The underlying reqwest client, for building requests.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    pub fn request(&self, method: Method, url: &str) -> RequestBuilder {
        self.client.request(method, url)
    }

    /// The same client (and connection pool) without retries, for callers that fail over
    /// to another endpoint instead of repeating a request to an unreachable one.
    pub fn without_retries(&self) -> Http {
        Http { max_retries: 0, ..self.clone() }
    }

    /// Sends a request and fails on an error status, decoding the API's error body.
    /// Idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection
    /// errors and on 429/502/503/504, within the budget the module doc describes.
    pub async fn send(&self, request: RequestBuilder) -> Result<Response> {
        let request = build(request)?;
        let method = request.method().clone();
        let response = self.send_request(request, false).await?;
        check(response).await.map_err(|err| explain_unrepeated(&method, err))
    }

    /// As [`Http::send`], and also retries a POST: for requests the caller knows are safe
    /// to repeat (content-addressed uploads, read-only POSTs).
    pub async fn send_idempotent(&self, request: RequestBuilder) -> Result<Response> {
        let response = self.send_raw(request, true).await?;
        check(response).await
    }

    /// Sends a request with retries and returns the response whatever its status, for
    /// protocols where an error status is part of the flow (Pithos 409 missing blocks).
    pub async fn send_raw(&self, request: RequestBuilder, idempotent: bool) -> Result<Response> {
        self.send_request(build(request)?, idempotent).await
    }

    async fn send_request(&self, request: reqwest::Request, idempotent: bool) -> Result<Response> {
        let method = request.method().clone();
        let shown_url = redact_url(request.url());
        let retryable_method = repeatable(&method, idempotent);
        let mut budget = RetryBudget::new(self.max_retries);
        let mut attempt: u32 = 0;
        loop {
            // A request with a streaming body cannot be cloned; it is sent once.
            let Some(to_send) = request.try_clone() else {
                return self.execute_once(request, &shown_url).await;
            };
            if self.verbose >= 1 {
                crate::output::log(format_args!("> {method} {shown_url}"));
                if self.verbose >= 2 {
                    log_headers(">", to_send.headers());
                }
            }
            let started = Instant::now();
            let outcome = self.client.execute(to_send).await;
            let elapsed = started.elapsed();
            match outcome {
                Ok(response) => {
                    let status = response.status();
                    self.log_response(&response, elapsed);
                    let retry_status = matches!(status.as_u16(), 429 | 502 | 503 | 504);
                    // A 429 was refused before it was processed: repeating it repeats nothing.
                    let safe = retryable_method || status == StatusCode::TOO_MANY_REQUESTS;
                    if retry_status && safe && budget.pay(FAST_FAILURE_COST, &self.quota) {
                        let delay = retry_after(response.headers()).unwrap_or_else(|| backoff(attempt));
                        self.note_retry(&method, &shown_url, attempt, &status.to_string(), delay);
                        tokio::time::sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    if !status.is_server_error() && status != StatusCode::TOO_MANY_REQUESTS {
                        self.quota.refund();
                    }
                    return Ok(response);
                }
                Err(err) => {
                    // A request that never connected was never seen by the server, so even
                    // a POST is safe to repeat.
                    let safe = retryable_method || err.is_connect();
                    let transient = err.is_connect() || err.is_request() || err.is_timeout();
                    let cost = if err.is_timeout() { TIMEOUT_COST } else { FAST_FAILURE_COST };
                    if self.verbose >= 1 {
                        crate::output::log(format_args!(
                            "< {method} {shown_url}: {} ({} ms)",
                            describe(&err),
                            elapsed.as_millis()
                        ));
                    }
                    if safe && transient && budget.pay(cost, &self.quota) {
                        let delay = backoff(attempt);
                        self.note_retry(&method, &shown_url, attempt, &describe(&err), delay);
                        tokio::time::sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    let err = connection_error(&method, &shown_url, &err, attempt);
                    return Err(if safe { err } else { not_repeated(err) });
                }
            }
        }
    }

    async fn execute_once(&self, request: reqwest::Request, shown_url: &str) -> Result<Response> {
        let method = request.method().clone();
        if self.verbose >= 1 {
            crate::output::log(format_args!("> {method} {shown_url}"));
        }
        let started = Instant::now();
        match self.client.execute(request).await {
            Ok(response) => {
                self.log_response(&response, started.elapsed());
                Ok(response)
            }
            Err(err) => Err(connection_error(&method, shown_url, &err, 0)),
        }
    }

    fn log_response(&self, response: &Response, elapsed: Duration) {
        if self.verbose >= 1 {
            crate::output::log(format_args!("< {} ({} ms)", response.status(), elapsed.as_millis()));
            if self.verbose >= 2 {
                log_headers("<", response.headers());
            }
        }
    }

    fn note_retry(&self, method: &Method, url: &str, attempt: u32, why: &str, delay: Duration) {
        if self.verbose >= 1 {
            crate::output::log(format_args!(
                "retrying {method} {url} in {} ms (attempt {}, at most {}): {why}",
                delay.as_millis(),
                attempt + 2,
                self.max_retries + 1
            ));
        }
    }
}

fn load_ca_certs(path: &Path) -> Result<Vec<reqwest::Certificate>> {
    let pem = std::fs::read(path)
        .map_err(|e| Error::from(e).context(format!("reading CA certificates `{}`", path.display())))?;
    reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| Error::usage(format!("`{}` holds no valid PEM certificates: {e}", path.display())))
}

/// A client identity from a certificate file and a key file (PEM), read as one bundle.
fn load_identity(cert: &Path, key: &Path) -> Result<reqwest::Identity> {
    let mut pem = Vec::new();
    for path in [cert, key] {
        let text = std::fs::read(path).map_err(|e| {
            Error::from(e).context(format!("reading client certificate `{}`", path.display()))
        })?;
        pem.extend_from_slice(&text);
        pem.push(b'\n');
    }
    reqwest::Identity::from_pem(&pem).map_err(|e| {
        Error::usage(format!(
            "`{}` and `{}` are not a PEM certificate and key: {e}",
            cert.display(),
            key.display()
        ))
        .hint("give the client certificate and its private key as PEM files")
    })
}

fn describe(err: &reqwest::Error) -> String {
    if err.is_connect() {
        "connection failed".into()
    } else if err.is_timeout() {
        "timed out".into()
    } else {
        let mut text = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            text.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        text
    }
}

fn build(request: RequestBuilder) -> Result<reqwest::Request> {
    request.build().map_err(|e| Error::usage(format!("invalid request: {e}")))
}

/// Whether a request may be sent again after a failure that left its fate unknown.
fn repeatable(method: &Method, idempotent: bool) -> bool {
    idempotent
        || matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

/// Adds the [`not_repeated`] hint to the error answer of a request that was sent once
/// and whose fate a gateway or overloaded server left unknown (502, 503, 504), for the
/// clients that decode error answers themselves.
pub fn explain_unrepeated(method: &Method, err: Error) -> Error {
    if !repeatable(method, false) && matches!(err.status(), Some(502..=504)) {
        not_repeated(err)
    } else {
        err
    }
}

/// The hint for a request that failed after the server may have acted on it, and that
/// kamaki did not repeat because it creates something.
fn not_repeated(err: Error) -> Error {
    err.hint(
        "kamaki sends a request that creates something only once, as repeating it could create it twice: \
         check whether it took effect (for example with the matching `list` command) before running it again",
    )
}

fn connection_error(method: &Method, url: &str, err: &reqwest::Error, retries: u32) -> Error {
    let tries = if retries > 0 { format!(" after {} attempts", retries + 1) } else { String::new() };
    let kind = if err.is_timeout() { ErrorKind::Timeout } else { ErrorKind::General };
    let mut detail = String::new();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        detail = cause.to_string();
        source = cause.source();
    }
    let why = if detail.is_empty() { describe(err) } else { format!("{}: {detail}", describe(err)) };
    Error::new(kind, format!("cannot reach {url} ({method}){tries}: {why}"))
        .hint("check that the endpoint is up and the URL in your config is right; `-v` shows each attempt")
}

/// Exponential backoff with jitter: ~100 ms, 200 ms, 400 ms, … capped at 2 s.
fn backoff(attempt: u32) -> Duration {
    let base = 100u64.saturating_mul(1 << attempt.min(5)).min(2000);
    let jitter = rand::random_range(0..=base / 4);
    Duration::from_millis(base + jitter)
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
    if let Ok(secs) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(secs.min(60)));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    when.duration_since(std::time::SystemTime::now()).ok().map(|d| d.min(Duration::from_secs(60)))
}

fn log_headers(prefix: &str, headers: &HeaderMap) {
    for (name, value) in headers {
        let shown = if SECRET_HEADERS.contains(&name.as_str()) {
            "<redacted>".to_string()
        } else {
            value.to_str().unwrap_or("<binary>").to_string()
        };
        crate::output::log(format_args!("{prefix}   {name}: {shown}"));
    }
}

/// The URL as it may be shown: query parameters that carry secrets are redacted.
pub fn redact_url(url: &reqwest::Url) -> String {
    let mut shown = url.clone();
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let secret = k.to_ascii_lowercase().contains("token") || k.eq_ignore_ascii_case("signature");
                (k.into_owned(), if secret { "<redacted>".into() } else { v.into_owned() })
            })
            .collect();
        shown.query_pairs_mut().clear().extend_pairs(pairs);
    }
    if !shown.username().is_empty() || shown.password().is_some() {
        let _ = shown.set_username("");
        let _ = shown.set_password(None);
    }
    shown.to_string()
}

/// Fails with the decoded API error when the response has an error status.
pub async fn check(response: Response) -> Result<Response> {
    let status = response.status();
    if status.is_success() || status.is_redirection() {
        return Ok(response);
    }
    Err(error_from_response(response).await)
}

/// Turns an error response into an [`Error`] whose message is the API's own.
pub async fn error_from_response(response: Response) -> Error {
    let status = response.status();
    let method_url = redact_url(response.url());
    let body = response.bytes().await.unwrap_or_default();
    let detail = api_error_message(&body);
    let err = error_for_status(status, &method_url, detail);
    match api_error_code(&body) {
        Some(code) => err.with_api_code(code),
        None => err,
    }
}

/// The service's own name for a failure: CloudAPI's `code`, or the fault key of an
/// OpenStack/Synnefo body (`{"itemNotFound": {…}}`).
pub fn api_error_code(body: &[u8]) -> Option<String> {
    match serde_json::from_slice::<Value>(body).ok()? {
        Value::Object(map) => match map.get("code") {
            Some(Value::String(code)) => Some(code.clone()),
            _ if map.len() == 1 => map.keys().next().cloned(),
            _ => None,
        },
        _ => None,
    }
}

fn error_for_status(status: StatusCode, url: &str, detail: Option<String>) -> Error {
    let reason = status.canonical_reason().unwrap_or("error");
    let message = match detail {
        Some(detail) => format!("{} {reason}: {detail} ({url})", status.as_u16()),
        None => format!("{} {reason} ({url})", status.as_u16()),
    };
    let err = Error::http(status.as_u16(), message);
    match status.as_u16() {
        401 => err.hint(
            "the token or key was rejected: check the credentials of this cloud (`kamaki config list`)",
        ),
        403 => err.hint("your account is not allowed to do this; check the resource's owner and sharing"),
        413 => {
            err.hint("a quota or size limit was reached: `kamaki astakos quota list` shows usage and limits")
        }
        429 | 503 => err.hint("the service is busy; try again later"),
        _ => err,
    }
}

/// Extracts the human message from the error bodies of the APIs kamaki speaks:
/// OpenStack/Synnefo `{"itemNotFound": {"message": …, "details": …}}`, CloudAPI
/// `{"code": …, "message": …}`, LINSTOR `[{"ret_code": …, "message": …, "cause": …}]`,
/// and plain text.
pub fn api_error_message(body: &[u8]) -> Option<String> {
    if body.is_empty() {
        return None;
    }
    if let Ok(value) = serde_json::from_slice::<Value>(body)
        && let Some(message) = json_error_message(&value)
    {
        return Some(message);
    }
    let text = String::from_utf8_lossy(body);
    let text = strip_html(text.trim());
    if text.is_empty() { None } else { Some(text.chars().take(500).collect()) }
}

fn json_error_message(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(message)) = map.get("message") {
                return Some(match map.get("code").and_then(Value::as_str) {
                    Some(code) => format!("{code}: {message}"),
                    None => message.clone(),
                });
            }
            // OpenStack style: a single fault key wrapping the details.
            if map.len() == 1 {
                let (fault, inner) = map.iter().next()?;
                let message = inner.get("message").and_then(Value::as_str)?;
                let details = inner.get("details").and_then(Value::as_str).filter(|d| !d.is_empty());
                let text = match details {
                    Some(details) if details != message => format!("{fault}: {message} ({details})"),
                    _ => format!("{fault}: {message}"),
                };
                return Some(match over_limit_detail(inner) {
                    Some(detail) => format!("{text}; {detail}"),
                    None => text,
                });
            }
            None
        }
        Value::Array(items) => {
            let messages: Vec<String> = items
                .iter()
                .filter_map(|item| {
                    let message = item.get("message").and_then(Value::as_str)?;
                    let cause = item.get("cause").and_then(Value::as_str);
                    Some(match cause {
                        Some(cause) => format!("{message} (cause: {cause})"),
                        None => message.to_string(),
                    })
                })
                .collect();
            if messages.is_empty() { None } else { Some(messages.join("; ")) }
        }
        _ => None,
    }
}

/// Astakos' `overLimit` names the exhausted resource and project in `data`:
/// `cyclades.vm of project:UUID is at 4 of 4`.
fn over_limit_detail(fault: &Value) -> Option<String> {
    let data = fault.get("data")?;
    let provision = data.get("provision")?;
    let resource = provision.get("resource")?.as_str()?;
    let holder = provision.get("holder").and_then(Value::as_str).unwrap_or("your account");
    let holder =
        holder.strip_prefix("project:").map_or_else(|| holder.to_string(), |p| format!("project {p}"));
    let usage = data.get("usage").and_then(Value::as_i64)?;
    let limit = data.get("limit").and_then(Value::as_i64)?;
    Some(format!("{resource} of {holder} is at {usage} of {limit}"))
}

fn strip_html(text: &str) -> String {
    if !text.starts_with('<') {
        return text.to_string();
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_each_api_error_code() {
        assert_eq!(
            api_error_code(br#"{"itemNotFound":{"message":"x","code":404}}"#).as_deref(),
            Some("itemNotFound")
        );
        assert_eq!(
            api_error_code(br#"{"code":"InvalidState","message":"x"}"#).as_deref(),
            Some("InvalidState")
        );
        assert_eq!(api_error_code(b"plain text"), None);
    }

    #[test]
    fn decodes_each_api_error_style() {
        let openstack = br#"{"itemNotFound": {"code": 404, "message": "Server not found", "details": ""}}"#;
        assert_eq!(api_error_message(openstack).unwrap(), "itemNotFound: Server not found");
        let cloudapi = br#"{"code": "ResourceNotFound", "message": "vm not found"}"#;
        assert_eq!(api_error_message(cloudapi).unwrap(), "ResourceNotFound: vm not found");
        let linstor =
            br#"[{"ret_code": -4611686018427387904, "message": "Node 'x' not found", "cause": "missing"}]"#;
        assert_eq!(api_error_message(linstor).unwrap(), "Node 'x' not found (cause: missing)");
        assert_eq!(api_error_message(b"<html><h1>Not Found</h1></html>").unwrap(), "Not Found");
        assert_eq!(api_error_message(b""), None);
        let over = br#"{"overLimit": {"code": 413, "message": "Resource Limit Exceeded for your account.",
            "data": {"provision": {"holder": "project:p1", "resource": "cyclades.vm", "quantity": 1},
                     "limit": 4, "usage": 4}}}"#;
        assert_eq!(
            api_error_message(over).unwrap(),
            "overLimit: Resource Limit Exceeded for your account.; cyclades.vm of project p1 is at 4 of 4"
        );
    }

    #[test]
    fn urls_never_show_tokens() {
        let url = reqwest::Url::parse("http://u:p@h/x?X-Auth-Token=secret&format=json").unwrap();
        let shown = redact_url(&url);
        assert!(!shown.contains("secret"));
        assert!(!shown.contains("u:p"));
        assert!(shown.contains("format=json"));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert!(backoff(0) >= Duration::from_millis(100));
        assert!(backoff(1) >= Duration::from_millis(200));
        assert!(backoff(20) <= Duration::from_millis(2500));
    }

    #[test]
    fn a_timeout_costs_more_of_the_budget_than_a_fast_failure() {
        let quota = RetryQuota::new();
        let mut flaky = RetryBudget::new(DEFAULT_RETRIES);
        let fast_retries = (0..20).take_while(|_| flaky.pay(FAST_FAILURE_COST, &quota)).count();
        assert_eq!(fast_retries, DEFAULT_RETRIES as usize);
        let mut dead = RetryBudget::new(DEFAULT_RETRIES);
        let timeout_retries = (0..20).take_while(|_| dead.pay(TIMEOUT_COST, &quota)).count();
        assert_eq!(timeout_retries, 1, "a dead endpoint gets one retry, so about 2x --timeout");
        let mut none = RetryBudget::new(0);
        assert!(!none.pay(FAST_FAILURE_COST, &quota));
    }

    #[test]
    fn the_quota_runs_dry_and_successes_refill_it() {
        let quota = RetryQuota::new();
        let spent = (0..QUOTA_CAPACITY + 10).take_while(|_| quota.withdraw(FAST_FAILURE_COST)).count();
        assert_eq!(spent, QUOTA_CAPACITY as usize);
        assert!(!quota.withdraw(FAST_FAILURE_COST));
        quota.refund();
        assert!(quota.withdraw(FAST_FAILURE_COST));
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(3)));
        let later = std::time::SystemTime::now() + Duration::from_secs(30);
        headers.insert(RETRY_AFTER, httpdate::fmt_http_date(later).parse().unwrap());
        assert!(retry_after(&headers).is_some_and(|d| d <= Duration::from_secs(30)));
        headers.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }
}
