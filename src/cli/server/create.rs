//! `kamaki server create`: one server, or a cluster created in parallel. A cluster that
//! fails half-way deletes the servers it created, so nothing is left behind.

use futures::stream::{self, StreamExt, TryStreamExt};
use serde_json::Value;

use super::CreateArgs;
use super::servers::server_output;
use crate::cli::cyclades::{parse_key_values, project_hint, resolve_network, server_summary};
use crate::cli::wait::{self, WaitArgs};
use crate::clients::cyclades::compute::{NetworkAttachment, ServerSpec, status_of};
use crate::clients::cyclades::{Cyclades, WaitFor, id_of, resolve};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

/// How many servers of a cluster are created (and waited for) at once.
const CLUSTER_CONCURRENCY: usize = 16;

/// Image properties kamaki copies into a new server's metadata, as the original does.
const INHERITED_IMAGE_PROPERTIES: [&str; 2] = ["os", "users"];

pub async fn run(ctx: &Context, cyclades: &Cyclades, args: CreateArgs) -> Result<Output> {
    let spec = build_spec(cyclades, &args).await?;
    if args.cluster_size == 1 {
        return create_one(ctx, cyclades, spec, &args.wait).await;
    }
    create_cluster(ctx, cyclades, spec, args.cluster_size, &args.wait).await
}

/// Resolves names to ids and reads files, so that a bad argument fails before anything
/// is created.
async fn build_spec(cyclades: &Cyclades, args: &CreateArgs) -> Result<ServerSpec> {
    let flavors = cyclades.compute.list_flavors().await?;
    let flavor = resolve(&flavors, "flavor", &args.flavor, "kamaki server flavor list")?;
    let images = cyclades.compute.list_images().await?;
    let image = resolve(&images, "image", &args.image, "kamaki server image list")?;
    let mut metadata = std::collections::BTreeMap::new();
    for key in INHERITED_IMAGE_PROPERTIES {
        if let Some(value) = image["metadata"][key].as_str() {
            metadata.insert(key.to_string(), value.to_string());
        }
    }
    metadata.extend(parse_key_values(&args.metadata, "metadata pair")?);
    let networks = parse_networks(cyclades, &args.networks).await?;
    let mut personality = Vec::new();
    if let Some(path) = &args.key_inject {
        let key = std::fs::read(path).map_err(|err| {
            Error::usage(format!("cannot read the public key `{}`: {err}", path.display()))
                .hint("pass an OpenSSH public key file, e.g. `~/.ssh/id_ed25519.pub`")
        })?;
        personality.push(("/root/.ssh/authorized_keys".to_string(), key));
    }
    Ok(ServerSpec {
        name: args.name.clone(),
        flavor_id: id_of(&flavor["id"]),
        image_id: id_of(&image["id"]),
        networks,
        project: args.project.clone(),
        metadata,
        key_name: args.key_name.clone(),
        personality,
    })
}

/// `--network none` → no networking; `--network NET[,ip=ADDR]` → those networks; none
/// given → the cloud's default.
async fn parse_networks(cyclades: &Cyclades, values: &[String]) -> Result<Option<Vec<NetworkAttachment>>> {
    if values.is_empty() {
        return Ok(None);
    }
    if values.iter().any(|value| value.eq_ignore_ascii_case("none")) {
        if values.len() > 1 {
            return Err(Error::usage("`--network none` cannot be combined with other networks"));
        }
        return Ok(Some(Vec::new()));
    }
    let mut attachments = Vec::new();
    for value in values {
        let mut parts = value.split(',');
        let network = parts.next().unwrap_or_default().trim_start_matches("id=");
        let mut fixed_ip = None;
        for part in parts {
            let address = part.strip_prefix("ip=").unwrap_or(part);
            if address.parse::<std::net::Ipv4Addr>().is_err() {
                return Err(Error::usage(format!("`{part}` in `--network {value}` is not `ip=ADDRESS`"))
                    .hint("write `--network NETWORK,ip=203.0.113.7`"));
            }
            fixed_ip = Some(address.to_string());
        }
        let network = resolve_network(cyclades, network).await?;
        attachments.push(NetworkAttachment { network_id: id_of(&network["id"]), fixed_ip });
    }
    Ok(Some(attachments))
}

/// Adds the one-time root password of the create reply to the server shown.
fn with_password(mut server: Value, created: &Value) -> Value {
    if let Some(password) = created.get("adminPass") {
        server["adminPass"] = password.clone();
    }
    server
}

async fn wait_built(ctx: &Context, cyclades: &Cyclades, created: &Value, wait: &WaitArgs) -> Result<Value> {
    let id = id_of(&created["id"]);
    let server =
        crate::cli::cyclades::wait_server(ctx, cyclades, &id, &WaitFor::While("BUILD".into()), wait).await?;
    if status_of(&server) == "ERROR" {
        return Err(Error::general(format!("server {id} failed to build: it is in ERROR"))
            .hint(format!("delete it with `kamaki server delete {id}` and try again")));
    }
    Ok(server)
}

