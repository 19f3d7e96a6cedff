//! `linstor resource-group`, `linstor resource-definition` and `linstor volume-definition`.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::{listing, props_output, replies, row};
use crate::clients::linstor::LinstorClient;
use crate::clients::linstor::model::{ResourceDefinition, SelectFilter};
use crate::clients::linstor::resource::ALLOW_TWO_PRIMARIES;
use crate::clients::linstor::size::parse_kib;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::protocol::linstor_size::format_kib;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum GroupCommand {
    /// List resource groups and their placement rules
    #[command(visible_alias = "l")]
    List {
        /// Show every field
        #[arg(short, long)]
        long: bool,
    },
    /// Create a resource group
    #[command(visible_alias = "c")]
    Create(GroupCreateArgs),
    /// Delete a resource group that no resource definition uses
    #[command(visible_alias = "d")]
    Delete { name: String },
    /// Create a resource definition with volumes from a group, and place it by the group's rules
    #[command(visible_alias = "spawn-resources")]
    Spawn(SpawnArgs),
}

#[derive(Debug, Args)]
pub struct GroupCreateArgs {
    pub name: String,
    /// How many diskful replicas spawned resources get
    #[arg(long)]
    pub place_count: Option<u32>,
    /// Storage pools spawned resources may use
    #[arg(short, long = "storage-pool", value_name = "POOL")]
    pub storage_pools: Vec<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// Give spawned resources diskless replicas on all other nodes
    #[arg(long)]
    pub diskless_on_remaining: bool,
}

