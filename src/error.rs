//! One error type for the whole program, and the exit codes it maps to.
//!
//! Every error carries a kind (which decides the exit code), a message that says what
//! failed and why, and optionally a hint that says what to try. Messages never contain
//! tokens, keys or signatures.

use std::fmt;

/// The documented exit codes (see README "Exit codes").
pub mod exit {
    pub const OK: u8 = 0;
    pub const GENERAL: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const NOT_FOUND: u8 = 3;
    pub const AUTH: u8 = 4;
    pub const CONFLICT: u8 = 5;
    pub const TIMEOUT: u8 = 124;
    /// A watched storage node lost its connection (LINSTOR `resource wait`), as in the
    /// python-linstor watch example.
    pub const DISCONNECTED: u8 = 20;
}

/// What class of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Any failure without a more specific class: API errors, I/O, network.
    General,
    /// Bad command-line input or a bad config file.
    Usage,
    /// The named resource does not exist.
    NotFound,
    /// Authentication failed or permission was denied.
    Auth,
    /// The request conflicts with the resource's state, or a quota would be exceeded.
    Conflict,
    /// A wait or request ran out of time.
    Timeout,
    /// A watched storage node lost its connection while being waited on.
    Disconnected,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::General => exit::GENERAL,
            ErrorKind::Usage => exit::USAGE,
            ErrorKind::NotFound => exit::NOT_FOUND,
            ErrorKind::Auth => exit::AUTH,
            ErrorKind::Conflict => exit::CONFLICT,
            ErrorKind::Timeout => exit::TIMEOUT,
            ErrorKind::Disconnected => exit::DISCONNECTED,
        }
    }

    /// Stable name used in JSON error output.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::General => "general",
            ErrorKind::Usage => "usage",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Auth => "auth",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Disconnected => "disconnected",
        }
    }

    /// The kind an HTTP error status maps to.
    pub fn from_status(status: u16) -> ErrorKind {
        match status {
            401 | 403 => ErrorKind::Auth,
            404 => ErrorKind::NotFound,
            409 | 412 | 413 | 421 => ErrorKind::Conflict,
            400 | 405 | 411 | 415 | 416 | 422 => ErrorKind::Usage,
            408 | 504 => ErrorKind::Timeout,
            _ => ErrorKind::General,
        }
    }
}

/// The program's error: a kind, a message, and optional hint, HTTP status, API error code
/// and local I/O cause, so that callers decide on facts rather than on the wording of
/// messages.
#[derive(Debug, thiserror::Error)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
    status: Option<u16>,
    /// The service's own name for the failure (`itemNotFound`, CloudAPI's `InvalidState`,
    /// a LINSTOR return code), when it gave one.
    api_code: Option<String>,
    /// The kind of the local I/O failure this error came from.
    io_kind: Option<std::io::ErrorKind>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None, status: None, api_code: None, io_kind: None }
    }
    pub fn general(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::General, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn timeout(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Timeout, message)
    }
    pub fn disconnected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Disconnected, message)
    }

    /// An error for an HTTP response with an error status; the kind follows the status.
    pub fn http(status: u16, message: impl Into<String>) -> Self {
        Error { status: Some(status), ..Self::new(ErrorKind::from_status(status), message) }
    }

    /// Adds what the user could try next.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Prefixes the message with what was being done, e.g. `reading `config.toml``.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }

    /// Records the service's own code for this failure.
    pub fn with_api_code(mut self, code: impl Into<String>) -> Self {
        self.api_code = Some(code.into());
        self
    }

    pub fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn hint_text(&self) -> Option<&str> {
        self.hint.as_deref()
    }
    pub fn status(&self) -> Option<u16> {
        self.status
    }
    pub fn api_code(&self) -> Option<&str> {
        self.api_code.as_deref()
    }
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        self.io_kind
    }
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The JSON form printed to stderr with `-o json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "error": {
                "kind": self.kind.as_str(),
                "message": self.message,
                "status": self.status,
                "code": self.api_code,
                "hint": self.hint,
            }
        })
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::AlreadyExists => ErrorKind::Conflict,
            std::io::ErrorKind::TimedOut => ErrorKind::Timeout,
            // A local file's permissions are not the cloud refusing credentials (exit 4).
            _ => ErrorKind::General,
        };
        let io_kind = err.kind();
        let error = Error { io_kind: Some(io_kind), ..Error::new(kind, err.to_string()) };
        if io_kind == std::io::ErrorKind::PermissionDenied {
            error.hint("check the permissions of the file or directory (`ls -l`)")
        } else {
            error
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::general(format!("invalid JSON: {err}"))
    }
}

impl From<serde_yaml::Error> for Error {
    fn from(err: serde_yaml::Error) -> Self {
        Error::general(format!("invalid YAML: {err}"))
    }
}

impl From<reqwest::Error> for Error {
    fn from(err: reqwest::Error) -> Self {
        // reqwest's Display includes the URL; URLs never carry secrets here (tokens
        // travel in headers), so it is safe to show.
        let kind = if err.is_timeout() { ErrorKind::Timeout } else { ErrorKind::General };
        let mut message = err.to_string();
        let mut source = std::error::Error::source(&err);
        while let Some(cause) = source {
            message.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        Error::new(kind, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_permission_error_is_not_an_auth_failure() {
        let err = Error::from(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert_eq!(err.exit_code(), 1);
        assert_eq!(err.io_kind(), Some(std::io::ErrorKind::PermissionDenied));
        assert!(err.hint_text().is_some_and(|h| h.contains("permissions")));
        let pipe =
            Error::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe)).context("writing stdout");
        assert_eq!(pipe.io_kind(), Some(std::io::ErrorKind::BrokenPipe));
    }

    #[test]
    fn statuses_map_to_documented_exit_codes() {
        assert_eq!(Error::http(404, "x").exit_code(), 3);
        assert_eq!(Error::http(401, "x").exit_code(), 4);
        assert_eq!(Error::http(403, "x").exit_code(), 4);
        assert_eq!(Error::http(409, "x").exit_code(), 5);
        assert_eq!(Error::http(413, "x").exit_code(), 5);
        assert_eq!(Error::http(500, "x").exit_code(), 1);
        assert_eq!(Error::timeout("x").exit_code(), 124);
    }

    #[test]
    fn json_form_names_kind_and_status() {
        let json = Error::http(404, "server `7` not found").hint("try `kamaki server list`").to_json();
        assert_eq!(json["error"]["kind"], "not_found");
        assert_eq!(json["error"]["status"], 404);
        assert_eq!(json["error"]["message"], "server `7` not found");
    }
}
