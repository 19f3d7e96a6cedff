//! `kamaki image`: Plankton images. An image is a file in Pithos that is registered with a
//! name, formats and properties; a JSON `.meta` file with the registration details is kept
//! next to it.

mod files;
mod members;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::clients::image::{
    CONTAINER_FORMATS, DISK_FORMATS, Image, ImageClient, ImageUpdate, PithosLocation, normalize_property_key,
};
use crate::context::{Context, SynnefoSession};
use crate::error::{Error, Result};
use crate::output::{Output, human_size};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImageCommand {
    /// List the images you may use: yours, public ones, and those shared with you
    List(ListArgs),
    /// Show an image, by id or by the Pithos location of its file
    Info {
        /// An image id, or a location `pithos://UUID/CONTAINER/PATH` or `/CONTAINER/PATH`
        image: String,
    },
    /// Register a Pithos file as an image, uploading a local file first if asked
    Register(RegisterArgs),
    /// Change an image's name, formats, visibility or properties
    Modify(ModifyArgs),
    /// Unregister an image; its file stays in Pithos unless `--delete-file` is given
    Unregister(UnregisterArgs),
    /// The users an image is shared with
    #[command(subcommand)]
    Members(MembersCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only public images
    #[arg(long, conflicts_with = "mine")]
    pub public: bool,
    /// Only images you registered
    #[arg(long)]
    pub mine: bool,
    /// Only images whose name contains this text (any case)
    #[arg(long, value_name = "TEXT")]
    pub name_like: Option<String>,
    /// Only images owned by this user (uuid or username)
    #[arg(long, value_name = "USER")]
    pub owner: Option<String>,
    /// Only images in this status, e.g. `AVAILABLE`
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only images with this property value; repeatable
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub properties: Vec<(String, String)>,
    /// Show the Pithos location of each image's file
    #[arg(long)]
    pub location: bool,
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// The image name [default: the metafile's]
    #[arg(long)]
    pub name: Option<String>,
    /// Where the image file is (or goes): `pithos://UUID/CONTAINER/PATH` or
    /// `/CONTAINER/PATH` in your account [default: the metafile's]
    #[arg(long, value_name = "LOCATION")]
    pub location: Option<String>,
    /// Upload this local file to the location first (hashmap upload: blocks the server
    /// already has are not sent again, so an interrupted upload resumes)
    #[arg(long, value_name = "FILE")]
    pub upload_image_file: Option<PathBuf>,
    /// A property of the image, e.g. `OS=debian`; repeatable
    #[arg(short, long = "property", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub properties: Vec<(String, String)>,
    /// Make the image usable by everyone
    #[arg(long)]
    pub public: bool,
    /// The disk format [default: diskdump]
    #[arg(long, value_parser = DISK_FORMATS)]
    pub disk_format: Option<String>,
    /// The container format [default: bare]
    #[arg(long, value_parser = CONTAINER_FORMATS)]
    pub container_format: Option<String>,
    /// Register from a local JSON metafile (as stored by `image register`); flags override it
    #[arg(long, value_name = "FILE")]
    pub metafile: Option<PathBuf>,
    /// Do not store the `LOCATION.meta` file next to the image
    #[arg(long)]
    pub no_metafile_upload: bool,
    /// Overwrite an existing remote image file (with `--upload-image-file`) and `.meta` file
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ModifyArgs {
    /// The image id
    pub image: String,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    /// Set a property, e.g. `USERS=root`; repeatable
    #[arg(short, long = "property", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub properties: Vec<(String, String)>,
    /// Delete a property; repeatable
    #[arg(long = "property-del", value_name = "KEY")]
    pub delete_properties: Vec<String>,
    /// Make the image usable by everyone
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Make the image usable only by you and its members
    #[arg(long)]
    pub private: bool,
    /// A new disk format
    #[arg(long, value_parser = DISK_FORMATS)]
    pub disk_format: Option<String>,
    /// A new container format
    #[arg(long, value_parser = CONTAINER_FORMATS)]
    pub container_format: Option<String>,
}

#[derive(Debug, Args)]
pub struct UnregisterArgs {
    /// The image id
    pub image: String,
    /// Also delete the image file and its `.meta` file from Pithos for good (only files in
    /// your own account)
    #[arg(long)]
    pub delete_file: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MembersCommand {
    /// List the users an image is shared with
    List {
        /// The image id
        image: String,
    },
    /// Share an image with users (uuids or usernames)
    Add {
        /// The image id
        image: String,
        #[arg(required = true, value_name = "USER")]
        users: Vec<String>,
    },
    /// Stop sharing an image with users (uuids or usernames)
    Remove {
        /// The image id
        image: String,
        #[arg(required = true, value_name = "USER")]
        users: Vec<String>,
    },
    /// Share an image with exactly these users; none stops sharing it
    Set {
        /// The image id
        image: String,
        #[arg(value_name = "USER")]
        users: Vec<String>,
    },
}

fn parse_key_value(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("`{text}` is not KEY=VALUE")),
    }
}

pub async fn run(ctx: &Context, command: ImageCommand) -> Result<Output> {
    let session = ctx.synnefo().await?;
    let images = ctx.images().await?;
    match command {
        ImageCommand::List(args) => list(ctx, session, &images, args).await,
        ImageCommand::Info { image } => Ok(image_output(&find(ctx, &images, &image).await?)),
        ImageCommand::Register(args) => files::register(ctx, session, &images, args).await,
        ImageCommand::Modify(args) => modify(&images, args).await,
        ImageCommand::Unregister(args) => files::unregister(ctx, session, &images, args).await,
        ImageCommand::Members(command) => members::run(ctx, &images, command).await,
    }
}

async fn list(
    ctx: &Context,
    session: &SynnefoSession,
    client: &ImageClient,
    args: ListArgs,
) -> Result<Output> {
    let owner = match &args.owner {
        Some(user) => Some(members::resolve_users(ctx, std::slice::from_ref(user)).await?.remove(0)),
        None => None,
    };
    let wanted: Vec<(String, String)> = args
        .properties
        .iter()
        .map(|(key, value)| Ok((normalize_property_key(key)?, value.clone())))
        .collect::<Result<_>>()?;
    let name_like = args.name_like.as_deref().map(str::to_lowercase);
    let images: Vec<Image> = client
        .list()
        .await?
        .into_iter()
        .filter(|image| !args.public || image.is_public)
        .filter(|image| !args.mine || image.owner == session.user_uuid())
        .filter(|image| owner.as_ref().is_none_or(|owner| &image.owner == owner))
        .filter(|image| args.status.as_ref().is_none_or(|s| image.status.eq_ignore_ascii_case(s)))
        .filter(|image| name_like.as_ref().is_none_or(|text| image.name.to_lowercase().contains(text)))
        .filter(|image| wanted.iter().all(|(key, value)| image.properties.get(key) == Some(value)))
        .collect();
    let rows = images
        .iter()
        .map(|image| {
            let mut row = serde_json::to_value(image).unwrap_or_default();
            row["size"] = json!(human_size(image.size));
            row
        })
        .collect();
    let columns: &[&str] = if args.location {
        &["id", "name", "location"]
    } else {
        &["id", "name", "status", "disk_format", "size"]
    };
    Ok(Output::list(&images, columns).long(args.long).with_table_rows(rows))
}

/// An image by id, or by the location of its file.
async fn find(ctx: &Context, client: &ImageClient, image: &str) -> Result<Image> {
    if !(image.starts_with('/') || image.starts_with("pithos://")) {
        return client.get(image).await;
    }
    let location = PithosLocation::parse(image, &ctx.pithos_account().await?)?;
    let url = location.url();
    client.list().await?.into_iter().find(|image| image.location == url).ok_or_else(|| {
        Error::not_found(format!("no image you may use is registered at `{url}`"))
            .hint(format!("register it with `kamaki image register --name NAME --location {image}`"))
    })
}

/// One image: JSON as the service reports it, tables as [`table_view`] shows it.
fn image_output(image: &Image) -> Output {
    Output::object(image).with_table_view(table_view(image))
}

/// An image for a table: a human size and one row per property.
fn table_view(image: &Image) -> Value {
    let mut view = serde_json::to_value(image).unwrap_or_default();
    if let Value::Object(map) = &mut view {
        map.remove("properties");
        map.insert("size".into(), json!(format!("{} ({} bytes)", human_size(image.size), image.size)));
        for (key, value) in &image.properties {
            map.insert(format!("properties.{key}"), json!(value));
        }
    }
    view
}

async fn modify(client: &ImageClient, args: ModifyArgs) -> Result<Output> {
    let is_public = match (args.public, args.private) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let update = ImageUpdate {
        name: args.name,
        disk_format: args.disk_format,
        container_format: args.container_format,
        is_public,
        set_properties: args.properties.into_iter().collect(),
        delete_properties: args.delete_properties,
    };
    if update == ImageUpdate::default() {
        return Err(Error::usage("nothing to change").hint(
            "pass `--name`, `--property KEY=VALUE`, `--property-del KEY`, `--public`/`--private` or a format",
        ));
    }
    let current = client.get(&args.image).await?;
    for key in &update.delete_properties {
        if !current.properties.contains_key(&normalize_property_key(key)?) {
            let known: Vec<&str> = current.properties.keys().map(String::as_str).collect();
            return Err(Error::not_found(format!("image `{}` has no property `{key}`", args.image)).hint(
                format!(
                    "its properties are: {}",
                    if known.is_empty() { "none".into() } else { known.join(", ") }
                ),
            ));
        }
    }
    let image = client.update(&args.image, &update).await.map_err(|e| match e.status() {
        Some(409) => e.hint("choose another `--name`"),
        _ => e,
    })?;
    Ok(image_output(&image))
}
