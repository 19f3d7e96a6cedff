//! `kamaki infra`: the Occopus-style orchestrator (`occopus-build`, `-destroy`, `-maintain`,
//! `-scale`, `-import` and `-rest-service` under one group).

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgGroup, Args, Subcommand};
use serde_json::json;
use tokio::sync::watch;

use crate::context::Options;
use crate::error::{Error, ErrorKind, Result};
use crate::infra::Settings;
use crate::infra::enactor::PassReport;
use crate::infra::service::{self, Service};
use crate::infra::store::{InfraRecord, ScalingRequest};
use crate::infra::yaml;
use crate::output::{self, Output};
use crate::progress;

#[derive(Debug, Args)]
pub struct InfraArgs {
    /// The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts
    /// [default: the `infra` config section, else a SQLite file in the data dir]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub state: Option<String>,
    #[command(subcommand)]
    pub command: InfraCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum InfraCommand {
    /// Build an infrastructure from its description, level by level; roll back on failure
    Build(BuildArgs),
    /// Destroy every node of an infrastructure, last level first, and forget it
    Destroy(DestroyArgs),
    /// List infrastructures, report on one, or maintain one (health, recovery, scaling)
    Maintain(MaintainArgs),
    /// Request scaling of a node; the next maintenance pass applies it
    Scale(ScaleArgs),
    /// Import node definitions (a new version of each type) for later builds
    Import(ImportArgs),
    /// Serve the Occopus REST API and maintain attached infrastructures
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The infrastructure description (YAML)
    #[arg(value_name = "INFRA.yaml")]
    pub description: PathBuf,
    /// Build the independent nodes of each level at the same time
    #[arg(long)]
    pub parallelize: bool,
    /// Reconfigure this existing infrastructure by difference instead of building a new one
    #[arg(short = 'i', long = "infra-id", value_name = "INFRA_ID")]
    pub infra_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct DestroyArgs {
    /// The infrastructure to destroy (the instances of each level are destroyed at the same time)
    #[arg(short = 'i', long = "infra-id", value_name = "INFRA_ID")]
    pub infra_id: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["list", "report"])))]
pub struct MaintainArgs {
    /// List the known infrastructures
    #[arg(short = 'l', long)]
    pub list: bool,
    /// Report the nodes, instances, addresses, states and scaling of an infrastructure
    #[arg(short = 'r', long, requires = "infra_id")]
    pub report: bool,
    /// The infrastructure to report on or maintain
    #[arg(short = 'i', long = "infra-id", value_name = "INFRA_ID")]
    pub infra_id: Option<String>,
    /// Keep maintaining, one pass every `-t` seconds, until interrupted
    #[arg(short = 'c', long, conflicts_with = "mode")]
    pub cyclic: bool,
    /// Seconds between maintenance passes
    #[arg(short = 't', long, default_value_t = 10.0, value_name = "SECONDS")]
    pub interval: f64,
    /// With `-r`: also write one line per instance (node, node id, addresses) to FILE
    #[arg(short = 'O', long = "output-file", value_name = "FILE", requires = "report")]
    pub output_file: Option<PathBuf>,
    /// With `-r`: report only this node
    #[arg(short = 'f', long, value_name = "NODE", requires = "report")]
    pub filter: Option<String>,
    /// Create the missing nodes of a level at the same time
    #[arg(long)]
    pub parallelize: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("change").args(["changescale", "setscale", "filter"]).required(true).multiple(true)))]
pub struct ScaleArgs {
    /// The infrastructure
    #[arg(short = 'i', long = "infra-id", value_name = "INFRA_ID")]
    pub infra_id: String,
    /// The node to scale
    #[arg(short = 'n', long, value_name = "NODE")]
    pub node: String,
    /// Add (+N) or remove (-N) instances
    #[arg(short = 'c', long, value_name = "±N", allow_negative_numbers = true, conflicts_with = "setscale")]
    pub changescale: Option<i64>,
    /// Set the instance count
    #[arg(short = 's', long, value_name = "N")]
    pub setscale: Option<u32>,
    /// The instance to remove when scaling down (node id, cloud id or address)
    #[arg(short = 'f', long, value_name = "NODEID|IP", conflicts_with = "setscale")]
    pub filter: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The node definitions (YAML: `'node_def:<type>': [implementations]`)
    #[arg(value_name = "NODEDEFS.yaml")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (loopback by default: the API can create servers)
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// The port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 5000)]
    pub port: u16,
    /// Create the missing nodes of a level at the same time
    #[arg(long)]
    pub parallelize: bool,
    /// Seconds between maintenance passes of each attached infrastructure
    #[arg(short = 't', long, default_value_t = 10.0, value_name = "SECONDS")]
    pub interval: f64,
}

