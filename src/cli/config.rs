//! `kamaki config`: read and change the config file.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::json;

use crate::config::{self, Config};
use crate::context::Options;
use crate::error::{Error, Result};
use crate::output::Output;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ConfigCommand {
    /// List every key and value (secrets redacted)
    List,
    /// Print one value, e.g. `default_cloud` or `clouds.demo.url`
    Get { key: String },
    /// Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`
    Set { key: String, value: String },
    /// Remove a key (or a whole cloud: `clouds.NAME`)
    Unset { key: String },
    /// Print where the config file is
    Path,
    /// Open the config file in `$EDITOR`; it is saved only if it is valid
    Edit,
    /// Import the clouds of a kamaki 0.16 `~/.kamakirc`
    ImportKamakirc {
        /// The file to import [default: ~/.kamakirc]
        path: Option<PathBuf>,
        /// Replace clouds that already exist with the same name
        #[arg(long)]
        replace: bool,
    },
}

/// Keys whose values are secrets and never printed.
const SECRET_KEYS: [&str; 3] = ["token", "key", "token_command"];

pub fn run(options: &Options, command: ConfigCommand) -> Result<Output> {
    let path = options.config_path()?;
    match command {
        ConfigCommand::Path => Ok(Output::object(json!({"path": path}))),
        ConfigCommand::List => {
            let table = load_table(&path)?;
            let mut rows = Vec::new();
            flatten("", &toml::Value::Table(table), &mut rows);
            Ok(Output::list(
                rows.into_iter().map(|(key, value)| json!({"key": key, "value": value})),
                &["key", "value"],
            ))
        }
        ConfigCommand::Get { key } => {
            let key = normalize_key(&key);
            let table = load_table(&path)?;
            let value = lookup(&toml::Value::Table(table), &key).ok_or_else(|| {
                Error::not_found(format!("`{key}` is not set in `{}`", path.display()))
                    .hint("`kamaki config list` shows what is set")
            })?;
            let mut rows = Vec::new();
            flatten(&key, &value, &mut rows);
            Ok(Output::list(
                rows.into_iter().map(|(key, value)| json!({"key": key, "value": value})),
                &["key", "value"],
            ))
        }
        ConfigCommand::Set { key, value } => {
            let key = normalize_key(&key);
            if !config::is_known_key(&key) {
                return Err(Error::usage(format!("unknown config key `{key}`; the file is unchanged")).hint(
                    format!("the keys are (NAME is a cloud's name): {}", config::known_keys().join(", ")),
                ));
            }
            let mut table = load_table(&path)?;
            set_value(&mut table, &key, &value, &path)?;
            save_table(&path, table)?;
            Ok(Output::object(json!({"key": key, "status": "set"})))
        }
        ConfigCommand::Unset { key } => {
            let key = normalize_key(&key);
            let mut table = load_table(&path)?;
            if !remove_value(&mut table, &key) {
                return Err(Error::not_found(format!("`{key}` is not set in `{}`", path.display())));
            }
            save_table(&path, table)?;
            Ok(Output::object(json!({"key": key, "status": "unset"})))
        }
        ConfigCommand::Edit => edit(&path),
        ConfigCommand::ImportKamakirc { path: rc_path, replace } => {
            let rc_path =
                match rc_path {
                    Some(p) => p,
                    None => directories::BaseDirs::new().map(|d| d.home_dir().join(".kamakirc")).ok_or_else(
                        || Error::usage("cannot find your home directory").hint("pass the file's path"),
                    )?,
                };
            let text = std::fs::read_to_string(&rc_path)
                .map_err(|e| Error::from(e).context(format!("reading `{}`", rc_path.display())))?;
            let imported =
                config::import_kamakirc(&text).map_err(|e| e.context(format!("`{}`", rc_path.display())))?;
            let mut current = Config::load(&path)?;
            let clash: Vec<&String> =
                imported.clouds.keys().filter(|name| current.clouds.contains_key(*name)).collect();
            if !replace && !clash.is_empty() {
                return Err(Error::conflict(format!(
                    "clouds already in the config: {}",
                    clash.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ))
                .hint("pass `--replace` to overwrite them"));
            }
            let names: Vec<String> = imported.clouds.keys().cloned().collect();
            current.clouds.extend(imported.clouds);
            if current.default_cloud.is_none() {
                current.default_cloud = imported.default_cloud;
            }
            current.save(&path)?;
            Ok(Output::list(
                names.iter().map(|name| json!({"cloud": name, "status": "imported"})),
                &["cloud", "status"],
            ))
        }
    }
}

