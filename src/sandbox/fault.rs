//! Error responses as the real services send them.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// An error response. [`Fault::new`] renders Synnefo's (OpenStack's) shape
/// `{"itemNotFound": {"code": 404, "message": …, "details": …}}`; other services build
/// their own bodies with [`Fault::with_body`].
#[derive(Debug, Clone)]
pub struct Fault {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(header::HeaderName, String)>,
}

impl Fault {
    pub fn new(status: u16, name: &str, message: impl Into<String>) -> Fault {
        let message = message.into();
        Fault::with_body(status, json!({ name: {"code": status, "message": message, "details": ""} }))
    }

    pub fn with_body(status: u16, body: Value) -> Fault {
        Fault { status, body, headers: Vec::new() }
    }

    pub fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> Fault {
        self.headers.push((name, value.into()));
        self
    }

    pub fn bad_request(message: impl Into<String>) -> Fault {
        Fault::new(400, "badRequest", message)
    }
    pub fn unauthorized(message: impl Into<String>) -> Fault {
        Fault::new(401, "unauthorized", message)
    }
    pub fn forbidden(message: impl Into<String>) -> Fault {
        Fault::new(403, "forbidden", message)
    }
    pub fn not_found(message: impl Into<String>) -> Fault {
        Fault::new(404, "itemNotFound", message)
    }
    pub fn conflict(message: impl Into<String>) -> Fault {
        Fault::new(409, "conflict", message)
    }
    pub fn precondition_failed(message: impl Into<String>) -> Fault {
        Fault::new(412, "preconditionFailed", message)
    }
    pub fn over_limit(message: impl Into<String>) -> Fault {
        Fault::new(413, "overLimit", message)
    }
}

/// Storage code (Pithos's own tables) answers a SQLite failure with a 500 through `?`.
impl From<rusqlite::Error> for Fault {
    fn from(err: rusqlite::Error) -> Fault {
        Fault::new(500, "internalServerError", format!("storage error: {err}"))
    }
}

/// A stored JSON column that no longer parses is the sandbox's fault (500), not the caller's.
impl From<serde_json::Error> for Fault {
    fn from(err: serde_json::Error) -> Fault {
        Fault::new(500, "internalServerError", format!("stored JSON is invalid: {err}"))
    }
}

impl IntoResponse for Fault {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(self.body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=UTF-8"));
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(name, value);
            }
        }
        response
    }
}
