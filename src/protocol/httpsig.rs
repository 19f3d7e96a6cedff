//! The HTTP Signature scheme CloudAPI speaks (joyent http-signature; draft-cavage):
//! building signing strings, formatting and parsing `Authorization: Signature …`. The
//! client signs with it (`auth`) and the sandbox CloudAPI verifies with it, so both agree.
//!
//! Two wire formats exist. The modern one carries every parameter quoted,
//! `Signature keyId="…",algorithm="…",headers="(request-target) date",signature="…"`,
//! and signs `name: value` lines. The legacy one (http-signature 0.9, what
//! py-smartdc sends) puts the signature after a space, unquoted, and signs
//! only the header values: by default the bare `Date` value.

/// Which `Authorization` format to produce (the config's `sdc.signature`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureStyle {
    /// `headers="(request-target) date"`, as node-triton sends.
    RequestTarget,
    /// `headers="date"`, as node-smartdc sends.
    #[default]
    Date,
    /// The http-signature 0.9 form signing the bare date, as py-smartdc sends.
    Legacy,
}

impl SignatureStyle {
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Self::RequestTarget => &["(request-target)", "date"],
            Self::Date | Self::Legacy => &["date"],
        }
    }
}

/// The parts of a request a signature may cover.
pub struct SignedRequest<'a> {
    pub method: &'a str,
    /// The path with its query string, exactly as sent on the request line.
    pub target: &'a str,
    /// Returns a header's value by lowercase name.
    pub header: &'a (dyn Fn(&str) -> Option<String> + Sync),
}

/// Builds the string that is signed. `legacy` selects the 0.9 composition
/// (values only). Fails with the name of a header the request lacks.
pub fn signing_string(
    headers: &[impl AsRef<str>],
    request: &SignedRequest<'_>,
    legacy: bool,
) -> Result<String, String> {
    let mut lines = Vec::with_capacity(headers.len());
    for name in headers {
        let name = name.as_ref().to_ascii_lowercase();
        let line = match name.as_str() {
            "(request-target)" => {
                format!("(request-target): {} {}", request.method.to_ascii_lowercase(), request.target)
            }
            "request-line" => format!("{} {} HTTP/1.1", request.method.to_ascii_uppercase(), request.target),
            _ => {
                let value = (request.header)(&name)
                    .ok_or_else(|| format!("missing required signed header `{name}`"))?;
                if legacy { value.trim().to_string() } else { format!("{name}: {}", value.trim()) }
            }
        };
        lines.push(line);
    }
    Ok(lines.join("\n"))
}

/// Formats the `Authorization` header value.
pub fn authorization(style: SignatureStyle, key_id: &str, algorithm: &str, signature_b64: &str) -> String {
    match style {
        SignatureStyle::Legacy => {
            format!(r#"Signature keyId="{key_id}",algorithm="{algorithm}" {signature_b64}"#)
        }
        SignatureStyle::Date | SignatureStyle::RequestTarget => format!(
            r#"Signature keyId="{key_id}",algorithm="{algorithm}",headers="{}",signature="{signature_b64}""#,
            style.headers().join(" ")
        ),
    }
}

/// A parsed `Authorization: Signature …` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedSignature {
    pub key_id: String,
    pub algorithm: String,
    /// The signed header names, lowercase; `date` when the header omits them.
    pub headers: Vec<String>,
    pub signature: String,
    /// Whether it came in the legacy (0.9) form, whose signing string has no names.
    pub legacy: bool,
}

