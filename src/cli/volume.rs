//! `kamaki volume`: Cyclades block storage — volumes, their types and snapshots.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::cyclades::{StateArgs, poll_volume, project_hint, resolve_server, volume_still, wait_volume};
use super::wait::{WaitArgs, WaitCommandArgs, WaitRecord, record_output};
use crate::clients::cyclades::volume::VolumeSpec;
use crate::clients::cyclades::{Cyclades, WaitFor, id_of, resolve};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

const VOLUME_COLUMNS: [&str; 6] = ["id", "display_name", "size", "status", "server", "project"];
const VOLUME_STATES: [&str; 7] =
    ["creating", "available", "attaching", "detaching", "in_use", "deleted", "error"];

// Not deferred: its `wait` has a `--timeout` of its own, which must be defined before
// clap copies the global `--timeout` into the subcommands, or the two clash.
#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// List your volumes
    List {
        /// Show every field
        #[arg(short, long)]
        long: bool,
    },
    /// Show a volume
    Info {
        /// Volume id or name
        volume: String,
    },
    /// Create a volume, optionally attached to a server
    Create(CreateArgs),
    /// Delete volumes (detach them first)
    Delete {
        /// Volume ids or names
        #[arg(required = true)]
        volumes: Vec<String>,
        // --wait: they are gone
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Rename a volume
    Rename {
        /// Volume id or name
        volume: String,
        name: String,
    },
    /// Move a volume (and its quota usage) to another project
    Reassign {
        /// Volume id or name
        volume: String,
        #[arg(long)]
        project: String,
    },
    /// Plug a volume into a server
    Attach {
        /// Volume id or name
        volume: String,
        /// Server id or name
        server: String,
        // --wait: it is in use
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Unplug a volume from its server
    Detach {
        /// Volume id or name
        volume: String,
        // --wait: it is available
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Wait for a volume to reach or leave a state [default: while creating]; `--timeout`
    /// bounds the wait, exit code 124 when it passes
    Wait {
        /// Volume id or name
        volume: String,
        #[command(flatten)]
        states: StateArgs,
        #[command(flatten)]
        wait: WaitCommandArgs,
    },
    /// Volume types
    #[command(subcommand)]
    Type(TypeCommand),
    /// Volume snapshots
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Size in GiB
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub size: u64,
    #[arg(long)]
    pub name: String,
    /// Attach it to this server (id or name)
    #[arg(long)]
    pub server: Option<String>,
    /// Volume type id or name (`kamaki volume type list`)
    #[arg(long = "type", value_name = "TYPE")]
    pub volume_type: Option<String>,
    /// The project to charge (default: your system project)
    #[arg(long)]
    pub project: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// Create it from this snapshot (`kamaki volume snapshot list`)
    #[arg(long, value_name = "ID")]
    pub snapshot: Option<String>,
    // --wait: it is ready (available, or in use when attached)
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TypeCommand {
    /// List volume types
    List,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SnapshotCommand {
    /// List your snapshots
    List,
    /// Show a snapshot
    Info { id: String },
    /// Snapshot a volume
    Create {
        /// Volume id or name
        #[arg(long)]
        volume: String,
        #[arg(long)]
        name: Option<String>,
        // --wait: it is AVAILABLE
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete snapshots
    Delete {
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

pub async fn run(ctx: &Context, command: VolumeCommand) -> Result<Output> {
    let cyclades = ctx.cyclades().await?;
    let c = &cyclades;
    match command {
        VolumeCommand::List { long } => {
            let volumes = c.volume.list_volumes().await?;
            let rows = volumes.iter().map(volume_row).collect();
            Ok(Output::list(volumes, &VOLUME_COLUMNS).with_table_rows(rows).long(long))
        }
        VolumeCommand::Info { volume } => Ok(Output::object(resolve_volume(c, &volume).await?)),
        VolumeCommand::Create(args) => create(ctx, c, args).await,
        VolumeCommand::Delete { volumes, wait } => delete(ctx, c, &volumes, &wait).await,
        VolumeCommand::Rename { volume, name } => {
            let id = id_of(&resolve_volume(c, &volume).await?["id"]);
            Ok(Output::object(c.volume.rename_volume(&id, &name).await?))
        }
        VolumeCommand::Reassign { volume, project } => {
            let id = id_of(&resolve_volume(c, &volume).await?["id"]);
            c.volume.reassign_volume(&id, &project).await.map_err(|err| project_hint(err, Some(&project)))?;
            Ok(Output::object(c.volume.get_volume(&id).await?))
        }
        VolumeCommand::Attach { volume, server, wait } => attach(ctx, c, &volume, &server, &wait).await,
        VolumeCommand::Detach { volume, wait } => detach(ctx, c, &volume, &wait).await,
        VolumeCommand::Wait { volume, states, wait: args } => {
            let wait = states.wait_for(WaitFor::While("creating".into()), &VOLUME_STATES)?;
            let id = id_of(&resolve_volume(c, &volume).await?["id"]);
            let polled = poll_volume(ctx, c, &id, &wait, args.limits()).await?;
            let status = polled.map(|v| v["status"].as_str().unwrap_or("unknown").to_string());
            let record = WaitRecord::new(id.clone(), status, |status, after| {
                volume_still(&id, &wait, &json!({"status": status}), after)
            });
            Ok(record_output(record))
        }
        VolumeCommand::Type(TypeCommand::List) => Ok(Output::list(
            c.volume.list_types().await?,
            &["id", "name", "SNF:disk_template", "SNF:detachable"],
        )),
        VolumeCommand::Snapshot(command) => snapshot(ctx, c, command).await,
    }
}

/// A volume in tables: the server it is plugged into in a column of its own.
fn volume_row(volume: &Value) -> Value {
    let mut row = volume.clone();
    row["server"] = volume["attachments"][0]["server_id"].clone();
    row["project"] = volume["tenant_id"].clone();
    row
}

/// Finds a volume by id or name.
async fn resolve_volume(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    let volumes: Vec<Value> = cyclades
        .volume
        .list_volumes()
        .await?
        .into_iter()
        .map(|mut volume| {
            volume["name"] = volume["display_name"].clone();
            volume
        })
        .collect();
    let mut volume = resolve(&volumes, "volume", wanted, "kamaki volume list")?.clone();
    if let Some(fields) = volume.as_object_mut() {
        fields.remove("name");
    }
    Ok(volume)
}

async fn create(ctx: &Context, cyclades: &Cyclades, args: CreateArgs) -> Result<Output> {
    let server_id = match &args.server {
        Some(server) => Some(id_of(&resolve_server(cyclades, server).await?["id"])),
        None => None,
    };
    let volume_type = match &args.volume_type {
        Some(wanted) => {
            let types = cyclades.volume.list_types().await?;
            Some(id_of(&resolve(&types, "volume type", wanted, "kamaki volume type list")?["id"]))
        }
        None => None,
    };
    let spec = VolumeSpec {
        name: args.name,
        size_gib: args.size,
        server_id,
        volume_type,
        project: args.project,
        description: args.description,
        snapshot_id: args.snapshot,
    };
    let volume = cyclades.volume.create_volume(&spec).await.map_err(|err| {
        if err.status() == Some(413) {
            err.hint("not enough disk quota left: see `kamaki server quota`, or charge another project with `--project`")
        } else {
            err
        }
    })?;
    if !args.wait.enabled() {
        return Ok(Output::object(volume));
    }
    let id = id_of(&volume["id"]);
    let ready = wait_volume(ctx, cyclades, &id, &WaitFor::While("creating".into()), &args.wait).await?;
    Ok(Output::object(ready))
}

async fn delete(ctx: &Context, cyclades: &Cyclades, wanted: &[String], wait: &WaitArgs) -> Result<Output> {
    let mut results = Vec::new();
    for name in wanted {
        let volume = resolve_volume(cyclades, name).await?;
        let id = id_of(&volume["id"]);
        if let Some(server) = volume["attachments"][0]["server_id"].as_str() {
            return Err(Error::conflict(format!("volume {id} is attached to server {server}"))
                .hint(format!("detach it first: `kamaki volume detach {id} --wait`")));
        }
        cyclades.volume.delete_volume(&id).await?;
        if wait.enabled() {
            wait_volume(ctx, cyclades, &id, &WaitFor::Until("deleted".into()), wait).await?;
        }
        results.push(json!({"id": id, "display_name": volume["display_name"], "status": "deleted"}));
    }
    Ok(Output::list(results, &["id", "display_name", "status"]))
}

async fn attach(
    ctx: &Context,
    cyclades: &Cyclades,
    volume: &str,
    server: &str,
    wait: &WaitArgs,
) -> Result<Output> {
    let volume = resolve_volume(cyclades, volume).await?;
    let server = resolve_server(cyclades, server).await?;
    let (volume_id, server_id) = (id_of(&volume["id"]), id_of(&server["id"]));
    if let Some(current) = volume["attachments"][0]["server_id"].as_str() {
        return Err(Error::conflict(format!("volume {volume_id} is already attached to server {current}"))
            .hint(format!("detach it first: `kamaki volume detach {volume_id} --wait`")));
    }
    cyclades.compute.attach_volume(&server_id, &volume_id).await?;
    settle(ctx, cyclades, &volume_id, wait, "attaching").await
}

async fn detach(ctx: &Context, cyclades: &Cyclades, volume: &str, wait: &WaitArgs) -> Result<Output> {
    let volume = resolve_volume(cyclades, volume).await?;
    let volume_id = id_of(&volume["id"]);
    let Some(server_id) = volume["attachments"][0]["server_id"].as_str().map(str::to_string) else {
        return Err(Error::conflict(format!("volume {volume_id} is not attached to any server")));
    };
    cyclades.compute.detach_volume(&server_id, &volume_id).await?;
    settle(ctx, cyclades, &volume_id, wait, "detaching").await
}

/// The volume after an attach or detach, once the transition ended when waiting.
async fn settle(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitArgs,
    transition: &str,
) -> Result<Output> {
    let volume = if wait.enabled() {
        wait_volume(ctx, cyclades, id, &WaitFor::While(transition.into()), wait).await?
    } else {
        cyclades.volume.get_volume(id).await?
    };
    Ok(Output::object(volume))
}

async fn snapshot(ctx: &Context, cyclades: &Cyclades, command: SnapshotCommand) -> Result<Output> {
    match command {
        SnapshotCommand::List => Ok(Output::list(
            cyclades.volume.list_snapshots().await?,
            &["id", "display_name", "volume_id", "size", "status"],
        )),
        SnapshotCommand::Info { id } => Ok(Output::object(cyclades.volume.get_snapshot(&id).await?)),
        SnapshotCommand::Create { volume, name, wait } => {
            let volume_id = id_of(&resolve_volume(cyclades, &volume).await?["id"]);
            let snapshot = cyclades.volume.create_snapshot(&volume_id, name.as_deref()).await?;
            if !wait.enabled() {
                return Ok(Output::object(snapshot));
            }
            let id = id_of(&snapshot["id"]);
            let until = WaitFor::Until("AVAILABLE".into());
            let status_of = |snapshot: &Value| snapshot["status"].as_str().unwrap_or("UNKNOWN").to_string();
            let spinner =
                crate::cli::wait::spinner(ctx, format!("snapshot {id}: waiting {}", until.describe()));
            let polled = crate::clients::cyclades::poll(
                &format!("snapshot {id}"),
                &until,
                wait.limits(),
                || cyclades.volume.get_snapshot(&id),
                status_of,
                |snapshot: &Value| spinner.show(&format!("snapshot {id}"), &status_of(snapshot)),
            )
            .await?;
            drop(spinner);
            let ready = wait.done(polled, |snapshot, after| {
                format!("snapshot {id} is still {} after {after}", status_of(snapshot))
            })?;
            Ok(Output::object(ready))
        }
        SnapshotCommand::Delete { ids } => {
            for id in &ids {
                cyclades.volume.delete_snapshot(id).await?;
            }
            let rows: Vec<Value> = ids.iter().map(|id| json!({"id": id, "status": "deleted"})).collect();
            Ok(Output::list(rows, &["id", "status"]))
        }
    }
}
