//! Verifying the HTTP signature of each request, with CloudAPI's checks and
//! error bodies (`lib/auth.js` `signatureAuth`, `lib/authorization.js`).

use std::time::SystemTime;

use axum::http::{HeaderMap, StatusCode};
use base64::Engine as _;

use super::CapiError;
use super::account::AccountRecord;
use crate::auth::keys;
use crate::protocol::httpsig::{self, SignedRequest};

/// The largest accepted distance between the `Date` header and the clock.
const MAX_CLOCK_SKEW_SECS: f64 = 300.0;

const ALGORITHMS: [&str; 10] = [
    "rsa-sha1",
    "rsa-sha256",
    "rsa-sha384",
    "rsa-sha512",
    "dsa-sha1",
    "dsa-sha256",
    "ecdsa-sha256",
    "ecdsa-sha384",
    "ecdsa-sha512",
    "ed25519-sha512",
];

/// The authenticated caller.
#[derive(Debug, Clone)]
pub struct Caller {
    pub login: String,
    pub key_id: String,
}

fn invalid_credentials(message: impl Into<String>) -> CapiError {
    CapiError::new(StatusCode::UNAUTHORIZED, "InvalidCredentials", message)
}

fn invalid_header(why: impl std::fmt::Display) -> CapiError {
    CapiError::new(StatusCode::BAD_REQUEST, "InvalidHeader", format!("Authorization header invalid: {why}"))
}

