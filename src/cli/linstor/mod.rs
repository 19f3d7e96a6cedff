//! `kamaki linstor`: LINSTOR over the controller's REST API, in linstor-client's shape
//! (`node`, `storage-pool`, `resource-group`, `resource-definition`, `volume-definition`,
//! `resource`, with its short aliases), plus python-linstor's high-level resource API
//! (`resource place|resize|activate|…|wait`) and its namespaced key-value store (`kv`).

mod definition;
mod kv;
mod node;
mod resource;

use clap::Subcommand;
use serde_json::{Map, Value, json};

use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::protocol::linstor_reply::{ApiCallRc, Severity};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum LinstorCommand {
    /// The controller: version and properties
    #[command(subcommand, visible_alias = "c")]
    Controller(node::ControllerCommand),
    /// Satellites and other nodes
    #[command(subcommand, visible_alias = "n")]
    Node(node::NodeCommand),
    /// Storage pools on nodes, with their capacity
    #[command(subcommand, visible_alias = "sp")]
    StoragePool(node::StoragePoolCommand),
    /// Resource groups: templates to spawn resources from
    #[command(subcommand, visible_alias = "rg")]
    ResourceGroup(definition::GroupCommand),
    /// Resource definitions: a resource's name, port and properties
    #[command(subcommand, visible_alias = "rd")]
    ResourceDefinition(definition::DefinitionCommand),
    /// Volume definitions: the volumes (and sizes) of a resource
    #[command(subcommand, visible_alias = "vd")]
    VolumeDefinition(definition::VolumeCommand),
    /// Resources: replicas on nodes, placement, assignment state and waiting
    #[command(subcommand, visible_alias = "r")]
    Resource(resource::ResourceCommand),
    /// A key-value store instance, with namespaces
    #[command(name = "kv", visible_alias = "key-value-store")]
    Kv(kv::KvArgs),
}

pub async fn run(ctx: &Context, command: LinstorCommand) -> Result<Output> {
    let client = ctx.linstor()?;
    match command {
        LinstorCommand::Controller(cmd) => node::run_controller(ctx, &client, cmd).await,
        LinstorCommand::Node(cmd) => node::run_node(ctx, &client, cmd).await,
        LinstorCommand::StoragePool(cmd) => node::run_storage_pool(ctx, &client, cmd).await,
        LinstorCommand::ResourceGroup(cmd) => definition::run_group(ctx, &client, cmd).await,
        LinstorCommand::ResourceDefinition(cmd) => definition::run_definition(ctx, &client, cmd).await,
        LinstorCommand::VolumeDefinition(cmd) => definition::run_volume(ctx, &client, cmd).await,
        LinstorCommand::Resource(cmd) => resource::run(ctx, &client, cmd).await,
        LinstorCommand::Kv(args) => kv::run(ctx, &client, args).await,
    }
}

/// What a write call returns: the decoded reply list, with warnings also on stderr.
fn replies(ctx: &Context, replies: Vec<ApiCallRc>) -> Output {
    warn(ctx, &replies);
    Output::list(replies.iter().map(ApiCallRc::to_json), &["severity", "message"])
}

/// Shows the controller's warnings on stderr, where they do not disturb the data on stdout.
fn warn(ctx: &Context, replies: &[ApiCallRc]) {
    if ctx.quiet() {
        return;
    }
    for reply in replies.iter().filter(|r| r.severity() == Severity::Warning) {
        crate::output::warn(&reply.describe());
    }
}

/// A props map as `key`/`value` rows.
fn props_output(props: &std::collections::BTreeMap<String, String>) -> Output {
    Output::list(props.iter().map(|(k, v)| json!({"key": k, "value": v})), &["key", "value"])
}

/// A list whose table shows `rows` (human-readable cells) under `columns`; with `long`, the
/// table shows every field of the items themselves instead.
fn listing<T: serde::Serialize>(items: &[T], columns: &[&str], rows: Vec<Value>, long: bool) -> Output {
    let output = Output::list(items, columns);
    if long { output.long(true) } else { output.with_table_rows(rows) }
}

/// Builds a table row from named cells.
fn row(cells: &[(&str, Value)]) -> Value {
    Value::Object(cells.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<Map<_, _>>())
}
