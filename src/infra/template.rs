//! Jinja templates in node definitions (resource values, cloud-init user data, health-check URLs).
//!
//! Templates see `infra_id`, `infra_name`, `user_id`, `name`, `type`, `node_id`, `variables` and
//! `scaling`, and can call `getip(node)`, `getprivip(node)`, `getipall(node)` and `cut(s, a, b)`.
//! Undefined names are errors, so a missing variable stops a build before anything is created.
//! Occopus's `cmd()` (run a command on the orchestrator host) is deliberately not offered.

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::{Environment, ErrorKind, UndefinedBehavior};
use serde_json::{Map, Value};

/// The addresses of one running instance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InstanceAddress {
    pub public: Option<String>,
    pub private: Option<String>,
}

/// The addresses of every node's instances, oldest instance first; what `getip` reads.
pub type AddressBook = BTreeMap<String, Vec<InstanceAddress>>;

/// Renders templates for one instance.
pub struct Renderer {
    env: Environment<'static>,
    context: Value,
}

impl Renderer {
    pub fn new(context: Value, addresses: AddressBook) -> Self {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Keeps the span of a failing expression, so an undefined name can be quoted.
        env.set_debug(true);
        let book = Arc::new(addresses);
        let lookup = |book: &AddressBook, node: &str| -> Result<Vec<InstanceAddress>, minijinja::Error> {
            let Some(instances) = book.get(node) else {
                return Err(minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!("there is no node `{node}` in this infrastructure"),
                ));
            };
            if instances.is_empty() {
                return Err(minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!("node `{node}` has no instance yet (make this node depend on it)"),
                ));
            }
            Ok(instances.clone())
        };
        let public = Arc::clone(&book);
        env.add_function("getip", move |node: String| {
            let first = lookup(&public, &node)?.swap_remove(0);
            first.public.or(first.private).ok_or_else(|| no_address(&node))
        });
        let private = Arc::clone(&book);
        env.add_function("getprivip", move |node: String| {
            let first = lookup(&private, &node)?.swap_remove(0);
            first.private.or(first.public).ok_or_else(|| no_address(&node))
        });
        let all = Arc::clone(&book);
        env.add_function("getipall", move |node: String| {
            let instances = lookup(&all, &node)?;
            Ok(instances.into_iter().filter_map(|i| i.public.or(i.private)).collect::<Vec<String>>())
        });
        env.add_function("cut", |text: String, start: usize, end: usize| {
            text.chars().skip(start).take(end.saturating_sub(start)).collect::<String>()
        });
        Self { env, context }
    }

    /// Renders one template; `what` names it in the error (e.g. `contextualisation`).
    pub fn render(&self, template: &str, what: &str) -> Result<String, String> {
        self.render_with(template, what, &self.context)
    }

    /// Renders with extra names (e.g. `ip` for health-check URLs) on top of the instance's context.
    pub fn render_with(&self, template: &str, what: &str, context: &Value) -> Result<String, String> {
        if !template.contains("{{") && !template.contains("{%") {
            return Ok(template.to_owned());
        }
        self.env.render_str(template, context).map_err(|e| {
            let undefined = if e.kind() == ErrorKind::UndefinedError {
                self.undefined_names(template, context)
            } else {
                Vec::new()
            };
            format!("template in `{what}`: {}", describe_error(&e, &undefined))
        })
    }

    /// The names a template reads (`variables.port`, `node_id`, …) that neither the context nor
    /// the template's functions define, each with what is defined where it was looked up.
    fn undefined_names(&self, template: &str, context: &Value) -> Vec<Undefined> {
        let Ok(compiled) = self.env.template_from_str(template) else {
            return Vec::new();
        };
        let mut paths: Vec<String> = compiled.undeclared_variables(true).into_iter().collect();
        paths.sort();
        paths
            .into_iter()
            .filter_map(|path| {
                let parts: Vec<&str> = path.split('.').collect();
                if self.env.globals().any(|(name, _)| Some(&name) == parts.first()) {
                    return None;
                }
                let mut value = context;
                for (depth, part) in parts.iter().enumerate() {
                    match value.get(part) {
                        Some(inner) => value = inner,
                        None => {
                            let mut known: Vec<String> =
                                value.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default();
                            if depth == 0 {
                                known.extend(self.env.globals().map(|(name, _)| name.to_owned()));
                            }
                            known.sort();
                            let parent = (depth > 0).then(|| parts[..depth].join("."));
                            return Some(Undefined { name: parts[..=depth].join("."), parent, known });
                        }
                    }
                }
                None
            })
            .collect()
    }

    /// Renders every string inside a `resource` section.
    pub fn render_map(&self, map: &Map<String, Value>, what: &str) -> Result<Map<String, Value>, String> {
        map.iter()
            .map(|(key, value)| {
                let path = format!("{what}.{key}");
                Ok((key.clone(), self.render_value(value, &path)?))
            })
            .collect()
    }

    fn render_value(&self, value: &Value, what: &str) -> Result<Value, String> {
        Ok(match value {
            Value::String(text) => Value::String(self.render(text, what)?),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.render_value(item, &format!("{what}[{i}]")))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Object(map) => Value::Object(self.render_map(map, what)?),
            other => other.clone(),
        })
    }

    pub fn context(&self) -> &Value {
        &self.context
    }
}

