//! The config file: a default cloud and a table of named clouds with their endpoints and
//! credentials (TOML; `config.example.toml` documents every key).
//!
//! Found through `--config`, then `KAMAKI_CONFIG`, then the platform config dir
//! (`~/.config/kamaki/config.toml` on Linux). Writes are atomic and private (0600).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::auth::keys::RsaHash;
use crate::error::{Error, Result};
use crate::protocol::httpsig::SignatureStyle;

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
    /// The embedded sandbox's knobs (those of `kamaki sandbox serve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<SandboxConfig>,
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
    /// What the cloud is; when left out, [`CloudConfig::kind`] tells it from the keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CloudKind>,
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
    pub signature: Option<SignatureStyle>,
    /// The hash RSA keys sign with: `sha256` (default), `sha512` or `sha1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rsa_hash: Option<RsaHash>,
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

/// How the sandbox's transitions are timed: the `[sandbox]` table, read by the embedded
/// sandbox and by `kamaki sandbox serve` (whose flags of the same names win). Durations are
/// written as `1s`, `300ms`, `0s`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SandboxConfig {
    /// How long a Cyclades server stays in BUILD (default 1s); reboots, starts, stops,
    /// deletes, attachments and port plugs take half as long.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "duration_text")]
    pub build_delay: Option<Duration>,
    /// How long CloudAPI machine transitions take (default 1s).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "duration_text")]
    pub sdc_delay: Option<Duration>,
    /// How long a new LINSTOR disk stays Inconsistent before it is UpToDate, also after its
    /// satellite reconnects (default 1s; the controller property `Sandbox/SyncDelayMs`
    /// overrides it while set).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "duration_text")]
    pub linstor_sync_delay: Option<Duration>,
}

/// Durations in the config file as text (`1s`, `300ms`).
mod duration_text {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        value: &Option<Duration>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(duration) => serializer.serialize_str(&humantime::format_duration(*duration).to_string()),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Duration>, D::Error> {
        let text = String::deserialize(deserializer)?;
        humantime::parse_duration(text.trim()).map(Some).map_err(|e| {
            serde::de::Error::custom(format!("`{text}` is not a duration like `1s` or `300ms`: {e}"))
        })
    }
}

/// Every key a config file may set, `NAME` standing for a cloud's name. The names come
/// from the structs' serde fields, so the list cannot drift from what loads.
pub fn known_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for &top in field_names::<Config>() {
        match top {
            "clouds" => {
                for &field in field_names::<CloudConfig>() {
                    let section = match field {
                        "sdc" => field_names::<SdcConfig>(),
                        "linstor" => field_names::<LinstorConfig>(),
                        "infra" => field_names::<InfraConfig>(),
                        _ => {
                            keys.push(format!("clouds.NAME.{field}"));
                            continue;
                        }
                    };
                    keys.extend(section.iter().map(|name| format!("clouds.NAME.{field}.{name}")));
                }
            }
            "sandbox" => {
                keys.extend(field_names::<SandboxConfig>().iter().map(|name| format!("sandbox.{name}")))
            }
            other => keys.push(other.to_string()),
        }
    }
    keys
}

/// Whether `key` (`clouds.demo.url`) is one of [`known_keys`].
pub fn is_known_key(key: &str) -> bool {
    let parts: Vec<&str> = key.split('.').collect();
    known_keys().iter().any(|known| {
        let pattern: Vec<&str> = known.split('.').collect();
        pattern.len() == parts.len()
            && pattern
                .iter()
                .zip(&parts)
                .all(|(want, part)| *want == "NAME" && !part.is_empty() || want == part)
    })
}

/// The field names serde knows for the struct `T`.
fn field_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    // The recorder always fails once it has the names: there is no value to build.
    let _ = T::deserialize(FieldRecorder(&mut names));
    names
}

/// A deserializer that only records the field list serde hands to `deserialize_struct`.
struct FieldRecorder<'a>(&'a mut &'static [&'static str]);

