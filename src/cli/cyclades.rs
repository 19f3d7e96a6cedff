//! What the `server`, `network` and `volume` groups share: resolving ids or names, waits
//! with progress, `key=value` arguments and the wait-state flags.

use std::collections::BTreeMap;
use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use crate::clients::cyclades::{Cyclades, WaitFor, compute, id_of, resolve};
use crate::context::Context;
use crate::error::{Error, Result};

/// How long `--wait` flags wait before giving up.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(300);

/// Server states a wait can name.
pub const SERVER_STATES: [&str; 6] = ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR", "DELETED"];

/// `--while STATE | --until STATE`; the global `--timeout` bounds the wait.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait while the status is STATE
    #[arg(long = "while", value_name = "STATE", conflicts_with = "until")]
    pub while_state: Option<String>,
    /// Wait until the status is STATE
    #[arg(long, value_name = "STATE")]
    pub until: Option<String>,
}

/// How long a wait may take: the global `--timeout` when given (exit code 124 when it
/// passes), else five minutes.
pub fn wait_timeout(ctx: &Context) -> Duration {
    ctx.globals.timeout.unwrap_or(DEFAULT_WAIT)
}

impl WaitArgs {
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
pub fn parse_key_values(pairs: &[String], what: &str) -> Result<BTreeMap<String, String>> {
    pairs
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
            _ => Err(Error::usage(format!("`{pair}` is not a {what} `KEY=VALUE`"))),
        })
        .collect()
}

/// Finds a server by id or name.
pub async fn resolve_server(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    if wanted.bytes().all(|b| b.is_ascii_digit()) {
        return cyclades.compute.get_server(wanted).await;
    }
    let servers = cyclades.compute.list_servers().await?;
    resolve(&servers, "server", wanted, "kamaki server list").cloned()
}

/// Finds a network by id or name.
pub async fn resolve_network(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    let networks = cyclades.network.list_networks().await?;
    resolve(&networks, "network", wanted, "kamaki network list").cloned()
}

/// Waits for a server with a spinner that shows its status; the result is the last
/// state seen.
pub async fn wait_server(
    ctx: &Context,
    cyclades: &Cyclades,
    id: &str,
    wait: &WaitFor,
    timeout: Duration,
) -> Result<Value> {
    let spinner = crate::progress::spinner(ctx.quiet(), format!("server {id}: waiting {}", wait.describe()));
    let result = cyclades
        .compute
        .wait_server(id, wait, timeout, |server| {
            let status = compute::status_of(server);
            let progress = server["progress"].as_u64().filter(|_| status == "BUILD");
            spinner.set_message(match progress {
                Some(percent) => format!("server {id}: {status} {percent}%"),
                None => format!("server {id}: {status}"),
            });
        })
        .await;
    spinner.finish_and_clear();
    result
}

/// A short view of a server for tables and action results.
pub fn server_summary(server: &Value) -> Value {
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