/// Accepts kamaki's `cloud.NAME.key` spelling for `clouds.NAME.key`.
fn normalize_key(key: &str) -> String {
    match key.strip_prefix("cloud.") {
        Some(rest) => format!("clouds.{rest}"),
        None => key.to_string(),
    }
}

fn load_table(path: &Path) -> Result<toml::Table> {
    // Validate through the typed config first: errors name the file, line and key.
    let config = Config::load(path)?;
    let text =
        toml::to_string(&config).map_err(|e| Error::general(format!("cannot serialize config: {e}")))?;
    text.parse::<toml::Table>().map_err(|e| Error::general(format!("cannot re-read config: {e}")))
}

fn save_table(path: &Path, table: toml::Table) -> Result<()> {
    let config: Config = validate(table, path)?;
    config.save(path)
}

fn validate(table: toml::Table, path: &Path) -> Result<Config> {
    let text =
        toml::to_string(&table).map_err(|e| Error::general(format!("cannot serialize config: {e}")))?;
    Config::parse(&text, path)
}

fn flatten(prefix: &str, value: &toml::Value, rows: &mut Vec<(String, String)>) {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table {
                let full = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&full, value, rows);
            }
        }
        other => {
            let last = prefix.rsplit('.').next().unwrap_or(prefix);
            let shown = if SECRET_KEYS.contains(&last) {
                "<redacted>".to_string()
            } else {
                match other {
                    toml::Value::String(s) => s.clone(),
                    v => v.to_string(),
                }
            };
            rows.push((prefix.to_string(), shown));
        }
    }
}

fn lookup(value: &toml::Value, key: &str) -> Option<toml::Value> {
    let mut current = value;
    for part in key.split('.') {
        current = current.as_table()?.get(part)?;
    }
    Some(current.clone())
}

fn set_value(table: &mut toml::Table, key: &str, raw: &str, path: &Path) -> Result<()> {
    let parts: Vec<&str> = key.split('.').collect();
    let Some((last, parents)) = parts.split_last() else {
        return Err(Error::usage("empty key"));
    };
    // Try the value as a string first (tokens and URLs), then as a TOML value (lists,
    // numbers), keeping whichever makes a valid config.
    let candidates = [Some(toml::Value::String(raw.to_string())), parse_toml_value(raw)];
    let mut last_error = None;
    for candidate in candidates.into_iter().flatten() {
        let mut attempt = table.clone();
        let mut current = &mut attempt;
        for part in parents {
            let entry =
                current.entry(part.to_string()).or_insert_with(|| toml::Value::Table(toml::Table::new()));
            current = match entry {
                toml::Value::Table(t) => t,
                _ => return Err(Error::usage(format!("`{part}` in `{key}` is a value, not a table"))),
            };
        }
        current.insert(last.to_string(), candidate);
        match validate(attempt.clone(), path) {
            Ok(_) => {
                *table = attempt;
                return Ok(());
            }
            Err(e) => last_error = Some(e),
        }
    }
    Err(last_error
        .unwrap_or_else(|| Error::usage(format!("cannot set `{key}`")))
        .hint("see `config.example.toml` for every key and its type"))
}

fn parse_toml_value(raw: &str) -> Option<toml::Value> {
    let doc: toml::Table = format!("v = {raw}").parse().ok()?;
    doc.get("v").cloned()
}

fn remove_value(table: &mut toml::Table, key: &str) -> bool {
    let parts: Vec<&str> = key.split('.').collect();
    let Some((last, parents)) = parts.split_last() else {
        return false;
    };
    let mut current = table;
    for part in parents {
        current = match current.get_mut(*part) {
            Some(toml::Value::Table(t)) => t,
            _ => return false,
        };
    }
    current.remove(*last).is_some()
}

fn edit(path: &Path) -> Result<Output> {
    let editor = std::env::var("VISUAL").or_else(|_| std::env::var("EDITOR")).unwrap_or_else(|_| "vi".into());
    let original = std::fs::read_to_string(path).unwrap_or_default();
    let mut draft = tempfile::Builder::new().suffix(".toml").tempfile()?;
    std::io::Write::write_all(&mut draft, original.as_bytes())?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(draft.path())
        .status()
        .map_err(|e| Error::general(format!("cannot run editor `{editor}`: {e}")))?;
    if !status.success() {
        return Err(Error::general(format!(
            "editor `{editor}` exited with {status}; the config is unchanged"
        )));
    }
    let edited = std::fs::read_to_string(draft.path())?;
    Config::parse(&edited, path)
        .map_err(|e| e.hint("the config is unchanged; run `kamaki config edit` again"))?;
    config::write_private_atomic(path, edited.as_bytes())?;
    Ok(Output::object(json!({"path": path, "status": "saved"})))
}
