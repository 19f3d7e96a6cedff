//! Node definitions: `'node_def:<type>'` → a list of implementations, each with a `resource`
//! section for one backend, optional `contextualisation` (cloud-init user data), `health_check`
//! and `create_timeout`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::yaml::{Issues, describe, join};

/// The clouds a node can be built on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BackendKind {
    /// A local fake cloud with configurable delays and failures, for tests and benchmarks.
    Dummy,
    /// Synnefo Cyclades servers.
    Cyclades,
    /// Joyent SmartDataCenter (CloudAPI) machines.
    Sdc,
}

impl BackendKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dummy => "dummy",
            Self::Cyclades => "cyclades",
            Self::Sdc => "sdc",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        match name {
            "dummy" => Some(Self::Dummy),
            "cyclades" => Some(Self::Cyclades),
            "sdc" => Some(Self::Sdc),
            _ => None,
        }
    }

    /// The `resource` keys each backend requires and accepts, as Occopus's resource handlers check them.
    fn schema(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Self::Dummy => (
                &["type"],
                &[
                    "name",
                    "server_name",
                    "create_delay",
                    "ready_delay",
                    "fail_create",
                    "fail_ready",
                    "fail_rate",
                    "address",
                ],
            ),
            Self::Cyclades => {
                (&["type", "flavor", "image"], &["name", "server_name", "networks", "project", "metadata"])
            }
            // Without `image` or `dataset`, the datacenter's default image is used.
            Self::Sdc => {
                (&["type", "package"], &["image", "dataset", "name", "server_name", "networks", "metadata"])
            }
        }
    }
}

impl std::fmt::Display for BackendKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an instance is judged healthy once its cloud says it runs. Unlike Occopus, `ping` is off
/// unless asked for: ICMP is often filtered, and a failing default check tears whole builds down.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthCheck {
    #[serde(default)]
    pub ping: bool,
    #[serde(default)]
    pub ports: Vec<u16>,
    /// URLs probed with HEAD; `{{ ip }}` is the instance's address.
    #[serde(default)]
    pub urls: Vec<String>,
    /// Seconds a check may keep failing before the instance counts as failed.
    pub timeout: u64,
}

impl Default for HealthCheck {
    fn default() -> Self {
        Self { ping: false, ports: Vec::new(), urls: Vec::new(), timeout: DEFAULT_HEALTH_TIMEOUT }
    }
}

const DEFAULT_HEALTH_TIMEOUT: u64 = 600;
const DEFAULT_CREATE_TIMEOUT: u64 = 600;

/// One implementation of a node type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeImpl {
    pub backend: BackendKind,
    /// The `resource` section, still holding its templates.
    pub resource: Map<String, Value>,
    /// Cloud-init user data template.
    pub context_template: Option<String>,
    pub health_check: HealthCheck,
    /// Seconds from the create request until the instance must be ready.
    pub create_timeout: u64,
}

impl NodeImpl {
    /// Whether this implementation satisfies a node's `filter` (a subset of `resource`).
    pub fn matches(&self, filter: &Map<String, Value>) -> bool {
        filter.iter().all(|(k, v)| self.resource.get(k) == Some(v))
    }
}

/// Splits a node-definition document into `(type, implementations as stored)` pairs, checking each.
pub fn parse_file(doc: &Value, issues: &mut Issues) -> Vec<(String, Value)> {
    let Some(top) = doc.as_object() else {
        issues.push("", "node definitions must be a mapping of `node_def:<type>` keys");
        return Vec::new();
    };
    if top.is_empty() {
        issues.push("", "the file defines no node types");
    }
    let mut types = Vec::new();
    for (key, impls) in top {
        let Some(node_type) = key.strip_prefix("node_def:").filter(|t| !t.is_empty()) else {
            issues.push(key.as_str(), "keys must look like `node_def:<type>`");
            continue;
        };
        let path = format!("'{key}'");
        if parse_impls(impls, &path, issues).is_some() {
            types.push((node_type.to_owned(), impls.clone()));
        }
    }
    types
}

