//! What the `server`, `network` and `volume` groups share: resolving ids or names, waits
//! with progress, `key=value` arguments and the wait-state flags.

use std::collections::BTreeMap;

use clap::Args;
use serde_json::{Value, json};

use crate::cli::wait::WaitArgs;
use crate::clients::cyclades::{Cyclades, WaitFor, compute, id_of, resolve};
use crate::clients::poll::{PollLimits, Polled};
use crate::context::Context;
use crate::error::{Error, Result};

/// Server states a wait can name.
pub(super) const SERVER_STATES: [&str; 6] = ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR", "DELETED"];

// `--while STATE | --until STATE` of `wait` subcommands.
#[derive(Debug, Clone, Args)]
pub struct StateArgs {
    /// Wait while the status is STATE
    #[arg(long = "while", value_name = "STATE", conflicts_with = "until")]
    pub while_state: Option<String>,
    /// Wait until the status is STATE
    #[arg(long, value_name = "STATE")]
    pub until: Option<String>,
}

impl StateArgs {
    /// The wait asked for, checked against the states the resource can be in.
    pub fn wait_for(&self, default: WaitFor, states: &[&str]) -> Result<WaitFor> {
        let wait = match (&self.while_state, &self.until) {
            (Some(state), _) => WaitFor::While(state.clone()),
            (None, Some(state)) => WaitFor::Until(state.clone()),
            (None, None) => default,
        };
        let (WaitFor::While(state) | WaitFor::Until(state)) = &wait;
        if !states.iter().any(|known| known.eq_ignore_ascii_case(state)) {
            return Err(Error::usage(format!("`{state}` is not a state this can wait for"))
                .hint(format!("use one of {}", states.join(", "))));
        }
        Ok(match wait {
            WaitFor::While(state) => WaitFor::While(normalize(states, &state)),
            WaitFor::Until(state) => WaitFor::Until(normalize(states, &state)),
        })
    }
}

fn normalize(states: &[&str], state: &str) -> String {
    states
        .iter()
        .find(|known| known.eq_ignore_ascii_case(state))
        .map_or_else(|| state.to_string(), |s| s.to_string())
}

/// Parses `KEY=VALUE` pairs.
pub(super) fn parse_key_values(pairs: &[String], what: &str) -> Result<BTreeMap<String, String>> {
    pairs
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
            _ => Err(Error::usage(format!("`{pair}` is not a {what} `KEY=VALUE`"))),
        })
        .collect()
}

/// Points a refusal that names the project the request carried (unknown, or the user is
/// not a member) at the user's projects.
pub(super) fn project_hint(err: Error, project: Option<&str>) -> Error {
    let names_project = project.is_some_and(|id| !id.is_empty() && err.message().contains(id));
    match err.status() {
        Some(403 | 404) if names_project => {
            err.hint("`kamaki astakos project list --mine` shows the projects you can use")
        }
        _ => err,
    }
}

/// Finds a server by id or name.
pub(super) async fn resolve_server(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    if wanted.bytes().all(|b| b.is_ascii_digit()) {
        return cyclades.compute.get_server(wanted).await;
    }
    let servers = cyclades.compute.list_servers().await?;
    resolve(&servers, "server", wanted, "kamaki server list").cloned()
}

/// Finds a network by id or name.
pub(super) async fn resolve_network(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    let networks = cyclades.network.list_networks().await?;
    resolve(&networks, "network", wanted, "kamaki network list").cloned()
}

/// Polls a server with a spinner that shows its status.
pub(super) async fn poll_server(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    limits: PollLimits,
) -> Result<Polled<Value>> {
    let spinner = crate::cli::wait::spinner(ctx, format!("server {id}: waiting {}", wait.describe()));
    let what = format!("server {id}");
    cyclades
        .compute
        .wait_server(id, wait, limits, |server| {
            let status = compute::status_of(server);
            match server["progress"].as_u64().filter(|_| status == "BUILD") {
                Some(percent) => spinner.show(&what, &format!("{status} {percent}%")),
                None => spinner.show(&what, status),
            }
        })
        .await
}

/// What a server wait that ran out of time says.
pub(super) fn server_still(id: &str, wait: &WaitFor, server: &Value, after: &str) -> String {
    format!("server {id} is still {} after {after} (waiting {})", compute::status_of(server), wait.describe())
}

/// Waits for a server as an action's `--wait` asks; the result is the server as it is then.
pub(super) async fn wait_server(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    args: &WaitArgs,
) -> Result<Value> {
    let polled = poll_server(ctx, cyclades, id, wait, args.limits()).await?;
    args.done(polled, |server, after| server_still(id, wait, server, after))
}

/// Waits for a port as an action's `--wait` asks.
pub(super) async fn wait_port(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    args: &WaitArgs,
) -> Result<Value> {
    let spinner = crate::cli::wait::spinner(ctx, format!("port {id}: waiting {}", wait.describe()));
    let polled = cyclades.network.wait_port(id, wait, args.limits()).await?;
    drop(spinner);
    args.done(polled, |port, after| {
        format!(
            "port {id} is still {} after {after} (waiting {})",
            port["status"].as_str().unwrap_or("UNKNOWN"),
            wait.describe()
        )
    })
}

/// Polls a volume with a spinner.
pub(super) async fn poll_volume(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    limits: PollLimits,
) -> Result<Polled<Value>> {
    let _spinner = crate::cli::wait::spinner(ctx, format!("volume {id}: waiting {}", wait.describe()));
    cyclades.volume.wait_volume(id, wait, limits).await
}

/// What a volume wait that ran out of time says.
pub(super) fn volume_still(id: &str, wait: &WaitFor, volume: &Value, after: &str) -> String {
    format!(
        "volume {id} is still {} after {after} (waiting {})",
        volume["status"].as_str().unwrap_or("unknown"),
        wait.describe()
    )
}

/// Waits for a volume as an action's `--wait` asks.
pub(super) async fn wait_volume(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    args: &WaitArgs,
) -> Result<Value> {
    let polled = poll_volume(ctx, cyclades, id, wait, args.limits()).await?;
    args.done(polled, |volume, after| volume_still(id, wait, volume, after))
}

/// A short view of a server for tables and action results.
pub(super) fn server_summary(server: &Value) -> Value {
    json!({
        "id": id_of(&server["id"]),
        "name": server["name"],
        "status": server["status"],
        "flavor": id_of(&server["flavor"]["id"]),
        "image": id_of(&server["image"]["id"]),
        "project": server["tenant_id"],
        "ipv4": compute::ipv4_addresses(server).join(", "),
    })
}
