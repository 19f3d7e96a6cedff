//! SSH keys for HTTP-signature authentication: loading private keys in the
//! formats people keep on disk (OpenSSH, PKCS#1, PKCS#8 and SEC1 PEM),
//! fingerprints, signing, and verifying signatures against public keys.

use std::path::{Path, PathBuf};

use md5::{Digest, Md5};
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::{BigUint, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};
use signature::{Signer, Verifier};
use ssh_key::private::{EcdsaKeypair, KeypairData};
use ssh_key::public::{EcdsaPublicKey, Ed25519PublicKey, KeyData};
use ssh_key::{HashAlg, PublicKey};

use crate::error::{Error, Result};

/// The hash an RSA key signs with (the config's `sdc.rsa_hash`, also spelled as the
/// algorithm, `rsa-sha256`). ECDSA and Ed25519 keys fix their own hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RsaHash {
    #[serde(alias = "rsa-sha1")]
    Sha1,
    #[default]
    #[serde(alias = "rsa-sha256")]
    Sha256,
    #[serde(alias = "rsa-sha512")]
    Sha512,
}

impl RsaHash {
    pub fn algorithm(self) -> &'static str {
        match self {
            Self::Sha1 => "rsa-sha1",
            Self::Sha256 => "rsa-sha256",
            Self::Sha512 => "rsa-sha512",
        }
    }
}

/// A private key able to produce HTTP signatures.
pub enum SigningKey {
    Rsa(Box<RsaPrivateKey>),
    P256(p256::ecdsa::SigningKey),
    P384(p384::ecdsa::SigningKey),
    Ed25519(Box<ed25519_dalek::SigningKey>),
}

impl std::fmt::Debug for SigningKey {
    // Never print key material, not even in debug logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Rsa(_) => "SigningKey::Rsa(..)",
            Self::P256(_) => "SigningKey::P256(..)",
            Self::P384(_) => "SigningKey::P384(..)",
            Self::Ed25519(_) => "SigningKey::Ed25519(..)",
        })
    }
}

impl SigningKey {
    /// The http-signature algorithm name this key signs with.
    pub fn algorithm(&self, rsa_hash: RsaHash) -> &'static str {
        match self {
            Self::Rsa(_) => rsa_hash.algorithm(),
            Self::P256(_) => "ecdsa-sha256",
            Self::P384(_) => "ecdsa-sha384",
            Self::Ed25519(_) => "ed25519-sha512",
        }
    }

    /// Signs `data`, returning the signature bytes in the encoding CloudAPI
    /// expects: PKCS#1 v1.5 for RSA, ASN.1 DER for ECDSA, raw for Ed25519.
    pub fn sign(&self, rsa_hash: RsaHash, data: &[u8]) -> Result<Vec<u8>> {
        match self {
            Self::Rsa(key) => {
                let (scheme, digest) = rsa_digest(rsa_hash, data);
                key.sign(scheme, &digest).map_err(|err| Error::general(format!("RSA signing failed: {err}")))
            }
            Self::P256(key) => {
                let signature: p256::ecdsa::Signature = key.sign(data);
                Ok(signature.to_der().as_bytes().to_vec())
            }
            Self::P384(key) => {
                let signature: p384::ecdsa::Signature = key.sign(data);
                Ok(signature.to_der().as_bytes().to_vec())
            }
            Self::Ed25519(key) => Ok(key.sign(data).to_bytes().to_vec()),
        }
    }

    /// The matching public key in OpenSSH form.
    pub fn public_key(&self) -> Result<PublicKey> {
        let key_data = match self {
            Self::Rsa(key) => {
                let public = ssh_key::public::RsaPublicKey::try_from(key.to_public_key())
                    .map_err(|err| Error::general(format!("invalid RSA key: {err}")))?;
                KeyData::Rsa(public)
            }
            Self::P256(key) => KeyData::Ecdsa(EcdsaPublicKey::from(key.verifying_key())),
            Self::P384(key) => KeyData::Ecdsa(EcdsaPublicKey::from(key.verifying_key())),
            Self::Ed25519(key) => KeyData::Ed25519(Ed25519PublicKey::from(key.verifying_key())),
        };
        Ok(PublicKey::new(key_data, ""))
    }
}

