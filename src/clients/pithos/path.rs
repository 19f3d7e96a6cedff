//! Remote paths (`/container/object`, `pithos://ACCOUNT/…`) and how their parts are
//! percent-encoded in URLs and headers.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use crate::error::{Error, Result};

/// Characters escaped in a URL path segment (object names keep their `/`).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
const OBJECT_PATH: &AsciiSet = &PATH_SEGMENT.remove(b'/');
/// Characters escaped in header values kamaki quotes (meta values, copy sources).
const HEADER_VALUE: &AsciiSet = &PATH_SEGMENT.remove(b'/');

pub(super) fn encode_segment(segment: &str) -> String {
    utf8_percent_encode(segment, PATH_SEGMENT).to_string()
}

pub(super) fn encode_object(name: &str) -> String {
    utf8_percent_encode(name, OBJECT_PATH).to_string()
}

/// Percent-encodes a header value, as Pithos expects for meta and copy sources.
pub fn quote_header(value: &str) -> String {
    utf8_percent_encode(value, HEADER_VALUE).to_string()
}

pub(super) fn unquote(value: &str) -> String {
    percent_decode_str(value).decode_utf8_lossy().into_owned()
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
    fn object_names_are_encoded_per_segment() {
        assert_eq!(encode_object("a b/%c/ü"), "a%20b/%25c/%C3%BC");
        assert_eq!(encode_segment("a/b"), "a%2Fb");
    }
}
