//! The config file: a default cloud and a table of named clouds with their endpoints and
//! credentials (TOML; `config.example.toml` documents every key).
//!
//! Found through `--config`, then `KAMAKI_CONFIG`, then the platform config dir
//! (`~/.config/kamaki/config.toml` on Linux). Writes are atomic and private (0600).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The name of the embedded sandbox cloud, always available.
pub const SANDBOX_CLOUD: &str = "sandbox";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The cloud used when neither `--cloud` nor `KAMAKI_CLOUD` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_cloud: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub clouds: BTreeMap<String, CloudConfig>,
}

/// What kind of service a cloud is.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CloudKind {
    /// A Synnefo deployment reached through its Astakos identity URL.
    #[default]
    Synnefo,
    /// The built-in local sandbox, started in-process.
    Sandbox,
    /// A plain OpenStack Swift object store.
    Swift,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CloudConfig {
    #[serde(default)]
    pub kind: CloudKind,
    /// Synnefo: the Astakos identity URL, e.g. `https://accounts.example.org/identity/v2.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Synnefo token, or Swift token with `storage_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// A shell command whose output is the token (e.g. `pass show cloud/token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_command: Option<String>,
    /// Default Pithos container (default `pithos`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pithos_container: Option<String>,
    /// Default Pithos account (uuid); defaults to the user's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pithos_uuid: Option<String>,
    /// PEM bundle of extra root certificates for this cloud's endpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// How many times a request that is safe to repeat is retried at most (see
    /// docs/retries.md); `--retries` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<u32>,
    /// Sandbox: where its state lives (default: the platform data dir).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// Swift: the storage URL used with `token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_url: Option<String>,
    /// Swift: the v1 auth URL used with `user` and `key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// Swift: the v1 auth user (`account:user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Swift: the v1 auth key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdc: Option<SdcConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linstor: Option<LinstorConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infra: Option<InfraConfig>,
}

/// Joyent SmartDataCenter / Triton CloudAPI credentials.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SdcConfig {
    /// CloudAPI URL, e.g. `https://us-east-1.api.joyent.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The account (login) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The key: an MD5 or SHA-256 fingerprint, or a private key file path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Which signed-header form to send: `date` (default), `request-target`, or `legacy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The hash RSA keys sign with: `sha256` (default), `sha512` or `sha1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rsa_hash: Option<String>,
    /// The CloudAPI version range to ask for (default `~9||~8`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
}

/// LINSTOR controller connection.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LinstorConfig {
    /// Controller URLs tried in order, e.g. `["http://10.0.0.1:3370"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controllers: Vec<String>,
    /// Client certificate and key (PEM) for HTTPS controllers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_cert: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key: Option<PathBuf>,
}

/// Orchestrator settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InfraConfig {
    /// Where infrastructure state is kept (default: the platform data dir).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_dir: Option<PathBuf>,
    /// The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` to share infrastructures
    /// between hosts (default: `state_dir/infra.sqlite`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Seconds a worker's lease on an infrastructure lasts unless renewed (default 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_seconds: Option<u64>,
    /// The bearer token `kamaki infra serve` requires (default: a new one printed at start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// Where the config file lives, given `--config` (which already includes `KAMAKI_CONFIG`
/// through clap's `env`).
pub fn config_path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_path_buf());
    }
    let dirs = project_dirs()?;
    Ok(dirs.config_dir().join("config.toml"))
}

/// The platform data dir (`~/.local/share/kamaki` on Linux): sandbox and infra state.
pub fn data_dir() -> Result<PathBuf> {
    Ok(project_dirs()?.data_dir().to_path_buf())
}

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "kamaki").ok_or_else(|| {
        Error::usage("cannot find your home directory").hint("set `HOME`, or pass `--config PATH`")
    })
}

impl Config {
    /// Loads the file at `path`; a missing file is an empty config (the sandbox cloud).
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::from(e).context(format!("reading config `{}`", path.display())));
            }
        };
        warn_if_readable_by_others(path);
        Config::parse(&text, path)
    }

    /// Parses config text; errors name the file, line and key.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| error_line(text, span, e.message()));
            let location = match line {
                Some(line) => format!("{}:{line}", path.display()),
                None => path.display().to_string(),
            };
            Error::usage(format!("malformed config `{location}`: {}", e.message().trim()))
                .hint("fix the file, or see `config.example.toml` for every key")
        })
    }

    /// Writes the config atomically (temp file + rename) with mode 0600.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::general(format!("cannot serialize config: {e}")))?;
        write_private_atomic(path, text.as_bytes())
    }

    /// The cloud to use: `--cloud`/`KAMAKI_CLOUD`, then `default_cloud`, then the only
    /// cloud, then the embedded sandbox.
    pub fn select_cloud(&self, requested: Option<&str>) -> Result<(String, CloudConfig)> {
        let name = match requested.or(self.default_cloud.as_deref()) {
            Some(name) => name.to_string(),
            None if self.clouds.len() == 1 => self.clouds.keys().next().cloned().unwrap_or_default(),
            None if self.clouds.is_empty() => SANDBOX_CLOUD.to_string(),
            None => {
                let names: Vec<&str> = self.clouds.keys().map(String::as_str).collect();
                return Err(Error::usage(format!(
                    "found {} clouds ({}) but none is the default",
                    names.len(),
                    names.join(", ")
                ))
                .hint("pass `--cloud NAME`, or run `kamaki config set default_cloud NAME`"));
            }
        };
        match self.clouds.get(&name) {
            Some(cloud) => Ok((name, cloud.clone())),
            None if name == SANDBOX_CLOUD => {
                Ok((name, CloudConfig { kind: CloudKind::Sandbox, ..CloudConfig::default() }))
            }
            None => Err(Error::usage(format!("no cloud named `{name}` in the config"))
                .hint("`kamaki config list` shows the configured clouds")),
        }
    }
}

