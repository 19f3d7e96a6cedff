//! Signing through a running `ssh-agent` (`SSH_AUTH_SOCK`), so private keys
//! never have to be read by kamaki.

use std::path::{Path, PathBuf};

use ssh_agent_lib::agent::Session as _;
use ssh_agent_lib::client::Client;
use ssh_agent_lib::proto::SignRequest;
use ssh_key::public::KeyData;

use crate::error::{Error, Result};

/// Asks an RSA key for an `rsa-sha2-256` signature (draft-miller-ssh-agent §3.6.1).
const SSH_AGENT_RSA_SHA2_256: u32 = 0x02;

/// The agent socket from the environment, when one is configured.
pub fn socket_from_env() -> Option<PathBuf> {
    std::env::var_os("SSH_AUTH_SOCK").filter(|value| !value.is_empty()).map(PathBuf::from)
}

async fn connect(socket: &Path) -> Result<Client<tokio::net::UnixStream>> {
    let stream = tokio::net::UnixStream::connect(socket).await.map_err(|err| {
        Error::auth(format!(
            "cannot connect to ssh-agent at `{}`: {err}",
            socket.display()
        ))
        .hint("start an agent with `eval $(ssh-agent)` and `ssh-add`, or unset `SSH_AUTH_SOCK` to use key files")
    })?;
    Ok(Client::new(stream))
}

/// The public keys the agent holds.
pub async fn identities(socket: &Path) -> Result<Vec<KeyData>> {
    let mut client = connect(socket).await?;
    let identities = client
        .request_identities()
        .await
        .map_err(|err| Error::auth(format!("ssh-agent did not list its keys: {err}")))?;
    Ok(identities.into_iter().map(|identity| identity.credential.key_data().clone()).collect())
}

/// Signs `data` with the agent's `key`, returning the http-signature
/// algorithm and the signature bytes in CloudAPI's encoding.
pub async fn sign(socket: &Path, key: &KeyData, data: &[u8]) -> Result<(&'static str, Vec<u8>)> {
    let mut client = connect(socket).await?;
    let request = SignRequest {
        credential: key.clone().into(),
        data: data.to_vec(),
        flags: if matches!(key, KeyData::Rsa(_)) { SSH_AGENT_RSA_SHA2_256 } else { 0 },
    };
    let signature =
        client.sign(request).await.map_err(|err| Error::auth(format!("ssh-agent refused to sign: {err}")))?;
    let unexpected = || {
        Error::auth(format!("ssh-agent answered with an unexpected `{}` signature", signature.algorithm()))
    };
    match key {
        KeyData::Rsa(_) if signature.algorithm().as_str() == "rsa-sha2-256" => {
            Ok(("rsa-sha256", signature.as_bytes().to_vec()))
        }
        KeyData::Ecdsa(ssh_key::public::EcdsaPublicKey::NistP256(_)) => {
            let signature = p256::ecdsa::Signature::try_from(&signature).map_err(|_| unexpected())?;
            Ok(("ecdsa-sha256", signature.to_der().as_bytes().to_vec()))
        }
        KeyData::Ecdsa(ssh_key::public::EcdsaPublicKey::NistP384(_)) => {
            let signature = p384::ecdsa::Signature::try_from(&signature).map_err(|_| unexpected())?;
            Ok(("ecdsa-sha384", signature.to_der().as_bytes().to_vec()))
        }
        KeyData::Ed25519(_) => Ok(("ed25519-sha512", signature.as_bytes().to_vec())),
        _ => Err(unexpected()),
    }
}
