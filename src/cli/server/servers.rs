//! Server listing, inspection, waits, power actions, resize, reassign and metadata.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{ListArgs, MetadataCommand};
use crate::cli::cyclades::{
    SERVER_STATES, StateArgs, parse_key_values, poll_server, project_hint, resolve_server, server_still,
    server_summary, wait_server,
};
use crate::cli::wait::{WaitArgs, WaitCommandArgs, WaitRecord, record_output};
use crate::clients::cyclades::{Cyclades, WaitFor, compute, id_of, resolve};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

const LIST_COLUMNS: [&str; 7] = ["id", "name", "status", "flavor", "image", "ipv4", "project"];

/// Flavor and image names by id, from one listing each, so that tables show the names
/// people think in rather than the ids the servers carry.
struct CatalogNames {
    flavors: HashMap<String, String>,
    images: HashMap<String, String>,
}

impl CatalogNames {
    async fn fetch(cyclades: &Cyclades) -> Result<CatalogNames> {
        let (flavors, images) =
            futures::try_join!(cyclades.compute.list_flavors(), cyclades.compute.list_images())?;
        let by_id = |items: Vec<Value>| -> HashMap<String, String> {
            items
                .iter()
                .filter_map(|item| Some((id_of(&item["id"]), item["name"].as_str()?.to_string())))
                .collect()
        };
        Ok(CatalogNames { flavors: by_id(flavors), images: by_id(images) })
    }

    /// Replaces the flavor and image ids of a table row by their names; an id with no name
    /// (an image deleted since, or not visible to the user) stays as it is.
    fn name(&self, row: &mut Value) {
        for (field, names) in [("flavor", &self.flavors), ("image", &self.images)] {
            if let Some(name) = row[field].as_str().and_then(|id| names.get(id)) {
                row[field] = json!(name);
            }
        }
    }
}

pub async fn list(ctx: &Context, cyclades: &Cyclades, args: ListArgs) -> Result<Output> {
    let servers = cyclades.compute.list_servers().await?;
    let name_like = args.name_like.as_ref().map(|text| text.to_lowercase());
    let matches = |server: &Value| {
        let field_is =
            |value: &Value, wanted: &Option<String>| wanted.as_ref().is_none_or(|w| id_of(value) == *w);
        args.status.as_ref().is_none_or(|s| compute::status_of(server).eq_ignore_ascii_case(s))
            && name_like
                .as_ref()
                .is_none_or(|text| server["name"].as_str().unwrap_or_default().to_lowercase().contains(text))
            && field_is(&server["flavor"]["id"], &args.flavor)
            && field_is(&server["image"]["id"], &args.image)
            && field_is(&server["tenant_id"], &args.project)
    };
    let selected: Vec<Value> = servers.into_iter().filter(|server| matches(server)).collect();
    if args.long {
        return Ok(Output::list(selected, &[]).long(true));
    }
    let mut rows: Vec<Value> = selected.iter().map(server_summary).collect();
    if ctx.output_settings().is_table() && !rows.is_empty() {
        let names = CatalogNames::fetch(cyclades).await?;
        rows.iter_mut().for_each(|row| names.name(row));
    }
    Ok(Output::list(selected, &LIST_COLUMNS).with_table_rows(rows))
}

/// The table view of one server: the summary plus attachments, volumes and metadata.
fn server_view(server: &Value) -> Value {
    let mut view = server_summary(server);
    let nics: Vec<String> = server["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|nic| {
            let ip = nic["ipv4"].as_str().filter(|ip| !ip.is_empty()).unwrap_or("no IP");
            format!(
                "port {} on network {}: {ip} ({}, {})",
                id_of(&nic["id"]),
                id_of(&nic["network_id"]),
                nic["OS-EXT-IPS:type"].as_str().unwrap_or("fixed"),
                nic["mac_address"].as_str().unwrap_or_default()
            )
        })
        .collect();
    let metadata: Vec<String> = server["metadata"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(key, value)| format!("{key}={}", value.as_str().unwrap_or_default()))
        .collect();
    view["task"] = server["SNF:task_state"].clone();
    view["progress"] = server["progress"].clone();
    view["attachments"] = json!(nics.join("; "));
    view["volumes"] = server["volumes"].clone();
    view["metadata"] = json!(metadata.join(", "));
    view["key_name"] = server["key_name"].clone();
    view["user"] = server["user_id"].clone();
    view["created"] = server["created"].clone();
    view["updated"] = server["updated"].clone();
    if let Some(password) = server.get("adminPass") {
        view["admin_password"] = password.clone();
    }
    view
}