/// Checks the implementations of one node type (as imported or as stored).
pub fn parse_impls(value: &Value, path: &str, issues: &mut Issues) -> Option<Vec<NodeImpl>> {
    let items = match value {
        Value::Array(items) if !items.is_empty() => items,
        other => {
            issues
                .push(path, format!("must be a non-empty list of implementations, not {}", describe(other)));
            return None;
        }
    };
    let known = issues.len();
    let impls: Vec<Option<NodeImpl>> =
        items.iter().enumerate().map(|(i, item)| parse_impl(item, &format!("{path}[{i}]"), issues)).collect();
    // An implementation with any problem (even one that still parsed) makes the type unusable.
    if issues.len() > known {
        return None;
    }
    impls.into_iter().collect()
}

fn parse_impl(item: &Value, path: &str, issues: &mut Issues) -> Option<NodeImpl> {
    let Some(map) = item.as_object() else {
        issues.push(path, format!("an implementation must be a mapping, not {}", describe(item)));
        return None;
    };
    for key in map.keys() {
        if !matches!(
            key.as_str(),
            "resource" | "contextualisation" | "health_check" | "config_management" | "create_timeout"
        ) {
            issues.push(
                join(path, key),
                "unknown section (expected `resource`, `contextualisation`, `health_check`, `config_management`, `create_timeout`)",
            );
        }
    }
    let resource_path = join(path, "resource");
    let (backend, resource) = match map.get("resource") {
        Some(Value::Object(resource)) => (parse_resource(resource, &resource_path, issues), resource.clone()),
        Some(other) => {
            issues.push(resource_path, format!("must be a mapping, not {}", describe(other)));
            (None, Map::new())
        }
        None => {
            issues.push(resource_path, "is required");
            (None, Map::new())
        }
    };
    let context_template =
        parse_context(map.get("contextualisation"), &join(path, "contextualisation"), issues);
    let health_check = parse_health_check(map.get("health_check"), &join(path, "health_check"), issues);
    match map.get("config_management") {
        None | Some(Value::Null) => {}
        Some(Value::Object(cm)) if matches!(cm.get("type").and_then(Value::as_str), Some("dummy") | None) => {
        }
        Some(other) => issues.push(
            join(path, "config_management"),
            format!("configuration managers are not supported (only `type: dummy`), got {}", describe(other)),
        ),
    }
    let create_timeout = positive_seconds(map.get("create_timeout"), &join(path, "create_timeout"), issues)
        .unwrap_or(DEFAULT_CREATE_TIMEOUT);
    Some(NodeImpl {
        backend: backend?,
        resource,
        context_template: context_template.ok()?,
        health_check: health_check?,
        create_timeout,
    })
}

fn parse_resource(resource: &Map<String, Value>, path: &str, issues: &mut Issues) -> Option<BackendKind> {
    let backend = match resource.get("type") {
        Some(Value::String(name)) => match BackendKind::parse(name) {
            Some(kind) => kind,
            None => {
                issues.push(
                    join(path, "type"),
                    format!("unknown resource type `{name}` (expected `cyclades`, `sdc` or `dummy`)"),
                );
                return None;
            }
        },
        Some(other) => {
            issues.push(join(path, "type"), format!("must be a string, not {}", describe(other)));
            return None;
        }
        None => {
            issues.push(join(path, "type"), "is required (`cyclades`, `sdc` or `dummy`)");
            return None;
        }
    };
    let (required, optional) = backend.schema();
    let mut ok = true;
    for key in required {
        if !resource.contains_key(*key) {
            issues.push(join(path, key), format!("is required for `{backend}` resources"));
            ok = false;
        }
    }
    for (key, value) in resource {
        let key = key.as_str();
        if !required.contains(&key) && !optional.contains(&key) {
            issues.push(
                join(path, key),
                format!(
                    "unknown key for `{backend}` resources (allowed: {})",
                    [required, optional].concat().join(", ")
                ),
            );
            ok = false;
            continue;
        }
        let valid = match key {
            "create_delay" | "ready_delay" => value.as_f64().is_some_and(|v| (0.0..=3600.0).contains(&v)),
            "fail_rate" => value.as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)),
            "fail_create" | "fail_ready" => value.is_boolean(),
            "networks" => value.as_array().is_some_and(|a| a.iter().all(|n| n.is_string() || n.is_number())),
            "metadata" => value.as_object().is_some_and(|m| m.values().all(Value::is_string)),
            "flavor" | "image" | "dataset" | "package" | "project" => value.is_string() || value.is_number(),
            _ => value.is_string(),
        };
        if !valid {
            let expected = match key {
                "create_delay" | "ready_delay" => "seconds between 0 and 3600",
                "fail_rate" => "a probability between 0 and 1",
                "fail_create" | "fail_ready" => "true or false",
                "networks" => "a list of network ids",
                "metadata" => "a mapping of strings",
                "flavor" | "image" | "dataset" | "package" | "project" => "an id or a name",
                _ => "a string",
            };
            issues.push(join(path, key), format!("must be {expected}, not {}", describe(value)));
            ok = false;
        }
    }
    if resource.contains_key("image") && resource.contains_key("dataset") {
        issues.push(path, "give `image` or `dataset`, not both (a dataset is the old name of an image)");
        ok = false;
    }
    ok.then_some(backend)
}