/// The DER `DigestInfo` header for SHA-1 (RFC 8017 §9.2 note 1); built by hand
/// because the `sha1` crate is compiled without its OID feature.
const SHA1_DIGEST_INFO_PREFIX: [u8; 15] =
    [0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14];

fn rsa_digest(hash: RsaHash, data: &[u8]) -> (Pkcs1v15Sign, Vec<u8>) {
    match hash {
        RsaHash::Sha1 => (
            Pkcs1v15Sign { hash_len: Some(20), prefix: SHA1_DIGEST_INFO_PREFIX.into() },
            sha1::Sha1::digest(data).to_vec(),
        ),
        RsaHash::Sha256 => (Pkcs1v15Sign::new::<sha2::Sha256>(), sha2::Sha256::digest(data).to_vec()),
        RsaHash::Sha512 => (Pkcs1v15Sign::new::<sha2::Sha512>(), sha2::Sha512::digest(data).to_vec()),
    }
}

/// The MD5 fingerprint CloudAPI uses in key ids: colon-separated hex pairs of
/// the MD5 of the public key blob.
pub fn md5_fingerprint(key: &KeyData) -> String {
    let blob = PublicKey::new(key.clone(), "").to_bytes().unwrap_or_default();
    Md5::digest(&blob).iter().map(|byte| format!("{byte:02x}")).collect::<Vec<_>>().join(":")
}

/// The OpenSSH `SHA256:…` fingerprint.
pub fn sha256_fingerprint(key: &KeyData) -> String {
    PublicKey::new(key.clone(), "").fingerprint(HashAlg::Sha256).to_string()
}

/// Whether `wanted` (an MD5 fingerprint with or without the `MD5:` prefix, or
/// an OpenSSH `SHA256:` fingerprint) names `key`.
pub fn fingerprint_matches(key: &KeyData, wanted: &str) -> bool {
    let wanted = wanted.trim();
    if wanted.starts_with("SHA256:") {
        return sha256_fingerprint(key) == wanted.trim_end_matches('=');
    }
    let md5 = wanted.strip_prefix("MD5:").unwrap_or(wanted);
    md5_fingerprint(key).eq_ignore_ascii_case(md5)
}

/// Whether `value` looks like a fingerprint rather than a file path.
pub fn is_fingerprint(value: &str) -> bool {
    let md5 = value.strip_prefix("MD5:").unwrap_or(value);
    value.starts_with("SHA256:")
        || (md5.len() == 47
            && md5.split(':').all(|pair| pair.len() == 2 && pair.chars().all(|c| c.is_ascii_hexdigit())))
}

/// Parses one OpenSSH public key line (`ssh-ed25519 AAAA… comment`).
pub fn parse_public_key(line: &str) -> Result<PublicKey> {
    PublicKey::from_openssh(line.trim()).map_err(|err| {
        Error::usage(format!("invalid OpenSSH public key: {err}"))
            .hint("a public key is one line such as `ssh-ed25519 AAAAC3Nz… you@host`")
    })
}

/// A private key file that is encrypted and has not been decrypted.
#[derive(Debug)]
pub struct EncryptedKey {
    pub path: PathBuf,
    openssh: Option<Box<ssh_key::PrivateKey>>,
}

impl EncryptedKey {
    /// Decrypts an encrypted OpenSSH key with `passphrase`.
    pub fn decrypt(&self, passphrase: &str) -> Result<SigningKey> {
        let Some(key) = &self.openssh else {
            return Err(encrypted_error(&self.path));
        };
        let decrypted = key.decrypt(passphrase).map_err(|_| {
            Error::auth(format!("wrong passphrase for private key `{}`", self.path.display()))
        })?;
        from_openssh_keypair(&self.path, decrypted.key_data())
    }

    /// Whether a passphrase could decrypt it (legacy encrypted PEM cannot be read here).
    pub fn can_decrypt(&self) -> bool {
        self.openssh.is_some()
    }
}

