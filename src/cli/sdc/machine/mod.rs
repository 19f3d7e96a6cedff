//! `kamaki sdc machine …`: machines; their snapshots, metadata and tags live in the leaves.

mod metadata;
mod snapshot;
mod tag;

use std::collections::HashMap;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use futures::StreamExt as _;
use serde_json::{Value, json};

use super::ListArgs;
use crate::cli::ssh::SshArgs;
use crate::cli::wait::{self, WaitArgs, WaitCommandArgs, WaitRecord, records_output};
use crate::clients::sdc::{CreateMachine, Machine, MachineFilter, SdcClient, WaitFor, is_uuid};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::progress;

const MACHINE_COLUMNS: [&str; 7] = ["id", "name", "state", "package", "image", "primaryIp", "created"];

/// `NAME@VERSION` (as triton shows images) by image id, from one listing: machines carry
/// only the id.
async fn image_labels(client: &SdcClient) -> Result<HashMap<String, String>> {
    let images = client.images(&[]).await?;
    let text = |image: &Value, key: &str| image[key].as_str().unwrap_or_default().to_string();
    Ok(images
        .iter()
        .map(|image| (text(image, "id"), format!("{}@{}", text(image, "name"), text(image, "version"))))
        .collect())
}

/// Replaces a machine row's image id by its `NAME@VERSION`, when the image is known.
fn label_image(row: &mut Value, labels: &HashMap<String, String>) {
    if let Some(label) = row["image"].as_str().and_then(|id| labels.get(id)) {
        row["image"] = json!(label);
    }
}

/// One machine for output: the API's object in JSON; in tables, the image by its name,
/// as `machine list` shows it.
async fn machine_output(ctx: &Context, client: &SdcClient, machine: impl serde::Serialize) -> Result<Output> {
    let value = serde_json::to_value(machine)?;
    if !ctx.output_settings().is_table() {
        return Ok(Output::object(value));
    }
    let mut view = value.clone();
    label_image(&mut view, &image_labels(client).await?);
    Ok(Output::object(value).with_table_view(view))
}

/// The states CloudAPI reports for machines.
const MACHINE_STATES: [&str; 9] =
    ["provisioning", "running", "stopping", "stopped", "offline", "ready", "failed", "deleted", "unknown"];

// Not deferred: its `wait` has a `--timeout` of its own, which must be defined before
// clap copies the global `--timeout` into the subcommands, or the two clash.
#[derive(Debug, Subcommand)]
pub enum MachineCommand {
    /// List machines (all of them: pages past CloudAPI's 1000 per request)
    List(MachineListArgs),
    /// Count machines matching the filters
    Count(FilterArgs),
    /// Show a machine by id, name or short id
    Get {
        machine: String,
        /// Include the generated root/admin passwords (`metadata.credentials`)
        #[arg(long)]
        credentials: bool,
    },
    /// Create a machine; image and package default to the datacenter's
    Create(Box<CreateArgs>),
    /// Start stopped machines
    Start(BulkArgs),
    /// Stop running machines
    Stop(BulkArgs),
    /// Reboot running machines
    Reboot(BulkArgs),
    /// Delete machines
    Delete(BulkArgs),
    /// Change a machine's package (same brand only)
    Resize {
        machine: String,
        /// The new package: name, id or short id
        #[arg(long)]
        package: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Rename a machine
    Rename { machine: String, name: String },
    /// Turn a machine's firewall or deletion protection on or off
    Update {
        machine: String,
        /// Enable (`true`) or disable (`false`) the firewall
        #[arg(long, value_name = "BOOL")]
        firewall: Option<bool>,
        /// Enable (`true`) or disable (`false`) deletion protection
        #[arg(long, value_name = "BOOL", required_unless_present = "firewall")]
        deletion_protection: Option<bool>,
    },
    /// Wait until machines reach a state, or leave one; `--timeout` bounds the wait, exit
    /// code 124 when it passes
    Wait(MachineWaitArgs),
    /// Log in with the system `ssh`: to the machine's primary IP, as the user its image
    /// names (`default_user` tag; `root` on SmartOS), or through the bastion machine its
    /// `tritoncli.ssh.proxy` tag names
    Ssh {
        /// Machine id, name or short id
        machine: String,
        #[command(flatten)]
        ssh: SshArgs,
    },
    /// What was done to a machine, newest first
    Audit { machine: String },
    /// A machine's snapshots
    #[command(subcommand)]
    Snapshot(snapshot::SnapshotCommand),
    /// A machine's metadata (key/value strings readable inside the machine)
    #[command(subcommand)]
    Metadata(metadata::MetadataCommand),
    /// A machine's tags
    #[command(subcommand)]
    Tag(tag::TagCommand),
}

#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Only the machine with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)
    #[arg(long)]
    pub state: Option<String>,
    /// Only `smartmachine` or `virtualmachine` machines
    #[arg(long = "type", value_name = "TYPE")]
    pub machine_type: Option<String>,
    /// Only machines of this brand (`joyent`, `lx`, `kvm`)
    #[arg(long)]
    pub brand: Option<String>,
    /// Only machines made from this image id
    #[arg(long)]
    pub image: Option<String>,
    /// Only machines with this much memory, in MiB
    #[arg(long, value_name = "MIB")]
    pub memory: Option<u64>,
    /// Only machines with this tag (repeatable; all must match)
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub tags: Vec<(String, String)>,
}