async fn create_one(ctx: &Context, cyclades: &Cyclades, spec: ServerSpec, wait: &WaitArgs) -> Result<Output> {
    let created = cyclades
        .compute
        .create_server(&spec)
        .await
        .map_err(|err| project_hint(quota_hint(err, &spec), spec.project.as_deref()))?;
    let server =
        if wait.enabled() { wait_built(ctx, cyclades, &created, wait).await? } else { created.clone() };
    server_output(ctx, cyclades, with_password(server, &created)).await
}

/// Points at the project whose quota ran out.
fn quota_hint(err: Error, spec: &ServerSpec) -> Error {
    if err.status() != Some(413) {
        return err;
    }
    let project =
        spec.project.as_ref().map_or_else(|| "your system project".to_string(), |p| format!("project {p}"));
    err.hint(format!(
        "{project} has no room for this server: see `kamaki server quota`, pick a smaller flavor, \
         or charge another project with `--project`"
    ))
}

async fn create_cluster(
    ctx: &Context,
    cyclades: &Cyclades,
    spec: ServerSpec,
    size: u32,
    wait: &WaitArgs,
) -> Result<Output> {
    let bar = crate::progress::items(
        ctx.quiet(),
        u64::from(size) * if wait.enabled() { 2 } else { 1 },
        "creating cluster",
    );
    let specs: Vec<ServerSpec> =
        (1..=size).map(|n| ServerSpec { name: format!("{}-{n}", spec.name), ..spec.clone() }).collect();
    // Create every server, bounded, remembering which ones exist even if some fail; the
    // results come back in name order.
    let outcomes: Vec<(String, Result<Value>)> = stream::iter(specs)
        .map(|spec| async move {
            let result = cyclades
                .compute
                .create_server(&spec)
                .await
                .map_err(|err| project_hint(quota_hint(err, &spec), spec.project.as_deref()));
            (spec.name, result)
        })
        .buffered(CLUSTER_CONCURRENCY)
        .inspect(|_| bar.inc(1))
        .collect()
        .await;
    let mut created = Vec::new();
    let mut failure = None;
    for (name, outcome) in outcomes {
        match outcome {
            Ok(server) => created.push(server),
            Err(err) => {
                failure.get_or_insert((name, err));
            }
        }
    }
    if let Some((name, err)) = failure {
        bar.finish_and_clear();
        return Err(roll_back(cyclades, &created, &name, err).await);
    }
    let servers = if wait.enabled() {
        let waited: Result<Vec<Value>> = stream::iter(created.iter())
            .map(|server| async {
                let built = wait_built(ctx, cyclades, server, wait).await;
                bar.inc(1);
                built.map(|built| with_password(built, server))
            })
            .buffered(CLUSTER_CONCURRENCY)
            .try_collect()
            .await;
        match waited {
            Ok(servers) => servers,
            Err(err) => {
                bar.finish_and_clear();
                let ids: Vec<String> = created.iter().map(|server| id_of(&server["id"])).collect();
                return Err(err.hint(format!(
                    "the cluster's servers still exist: {}; delete them with `kamaki server delete {}`",
                    ids.join(", "),
                    ids.join(" ")
                )));
            }
        }
    } else {
        created
    };
    bar.finish_and_clear();
    let rows = servers
        .iter()
        .map(|server| {
            let mut row = server_summary(server);
            row["admin_password"] = server["adminPass"].clone();
            row
        })
        .collect();
    Ok(Output::list(servers, &["id", "name", "status", "ipv4", "admin_password"]).with_table_rows(rows))
}

/// Deletes the servers a failed cluster created and waits until they are gone; the error
/// says exactly what remains.
async fn roll_back(cyclades: &Cyclades, created: &[Value], failed: &str, err: Error) -> Error {
    let outcomes: Vec<(String, bool)> = stream::iter(created)
        .map(|server| async move {
            let id = id_of(&server["id"]);
            let gone = WaitFor::Until("DELETED".into());
            let deleted = match cyclades.compute.delete_server(&id).await {
                Ok(()) => cyclades
                    .compute
                    .wait_server(&id, &gone, wait::default_limits(), |_| {})
                    .await
                    .is_ok_and(|polled| !polled.timed_out),
                Err(_) => false,
            };
            (id, deleted)
        })
        .buffer_unordered(CLUSTER_CONCURRENCY)
        .collect()
        .await;
    let mut left: Vec<String> =
        outcomes.into_iter().filter(|(_, deleted)| !deleted).map(|(id, _)| id).collect();
    left.sort();
    let outcome = if left.is_empty() {
        format!("deleted the {} server(s) already created", created.len())
    } else {
        format!("could not delete servers {}; delete them by hand", left.join(", "))
    };
    let message = format!("creating the cluster failed at `{failed}`: {}; {outcome}", err.message());
    let hint = err.hint_text().map(str::to_string);
    // Keep the kind and HTTP status of the failure (e.g. 413 for a quota) for scripts.
    let error = match err.status() {
        Some(status) => Error::http(status, message).with_kind(err.kind()),
        None => Error::new(err.kind(), message),
    };
    match hint {
        Some(hint) => error.hint(hint),
        None => error,
    }
}
