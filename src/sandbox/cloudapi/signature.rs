//! Verifying the HTTP signature of each request, with CloudAPI's checks and
//! error bodies (`lib/auth.js` `signatureAuth`, `lib/authorization.js`).

use std::time::SystemTime;

use axum::http::{HeaderMap, StatusCode};
use base64::Engine as _;

use super::CapiError;
use super::account::AccountRecord;
use crate::auth::httpsig::{self, SignedRequest};
use crate::auth::keys;

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
pub fn verify(
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
