//! Request signing for SmartDataCenter/Triton CloudAPI: HTTP signatures made
//! with an SSH key from a file or from a running ssh-agent.

pub mod agent;
pub mod keys;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use ssh_key::public::KeyData;

use self::keys::{LoadedKey, RsaHash, SigningKey};
use crate::error::{Error, Result};
use crate::protocol::httpsig::{self, SignatureStyle, SignedRequest};

/// Where the private half of the signing key lives.
#[derive(Debug, Clone)]
enum KeySource {
    File(Arc<SigningKey>),
    Agent { socket: PathBuf, key: KeyData },
}

/// Signs requests as one account with one key. Cheap to clone.
#[derive(Debug, Clone)]
pub struct RequestSigner {
    key_id: String,
    fingerprint: String,
    source: KeySource,
    rsa_hash: RsaHash,
    style: SignatureStyle,
}

impl RequestSigner {
    /// The key id sent on the wire: `/<account>/keys/<md5 fingerprint>`.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The MD5 fingerprint of the signing key.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The `Authorization` header value for a request.
    pub async fn authorization(&self, method: &str, target: &str, date: &str) -> Result<String> {
        let header = |name: &str| (name == "date").then(|| date.to_string());
        let request = SignedRequest { method, target, header: &header };
        let legacy = self.style == SignatureStyle::Legacy;
        let text = httpsig::signing_string(self.style.headers(), &request, legacy).map_err(Error::general)?;
        let (algorithm, signature) = match &self.source {
            KeySource::File(key) => (key.algorithm(self.rsa_hash), key.sign(self.rsa_hash, text.as_bytes())?),
            KeySource::Agent { socket, key } => {
                agent::sign(socket, key, self.rsa_hash, text.as_bytes()).await?
            }
        };
        let signature = base64::engine::general_purpose::STANDARD.encode(signature);
        Ok(httpsig::authorization(self.style, &self.key_id, algorithm, &signature))
    }
}

/// What to sign with, as configured.
#[derive(Debug, Clone, Default)]
pub struct KeySelection {
    pub account: String,
    /// An MD5 or SHA-256 fingerprint, or a key file path; `None` picks the
    /// first key of the agent or of `~/.ssh`.
    pub key_id: Option<String>,
    pub rsa_hash: RsaHash,
    pub style: SignatureStyle,
    /// The directory searched for key files by fingerprint (`~/.ssh`).
    pub ssh_dir: Option<PathBuf>,
    /// The ssh-agent socket, when one may be used.
    pub agent_socket: Option<PathBuf>,
}

impl KeySelection {
    /// Finds the signing key: by path, or by fingerprint in the agent first and
    /// then in `~/.ssh`, never reading a private key the agent already holds.
    pub async fn resolve(&self) -> Result<RequestSigner> {
        // An unreachable agent is not fatal (key files may do), but it is worth saying
        // when no key is found.
        let (agent_keys, agent_problem) = match &self.agent_socket {
            Some(socket) => match agent::identities(socket).await {
                Ok(keys) => (keys, None),
                Err(err) => (Vec::new(), Some(err.message().to_string())),
            },
            None => (Vec::new(), None),
        };
        match self.key_id.as_deref() {
            Some(wanted) if keys::is_fingerprint(wanted) => {
                if let Some(key) = agent_keys.iter().find(|key| keys::fingerprint_matches(key, wanted)) {
                    return Ok(self.agent_signer(key));
                }
                let found = self
                    .key_files()
                    .into_iter()
                    .find(|(_, public)| keys::fingerprint_matches(public, wanted));
                match found {
                    Some((path, public)) => self.file_signer(&path, public, &agent_keys),
                    None => {
                        let agent = agent_problem.map(|why| format!(" ({why})")).unwrap_or_default();
                        Err(Error::auth(format!(
                            "no SSH key with fingerprint `{wanted}` in ssh-agent{agent} or `{}`",
                            self.ssh_dir_display()
                        ))
                        .hint("list your keys with `ssh-add -l -E md5` or `ssh-keygen -l -E md5 -f KEY.pub`, or set `sdc.key_id` to a private key file"))
                    }
                }
            }
            Some(path) => {
                let path = expand_home(path);
                let public = public_key_of(&path)?;
                self.file_signer(&path, public, &agent_keys)
            }
            None => {
                if let Some(key) = agent_keys.first() {
                    return Ok(self.agent_signer(key));
                }
                match self.key_files().into_iter().next() {
                    Some((path, public)) => self.file_signer(&path, public, &agent_keys),
                    None => Err(Error::usage("no SSH key configured for SmartDataCenter")
                        .hint("set `sdc.key_id` (or `SDC_KEY_ID`) to a key fingerprint or a private key file, or create one with `ssh-keygen -t ed25519`")),
                }
            }
        }
    }

