//! The infrastructure description (`infra_name`, `user_id`, `nodes`, `dependencies`, `variables`),
//! validated as Occopus's schema checker does, but reporting every problem with its path at once.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::yaml::{Issues, describe, join};

/// A validated infrastructure description.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InfraDescription {
    pub infra_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    pub nodes: Vec<NodeEntry>,
    #[serde(default)]
    pub dependencies: Vec<Dependency>,
    #[serde(default)]
    pub variables: Map<String, Value>,
}

/// One node of the infrastructure: a name, the node-definition type it is built from, and its scale.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NodeEntry {
    pub name: String,
    #[serde(rename = "type")]
    pub node_type: String,
    pub scaling: Scaling,
    /// Subset of a `resource` section an implementation must match to be chosen.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub filter: Map<String, Value>,
    /// Infrastructure variables with this node's own deep-merged over them.
    #[serde(default)]
    pub variables: Map<String, Value>,
}

/// Instance-count limits; the requested count is always clamped into `[min, max]`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Scaling {
    pub min: u32,
    pub max: u32,
}

impl Scaling {
    pub fn clamp(&self, count: i64) -> u32 {
        count.clamp(i64::from(self.min), i64::from(self.max)) as u32
    }
}

/// `dependent` needs `dependee`: it is built after it and may read its addresses.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Dependency {
    pub dependent: String,
    pub dependee: String,
}

impl InfraDescription {
    pub fn node(&self, name: &str) -> Option<&NodeEntry> {
        self.nodes.iter().find(|n| n.name == name)
    }

    /// Validates a parsed document; `issues` receives every problem found.
    pub fn from_value(doc: &Value, issues: &mut Issues) -> Option<Self> {
        let Some(top) = doc.as_object() else {
            issues.push("", "an infrastructure description must be a mapping");
            return None;
        };
        for key in top.keys() {
            if !matches!(key.as_str(), "infra_name" | "user_id" | "nodes" | "dependencies" | "variables") {
                issues.push(
                    key.as_str(),
                    "unknown key (expected `infra_name`, `user_id`, `nodes`, `dependencies`, `variables`)",
                );
            }
        }
        let infra_name = match top.get("infra_name") {
            Some(Value::String(name)) => {
                check_hostname_label(name, "infra_name", issues);
                name.clone()
            }
            Some(other) => {
                issues.push("infra_name", format!("must be a string, not {}", describe(other)));
                String::new()
            }
            None => {
                issues.push("infra_name", "is required");
                String::new()
            }
        };
        let user_id = match top.get("user_id") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                issues.push("user_id", format!("must be a string, not {}", describe(other)));
                None
            }
        };
        let variables = mapping_or_empty(top.get("variables"), "variables", issues);
        let mut seen = std::collections::BTreeSet::new();
        let nodes = match top.get("nodes") {
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let node = parse_node(item, &format!("nodes[{i}]"), &variables, issues)?;
                    if !seen.insert(node.name.clone()) {
                        let reason = format!("node name `{}` is used twice", node.name);
                        issues.push(format!("nodes[{i}].name"), reason);
                    }
                    Some(node)
                })
                .collect(),
            Some(Value::Array(_)) => {
                issues.push("nodes", "must list at least one node");
                Vec::new()
            }
            Some(other) => {
                issues.push("nodes", format!("must be a list, not {}", describe(other)));
                Vec::new()
            }
            None => {
                issues.push("nodes", "is required");
                Vec::new()
            }
        };
        let dependencies = match top.get("dependencies") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| parse_dependency(item, &format!("dependencies[{i}]"), &nodes, issues))
                .collect(),
            Some(other) => {
                issues.push("dependencies", format!("must be a list, not {}", describe(other)));
                Vec::new()
            }
        };
        Some(Self { infra_name, user_id, nodes, dependencies, variables })
    }
}

