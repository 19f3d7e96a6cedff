//! Signing through a running `ssh-agent` (`SSH_AUTH_SOCK`), so private keys
//! never have to be read by kamaki.

use std::path::{Path, PathBuf};

use ssh_agent_lib::agent::Session as _;
use ssh_agent_lib::client::Client;
use ssh_agent_lib::proto::SignRequest;
use ssh_key::public::KeyData;

use super::keys::RsaHash;
use crate::error::{Error, Result};

/// Sign-request flags asking an RSA key for SHA-2 signatures (draft-miller-ssh-agent
/// §3.6.1).
const SSH_AGENT_RSA_SHA2_256: u32 = 0x02;
const SSH_AGENT_RSA_SHA2_512: u32 = 0x04;

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

/// Signs `data` with the agent's `key` (RSA keys with `rsa_hash`), returning the
/// http-signature algorithm and the signature bytes in CloudAPI's encoding.
pub async fn sign(
    socket: &Path,
    key: &KeyData,
    rsa_hash: RsaHash,
    data: &[u8],
) -> Result<(&'static str, Vec<u8>)> {
    let mut client = connect(socket).await?;
    let flags = match (key, rsa_hash) {
        (KeyData::Rsa(_), RsaHash::Sha256) => SSH_AGENT_RSA_SHA2_256,
        (KeyData::Rsa(_), RsaHash::Sha512) => SSH_AGENT_RSA_SHA2_512,
        (KeyData::Rsa(_), RsaHash::Sha1) => {
            // Agents answer SHA-1 requests with legacy `ssh-rsa` blobs the client
            // library cannot decode, and OpenSSH deprecates them.
            return Err(Error::usage("RSA signatures with SHA-1 cannot be made through ssh-agent")
                .hint("set `sdc.rsa_hash` to `sha256` or `sha512`, or `sdc.key_id` to the key file"));
        }
        _ => 0,
    };
    let request = SignRequest { credential: key.clone().into(), data: data.to_vec(), flags };
    let signature =
        client.sign(request).await.map_err(|err| Error::auth(format!("ssh-agent refused to sign: {err}")))?;
    let unexpected = || {
        Error::auth(format!("ssh-agent answered with an unexpected `{}` signature", signature.algorithm()))
    };
    match key {
        KeyData::Rsa(_) => match signature.algorithm().as_str() {
            "rsa-sha2-256" => Ok(("rsa-sha256", signature.as_bytes().to_vec())),
            "rsa-sha2-512" => Ok(("rsa-sha512", signature.as_bytes().to_vec())),
            _ => Err(unexpected()),
        },
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
