//! Loading YAML documents as JSON values, with every problem tied to its place.
//!
//! Descriptions are YAML, but everything downstream (validation, templates, the state store) works on
//! `serde_json::Value`, so the conversion happens once, here. Node-definition files may pull other files
//! in with Occopus's `!yaml_import {url: file://…}` and `!text_import {url: file://…}` tags, resolved
//! relative to the importing file.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use serde_yaml::Value as Yaml;

use crate::error::{Error, Result};

/// One problem in a document: which file, where in it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.reason)
        }
    }
}

/// Collects every problem of one document so that the user sees them all at once.
#[derive(Debug)]
pub struct Issues {
    file: String,
    items: Vec<Issue>,
}

impl Issues {
    pub fn new(file: impl Into<String>) -> Self {
        Self { file: file.into(), items: Vec::new() }
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn push(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.items.push(Issue { file: self.file.clone(), path: path.into(), reason: reason.into() });
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// `Ok` when nothing was found, otherwise one usage error listing every problem.
    pub fn into_result(self, what: &str) -> Result<()> {
        if self.items.is_empty() {
            return Ok(());
        }
        Err(self.into_error(what))
    }

    /// One usage error listing every problem found.
    pub fn into_error(self, what: &str) -> Error {
        let count = self.items.len();
        let lines: Vec<String> = self.items.iter().map(|i| format!("  {i}")).collect();
        Error::usage(format!(
            "invalid {what} ({count} problem{}):\n{}",
            if count == 1 { "" } else { "s" },
            lines.join("\n")
        ))
        .hint("fix the listed entries; nothing was created")
    }
}

/// Reads and parses a YAML file into JSON. `resolve_imports` enables the `!yaml_import` and
/// `!text_import` tags (node definitions only).
pub fn load_file(path: &Path, resolve_imports: bool) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!("cannot read `{}`: {e}", path.display()))
            .hint("check the path of the description file")
    })?;
    let base = resolve_imports.then(|| path.parent().unwrap_or(Path::new(".")).to_path_buf());
    parse(&text, &path.display().to_string(), base.as_deref())
}

/// Parses YAML text into JSON. `base` is the directory imports are relative to; `None` rejects tags.
pub fn parse(text: &str, file: &str, base: Option<&Path>) -> Result<Value> {
    let yaml: Yaml = serde_yaml::from_str(text).map_err(|e| {
        Error::usage(format!("{file}: not valid YAML: {e}")).hint("check the indentation and quoting")
    })?;
    let mut issues = Issues::new(file);
    let value = to_json(yaml, base, "", &mut issues);
    issues.into_result("document")?;
    Ok(value)
}

fn to_json(yaml: Yaml, base: Option<&Path>, path: &str, issues: &mut Issues) -> Value {
    match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => serde_json::to_value(&n).unwrap_or(Value::Null),
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(item, base, &format!("{path}[{i}]"), issues))
                .collect(),
        ),
        Yaml::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Yaml::String(s) => s,
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    other => {
                        issues.push(path, format!("unsupported mapping key `{other:?}`"));
                        continue;
                    }
                };
                let child = join(path, &key);
                let value = to_json(value, base, &child, issues);
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Yaml::Tagged(tagged) => {
            let tag = tagged.tag.to_string();
            let Some(base) = base else {
                issues.push(path, format!("YAML tag `{tag}` is only allowed in node definitions"));
                return Value::Null;
            };
            resolve_import(&tag, tagged.value, base, path, issues)
        }
    }
}

fn resolve_import(tag: &str, spec: Yaml, base: &Path, path: &str, issues: &mut Issues) -> Value {
    let url = match &spec {
        Yaml::Mapping(m) => m.get("url").and_then(Yaml::as_str).map(str::to_owned),
        _ => None,
    };
    let Some(url) = url else {
        issues.push(path, format!("`{tag}` needs a mapping with a `url: file://…` key"));
        return Value::Null;
    };
    let Some(relative) = url.strip_prefix("file://") else {
        issues.push(path, format!("`{tag}` url `{url}` must start with `file://`"));
        return Value::Null;
    };
    let file: PathBuf = base.join(relative);
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            issues.push(path, format!("cannot read `{}`: {e}", file.display()));
            return Value::Null;
        }
    };
    match tag {
        "!text_import" => Value::String(text),
        "!yaml_import" => match serde_yaml::from_str::<Yaml>(&text) {
            Ok(yaml) => {
                let nested_base = file.parent().unwrap_or(base).to_path_buf();
                to_json(yaml, Some(&nested_base), path, issues)
            }
            Err(e) => {
                issues.push(path, format!("`{}` is not valid YAML: {e}", file.display()));
                Value::Null
            }
        },
        other => {
            issues.push(
                path,
                format!("unknown YAML tag `{other}` (expected `!yaml_import` or `!text_import`)"),
            );
            Value::Null
        }
    }
}

/// `a.b` style path of a child key, `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

/// A compact YAML-ish rendering of a JSON value for error messages.
pub fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_becomes_json_with_anchors_expanded() {
        let value = parse("a: &x {n: 1}\nb: *x\n3: true\n", "t.yaml", None).expect("parse");
        assert_eq!(value["b"]["n"], 1);
        assert_eq!(value["3"], true);
    }

    #[test]
    fn tags_are_rejected_outside_node_definitions() {
        let err = parse("a: !yaml_import {url: file://x.yaml}\n", "t.yaml", None).expect_err("tag");
        assert!(err.to_string().contains("t.yaml: a: YAML tag `!yaml_import`"), "{err}");
    }

    #[test]
    fn imports_are_resolved_relative_to_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("ci.yaml"), "runcmd: [echo hi]\n").expect("write");
        std::fs::write(dir.path().join("key.pem"), "KEY").expect("write");
        let text = "t: !yaml_import {url: file://ci.yaml}\nk: !text_import {url: file://key.pem}\n";
        let value = parse(text, "n.yaml", Some(dir.path())).expect("parse");
        assert_eq!(value["t"]["runcmd"][0], "echo hi");
        assert_eq!(value["k"], "KEY");
        let err = parse("t: !yaml_import {url: file://missing.yaml}\n", "n.yaml", Some(dir.path()))
            .expect_err("missing import");
        assert!(err.to_string().contains("n.yaml: t: cannot read"), "{err}");
    }
}
