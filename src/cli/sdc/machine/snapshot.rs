//! `kamaki sdc machine snapshot …`: a machine's snapshots.

use clap::Subcommand;
use serde_json::{Value, json};

use super::wait_machine;
use crate::cli::wait::{self, WaitArgs};
use crate::clients::sdc::{SdcClient, WaitFor};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SnapshotCommand {
    /// List a machine's snapshots
    List { machine: String },
    /// Take a snapshot
    Create {
        machine: String,
        /// The snapshot's name [default: the current UTC time]
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Show a snapshot
    Get { machine: String, name: String },
    /// Delete snapshots
    Delete {
        machine: String,
        #[arg(required = true)]
        names: Vec<String>,
    },
    /// Boot a stopped machine from a snapshot
    Boot {
        machine: String,
        name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}
pub async fn run(ctx: &Context, client: &SdcClient, command: SnapshotCommand) -> Result<Output> {
    let columns = ["name", "state", "created"];
    match command {
        SnapshotCommand::List { machine } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::list(client.snapshots(&machine.id).await?, &columns))
        }
        SnapshotCommand::Create { machine, name, wait } => {
            let machine = client.find_machine(&machine).await?;
            let snapshot = client.create_snapshot(&machine.id, name.as_deref()).await?;
            if !wait.enabled() {
                return Ok(Output::object(snapshot));
            }
            let name = snapshot.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            let spinner = wait::spinner(ctx, format!("snapshotting {}", machine.name));
            let polled = client.wait_snapshot(&machine.id, &name, wait.limits()).await?;
            drop(spinner);
            let created = wait
                .done(polled, |_, after| format!("snapshot `{name}` is still being created after {after}"))?;
            Ok(Output::object(created))
        }
        SnapshotCommand::Get { machine, name } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.snapshot(&machine.id, &name).await?))
        }
        SnapshotCommand::Delete { machine, names } => {
            let machine = client.find_machine(&machine).await?;
            let mut rows = Vec::new();
            for name in names {
                client.delete_snapshot(&machine.id, &name).await?;
                rows.push(json!({"name": name, "status": "deleted"}));
            }
            Ok(Output::list(rows, &["name", "status"]))
        }
        SnapshotCommand::Boot { machine, name, wait } => {
            let machine = client.find_machine(&machine).await?;
            client.boot_snapshot(&machine.id, &name).await?;
            if wait.enabled() {
                let until = WaitFor::Until(vec!["running".into()]);
                wait_machine(ctx, client, &machine.id, &until, &wait).await?;
            }
            Ok(Output::object(client.machine(&machine.id).await?))
        }
    }
}