fn parse_node(
    item: &Value,
    path: &str,
    infra_vars: &Map<String, Value>,
    issues: &mut Issues,
) -> Option<NodeEntry> {
    let Some(entry) = item.as_object() else {
        issues.push(path, format!("a node must be a mapping, not {}", describe(item)));
        return None;
    };
    for key in entry.keys() {
        if !matches!(key.as_str(), "name" | "type" | "scaling" | "filter" | "variables") {
            issues.push(
                join(path, key),
                "unknown key (expected `name`, `type`, `scaling`, `filter`, `variables`)",
            );
        }
    }
    let name = required_string(entry, path, "name", issues);
    if let Some(name) = &name {
        check_hostname_label(name, &join(path, "name"), issues);
    }
    let node_type = required_string(entry, path, "type", issues);
    let scaling = parse_scaling(entry.get("scaling"), &join(path, "scaling"), issues);
    let filter = mapping_or_empty(entry.get("filter"), &join(path, "filter"), issues);
    let own_vars = mapping_or_empty(entry.get("variables"), &join(path, "variables"), issues);
    let mut variables = infra_vars.clone();
    deep_merge(&mut variables, own_vars);
    Some(NodeEntry { name: name?, node_type: node_type?, scaling: scaling?, filter, variables })
}

fn parse_scaling(value: Option<&Value>, path: &str, issues: &mut Issues) -> Option<Scaling> {
    let scaling = match value {
        None | Some(Value::Null) => return Some(Scaling { min: 1, max: 1 }),
        Some(Value::Object(map)) => map,
        Some(other) => {
            issues.push(path, format!("must be a mapping with `min` and `max`, not {}", describe(other)));
            return None;
        }
    };
    for key in scaling.keys() {
        if key != "min" && key != "max" {
            issues.push(join(path, key), "unknown key (expected `min` or `max`)");
        }
    }
    let bound = |key: &str, issues: &mut Issues| -> Option<Option<u32>> {
        match scaling.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(Value::Number(n)) if n.as_u64().is_some_and(|n| n <= 10_000) => {
                Some(n.as_u64().map(|n| n as u32))
            }
            Some(other) => {
                issues.push(join(path, key), format!("must be a whole number, not {}", describe(other)));
                None
            }
        }
    };
    let min = bound("min", issues)?;
    let max = bound("max", issues)?;
    let min = min.unwrap_or(1);
    if min == 0 {
        issues.push(join(path, "min"), "must be at least 1 (a node cannot be scaled to zero)");
        return None;
    }
    let max = max.unwrap_or(min);
    if min > max {
        issues.push(path, format!("`min` ({min}) is greater than `max` ({max})"));
        return None;
    }
    Some(Scaling { min, max })
}

fn parse_dependency(
    item: &Value,
    path: &str,
    nodes: &[NodeEntry],
    issues: &mut Issues,
) -> Option<Dependency> {
    // Either a pair `[dependent, dependee]` or `{connection: [dependent, dependee], mappings: …}`.
    let (pair, pair_path) = match item {
        Value::Array(_) => (item, path.to_owned()),
        Value::Object(map) => {
            for key in map.keys() {
                if key != "connection" && key != "mappings" {
                    issues.push(join(path, key), "unknown key (expected `connection` or `mappings`)");
                }
            }
            match map.get("connection") {
                Some(pair) => (pair, join(path, "connection")),
                None => {
                    issues.push(path, "needs a `connection: [dependent, dependee]` pair");
                    return None;
                }
            }
        }
        other => {
            issues.push(path, format!("must be a `[dependent, dependee]` pair, not {}", describe(other)));
            return None;
        }
    };
    let ends = match pair.as_array() {
        Some(ends) if ends.len() == 2 => ends,
        _ => {
            issues.push(pair_path, "must be a pair `[dependent, dependee]`");
            return None;
        }
    };
    // Node references are names, or (YAML anchors expanded) copies of node entries.
    let mut names = Vec::with_capacity(2);
    for (i, end) in ends.iter().enumerate() {
        let name = match end {
            Value::String(s) => Some(s.as_str()),
            Value::Object(map) => map.get("name").and_then(Value::as_str),
            _ => None,
        };
        let end_path = format!("{pair_path}[{i}]");
        match name {
            Some(name) if nodes.iter().any(|n| n.name == name) => names.push(name.to_owned()),
            Some(name) => issues.push(end_path, format!("unknown node `{name}`")),
            None => issues.push(end_path, "must be a node name or a node entry"),
        }
    }
    let [dependent, dependee]: [String; 2] = names.try_into().ok()?;
    if dependent == dependee {
        issues.push(pair_path, format!("node `{dependent}` cannot depend on itself"));
        return None;
    }
    Some(Dependency { dependent, dependee })
}