impl<'de> serde::Deserializer<'de> for FieldRecorder<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("only structs have field names"))
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(serde::de::Error::custom("field names recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
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

    /// Parses config text; errors name the file, line, column and key, and show the line.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        toml::from_str(text).map_err(|e| {
            let message = e.message().trim();
            let Some(place) = e.span().map(|span| error_place(text, span, message)) else {
                return Error::usage(format!("malformed config `{}`: {message}", path.display()))
                    .hint("fix the file, or see `config.example.toml` for every key");
            };
            let key = place.key.as_deref().map(|key| format!(", key `{key}`")).unwrap_or_default();
            Error::usage(format!(
                "malformed config `{}:{}:{}`{key}: {message}\n  {} | {}",
                path.display(),
                place.line,
                place.column,
                place.line,
                place.text
            ))
            .hint("fix the file, or see `config.example.toml` for every key")
        })
    }

    /// Writes the config atomically (temp file + rename) with mode 0600.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::general(format!("cannot serialize config: {e}")))?;
        write_private_atomic(path, text.as_bytes())
    }

    /// The cloud to run against: the selected one with the environment's values applied.
    /// With no cloud configured and none requested, `ST_AUTH` makes a Swift cloud of its
    /// own instead of the embedded sandbox.
    pub fn resolve(&self, requested: Option<&str>, env: &Environment) -> Result<ResolvedCloud> {
        let (name, mut cloud) = match env.swift_auth {
            Some(_) if requested.is_none() && self.clouds.is_empty() => {
                ("swift".to_string(), CloudConfig { kind: Some(CloudKind::Swift), ..CloudConfig::default() })
            }
            _ => self.select_cloud(requested)?,
        };
        let from_env = env.apply(&mut cloud)?;
        Ok(ResolvedCloud { name, cloud, from_env })
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
                Ok((name, CloudConfig { kind: Some(CloudKind::Sandbox), ..CloudConfig::default() }))
            }
            None => Err(Error::usage(format!("no cloud named `{name}` in the config"))
                .hint("`kamaki config list` shows the configured clouds")),
        }
    }
}

/// The variables other clients already read, captured once per command. They override
/// the selected cloud's values from the config file (and the embedded sandbox's), so the
/// precedence is flags > environment > config file > embedded default:
///
/// - `TRITON_URL`/`SDC_URL`, `TRITON_ACCOUNT`/`SDC_ACCOUNT`, `TRITON_KEY_ID`/`SDC_KEY_ID`
///   and `SDC_API_VERSION`: the cloud's `sdc` section (node-triton reads `TRITON_*` first);
/// - `LS_CONTROLLERS` (comma-separated, as linstor-client reads it): `linstor.controllers`;
/// - `ST_AUTH`, `ST_USER`, `ST_KEY` (the swift CLI's): a Swift cloud's v1 auth, and with no
///   config file a Swift cloud of their own.
///
/// Empty `TRITON_*`/`SDC_*`/`LS_CONTROLLERS` count as unset, as node-triton and
/// linstor-client treat them; an empty swift variable is an error when it is used.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Environment {
    sdc_url: Option<EnvValue>,
    sdc_account: Option<EnvValue>,
    sdc_key_id: Option<EnvValue>,
    sdc_api_version: Option<EnvValue>,
    linstor_controllers: Option<EnvValue>,
    swift_auth: Option<EnvValue>,
    swift_user: Option<EnvValue>,
    swift_key: Option<EnvValue>,
}

/// A value from the environment and the variable it came from.
#[derive(Debug, Clone, PartialEq)]
struct EnvValue {
    var: &'static str,
    value: String,
}

/// A cloud key whose value the environment set: what `-v` reports as its origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvOverride {
    /// The key, as in the config file (`sdc.url`).
    pub key: &'static str,
    pub var: &'static str,
}

/// The cloud a command runs against: the selected cloud with the environment applied.
#[derive(Debug, Clone)]
pub struct ResolvedCloud {
    pub name: String,
    pub cloud: CloudConfig,
    /// The keys the environment set, in the order they were applied.
    pub from_env: Vec<EnvOverride>,
}

