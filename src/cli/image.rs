//! `kamaki image`: Plankton images. An image is a file in Pithos that is registered with a
//! name, formats and properties; a JSON `.meta` file with the registration details is kept
//! next to it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::clients::astakos::AccountClient;
use crate::clients::image::{
    CONTAINER_FORMATS, DISK_FORMATS, Image, ImageClient, ImageUpdate, ListFilter, Metafile, PithosLocation,
    Registration, normalize_property_key,
};
use crate::clients::pithos::upload::{UploadOptions, upload_file, upload_reader};
use crate::clients::pithos::{ObjectAttributes, PithosClient, RemotePath};
use crate::context::{Context, SynnefoSession};
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Output, human_size};
use crate::progress;

#[derive(Debug, Subcommand)]
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
    /// Also delete the image file and its `.meta` file from Pithos (only in your account)
    #[arg(long)]
    pub delete_file: bool,
}

#[derive(Debug, Subcommand)]
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
    let images = ImageClient::new(ctx.http().clone(), &session.endpoint("image")?, &session.token);
    match command {
        ImageCommand::List(args) => list(ctx, session, &images, args).await,
        ImageCommand::Info { image } => Ok(image_output(find(session, &images, &image).await?)),
        ImageCommand::Register(args) => register(ctx, session, &images, args).await,
        ImageCommand::Modify(args) => modify(&images, args).await,
        ImageCommand::Unregister(args) => unregister(ctx, session, &images, args).await,
        ImageCommand::Members(command) => members(ctx, session, &images, command).await,
    }
}

async fn list(
    ctx: &Context,
    session: &SynnefoSession,
    client: &ImageClient,
    args: ListArgs,
) -> Result<Output> {
    let owner = match &args.owner {
        Some(user) => Some(resolve_users(ctx, session, std::slice::from_ref(user)).await?.remove(0)),
        None => None,
    };
    let wanted: Vec<(String, String)> = args
        .properties
        .iter()
        .map(|(key, value)| Ok((normalize_property_key(key)?, value.clone())))
        .collect::<Result<_>>()?;
    let name_like = args.name_like.as_deref().map(str::to_lowercase);
    let images: Vec<Image> = client
        .list(&ListFilter::default())
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
async fn find(session: &SynnefoSession, client: &ImageClient, image: &str) -> Result<Image> {
    if !(image.starts_with('/') || image.starts_with("pithos://")) {
        return client.get(image).await;
    }
    let location = PithosLocation::parse(image, session.user_uuid())?;
    let url = location.url();
    client.list(&ListFilter::default()).await?.into_iter().find(|image| image.location == url).ok_or_else(
        || {
            Error::not_found(format!("no image you may use is registered at `{url}`"))
                .hint(format!("register it with `kamaki image register --name NAME --location {image}`"))
        },
    )
}

/// One image: JSON as the service reports it; tables with a human size and one row per
/// property.
fn image_output(image: Image) -> Output {
    let mut view = serde_json::to_value(&image).unwrap_or_default();
    if let Value::Object(map) = &mut view {
        map.remove("properties");
        map.insert("size".into(), json!(format!("{} ({} bytes)", human_size(image.size), image.size)));
        for (key, value) in &image.properties {
            map.insert(format!("properties.{key}"), json!(value));
        }
    }
    Output::object(&image).with_table_view(view)
}

async fn register(
    ctx: &Context,
    session: &SynnefoSession,
    client: &ImageClient,
    args: RegisterArgs,
) -> Result<Output> {
    // Everything local is checked before anything remote changes.
    let metafile = match &args.metafile {
        Some(path) => read_metafile(path)?,
        None => Metafile::default(),
    };
    let name = args.name.or(metafile.name).ok_or_else(|| {
        Error::usage("the image needs a name").hint("pass `--name NAME`, or a `--metafile` that has one")
    })?;
    let location_text = args.location.or(metafile.location).ok_or_else(|| {
        Error::usage("the image needs a location")
            .hint("pass `--location /CONTAINER/PATH`, or a `--metafile` that has one")
    })?;
    let mut location = PithosLocation::parse(&location_text, session.user_uuid())?;
    if !location.has_object() || location.path.ends_with('/') {
        let file_name = args.upload_image_file.as_deref().and_then(Path::file_name).ok_or_else(|| {
            Error::usage(format!("location `{location_text}` names a container but no file"))
                .hint("give the file's path, e.g. `--location /images/debian.diskdump`")
        })?;
        location.path.push_str(&file_name.to_string_lossy());
    }
    let mut properties = BTreeMap::new();
    for (key, value) in metafile.properties.into_iter().chain(args.properties) {
        properties.insert(normalize_property_key(&key)?, value);
    }
    let registration = Registration {
        name,
        location: location.clone(),
        disk_format: args.disk_format.or(metafile.disk_format),
        container_format: args.container_format.or(metafile.container_format),
        is_public: args.public || metafile.is_public.unwrap_or(false),
        size: metafile.size,
        checksum: metafile.checksum,
        properties,
    };

    let upload = match &args.upload_image_file {
        Some(local) => {
            let metadata = std::fs::metadata(local)
                .map_err(|e| Error::from(e).context(format!("reading `{}`", local.display())))?;
            Some((local, metadata.len()))
        }
        None => None,
    };

    let pithos = pithos_client(ctx, session)?;
    let remote = remote_path(&location, session.user_uuid());
    let meta_remote = remote_path(&location.metafile(), session.user_uuid());
    let store_metafile = !args.no_metafile_upload;
    // A `.meta` file in another user's account is checked by the upload itself.
    if store_metafile
        && !args.force
        && location.account == session.user_uuid()
        && pithos.find_object(&meta_remote, None).await?.is_some()
    {
        return Err(Error::conflict(format!("metafile `{meta_remote}` already exists"))
            .hint("pass `--force` to overwrite it, or `--no-metafile-upload` to keep it"));
    }
    if let Some((local, size)) = &upload {
        if !args.force && pithos.find_object(&remote, None).await?.is_some() {
            return Err(Error::conflict(format!("`{remote}` already exists")).hint(
                "pass `--force` to overwrite it, or register it as it is without `--upload-image-file`",
            ));
        }
        if location.account == session.user_uuid() {
            // The seed's flow uploads to an `images` container that may not exist yet.
            pithos.ensure_container(&location.container).await?;
        }
        let options = UploadOptions {
            // Whether the file may be replaced was decided just above.
            overwrite: true,
            progress: progress::bytes(ctx.quiet(), *size, format!("Uploading {remote}")),
            ..UploadOptions::default()
        };
        upload_file(&pithos, local, &remote, &options).await?;
        options.progress.finish_and_clear();
    }

    let image = client.register(&registration).await.map_err(|e| match e.status() {
        Some(409) => e.hint("choose another `--name`, or unregister the other image first"),
        _ => e,
    })?;
    let mut result = serde_json::to_value(&image)?;
    if store_metafile {
        if let Err(err) = upload_metafile(&pithos, &image, &remote, &meta_remote).await {
            // Nothing half-registered: without its metafile the registration is undone.
            client.unregister(&image.id).await?;
            return Err(
                err.context(format!("storing metafile `{meta_remote}` (the registration was undone)"))
            );
        }
        result["metafile"] = json!(meta_remote.display());
    }
    Ok(Output::object(result).with_table_view(image_view_with_metafile(&image, store_metafile, &meta_remote)))
}

fn image_view_with_metafile(image: &Image, stored: bool, meta_remote: &RemotePath) -> Value {
    let Output::Object { value, table_view } = image_output(image.clone()) else { return Value::Null };
    let mut view = table_view.unwrap_or(value);
    if stored {
        view["metafile"] = json!(meta_remote.display());
    }
    view
}

fn read_metafile(path: &Path) -> Result<Metafile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::from(e).context(format!("reading metafile `{}`", path.display())))?;
    Metafile::parse(&text, &path.display().to_string())
}

