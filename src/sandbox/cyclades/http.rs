//! Reading request bodies and writing JSON replies the way the three Cyclades services do:
//! bodies wrapped in their resource key, ids given as numbers or strings, IPv4 addresses.

use std::net::Ipv4Addr;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::sandbox::Fault;

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

/// The `project` of a `{"reassign": {"project": P}}` action body.
pub(super) fn reassign_project(body: &[u8]) -> Result<String, Fault> {
    #[derive(Deserialize)]
    struct Reassign {
        project: String,
    }
    let reassign: Reassign = parse_wrapped(body, "reassign")?;
    Ok(reassign.project)
}

/// An id the client may send as a number or as a non-empty string.
pub(super) fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::Number(number) => Some(number.to_string()),
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        _ => None,
    }
}

/// An IPv4 address from the request field `what`.
pub(super) fn parse_address(text: &str, what: &str) -> Result<Ipv4Addr, Fault> {
    text.parse().map_err(|_| Fault::bad_request(format!("Invalid {what}: {text} is not an IPv4 address")))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ids_are_numbers_or_non_empty_strings() {
        assert_eq!(id_text(&serde_json::json!(3)).as_deref(), Some("3"));
        assert_eq!(id_text(&serde_json::json!("3")).as_deref(), Some("3"));
        assert_eq!(id_text(&serde_json::json!("")), None);
        assert_eq!(id_text(&serde_json::json!(null)), None);
    }
}