fn no_address(node: &str) -> minijinja::Error {
    minijinja::Error::new(ErrorKind::InvalidOperation, format!("node `{node}` has no address yet"))
}

/// A name a template reads that is not defined.
struct Undefined {
    /// The dotted path up to the first missing part, e.g. `variables.nope`.
    name: String,
    /// Where it was looked up (`variables`), or `None` at the top level.
    parent: Option<String>,
    /// The names defined there.
    known: Vec<String>,
}

impl std::fmt::Display for Undefined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let known = if self.known.is_empty() { "nothing".to_owned() } else { self.known.join(", ") };
        match &self.parent {
            Some(parent) => write!(f, "undefined name `{}` (`{parent}` has: {known})", self.name),
            None => write!(f, "undefined name `{}` (defined are: {known})", self.name),
        }
    }
}

fn describe_error(error: &minijinja::Error, undefined: &[Undefined]) -> String {
    let failing = error.template_source().zip(error.range()).and_then(|(source, range)| source.get(range));
    let mut text = match error.kind() {
        ErrorKind::UndefinedError => {
            // Name the undefined name of the failing expression; a template may lack several.
            let in_failing = undefined.iter().find(|u| failing.is_some_and(|e| e.contains(u.name.as_str())));
            match (in_failing.or(undefined.first()), failing) {
                (Some(name), _) => name.to_string(),
                (None, Some(expression)) => format!("undefined name in `{}`", expression.trim()),
                (None, None) => "undefined name (a missing variable?)".to_owned(),
            }
        }
        _ => error.detail().map_or_else(|| error.kind().to_string(), str::to_owned),
    };
    if let Some(line) = error.line() {
        text.push_str(&format!(" at line {line}"));
    }
    if let Some(source) = error.template_source().and_then(|s| s.lines().nth(error.line()?.saturating_sub(1)))
    {
        text.push_str(&format!(": `{}`", source.trim()));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn renderer() -> Renderer {
        let mut book = AddressBook::new();
        book.insert(
            "db".into(),
            vec![
                InstanceAddress { public: Some("10.0.0.1".into()), private: Some("192.168.0.1".into()) },
                InstanceAddress { public: Some("10.0.0.2".into()), private: None },
            ],
        );
        book.insert("lb".into(), Vec::new());
        Renderer::new(json!({"infra_id": "abcdef12", "name": "app", "variables": {"port": 80}}), book)
    }

    #[test]
    fn functions_and_variables() {
        let r = renderer();
        let out = r
            .render("{{ getip('db') }}:{{ variables.port }} {{ getprivip('db') }} {{ getipall('db')|join(',') }} {{ cut(infra_id, 0, 4) }}", "t")
            .expect("render");
        assert_eq!(out, "10.0.0.1:80 192.168.0.1 10.0.0.1,10.0.0.2 abcd");
        assert_eq!(r.render("{% raw %}{{ keep }}{% endraw %}", "t").expect("raw"), "{{ keep }}");
    }

    #[test]
    fn missing_variables_and_nodes_are_errors() {
        let r = renderer();
        let err = r.render("x\nport={{ variables.nope }}", "contextualisation").expect_err("undefined");
        assert!(
            err.contains(
                "template in `contextualisation`: undefined name `variables.nope` (`variables` has: port)"
            ),
            "{err}"
        );
        assert!(err.contains("line 2"), "{err}");
        let err = r.render("{{ name }} {{ nodeid }}", "t").expect_err("undefined top-level");
        assert!(err.contains("undefined name `nodeid` (defined are: "), "{err}");
        assert!(err.contains("getip") && err.contains("infra_id, name"), "{err}");
        let err = r.render("{% for x in variables.ports %}{{ x }}{% endfor %}", "t").expect_err("loop");
        assert!(err.contains("undefined name `variables.ports`"), "{err}");
        let err = r.render("{{ getip('ghost') }}", "t").expect_err("no node");
        assert!(err.contains("there is no node `ghost`"), "{err}");
        let err = r.render("{{ getip('lb') }}", "t").expect_err("no instance");
        assert!(err.contains("node `lb` has no instance yet"), "{err}");
    }

    #[test]
    fn resource_maps_render_recursively() {
        let r = renderer();
        let map = json!({"server_name": "{{ name }}-{{ cut(infra_id,0,4) }}", "networks": ["{{ variables.port }}"], "n": 1});
        let out = r.render_map(map.as_object().expect("map"), "resource").expect("render");
        assert_eq!(Value::Object(out), json!({"server_name": "app-abcd", "networks": ["80"], "n": 1}));
    }
}