fn required_string(entry: &Map<String, Value>, path: &str, key: &str, issues: &mut Issues) -> Option<String> {
    match entry.get(key) {
        None | Some(Value::Null) => {
            issues.push(join(path, key), "is required");
            None
        }
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(other) => {
            issues.push(join(path, key), format!("must be a non-empty string, not {}", describe(other)));
            None
        }
    }
}

fn mapping_or_empty(value: Option<&Value>, path: &str, issues: &mut Issues) -> Map<String, Value> {
    match value {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map.clone(),
        Some(other) => {
            issues.push(path, format!("must be a mapping, not {}", describe(other)));
            Map::new()
        }
    }
}

/// Node names end up in server names and host names, so they follow the DNS label rules.
fn check_hostname_label(name: &str, path: &str, issues: &mut Issues) {
    let valid = !name.is_empty()
        && name.len() <= 63
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        issues.push(path, format!("`{name}` is not a valid host name label (use 1-63 of `a-z`, `0-9`, `-`)"));
    }
}

/// Merges `overlay` into `base`: mappings merge recursively, anything else is replaced.
pub fn deep_merge(base: &mut Map<String, Value>, overlay: Map<String, Value>) {
    for (key, value) in overlay {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(inner)), Value::Object(over)) => deep_merge(inner, over),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::yaml::parse;

    fn load(text: &str) -> Result<InfraDescription, String> {
        let doc = parse(text, "infra.yaml", None).map_err(|e| e.to_string())?;
        let mut issues = Issues::new("infra.yaml");
        let desc = InfraDescription::from_value(&doc, &mut issues);
        issues.into_result("infrastructure description").map_err(|e| e.to_string())?;
        desc.ok_or_else(|| "no description".to_owned())
    }

    #[test]
    fn anchors_pairs_and_variables() {
        let desc = load(
            "infra_name: web\nuser_id: me\nvariables: {a: {x: 1, y: 2}, b: 1}\nnodes:\n  - &D {name: db, type: db_node}\n  - &A\n    name: app\n    type: app_node\n    scaling: {min: 2, max: 4}\n    variables: {a: {y: 3}}\ndependencies:\n  - [ *A, *D ]\n  - connection: [ app, db ]\n",
        )
        .expect("valid");
        assert_eq!(desc.nodes[1].scaling, Scaling { min: 2, max: 4 });
        assert_eq!(desc.nodes[0].scaling, Scaling { min: 1, max: 1 });
        assert_eq!(desc.nodes[1].variables["a"], serde_json::json!({"x": 1, "y": 3}));
        assert_eq!(desc.dependencies[0], Dependency { dependent: "app".into(), dependee: "db".into() });
        assert_eq!(desc.dependencies.len(), 2);
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let err = load(
            "infra_name: Bad.Name\nextra: 1\nnodes:\n  - {name: a, type: t, scaling: {min: 3, max: 2}}\n  - {name: a, type: t}\n  - {name: b}\ndependencies:\n  - [a, ghost]\n",
        )
        .expect_err("invalid");
        for needle in [
            "infra.yaml: infra_name: `Bad.Name` is not a valid host name label",
            "infra.yaml: extra: unknown key",
            "infra.yaml: nodes[0].scaling: `min` (3) is greater than `max` (2)",
            "infra.yaml: nodes[2].type: is required",
            "infra.yaml: dependencies[0][1]: unknown node `ghost`",
        ] {
            assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
        }
    }

    #[test]
    fn duplicate_names_and_zero_min_are_errors() {
        let err = load("infra_name: x\nnodes:\n  - {name: a, type: t, scaling: {min: 0}}\n  - {name: c, type: t}\n  - {name: c, type: t}\n")
            .expect_err("invalid");
        assert!(err.contains("nodes[0].scaling.min: must be at least 1"), "{err}");
        assert!(err.contains("nodes[2].name: node name `c` is used twice"), "{err}");
    }
}
