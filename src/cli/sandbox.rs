//! `kamaki sandbox`: run the built-in local cloud for scripts and other clients.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::config::{self, CloudKind, Config};
use crate::context::Options;
use crate::error::{Error, Result};
use crate::http::{Http, HttpOptions};
use crate::output::{self, Output};
use crate::sandbox::{self, Faults, SandboxOptions};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxCommand {
    /// Serve the sandbox until interrupted; prints its endpoints and the demo user's token
    Serve(ServeArgs),
    /// Change the injected faults of a running sandbox (the selected cloud's)
    Faults(FaultArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports
    /// (or free ones when the port is 0)
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Address of the CloudAPI port [default: the API port + 1]
    #[arg(long, value_name = "ADDR")]
    pub sdc_bind: Option<SocketAddr>,
    /// Address of the LINSTOR controller port [default: the API port + 2]
    #[arg(long, value_name = "ADDR")]
    pub linstor_bind: Option<SocketAddr>,
    /// Where the sandbox keeps its state [default: the platform data dir]
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable
    #[arg(long = "sdc-key", value_name = "FILE.pub")]
    pub sdc_keys: Vec<PathBuf>,
    /// How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: the config's
    /// `sandbox.sdc_delay`, else 1s]
    #[arg(long, value_parser = super::parse_duration, value_name = "DURATION")]
    pub sdc_delay: Option<std::time::Duration>,
    /// How long a Cyclades server stays in BUILD; reboots, starts, stops, deletes and
    /// attachments take half as long [default: the config's `sandbox.build_delay`, else 1s]
    #[arg(long, value_parser = super::parse_duration, value_name = "DURATION")]
    pub build_delay: Option<std::time::Duration>,
    /// How long a new LINSTOR disk stays Inconsistent before it is UpToDate, also after its
    /// satellite reconnects [default: the config's `sandbox.linstor_sync_delay`, else 1s]
    #[arg(long, value_parser = super::parse_duration, value_name = "DURATION")]
    pub linstor_sync_delay: Option<std::time::Duration>,
    /// Print shell `export` lines instead of the endpoints
    #[arg(long)]
    pub print_env: bool,
    #[command(flatten)]
    pub faults: FaultArgs,
}

// Injected faults, for testing clients' retries.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Fault injection")]
pub struct FaultArgs {
    /// Latency added to every request, in milliseconds
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Probability (0–1) that a request fails with 503
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    pub error_rate: f64,
    /// Fail the next N requests with 503
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub fail_next: u64,
    /// Inject 503s only into requests with this method, e.g. POST (repeatable) [default: every method]
    #[arg(long = "fail-method", value_name = "METHOD", value_parser = parse_method)]
    pub fail_methods: Vec<String>,
    /// Inject 503s only into requests whose path contains this text, e.g. `/servers`
    #[arg(long, value_name = "TEXT")]
    pub fail_path: Option<String>,
    /// Probability (0–1) that a new connection is dropped
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    pub drop_rate: f64,
    /// Drop the next N connections
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub drop_next: u64,
}

fn parse_method(text: &str) -> std::result::Result<String, String> {
    match text.to_ascii_uppercase().as_str() {
        method @ ("GET" | "HEAD" | "PUT" | "POST" | "DELETE" | "PATCH" | "COPY" | "MOVE") => {
            Ok(method.to_string())
        }
        _ => Err(format!(
            "`{text}` is not an HTTP method the sandbox answers (GET, HEAD, PUT, POST, DELETE, PATCH, COPY, MOVE)"
        )),
    }
}

fn parse_rate(text: &str) -> std::result::Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err(format!("`{text}` is not a probability between 0 and 1")),
    }
}

impl From<&FaultArgs> for Faults {
    fn from(args: &FaultArgs) -> Faults {
        Faults {
            latency_ms: args.latency_ms,
            error_rate: args.error_rate,
            fail_next: args.fail_next,
            fail_methods: args.fail_methods.clone(),
            fail_path: args.fail_path.clone(),
            drop_rate: args.drop_rate,
            drop_next: args.drop_next,
        }
    }
}

pub async fn run(options: &Options, command: SandboxCommand) -> Result<Output> {
    match command {
        SandboxCommand::Serve(args) => serve(options, args).await,
        SandboxCommand::Faults(args) => set_faults(options, args).await,
    }
}

async fn serve(options: &Options, args: ServeArgs) -> Result<Output> {
    let data_dir = match args.data {
        Some(dir) => dir,
        None => config::data_dir()?.join("sandbox"),
    };
    let mut sdc_keys = Vec::new();
    for path in &args.sdc_keys {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::from(e).context(format!("reading public key `{}`", path.display())))?;
        sdc_keys.push(text.trim().to_string());
    }
    // The flags win over the config's `[sandbox]` table.
    let knobs = Config::load(&options.config_path()?)?.sandbox.unwrap_or_default();
    let sandbox_options = SandboxOptions {
        bind: args.bind,
        sdc_bind: args.sdc_bind,
        linstor_bind: args.linstor_bind,
        data_dir,
        sdc_keys,
        sdc_delay: args.sdc_delay.or(knobs.sdc_delay),
        build_delay: args.build_delay.or(knobs.build_delay),
        linstor_sync_delay: args.linstor_sync_delay.or(knobs.linstor_sync_delay),
        faults: Faults::from(&args.faults),
    };
    let handle = sandbox::start(sandbox_options).await?;
    let ready = if args.print_env {
        let lines: Vec<String> = handle
            .environment()
            .into_iter()
            .map(|(name, value)| format!("export {name}='{}'", value.replace('\'', r"'\''")))
            .collect();
        Output::raw(format!("{}\n", lines.join("\n")))
    } else {
        Output::object(handle.endpoints())
    };
    output::render(&ready, &options.output)?;
    tokio::signal::ctrl_c().await.map_err(|e| Error::general(format!("cannot wait for Ctrl-C: {e}")))?;
    Ok(Output::empty())
}

/// Sends new fault settings to the selected cloud's sandbox (`PUT /_sandbox/faults`).
async fn set_faults(options: &Options, args: FaultArgs) -> Result<Output> {
    let path = options.config_path()?;
    let (name, cloud) = Config::load(&path)?.select_cloud(options.cloud.as_deref())?;
    let identity = cloud.url.as_deref().filter(|_| cloud.kind() != CloudKind::Swift).ok_or_else(|| {
        Error::usage(format!("cloud `{name}` is not a running sandbox"))
            .hint("start one with `kamaki sandbox serve` and point a cloud's `url` at it")
    })?;
    let base = identity.trim_end_matches('/').trim_end_matches("/identity/v2.0");
    let http = Http::new(&HttpOptions { verbose: options.verbose, ..HttpOptions::default() })?;
    let request =
        http.request(reqwest::Method::PUT, &format!("{base}/_sandbox/faults")).json(&Faults::from(&args));
    let response = http.send(request).await?;
    let faults: Faults = response.json().await?;
    Ok(Output::object(faults))
}