#[derive(Debug, Args)]
pub struct SpawnArgs {
    pub group: String,
    pub resource: String,
    /// Volume sizes, e.g. `20MiB 1G` (a bare number is KiB)
    #[arg(required = true)]
    pub sizes: Vec<String>,
    /// Only create the definitions, place nothing
    #[arg(short, long)]
    pub definitions_only: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DefinitionCommand {
    /// List resource definitions
    #[command(visible_alias = "l")]
    List {
        /// Only these resources
        #[arg(short, long = "resources", value_name = "RSC", num_args = 1..)]
        resources: Vec<String>,
        /// Show every field
        #[arg(short, long)]
        long: bool,
    },
    /// Create a resource definition
    #[command(visible_alias = "c")]
    Create {
        name: String,
        /// The DRBD TCP port [default: the next free one from 7000]
        #[arg(short, long)]
        port: Option<u16>,
        #[arg(long)]
        resource_group: Option<String>,
    },
    /// Delete a resource definition with its volumes and replicas
    #[command(visible_alias = "d")]
    Delete { name: String },
    /// Set a property, or delete it when no value is given
    #[command(visible_alias = "sp")]
    SetProperty { name: String, key: String, value: Option<String> },
    /// List a resource definition's properties
    #[command(visible_alias = "lp")]
    ListProperties { name: String },
    /// Set DRBD options of a resource
    #[command(visible_alias = "opt")]
    DrbdOptions {
        name: String,
        /// Allow two primaries at once (for live migration)
        #[arg(long, value_enum)]
        allow_two_primaries: Option<YesNo>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum VolumeCommand {
    /// List volume definitions
    #[command(visible_alias = "l")]
    List {
        /// Only these resources
        #[arg(short, long = "resources", value_name = "RSC", num_args = 1..)]
        resources: Vec<String>,
    },
    /// Add a volume to a resource definition
    #[command(visible_alias = "c")]
    Create {
        resource: String,
        /// e.g. `20MiB`, `1G`; a bare number is KiB
        size: String,
        #[arg(short = 'n', long)]
        volume_number: Option<u32>,
        /// The storage pool the volume's replicas use
        #[arg(short, long)]
        storage_pool: Option<String>,
    },
    /// Delete a volume definition
    #[command(visible_alias = "d")]
    Delete { resource: String, volume_number: u32 },
    /// Grow a volume
    #[command(visible_alias = "set-size")]
    Resize { resource: String, volume_number: u32, size: String },
}

pub(super) async fn run_group(
    ctx: &Context,
    client: &LinstorClient,
    command: GroupCommand,
) -> Result<Output> {
    match command {
        GroupCommand::List { long } => {
            let groups = client.resource_groups().await?;
            let rows = groups
                .iter()
                .map(|g| {
                    let filter = &g.select_filter;
                    let mut rules = Vec::new();
                    if let Some(count) = filter.place_count {
                        rules.push(format!("PlaceCount: {count}"));
                    }
                    if !filter.storage_pool_list.is_empty() {
                        rules.push(format!("StoragePool(s): {}", filter.storage_pool_list.join(", ")));
                    }
                    if filter.diskless_on_remaining == Some(true) {
                        rules.push("DisklessOnRemaining: True".into());
                    }
                    row(&[
                        ("name", json!(g.name)),
                        ("select_filter", json!(rules.join(", "))),
                        ("description", json!(g.description)),
                    ])
                })
                .collect();
            Ok(listing(&groups, &["name", "select_filter", "description"], rows, long))
        }
        GroupCommand::Create(args) => {
            let filter = SelectFilter {
                place_count: args.place_count.map(i64::from),
                storage_pool_list: args.storage_pools,
                diskless_on_remaining: args.diskless_on_remaining.then_some(true),
            };
            Ok(replies(
                ctx,
                client.create_resource_group(&args.name, args.description.as_deref(), &filter).await?,
            ))
        }
        GroupCommand::Delete { name } => Ok(replies(ctx, client.delete_resource_group(&name).await?)),
        GroupCommand::Spawn(args) => {
            let sizes = args.sizes.iter().map(|s| parse_kib(s)).collect::<Result<Vec<_>>>()?;
            Ok(replies(ctx, client.spawn(&args.group, &args.resource, &sizes, args.definitions_only).await?))
        }
    }
}

pub(super) async fn run_definition(
    ctx: &Context,
    client: &LinstorClient,
    command: DefinitionCommand,
) -> Result<Output> {
    match command {
        DefinitionCommand::List { resources, long } => {
            let definitions = client.resource_definitions(&resources).await?;
            let rows = definitions.iter().map(definition_row).collect();
            Ok(listing(&definitions, &["name", "resource_group", "port", "layers"], rows, long))
        }
        DefinitionCommand::Create { name, port, resource_group } => {
            Ok(replies(ctx, client.create_resource_definition(&name, port, resource_group.as_deref()).await?))
        }
        DefinitionCommand::Delete { name } => {
            Ok(replies(ctx, client.delete_resource_definition(&name).await?))
        }
        DefinitionCommand::SetProperty { name, key, value } => {
            Ok(replies(ctx, client.set_resource_definition_prop(&name, &key, value.as_deref()).await?))
        }
        DefinitionCommand::ListProperties { name } => {
            let rd = client.resource_definition(&name).await?.ok_or_else(|| not_found(&name))?;
            Ok(props_output(&rd.props))
        }
        DefinitionCommand::DrbdOptions { name, allow_two_primaries } => {
            let Some(allow) = allow_two_primaries else {
                return Err(Error::usage("no DRBD option given").hint("e.g. `--allow-two-primaries yes`"));
            };
            let value = match allow {
                YesNo::Yes => "yes",
                YesNo::No => "no",
            };
            Ok(replies(
                ctx,
                client.set_resource_definition_prop(&name, ALLOW_TWO_PRIMARIES, Some(value)).await?,
            ))
        }
    }
}

fn not_found(name: &str) -> Error {
    Error::not_found(format!("resource definition `{name}` not found"))
        .hint("see them with `kamaki linstor resource-definition list`")
}

fn definition_row(rd: &ResourceDefinition) -> serde_json::Value {
    row(&[
        ("name", json!(rd.name)),
        ("resource_group", json!(rd.resource_group_name)),
        ("port", json!(rd.port())),
        ("layers", json!(rd.layers())),
    ])
}

pub(super) async fn run_volume(
    ctx: &Context,
    client: &LinstorClient,
    command: VolumeCommand,
) -> Result<Output> {
    match command {
        VolumeCommand::List { resources } => {
            let definitions = client.resource_definitions(&resources).await?;
            let mut items = Vec::new();
            let mut rows = Vec::new();
            for rd in &definitions {
                for vd in &rd.volume_definitions {
                    let mut item = serde_json::to_value(vd)?;
                    item["resource_name"] = json!(rd.name);
                    items.push(item);
                    rows.push(row(&[
                        ("resource", json!(rd.name)),
                        ("volume_number", json!(vd.volume_number)),
                        ("minor", json!(vd.minor())),
                        ("size", json!(format_kib(vd.size_kib))),
                    ]));
                }
            }
            Ok(Output::list(items, &["resource", "volume_number", "minor", "size"]).with_table_rows(rows))
        }
        VolumeCommand::Create { resource, size, volume_number, storage_pool } => {
            let kib = parse_kib(&size)?;
            let result = client
                .create_volume_definition(&resource, kib, volume_number, storage_pool.as_deref())
                .await?;
            Ok(replies(ctx, result))
        }
        VolumeCommand::Delete { resource, volume_number } => {
            Ok(replies(ctx, client.delete_volume_definition(&resource, volume_number).await?))
        }
        VolumeCommand::Resize { resource, volume_number, size } => {
            let kib = parse_kib(&size)?;
            Ok(replies(ctx, client.resize_volume_definition(&resource, volume_number, kib).await?))
        }
    }
}