/// The result of reading a private key file.
#[derive(Debug)]
pub enum LoadedKey {
    Ready(SigningKey),
    Encrypted(EncryptedKey),
}

/// The error for an encrypted key we were not allowed to decrypt.
pub fn encrypted_error(path: &Path) -> Error {
    Error::auth(format!("private key `{}` is encrypted with a passphrase", path.display())).hint(format!(
        "add it to your ssh-agent with `ssh-add {}` (kamaki then signs through the agent), \
         or run kamaki on a terminal to be asked for the passphrase",
        path.display()
    ))
}

/// Reads a private key file. `path` may also name the `.pub` file next to it.
pub fn load_private_key(path: &Path) -> Result<LoadedKey> {
    let path = private_key_path(path);
    let text = std::fs::read_to_string(&path).map_err(|err| {
        Error::usage(format!(
            "cannot read private key `{}`: {err}",
            path.display()
        ))
        .hint("set `sdc.key_id` to a fingerprint of a key in your ssh-agent or `~/.ssh`, or to the path of a private key file")
    })?;
    parse_private_key(&path, &text)
}

/// The private key file for `path`, which may name the public half.
pub fn private_key_path(path: &Path) -> PathBuf {
    match path.to_str().and_then(|p| p.strip_suffix(".pub")) {
        Some(private) => PathBuf::from(private),
        None => path.to_path_buf(),
    }
}

/// Parses private key text; `path` is only used in messages.
pub fn parse_private_key(path: &Path, text: &str) -> Result<LoadedKey> {
    let unreadable = |why: &dyn std::fmt::Display| {
        Error::usage(format!("cannot parse private key `{}`: {why}", path.display()))
            .hint("kamaki reads OpenSSH, PKCS#1, PKCS#8 and SEC1 PEM keys (RSA, ECDSA P-256/P-384, Ed25519)")
    };
    let label = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("-----BEGIN ").and_then(|rest| rest.strip_suffix("-----")))
        .ok_or_else(|| unreadable(&"no `-----BEGIN … PRIVATE KEY-----` line"))?;
    let ready = |key| Ok(LoadedKey::Ready(key));
    match label {
        "OPENSSH PRIVATE KEY" => {
            let key = ssh_key::PrivateKey::from_openssh(text).map_err(|err| unreadable(&err))?;
            if key.is_encrypted() {
                return Ok(LoadedKey::Encrypted(EncryptedKey {
                    path: path.to_path_buf(),
                    openssh: Some(Box::new(key)),
                }));
            }
            ready(from_openssh_keypair(path, key.key_data())?)
        }
        "RSA PRIVATE KEY" | "EC PRIVATE KEY" if text.contains("ENCRYPTED") => {
            Ok(LoadedKey::Encrypted(EncryptedKey { path: path.to_path_buf(), openssh: None }))
        }
        "ENCRYPTED PRIVATE KEY" => {
            Ok(LoadedKey::Encrypted(EncryptedKey { path: path.to_path_buf(), openssh: None }))
        }
        "RSA PRIVATE KEY" => {
            let key = RsaPrivateKey::from_pkcs1_pem(text).map_err(|err| unreadable(&err))?;
            ready(SigningKey::Rsa(Box::new(key)))
        }
        "EC PRIVATE KEY" => {
            use p256::elliptic_curve::SecretKey;
            if let Ok(key) = SecretKey::<p256::NistP256>::from_sec1_pem(text) {
                return ready(SigningKey::P256(key.into()));
            }
            let key = SecretKey::<p384::NistP384>::from_sec1_pem(text)
                .map_err(|_| unreadable(&"not a P-256 or P-384 key"))?;
            ready(SigningKey::P384(key.into()))
        }
        "PRIVATE KEY" => parse_pkcs8(text).map(LoadedKey::Ready).map_err(|why| unreadable(&why)),
        other => Err(unreadable(&format!("unsupported PEM block `{other}`"))),
    }
}