/// The cloud-init template as text: a mapping becomes a `#cloud-config` document, as in Occopus.
fn parse_context(value: Option<&Value>, path: &str, issues: &mut Issues) -> Result<Option<String>, ()> {
    let map = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(map)) => map,
        Some(other) => {
            issues.push(path, format!("must be a mapping, not {}", describe(other)));
            return Err(());
        }
    };
    let mut ok = true;
    for key in map.keys() {
        if !matches!(key.as_str(), "type" | "context_template" | "attributes") {
            issues.push(join(path, key), "unknown key (expected `type`, `context_template`)");
            ok = false;
        }
    }
    match map.get("type").and_then(Value::as_str) {
        Some("cloudinit") => {}
        _ => {
            issues.push(join(path, "type"), "must be `cloudinit`");
            ok = false;
        }
    }
    let template = match map.get("context_template") {
        Some(Value::String(text)) => Some(text.clone()),
        Some(doc @ (Value::Object(_) | Value::Array(_))) => match serde_yaml::to_string(doc) {
            Ok(yaml) => Some(format!("#cloud-config\n{yaml}")),
            Err(e) => {
                issues.push(join(path, "context_template"), format!("cannot be written as YAML: {e}"));
                None
            }
        },
        Some(other) => {
            issues.push(
                join(path, "context_template"),
                format!("must be text or a cloud-config mapping, not {}", describe(other)),
            );
            None
        }
        None => {
            issues.push(join(path, "context_template"), "is required for `cloudinit`");
            None
        }
    };
    match template {
        Some(template) if ok => Ok(Some(template)),
        _ => Err(()),
    }
}

fn parse_health_check(value: Option<&Value>, path: &str, issues: &mut Issues) -> Option<HealthCheck> {
    let map = match value {
        None | Some(Value::Null) => return Some(HealthCheck::default()),
        Some(Value::Object(map)) => map,
        Some(other) => {
            issues.push(path, format!("must be a mapping, not {}", describe(other)));
            return None;
        }
    };
    let mut check = HealthCheck::default();
    let mut ok = true;
    for (key, value) in map {
        let key_path = join(path, key);
        match key.as_str() {
            "type" if value.as_str() == Some("basic") => {}
            "ping" => match value.as_bool() {
                Some(ping) => check.ping = ping,
                None => {
                    issues.push(key_path, format!("must be true or false, not {}", describe(value)));
                    ok = false;
                }
            },
            "ports" => {
                let ports: Option<Vec<u16>> = value.as_array().and_then(|ports| {
                    ports
                        .iter()
                        .map(|p| p.as_u64().and_then(|p| u16::try_from(p).ok()).filter(|p| *p > 0))
                        .collect()
                });
                match ports {
                    Some(ports) => check.ports = ports,
                    None => {
                        issues
                            .push(key_path, format!("must be a list of TCP ports, not {}", describe(value)));
                        ok = false;
                    }
                }
            }
            "urls" => {
                let urls: Option<Vec<String>> = value
                    .as_array()
                    .and_then(|urls| urls.iter().map(|u| u.as_str().map(str::to_owned)).collect());
                match urls {
                    Some(urls) => check.urls = urls,
                    None => {
                        issues.push(key_path, format!("must be a list of URLs, not {}", describe(value)));
                        ok = false;
                    }
                }
            }
            "timeout" => match positive_seconds(Some(value), &key_path, issues) {
                Some(timeout) => check.timeout = timeout,
                None => ok = false,
            },
            "mysqldbs" => {
                issues.push(key_path, "MySQL checks are not supported (use `ports` or `urls`)");
                ok = false;
            }
            _ => {
                issues.push(key_path, "unknown key (expected `ping`, `ports`, `urls`, `timeout`)");
                ok = false;
            }
        }
    }
    ok.then_some(check)
}

