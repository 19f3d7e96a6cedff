//! What the three Cyclades services of the sandbox (compute, network, volume) share:
//! transition timing, timestamps, request-body parsing and quota charging.
//!
//! Every mutation runs inside one [`Store::transaction`](super::Store::transaction): a
//! failure half-way (an address pool or a quota exhausted) rolls back everything the
//! request did, including quota charges, so nothing is left half-created.

use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Docs, Fault, SandboxState, astakos};

/// How long a server takes to build unless `sandbox serve --build-delay` (or the config's
/// `sandbox.build_delay`) says otherwise.
const DEFAULT_BUILD_DELAY: Duration = Duration::from_secs(1);

/// How long Cyclades transitions take in this sandbox.
#[derive(Debug, Clone, Copy)]
pub(super) struct Delays {
    /// A server's build (and its root volume's creation).
    pub build: Duration,
    /// The shorter transitions: reboot, start, shutdown, delete, attach, detach, plugging
    /// a port, creating a volume or a snapshot.
    pub action: Duration,
}

impl Delays {
    pub fn of(state: &SandboxState) -> Delays {
        let build = state.options.build_delay.unwrap_or(DEFAULT_BUILD_DELAY);
        Delays { build, action: build / 2 }
    }
}

/// Synnefo's timestamp format: ISO 8601 with `+00:00`.
pub(super) fn timestamp(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// A status that holds until a moment, after which the resource settles in another status.
/// State is derived when it is read, so no background task is needed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Transition {
    /// The status shown while the transition runs.
    pub status: String,
    /// What is happening, shown as Synnefo's `SNF:task_state` (e.g. `BUILDING`).
    pub task: String,
    pub started: DateTime<Utc>,
    pub until: DateTime<Utc>,
    /// The status afterwards.
    pub then: String,
}

impl Transition {
    pub fn new(status: &str, task: &str, delay: Duration, then: &str) -> Transition {
        let started = Utc::now();
        Transition {
            status: status.to_string(),
            task: task.to_string(),
            started,
            until: started + chrono::Duration::from_std(delay).unwrap_or_default(),
            then: then.to_string(),
        }
    }

    pub fn is_running(&self) -> bool {
        Utc::now() < self.until
    }

    /// How far along the transition is, 0–100.
    pub fn progress(&self) -> u8 {
        let total = (self.until - self.started).num_milliseconds().max(1);
        let done = (Utc::now() - self.started).num_milliseconds().clamp(0, total);
        u8::try_from(done * 100 / total).unwrap_or(100)
    }
}

/// The status visible now: the running transition's, or the settled one.
pub(super) fn current_status(settled: &str, transition: &Option<Transition>) -> String {
    match running(transition) {
        Some(transition) => transition.status.clone(),
        None => settled.to_string(),
    }
}

/// The running transition, if any.
pub(super) fn running(transition: &Option<Transition>) -> Option<&Transition> {
    transition.as_ref().filter(|transition| transition.is_running())
}

/// A JSON reply with a status.
pub(super) fn json_response(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

/// Parses a JSON request body wrapped in its resource key, e.g. `{"server": {...}}`.
pub(super) fn parse_wrapped<T: DeserializeOwned>(body: &[u8], key: &str) -> Result<T, Fault> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|err| Fault::bad_request(format!("Invalid JSON data: {err}")))?;
    let inner = value
        .get(key)
        .cloned()
        .ok_or_else(|| Fault::bad_request(format!("Missing `{key}` in request body")))?;
    serde_json::from_value(inner).map_err(|err| Fault::bad_request(format!("Invalid `{key}`: {err}")))
}

/// Changes `user`'s usage of `resource` in `project` by `delta`: a positive delta fails
/// with the real 413 `overLimit` when over the limit.
pub(super) fn charge(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    resource: &str,
    delta: i64,
) -> Result<(), Fault> {
    if delta == 0 {
        return Ok(());
    }
    astakos::charge_in(docs, user, project, resource, delta)
}

/// Moves usage of `resource` from one project to another (reassign).
pub(super) fn move_usage(
    docs: &Docs<'_>,
    user: &str,
    from: &str,
    to: &str,
    resource: &str,
    amount: i64,
) -> Result<(), Fault> {
    if from == to {
        return Ok(());
    }
    charge(docs, user, to, resource, amount)?;
    charge(docs, user, from, resource, -amount)
}

/// The `project` of a `{"reassign": {"project": P}}` action body.
pub(super) fn reassign_project(body: &[u8]) -> Result<String, Fault> {
    #[derive(Deserialize)]
    struct Reassign {
        project: String,
    }
    let reassign: Reassign = parse_wrapped(body, "reassign")?;
    Ok(reassign.project)
}

/// Sorts documents by their numeric id.
pub(super) fn by_numeric_id<T>(mut items: Vec<T>, id: impl Fn(&T) -> &str) -> Vec<T> {
    items.sort_by_key(|item| id(item).parse::<u64>().unwrap_or(u64::MAX));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transition_shows_its_status_until_it_ends() {
        let running = Some(Transition::new("BUILD", "BUILDING", Duration::from_secs(60), "ACTIVE"));
        assert_eq!(current_status("ACTIVE", &running), "BUILD");
        assert!(running.as_ref().is_some_and(|t| t.progress() < 50));
        let ended = Some(Transition::new("REBOOT", "REBOOTING", Duration::ZERO, "ACTIVE"));
        assert_eq!(current_status("ACTIVE", &ended), "ACTIVE");
        assert!(super::running(&ended).is_none());
        assert_eq!(current_status("STOPPED", &None), "STOPPED");
    }

    #[test]
    fn request_bodies_must_be_wrapped_in_their_key() {
        #[derive(Deserialize)]
        struct Named {
            name: String,
        }
        let named: Named = parse_wrapped(br#"{"server": {"name": "a"}}"#, "server").expect("valid");
        assert_eq!(named.name, "a");
        let missing = parse_wrapped::<Named>(br#"{"name": "a"}"#, "server").err().expect("missing key");
        assert_eq!(missing.status, 400);
        let invalid = parse_wrapped::<Named>(b"{", "server").err().expect("invalid JSON");
        assert_eq!(invalid.status, 400);
    }

    #[test]
    fn timestamps_use_synnefo_offsets() {
        let time = DateTime::parse_from_rfc3339("2024-05-01T10:20:30Z").expect("valid").with_timezone(&Utc);
        assert_eq!(timestamp(time), "2024-05-01T10:20:30+00:00");
    }
}