/// The fixed DER prefix of a PKCS#8 Ed25519 private key (RFC 8410); the last
/// 32 bytes of the document are the seed.
const ED25519_PKCS8_PREFIX: [u8; 16] =
    [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

fn parse_pkcs8(text: &str) -> std::result::Result<SigningKey, String> {
    if let Ok(key) = RsaPrivateKey::from_pkcs8_pem(text) {
        return Ok(SigningKey::Rsa(Box::new(key)));
    }
    if let Ok(key) = p256::SecretKey::from_pkcs8_pem(text) {
        return Ok(SigningKey::P256(key.into()));
    }
    if let Ok(key) = p384::SecretKey::from_pkcs8_pem(text) {
        return Ok(SigningKey::P384(key.into()));
    }
    let der = pem_body(text)?;
    if der.len() == 48 && der.starts_with(&ED25519_PKCS8_PREFIX) {
        let mut seed = [0u8; 32];
        seed.copy_from_slice(&der[16..]);
        return Ok(SigningKey::Ed25519(Box::new(ed25519_dalek::SigningKey::from_bytes(&seed))));
    }
    Err("not an RSA, P-256, P-384 or Ed25519 PKCS#8 key".to_string())
}

fn pem_body(text: &str) -> std::result::Result<Vec<u8>, String> {
    use base64::Engine as _;
    let body: String =
        text.lines().map(str::trim).filter(|line| !line.starts_with("-----") && !line.is_empty()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|err| format!("invalid base64 in PEM body: {err}"))
}

fn from_openssh_keypair(path: &Path, key: &KeypairData) -> Result<SigningKey> {
    let unsupported = |what: &str| {
        Error::usage(format!(
            "private key `{}` is a {what} key, which CloudAPI does not accept",
            path.display()
        ))
        .hint("use an RSA, ECDSA P-256/P-384 or Ed25519 key")
    };
    match key {
        KeypairData::Rsa(pair) => {
            let int = |mpint: &ssh_key::Mpint| {
                BigUint::from_bytes_be(mpint.as_positive_bytes().unwrap_or_default())
            };
            // rsa ≥ 0.9.7 rejects ssh-key's own conversion (RustCrypto/RSA#463),
            // so the key is rebuilt from its components.
            let key = RsaPrivateKey::from_components(
                int(&pair.public.n),
                int(&pair.public.e),
                int(&pair.private.d),
                vec![int(&pair.private.p), int(&pair.private.q)],
            )
            .map_err(|err| Error::usage(format!("invalid RSA key `{}`: {err}", path.display())))?;
            Ok(SigningKey::Rsa(Box::new(key)))
        }
        KeypairData::Ecdsa(EcdsaKeypair::NistP256 { private, .. }) => {
            p256::ecdsa::SigningKey::from_slice(private.as_slice())
                .map(SigningKey::P256)
                .map_err(|_| unsupported("malformed P-256"))
        }
        KeypairData::Ecdsa(EcdsaKeypair::NistP384 { private, .. }) => {
            p384::ecdsa::SigningKey::from_slice(private.as_slice())
                .map(SigningKey::P384)
                .map_err(|_| unsupported("malformed P-384"))
        }
        KeypairData::Ed25519(pair) => {
            Ok(SigningKey::Ed25519(Box::new(ed25519_dalek::SigningKey::from_bytes(&pair.private.to_bytes()))))
        }
        KeypairData::Ecdsa(EcdsaKeypair::NistP521 { .. }) => Err(unsupported("ECDSA P-521")),
        KeypairData::Dsa(_) => Err(unsupported("DSA")),
        _ => Err(unsupported("non-standard")),
    }
}

/// Why a signature did not verify.
#[derive(Debug, PartialEq, Eq)]
pub enum VerifyError {
    /// The algorithm is not one CloudAPI accepts.
    UnsupportedAlgorithm,
    /// The algorithm does not fit the key type (e.g. `rsa-sha256` with an Ed25519 key).
    AlgorithmMismatch,
    /// The signature is malformed or does not match.
    BadSignature,
}

/// Verifies `signature` over `data` with the public `key`, the way CloudAPI
/// does (algorithm names as in the `Authorization` header, lowercase).
pub fn verify(
    key: &KeyData,
    algorithm: &str,
    data: &[u8],
    signature: &[u8],
) -> std::result::Result<(), VerifyError> {
    let algorithm = algorithm.to_ascii_lowercase();
    let (family, hash) = algorithm.split_once('-').ok_or(VerifyError::UnsupportedAlgorithm)?;
    match (family, key) {
        ("rsa", KeyData::Rsa(public)) => {
            let hash = match hash {
                "sha1" => RsaHash::Sha1,
                "sha256" => RsaHash::Sha256,
                "sha512" => RsaHash::Sha512,
                _ => return Err(VerifyError::UnsupportedAlgorithm),
            };
            // Built from the components: ssh-key's conversion refuses keys
            // under 2048 bits, which CloudAPI still accepts.
            let int = |mpint: &ssh_key::Mpint| {
                BigUint::from_bytes_be(mpint.as_positive_bytes().unwrap_or_default())
            };
            let public =
                RsaPublicKey::new(int(&public.n), int(&public.e)).map_err(|_| VerifyError::BadSignature)?;
            let (scheme, digest) = rsa_digest(hash, data);
            public.verify(scheme, &digest, signature).map_err(|_| VerifyError::BadSignature)
        }
        ("ecdsa", KeyData::Ecdsa(public @ EcdsaPublicKey::NistP256(_))) if hash == "sha256" => {
            let key = p256::ecdsa::VerifyingKey::try_from(public).map_err(|_| VerifyError::BadSignature)?;
            let signature =
                p256::ecdsa::Signature::from_der(signature).map_err(|_| VerifyError::BadSignature)?;
            key.verify(data, &signature).map_err(|_| VerifyError::BadSignature)
        }
        ("ecdsa", KeyData::Ecdsa(public @ EcdsaPublicKey::NistP384(_))) if hash == "sha384" => {
            let key = p384::ecdsa::VerifyingKey::try_from(public).map_err(|_| VerifyError::BadSignature)?;
            let signature =
                p384::ecdsa::Signature::from_der(signature).map_err(|_| VerifyError::BadSignature)?;
            key.verify(data, &signature).map_err(|_| VerifyError::BadSignature)
        }
        ("ed25519", KeyData::Ed25519(public)) if hash == "sha512" => {
            let key = ed25519_dalek::VerifyingKey::try_from(public).map_err(|_| VerifyError::BadSignature)?;
            let signature =
                ed25519_dalek::Signature::from_slice(signature).map_err(|_| VerifyError::BadSignature)?;
            key.verify_strict(data, &signature).map_err(|_| VerifyError::BadSignature)
        }
        ("rsa" | "ecdsa" | "ed25519", _) => Err(VerifyError::AlgorithmMismatch),
        _ => Err(VerifyError::UnsupportedAlgorithm),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The public 1024-bit RSA test key of the http-signature specification
    /// (joyent/node-http-signature `http_signing.md`, Appendix A).
    pub(crate) const SPEC_RSA_KEY: &str = include_str!("../../tests/fixtures/sdc/spec_rsa.pem");
    const SPEC_RSA_PUB: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDCFENGw33yGihy92pDjZQhl0C36rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJwoYi+1hqp1fIekaxsyQ==";

    fn spec_key() -> SigningKey {
        match parse_private_key(Path::new("spec.pem"), SPEC_RSA_KEY) {
            Ok(LoadedKey::Ready(key)) => key,
            other => panic!("spec key did not load: {other:?}"),
        }
    }

    #[test]
    fn fingerprints_match_the_reference() {
        let public = parse_public_key(SPEC_RSA_PUB).expect("public key");
        assert_eq!(md5_fingerprint(public.key_data()), "b4:fd:fa:e0:39:99:73:63:ca:8b:e0:fa:46:f3:f2:38");
        assert_eq!(
            sha256_fingerprint(public.key_data()),
            "SHA256:ExiA/kCzfLSDlsIfB5h+g7Q3ym9F34KwQdv3jZWdxNI"
        );
        assert!(fingerprint_matches(
            public.key_data(),
            "MD5:B4:FD:FA:E0:39:99:73:63:CA:8B:E0:FA:46:F3:F2:38"
        ));
        assert!(is_fingerprint("b4:fd:fa:e0:39:99:73:63:ca:8b:e0:fa:46:f3:f2:38"));
        assert!(!is_fingerprint("~/.ssh/id_rsa"));
    }

    #[test]
    fn pkcs1_key_derives_the_published_public_key() {
        let public = spec_key().public_key().expect("public");
        assert_eq!(md5_fingerprint(public.key_data()), "b4:fd:fa:e0:39:99:73:63:ca:8b:e0:fa:46:f3:f2:38");
    }

    #[test]
    fn every_key_type_signs_and_verifies() {
        let keys = vec![
            spec_key(),
            SigningKey::P256(p256::ecdsa::SigningKey::from_slice(&[7; 32]).expect("p256")),
            SigningKey::P384(p384::ecdsa::SigningKey::from_slice(&[7; 48]).expect("p384")),
            SigningKey::Ed25519(Box::new(ed25519_dalek::SigningKey::from_bytes(&[7; 32]))),
        ];
        for key in keys {
            let public = key.public_key().expect("public");
            let algorithm = key.algorithm(RsaHash::Sha256);
            let signature = key.sign(RsaHash::Sha256, b"date: now").expect("sign");
            assert_eq!(verify(public.key_data(), algorithm, b"date: now", &signature), Ok(()));
            assert_eq!(
                verify(public.key_data(), algorithm, b"date: later", &signature),
                Err(VerifyError::BadSignature)
            );
        }
    }

    #[test]
    fn mismatched_algorithm_is_refused() {
        let public = spec_key().public_key().expect("public");
        assert_eq!(
            verify(public.key_data(), "ed25519-sha512", b"x", b"y"),
            Err(VerifyError::AlgorithmMismatch)
        );
        assert_eq!(
            verify(public.key_data(), "hmac-sha256", b"x", b"y"),
            Err(VerifyError::UnsupportedAlgorithm)
        );
    }

    #[test]
    fn legacy_encrypted_pem_is_reported_as_encrypted() {
        let text = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n";
        let loaded = parse_private_key(Path::new("k"), text).expect("parsed");
        assert!(matches!(loaded, LoadedKey::Encrypted(ref key) if !key.can_decrypt()));
    }

    #[test]
    fn garbage_is_a_usage_error() {
        let err = parse_private_key(Path::new("k"), "hello").expect_err("garbage");
        assert_eq!(err.kind(), crate::error::ErrorKind::Usage);
    }

    /// Every fixture format loads and derives the public key next to it.
    #[test]
    fn fixture_keys_load_in_every_format() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdc");
        for name in [
            "ed25519",
            "p256",
            "p256_sec1.pem",
            "p384_pkcs8.pem",
            "rsa_pkcs1.pem",
            "rsa_pkcs8.pem",
            "ed25519_pkcs8.pem",
        ] {
            let LoadedKey::Ready(key) = load_private_key(&dir.join(name)).expect("loads") else {
                panic!("{name} is not encrypted");
            };
            let expected = std::fs::read_to_string(dir.join(format!("{name}.pub"))).expect("pub");
            let expected = parse_public_key(&expected).expect("public");
            let derived = key.public_key().expect("derived");
            assert_eq!(derived.key_data(), expected.key_data(), "{name}");
        }
    }

    #[test]
    fn encrypted_openssh_keys_decrypt_with_the_passphrase() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdc");
        let LoadedKey::Encrypted(encrypted) = load_private_key(&dir.join("encrypted.pub")).expect("loads")
        else {
            panic!("fixture is encrypted");
        };
        assert!(encrypted.can_decrypt());
        assert_eq!(encrypted.decrypt("wrong").expect_err("wrong").kind(), crate::error::ErrorKind::Auth);
        let key = encrypted.decrypt("correct horse").expect("decrypts");
        let expected = std::fs::read_to_string(dir.join("encrypted.pub")).expect("pub");
        assert_eq!(
            key.public_key().expect("public").key_data(),
            parse_public_key(&expected).expect("p").key_data()
        );
    }
}
