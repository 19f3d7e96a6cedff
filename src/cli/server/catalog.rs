//! Flavors, images, key pairs and server quotas: what a user looks up before creating
//! a server.

use serde_json::{Value, json};

use super::{FlavorCommand, ImageCommand, KeypairCommand};
use crate::clients::cyclades::{Cyclades, resolve};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, human_size};

const FLAVOR_COLUMNS: [&str; 6] = ["id", "name", "vcpus", "ram", "disk", "SNF:disk_template"];
const IMAGE_COLUMNS: [&str; 4] = ["id", "name", "status", "os"];

/// The resources a server uses, in the order the seed's quota example checks them.
const SERVER_RESOURCES: [&str; 8] = [
    "cyclades.vm",
    "cyclades.cpu",
    "cyclades.total_cpu",
    "cyclades.ram",
    "cyclades.total_ram",
    "cyclades.disk",
    "cyclades.network.private",
    "cyclades.floating_ip",
];

pub async fn flavor(cyclades: &Cyclades, command: FlavorCommand) -> Result<Output> {
    let flavors = cyclades.compute.list_flavors().await?;
    match command {
        FlavorCommand::List { vcpus, ram, disk, disk_template } => {
            let number_is =
                |value: &Value, wanted: Option<u64>| wanted.is_none_or(|w| value.as_u64() == Some(w));
            let selected: Vec<Value> = flavors
                .into_iter()
                .filter(|flavor| {
                    number_is(&flavor["vcpus"], vcpus)
                        && number_is(&flavor["ram"], ram)
                        && number_is(&flavor["disk"], disk)
                        && disk_template
                            .as_ref()
                            .is_none_or(|t| flavor["SNF:disk_template"].as_str() == Some(t))
                })
                .collect();
            Ok(Output::list(selected, &FLAVOR_COLUMNS))
        }
        FlavorCommand::Info { flavor } => {
            Ok(Output::object(resolve(&flavors, "flavor", &flavor, "kamaki server flavor list")?))
        }
    }
}

pub async fn image(cyclades: &Cyclades, command: ImageCommand) -> Result<Output> {
    let images = cyclades.compute.list_images().await?;
    match command {
        ImageCommand::List { name_like, long } => {
            let wanted = name_like.map(|text| text.to_lowercase());
            let selected: Vec<Value> = images
                .into_iter()
                .filter(|image| {
                    wanted
                        .as_ref()
                        .is_none_or(|w| image["name"].as_str().unwrap_or_default().to_lowercase().contains(w))
                })
                .collect();
            let rows = selected
                .iter()
                .map(|image| {
                    json!({"id": image["id"], "name": image["name"], "status": image["status"],
                           "os": image["metadata"]["os"]})
                })
                .collect();
            Ok(Output::list(selected, &IMAGE_COLUMNS).with_table_rows(rows).long(long))
        }
        ImageCommand::Info { image } => {
            Ok(Output::object(resolve(&images, "image", &image, "kamaki server image list")?))
        }
    }
}

pub async fn keypair(cyclades: &Cyclades, command: KeypairCommand) -> Result<Output> {
    match command {
        KeypairCommand::List => {
            let keypairs = cyclades.compute.list_keypairs().await?;
            Ok(Output::list(keypairs, &["name", "fingerprint"]))
        }
        KeypairCommand::Create { name, save } => {
            let keypair = cyclades.compute.create_keypair(&name, None).await.map_err(clash_hint)?;
            if let Some(path) = save {
                let private = keypair["private_key"].as_str().unwrap_or_default();
                crate::config::write_private_atomic(&path, private.as_bytes()).map_err(|err| {
                    err.context(format!(
                        "saving the private key of `{name}` (the key pair exists; delete it and retry)"
                    ))
                })?;
            }
            Ok(Output::object(keypair))
        }
        KeypairCommand::Import { name, public_key } => {
            let key = std::fs::read_to_string(&public_key).map_err(|err| {
                Error::usage(format!("cannot read the public key `{}`: {err}", public_key.display()))
            })?;
            let keypair =
                cyclades.compute.create_keypair(&name, Some(key.trim())).await.map_err(clash_hint)?;
            Ok(Output::object(keypair))
        }
        KeypairCommand::Delete { names } => {
            for name in &names {
                cyclades.compute.delete_keypair(name).await?;
            }
            let rows: Vec<Value> =
                names.iter().map(|name| json!({"name": name, "status": "deleted"})).collect();
            Ok(Output::list(rows, &["name", "status"]))
        }
    }
}

fn clash_hint(err: Error) -> Error {
    if err.status() == Some(409) {
        err.hint("pick another name, or delete the old key pair with `kamaki server keypair delete NAME`")
    } else {
        err
    }
}

/// The server-related quotas of the user, per project: usage, limit and whether there is
/// room left.
pub async fn quota(ctx: &Context, project: Option<&str>) -> Result<Output> {
    let quotas = ctx.account().await?.quotas().await?;
    if let Some(project) = project
        && !quotas.contains_key(project)
    {
        return Err(Error::not_found(format!("you have no quota in project `{project}`"))
            .hint("`kamaki astakos project list --mine` shows your projects"));
    }
    let mut rows = Vec::new();
    let mut table_rows = Vec::new();
    for (project_id, resources) in quotas.iter().filter(|(id, _)| project.is_none_or(|p| p == id.as_str())) {
        for resource in SERVER_RESOURCES {
            let Some(quota) = resources.get(resource) else { continue };
            let state = if quota.usage < quota.limit { "ok" } else { "exhausted" };
            rows.push(json!({
                "project": project_id,
                "resource": resource,
                "usage": quota.usage,
                "limit": quota.limit,
                "state": state,
            }));
            let bytes = resource.ends_with("ram") || resource.ends_with("disk");
            let show = |n: i64| if bytes { human_size(u64::try_from(n).unwrap_or(0)) } else { n.to_string() };
            table_rows.push(json!({
                "project": project_id,
                "resource": resource,
                "usage": show(quota.usage),
                "limit": show(quota.limit),
                "state": state,
            }));
        }
    }
    Ok(Output::list(rows, &["project", "resource", "usage", "limit", "state"]).with_table_rows(table_rows))
}