impl Environment {
    /// Reads the process environment.
    pub fn capture() -> Environment {
        Environment::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the variables through `lookup` (the process environment, or a test's map).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Environment {
        let first_set = |names: &[&'static str]| {
            names.iter().find_map(|&var| {
                lookup(var).filter(|value| !value.trim().is_empty()).map(|value| EnvValue { var, value })
            })
        };
        let swift = |var: &'static str| lookup(var).map(|value| EnvValue { var, value });
        Environment {
            sdc_url: first_set(&["TRITON_URL", "SDC_URL"]),
            sdc_account: first_set(&["TRITON_ACCOUNT", "SDC_ACCOUNT"]),
            sdc_key_id: first_set(&["TRITON_KEY_ID", "SDC_KEY_ID"]),
            sdc_api_version: first_set(&["SDC_API_VERSION"]),
            linstor_controllers: first_set(&["LS_CONTROLLERS"]),
            swift_auth: swift("ST_AUTH"),
            swift_user: swift("ST_USER"),
            swift_key: swift("ST_KEY"),
        }
    }

    /// Overrides `cloud`'s values with those the environment sets; returns which it set.
    fn apply(&self, cloud: &mut CloudConfig) -> Result<Vec<EnvOverride>> {
        let mut applied = Vec::new();
        if cloud.kind() == CloudKind::Swift
            && let Some(auth) = &self.swift_auth
        {
            cloud.auth_url = Some(env_url(auth)?);
            applied.push(EnvOverride { key: "auth_url", var: auth.var });
            // A storage URL and token would be used before the auth URL.
            cloud.storage_url = None;
            cloud.token = None;
            cloud.token_command = None;
            for (value, key, field) in
                [(&self.swift_user, "user", &mut cloud.user), (&self.swift_key, "key", &mut cloud.key)]
            {
                if let Some(value) = value {
                    *field = Some(non_empty(value)?.to_string());
                    applied.push(EnvOverride { key, var: value.var });
                }
            }
        }
        let sdc_values = [
            (&self.sdc_url, "sdc.url"),
            (&self.sdc_account, "sdc.account"),
            (&self.sdc_key_id, "sdc.key_id"),
            (&self.sdc_api_version, "sdc.api_version"),
        ];
        for (value, key) in sdc_values {
            let Some(value) = value else { continue };
            let sdc = cloud.sdc.get_or_insert_with(SdcConfig::default);
            let field = match key {
                "sdc.url" => &mut sdc.url,
                "sdc.account" => &mut sdc.account,
                "sdc.key_id" => &mut sdc.key_id,
                _ => &mut sdc.api_version,
            };
            *field = Some(if key == "sdc.url" { env_url(value)? } else { value.value.trim().to_string() });
            applied.push(EnvOverride { key, var: value.var });
        }
        if let Some(list) = &self.linstor_controllers {
            let linstor = cloud.linstor.get_or_insert_with(LinstorConfig::default);
            linstor.controllers =
                list.value.split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
            applied.push(EnvOverride { key: "linstor.controllers", var: list.var });
        }
        Ok(applied)
    }
}

/// A variable's value, which must not be empty.
fn non_empty(value: &EnvValue) -> Result<&str> {
    let text = value.value.trim();
    if text.is_empty() {
        return Err(Error::usage(format!("`{}` is set but empty", value.var))
            .hint(format!("set it to a value, or unset it (`unset {}`)", value.var)));
    }
    Ok(text)
}

/// A variable's value, which must be an http(s) URL.
fn env_url(value: &EnvValue) -> Result<String> {
    let text = non_empty(value)?;
    match url::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(text.to_string()),
        _ => Err(Error::usage(format!("`{}` is `{text}`, which is not an http(s) URL", value.var))
            .hint(format!("set it to a URL like `https://HOST/…`, or unset it (`unset {}`)", value.var))),
    }
}

/// Where in the file a parse error is.
#[derive(Debug, PartialEq)]
struct ErrorPlace {
    /// 1-based line and column.
    line: usize,
    column: usize,
    /// The line itself.
    text: String,
    /// The dotted key the line sets (`clouds.a.url`), when it sets one.
    key: Option<String>,
}