impl FilterArgs {
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.state.is_none()
            && self.machine_type.is_none()
            && self.brand.is_none()
            && self.image.is_none()
            && self.memory.is_none()
            && self.tags.is_empty()
    }

    fn to_filter(&self) -> MachineFilter {
        MachineFilter {
            name: self.name.clone(),
            state: self.state.clone(),
            machine_type: self.machine_type.clone(),
            brand: self.brand.clone(),
            image: self.image.clone(),
            memory: self.memory,
            tags: self.tags.clone(),
            ..MachineFilter::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct MachineListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Include deleted machines
    #[arg(long)]
    pub tombstone: bool,
    /// Return at most this many machines
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Skip this many machines
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: usize,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The machine's name [default: the first 8 characters of its id]
    #[arg(long)]
    pub name: Option<String>,
    /// Image: id, short id, NAME@VERSION or NAME (the newest) [default: the default dataset]
    #[arg(long, conflicts_with = "dataset")]
    pub image: Option<String>,
    /// Dataset: id, URN or partial URN (`sdc:sdc:base64:` is the newest)
    #[arg(long)]
    pub dataset: Option<String>,
    /// Package: name, id or short id [default: the datacenter's default package]
    #[arg(long)]
    pub package: Option<String>,
    /// Attach to this network (name or id; repeatable) [default: all]
    #[arg(long = "network", value_name = "NETWORK")]
    pub networks: Vec<String>,
    /// Metadata readable inside the machine (repeatable)
    #[arg(long = "metadata", short = 'm', value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub metadata: Vec<(String, String)>,
    /// A script run at every boot (`metadata.user-script`)
    #[arg(long, value_name = "FILE")]
    pub script: Option<PathBuf>,
    /// A tag (repeatable); `true`/`false` and numbers keep their type
    #[arg(long = "tag", short = 't', value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub tags: Vec<(String, String)>,
    /// Enable the machine's firewall
    #[arg(long)]
    pub firewall: bool,
    /// Refuse to delete the machine until this is disabled
    #[arg(long)]
    pub deletion_protection: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Machines by id, name or short id
    pub machines: Vec<String>,
    /// Every machine (that is in a state the action applies to)
    #[arg(long)]
    pub all: bool,
    /// Or the machines matching these filters
    #[command(flatten)]
    pub filter: FilterArgs,
    /// How many machines to work on at once
    #[arg(long, default_value_t = 16, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub parallel: u16,
    /// Confirm `delete --all`
    #[arg(long)]
    pub yes: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct MachineWaitArgs {
    /// Machines by id, name or short id
    #[arg(required = true)]
    pub machines: Vec<String>,
    /// Wait until the state is this one (comma-separated for any of several)
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "STATE",
        value_parser = clap::builder::PossibleValuesParser::new(MACHINE_STATES),
        required_unless_present = "while_state",
        conflicts_with = "while_state"
    )]
    pub until: Vec<String>,
    /// Wait while the state is this one (comma-separated for any of several)
    #[arg(
        long = "while",
        value_delimiter = ',',
        value_name = "STATE",
        value_parser = clap::builder::PossibleValuesParser::new(MACHINE_STATES)
    )]
    pub while_state: Vec<String>,
    #[command(flatten)]
    pub wait: WaitCommandArgs,
}

