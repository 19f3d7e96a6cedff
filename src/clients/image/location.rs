//! Pithos locations of image files: `pithos://UUID/CONTAINER/PATH` or `/CONTAINER/PATH`.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use crate::error::{Error, Result};

/// The characters Python's `urllib.quote` leaves alone (its default safe set), which is what
/// kamaki and Plankton use for location segments.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

const SCHEME: &str = "pithos://";

/// Where an image file lives: an object in a Pithos account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PithosLocation {
    pub account: String,
    pub container: String,
    pub path: String,
}

impl PithosLocation {
    /// Parses what a user typed; `/CONTAINER/PATH` is in `default_account` (the caller's).
    /// The path may be empty here (`/CONTAINER`); callers that need an object check
    /// [`PithosLocation::has_object`].
    pub fn parse(text: &str, default_account: &str) -> Result<Self> {
        let invalid = |why: &str| {
            Error::usage(format!("invalid image location `{text}`: {why}"))
                .hint("use `pithos://USER_UUID/CONTAINER/PATH` or `/CONTAINER/PATH`")
        };
        let (account, rest) = if let Some(rest) = text.strip_prefix(SCHEME) {
            let (account, rest) = rest.split_once('/').unwrap_or((rest, ""));
            if account.is_empty() {
                return Err(invalid("the account (user uuid) is missing"));
            }
            (decode(account), rest)
        } else if let Some(rest) = text.strip_prefix('/') {
            (default_account.to_string(), rest)
        } else {
            return Err(invalid("it must start with `pithos://` or `/`"));
        };
        let (container, path) = rest.split_once('/').unwrap_or((rest, ""));
        if container.is_empty() {
            return Err(invalid("the container is missing"));
        }
        Ok(Self { account, container: decode(container), path: decode(path) })
    }

    /// Parses the canonical `pithos://` URL that Plankton reports, with quoted segments.
    pub fn from_url(url: &str) -> Option<Self> {
        let rest = url.strip_prefix(SCHEME)?;
        let mut parts = rest.splitn(3, '/');
        let (account, container, path) = (parts.next()?, parts.next()?, parts.next()?);
        if account.is_empty() || container.is_empty() || path.is_empty() {
            return None;
        }
        Some(Self { account: decode(account), container: decode(container), path: decode(path) })
    }

    pub fn has_object(&self) -> bool {
        !self.path.is_empty()
    }

    /// The canonical URL, each segment quoted as Plankton expects.
    pub fn url(&self) -> String {
        let path: Vec<String> = self.path.split('/').map(encode).collect();
        format!("{SCHEME}{}/{}/{}", encode(&self.account), encode(&self.container), path.join("/"))
    }

    /// The location of the JSON `.meta` file kept next to the image file.
    pub fn metafile(&self) -> Self {
        Self { path: format!("{}.meta", self.path), ..self.clone() }
    }
}

impl fmt::Display for PithosLocation {
    /// The short form kamaki prints: `/CONTAINER/PATH`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/{}/{}", self.container, self.path)
    }
}

fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

fn decode(segment: &str) -> String {
    percent_decode_str(segment).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_parse_and_render_the_canonical_url() {
        let full = PithosLocation::parse("pithos://u-1/images/debian.diskdump", "me").unwrap();
        assert_eq!(full.account, "u-1");
        assert_eq!(full.url(), "pithos://u-1/images/debian.diskdump");
        let short = PithosLocation::parse("/images/dir/my disk.img", "me").unwrap();
        assert_eq!((short.account.as_str(), short.path.as_str()), ("me", "dir/my disk.img"));
        assert_eq!(short.url(), "pithos://me/images/dir/my%20disk.img");
        assert_eq!(PithosLocation::from_url(&short.url()), Some(short.clone()));
        assert_eq!(short.metafile().path, "dir/my disk.img.meta");
        assert_eq!(short.to_string(), "/images/dir/my disk.img");
    }

    #[test]
    fn a_container_alone_has_no_object() {
        assert!(!PithosLocation::parse("/images", "me").unwrap().has_object());
        assert!(!PithosLocation::parse("/images/", "me").unwrap().has_object());
    }

    #[test]
    fn malformed_locations_are_usage_errors() {
        for text in ["images/x", "pithos:///images/x", "//x", "pithos://u"] {
            assert_eq!(PithosLocation::parse(text, "me").unwrap_err().exit_code(), 2, "{text}");
        }
    }
}