    fn agent_signer(&self, key: &KeyData) -> RequestSigner {
        let socket = self.agent_socket.clone().unwrap_or_default();
        self.signer(key, KeySource::Agent { socket, key: key.clone() })
    }

    fn signer(&self, public: &KeyData, source: KeySource) -> RequestSigner {
        let fingerprint = keys::md5_fingerprint(public);
        RequestSigner {
            key_id: format!("/{}/keys/{fingerprint}", self.account),
            fingerprint,
            source,
            rsa_hash: self.rsa_hash,
            style: self.style,
        }
    }

    /// Signs with a key file, or through the agent when the file is encrypted
    /// and the agent holds the same key.
    fn file_signer(&self, path: &Path, public: KeyData, agent_keys: &[KeyData]) -> Result<RequestSigner> {
        match keys::load_private_key(path)? {
            LoadedKey::Ready(key) => Ok(self.signer(&public, KeySource::File(Arc::new(key)))),
            LoadedKey::Encrypted(encrypted) => {
                if let Some(key) = agent_keys.iter().find(|key| **key == public) {
                    return Ok(self.agent_signer(key));
                }
                if encrypted.can_decrypt()
                    && let Some(passphrase) = prompt_passphrase(path)?
                {
                    let key = encrypted.decrypt(&passphrase)?;
                    return Ok(self.signer(&public, KeySource::File(Arc::new(key))));
                }
                Err(keys::encrypted_error(path))
            }
        }
    }

    /// Key files in the SSH directory: every `X.pub` with a private `X`, the
    /// conventional `id_*` names first.
    fn key_files(&self) -> Vec<(PathBuf, KeyData)> {
        let Some(dir) = &self.ssh_dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut found: Vec<(PathBuf, KeyData)> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "pub"))
            .filter(|path| keys::private_key_path(path).is_file())
            .filter_map(|path| {
                let line = std::fs::read_to_string(&path).ok()?;
                let public = keys::parse_public_key(&line).ok()?;
                Some((keys::private_key_path(&path), public.key_data().clone()))
            })
            .collect();
        found.sort_by_key(|(path, _)| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let rank = match name.as_deref() {
                Some("id_ed25519") => 0,
                Some("id_ecdsa") => 1,
                Some("id_rsa") => 2,
                _ => 3,
            };
            (rank, path.clone())
        });
        found
    }

    fn ssh_dir_display(&self) -> String {
        self.ssh_dir.as_ref().map_or_else(|| "~/.ssh".to_string(), |dir| dir.display().to_string())
    }
}

/// The public key of a key file: from `X.pub` when present, else derived
/// from the private key (readable even for encrypted OpenSSH keys).
fn public_key_of(path: &Path) -> Result<KeyData> {
    let private = keys::private_key_path(path);
    let public_path = PathBuf::from(format!("{}.pub", private.display()));
    if let Ok(line) = std::fs::read_to_string(&public_path) {
        return Ok(keys::parse_public_key(&line)?.key_data().clone());
    }
    let text = std::fs::read_to_string(&private).map_err(|err| {
        Error::usage(format!("cannot read private key `{}`: {err}", private.display()))
            .hint("set `sdc.key_id` to an existing private key file or to a key fingerprint")
    })?;
    if let Ok(key) = ssh_key::PrivateKey::from_openssh(&text) {
        return Ok(key.public_key().key_data().clone());
    }
    match keys::parse_private_key(&private, &text)? {
        LoadedKey::Ready(key) => Ok(key.public_key()?.key_data().clone()),
        LoadedKey::Encrypted(_) => Err(keys::encrypted_error(&private)),
    }
}

/// Expands a leading `~/` to the home directory.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// Asks for a key's passphrase when both stdin and stderr are terminals.
fn prompt_passphrase(path: &Path) -> Result<Option<String>> {
    use std::io::IsTerminal as _;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    let prompt = format!("Enter passphrase for `{}`: ", path.display());
    rpassword::prompt_password(prompt)
        .map(Some)
        .map_err(|err| Error::general(format!("cannot read the passphrase: {err}")))
}
