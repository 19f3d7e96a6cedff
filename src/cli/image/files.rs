//! The image commands that touch Pithos files: `register` (upload, register, store the
//! `.meta` file) and `unregister` (optionally deleting the files).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::json;

use super::{RegisterArgs, UnregisterArgs, table_view};
use crate::clients::image::{
    Image, ImageClient, Metafile, PithosLocation, Registration, normalize_property_key,
};
use crate::clients::pithos::upload::{UploadOptions, upload_file, upload_reader};
use crate::clients::pithos::{ObjectAttributes, PithosClient, RemotePath};
use crate::context::{Context, SynnefoSession};
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::progress;

pub(super) async fn register(
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
    let pithos = ctx.pithos().await?;
    let mut location = PithosLocation::parse(&location_text, &pithos.account)?;
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

    let remote = remote_path(&location, &pithos.account);
    let meta_remote = remote_path(&location.metafile(), &pithos.account);
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

    // A failed metafile upload undoes a new registration, never an earlier one of this file.
    let registered_before =
        store_metafile && client.list().await?.iter().any(|image| image.location == location.url());
    let image = client.register(&registration).await.map_err(|e| match e.status() {
        Some(409) => e.hint("choose another `--name`, or unregister the other image first"),
        _ => e,
    })?;
    let mut result = serde_json::to_value(&image)?;
    let mut view = table_view(&image);
    if store_metafile {
        if let Err(err) = upload_metafile(&pithos, &image, &remote, &meta_remote).await {
            if registered_before {
                return Err(
                    err.context(format!("storing metafile `{meta_remote}` (the image stays registered)"))
                );
            }
            // Nothing half-registered: without its metafile a new registration is undone.
            client.unregister(&image.id).await?;
            return Err(
                err.context(format!("storing metafile `{meta_remote}` (the registration was undone)"))
            );
        }
        result["metafile"] = json!(meta_remote.display());
        view["metafile"] = json!(meta_remote.display());
    }
    Ok(Output::object(result).with_table_view(view))
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

pub(super) async fn unregister(
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
    let mut kept: Vec<KeptFile> = Vec::new();
    match (args.delete_file, image.pithos_location()) {
        (false, _) => kept
            .push(KeptFile::new(&image.location, "unregistering keeps the file; `--delete-file` deletes it")),
        (true, Some(location)) if location.account == session.user_uuid() => {
            let pithos = ctx.pithos().await?;
            for remote in
                [remote_path(&location, &pithos.account), remote_path(&location.metafile(), &pithos.account)]
            {
                match pithos.delete_object(&remote, false).await {
                    Ok(()) => deleted.push(remote.display()),
                    Err(e) if e.kind() == ErrorKind::NotFound => {
                        kept.push(KeptFile::new(&remote.display(), "it does not exist"))
                    }
                    Err(e) => kept.push(KeptFile::new(&remote.display(), e.message())),
                }
            }
        }
        (true, Some(location)) => {
            kept.push(KeptFile::new(&location.url(), "it is in another user's account"))
        }
        (true, None) => kept.push(KeptFile::new(&image.location, "it is not a Pithos location")),
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
    view["kept_files"] = json!(kept.iter().map(|k| format!("{} ({})", k.file, k.reason)).collect::<Vec<_>>());
    Ok(Output::object(result).with_table_view(view))
}

/// A file `unregister --delete-file` left in place, and why.
#[derive(Serialize)]
struct KeptFile {
    file: String,
    reason: String,
}

impl KeptFile {
    fn new(file: &str, reason: &str) -> KeptFile {
        KeptFile { file: file.to_string(), reason: reason.to_string() }
    }
}

/// The Pithos client's path of a location; files in the client's default account
/// (`pithos_uuid`, or the user's own) show as `/CONTAINER/PATH`.
fn remote_path(location: &PithosLocation, default_account: &str) -> RemotePath {
    RemotePath {
        account: (location.account != default_account).then(|| location.account.clone()),
        container: location.container.clone(),
        object: location.path.clone(),
    }
}
