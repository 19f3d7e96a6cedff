//! `linstor resource`: replicas as linstor-client manages them (`list`, `create`, `delete`,
//! `toggle-disk`) and python-linstor's high-level resource API (`place`, `resize`, `activate`,
//! `deactivate`, `make-diskful`, `make-diskless`, `unassign`, `dual-primary`, `info`, `wait`).

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Map, Value, json};

use super::{listing, replies, row, warn};
use crate::cli::wait::{WaitCommandArgs, WaitRecord, record_output};
use crate::clients::linstor::LinstorClient;
use crate::clients::linstor::model::Resource;
use crate::clients::linstor::resource::{Assignment, NewSize, Placement, ResourceInfo};
use crate::clients::linstor::size::parse_kib;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::protocol::linstor_reply::ApiCallRc;
use crate::protocol::linstor_size::format_kib;

// Not deferred: its `wait` has a `--timeout` of its own, which must be defined before
// clap copies the global `--timeout` into the subcommands, or the two clash.
#[derive(Debug, Subcommand)]
pub enum ResourceCommand {
    /// List replicas with their state
    #[command(visible_alias = "l")]
    List(ListArgs),
    /// Create a replica of a resource on a node
    #[command(visible_alias = "c")]
    Create {
        node: String,
        resource: String,
        /// The storage pool for a diskful replica [default: the one with the most free space]
        #[arg(short, long)]
        storage_pool: Option<String>,
        /// A diskless replica, reading and writing over the network
        #[arg(long, visible_alias = "drbd-diskless", conflicts_with = "storage_pool")]
        diskless: bool,
    },
    /// Delete a replica
    #[command(visible_alias = "d")]
    Delete { node: String, resource: String },
    /// Turn a diskless replica diskful, or (with `--diskless`) the other way round
    #[command(visible_alias = "td")]
    ToggleDisk {
        node: String,
        resource: String,
        #[arg(short, long, conflicts_with = "diskless")]
        storage_pool: Option<String>,
        #[arg(long)]
        diskless: bool,
    },
    /// Define a resource with one volume and place it N-times redundant on distinct nodes
    /// (on an existing resource: add diskful replicas up to N)
    Place(PlaceArgs),
    /// Grow a volume to SIZE, or by +SIZE
    Resize {
        resource: String,
        /// The new size (`30MiB`) or the growth (`+10MiB`)
        #[arg(allow_hyphen_values = true)]
        size: String,
        #[arg(long, default_value_t = 0)]
        volume: u32,
    },
    /// Add a diskless replica on a node, only if the node has none yet
    #[command(visible_alias = "act")]
    Activate { resource: String, node: String },
    /// Remove a node's replica, only if it is diskless (redundancy never drops)
    #[command(visible_alias = "deact")]
    Deactivate { resource: String, node: String },
    /// Make the node's replica diskful, creating or converting it as needed
    MakeDiskful {
        resource: String,
        node: String,
        #[arg(short, long)]
        storage_pool: Option<String>,
    },
    /// Make the node's replica diskless, creating or converting it as needed
    MakeDiskless { resource: String, node: String },
    /// Remove the node's replica, whatever it is
    Unassign { resource: String, node: String },
    /// Allow (on) or forbid (off) two primaries at once, e.g. for live migration
    DualPrimary { resource: String, state: OnOff },
    /// Where a resource lives: diskful and diskless nodes, states, devices and backing disks
    Info { resource: String },
    /// Wait until the resource reaches a disk state (on any node, or on `--node`);
    /// `--timeout` bounds the wait, exit code 124 when it passes
    Wait {
        resource: String,
        /// Watch only the replica on this node
        #[arg(long)]
        node: Option<String>,
        /// The disk state to wait for
        #[arg(long, default_value = "UpToDate")]
        until: String,
        #[command(flatten)]
        wait: WaitCommandArgs,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only these resources
    #[arg(short, long = "resources", value_name = "RSC", num_args = 1..)]
    pub resources: Vec<String>,
    /// Only replicas on these nodes
    #[arg(short, long = "nodes", value_name = "NODE", num_args = 1..)]
    pub nodes: Vec<String>,
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Args)]
pub struct PlaceArgs {
    pub resource: String,
    /// The volume's size, e.g. `20MiB`; a bare number is KiB. Needed when the resource has
    /// no volume yet
    #[arg(long)]
    pub size: Option<String>,
    /// How many diskful replicas, each on its own node
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    pub redundancy: u32,
    /// Only use storage pools with this name
    #[arg(short, long)]
    pub storage_pool: Option<String>,
    /// Also give every other node a diskless replica
    #[arg(long)]
    pub diskless_on_remaining: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

pub(super) async fn run(ctx: &Context, client: &LinstorClient, command: ResourceCommand) -> Result<Output> {
    match command {
        ResourceCommand::List(args) => {
            let resources = client.resources(&args.resources, &args.nodes).await?;
            let rows = resources.iter().map(resource_row).collect();
            let columns = ["resource", "node", "usage", "conns", "state", "created_on"];
            Ok(listing(&resources, &columns, rows, args.long))
        }
        ResourceCommand::Create { node, resource, storage_pool, diskless } => Ok(replies(
            ctx,
            client.create_resource(&resource, &node, storage_pool.as_deref(), diskless).await?,
        )),
        ResourceCommand::Delete { node, resource } => {
            Ok(replies(ctx, client.delete_resource(&resource, &node).await?))
        }
        ResourceCommand::ToggleDisk { node, resource, storage_pool, diskless } => {
            Ok(replies(ctx, client.toggle_disk(&resource, &node, !diskless, storage_pool.as_deref()).await?))
        }
        ResourceCommand::Place(args) => {
            let placement = Placement {
                size_kib: args.size.as_deref().map(parse_kib).transpose()?,
                redundancy: args.redundancy,
                storage_pool: args.storage_pool,
                diskless_on_remaining: args.diskless_on_remaining,
            };
            info_output(ctx, client.place(&args.resource, &placement).await?)
        }
        ResourceCommand::Resize { resource, size, volume } => {
            let size = match size.strip_prefix('+') {
                Some(growth) => NewSize::GrowBy(parse_kib(growth)?),
                None => NewSize::Exactly(parse_kib(&size)?),
            };
            info_output(ctx, client.resize(&resource, volume, size).await?)
        }
        ResourceCommand::Activate { resource, node } => {
            info_output(ctx, client.activate(&resource, &node).await?)
        }
        ResourceCommand::Deactivate { resource, node } => {
            info_output(ctx, client.deactivate(&resource, &node).await?)
        }
        ResourceCommand::MakeDiskful { resource, node, storage_pool } => {
            let pool = storage_pool.as_deref();
            info_output(ctx, client.assign(&resource, &node, Assignment::Diskful, pool).await?)
        }
        ResourceCommand::MakeDiskless { resource, node } => {
            info_output(ctx, client.assign(&resource, &node, Assignment::Diskless, None).await?)
        }
        ResourceCommand::Unassign { resource, node } => {
            info_output(ctx, client.assign(&resource, &node, Assignment::Unassigned, None).await?)
        }
        ResourceCommand::DualPrimary { resource, state } => {
            info_output(ctx, client.set_dual_primary(&resource, matches!(state, OnOff::On)).await?)
        }
        ResourceCommand::Info { resource } => {
            info_output(ctx, (client.resource_info(&resource).await?, Vec::new()))
        }
        ResourceCommand::Wait { resource, node, until, wait } => {
            let spinner = crate::cli::wait::spinner(ctx, format!("waiting for `{resource}` to be {until}"));
            let polled = client.wait(&resource, node.as_deref(), &until, wait.limits()).await?;
            drop(spinner);
            let id = polled.last.resource.clone();
            let timeout = humantime::format_duration(wait.limits().timeout);
            let record = WaitRecord::new(
                id.clone(),
                polled.map(|watched| match watched.in_state(&until) {
                    Some(done) => done.disk_state(),
                    None => watched.describe(),
                }),
                |now, _| format!("`{id}` did not become {until} within {timeout} (now: {now})"),
            );
            Ok(record_output(record))
        }
    }
}

/// A high-level command's result: the resource as it is now, with warnings on stderr.
fn info_output(ctx: &Context, (info, replies): (ResourceInfo, Vec<ApiCallRc>)) -> Result<Output> {
    warn(ctx, &replies);
    let view = info_view(&info);
    Ok(Output::object(info).with_table_view(view))
}

/// The info as key/value rows: one row per replica and per volume.
fn info_view(info: &ResourceInfo) -> Value {
    let mut view = Map::new();
    view.insert("name".into(), json!(info.name));
    view.insert("resource_group".into(), json!(info.resource_group));
    view.insert("allow_two_primaries".into(), json!(info.allow_two_primaries));
    view.insert("diskful_nodes".into(), json!(info.diskful_nodes));
    view.insert("diskless_nodes".into(), json!(info.diskless_nodes));
    for replica in &info.replicas {
        let kind = if replica.diskless { "diskless" } else { "diskful" };
        view.insert(
            format!("node {}", replica.node),
            json!(format!("{} ({kind}, {})", replica.state, replica.storage_pool)),
        );
    }
    for volume in &info.volumes {
        let disks: Vec<String> =
            volume.backing_disks.iter().map(|(node, disk)| format!("{node}: {disk}")).collect();
        let text = format!(
            "{} {} backed by {}",
            format_kib(volume.size_kib),
            volume.device_path.as_deref().unwrap_or("(no device yet)"),
            if disks.is_empty() { "nothing yet".to_string() } else { disks.join(", ") }
        );
        view.insert(format!("volume {}", volume.volume_number), json!(text));
    }
    Value::Object(view)
}

/// linstor-client's resource columns: usage from `in_use`, broken connections, disk state.
fn resource_row(resource: &Resource) -> Value {
    let usage = match resource.state.as_ref().and_then(|s| s.in_use) {
        Some(true) => "InUse",
        Some(false) => "Unused",
        None => "",
    };
    let broken = resource.broken_connections();
    let conns =
        if broken.is_empty() { "Ok".to_string() } else { format!("Connecting({})", broken.join(",")) };
    let created = resource
        .create_timestamp
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default();
    row(&[
        ("resource", json!(resource.name)),
        ("node", json!(resource.node_name)),
        ("usage", json!(usage)),
        ("conns", json!(conns)),
        ("state", json!(resource.disk_state())),
        ("created_on", json!(created)),
    ])
}
