//! Accounts and their SSH keys: `GET/POST /:login`, `/:login/keys[/:key]`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{CapiError, Datacenter, Form, RequestContext, created, json_response, no_content, now_iso};
use crate::auth::keys;

/// A CloudAPI account as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct AccountRecord {
    pub id: String,
    pub login: String,
    pub email: String,
    #[serde(default)]
    pub profile: serde_json::Map<String, Value>,
    pub created: String,
    pub updated: String,
    #[serde(default)]
    pub keys: Vec<KeyRecord>,
}

/// A registered public key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct KeyRecord {
    pub name: String,
    pub fingerprint: String,
    pub key: String,
}

/// The account fields UpdateAccount may change.
const PROFILE_FIELDS: [&str; 11] = [
    "email",
    "companyName",
    "firstName",
    "lastName",
    "address",
    "postalCode",
    "city",
    "state",
    "country",
    "phone",
    "triton_cns_enabled",
];

impl AccountRecord {
    pub(super) fn new(login: &str) -> Self {
        let now = now_iso();
        Self {
            id: uuid::Uuid::new_v4().to_string(),
            login: login.to_string(),
            email: format!("{login}@sandbox.invalid"),
            profile: serde_json::Map::new(),
            created: now.clone(),
            updated: now,
            keys: Vec::new(),
        }
    }

    /// A key by name or MD5 fingerprint, as CloudAPI looks keys up.
    pub(super) fn key(&self, name_or_fingerprint: &str) -> Option<&KeyRecord> {
        self.keys.iter().find(|key| {
            key.name == name_or_fingerprint || key.fingerprint.eq_ignore_ascii_case(name_or_fingerprint)
        })
    }

    /// Registers an OpenSSH public key line; `None` when it is invalid or
    /// already registered (by key or by name).
    pub(super) fn add_key(&mut self, name: Option<&str>, line: &str) -> Option<KeyRecord> {
        let public = keys::parse_public_key(line).ok()?;
        let fingerprint = keys::md5_fingerprint(public.key_data());
        let name = name.filter(|n| !n.is_empty()).unwrap_or(&fingerprint).to_string();
        if self.key(&fingerprint).is_some() || self.key(&name).is_some() {
            return None;
        }
        let record = KeyRecord { name, fingerprint, key: line.trim().to_string() };
        self.keys.push(record.clone());
        Some(record)
    }

    pub(super) fn to_json(&self) -> Value {
        let mut account = json!({
            "id": self.id,
            "login": self.login,
            "email": self.email,
        });
        for (field, value) in &self.profile {
            account[field] = value.clone();
        }
        account["created"] = json!(self.created);
        account["updated"] = json!(self.updated);
        account
    }
}

impl KeyRecord {
    fn to_json(&self) -> Value {
        json!({"name": self.name, "fingerprint": self.fingerprint, "key": self.key})
    }
}

pub(super) async fn get_account(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
) -> Result<Response, CapiError> {
    let account = dc.account(&ctx, &login)?;
    Ok(json_response(StatusCode::OK, &account.to_json()))
}

pub(super) async fn update_account(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut account = dc.account(&ctx, &login)?;
    for (field, value) in params {
        if field == "email" {
            account.email = value.as_str().unwrap_or_default().to_string();
        } else if PROFILE_FIELDS.contains(&field.as_str()) {
            account.profile.insert(field, value);
        }
    }
    account.updated = now_iso();
    dc.api.save_account(&account)?;
    Ok(json_response(StatusCode::OK, &account.to_json()))
}

pub(super) async fn list_keys(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
) -> Result<Response, CapiError> {
    let account = dc.account(&ctx, &login)?;
    let keys: Vec<Value> = account.keys.iter().map(KeyRecord::to_json).collect();
    Ok(json_response(StatusCode::OK, &keys))
}

pub(super) async fn get_key(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, key)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let account = dc.account(&ctx, &login)?;
    let key = account.key(&key).ok_or_else(|| CapiError::not_found(format!("{key} does not exist")))?;
    Ok(json_response(StatusCode::OK, &key.to_json()))
}

pub(super) async fn create_key(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let line = params
        .get("key")
        .and_then(Value::as_str)
        .ok_or_else(|| CapiError::missing("key is a required argument"))?;
    let name = params.get("name").and_then(Value::as_str);
    let _guard = dc.api.write_lock.lock().await?;
    let mut account = dc.account(&ctx, &login)?;
    let key =
        account.add_key(name, line).ok_or_else(|| CapiError::invalid("key already exists or is invalid"))?;
    dc.api.save_account(&account)?;
    let location = format!(
        "/{}/keys/{}",
        account.login,
        percent_encoding::utf8_percent_encode(&key.fingerprint, percent_encoding::NON_ALPHANUMERIC)
    );
    Ok(created(&location, &key.to_json()))
}

pub(super) async fn delete_key(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, key)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut account = dc.account(&ctx, &login)?;
    let before = account.keys.len();
    account.keys.retain(|record| record.name != key && !record.fingerprint.eq_ignore_ascii_case(&key));
    if account.keys.len() == before {
        return Err(CapiError::not_found(format!("{key} does not exist")));
    }
    dc.api.save_account(&account)?;
    Ok(no_content())
}
