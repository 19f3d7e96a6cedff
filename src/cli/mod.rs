//! The command tree: clap definitions and dispatch only. Each group lives in its own
//! module; commands return data ([`Output`]) and never print.

pub mod astakos;
pub mod completions;
pub mod config;
mod cyclades;
pub mod file;
pub mod image;
pub mod infra;
pub mod linstor;
pub mod network;
pub mod sandbox;
pub mod sdc;
pub mod server;
pub mod ssh;
pub mod volume;
pub mod wait;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::context::{Context, Options};
use crate::error::Result;
use crate::output::{Output, OutputFormat, OutputSettings};

#[derive(Debug, Parser)]
#[command(
    name = "kamaki",
    version,
    about = "A fast, scriptable client for Synnefo, Pithos, SmartDataCenter and LINSTOR clouds",
    long_about = "A fast, scriptable client for Synnefo (Astakos, Cyclades, Plankton, Pithos), \
        Joyent SmartDataCenter / Triton CloudAPI and LINSTOR clouds, with a built-in local sandbox \
        cloud. With no config file, commands run against the sandbox, so everything can be tried at once.",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub globals: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The cloud to use (a name from the config file; `sandbox` is the built-in one)
    #[arg(long, global = true, env = "KAMAKI_CLOUD", value_name = "NAME")]
    pub cloud: Option<String>,
    /// The config file [default: ~/.config/kamaki/config.toml]
    #[arg(long, global = true, env = "KAMAKI_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// How to print results
    #[arg(short = 'o', long, global = true, env = "KAMAKI_OUTPUT", value_enum, default_value_t)]
    pub output: OutputFormat,
    /// The fields to show, comma-separated (all output formats; `a.b` reaches into objects)
    #[arg(long, global = true, value_delimiter = ',', value_name = "A,B,C")]
    pub columns: Option<Vec<String>>,
    /// Print tables without the header row
    #[arg(long, global = true)]
    pub no_header: bool,
    /// Log each HTTP request (method, URL, status, timing) to stderr; twice for headers.
    /// Tokens, keys and signatures are always redacted
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// No progress bars or warnings
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]
    #[arg(long, global = true, value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,
    /// How many times a request that is safe to repeat is retried at most, within the
    /// retry budget (docs/retries.md) [default: 8]
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<u32>,
    /// Extra root certificates (PEM) for private certificate authorities
    #[arg(long, global = true, value_name = "PATH")]
    pub ca_cert: Option<PathBuf>,
}

impl GlobalArgs {
    pub fn output_settings(&self) -> OutputSettings {
        OutputSettings { format: self.output, columns: self.columns.clone(), no_header: self.no_header }
    }

    /// The options every command runs with; the only place flags become [`Options`].
    pub fn options(&self) -> Options {
        Options {
            config: self.config.clone(),
            cloud: self.cloud.clone(),
            output: self.output_settings(),
            verbose: self.verbose,
            quiet: self.quiet,
            timeout: self.timeout,
            retries: self.retries,
            ca_cert: self.ca_cert.clone(),
        }
    }
}

/// Parses `30s`, `5m`, `1h30m`, or a plain number of seconds.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    if let Ok(secs) = text.parse::<f64>()
        && secs >= 0.0
        && secs.is_finite()
    {
        return Ok(Duration::from_secs_f64(secs));
    }
    humantime::parse_duration(text).map_err(|e| format!("`{text}` is not a duration like `30s` or `5m`: {e}"))
}

// Every group's subcommands are built only when that group is invoked (`defer`), so
// `kamaki --version` or `kamaki server list` does not pay for building the whole tree. Two
// rules come with it, since a deferred command receives its own arguments after the
// parent's global ones have been copied into it:
// - an enum whose subcommands redefine a global flag (a `wait` with its own `--timeout`)
//   is not deferred;
// - a struct flattened into subcommands has no doc comment, which clap would otherwise
//   take as the about text of those subcommands.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Identity, quotas, projects and memberships (Synnefo Astakos)
    #[command(subcommand)]
    Astakos(astakos::AstakosCommand),
    /// Virtual machines, flavors, images, key pairs (Synnefo Cyclades compute)
    #[command(subcommand)]
    Server(server::ServerCommand),
    /// Networks, subnets, ports and floating IPs (Synnefo Cyclades network)
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Volumes, volume types and snapshots (Synnefo Cyclades block storage)
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Images: register Pithos files as images, list, share and unregister them (Plankton)
    #[command(subcommand)]
    Image(image::ImageCommand),
    /// Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)
    File(file::FileArgs),
    /// Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys
    Sdc(sdc::SdcArgs),
    /// LINSTOR: nodes, storage pools, resources with placement, and the KV store
    #[command(subcommand)]
    Linstor(linstor::LinstorCommand),
    /// Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)
    Infra(infra::InfraArgs),
    /// Read and change the config file
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Run the built-in local cloud
    #[command(subcommand)]
    Sandbox(sandbox::SandboxCommand),
}

/// Runs a parsed command line and returns what it produced.
pub async fn run(cli: Cli) -> Result<Output> {
    let options = cli.globals.options();
    match cli.command {
        // Commands that need no cloud.
        Command::Config(cmd) => config::run(&options, cmd),
        Command::Completions(args) => completions::run(args),
        Command::Sandbox(cmd) => sandbox::run(&options, cmd).await,
        // Opens a cloud only when a node needs one.
        Command::Infra(args) => infra::run(&options, args).await,
        // Commands that talk to a cloud.
        command => {
            let ctx = Context::new(options).await?;
            match command {
                Command::Astakos(cmd) => astakos::run(&ctx, cmd).await,
                Command::Image(cmd) => image::run(&ctx, cmd).await,
                Command::Server(cmd) => server::run(&ctx, cmd).await,
                Command::Network(cmd) => network::run(&ctx, cmd).await,
                Command::Volume(cmd) => volume::run(&ctx, cmd).await,
                Command::File(args) => file::run(&ctx, args).await,
                Command::Sdc(args) => sdc::run(&ctx, args).await,
                Command::Linstor(cmd) => linstor::run(&ctx, cmd).await,
                Command::Config(_) | Command::Completions(_) | Command::Sandbox(_) | Command::Infra(_) => {
                    Ok(Output::empty())
                }
            }
        }
    }
}