/// Checks the `Authorization` header of a request; `account` looks an account up by login.
pub(super) fn verify(
    method: &str,
    target: &str,
    headers: &HeaderMap,
    now: SystemTime,
    account: impl FnOnce(&str) -> Option<AccountRecord>,
) -> Result<Caller, CapiError> {
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok()).map(str::to_string);
    let authorization = header("authorization")
        .ok_or_else(|| invalid_credentials("You must make authenticated requests to use CloudAPI"))?;
    let parsed = httpsig::parse_authorization(&authorization).map_err(invalid_header)?;
    let algorithm = parsed.algorithm.to_ascii_lowercase();
    if !ALGORITHMS.contains(&algorithm.as_str()) {
        return Err(invalid_credentials(format!(
            "{} is not a supported signing algorithm",
            parsed.algorithm
        )));
    }
    let segments: Vec<&str> = parsed.key_id.split('/').collect();
    let (login, key_name) = match segments.as_slice() {
        ["", login, "keys", key] if !login.is_empty() && !key.is_empty() => (*login, *key),
        _ => {
            return Err(invalid_credentials(format!(
                "Invalid KeyId {} in authorization header",
                parsed.key_id
            )));
        }
    };

    let date_header = if parsed.headers.iter().any(|h| h == "x-date") { "x-date" } else { "date" };
    if !parsed.headers.iter().any(|h| h == date_header) {
        return Err(invalid_header("the date header must be signed"));
    }
    let date = header(date_header).ok_or_else(|| invalid_header("missing date header"))?;
    let signed_at = httpdate::parse_http_date(&date)
        .map_err(|_| invalid_header(format!("invalid date header `{date}`")))?;
    let skew = match now.duration_since(signed_at) {
        Ok(behind) => behind.as_secs_f64(),
        Err(ahead) => ahead.duration().as_secs_f64(),
    };
    if skew > MAX_CLOCK_SKEW_SECS {
        return Err(invalid_header(format!(
            "clock skew of {skew:.3}s was greater than {MAX_CLOCK_SKEW_SECS}s"
        )));
    }

    let rejected = || invalid_credentials("Invalid authorization credentials supplied");
    let account = account(login).ok_or_else(rejected)?;
    let key = account.key(key_name).ok_or_else(rejected)?;
    let public = keys::parse_public_key(&key.key).map_err(|_| rejected())?;
    let lookup = |name: &str| header(name);
    let request = SignedRequest { method, target, header: &lookup };
    let text = httpsig::signing_string(&parsed.headers, &request, parsed.legacy).map_err(invalid_header)?;
    let signature =
        base64::engine::general_purpose::STANDARD.decode(parsed.signature.trim()).map_err(|_| rejected())?;
    keys::verify(public.key_data(), &algorithm, text.as_bytes(), &signature).map_err(|_| rejected())?;
    Ok(Caller { login: account.login, key_id: parsed.key_id })
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use axum::http::HeaderValue;

    use super::*;
    use crate::auth::keys::{LoadedKey, RsaHash, SigningKey};
    use crate::protocol::httpsig::SignatureStyle;

    const ED25519: &str = include_str!("../../../tests/fixtures/sdc/ed25519");
    const P256: &str = include_str!("../../../tests/fixtures/sdc/p256");
    const RSA: &str = include_str!("../../../tests/fixtures/sdc/rsa_pkcs1.pem");

    fn key(text: &str) -> SigningKey {
        match keys::parse_private_key(Path::new("fixture"), text) {
            Ok(LoadedKey::Ready(key)) => key,
            other => panic!("fixture did not load: {other:?}"),
        }
    }

    fn account_with(signing: &SigningKey) -> AccountRecord {
        let mut account = AccountRecord::new("demo");
        let line = signing.public_key().expect("public").to_openssh().expect("openssh");
        account.add_key(Some("test"), &line).expect("registered");
        account
    }

    /// Headers of a request signed at `signed_at` (the `Date` sent may differ).
    fn signed(
        signing: &SigningKey,
        style: SignatureStyle,
        key: &str,
        signed_at: SystemTime,
        sent: SystemTime,
    ) -> HeaderMap {
        let signed_date = httpdate::fmt_http_date(signed_at);
        let lookup = |name: &str| (name == "date").then(|| signed_date.clone());
        let request = SignedRequest { method: "GET", target: "/my/machines?limit=1", header: &lookup };
        let text = httpsig::signing_string(style.headers(), &request, style == SignatureStyle::Legacy)
            .expect("text");
        let signature = signing.sign(RsaHash::Sha256, text.as_bytes()).expect("sign");
        let encoded = base64::engine::general_purpose::STANDARD.encode(signature);
        let key_id = format!("/demo/keys/{key}");
        let value = httpsig::authorization(style, &key_id, signing.algorithm(RsaHash::Sha256), &encoded);
        let mut headers = HeaderMap::new();
        headers.insert("authorization", HeaderValue::from_str(&value).expect("header"));
        headers.insert("date", HeaderValue::from_str(&httpdate::fmt_http_date(sent)).expect("date"));
        headers
    }

    fn check(headers: &HeaderMap, account: &AccountRecord, now: SystemTime) -> Result<Caller, CapiError> {
        verify("GET", "/my/machines?limit=1", headers, now, |login| {
            (login == "demo").then(|| account.clone())
        })
    }

    fn code(result: Result<Caller, CapiError>) -> (u16, String) {
        let err = result.expect_err("must be rejected");
        (err.status.as_u16(), err.body["code"].as_str().unwrap_or_default().to_string())
    }

    #[test]
    fn accepts_every_key_type_and_format() {
        let now = SystemTime::now();
        for text in [ED25519, P256, RSA] {
            let signing = key(text);
            let account = account_with(&signing);
            for style in [SignatureStyle::Date, SignatureStyle::RequestTarget, SignatureStyle::Legacy] {
                for key_name in ["test".to_string(), account.keys[0].fingerprint.clone()] {
                    let headers = signed(&signing, style, &key_name, now, now);
                    assert_eq!(check(&headers, &account, now).expect("accepted").login, "demo");
                }
            }
        }
    }

    #[test]
    fn rejects_what_cloudapi_rejects() {
        let now = SystemTime::now();
        let signing = key(ED25519);
        let account = account_with(&signing);
        let style = SignatureStyle::RequestTarget;

        let tampered = signed(&signing, style, "test", now, now + Duration::from_secs(1));
        assert_eq!(code(check(&tampered, &account, now)), (401, "InvalidCredentials".into()));

        let unknown = signed(&signing, style, "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff", now, now);
        assert_eq!(code(check(&unknown, &account, now)), (401, "InvalidCredentials".into()));

        let other = key(P256);
        let wrong_key = signed(&other, style, "test", now, now);
        assert_eq!(code(check(&wrong_key, &account, now)), (401, "InvalidCredentials".into()));

        let skewed_at = now - Duration::from_secs(301);
        let skewed = signed(&signing, style, "test", skewed_at, skewed_at);
        let err = check(&skewed, &account, now).expect_err("skewed");
        assert_eq!(err.status.as_u16(), 400);
        assert!(err.body["message"].as_str().unwrap_or_default().contains("clock skew of 301"));

        let mut bad_key_id = signed(&signing, style, "test", now, now);
        let value = bad_key_id["authorization"].to_str().expect("text").replace("/demo/keys/", "/demo/");
        bad_key_id.insert("authorization", HeaderValue::from_str(&value).expect("header"));
        let err = check(&bad_key_id, &account, now).expect_err("bad key id");
        assert!(err.body["message"].as_str().unwrap_or_default().starts_with("Invalid KeyId"));

        let anonymous = HeaderMap::new();
        assert_eq!(code(check(&anonymous, &account, now)), (401, "InvalidCredentials".into()));
    }
}