/// One server for output: the complete object in JSON, a readable view with flavor and
/// image names in tables (so `create`, `info` and every action show the same view).
pub async fn server_output(ctx: &Context, cyclades: &Cyclades, server: Value) -> Result<Output> {
    let mut view = server_view(&server);
    if ctx.output_settings().is_table() {
        CatalogNames::fetch(cyclades).await?.name(&mut view);
    }
    Ok(Output::object(server).with_table_view(view))
}

pub async fn info(ctx: &Context, cyclades: &Cyclades, wanted: &str) -> Result<Output> {
    server_output(ctx, cyclades, resolve_server(cyclades, wanted).await?).await
}

pub async fn wait(
    ctx: &Context,
    cyclades: &Cyclades,
    wanted: &str,
    states: &StateArgs,
    args: &WaitCommandArgs,
) -> Result<Output> {
    let wait = states.wait_for(WaitFor::While("BUILD".into()), &SERVER_STATES)?;
    let server = resolve_server(cyclades, wanted).await?;
    let id = id_of(&server["id"]);
    let polled = poll_server(ctx, cyclades, &id, &wait, args.limits()).await?;
    let record =
        WaitRecord::new(id.clone(), polled.map(|s| compute::status_of(&s).to_string()), |status, after| {
            server_still(&id, &wait, &json!({"status": status}), after)
        });
    Ok(record_output(record))
}

/// The power actions.
#[derive(Debug, Clone, Copy)]
pub enum Power {
    Start,
    Shutdown,
    Reboot { hard: bool },
}

impl Power {
    /// The status the action needs, and the one it ends in.
    fn states(self) -> (&'static str, &'static str) {
        match self {
            Power::Start => ("STOPPED", "ACTIVE"),
            Power::Shutdown => ("ACTIVE", "STOPPED"),
            Power::Reboot { .. } => ("ACTIVE", "ACTIVE"),
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Power::Start => "start",
            Power::Shutdown => "shut down",
            Power::Reboot { .. } => "reboot",
        }
    }
}

/// Fails with a clear error when a server is not in the status an action needs.
fn require_status(server: &Value, required: &str, verb: &str, fix: &str) -> Result<()> {
    let status = compute::status_of(server);
    if status == required {
        return Ok(());
    }
    let id = id_of(&server["id"]);
    let error = Error::conflict(format!("cannot {verb} server {id}: it is {status}, and must be {required}"));
    Err(match (status, required) {
        ("BUILD", _) => error.hint(format!("wait for it to finish building: `kamaki server wait {id}`")),
        (_, "STOPPED") => {
            error.hint(format!("shut it down first: `kamaki server shutdown {id} --wait`{fix}"))
        }
        (_, "ACTIVE") => error.hint(format!("start it first: `kamaki server start {id} --wait`")),
        _ => error,
    })
}

pub async fn power(
    ctx: &Context,
    cyclades: &Cyclades,
    wanted: &str,
    action: Power,
    wait: &WaitArgs,
) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    let id = id_of(&server["id"]);
    let (required, target) = action.states();
    if compute::status_of(&server) == target && !matches!(action, Power::Reboot { .. }) {
        return Err(Error::conflict(format!("cannot {} server {id}: it is already {target}", action.verb())));
    }
    require_status(&server, required, action.verb(), "")?;
    match action {
        Power::Start => cyclades.compute.start_server(&id).await?,
        Power::Shutdown => cyclades.compute.shutdown_server(&id).await?,
        Power::Reboot { hard } => cyclades.compute.reboot_server(&id, hard).await?,
    }
    let after = if wait.enabled() {
        // The status holds (or is REBOOT) until the action completes, then becomes the target.
        wait_server(ctx, cyclades, &id, &WaitFor::Until(target.into()), wait).await?
    } else {
        cyclades.compute.get_server(&id).await?
    };
    server_output(ctx, cyclades, after).await
}

