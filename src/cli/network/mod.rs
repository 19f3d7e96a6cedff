//! `kamaki network`: Cyclades networks, subnets, ports and floating IPs.

mod ops;

use clap::{Args, Subcommand};

use crate::cli::wait::WaitArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum NetworkCommand {
    /// List the public networks and your private ones
    List {
        /// Show every field
        #[arg(short, long)]
        long: bool,
    },
    /// Show a network
    Info {
        /// Network id or name
        network: String,
    },
    /// Create a private network
    Create {
        #[arg(long)]
        name: String,
        /// The network type
        #[arg(long = "type", default_value = "MAC_FILTERED", value_name = "TYPE")]
        network_type: String,
        /// The project to charge (default: your system project)
        #[arg(long)]
        project: Option<String>,
    },
    /// Delete private networks (disconnect their servers first)
    Delete {
        /// Network ids or names
        #[arg(required = true)]
        networks: Vec<String>,
    },
    /// Rename a network
    Rename {
        /// Network id or name
        network: String,
        name: String,
    },
    /// Move a network (and its quota usage) to another project
    Reassign {
        /// Network id or name
        network: String,
        #[arg(long)]
        project: String,
    },
    /// Connect a server to a network (creates a port)
    Connect {
        /// Server id or name
        server: String,
        /// Network id or name
        network: String,
        /// The address to use (on the public network: one of your floating IPs)
        #[arg(long, value_name = "ADDRESS")]
        ip: Option<String>,
        // --wait: the port is ACTIVE
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Disconnect a server from a network (deletes its ports there)
    Disconnect {
        /// Server id or name
        server: String,
        /// Network id or name
        network: String,
        // --wait: the ports are gone
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Subnets: the address ranges of networks
    #[command(subcommand)]
    Subnet(SubnetCommand),
    /// Ports: the connections between networks and servers
    #[command(subcommand)]
    Port(PortCommand),
    /// Floating (public) IP addresses
    #[command(subcommand)]
    Ip(IpCommand),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SubnetCommand {
    /// List subnets
    List,
    /// Show a subnet
    Info { id: String },
    /// Give a private network an IPv4 subnet
    Create(SubnetCreateArgs),
}

#[derive(Debug, Args)]
pub struct SubnetCreateArgs {
    /// Network id or name
    #[arg(long)]
    pub network: String,
    /// The address range, e.g. `10.0.0.0/24`
    #[arg(long)]
    pub cidr: String,
    #[arg(long)]
    pub name: Option<String>,
    /// The gateway address [default: the first host]
    #[arg(long, value_name = "ADDRESS", conflicts_with = "no_gateway")]
    pub gateway: Option<String>,
    /// No gateway
    #[arg(long)]
    pub no_gateway: bool,
    /// Do not serve addresses with DHCP
    #[arg(long)]
    pub no_dhcp: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PortCommand {
    /// List your ports
    List,
    /// Show a port
    Info { id: String },
    /// Create a port on a network, plugged into a server
    Create {
        /// Network id or name
        #[arg(long)]
        network: String,
        /// Server id or name
        #[arg(long)]
        server: String,
        /// The address to use
        #[arg(long, value_name = "ADDRESS")]
        ip: Option<String>,
        #[arg(long)]
        name: Option<String>,
        // --wait: the port is ACTIVE
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete ports
    Delete {
        #[arg(required = true)]
        ids: Vec<String>,
        // --wait: they are gone
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum IpCommand {
    /// List your floating IPs
    List {
        /// Only those not attached to a server
        #[arg(long)]
        free: bool,
    },
    /// Show a floating IP (by id or address)
    Info { ip: String },
    /// Reserve a floating IP
    Reserve {
        /// The public network to take it from [default: the cloud's pool]
        #[arg(long)]
        network: Option<String>,
        /// The project to charge (default: your system project)
        #[arg(long)]
        project: Option<String>,
        /// A specific address from the pool
        #[arg(long, value_name = "ADDRESS")]
        address: Option<String>,
    },
    /// Give floating IPs back to the pool
    Release {
        /// Ids or addresses
        #[arg(required = true)]
        ips: Vec<String>,
    },
    /// Attach a floating IP to a server
    Attach {
        /// Id or address
        ip: String,
        /// Server id or name
        server: String,
        // --wait: the port is ACTIVE
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Detach a floating IP from its server (it stays reserved)
    Detach {
        /// Id or address
        ip: String,
        // --wait: the port is gone
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Move a floating IP (and its quota usage) to another project
    Reassign {
        /// Id or address
        ip: String,
        #[arg(long)]
        project: String,
    },
}

pub async fn run(ctx: &Context, command: NetworkCommand) -> Result<Output> {
    let cyclades = ctx.cyclades().await?;
    let c = &cyclades;
    match command {
        NetworkCommand::List { long } => ops::list(c, long).await,
        NetworkCommand::Info { network } => ops::info(c, &network).await,
        NetworkCommand::Create { name, network_type, project } => {
            ops::create(c, &name, &network_type, project.as_deref()).await
        }
        NetworkCommand::Delete { networks } => ops::delete(c, &networks).await,
        NetworkCommand::Rename { network, name } => ops::rename(c, &network, &name).await,
        NetworkCommand::Reassign { network, project } => ops::reassign(c, &network, &project).await,
        NetworkCommand::Connect { server, network, ip, wait } => {
            ops::connect(ctx, c, &server, &network, ip.as_deref(), &wait).await
        }
        NetworkCommand::Disconnect { server, network, wait } => {
            ops::disconnect(ctx, c, &server, &network, &wait).await
        }
        NetworkCommand::Subnet(command) => ops::subnet(c, command).await,
        NetworkCommand::Port(command) => ops::port(ctx, c, command).await,
        NetworkCommand::Ip(command) => ops::ip(ctx, c, command).await,
    }
}
