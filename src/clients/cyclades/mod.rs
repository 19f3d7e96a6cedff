//! Clients of the Synnefo Cyclades services: compute (servers, flavors, images, key
//! pairs), network (networks, subnets, ports, floating IPs) and block storage (volumes,
//! snapshots). Objects are kept as the API returns them, so JSON output shows every field;
//! accessors read the fields kamaki needs.

pub mod compute;
pub mod network;
pub mod volume;

use reqwest::{Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use compute::ComputeClient;
pub use network::NetworkClient;
pub use volume::VolumeClient;

use super::join_url;
use super::poll::{PollLimits, Polled};
use crate::error::{Error, Result};
use crate::http::Http;

/// The three Cyclades clients of one session.
#[derive(Clone, Debug)]
pub struct Cyclades {
    pub compute: ComputeClient,
    pub network: NetworkClient,
    pub volume: VolumeClient,
}

/// One JSON API endpoint with its token: the plumbing the three clients share.
#[derive(Clone, Debug)]
pub struct Api {
    http: Http,
    url: String,
    token: String,
}

impl Api {
    pub fn new(http: Http, url: &str, token: &str) -> Api {
        Api { http, url: url.trim_end_matches('/').to_string(), token: token.to_string() }
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http.request(method, &join_url(&self.url, path)).header("X-Auth-Token", &self.token)
    }

    async fn decode<T: DeserializeOwned>(&self, response: Response) -> Result<T> {
        response
            .json()
            .await
            .map_err(|err| Error::general(format!("unexpected reply from {}: {err}", self.url)))
    }

    /// `GET path`, returning the value under `key` of the JSON reply.
    async fn get<T: DeserializeOwned>(&self, path: &str, key: &str) -> Result<T> {
        let response = self.http.send(self.request(Method::GET, path)).await?;
        let mut body: Value = self.decode(response).await?;
        unwrap_key(&mut body, key, &self.url)
    }

    /// Sends `body` with `method` and returns the value under `key` of the JSON reply.
    async fn send_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &Value,
        key: &str,
    ) -> Result<T> {
        let response = self.http.send(self.request(method, path).json(body)).await?;
        let mut reply: Value = self.decode(response).await?;
        unwrap_key(&mut reply, key, &self.url)
    }

    /// Sends `body` (or nothing) with `method`, ignoring the reply body.
    async fn send_unit(&self, method: Method, path: &str, body: Option<&Value>) -> Result<Response> {
        let mut request = self.request(method, path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.http.send(request).await
    }
}

fn unwrap_key<T: DeserializeOwned>(body: &mut Value, key: &str, url: &str) -> Result<T> {
    let inner = body
        .get_mut(key)
        .map(Value::take)
        .ok_or_else(|| Error::general(format!("unexpected reply from {url}: no `{key}` in it")))?;
    serde_json::from_value(inner)
        .map_err(|err| Error::general(format!("unexpected `{key}` from {url}: {err}")))
}

/// The text of an id that the API may send as a number or a string.
pub fn id_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Statuses a resource does not leave by itself.
const DEAD_ENDS: [&str; 2] = ["ERROR", "DELETED"];

/// What a wait waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitFor {
    /// Until the status becomes this one.
    Until(String),
    /// While the status stays this one.
    While(String),
}

impl WaitFor {
    pub fn is_done(&self, status: &str) -> bool {
        match self {
            WaitFor::Until(target) => status.eq_ignore_ascii_case(target),
            WaitFor::While(current) => !status.eq_ignore_ascii_case(current),
        }
    }

    /// Whether `status` is a dead end from which the wait can never be satisfied (a
    /// server in ERROR will not become ACTIVE by itself). Anything can still be deleted.
    pub fn is_hopeless(&self, status: &str) -> bool {
        match self {
            WaitFor::Until(target) => {
                !status.eq_ignore_ascii_case(target)
                    && !target.eq_ignore_ascii_case("DELETED")
                    && DEAD_ENDS.iter().any(|dead| status.eq_ignore_ascii_case(dead))
            }
            WaitFor::While(_) => false,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            WaitFor::Until(status) => format!("until {status}"),
            WaitFor::While(status) => format!("while {status}"),
        }
    }
}

/// Polls a resource (see [`super::poll`]) until its status satisfies `wait`; `on_poll`
/// sees every fetched state. A status the wait can no longer end in (ERROR) ends it.
pub async fn poll<T, F, Fut>(
    what: &str,
    wait: &WaitFor,
    limits: PollLimits,
    fetch: F,
    status: impl Fn(&T) -> String,
    mut on_poll: impl FnMut(&T),
) -> Result<Polled<T>>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    super::poll::poll(what, limits, fetch, |current: &T| {
        on_poll(current);
        let current_status = status(current);
        if let (true, WaitFor::Until(target)) = (wait.is_hopeless(&current_status), wait) {
            return Err(Error::general(format!("{what} is {current_status} and will not become {target}")));
        }
        Ok(wait.is_done(&current_status))
    })
    .await
}

