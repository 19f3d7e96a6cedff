//! `kamaki file container …`

use serde_json::{Value, json};

use super::{ContainerCommand, ContainerCreateArgs, Files, Versioning};
use crate::clients::pithos::{ContainerInfo, ContainerPolicy};
use crate::error::{Error, Result};
use crate::output::{Output, human_size};

pub(super) async fn run(files: &Files<'_>, command: ContainerCommand) -> Result<Output> {
    let client = &files.client;
    match command {
        ContainerCommand::List => {
            let containers = client.list_containers(files.account.as_deref()).await?;
            let rows = containers.iter().map(table_row).collect();
            Ok(Output::list(&containers, &["name", "count", "size", "project"]).with_table_rows(rows))
        }
        ContainerCommand::Info { container } => {
            let info = client.container_info(files.account.as_deref(), &container).await?;
            Ok(Output::object(&info))
        }
        ContainerCommand::Create(args) => create(files, args).await,
        ContainerCommand::Delete { container, recursive } => {
            let info = client.existing_container_info(&container).await?;
            if recursive && info.count > 0 {
                client.empty_container(&container).await?;
            }
            client.delete_container(&container).await?;
            Ok(Output::object(json!({"name": container, "status": "deleted", "objects_deleted": info.count})))
        }
        ContainerCommand::Empty { container } => {
            let info = client.existing_container_info(&container).await?;
            client.empty_container(&container).await?;
            Ok(Output::object(json!({"name": container, "status": "emptied", "objects_deleted": info.count})))
        }
        ContainerCommand::Reassign { container, project } => {
            client.require_pithos("projects")?;
            let policy = ContainerPolicy { project: Some(project), ..ContainerPolicy::default() };
            client.update_container(&container, &policy).await?;
            Ok(Output::object(client.container_info(None, &container).await?))
        }
    }
}

async fn create(files: &Files<'_>, args: ContainerCreateArgs) -> Result<Output> {
    let client = &files.client;
    let policy = ContainerPolicy {
        quota: args.quota,
        versioning: args.versioning.map(|v| match v {
            Versioning::Auto => "auto".to_string(),
            Versioning::None => "none".to_string(),
        }),
        project: args.project,
        ..ContainerPolicy::default()
    };
    if !client.create_container(&args.container, &policy).await? {
        return Err(Error::conflict(format!("container `{}` already exists", args.container))
            .hint("`kamaki file container info NAME` shows it; pick another name for a new one"));
    }
    Ok(Output::object(client.container_info(None, &args.container).await?))
}

fn table_row(container: &ContainerInfo) -> Value {
    json!({
        "name": container.name,
        "count": container.count,
        "bytes": container.bytes,
        "size": human_size(container.bytes),
        "quota": if container.quota == 0 { "unlimited".to_string() } else { human_size(container.quota) },
        "versioning": container.versioning,
        "project": container.project,
        "last_modified": container.last_modified,
    })
}
