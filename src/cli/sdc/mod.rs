//! `kamaki sdc`: Joyent SmartDataCenter / Triton CloudAPI — the account and its keys,
//! datacenters, datasets and images, packages, networks, and machines.

mod machine;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::clients::sdc::SdcClient;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, human_size};

#[derive(Debug, Args)]
pub struct SdcArgs {
    /// Work in another datacenter of the cloud, with the same credentials
    /// (`kamaki sdc datacenter list` shows them)
    #[arg(long, global = true, value_name = "NAME")]
    pub datacenter: Option<String>,
    #[command(subcommand)]
    pub command: SdcCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SdcCommand {
    /// Show the account (login, email, names)
    Account,
    /// The account's SSH public keys, which sign CloudAPI requests
    #[command(subcommand)]
    Key(KeyCommand),
    /// The datacenters of the cloud
    #[command(subcommand)]
    Datacenter(DatacenterCommand),
    /// 6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)
    #[command(subcommand)]
    Dataset(DatasetCommand),
    /// Images machines are created from
    #[command(subcommand)]
    Image(ImageCommand),
    /// Packages: the sizes of machines (memory, disk, CPU)
    #[command(subcommand)]
    Package(PackageCommand),
    /// Networks machines can attach to
    #[command(subcommand)]
    Network(NetworkCommand),
    /// Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots,
    /// metadata and tags
    #[command(subcommand)]
    Machine(machine::MachineCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Show every field instead of the default columns
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum KeyCommand {
    /// List the account's keys
    List(ListArgs),
    /// Show a key by name or MD5 fingerprint
    Get { name: String },
    /// Register a public key (`~/.ssh/id_ed25519.pub`) under a name
    Add {
        name: String,
        #[arg(value_name = "PUBKEYFILE")]
        file: std::path::PathBuf,
    },
    /// Remove keys by name or MD5 fingerprint
    Delete {
        #[arg(required = true)]
        names: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DatacenterCommand {
    /// List the datacenters and their CloudAPI URLs
    List,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DatasetCommand {
    /// List datasets with their URNs; `default` marks the datacenter's default
    List(ListArgs),
    /// Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)
    Get { dataset: String },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImageCommand {
    /// List images
    List(ImageListArgs),
    /// Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN
    Get { image: String },
}

#[derive(Debug, Args)]
pub struct ImageListArgs {
    /// Only images with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Only images of this OS (`smartos`, `linux`, …)
    #[arg(long)]
    pub os: Option<String>,
    /// Only this version of the image
    #[arg(long = "image-version", value_name = "VERSION")]
    pub image_version: Option<String>,
    /// Only this type (`zone-dataset`, `lx-dataset`, `zvol`)
    #[arg(long = "type", value_name = "TYPE")]
    pub image_type: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PackageCommand {
    /// List packages
    List(PackageListArgs),
    /// Show a package by name, id or short id
    Get { package: String },
    /// Show the datacenter's default package
    Default,
}

#[derive(Debug, Args)]
pub struct PackageListArgs {
    /// Only packages with this name (`*` wildcards allowed)
    #[arg(long)]
    pub name: Option<String>,
    /// Only packages with this much memory, in MiB
    #[arg(long, value_name = "MIB")]
    pub memory: Option<u64>,
    /// Only packages of this group (`*` wildcards allowed)
    #[arg(long)]
    pub group: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum NetworkCommand {
    /// List networks
    List(ListArgs),
    /// Show a network by name, id or short id
    Get { network: String },
}

pub async fn run(ctx: &Context, args: SdcArgs) -> Result<Output> {
    let client = match args.datacenter.as_deref() {
        Some(name) => ctx.sdc().await?.in_datacenter(name).await?,
        None => ctx.sdc().await?,
    };
    match args.command {
        SdcCommand::Account => Ok(Output::object(client.account().await?)),
        SdcCommand::Key(cmd) => key(&client, cmd).await,
        SdcCommand::Datacenter(DatacenterCommand::List) => {
            let datacenters = client.datacenters().await?;
            let rows = datacenters.into_iter().map(|(name, url)| json!({"name": name, "url": url}));
            Ok(Output::list(rows, &["name", "url"]))
        }
        SdcCommand::Dataset(DatasetCommand::List(list)) => {
            let datasets = client.datasets().await?;
            Ok(Output::list(datasets, &["id", "urn", "os", "type", "default"]).long(list.long))
        }
        SdcCommand::Dataset(DatasetCommand::Get { dataset }) => {
            Ok(Output::object(client.dataset(&dataset).await?))
        }
        SdcCommand::Image(ImageCommand::List(args)) => {
            let filters: Vec<(&str, String)> = [
                ("name", args.name),
                ("os", args.os),
                ("version", args.image_version),
                ("type", args.image_type),
            ]
            .into_iter()
            .filter_map(|(key, value)| value.map(|v| (key, v)))
            .collect();
            let images = client.images(&filters).await?;
            Ok(Output::list(images, &["id", "name", "version", "os", "type", "published_at"])
                .long(args.list.long))
        }
        SdcCommand::Image(ImageCommand::Get { image }) => Ok(Output::object(client.image(&image).await?)),
        SdcCommand::Package(cmd) => package(&client, cmd).await,
        SdcCommand::Network(NetworkCommand::List(list)) => {
            let networks = client.networks().await?;
            Ok(Output::list(networks, &["id", "name", "public", "description"]).long(list.long))
        }
        SdcCommand::Network(NetworkCommand::Get { network }) => {
            Ok(Output::object(client.network(&network).await?))
        }
        SdcCommand::Machine(cmd) => machine::run(ctx, &client, cmd).await,
    }
}

async fn key(client: &SdcClient, command: KeyCommand) -> Result<Output> {
    match command {
        KeyCommand::List(list) => {
            Ok(Output::list(client.keys().await?, &["name", "fingerprint"]).long(list.long))
        }
        KeyCommand::Get { name } => Ok(Output::object(client.key(&name).await?)),
        KeyCommand::Add { name, file } => {
            let line = std::fs::read_to_string(&file)
                .map_err(|e| Error::from(e).context(format!("reading public key `{}`", file.display())))?;
            if crate::auth::keys::parse_public_key(&line).is_err() {
                return Err(Error::usage(format!("`{}` is not an OpenSSH public key", file.display()))
                    .hint("give the `.pub` file, e.g. `~/.ssh/id_ed25519.pub`; never the private key"));
            }
            Ok(Output::object(client.add_key(&name, &line).await?))
        }
        KeyCommand::Delete { names } => {
            let mut deleted = Vec::new();
            for name in names {
                client.delete_key(&name).await?;
                deleted.push(json!({"name": name, "status": "deleted"}));
            }
            Ok(Output::list(deleted, &["name", "status"]))
        }
    }
}

async fn package(client: &SdcClient, command: PackageCommand) -> Result<Output> {
    match command {
        PackageCommand::List(args) => {
            let filters: Vec<(&str, String)> =
                [("name", args.name), ("memory", args.memory.map(|m| m.to_string())), ("group", args.group)]
                    .into_iter()
                    .filter_map(|(key, value)| value.map(|v| (key, v)))
                    .collect();
            let packages = client.packages(&filters).await?;
            let rows = packages.iter().map(package_row).collect();
            let columns = ["id", "name", "memory", "disk", "swap", "vcpus", "default"];
            let output = Output::list(packages, &columns);
            // Human sizes read better in a table; `-l` keeps the raw values.
            Ok(if args.list.long { output.long(true) } else { output.with_table_rows(rows) })
        }
        PackageCommand::Get { package } => Ok(Output::object(client.package(&package).await?)),
        PackageCommand::Default => Ok(Output::object(client.default_package().await?)),
    }
}

/// A package with its sizes (MiB) in binary units, for tables.
fn package_row(package: &Value) -> Value {
    let mut row = package.clone();
    for field in ["memory", "disk", "swap"] {
        if let Some(mib) = package.get(field).and_then(Value::as_u64) {
            row[field] = json!(human_size(mib * 1024 * 1024));
        }
    }
    row
}