/// The 1-based line of a parse error: the line of an unknown key itself when the error
/// names one (serde reports the span of the enclosing table), else where the span starts.
fn error_line(text: &str, span: std::ops::Range<usize>, message: &str) -> usize {
    let start = span.start.min(text.len());
    let end = span.end.min(text.len()).max(start);
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    let unknown = message.split('`').nth(1).filter(|_| message.starts_with("unknown field"));
    if let Some(key) = unknown {
        let mut offset = start;
        for line in text[start..end].split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
                return line_of(offset);
            }
            offset += line.len();
        }
    }
    line_of(start)
}

impl CloudConfig {
    /// The token: `token`, or the output of `token_command`.
    pub fn resolve_token(&self, cloud_name: &str) -> Result<String> {
        if let Some(token) = &self.token {
            return Ok(token.clone());
        }
        if let Some(command) = &self.token_command {
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg(command)
                .stdin(std::process::Stdio::null())
                .output()
                .map_err(|e| {
                    Error::general(format!("cannot run `token_command` of cloud `{cloud_name}`: {e}"))
                })?;
            if !output.status.success() {
                return Err(Error::auth(format!(
                    "`token_command` of cloud `{cloud_name}` failed with {}",
                    output.status
                )));
            }
            let token = String::from_utf8_lossy(&output.stdout).trim().to_string();
            if token.is_empty() {
                return Err(Error::auth(format!("`token_command` of cloud `{cloud_name}` printed no token")));
            }
            return Ok(token);
        }
        Err(Error::auth(format!("cloud `{cloud_name}` has no token"))
            .hint(format!("run `kamaki config set clouds.{cloud_name}.token TOKEN`")))
    }
}

fn warn_if_readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            crate::output::warn(&format!(
                "config `{}` can be read by other users and may hold tokens; run `chmod 600 {}`",
                path.display(),
                path.display()
            ));
        }
    }
}

/// Writes `bytes` to `path` through a private temp file in the same directory and a
/// rename, so a crash never leaves a half-written file.
pub fn write_private_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::from(e).context(format!("creating `{}`", dir.display())))?;
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| Error::from(e).context(format!("writing into `{}`", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file().set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path)
        .map_err(|e| Error::from(e.error).context(format!("replacing `{}`", path.display())))?;
    Ok(())
}

/// Reads a kamaki 0.16 `~/.kamakirc` (INI with `[cloud "name"]` sections) into clouds.
pub fn import_kamakirc(text: &str) -> Result<Config> {
    let mut config = Config::default();
    let mut section: Option<String> = None;
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(header.trim().to_string());
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(Error::usage(format!("line {}: expected `key = value`, found `{line}`", number + 1)));
        };
        let (key, value) = (key.trim(), value.trim().to_string());
        match section.as_deref() {
            Some("global") if key == "default_cloud" => config.default_cloud = Some(value),
            Some(header) if header.starts_with("cloud") => {
                let name = header.trim_start_matches("cloud").trim().trim_matches('"').to_string();
                let cloud = config.clouds.entry(name).or_default();
                match key {
                    "url" => cloud.url = Some(value),
                    // kamaki allows several space-separated tokens; the first is the session user.
                    "token" => cloud.token = value.split_whitespace().next().map(str::to_string),
                    "pithos_container" => cloud.pithos_container = Some(value),
                    "pithos_uuid" => cloud.pithos_uuid = Some(value),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_line() {
        let text = "default_cloud = \"a\"\n[clouds.a]\nurl = \"http://x\"\ntokn = \"t\"\n";
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(err.message().contains("c.toml:4"), "{}", err.message());
        assert!(err.message().contains("tokn"), "{}", err.message());
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn kamakirc_becomes_clouds() {
        let rc = "# Kamaki configuration file v0.16\n[global]\ndefault_cloud = test\n\n[cloud \"test\"]\nurl = https://a/identity/v2.0\ntoken = t1 t2\n";
        let config = import_kamakirc(rc).unwrap();
        assert_eq!(config.default_cloud.as_deref(), Some("test"));
        let cloud = &config.clouds["test"];
        assert_eq!(cloud.url.as_deref(), Some("https://a/identity/v2.0"));
        assert_eq!(cloud.token.as_deref(), Some("t1"));
    }

    #[test]
    fn no_config_means_sandbox() {
        let (name, cloud) = Config::default().select_cloud(None).unwrap();
        assert_eq!(name, "sandbox");
        assert_eq!(cloud.kind, CloudKind::Sandbox);
    }

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        Config::parse(text, Path::new("config.example.toml")).unwrap();
    }
}