/// Parses both formats, leniently about spacing and parameter order as
/// CloudAPI's parsers are.
pub fn parse_authorization(value: &str) -> Result<ParsedSignature, String> {
    let rest = value.trim().strip_prefix("Signature ").ok_or("scheme was not `Signature`")?;
    let mut params: Vec<(String, String)> = Vec::new();
    let mut trailing = None;
    let mut cursor = rest;
    loop {
        cursor = cursor.trim_start_matches([' ', ',', '\t']);
        if cursor.is_empty() {
            break;
        }
        let name_len = cursor.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(cursor.len());
        match cursor[name_len..].strip_prefix("=\"") {
            Some(after) if name_len > 0 => {
                let end = after.find('"').ok_or("unterminated quoted parameter")?;
                params.push((cursor[..name_len].to_string(), after[..end].to_string()));
                cursor = &after[end + 1..];
            }
            _ => {
                // The legacy form: everything after the parameters is the signature.
                trailing = Some(cursor.trim().to_string());
                break;
            }
        }
    }
    let param = |name: &str| params.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone());
    let key_id = param("keyId").ok_or("keyId was not specified")?;
    let algorithm = param("algorithm").ok_or("algorithm was not specified")?;
    let headers = param("headers")
        .map(|list| list.split_whitespace().map(str::to_ascii_lowercase).collect())
        .unwrap_or_else(|| vec!["date".to_string()]);
    let (signature, legacy) = match (param("signature"), trailing) {
        (Some(signature), None) => (signature, false),
        (None, Some(signature)) => (signature, true),
        (Some(_), Some(_)) => return Err("unexpected text after the parameters".to_string()),
        (None, None) => return Err("signature was not specified".to_string()),
    };
    Ok(ParsedSignature { key_id, algorithm, headers, signature, legacy })
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;

    use super::*;
    use crate::auth::keys::{self, LoadedKey, RsaHash};

    const SPEC_RSA_KEY: &str = include_str!("../../tests/fixtures/sdc/spec_rsa.pem");

    fn sign(text: &str) -> String {
        let LoadedKey::Ready(key) =
            keys::parse_private_key(std::path::Path::new("spec"), SPEC_RSA_KEY).expect("key")
        else {
            panic!("spec key is not encrypted");
        };
        let signature = key.sign(RsaHash::Sha256, text.as_bytes()).expect("sign");
        base64::engine::general_purpose::STANDARD.encode(signature)
    }

    fn request<'a>(
        method: &'a str,
        target: &'a str,
        header: &'a (dyn Fn(&str) -> Option<String> + Sync),
    ) -> SignedRequest<'a> {
        SignedRequest { method, target, header }
    }

    // The vectors of the reference (`sdc.md` §2.4), byte for byte.
    #[test]
    fn reproduces_the_published_vectors() {
        let thu = |name: &str| (name == "date").then(|| "Thu, 05 Jan 2014 21:31:40 GMT".into());
        let get = request("GET", "/", &thu);
        let modern = signing_string(&["date"], &get, false).expect("string");
        assert_eq!(modern, "date: Thu, 05 Jan 2014 21:31:40 GMT");
        assert_eq!(
            sign(&modern),
            "jKyvPcxB4JbmYY4mByyBY7cZfNl4OW9HpFQlG7N4YcJPteKTu4MWCLyk+gIr0wDgqtLWf9NLpMAMimdfsH7FSWGfbMFSrsVTHNTk0rK3usrfFnti1dxsM4jl0kYJCKTGI/UWkqiaxwNiKqGcdlEDrTcUhhsFsOIo8VhddmZTZ8w="
        );

        let legacy = signing_string(&["date"], &get, true).expect("string");
        assert_eq!(legacy, "Thu, 05 Jan 2014 21:31:40 GMT");
        assert_eq!(
            sign(&legacy),
            "EMJH5ZBQEQlShcl07/8AeyJxh4kXDgsOC+dTRhBVSD7pgWU1cWOKOTyo/EDSNgdZd721BobhlPtGMsCDyu2VEK9H5wwbDSM2Fz2SD5CHd14Y4iq4C76oJen8y19oaqdZqj3y8dA+mmiQimHg2e3frCbeiHOIlu1FLrBXmghpOB8="
        );

        let triton = request("GET", "/my/machines?limit=1000&offset=0", &thu);
        let target = signing_string(&["(request-target)", "date"], &triton, false).expect("s");
        assert_eq!(
            target,
            "(request-target): get /my/machines?limit=1000&offset=0\ndate: Thu, 05 Jan 2014 21:31:40 GMT"
        );
        assert_eq!(
            sign(&target),
            "IDmlzr5heMcQsMyBw3e3U52JntPCOdiHrRF16IbM0qM1daNW31eGpNEkyV79Wc2Q7pmSh4pxPx+DUs96CpW7fABbXjfUy6nzebs0N6y/TgRWpYHXMfFRUiDzXm9kvzgQ35qsBXwKN3TZFBdlBBAReOaP79O8B29PBQA5XcjddFE="
        );
    }

    #[test]
    fn reproduces_the_draft_cavage_vectors() {
        let sun = |name: &str| match name {
            "date" => Some("Sun, 05 Jan 2014 21:31:40 GMT".to_string()),
            "host" => Some("example.com".to_string()),
            _ => None,
        };
        let post = request("POST", "/foo?param=value&pet=dog", &sun);
        let default = signing_string(&["date"], &post, false).expect("string");
        assert_eq!(
            sign(&default),
            "SjWJWbWN7i0wzBvtPl8rbASWz5xQW6mcJmn+ibttBqtifLN7Sazz6m79cNfwwb8DMJ5cou1s7uEGKKCs+FLEEaDV5lp7q25WqS+lavg7T8hc0GppauB6hbgEKTwblDHYGEtbGmtdHgVCk9SuS13F0hZ8FD0k/5OxEPXe5WozsbM="
        );
        let basic = signing_string(&["(request-target)", "host", "date"], &post, false).expect("s");
        assert_eq!(
            basic,
            "(request-target): post /foo?param=value&pet=dog\nhost: example.com\ndate: Sun, 05 Jan 2014 21:31:40 GMT"
        );
        assert_eq!(
            sign(&basic),
            "qdx+H7PHHDZgy4y/Ahn9Tny9V3GP6YgBPyUXMmoxWtLbHpUnXS2mg2+SbrQDMCJypxBLSPQR2aAjn7ndmw2iicw3HMbe8VfEdKFYRqzic+efkb3nndiv/x1xSHDJWeSWkx3ButlYSuBskLu6kd9Fswtemr3lgdDEmn04swr2Os0="
        );
    }

    #[test]
    fn missing_signed_header_is_named() {
        let none = |_: &str| None;
        let err = signing_string(&["date"], &request("GET", "/", &none), false).expect_err("no");
        assert!(err.contains("`date`"));
    }

    #[test]
    fn parses_both_formats() {
        let modern = authorization(SignatureStyle::RequestTarget, "/a/keys/fp", "rsa-sha256", "c2ln");
        assert_eq!(
            modern,
            r#"Signature keyId="/a/keys/fp",algorithm="rsa-sha256",headers="(request-target) date",signature="c2ln""#
        );
        let parsed = parse_authorization(&modern).expect("modern");
        assert_eq!(parsed.headers, ["(request-target)", "date"]);
        assert!(!parsed.legacy);

        let legacy = authorization(SignatureStyle::Legacy, "/a/keys/fp", "rsa-sha256", "c2ln+/A==");
        let parsed = parse_authorization(&legacy).expect("legacy");
        assert_eq!(parsed.signature, "c2ln+/A==");
        assert_eq!(parsed.headers, ["date"]);
        assert!(parsed.legacy);

        // py-smartdc puts the parameters in any order.
        let shuffled = r#"Signature algorithm="rsa-sha1",keyId="/a/keys/k" c2ln"#;
        assert_eq!(parse_authorization(shuffled).expect("ok").key_id, "/a/keys/k");
    }

    #[test]
    fn rejects_malformed_headers() {
        for bad in [
            "Basic dXNlcjpwYXNz",
            r#"Signature algorithm="rsa-sha256",signature="x""#,
            r#"Signature keyId="/a/keys/k",signature="x""#,
            r#"Signature keyId="/a/keys/k",algorithm="rsa-sha256""#,
            r#"Signature keyId="/a/keys/k,algorithm="rsa-sha256""#,
        ] {
            assert!(parse_authorization(bad).is_err(), "{bad}");
        }
    }
}