/// Finds a parse error's line: the line of an unknown key itself when the error names
/// one (serde reports the span of the enclosing table), else where the span starts.
fn error_place(text: &str, span: std::ops::Range<usize>, message: &str) -> ErrorPlace {
    let start = span.start.min(text.len());
    let end = span.end.min(text.len()).max(start);
    let mut offset = start;
    let unknown = message.split('`').nth(1).filter(|_| message.starts_with("unknown field"));
    if let Some(key) = unknown {
        let mut line_start = start;
        for line in text[start..end].split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
                offset = line_start + (line.len() - trimmed.len());
                break;
            }
            line_start += line.len();
        }
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_text = text[line_start..].lines().next().unwrap_or_default();
    let line = text[..offset].matches('\n').count() + 1;
    let column = text[line_start..offset].chars().count() + 1;
    ErrorPlace { line, column, text: line_text.to_string(), key: key_at(text, line_start) }
}

/// The dotted key set by the line starting at `line_start`: the `[table]` above it and the
/// name before its `=`.
fn key_at(text: &str, line_start: usize) -> Option<String> {
    let (name, _) = text[line_start..].lines().next()?.split_once('=')?;
    let name = name.trim().trim_matches('"');
    if name.is_empty() || name.starts_with('#') || name.starts_with('[') {
        return None;
    }
    let table = text[..line_start].lines().rev().find_map(|line| {
        let line = line.trim();
        let header = line.strip_prefix('[')?.split(']').next()?;
        Some(header.trim_start_matches('[').trim().to_string())
    });
    Some(match table {
        Some(table) if !table.is_empty() => format!("{table}.{name}"),
        _ => name.to_string(),
    })
}

impl CloudConfig {
    /// What the cloud is: its `kind`, or else told from its keys — a cloud with a Swift
    /// `storage_url` or `auth_url` and no Synnefo `url` is a Swift cloud.
    pub fn kind(&self) -> CloudKind {
        match self.kind {
            Some(kind) => kind,
            None if self.url.is_none() && (self.storage_url.is_some() || self.auth_url.is_some()) => {
                CloudKind::Swift
            }
            None => CloudKind::Synnefo,
        }
    }

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
        assert!(err.message().contains("c.toml:4:1"), "{}", err.message());
        assert!(err.message().contains("key `clouds.a.tokn`"), "{}", err.message());
        assert!(err.message().contains("4 | tokn = \"t\""), "{}", err.message());
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn type_errors_point_at_the_value() {
        let text = "[clouds.a]\nurl = \"http://x\"\n  retries = \"many\"\n";
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(err.message().contains("c.toml:3:13"), "{}", err.message());
        assert!(err.message().contains("key `clouds.a.retries`"), "{}", err.message());
    }