pub async fn run(ctx: &Context, client: &SdcClient, command: MachineCommand) -> Result<Output> {
    match command {
        MachineCommand::List(args) => {
            let filter = MachineFilter {
                tombstone: args.tombstone,
                limit: args.limit,
                offset: args.offset,
                ..args.filter.to_filter()
            };
            let machines = client.machines(&filter).await?;
            let mut rows =
                machines.iter().map(serde_json::to_value).collect::<serde_json::Result<Vec<_>>>()?;
            if ctx.output_settings().is_table() && !rows.is_empty() {
                let labels = image_labels(client).await?;
                rows.iter_mut().for_each(|row| label_image(row, &labels));
            }
            Ok(Output::list(machines, &MACHINE_COLUMNS).with_table_rows(rows).long(args.list.long))
        }
        MachineCommand::Count(filter) => {
            let count = client.count_machines(&filter.to_filter()).await?;
            Ok(Output::object(json!({"count": count})))
        }
        MachineCommand::Get { machine, credentials } => {
            let found = client.find_machine(&machine).await?;
            if credentials {
                let metadata = client.metadata(&found.id, true).await?;
                let mut value = serde_json::to_value(&found)?;
                value["metadata"] = Value::Object(metadata);
                return machine_output(ctx, client, value).await;
            }
            machine_output(ctx, client, found).await
        }
        MachineCommand::Create(args) => create(ctx, client, *args).await,
        MachineCommand::Start(args) => bulk(ctx, client, Action::Start, args).await,
        MachineCommand::Stop(args) => bulk(ctx, client, Action::Stop, args).await,
        MachineCommand::Reboot(args) => bulk(ctx, client, Action::Reboot, args).await,
        MachineCommand::Delete(args) => bulk(ctx, client, Action::Delete, args).await,
        MachineCommand::Resize { machine, package, wait } => {
            let machine = client.find_machine(&machine).await?;
            let package = client.package(&package).await?;
            let name = package.get("name").and_then(Value::as_str).unwrap_or_default();
            client.machine_action(&machine.id, "resize", &[("package", name)]).await?;
            if wait.enabled() {
                let until = WaitFor::Until(vec!["running".into(), "stopped".into()]);
                wait_machine(ctx, client, &machine.id, &until, &wait).await?;
            }
            machine_output(ctx, client, client.machine(&machine.id).await?).await
        }
        MachineCommand::Rename { machine, name } => {
            let machine = client.find_machine(&machine).await?;
            client.machine_action(&machine.id, "rename", &[("name", &name)]).await?;
            machine_output(ctx, client, client.machine(&machine.id).await?).await
        }
        MachineCommand::Update { machine, firewall, deletion_protection } => {
            let machine = client.find_machine(&machine).await?;
            let toggles = [("firewall", firewall), ("deletion_protection", deletion_protection)];
            for (setting, wanted) in toggles {
                if let Some(enable) = wanted {
                    let verb = if enable { "enable" } else { "disable" };
                    client.machine_action(&machine.id, &format!("{verb}_{setting}"), &[]).await?;
                }
            }
            machine_output(ctx, client, client.machine(&machine.id).await?).await
        }
        MachineCommand::Wait(args) => wait_command(ctx, client, args).await,
        MachineCommand::Ssh { machine, ssh } => {
            let request = ssh.request();
            let route = crate::ssh::sdc::route(client, &machine, &request).await?;
            crate::cli::ssh::exec(&route, &request)
        }
        MachineCommand::Audit { machine } => {
            let machine = client.find_machine(&machine).await?;
            Ok(Output::list(client.machine_audit(&machine.id).await?, &["time", "action", "success"]))
        }
        MachineCommand::Snapshot(cmd) => snapshot::run(ctx, client, cmd).await,
        MachineCommand::Metadata(cmd) => metadata::run(client, cmd).await,
        MachineCommand::Tag(cmd) => tag::run(client, cmd).await,
    }
}