pub async fn delete(
    ctx: &Context,
    cyclades: &Cyclades,
    wanted: &[String],
    wait: &WaitArgs,
) -> Result<Output> {
    let mut servers = Vec::new();
    for name in wanted {
        servers.push(resolve_server(cyclades, name).await?);
    }
    let mut results = Vec::new();
    for server in &servers {
        let id = id_of(&server["id"]);
        cyclades.compute.delete_server(&id).await?;
        let status = if wait.enabled() {
            let last = wait_server(ctx, cyclades, &id, &WaitFor::Until("DELETED".into()), wait).await?;
            compute::status_of(&last).to_string()
        } else {
            cyclades
                .compute
                .get_server(&id)
                .await
                .map(|s| compute::status_of(&s).to_string())
                .unwrap_or_default()
        };
        results.push(json!({"id": id, "name": server["name"], "status": status}));
    }
    Ok(Output::list(results, &["id", "name", "status"]))
}

pub async fn resize(ctx: &Context, cyclades: &Cyclades, wanted: &str, flavor: &str) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    let flavors = cyclades.compute.list_flavors().await?;
    let flavor = resolve(&flavors, "flavor", flavor, "kamaki server flavor list")?;
    let id = id_of(&server["id"]);
    require_status(&server, "STOPPED", "resize", ", then resize, then start it")?;
    cyclades.compute.resize_server(&id, &id_of(&flavor["id"])).await?;
    server_output(ctx, cyclades, cyclades.compute.get_server(&id).await?).await
}

pub async fn reassign(ctx: &Context, cyclades: &Cyclades, wanted: &str, project: &str) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    let id = id_of(&server["id"]);
    require_status(&server, "STOPPED", "reassign", ", then reassign, then start it")?;
    cyclades.compute.reassign_server(&id, project).await.map_err(|err| project_hint(err, Some(project)))?;
    server_output(ctx, cyclades, cyclades.compute.get_server(&id).await?).await
}

pub async fn rename(ctx: &Context, cyclades: &Cyclades, wanted: &str, name: &str) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    let id = id_of(&server["id"]);
    cyclades.compute.rename_server(&id, name).await?;
    server_output(ctx, cyclades, cyclades.compute.get_server(&id).await?).await
}

pub async fn metadata(cyclades: &Cyclades, command: MetadataCommand) -> Result<Output> {
    let metadata = match command {
        MetadataCommand::List { server } => {
            let id = id_of(&resolve_server(cyclades, &server).await?["id"]);
            cyclades.compute.metadata(&id).await?
        }
        MetadataCommand::Set { server, pairs } => {
            let changes = parse_key_values(&pairs, "metadata pair")?;
            let id = id_of(&resolve_server(cyclades, &server).await?["id"]);
            cyclades.compute.set_metadata(&id, &changes).await?
        }
        MetadataCommand::Delete { server, keys } => {
            let id = id_of(&resolve_server(cyclades, &server).await?["id"]);
            for key in &keys {
                cyclades.compute.delete_metadata(&id, key).await?;
            }
            cyclades.compute.metadata(&id).await?
        }
    };
    Ok(Output::object(metadata))
}

pub async fn console(cyclades: &Cyclades, wanted: &str, kind: &str) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    require_status(&server, "ACTIVE", "open a console on", "")?;
    let console = cyclades.compute.console(&id_of(&server["id"]), kind).await?;
    Ok(Output::object(console))
}

pub async fn stats(cyclades: &Cyclades, wanted: &str) -> Result<Output> {
    let server = resolve_server(cyclades, wanted).await?;
    Ok(Output::object(cyclades.compute.stats(&id_of(&server["id"])).await?))
}
