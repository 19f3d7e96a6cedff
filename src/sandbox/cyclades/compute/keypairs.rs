//! Key pairs: OpenSSH public keys registered per user (or generated, the private half
//! returned once), fingerprinted as OpenStack does.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::sandbox::cyclades::http::{json_response, parse_wrapped};
use crate::sandbox::cyclades::model::{KEYPAIR, KeypairDoc, keypair_id, timestamp};
use crate::sandbox::{Fault, SandboxState, User};

fn keypair_view(keypair: &KeypairDoc) -> Value {
    json!({
        "name": keypair.name,
        "public_key": keypair.public_key,
        "fingerprint": keypair.fingerprint,
        "user_id": keypair.user_id,
        "created_at": timestamp(keypair.created),
        "updated_at": timestamp(keypair.created),
        "deleted": false,
        "deleted_at": null,
    })
}

/// OpenStack's key fingerprint: the colon-separated MD5 of the key blob.
fn fingerprint(public_key: &ssh_key::PublicKey) -> Result<String, Fault> {
    use md5::Digest;
    let blob =
        public_key.to_bytes().map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?;
    let digest = md5::Md5::digest(&blob);
    Ok(digest.iter().map(|byte| format!("{byte:02x}")).collect::<Vec<_>>().join(":"))
}

pub(super) async fn list_keypairs(
    State(state): State<Arc<SandboxState>>,
    user: User,
) -> Result<Response, Fault> {
    let keypairs = state.store.list::<KeypairDoc>(KEYPAIR)?;
    let items: Vec<Value> = keypairs
        .iter()
        .filter(|keypair| keypair.user_id == user.uuid)
        .map(|keypair| {
            json!({"keypair": {"name": keypair.name, "public_key": keypair.public_key, "fingerprint": keypair.fingerprint}})
        })
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "keypairs": items })))
}

pub(super) async fn show_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(name): Path<String>,
) -> Result<Response, Fault> {
    let keypair = state
        .store
        .get::<KeypairDoc>(KEYPAIR, &keypair_id(&user.uuid, &name))?
        .ok_or_else(|| Fault::not_found(format!("Keypair {name} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "keypair": keypair_view(&keypair) })))
}

#[derive(Deserialize)]
struct KeypairCreate {
    name: String,
    public_key: Option<String>,
}

/// A new ed25519 key pair in OpenSSH format: (private key, public key).
fn generate_keypair(comment: &str) -> Result<(String, ssh_key::PublicKey), Fault> {
    let internal =
        |err: ssh_key::Error| Fault::new(500, "internalServerError", format!("key generation: {err}"));
    let seed: [u8; 32] = rand::random();
    let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
    let keypair = ssh_key::private::Ed25519Keypair::from(signing);
    let private = ssh_key::PrivateKey::new(ssh_key::private::KeypairData::Ed25519(keypair), comment)
        .map_err(internal)?;
    let text = private.to_openssh(ssh_key::LineEnding::LF).map_err(internal)?;
    Ok((text.to_string(), private.public_key().clone()))
}

pub(super) async fn create_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: KeypairCreate = parse_wrapped(&body, "keypair")?;
    let valid_name = !request.name.is_empty()
        && request.name.len() <= 255
        && request.name.chars().all(|c| c.is_ascii_alphanumeric() || "-_. @".contains(c));
    if !valid_name {
        return Err(Fault::bad_request(format!(
            "Invalid keypair name `{}`: use letters, digits, spaces and `-_.@`",
            request.name
        )));
    }
    let (private_key, public_key) = match &request.public_key {
        Some(text) => {
            let key = ssh_key::PublicKey::from_openssh(text.trim())
                .map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?;
            (None, key)
        }
        None => {
            let (private, public) = generate_keypair(&request.name)?;
            (Some(private), public)
        }
    };
    let keypair = KeypairDoc {
        name: request.name.clone(),
        user_id: user.uuid.clone(),
        public_key: public_key
            .to_openssh()
            .map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?,
        fingerprint: fingerprint(&public_key)?,
        created: Utc::now(),
    };
    state.store.transaction(|docs| {
        let id = keypair_id(&user.uuid, &keypair.name);
        if docs.get::<KeypairDoc>(KEYPAIR, &id)?.is_some() {
            return Err(Fault::conflict(format!("Key pair '{}' already exists.", keypair.name)));
        }
        docs.put(KEYPAIR, &id, &keypair)
    })?;
    let mut view = keypair_view(&keypair);
    if let Some(private_key) = private_key {
        view["private_key"] = json!(private_key);
    }
    Ok(json_response(StatusCode::CREATED, json!({ "keypair": view })))
}

pub(super) async fn delete_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(name): Path<String>,
) -> Result<Response, Fault> {
    let existed = state.store.delete(KEYPAIR, &keypair_id(&user.uuid, &name))?;
    if !existed {
        return Err(Fault::not_found(format!("Keypair {name} not found")));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_parse_and_fingerprint() {
        let (private, public) = generate_keypair("test").expect("generates");
        assert!(private.contains("OPENSSH PRIVATE KEY"));
        let fp = fingerprint(&public).expect("fingerprints");
        assert_eq!(fp.split(':').count(), 16);
    }
}
