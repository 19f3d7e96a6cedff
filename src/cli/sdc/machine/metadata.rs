//! `kamaki sdc machine metadata …`: key/value strings readable inside a machine.

use clap::Subcommand;
use serde_json::json;

use super::parse_pair;
use crate::clients::sdc::SdcClient;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MetadataCommand {
    /// Show a machine's metadata
    List {
        machine: String,
        /// Include the generated root/admin passwords
        #[arg(long)]
        credentials: bool,
    },
    /// Show one metadata value
    Get { machine: String, key: String },
    /// Add or overwrite metadata
    Set {
        machine: String,
        #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_pair)]
        entries: Vec<(String, String)>,
    },
    /// Delete metadata keys, or all of them with `--all`
    Delete {
        machine: String,
        #[arg(required_unless_present = "all")]
        keys: Vec<String>,
        #[arg(long, conflicts_with = "keys")]
        all: bool,
    },
}
pub async fn run(client: &SdcClient, command: MetadataCommand) -> Result<Output> {
    match command {
        MetadataCommand::List { machine, credentials } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.metadata(&machine.id, credentials).await?))
        }
        MetadataCommand::Get { machine, key } => {
            let machine = client.find_machine(&machine).await?;
            let value = client.metadata_value(&machine.id, &key).await?;
            Ok(Output::object(json!({"key": key, "value": value})))
        }
        MetadataCommand::Set { machine, entries } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.update_metadata(&machine.id, &entries).await?))
        }
        MetadataCommand::Delete { machine, keys, all } => {
            let machine = client.find_machine(&machine).await?;
            if all {
                client.delete_all_metadata(&machine.id).await?;
            }
            for key in &keys {
                client.delete_metadata(&machine.id, key).await?;
            }
            Ok(Output::object(client.metadata(&machine.id, false).await?))
        }
    }
}