/// Finds one item by id or by name (case-insensitive), with close matches in the error.
pub fn resolve<'a>(items: &'a [Value], what: &str, wanted: &str, list_hint: &str) -> Result<&'a Value> {
    if let Some(item) = items.iter().find(|item| id_of(&item["id"]) == wanted) {
        return Ok(item);
    }
    let named: Vec<&Value> = items
        .iter()
        .filter(|item| item["name"].as_str().is_some_and(|name| name.eq_ignore_ascii_case(wanted)))
        .collect();
    match named.as_slice() {
        [one] => Ok(one),
        [] => {
            let mut error = Error::not_found(format!("no {what} has the id or name `{wanted}`"));
            let close = close_matches(items, wanted);
            error = if close.is_empty() {
                error.hint(format!("`{list_hint}` lists them"))
            } else {
                error.hint(format!("did you mean {}? (`{list_hint}` lists them)", close.join(", ")))
            };
            Err(error)
        }
        many => {
            let ids: Vec<String> = many.iter().map(|item| format!("`{}`", id_of(&item["id"]))).collect();
            Err(Error::usage(format!("{} {what}s are named `{wanted}`", many.len()))
                .hint(format!("use an id instead: {}", ids.join(", "))))
        }
    }
}

/// Names (and ids) close to `wanted`: containing it, or within a small edit distance.
fn close_matches(items: &[Value], wanted: &str) -> Vec<String> {
    let wanted_lower = wanted.to_lowercase();
    let mut scored: Vec<(usize, String)> = items
        .iter()
        .filter_map(|item| {
            let name = item["name"].as_str()?.to_string();
            let lower = name.to_lowercase();
            // A typo in the first word(s) of a longer name still counts: compare with the
            // name's prefix of the same length too.
            let prefix: String = lower.chars().take(wanted_lower.chars().count()).collect();
            let distance = edit_distance(&lower, &wanted_lower).min(edit_distance(&prefix, &wanted_lower));
            let related = lower.contains(&wanted_lower) || wanted_lower.contains(&lower) && !lower.is_empty();
            let allowed = (wanted_lower.chars().count() / 3).max(2);
            (related || distance <= allowed).then(|| (distance, format!("`{name}` ({})", id_of(&item["id"]))))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, text)| text).collect()
}

/// Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Turns a 404 into "WHAT `ID` not found" with a hint naming the command that lists them.
fn not_found(err: Error, what: &str, id: &str, list: &str) -> Error {
    if err.status() == Some(404) {
        Error::not_found(format!("{what} `{id}` not found")).hint(format!("`{list}` lists them"))
    } else {
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn items() -> Vec<Value> {
        vec![
            json!({"id": 1, "name": "Debian Base"}),
            json!({"id": 2, "name": "Ubuntu Server"}),
            json!({"id": "3", "name": "twin"}),
            json!({"id": "4", "name": "twin"}),
        ]
    }

    #[test]
    fn resolves_by_id_then_name() {
        let items = items();
        assert_eq!(resolve(&items, "image", "2", "x").expect("by id")["name"], "Ubuntu Server");
        assert_eq!(resolve(&items, "image", "debian base", "x").expect("by name")["id"], 1);
    }

    #[test]
    fn unknown_names_suggest_close_matches() {
        let items = items();
        let err = resolve(&items, "image", "Debain Base", "kamaki server image list").expect_err("unknown");
        assert_eq!(err.exit_code(), 3);
        assert!(err.hint_text().unwrap_or_default().contains("`Debian Base` (1)"));
    }

    #[test]
    fn ambiguous_names_ask_for_an_id() {
        let items = items();
        let err = resolve(&items, "network", "twin", "x").expect_err("ambiguous");
        assert_eq!(err.exit_code(), 2);
        assert!(err.hint_text().unwrap_or_default().contains("`3`"));
    }

    #[test]
    fn waits_know_when_they_are_done() {
        assert!(WaitFor::Until("ACTIVE".into()).is_done("active"));
        assert!(!WaitFor::While("BUILD".into()).is_done("BUILD"));
        assert!(WaitFor::While("BUILD".into()).is_done("ERROR"));
        assert!(WaitFor::Until("ACTIVE".into()).is_hopeless("ERROR"));
        assert!(!WaitFor::Until("error".into()).is_hopeless("ERROR"));
        assert!(!WaitFor::While("ACTIVE".into()).is_hopeless("DELETED"));
        assert!(!WaitFor::Until("deleted".into()).is_hopeless("ERROR"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