async fn create(ctx: &Context, client: &SdcClient, args: CreateArgs) -> Result<Output> {
    let mut metadata = args.metadata;
    if let Some(path) = &args.script {
        let script = std::fs::read_to_string(path)
            .map_err(|e| Error::from(e).context(format!("reading script `{}`", path.display())))?;
        metadata.push(("user-script".into(), script));
    }
    let spec = CreateMachine {
        name: args.name,
        image: args.image,
        dataset: args.dataset,
        package: args.package,
        networks: args.networks,
        metadata,
        tags: typed_tags(args.tags),
        firewall_enabled: args.firewall,
        deletion_protection: args.deletion_protection,
    };
    let created = client.create_machine(&spec).await?;
    if args.wait.enabled() {
        let until = WaitFor::Until(vec!["running".into()]);
        wait_machine(ctx, client, &created.id, &until, &args.wait).await?;
    }
    // Addresses appear once CloudAPI has placed the machine: show them when known.
    machine_output(ctx, client, client.machine(&created.id).await?).await
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Start,
    Stop,
    Reboot,
    Delete,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Start => "start",
            Action::Stop => "stop",
            Action::Reboot => "reboot",
            Action::Delete => "delete",
        }
    }

    /// The states `--all` and filters pick machines from.
    fn applies_to(self, state: &str) -> bool {
        match self {
            Action::Start => state == "stopped",
            Action::Stop | Action::Reboot => state == "running",
            Action::Delete => state != "deleted",
        }
    }

    /// The state `--wait` waits for.
    fn target(self) -> &'static str {
        match self {
            Action::Start | Action::Reboot => "running",
            Action::Stop => "stopped",
            Action::Delete => "deleted",
        }
    }
}

/// How many machines are polled at once while waiting: polls are cheap GETs, and a
/// machine whose transition is over answers at its first poll.
const WAIT_CONCURRENCY: usize = 128;

/// Runs an action on many machines at once, at most `--parallel` requests at a time
/// (the seed's thread-pool example), optionally waiting for each to settle. The
/// waits overlap: the whole batch takes about one transition, not one per machine.
async fn bulk(ctx: &Context, client: &SdcClient, action: Action, args: BulkArgs) -> Result<Output> {
    let machines = select_machines(client, action, &args).await?;
    let bar = progress::items(ctx.quiet(), machines.len() as u64, format!("{}ing", action.name()));
    let requests = tokio::sync::Semaphore::new(usize::from(args.parallel));
    let concurrency = WAIT_CONCURRENCY.max(usize::from(args.parallel));
    let results: Vec<(Machine, Result<String>)> = futures::stream::iter(machines)
        .map(|machine| {
            let (requests, wait) = (&requests, &args.wait);
            async move {
                let outcome = act(client, action, &machine, wait, requests).await;
                (machine, outcome)
            }
        })
        .buffer_unordered(concurrency)
        .inspect(|_| bar.inc(1))
        .collect()
        .await;
    bar.finish_and_clear();

    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for (machine, outcome) in results {
        match outcome {
            Ok(state) => rows.push(json!({"id": machine.id, "name": machine.name, "state": state})),
            Err(err) => failures.push((machine, err)),
        }
    }
    if let Some((_, first)) = failures.first() {
        let kind = first.kind();
        let lines: Vec<String> =
            failures.iter().map(|(m, err)| format!("  {} ({}): {}", m.name, m.id, err.message())).collect();
        let done = if rows.is_empty() { String::new() } else { format!(" ({} succeeded)", rows.len()) };
        let error = Error::new(
            kind,
            format!("cannot {} {} machine(s){done}:\n{}", action.name(), failures.len(), lines.join("\n")),
        );
        return Err(match first.hint_text() {
            Some(hint) => error.hint(hint),
            None => error,
        });
    }
    Ok(Output::list(rows, &["id", "name", "state"]))
}

/// The machines a bulk command names: ids/names, or `--all`, or the filters.
async fn select_machines(client: &SdcClient, action: Action, args: &BulkArgs) -> Result<Vec<Machine>> {
    let by_filter = args.all || !args.filter.is_empty();
    if args.machines.is_empty() && !by_filter {
        return Err(Error::usage(format!("name the machines to {}", action.name()))
            .hint("give ids or names, `--all`, or filters such as `--tag role=web`"));
    }
    if !args.machines.is_empty() && by_filter {
        return Err(Error::usage("give machine ids or `--all`/filters, not both"));
    }
    if matches!(action, Action::Delete) && args.all && !args.yes {
        return Err(Error::usage("refusing to delete every machine without confirmation")
            .hint("add `--yes` to delete them all, or name the machines or a filter such as `--tag`"));
    }
    if by_filter {
        let machines = client.machines(&args.filter.to_filter()).await?;
        return Ok(machines.into_iter().filter(|m| action.applies_to(&m.state)).collect());
    }
    let lookups = args.machines.iter().map(|reference| client.find_machine(reference));
    futures::stream::iter(lookups)
        .buffered(usize::from(args.parallel))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect()
}