/// Stores the metafile next to the image file, shared like the image file is.
async fn upload_metafile(
    pithos: &PithosClient,
    image: &Image,
    remote: &RemotePath,
    meta: &RemotePath,
) -> Result<()> {
    let sharing = pithos.find_object(remote, None).await?.and_then(|object| object.sharing);
    let options = UploadOptions {
        overwrite: true,
        attributes: ObjectAttributes {
            content_type: Some("application/json".to_string()),
            sharing,
            ..ObjectAttributes::default()
        },
        ..UploadOptions::default()
    };
    let text = std::io::Cursor::new(Metafile::render(image).into_bytes());
    upload_reader(pithos, text, meta, &options).await?;
    Ok(())
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
    Ok(image_output(image))
}

async fn unregister(
    ctx: &Context,
    session: &SynnefoSession,
    client: &ImageClient,
    args: UnregisterArgs,
) -> Result<Output> {
    let image = client.get(&args.image).await?;
    if image.owner != session.user_uuid() {
        return Err(Error::auth(format!("image `{}` belongs to another user", image.id))
            .hint("only the owner of an image may unregister it"));
    }
    client.unregister(&image.id).await?;
    let mut deleted: Vec<String> = Vec::new();
    let mut kept: Vec<Value> = Vec::new();
    if args.delete_file {
        match image.pithos_location() {
            Some(location) if location.account == session.user_uuid() => {
                let pithos = pithos_client(ctx, session)?;
                for remote in [
                    remote_path(&location, session.user_uuid()),
                    remote_path(&location.metafile(), session.user_uuid()),
                ] {
                    match pithos.delete_object(&remote, false).await {
                        Ok(()) => deleted.push(remote.display()),
                        Err(e) => {
                            let reason = if e.kind() == ErrorKind::NotFound {
                                "it does not exist".into()
                            } else {
                                e.to_string()
                            };
                            kept.push(json!({"file": remote.display(), "reason": reason}));
                        }
                    }
                }
            }
            Some(location) => kept.push(json!({
                "file": location.url(),
                "reason": "it is in another user's account",
            })),
            None => kept.push(json!({"file": image.location, "reason": "it is not a Pithos location"})),
        }
    } else {
        kept.push(
            json!({"file": image.location, "reason": "unregistering keeps the file (use `--delete-file`)"}),
        );
    }
    let result = json!({
        "id": image.id,
        "name": image.name,
        "status": "unregistered",
        "location": image.location,
        "deleted_files": deleted,
        "kept_files": kept,
    });
    let mut view = result.clone();
    view["kept_files"] = json!(
        kept.iter()
            .map(|k| format!(
                "{} ({})",
                k["file"].as_str().unwrap_or_default(),
                k["reason"].as_str().unwrap_or_default()
            ))
            .collect::<Vec<_>>()
    );
    Ok(Output::object(result).with_table_view(view))
}

