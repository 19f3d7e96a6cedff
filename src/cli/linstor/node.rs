//! `linstor controller`, `linstor node` and `linstor storage-pool`.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::{listing, props_output, replies, row};
use crate::clients::linstor::LinstorClient;
use crate::clients::linstor::model::{Node, StoragePool};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::protocol::linstor_size::format_kib;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ControllerCommand {
    /// The controller's version and REST API version
    #[command(visible_alias = "v")]
    Version,
    /// The controller's properties
    #[command(visible_alias = "lp")]
    ListProperties,
    /// Set a controller property, or delete it when no value is given (in the sandbox,
    /// `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default
    /// `sandbox serve --linstor-sync-delay`, else 1000)
    #[command(visible_alias = "sp")]
    SetProperty { key: String, value: Option<String> },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum NodeCommand {
    /// List nodes with their address and connection state
    #[command(visible_alias = "l")]
    List(NodeListArgs),
    /// Show one node
    Info { name: String },
    /// Register a node
    #[command(visible_alias = "c")]
    Create(NodeCreateArgs),
    /// Delete a node that holds no resources
    #[command(visible_alias = "d")]
    Delete { name: String },
    /// Delete a node that is gone for good, with its resources
    #[command(visible_alias = "lo")]
    Lost { name: String },
    /// Reconnect to a node's satellite
    #[command(visible_alias = "rc")]
    Reconnect { name: String },
    /// Set a node property, or delete it when no value is given (in the sandbox,
    /// `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)
    #[command(visible_alias = "sp")]
    SetProperty { name: String, key: String, value: Option<String> },
    /// List a node's properties
    #[command(visible_alias = "lp")]
    ListProperties { name: String },
    /// A node's network interfaces
    #[command(subcommand, visible_alias = "i")]
    Interface(InterfaceCommand),
}

#[derive(Debug, Args)]
pub struct NodeListArgs {
    /// Only these nodes
    #[arg(short, long = "nodes", value_name = "NODE", num_args = 1..)]
    pub nodes: Vec<String>,
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum NodeType {
    Satellite,
    Combined,
    Controller,
    Auxiliary,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Encryption {
    Plain,
    Ssl,
}

impl Encryption {
    fn default_port(self) -> u16 {
        match self {
            Encryption::Plain => 3366,
            Encryption::Ssl => 3367,
        }
    }

    fn wire(self) -> &'static str {
        match self {
            Encryption::Plain => "plain",
            Encryption::Ssl => "ssl",
        }
    }
}

#[derive(Debug, Args)]
pub struct NodeCreateArgs {
    pub name: String,
    /// The address the controller reaches the node's satellite at
    pub ip: String,
    #[arg(long = "type", visible_alias = "node-type", value_enum, default_value = "satellite")]
    pub node_type: NodeType,
    /// The satellite's port [default: 3366, or 3367 with ssl]
    #[arg(short, long)]
    pub port: Option<u16>,
    #[arg(long, value_enum, default_value = "plain")]
    pub communication_type: Encryption,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum InterfaceCommand {
    /// List a node's network interfaces
    #[command(visible_alias = "l")]
    List { node: String },
    /// Add a network interface to a node
    #[command(visible_alias = "c")]
    Create {
        node: String,
        name: String,
        ip: String,
        #[arg(short, long)]
        port: Option<u16>,
        #[arg(long, value_enum, default_value = "plain")]
        communication_type: Encryption,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum StoragePoolCommand {
    /// List storage pools with their free and total capacity
    #[command(visible_alias = "l")]
    List(PoolListArgs),
    /// Create a storage pool on a node
    #[command(visible_alias = "c")]
    Create(PoolCreateArgs),
    /// Delete a storage pool that no resource uses
    #[command(visible_alias = "d")]
    Delete { node: String, name: String },
}

#[derive(Debug, Args)]
pub struct PoolListArgs {
    /// Only pools on these nodes
    #[arg(short, long = "nodes", value_name = "NODE", num_args = 1..)]
    pub nodes: Vec<String>,
    /// Only pools with these names
    #[arg(short, long = "storage-pools", value_name = "POOL", num_args = 1..)]
    pub storage_pools: Vec<String>,
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Driver {
    Lvm,
    Lvmthin,
    Zfs,
    Zfsthin,
    File,
    Filethin,
    Diskless,
}

impl Driver {
    fn provider_kind(self) -> &'static str {
        match self {
            Driver::Lvm => "LVM",
            Driver::Lvmthin => "LVM_THIN",
            Driver::Zfs => "ZFS",
            Driver::Zfsthin => "ZFS_THIN",
            Driver::File => "FILE",
            Driver::Filethin => "FILE_THIN",
            Driver::Diskless => "DISKLESS",
        }
    }
}

#[derive(Debug, Args)]
pub struct PoolCreateArgs {
    pub node: String,
    pub name: String,
    #[arg(long, value_enum)]
    pub driver: Driver,
    /// What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory
    #[arg(long, value_name = "X")]
    pub backing: Option<String>,
}

pub(super) async fn run_controller(
    ctx: &Context,
    client: &LinstorClient,
    command: ControllerCommand,
) -> Result<Output> {
    match command {
        ControllerCommand::Version => Ok(Output::object(client.version().await?)),
        ControllerCommand::ListProperties => Ok(props_output(&client.controller_props().await?)),
        ControllerCommand::SetProperty { key, value } => {
            Ok(replies(ctx, client.set_controller_prop(&key, value.as_deref()).await?))
        }
    }
}

pub(super) async fn run_node(ctx: &Context, client: &LinstorClient, command: NodeCommand) -> Result<Output> {
    match command {
        NodeCommand::List(args) => {
            let nodes = client.nodes(&args.nodes).await?;
            let rows = nodes.iter().map(node_row).collect();
            Ok(listing(&nodes, &["name", "type", "address", "state"], rows, args.long))
        }
        NodeCommand::Info { name } => {
            let node = find_node(client, &name).await?;
            Ok(Output::object(&node).with_table_view(node_row(&node)))
        }
        NodeCommand::Create(args) => {
            let port = args.port.unwrap_or(args.communication_type.default_port());
            let node_type = format!("{:?}", args.node_type).to_ascii_lowercase();
            let encryption = args.communication_type.wire();
            Ok(replies(ctx, client.create_node(&args.name, &node_type, &args.ip, port, encryption).await?))
        }
        NodeCommand::Delete { name } => Ok(replies(ctx, client.delete_node(&name).await?)),
        NodeCommand::Lost { name } => Ok(replies(ctx, client.lose_node(&name).await?)),
        NodeCommand::Reconnect { name } => Ok(replies(ctx, client.reconnect_node(&name).await?)),
        NodeCommand::SetProperty { name, key, value } => {
            Ok(replies(ctx, client.set_node_prop(&name, &key, value.as_deref()).await?))
        }
        NodeCommand::ListProperties { name } => Ok(props_output(&find_node(client, &name).await?.props)),
        NodeCommand::Interface(InterfaceCommand::List { node }) => {
            let interfaces = client.net_interfaces(&node).await?;
            let rows = interfaces
                .iter()
                .map(|i| row(&[("name", json!(i.name)), ("address", json!(i.display()))]))
                .collect();
            Ok(Output::list(&interfaces, &["name", "address"]).with_table_rows(rows))
        }
        NodeCommand::Interface(InterfaceCommand::Create { node, name, ip, port, communication_type }) => {
            let port = port.unwrap_or(communication_type.default_port());
            Ok(replies(
                ctx,
                client.create_net_interface(&node, &name, &ip, port, communication_type.wire()).await?,
            ))
        }
    }
}

async fn find_node(client: &LinstorClient, name: &str) -> Result<Node> {
    client.node(name).await?.ok_or_else(|| {
        Error::not_found(format!("node `{name}` not found"))
            .hint("see the nodes with `kamaki linstor node list`")
    })
}

/// linstor-client's state names: `Online`, `OFFLINE`, …
fn node_state(node: &Node) -> String {
    match node.connection_status.as_str() {
        "ONLINE" => "Online".into(),
        "CONNECTED" => "Connected".into(),
        "" | "UNKNOWN" => "Unknown".into(),
        other => other.into(),
    }
}

fn node_row(node: &Node) -> serde_json::Value {
    row(&[
        ("name", json!(node.name)),
        ("type", json!(node.node_type)),
        ("address", json!(node.address())),
        ("state", json!(node_state(node))),
    ])
}

pub(super) async fn run_storage_pool(
    ctx: &Context,
    client: &LinstorClient,
    command: StoragePoolCommand,
) -> Result<Output> {
    match command {
        StoragePoolCommand::List(args) => {
            let pools = client.storage_pools(&args.nodes, &args.storage_pools).await?;
            let rows = pools.iter().map(pool_row).collect();
            let columns = ["storage_pool", "node", "driver", "pool_name", "free_capacity", "total_capacity"];
            Ok(listing(&pools, &columns, rows, args.long))
        }
        StoragePoolCommand::Create(args) => {
            let kind = args.driver.provider_kind();
            if args.backing.is_none() && !matches!(args.driver, Driver::Diskless) {
                return Err(Error::usage(format!("a {kind} storage pool needs `--backing`")).hint(
                    "name what backs it, e.g. `--backing vg0` (lvm) or `--backing vg0/thin` (lvmthin)",
                ));
            }
            Ok(replies(
                ctx,
                client.create_storage_pool(&args.node, &args.name, kind, args.backing.as_deref()).await?,
            ))
        }
        StoragePoolCommand::Delete { node, name } => {
            Ok(replies(ctx, client.delete_storage_pool(&node, &name).await?))
        }
    }
}

/// Capacities as linstor-client shows them: blank for diskless pools.
fn pool_row(pool: &StoragePool) -> serde_json::Value {
    let capacity = |kib: Option<i64>| match (pool.is_diskless(), kib.and_then(|k| u64::try_from(k).ok())) {
        (false, Some(kib)) => json!(format_kib(kib)),
        _ => json!(""),
    };
    row(&[
        ("storage_pool", json!(pool.storage_pool_name)),
        ("node", json!(pool.node_name)),
        ("driver", json!(pool.provider_kind)),
        ("pool_name", json!(pool.props.get("StorDriver/StorPoolName").cloned().unwrap_or_default())),
        ("free_capacity", capacity(pool.free_capacity)),
        ("total_capacity", capacity(pool.total_capacity)),
    ])
}