pub async fn run(options: &Options, args: InfraArgs) -> Result<Output> {
    let config_path = options.config_path()?;
    let settings = Settings::load(&config_path, options.cloud.as_deref(), args.state.as_deref())?;
    match args.command {
        InfraCommand::Build(args) => build(options, &settings, args).await,
        InfraCommand::Destroy(args) => destroy(options, &settings, args).await,
        InfraCommand::Maintain(args) => maintain(options, &settings, args).await,
        InfraCommand::Scale(args) => scale(options, &settings, args),
        InfraCommand::Import(args) => import(options, &settings, args),
        InfraCommand::Serve(args) => serve(options, &settings, args).await,
    }
}

async fn interrupted() {
    // If the handler cannot be installed, never report an interruption.
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Ctrl-C as a flag that can be awaited any number of times (see [`stopped`]).
fn ctrl_c_flag() -> watch::Receiver<bool> {
    let (pressed, flag) = watch::channel(false);
    tokio::spawn(async move {
        interrupted().await;
        let _ = pressed.send(true);
    });
    flag
}

/// Completes once Ctrl-C has been pressed (at once if it already was).
async fn stopped(mut flag: watch::Receiver<bool>) {
    if flag.wait_for(|pressed| *pressed).await.is_err() {
        std::future::pending::<()>().await;
    }
}

async fn build(options: &Options, settings: &Settings, args: BuildArgs) -> Result<Output> {
    let enactor = settings.enactor(options, args.parallelize)?;
    let file = args.description.display().to_string();
    let doc = yaml::load_file(&args.description, false)?;
    let compiled = enactor.compile(&doc, &file)?;
    let spinner = progress::spinner(options.quiet, format!("building `{}`", compiled.description.infra_name));
    let outcome = enactor.build(compiled, args.infra_id.as_deref(), interrupted()).await;
    spinner.finish_and_clear();
    let outcome = outcome?;
    let summary = |list: &[crate::infra::enactor::InstanceSummary]| {
        list.iter()
            .map(|i| format!("{} {}", i.node, i.address.as_deref().unwrap_or("-")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let view = json!({
        "infraid": outcome.infraid,
        "name": outcome.name,
        "status": outcome.status,
        "created": summary(&outcome.created),
        "dropped": summary(&outcome.dropped),
    });
    Ok(Output::object(&outcome).with_table_view(view))
}

async fn destroy(options: &Options, settings: &Settings, args: DestroyArgs) -> Result<Output> {
    let enactor = settings.enactor(options, false)?;
    let spinner = progress::spinner(options.quiet, format!("destroying `{}`", args.infra_id));
    let destroyed = enactor.destroy(&args.infra_id).await;
    spinner.finish_and_clear();
    let destroyed = destroyed?;
    Ok(Output::object(json!({"infraid": args.infra_id, "status": "destroyed", "destroyed": destroyed}))
        .with_table_view(
            json!({"infraid": args.infra_id, "status": "destroyed", "destroyed": destroyed.len()}),
        ))
}

fn list_row(infra: &InfraRecord) -> serde_json::Value {
    json!({
        "id": infra.id,
        "name": infra.description.infra_name,
        "status": infra.status,
        "nodes": infra.description.nodes.len(),
        "targets": infra.targets,
        "node_defs": infra.node_defs,
        "attached": infra.attached,
        "created_at": chrono::DateTime::from_timestamp(infra.created_at as i64, 0).map(|t| t.to_rfc3339()),
    })
}

async fn maintain(options: &Options, settings: &Settings, args: MaintainArgs) -> Result<Output> {
    let enactor = settings.enactor(options, args.parallelize)?;
    if args.list {
        let infras = enactor.store.infras()?;
        return Ok(Output::list(infras.iter().map(list_row), &["id", "name", "status", "nodes", "attached"]));
    }
    let Some(infra_id) = args.infra_id else {
        return Err(Error::usage("no infrastructure given")
            .hint("pass `-i INFRA_ID`, or `-l` to list the infrastructures"));
    };
    if args.report {
        let report = enactor.report(&infra_id).await?;
        if let Some(node) = &args.filter
            && !report.scaling.contains_key(node)
        {
            return Err(Error::not_found(format!("infrastructure `{infra_id}` has no node `{node}`")));
        }
        let rows: Vec<serde_json::Value> = report
            .rows
            .iter()
            .filter(|r| args.filter.as_ref().is_none_or(|f| &r.node == f))
            .map(|r| {
                let scaling = report.scaling.get(&r.node);
                let mut row = serde_json::to_value(r).unwrap_or_default();
                row["target"] = json!(scaling.map(|s| s.target));
                row["min"] = json!(scaling.map(|s| s.min));
                row["max"] = json!(scaling.map(|s| s.max));
                row
            })
            .collect();
        if let Some(path) = &args.output_file {
            write_instance_lines(path, &report.rows, args.filter.as_deref())?;
        }
        return Ok(Output::list(rows, &["node", "node_id", "address", "state", "target"]));
    }
    if args.interval <= 0.0 || !args.interval.is_finite() {
        return Err(Error::usage(format!(
            "interval `{}` must be a positive number of seconds",
            args.interval
        )));
    }
    if !args.cyclic {
        let report = enactor.maintain(&infra_id, interrupted()).await?;
        warn_notes(options, &report);
        return Ok(pass_output(&infra_id, &report, 1));
    }
    // Cyclic: pass after pass until Ctrl-C, holding the lease throughout so that no other
    // maintainer acts meanwhile. While another process holds it, wait and retry every interval
    // (a crashed holder's lease expires). A failed pass is reported and retried next round.
    let mut total = PassReport::default();
    let mut passes = 0;
    let mut lease = None;
    let stop = ctrl_c_flag();
    while !*stop.borrow() {
        if lease.is_none() {
            match enactor.lease(&infra_id) {
                Ok(guard) => lease = Some(guard),
                Err(e) if e.kind() == ErrorKind::Conflict => note(options, &format!("waiting: {e}")),
                Err(e) => return Err(e),
            }
        }
        if lease.is_some() {
            // An interrupted pass undoes its unfinished instances before it returns.
            match enactor.maintain_leased(&infra_id, stopped(stop.clone())).await {
                Ok(report) => {
                    passes += 1;
                    log_pass(options, &infra_id, &report);
                    total.created.extend(report.created);
                    total.dropped.extend(report.dropped);
                    total.recovered.extend(report.recovered);
                }
                Err(e) if e.kind() == ErrorKind::NotFound => return Err(e),
                Err(e) => warn(options, &e.to_string()),
            }
        }
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs_f64(args.interval)) => {}
            () = stopped(stop.clone()) => {}
        }
    }
    Ok(pass_output(&infra_id, &total, passes))
}

fn pass_output(infra_id: &str, report: &PassReport, passes: u32) -> Output {
    let value = json!({
        "infraid": infra_id,
        "passes": passes,
        "created": report.created,
        "dropped": report.dropped,
        "recovered": report.recovered,
        "notes": report.notes,
    });
    let view = json!({
        "infraid": infra_id,
        "passes": passes,
        "created": report.created.len(),
        "dropped": report.dropped.len(),
        "recovered": report.recovered.len(),
    });
    Output::object(value).with_table_view(view)
}

/// A progress line on stderr, unless `-q`.
fn note(options: &Options, line: &str) {
    if !options.quiet {
        crate::output::log(line);
    }
}

/// A warning on stderr, unless `-q`.
fn warn(options: &Options, message: &str) {
    if !options.quiet {
        output::warn(message);
    }
}

fn warn_notes(options: &Options, report: &PassReport) {
    for line in &report.notes {
        warn(options, line);
    }
}

fn log_pass(options: &Options, infra_id: &str, report: &PassReport) {
    warn_notes(options, report);
    if let Some(summary) = report.summary() {
        note(options, &format!("{infra_id}: {summary}"));
    }
}

fn write_instance_lines(
    path: &std::path::Path,
    rows: &[crate::infra::workflow::ReportRow],
    node: Option<&str>,
) -> Result<()> {
    let mut text = String::new();
    for row in rows.iter().filter(|r| node.is_none_or(|n| r.node == n)) {
        text.push_str(&format!("{} {} {}\n", row.node, row.node_id, row.addresses.join(" ")));
    }
    let mut file = std::fs::File::create(path)
        .map_err(|e| Error::from(e).context(format!("writing report `{}`", path.display())))?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::from(e).context(format!("writing report `{}`", path.display())))
}

fn scale(options: &Options, settings: &Settings, args: ScaleArgs) -> Result<Output> {
    let (requests, mut body) = scaling_requests(&args)?;
    let enactor = settings.enactor(options, false)?;
    for request in requests {
        enactor.request_scaling(&args.infra_id, &args.node, request)?;
    }
    body["infraid"] = json!(args.infra_id);
    body["nodename"] = json!(args.node);
    Ok(Output::object(body))
}

/// The requests a `scale` command line queues, and the answer describing them (as the REST
/// service's bodies do).
fn scaling_requests(args: &ScaleArgs) -> Result<(Vec<ScalingRequest>, serde_json::Value)> {
    const MOST: u32 = 10_000;
    match (args.changescale, args.setscale, &args.filter) {
        (_, Some(0), _) => {
            Err(Error::usage("`--setscale` must be at least 1").hint("a node cannot be scaled to zero"))
        }
        (_, Some(count), _) => {
            Ok((vec![ScalingRequest::Scaleto { count }], json!({"method": "scaleto", "count": count})))
        }
        (Some(0), _, _) => Err(Error::usage("`--changescale 0` changes nothing; give +N or -N")),
        (Some(change), None, None) => {
            let count = u32::try_from(change.unsigned_abs())
                .ok()
                .filter(|count| *count <= MOST)
                .ok_or_else(|| Error::usage(format!("`{change}` is more than {MOST} instances")))?;
            if change > 0 {
                Ok((vec![ScalingRequest::Scaleup { count }], json!({"method": "scaleup", "count": count})))
            } else {
                let one = ScalingRequest::Scaledown { victim: None };
                Ok((
                    vec![one; count as usize],
                    json!({"method": "scaledown", "count": count, "nodeid": null}),
                ))
            }
        }
        (Some(-1) | None, None, Some(victim)) => Ok((
            vec![ScalingRequest::Scaledown { victim: Some(victim.clone()) }],
            json!({"method": "scaledown", "count": 1, "nodeid": victim}),
        )),
        (Some(_), None, Some(_)) => {
            Err(Error::usage("`--filter` removes exactly one instance; use it alone or with `-c -1`"))
        }
        // clap requires one of the three.
        (None, None, None) => Err(Error::usage("give `-c ±N`, `-s N` or `-f NODEID|IP`")),
    }
}

fn import(options: &Options, settings: &Settings, args: ImportArgs) -> Result<Output> {
    let enactor = settings.enactor(options, false)?;
    let imported = enactor.import(&args.file)?;
    let rows = imported.iter().map(|d| {
        json!({
            "node_type": d.node_type,
            "version": d.version,
            "implementations": d.implementations.as_array().map_or(0, Vec::len),
        })
    });
    Ok(Output::list(rows, &["node_type", "version", "implementations"]))
}

async fn serve(options: &Options, settings: &Settings, args: ServeArgs) -> Result<Output> {
    if args.interval <= 0.0 || !args.interval.is_finite() {
        return Err(Error::usage(format!(
            "interval `{}` must be a positive number of seconds",
            args.interval
        )));
    }
    let enactor = settings.enactor(options, args.parallelize)?;
    let (token, generated) = match &settings.token {
        Some(token) => (token.clone(), false),
        None => {
            (uuid::Uuid::new_v4().simple().to_string() + &uuid::Uuid::new_v4().simple().to_string(), true)
        }
    };
    let service = Service::new(enactor, token.clone(), Duration::from_secs_f64(args.interval), options.quiet);
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::new(args.host, args.port)).await.map_err(|e| {
            Error::general(format!("cannot listen on {}:{}: {e}", args.host, args.port))
                .hint("pick another `--port`, or 0 for a free one")
        })?;
    let address = listener.local_addr()?;
    if !args.host.is_loopback() && !options.quiet {
        output::warn(&format!(
            "listening on {address}, reachable from other hosts; anyone with the token can create servers"
        ));
    }
    let reattached = service.reattach()?;
    // The token is printed only when it was generated here: a configured one is already known.
    let ready = json!({
        "url": format!("http://{address}"),
        "token": if generated { Some(token.as_str()) } else { None },
        "reattached": reattached,
    });
    output::render(&Output::object(ready), &options.output)?;
    axum::serve(listener, service::router(service))
        .with_graceful_shutdown(interrupted())
        .await
        .map_err(|e| Error::general(format!("the REST service stopped: {e}")))?;
    Ok(Output::empty())
}