    #[test]
    fn sdc_signature_and_hash_are_checked_when_the_config_loads() {
        let text = "[clouds.a.sdc]\nsignature = \"request-target\"\nrsa_hash = \"rsa-sha512\"\n";
        let sdc = Config::parse(text, Path::new("c.toml")).unwrap().clouds["a"].sdc.clone().unwrap();
        assert_eq!(
            (sdc.signature, sdc.rsa_hash),
            (Some(SignatureStyle::RequestTarget), Some(RsaHash::Sha512))
        );
        let err = Config::parse("[clouds.a.sdc]\nrsa_hash = \"md5\"\n", Path::new("c.toml")).unwrap_err();
        assert!(
            err.message().contains("c.toml:2:12") && err.message().contains("sdc.rsa_hash"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn swift_clouds_are_told_by_their_keys() {
        let swift = |text: &str| Config::parse(text, Path::new("c.toml")).unwrap().clouds["a"].kind();
        assert_eq!(
            swift("[clouds.a]\nstorage_url = \"http://s/v1/AUTH_a\"\ntoken = \"t\"\n"),
            CloudKind::Swift
        );
        assert_eq!(
            swift("[clouds.a]\nauth_url = \"http://s/auth/v1.0\"\nuser = \"a:b\"\nkey = \"k\"\n"),
            CloudKind::Swift
        );
        assert_eq!(
            swift("[clouds.a]\nurl = \"http://i/identity/v2.0\"\ntoken = \"t\"\n"),
            CloudKind::Synnefo
        );
        assert_eq!(swift("[clouds.a]\nkind = \"sandbox\"\n"), CloudKind::Sandbox);
    }

    fn environment(vars: &[(&str, &str)]) -> Environment {
        let vars: BTreeMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Environment::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn the_environment_wins_over_the_config_file() {
        let text = "[clouds.a]\nurl = \"http://i/identity/v2.0\"\n[clouds.a.sdc]\nurl = \"http://file\"\naccount = \"jill\"\n";
        let config = Config::parse(text, Path::new("c.toml")).unwrap();
        let env =
            environment(&[("SDC_URL", "http://sdc"), ("TRITON_URL", "http://triton"), ("SDC_ACCOUNT", "")]);
        let resolved = config.resolve(None, &env).unwrap();
        let sdc = resolved.cloud.sdc.unwrap();
        assert_eq!((sdc.url.as_deref(), sdc.account.as_deref()), (Some("http://triton"), Some("jill")));
        assert_eq!(resolved.from_env, [EnvOverride { key: "sdc.url", var: "TRITON_URL" }]);
        let err = config.resolve(None, &environment(&[("SDC_URL", "sdc.example.org")])).unwrap_err();
        assert!(err.message().contains("SDC_URL") && err.exit_code() == 2, "{}", err.message());
    }

    #[test]
    fn with_no_config_the_swift_variables_make_a_swift_cloud() {
        let resolved = Config::default()
            .resolve(
                None,
                &environment(&[("ST_AUTH", "http://s/auth/v1.0"), ("ST_USER", "a:b"), ("ST_KEY", "k")]),
            )
            .unwrap();
        assert_eq!((resolved.name.as_str(), resolved.cloud.kind()), ("swift", CloudKind::Swift));
        let err = Config::default().resolve(None, &environment(&[("ST_AUTH", "")])).unwrap_err();
        assert!(err.message().contains("`ST_AUTH` is set but empty"), "{}", err.message());
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
        assert_eq!(cloud.kind(), CloudKind::Sandbox);
    }

    #[test]
    fn known_keys_are_those_of_the_example_config() {
        let keys = known_keys();
        for key in ["default_cloud", "clouds.NAME.url", "clouds.NAME.sdc.rsa_hash", "sandbox.build_delay"] {
            assert!(keys.iter().any(|k| k == key), "{key} missing from {keys:?}");
        }
        // Every key the example sets or shows commented out is known, and the example shows
        // every known key.
        let example = include_str!("../config.example.toml");
        let mut table = String::new();
        let mut shown = std::collections::BTreeSet::new();
        for line in example.lines() {
            let line = line.trim_start_matches("# ").trim();
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let parts: Vec<&str> = header.split('.').collect();
                table = match parts.as_slice() {
                    ["clouds", _, rest @ ..] => {
                        ["clouds", "NAME"].iter().chain(rest).copied().collect::<Vec<_>>().join(".")
                    }
                    _ => header.to_string(),
                };
            } else if let Some((name, _)) = line.split_once(" = ") {
                let key = if table.is_empty() { name.to_string() } else { format!("{table}.{name}") };
                if name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    assert!(is_known_key(&key), "config.example.toml shows unknown key {key}");
                    shown.insert(key);
                }
            }
        }
        let missing: Vec<&String> = keys.iter().filter(|k| !shown.contains(*k)).collect();
        assert!(missing.is_empty(), "config.example.toml does not document {missing:?}");
        assert!(
            is_known_key("clouds.demo.sdc.url")
                && !is_known_key("no_such.key")
                && !is_known_key("clouds.demo")
        );
    }

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        Config::parse(text, Path::new("config.example.toml")).unwrap();
    }
}
