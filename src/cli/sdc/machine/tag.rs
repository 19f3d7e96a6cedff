//! `kamaki sdc machine tag …`: a machine's tags.

use clap::Subcommand;
use serde_json::json;

use super::{parse_pair, typed_tags};
use crate::clients::sdc::SdcClient;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TagCommand {
    /// Show a machine's tags
    List { machine: String },
    /// Show one tag's value
    Get { machine: String, name: String },
    /// Replace all of a machine's tags with these
    Set {
        machine: String,
        #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_pair)]
        tags: Vec<(String, String)>,
    },
    /// Add or overwrite tags, keeping the others
    Add {
        machine: String,
        #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_pair)]
        tags: Vec<(String, String)>,
    },
    /// Delete tags, or all of them with `--all`
    Delete {
        machine: String,
        #[arg(required_unless_present = "all")]
        names: Vec<String>,
        #[arg(long, conflicts_with = "names")]
        all: bool,
    },
}
pub async fn run(client: &SdcClient, command: TagCommand) -> Result<Output> {
    match command {
        TagCommand::List { machine } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.tags(&machine.id).await?))
        }
        TagCommand::Get { machine, name } => {
            let machine = client.find_machine(&machine).await?;
            let value = client.tag(&machine.id, &name).await?;
            Ok(Output::object(json!({"name": name, "value": value})))
        }
        TagCommand::Set { machine, tags } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.update_tags(&machine.id, &typed_tags(tags), true).await?))
        }
        TagCommand::Add { machine, tags } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::object(client.update_tags(&machine.id, &typed_tags(tags), false).await?))
        }
        TagCommand::Delete { machine, names, all } => {
            let machine = client.find_machine(&machine).await?;
            if all {
                client.delete_all_tags(&machine.id).await?;
            }
            for name in &names {
                client.delete_tag(&machine.id, name).await?;
            }
            Ok(Output::object(client.tags(&machine.id).await?))
        }
    }
}