fn positive_seconds(value: Option<&Value>, path: &str, issues: &mut Issues) -> Option<u64> {
    match value {
        None | Some(Value::Null) => None,
        Some(v) => match v.as_u64().filter(|s| *s > 0) {
            Some(seconds) => Some(seconds),
            None => {
                issues.push(path, format!("must be a whole number of seconds, not {}", describe(v)));
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::yaml::parse;

    fn check(text: &str) -> Result<Vec<(String, Value)>, String> {
        let doc = parse(text, "nodes.yaml", None).map_err(|e| e.to_string())?;
        let mut issues = Issues::new("nodes.yaml");
        let types = parse_file(&doc, &mut issues);
        issues.into_result("node definitions").map_err(|e| e.to_string())?;
        Ok(types)
    }

    #[test]
    fn valid_definitions_with_every_section() {
        let types = check(
            "'node_def:db':\n  - resource: {type: dummy, create_delay: 0.5}\n    contextualisation:\n      type: cloudinit\n      context_template: {runcmd: ['echo {{ variables.x }}']}\n    health_check: {ports: [22], timeout: 5}\n    create_timeout: 30\n",
        )
        .expect("valid");
        assert_eq!(types[0].0, "db");
        let mut issues = Issues::new("x");
        let impls = parse_impls(&types[0].1, "db", &mut issues).expect("impls");
        assert_eq!(impls[0].backend, BackendKind::Dummy);
        assert!(impls[0].context_template.as_deref().is_some_and(|t| t.starts_with("#cloud-config\n")));
        assert_eq!(impls[0].health_check.ports, vec![22]);
        assert!(!impls[0].health_check.ping, "ping is opt-in");
        assert_eq!(impls[0].create_timeout, 30);
    }

    #[test]
    fn schema_errors_name_the_key() {
        let err = check(
            "'node_def:a':\n  - resource: {type: cyclades, flavor: 1, colour: red}\n    health_check: {ports: [0]}\n'bad': []\n'node_def:b':\n  - resource: {type: ec2}\n",
        )
        .expect_err("invalid");
        for needle in [
            "nodes.yaml: 'node_def:a'[0].resource.image: is required for `cyclades` resources",
            "nodes.yaml: 'node_def:a'[0].resource.colour: unknown key for `cyclades` resources",
            "nodes.yaml: 'node_def:a'[0].health_check.ports: must be a list of TCP ports",
            "nodes.yaml: bad: keys must look like `node_def:<type>`",
            "nodes.yaml: 'node_def:b'[0].resource.type: unknown resource type `ec2`",
        ] {
            assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
        }
    }

    #[test]
    fn filters_match_resource_subsets() {
        let imp = NodeImpl {
            backend: BackendKind::Dummy,
            resource: serde_json::json!({"type": "dummy", "name": "a"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            context_template: None,
            health_check: HealthCheck::default(),
            create_timeout: 1,
        };
        let filter = serde_json::json!({"type": "dummy"}).as_object().cloned().unwrap_or_default();
        assert!(imp.matches(&filter));
        let filter = serde_json::json!({"type": "sdc"}).as_object().cloned().unwrap_or_default();
        assert!(!imp.matches(&filter));
    }
}
