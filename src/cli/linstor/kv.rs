//! `linstor kv`: a named key-value store instance with python-linstor's namespace semantics.
//!
//! Keys are stored under their full path (`/foo/bar/key`). Within a namespace (`/foo/bar/`),
//! keys are read and written relative to it, and keys of other namespaces are not shown.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::clients::linstor::LinstorClient;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

#[derive(Debug, Args)]
pub struct KvArgs {
    /// The KV instance, e.g. `myKV` (without it, `list` shows the instances)
    #[arg(long, global = true)]
    pub instance: Option<String>,
    /// The namespace keys are relative to, e.g. `/foo/bar/`
    #[arg(long, global = true, default_value = "/")]
    pub namespace: String,
    #[command(subcommand)]
    pub command: KvCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum KvCommand {
    /// List the keys of the namespace (or, without `--instance`, the instances)
    #[command(visible_alias = "l")]
    List,
    /// Show one key's value
    Get { key: String },
    /// Set a key
    Set { key: String, value: String },
    /// Delete a key
    #[command(visible_alias = "d")]
    Delete { key: String },
    /// Delete every key in the namespace (with `--namespace /`, the whole instance)
    DeleteNamespace,
}

/// A namespace as python-linstor normalises it: `/foo/bar/`, or `/` for the root.
fn normalize_namespace(namespace: &str) -> String {
    let inner = namespace.trim_matches('/');
    if inner.is_empty() { "/".into() } else { format!("/{inner}/") }
}

/// The key's full path in the store, as the controller lists it (no leading `/`).
fn full_key(namespace: &str, key: &str) -> String {
    format!("{namespace}{}", key.trim_matches('/')).trim_start_matches('/').to_string()
}

/// The keys of `namespace`, relative to it.
fn in_namespace(props: BTreeMap<String, String>, namespace: &str) -> BTreeMap<String, String> {
    let prefix = namespace.trim_start_matches('/');
    props
        .into_iter()
        .filter_map(|(key, value)| Some((key.strip_prefix(prefix)?.to_string(), value)))
        .collect()
}

pub(super) async fn run(ctx: &Context, client: &LinstorClient, args: KvArgs) -> Result<Output> {
    let namespace = normalize_namespace(&args.namespace);
    let Some(instance) = args.instance else {
        if let KvCommand::List = args.command {
            let stores = client.kv_stores().await?;
            let rows: Vec<_> =
                stores.iter().map(|s| json!({"name": s.name, "keys": s.props.len()})).collect();
            return Ok(Output::list(&stores, &["name", "keys"]).with_table_rows(rows));
        }
        return Err(Error::usage("which KV instance? `--instance NAME` is missing")
            .hint("see the instances with `kamaki linstor kv list`"));
    };
    let missing = |key: &str| {
        Error::not_found(format!("key `{key}` not found in namespace `{namespace}` of KV `{instance}`")).hint(
            format!(
                "list the keys with `kamaki linstor kv list --instance {instance} --namespace {namespace}`"
            ),
        )
    };
    match args.command {
        KvCommand::List => {
            let keys = in_namespace(client.kv_props(&instance).await?, &namespace);
            Ok(Output::list(keys.iter().map(|(k, v)| json!({"key": k, "value": v})), &["key", "value"]))
        }
        KvCommand::Get { key } => {
            let full = full_key(&namespace, &key);
            let value = client.kv_props(&instance).await?.remove(&full).ok_or_else(|| missing(&key))?;
            Ok(Output::object(
                json!({"instance": instance, "namespace": namespace, "key": key, "value": value}),
            ))
        }
        KvCommand::Set { key, value } => {
            if key.trim_matches('/').is_empty() {
                return Err(Error::usage("the key is empty").hint("give a key such as `key` or `sub/key`"));
            }
            let full = full_key(&namespace, &key);
            let set = BTreeMap::from([(format!("/{full}"), value.clone())]);
            super::warn(ctx, &client.kv_modify(&instance, set, Vec::new(), Vec::new()).await?);
            Ok(Output::object(
                json!({"instance": instance, "namespace": namespace, "key": key, "value": value}),
            ))
        }
        KvCommand::Delete { key } => {
            let full = full_key(&namespace, &key);
            if !client.kv_props(&instance).await?.contains_key(&full) {
                return Err(missing(&key));
            }
            super::warn(
                ctx,
                &client.kv_modify(&instance, BTreeMap::new(), vec![format!("/{full}")], Vec::new()).await?,
            );
            Ok(Output::object(
                json!({"instance": instance, "namespace": namespace, "key": key, "status": "deleted"}),
            ))
        }
        KvCommand::DeleteNamespace => {
            let deleted = in_namespace(client.kv_props(&instance).await?, &namespace).len();
            if deleted > 0 {
                let result = if namespace == "/" {
                    client.kv_delete(&instance).await?
                } else {
                    client.kv_modify(&instance, BTreeMap::new(), Vec::new(), vec![namespace.clone()]).await?
                };
                super::warn(ctx, &result);
            }
            Ok(Output::object(json!({"instance": instance, "namespace": namespace, "deleted": deleted})))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_follow_python_linstor() {
        assert_eq!(normalize_namespace("/foo/bar"), "/foo/bar/");
        assert_eq!(normalize_namespace("foo/bar/"), "/foo/bar/");
        assert_eq!(normalize_namespace("/"), "/");
        assert_eq!(full_key("/foo/bar/", "key"), "foo/bar/key");
        assert_eq!(full_key("/", "/foo/baz/key"), "foo/baz/key");
        let props = BTreeMap::from([
            ("foo/bar/key".to_string(), "val".to_string()),
            ("foo/baz/key".to_string(), "valbaz".to_string()),
        ]);
        let visible = in_namespace(props.clone(), "/foo/bar/");
        assert_eq!(visible.into_iter().collect::<Vec<_>>(), [("key".to_string(), "val".to_string())]);
        assert_eq!(in_namespace(props, "/").len(), 2);
    }
}
