//! `kamaki server`: Cyclades virtual machines, their flavors, images, key pairs and quotas.

mod catalog;
mod create;
mod servers;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::cyclades::StateArgs;
use super::ssh::SshArgs;
use super::wait::{WaitArgs, WaitCommandArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

// Not deferred: its `wait` has a `--timeout` of its own, which must be defined before
// clap copies the global `--timeout` into the subcommands, or the two clash.
#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// List your servers
    List(ListArgs),
    /// Show a server: status, addresses, attachments, volumes, metadata, project
    Info {
        /// Server id or name
        server: String,
    },
    /// Create a server, or a cluster of servers with `--cluster-size`
    Create(CreateArgs),
    /// Wait for a server to reach or leave a state [default: while BUILD]; `--timeout`
    /// bounds the wait, exit code 124 when it passes
    Wait {
        /// Server id or name
        server: String,
        #[command(flatten)]
        states: StateArgs,
        #[command(flatten)]
        wait: WaitCommandArgs,
    },
    /// Reboot an active server
    Reboot {
        /// Server id or name
        server: String,
        /// Power-cycle instead of asking the OS to restart
        #[arg(long)]
        hard: bool,
        // --wait: Wait until it is ACTIVE again
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Start a stopped server
    Start {
        /// Server id or name
        server: String,
        // --wait: Wait until it is ACTIVE
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Shut a server down
    Shutdown {
        /// Server id or name
        server: String,
        // --wait: Wait until it is STOPPED
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete servers (their ports and root volumes go with them)
    Delete {
        /// Server ids or names
        #[arg(required = true)]
        servers: Vec<String>,
        // --wait: Wait until they are DELETED
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Change the flavor of a stopped server
    Resize {
        /// Server id or name
        server: String,
        /// The new flavor (id or name)
        #[arg(long)]
        flavor: String,
    },
    /// Move a stopped server (and its quota usage) to another project
    Reassign {
        /// Server id or name
        server: String,
        /// The project uuid
        #[arg(long)]
        project: String,
    },
    /// Rename a server
    Rename {
        /// Server id or name
        server: String,
        name: String,
    },
    /// Server metadata
    #[command(subcommand)]
    Metadata(MetadataCommand),
    /// Connection details of a server's VNC console
    Console {
        /// Server id or name
        server: String,
        /// `vnc`, `vnc-ws` or `vnc-wss`
        #[arg(long = "type", default_value = "vnc", value_parser = ["vnc", "vnc-ws", "vnc-wss"])]
        console_type: String,
    },
    /// Where the CPU and network usage graphs of a server are
    Stats {
        /// Server id or name
        server: String,
    },
    /// Log in with the system `ssh`: to the server's public IPv4, as the first user its
    /// image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names
    Ssh {
        /// Server id or name
        server: String,
        #[command(flatten)]
        ssh: SshArgs,
    },
    /// Hardware templates servers are built from
    #[command(subcommand)]
    Flavor(FlavorCommand),
    /// Images servers can boot (the compute view)
    #[command(subcommand)]
    Image(ImageCommand),
    /// SSH key pairs for new servers
    #[command(subcommand)]
    Keypair(KeypairCommand),
    /// Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project
    Quota {
        /// Only this project
        #[arg(long, value_name = "ID")]
        project: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only servers with this status (e.g. ACTIVE)
    #[arg(long)]
    pub status: Option<String>,
    /// Only servers whose name contains this text (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub name_like: Option<String>,
    /// Only servers of this flavor id
    #[arg(long, value_name = "ID")]
    pub flavor: Option<String>,
    /// Only servers of this image id
    #[arg(long, value_name = "ID")]
    pub image: Option<String>,
    /// Only servers of this project
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The server's name (with `--cluster-size`, the prefix of `NAME-1` … `NAME-K`)
    #[arg(long)]
    pub name: String,
    /// Flavor id or name (`kamaki server flavor list`)
    #[arg(long)]
    pub flavor: String,
    /// Image id or name (`kamaki server image list`)
    #[arg(long)]
    pub image: String,
    /// `none` for no networking, or `NETWORK[,ip=ADDRESS]` (repeatable); without it the
    /// cloud's default applies (the sandbox gives a public IP)
    #[arg(long = "network", value_name = "NET[,ip=ADDR]|none")]
    pub networks: Vec<String>,
    /// The project to charge (default: your system project)
    #[arg(long)]
    pub project: Option<String>,
    /// A public key file to install as root's authorized key
    #[arg(long, value_name = "PATH")]
    pub key_inject: Option<PathBuf>,
    /// A key pair registered with `kamaki server keypair`
    #[arg(long, value_name = "NAME")]
    pub key_name: Option<String>,
    /// Metadata `KEY=VALUE` (repeatable)
    #[arg(short, long = "metadata", value_name = "KEY=VALUE")]
    pub metadata: Vec<String>,
    /// Create this many servers in parallel, named `NAME-1` … `NAME-K`
    #[arg(long, value_name = "K", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=500))]
    pub cluster_size: u32,
    // --wait: until the servers are ACTIVE, then shown with their addresses
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MetadataCommand {
    /// Show a server's metadata
    List {
        /// Server id or name
        server: String,
    },
    /// Add or change metadata
    Set {
        /// Server id or name
        server: String,
        /// `KEY=VALUE` pairs
        #[arg(required = true, value_name = "KEY=VALUE")]
        pairs: Vec<String>,
    },
    /// Remove metadata keys
    Delete {
        /// Server id or name
        server: String,
        #[arg(required = true)]
        keys: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum FlavorCommand {
    /// List flavors, optionally only those matching every filter
    List {
        /// Number of virtual CPUs
        #[arg(long)]
        vcpus: Option<u64>,
        /// RAM in MiB
        #[arg(long, value_name = "MIB")]
        ram: Option<u64>,
        /// Disk in GiB
        #[arg(long, value_name = "GIB")]
        disk: Option<u64>,
        /// Disk template, e.g. `drbd`, `ext_archipelago`
        #[arg(long, value_name = "TEMPLATE")]
        disk_template: Option<String>,
    },
    /// Show a flavor
    Info {
        /// Flavor id or name
        flavor: String,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImageCommand {
    /// List the images you can boot
    List {
        /// Only images whose name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        name_like: Option<String>,
        /// Show every field
        #[arg(short, long)]
        long: bool,
    },
    /// Show an image
    Info {
        /// Image id or name
        image: String,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum KeypairCommand {
    /// List your key pairs
    List,
    /// Have the cloud generate a key pair; the private key is shown only this once
    Create {
        name: String,
        /// Also write the private key to this file (mode 0600)
        #[arg(long, value_name = "PATH")]
        save: Option<PathBuf>,
    },
    /// Register an existing public key
    Import {
        name: String,
        /// The OpenSSH public key file (e.g. `~/.ssh/id_ed25519.pub`)
        #[arg(long, value_name = "PATH")]
        public_key: PathBuf,
    },
    /// Delete key pairs
    Delete {
        #[arg(required = true)]
        names: Vec<String>,
    },
}

pub async fn run(ctx: &Context, command: ServerCommand) -> Result<Output> {
    let cyclades = ctx.cyclades().await?;
    match command {
        ServerCommand::List(args) => servers::list(ctx, &cyclades, args).await,
        ServerCommand::Info { server } => servers::info(ctx, &cyclades, &server).await,
        ServerCommand::Create(args) => create::run(ctx, &cyclades, args).await,
        ServerCommand::Wait { server, states, wait } => {
            servers::wait(ctx, &cyclades, &server, &states, &wait).await
        }
        ServerCommand::Reboot { server, hard, wait } => {
            servers::power(ctx, &cyclades, &server, servers::Power::Reboot { hard }, &wait).await
        }
        ServerCommand::Start { server, wait } => {
            servers::power(ctx, &cyclades, &server, servers::Power::Start, &wait).await
        }
        ServerCommand::Shutdown { server, wait } => {
            servers::power(ctx, &cyclades, &server, servers::Power::Shutdown, &wait).await
        }
        ServerCommand::Delete { servers: names, wait } => {
            servers::delete(ctx, &cyclades, &names, &wait).await
        }
        ServerCommand::Resize { server, flavor } => servers::resize(ctx, &cyclades, &server, &flavor).await,
        ServerCommand::Reassign { server, project } => {
            servers::reassign(ctx, &cyclades, &server, &project).await
        }
        ServerCommand::Rename { server, name } => servers::rename(ctx, &cyclades, &server, &name).await,
        ServerCommand::Metadata(command) => servers::metadata(&cyclades, command).await,
        ServerCommand::Console { server, console_type } => {
            servers::console(&cyclades, &server, &console_type).await
        }
        ServerCommand::Stats { server } => servers::stats(&cyclades, &server).await,
        ServerCommand::Ssh { server, ssh } => {
            let request = ssh.request();
            let route = crate::ssh::cyclades::route(&cyclades.compute, &server, &request).await?;
            super::ssh::exec(&route, &request)
        }
        ServerCommand::Flavor(command) => catalog::flavor(&cyclades, command).await,
        ServerCommand::Image(command) => catalog::image(&cyclades, command).await,
        ServerCommand::Keypair(command) => catalog::keypair(&cyclades, command).await,
        ServerCommand::Quota { project } => catalog::quota(ctx, project.as_deref()).await,
    }
}
