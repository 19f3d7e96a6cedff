//! `kamaki file`: Pithos object storage (and plain OpenStack Swift): containers, listing,
//! hashmap uploads and verified, resumable downloads, server-side copy and move, trash,
//! sharing, public links, groups, versions and sync.
//!
//! This file holds the clap definitions and the dispatch; the leaves implement them.

mod containers;
mod objects;
mod sharing;
mod sync;
mod transfer;

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::clients::pithos::upload::{DEFAULT_SEGMENT_CONCURRENCY, SWIFT_MAX_OBJECT};
use crate::clients::pithos::{HOME_CONTAINER, PithosClient, RemotePath};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct FileArgs {
    /// Act on another account's objects (its uuid), as far as it shares them with you
    #[arg(long, global = true, value_name = "UUID")]
    pub account: Option<String>,
    #[command(subcommand)]
    pub command: FileCommand,
}

// Not deferred: `others` has an `--account` of its own, which must be defined before clap
// copies the group's global `--account` into the subcommands, or the two clash.
#[derive(Debug, Subcommand)]
pub enum FileCommand {
    /// Containers: list, info, create, delete, empty, reassign
    #[command(subcommand)]
    Container(ContainerCommand),
    /// List the objects of a container (or under a folder)
    List(ListArgs),
    /// Show an object's details (or a container's), or its hashmap
    #[command(disable_version_flag = true)]
    Info(InfoArgs),
    /// An object's user metadata: list, set, delete
    #[command(subcommand)]
    Metadata(MetadataCommand),
    /// Create a folder (a directory object)
    Mkdir { path: String },
    /// Create an empty object, unless it exists
    Touch {
        path: String,
        /// Its content type [default: guessed from the name]
        #[arg(long)]
        content_type: Option<String>,
    },
    /// Print an object's contents to stdout
    #[command(disable_version_flag = true)]
    Cat {
        path: String,
        /// Print this version instead of the current one
        #[arg(long, value_name = "V")]
        version: Option<String>,
    },
    /// Upload a file (or, with -r, a directory; `-` reads stdin)
    Upload(UploadArgs),
    /// Download an object (or, with -r, a folder or container)
    #[command(disable_version_flag = true)]
    Download(DownloadArgs),
    /// Copy objects on the server (across containers and accounts)
    #[command(disable_version_flag = true)]
    Copy(CopyArgs),
    /// Move objects on the server (across containers and accounts)
    #[command(disable_version_flag = true)]
    Move(CopyArgs),
    /// Move objects to the trash (or, with --purge, delete them for good)
    Delete(DeleteArgs),
    /// The trash: list, restore, empty
    #[command(subcommand)]
    Trash(TrashCommand),
    /// Let users or groups read or write an object or folder
    Share(ShareArgs),
    /// Stop sharing an object or folder
    Unshare { path: String },
    /// What you share with others
    Shared,
    /// Publish an object: anyone with the printed URL can read it
    Publish { path: String },
    /// Withdraw an object's public URL
    Unpublish { path: String },
    /// Accounts that share with you; then their containers or objects
    Others {
        /// An account that shares with you
        account: Option<String>,
        /// One of its containers
        container: Option<String>,
    },
    /// Account groups, usable in sharing as `GROUP`
    #[command(subcommand)]
    Group(GroupCommand),
    /// The versions of an object
    Versions { path: String },
    /// Make an old version of an object the current one (the newer ones stay in history)
    #[command(disable_version_flag = true)]
    RestoreVersion { path: String, version: String },
    /// Synchronise a local directory with a remote folder, both ways
    Sync(SyncArgs),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// List containers with their usage and project
    List,
    /// Show a container: usage, block size and hash, policy, metadata
    Info { container: String },
    /// Create a container
    Create(ContainerCreateArgs),
    /// Delete a container (with --recursive, its objects too)
    Delete {
        container: String,
        /// Delete the objects in it first
        #[arg(short, long)]
        recursive: bool,
    },
    /// Delete every object of a container, keeping the container
    Empty { container: String },
    /// Charge a container's storage to another project
    Reassign {
        container: String,
        /// The project to charge
        #[arg(long, value_name = "ID")]
        project: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Versioning {
    /// Keep every version
    Auto,
    /// Keep only the current version
    None,
}

#[derive(Debug, Args)]
pub struct ContainerCreateArgs {
    pub container: String,
    /// Size limit, e.g. `10GiB`, `500MB` or bytes [default: unlimited]
    #[arg(long, value_parser = parse_size, value_name = "SIZE")]
    pub quota: Option<u64>,
    /// Versioning policy
    #[arg(long, value_enum)]
    pub versioning: Option<Versioning>,
    /// The project its storage is charged to [default: your personal project]
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// `/CONTAINER[/PREFIX]` or `pithos://UUID/CONTAINER[/PREFIX]` [default: /pithos]
    pub path: Option<String>,
    /// Everything under the prefix, not just the first level
    #[arg(short, long)]
    pub recursive: bool,
    /// Fold names at this delimiter into folders [default: `/` unless --recursive]
    #[arg(long)]
    pub delimiter: Option<String>,
    /// The container as it was at this time (RFC 3339 or epoch seconds)
    #[arg(long, value_parser = parse_time, value_name = "DATE")]
    pub until: Option<i64>,
    /// Only objects shared with others
    #[arg(long)]
    pub shared: bool,
    /// Only public objects
    #[arg(long)]
    pub public: bool,
    /// Show type, size and modification time
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    pub path: String,
    /// Show the object's block hashes
    #[arg(long)]
    pub hashmap: bool,
    /// This version instead of the current one
    #[arg(long, value_name = "V")]
    pub version: Option<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MetadataCommand {
    /// Show an object's metadata
    List { path: String },
    /// Set metadata keys
    Set {
        path: String,
        #[arg(required = true, value_parser = parse_key_value, value_name = "KEY=VALUE")]
        pairs: Vec<(String, String)>,
    },
    /// Delete metadata keys
    Delete {
        path: String,
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct UploadArgs {
    /// A local file, a directory (with -r), or `-` for stdin
    pub local: PathBuf,
    /// Where to: `/CONTAINER/PATH` (a trailing `/` keeps the local name) [default: /pithos/NAME]
    pub remote: Option<String>,
    /// Upload a directory with everything in it
    #[arg(short, long)]
    pub recursive: bool,
    /// The content type [default: guessed from the extension]
    #[arg(long)]
    pub content_type: Option<String>,
    /// Metadata to set, repeatable
    #[arg(long = "metadata", value_parser = parse_key_value, value_name = "KEY=VALUE")]
    pub metadata: Vec<(String, String)>,
    /// Publish the object and print its public URL
    #[arg(long)]
    pub public: bool,
    /// Sharing, e.g. `read=UUID1,GROUP;write=UUID2`
    #[arg(long, value_name = "SPEC")]
    pub sharing: Option<String>,
    /// Skip objects that already exist instead of failing
    #[arg(long, conflicts_with = "overwrite")]
    pub if_not_exists: bool,
    /// Replace existing objects (their old data stays in their versions)
    #[arg(long)]
    pub overwrite: bool,
    /// Blocks in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub threads: u16,
    /// Plain Swift only: upload files larger than this as a static large object of
    /// segments this size (1 byte to 5GiB), sent in parallel; a rerun resumes them
    #[arg(long, default_value = "64MiB", value_parser = parse_segment_size, value_name = "SIZE")]
    pub segment_size: u64,
    /// Plain Swift only: segments in flight at once
    #[arg(
        long,
        default_value_t = DEFAULT_SEGMENT_CONCURRENCY,
        value_parser = clap::value_parser!(u16).range(1..=64),
        value_name = "N"
    )]
    pub segment_concurrency: u16,
}

#[derive(Debug, Args)]
pub struct DownloadArgs {
    /// `/CONTAINER/PATH` of an object, or of a folder or container with -r
    pub remote: String,
    /// The local file or directory [default: the object's name, here]
    pub local: Option<PathBuf>,
    /// Download a folder or container with everything in it
    #[arg(short, long)]
    pub recursive: bool,
    /// This version instead of the current one
    #[arg(long, value_name = "V")]
    pub version: Option<String>,
    /// Reuse the blocks of an existing local file and fetch only those that differ
    #[arg(long)]
    pub resume: bool,
    /// Replace existing local files
    #[arg(long)]
    pub overwrite: bool,
    /// Ranged requests in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub threads: u16,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    pub source: String,
    /// The destination path; a trailing `/` keeps the source's name
    pub destination: String,
    /// Copy (move) a folder with everything under it
    #[arg(short, long)]
    pub recursive: bool,
    /// Replace existing destination objects
    #[arg(long)]
    pub overwrite: bool,
    /// Copy this version of the source
    #[arg(long, value_name = "V")]
    pub version: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    pub path: String,
    /// Delete a folder with everything under it
    #[arg(short, long)]
    pub recursive: bool,
    /// Delete for good instead of moving to the trash
    #[arg(long)]
    pub purge: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TrashCommand {
    /// List what is in the trash
    List,
    /// Move an object (or, with -r, a folder) from the trash back where it was deleted from
    Restore {
        /// The path inside the trash, e.g. `notes.txt` or `/trash/notes.txt`
        path: String,
        #[arg(short, long)]
        recursive: bool,
    },
    /// Delete everything in the trash for good
    Empty,
}

#[derive(Debug, Args)]
pub struct ShareArgs {
    pub path: String,
    /// Users (uuid or email) or your groups that may read; `*` for everyone
    #[arg(long, num_args = 1.., value_name = "USER|GROUP")]
    pub read: Vec<String>,
    /// Users (uuid or email) or your groups that may write
    #[arg(long, num_args = 1.., value_name = "USER|GROUP")]
    pub write: Vec<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum GroupCommand {
    /// List your groups and their members
    List,
    /// Create (or replace) a group
    Create {
        name: String,
        /// Members: user uuids or emails
        #[arg(long = "member", required = true, num_args = 1.., value_name = "USER")]
        members: Vec<String>,
    },
    /// Delete a group
    Delete { name: String },
    /// Add members to a group
    AddMember {
        name: String,
        #[arg(required = true, value_name = "USER")]
        members: Vec<String>,
    },
    /// Remove members from a group
    RemoveMember {
        name: String,
        #[arg(required = true, value_name = "USER")]
        members: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The local directory
    pub local: PathBuf,
    /// The remote folder, `/CONTAINER[/PREFIX]`
    pub remote: String,
    /// Print the plan without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: FileArgs) -> Result<Output> {
    let files = Files::new(ctx, args.account).await?;
    match args.command {
        FileCommand::Container(cmd) => containers::run(&files, cmd).await,
        FileCommand::List(args) => objects::list(&files, args).await,
        FileCommand::Info(args) => objects::info(&files, args).await,
        FileCommand::Metadata(cmd) => objects::metadata(&files, cmd).await,
        FileCommand::Mkdir { path } => objects::mkdir(&files, &path).await,
        FileCommand::Touch { path, content_type } => objects::touch(&files, &path, content_type).await,
        FileCommand::Cat { path, version } => transfer::cat(&files, &path, version.as_deref()).await,
        FileCommand::Upload(args) => transfer::upload(&files, args).await,
        FileCommand::Download(args) => transfer::download(&files, args).await,
        FileCommand::Copy(args) => objects::copy(&files, args, false).await,
        FileCommand::Move(args) => objects::copy(&files, args, true).await,
        FileCommand::Delete(args) => objects::delete(&files, args).await,
        FileCommand::Trash(cmd) => objects::trash(&files, cmd).await,
        FileCommand::Share(args) => sharing::share(&files, args).await,
        FileCommand::Unshare { path } => sharing::unshare(&files, &path).await,
        FileCommand::Shared => sharing::shared(&files).await,
        FileCommand::Publish { path } => sharing::publish(&files, &path, true).await,
        FileCommand::Unpublish { path } => sharing::publish(&files, &path, false).await,
        FileCommand::Others { account, container } => sharing::others(&files, account, container).await,
        FileCommand::Group(cmd) => sharing::group(&files, cmd).await,
        FileCommand::Versions { path } => objects::versions(&files, &path).await,
        FileCommand::RestoreVersion { path, version } => {
            objects::restore_version(&files, &path, &version).await
        }
        FileCommand::Sync(args) => sync::run(&files, args).await,
    }
}

/// What every `file` command works with: the client, the default container and account.
pub(crate) struct Files<'a> {
    pub ctx: &'a Context,
    pub client: PithosClient,
    pub default_container: String,
    /// `--account`: whose objects paths without `pithos://` name.
    pub account: Option<String>,
}

impl<'a> Files<'a> {
    async fn new(ctx: &'a Context, account: Option<String>) -> Result<Files<'a>> {
        let client = ctx.pithos().await?;
        let default_container =
            ctx.cloud().pithos_container.clone().unwrap_or_else(|| HOME_CONTAINER.to_string());
        Ok(Files { ctx, client, default_container, account })
    }

    /// Parses a remote path, applying `--account` and the default container.
    pub(crate) fn path(&self, text: &str) -> Result<RemotePath> {
        let mut path = RemotePath::parse(text, &self.default_container)?;
        if path.account.is_none() {
            path.account = self.account.clone().filter(|a| *a != self.client.account);
        }
        Ok(path)
    }

    pub(crate) fn quiet(&self) -> bool {
        self.ctx.quiet()
    }
}

/// Parses `KEY=VALUE`.
fn parse_key_value(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("`{text}` is not KEY=VALUE")),
    }
}

/// Parses a size: bytes, or a number with a unit (`KB`, `MiB`, `10GiB`, `1.5GB`).
/// Parses a Swift segment size: at least a byte, at most Swift's largest object.
fn parse_segment_size(text: &str) -> std::result::Result<u64, String> {
    match parse_size(text)? {
        0 => Err("a segment must hold at least 1 byte (e.g. `64MiB`)".to_string()),
        size if size > SWIFT_MAX_OBJECT => {
            Err(format!("`{text}` is larger than Swift's largest object (5GiB)"))
        }
        size => Ok(size),
    }
}

pub fn parse_size(text: &str) -> std::result::Result<u64, String> {
    let text = text.trim();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 =
        number.parse().map_err(|_| format!("`{text}` is not a size like `10GiB` or `500MB`"))?;
    let factor: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "t" | "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!("unknown size unit `{other}` (use B, KB, MB, GB, TB, KiB, MiB, GiB or TiB)"));
        }
    };
    Ok((number * factor).round() as u64)
}

/// Parses a time: epoch seconds or RFC 3339.
fn parse_time(text: &str) -> std::result::Result<i64, String> {
    if let Ok(epoch) = text.parse::<f64>() {
        return Ok(epoch as i64);
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp())
        .map_err(|_| format!("`{text}` is not a date like `2026-01-31T12:00:00Z` or epoch seconds"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_times() {
        assert_eq!(parse_size("10GiB"), Ok(10 * 1024 * 1024 * 1024));
        assert_eq!(parse_size("500MB"), Ok(500_000_000));
        assert_eq!(parse_size("42"), Ok(42));
        assert!(parse_size("1 parsec").is_err());
        assert_eq!(parse_time("2020-01-01T00:00:00Z"), Ok(1_577_836_800));
        assert_eq!(parse_time("1577836800"), Ok(1_577_836_800));
        assert!(parse_time("yesterday").is_err());
        assert_eq!(parse_key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(parse_key_value("=x").is_err());
    }
}