async fn members(
    ctx: &Context,
    session: &SynnefoSession,
    client: &ImageClient,
    command: MembersCommand,
) -> Result<Output> {
    // Additions and removals replace the whole list in one request, so a bad user in the
    // middle of a list changes nothing.
    let image = match command {
        MembersCommand::List { image } => image,
        MembersCommand::Add { image, users } => {
            let mut members = member_ids(client, &image).await?;
            for uuid in resolve_users(ctx, session, &users).await? {
                if !members.contains(&uuid) {
                    members.push(uuid);
                }
            }
            client.set_members(&image, &members).await?;
            image
        }
        MembersCommand::Remove { image, users } => {
            let mut members = member_ids(client, &image).await?;
            let uuids = resolve_users(ctx, session, &users).await?;
            if let Some((user, _)) = users.iter().zip(&uuids).find(|(_, uuid)| !members.contains(uuid)) {
                return Err(Error::not_found(format!("image `{image}` is not shared with `{user}`"))
                    .hint(format!("`kamaki image members list {image}` shows who it is shared with")));
            }
            members.retain(|member| !uuids.contains(member));
            client.set_members(&image, &members).await?;
            image
        }
        MembersCommand::Set { image, users } => {
            client.set_members(&image, &resolve_users(ctx, session, &users).await?).await?;
            image
        }
    };
    let members = member_ids(client, &image).await?;
    let names = usernames(ctx, session, &members).await?;
    let rows: Vec<Value> = members
        .iter()
        .map(|uuid| json!({"member_id": uuid, "name": names.get(uuid).cloned().unwrap_or_default()}))
        .collect();
    Ok(Output::list(rows, &["member_id", "name"]))
}

async fn member_ids(client: &ImageClient, image: &str) -> Result<Vec<String>> {
    Ok(client.members(image).await?.into_iter().map(|member| member.member_id).collect())
}

fn pithos_client(ctx: &Context, session: &SynnefoSession) -> Result<PithosClient> {
    Ok(PithosClient::pithos(
        ctx.http().clone(),
        &session.endpoint("object-store")?,
        &session.token,
        session.user_uuid(),
    ))
}

/// The Pithos client's path of a location; files in the user's own account show as
/// `/CONTAINER/PATH`.
fn remote_path(location: &PithosLocation, me: &str) -> RemotePath {
    RemotePath {
        account: (location.account != me).then(|| location.account.clone()),
        container: location.container.clone(),
        object: location.path.clone(),
    }
}

fn account_client(ctx: &Context, session: &SynnefoSession) -> Result<AccountClient> {
    Ok(AccountClient::new(ctx.http().clone(), &session.endpoint("account")?, &session.token))
}

/// User uuids for what was typed: usernames (they contain `@`) are looked up, anything
/// else is taken as a uuid.
async fn resolve_users(ctx: &Context, session: &SynnefoSession, users: &[String]) -> Result<Vec<String>> {
    let names: Vec<String> = users.iter().filter(|u| u.contains('@')).cloned().collect();
    let catalog = if names.is_empty() {
        Value::Null
    } else {
        account_client(ctx, session)?.user_catalogs(&[], &names).await?["displayname_catalog"].take()
    };
    users
        .iter()
        .map(|user| {
            if !user.contains('@') {
                return Ok(user.clone());
            }
            catalog[user].as_str().map(str::to_string).ok_or_else(|| {
                Error::not_found(format!("no user named `{user}`"))
                    .hint("give the user's uuid, or check the spelling of the username")
            })
        })
        .collect()
}

/// Usernames of user uuids, for showing members.
async fn usernames(
    ctx: &Context,
    session: &SynnefoSession,
    uuids: &[String],
) -> Result<BTreeMap<String, String>> {
    if uuids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let catalog = account_client(ctx, session)?.user_catalogs(uuids, &[]).await?;
    Ok(uuids
        .iter()
        .filter_map(|uuid| Some((uuid.clone(), catalog["uuid_catalog"][uuid].as_str()?.to_string())))
        .collect())
}