/// One machine's action (and wait); returns the state it was left in. `requests`
/// bounds how many actions are in flight; waiting holds no permit.
async fn act(
    client: &SdcClient,
    action: Action,
    machine: &Machine,
    wait: &WaitArgs,
    requests: &tokio::sync::Semaphore,
) -> Result<String> {
    let accepted = {
        let _permit = requests.acquire().await.map_err(|e| Error::general(e.to_string()))?;
        match action {
            Action::Delete => {
                client.delete_machine(&machine.id).await?;
                None
            }
            _ => Some(client.machine_action(&machine.id, action.name(), &[]).await?),
        }
    };
    if !wait.enabled() {
        return Ok(match action {
            Action::Delete => "deleting".into(),
            _ => client.machine(&machine.id).await.map(|m| m.state).unwrap_or_default(),
        });
    }
    if let (Action::Reboot, Some(since)) = (action, accepted) {
        // A reboot can look `running` before it starts: its audit entry tells it is over.
        let polled = client.wait_for_audit(&machine.id, "reboot", since, wait.limits()).await?;
        wait.done(polled, |_, after| {
            format!("machine `{}` has not finished its reboot after {after}", machine.id)
        })?;
    }
    let until = WaitFor::Until(vec![action.target().into()]);
    let polled = client.wait(&machine.id, &until, wait.limits(), |_| {}).await?;
    Ok(wait.done(polled, |m, after| still(&m.name, &m.id, &m.state, after))?.state)
}

/// What a machine wait that ran out of time says.
fn still(name: &str, id: &str, state: &str, after: &str) -> String {
    format!("machine `{name}` ({id}) is still {state} after {after}")
}

/// Waits for one machine as an action's `--wait` asks, with a spinner.
pub(super) async fn wait_machine(
    ctx: &Context,
    client: &SdcClient,
    id: &str,
    until: &WaitFor,
    wait: &WaitArgs,
) -> Result<Machine> {
    let spinner = wait::spinner(ctx, format!("machine {id}: waiting"));
    let polled = client
        .wait(id, until, wait.limits(), |m| spinner.show(&format!("machine {}", m.name), &m.state))
        .await?;
    drop(spinner);
    wait.done(polled, |m, after| still(&m.name, &m.id, &m.state, after))
}

async fn wait_command(ctx: &Context, client: &SdcClient, args: MachineWaitArgs) -> Result<Output> {
    let target =
        if args.until.is_empty() { WaitFor::While(args.while_state) } else { WaitFor::Until(args.until) };
    let limits = args.wait.limits();
    let spinner = wait::spinner(ctx, format!("waiting for {} machine(s)", args.machines.len()));
    let waits = args.machines.iter().map(|reference| {
        let (target, spinner) = (&target, &spinner);
        async move {
            // A machine id is polled as is, so that a deleted machine is reported as
            // unable to reach the target rather than as unknown.
            let id =
                if is_uuid(reference) { reference.clone() } else { client.find_machine(reference).await?.id };
            let polled = client
                .wait(&id, target, limits, |m| spinner.show(&format!("machine {}", m.name), &m.state))
                .await?;
            let name = polled.last.name.clone();
            Ok(WaitRecord::new(id.clone(), polled.map(|m| m.state), |state, after| {
                still(&name, &id, state, after)
            }))
        }
    });
    let results: Vec<Result<WaitRecord>> =
        futures::stream::iter(waits).buffered(WAIT_CONCURRENCY).collect().await;
    drop(spinner);
    Ok(records_output(results.into_iter().collect::<Result<Vec<WaitRecord>>>()?))
}

fn parse_pair(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("`{text}` is not KEY=VALUE")),
    }
}

/// Tag values as triton types them: booleans and numbers stay typed.
fn tag_value(text: &str) -> Value {
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => text.parse::<serde_json::Number>().map(Value::Number).unwrap_or_else(|_| json!(text)),
    }
}

fn typed_tags(pairs: Vec<(String, String)>) -> Vec<(String, Value)> {
    pairs.into_iter().map(|(key, value)| (key, tag_value(&value))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_values_keep_their_types() {
        assert_eq!(tag_value("true"), json!(true));
        assert_eq!(tag_value("42"), json!(42));
        assert_eq!(tag_value("web"), json!("web"));
        assert!(parse_pair("=x").is_err());
        assert_eq!(parse_pair("a=b=c").expect("pair"), ("a".to_string(), "b=c".to_string()));
    }
}
