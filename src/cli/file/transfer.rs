//! `kamaki file upload|download|cat`

use std::path::{Path, PathBuf};

use futures::{StreamExt, TryStreamExt};
use serde_json::Value;

use super::objects::guess_type;
use super::{DownloadArgs, Files, UploadArgs};
use crate::clients::pithos::download::{self, DownloadOptions};
use crate::clients::pithos::upload::{self, UploadOptions};
use crate::clients::pithos::{ListOptions, ObjectAttributes, RemotePath};
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::progress;

/// Files transferred at once by recursive uploads and downloads.
const PARALLEL_FILES: usize = 4;

pub(super) async fn upload(files: &Files<'_>, args: UploadArgs) -> Result<Output> {
    let client = &files.client;
    let from_stdin = args.local.as_os_str() == "-";
    let local_name = args.local.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let remote_text = args.remote.clone().unwrap_or_else(|| format!("/{}/", files.default_container));
    let mut remote = files.path(&remote_text)?;
    if remote.object.is_empty() || remote.object.ends_with('/') {
        if from_stdin {
            return Err(Error::usage("an upload from stdin needs a remote object name")
                .hint("e.g. `kamaki file upload - /pithos/notes.txt`"));
        }
        remote.object.push_str(&local_name);
    }
    let attributes = ObjectAttributes {
        content_type: args.content_type.clone(),
        meta: args.metadata.iter().cloned().collect(),
        sharing: args.sharing.clone(),
        public: args.public,
        if_not_exists: args.if_not_exists,
    };
    let options = UploadOptions {
        attributes,
        overwrite: args.overwrite,
        concurrency: usize::from(args.threads),
        segment_size: args.segment_size,
        segment_concurrency: usize::from(args.segment_concurrency),
        ..UploadOptions::default()
    };
    if from_stdin {
        let mut options = options;
        options.attributes.content_type.get_or_insert_with(|| guess_type(&remote.object));
        options.progress = progress::bytes(files.quiet(), 0, "uploading stdin");
        let summary = upload::upload_reader(client, tokio::io::stdin(), &remote, &options).await?;
        return Ok(Output::object(summary));
    }
    let metadata = std::fs::metadata(&args.local)
        .map_err(|e| Error::from(e).context(format!("reading `{}`", args.local.display())))?;
    if metadata.is_dir() {
        if !args.recursive {
            return Err(Error::usage(format!("`{}` is a directory", args.local.display()))
                .hint("pass `--recursive` to upload it with everything in it"));
        }
        return upload_tree(files, &args.local, &remote, options).await;
    }
    let summary = upload_one(files, &args.local, &remote, &options).await?;
    Ok(Output::object(summary))
}

/// Uploads one file with a progress bar; `--if-not-exists` skips an existing object.
async fn upload_one(
    files: &Files<'_>,
    local: &Path,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<Value> {
    let mut options = options.clone();
    options.attributes.content_type.get_or_insert_with(|| guess_type(&remote.object));
    let size = std::fs::metadata(local).map(|m| m.len()).unwrap_or(0);
    options.progress = progress::bytes(files.quiet(), size, format!("uploading {}", remote.object));
    match upload::upload_file(&files.client, local, remote, &options).await {
        Ok(summary) => Ok(serde_json::to_value(summary)?),
        Err(err) if options.attributes.if_not_exists && err.kind() == ErrorKind::Conflict => {
            options.progress.finish_and_clear();
            Ok(serde_json::json!({"path": remote.display(), "status": "skipped (exists)"}))
        }
        Err(err) => Err(err),
    }
}

/// Uploads a directory: folders become directory objects, files go up a few at a time.
async fn upload_tree(
    files: &Files<'_>,
    root: &Path,
    remote: &RemotePath,
    options: UploadOptions,
) -> Result<Output> {
    let mut directories = Vec::new();
    let mut regular = Vec::new();
    walk(root, Path::new(""), &mut directories, &mut regular)?;
    let base = remote.object.trim_end_matches('/').to_string();
    let join = |relative: &Path| {
        let relative = relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/");
        if relative.is_empty() { base.clone() } else { format!("{base}/{relative}") }
    };
    let client = &files.client;
    for directory in std::iter::once(PathBuf::new()).chain(directories) {
        let folder = remote.with_object(&join(&directory));
        match client.find_object(&folder, None).await? {
            Some(existing) if existing.is_directory() => {}
            Some(_) => return Err(Error::conflict(format!("`{folder}` exists and is not a folder"))),
            None => {
                client.put_empty(&folder, "application/directory", false).await?;
            }
        }
    }
    let summaries: Vec<Value> = futures::stream::iter(regular)
        .map(|relative| {
            let target = remote.with_object(&join(&relative));
            let local = root.join(&relative);
            let options = &options;
            async move { upload_one(files, &local, &target, options).await }
        })
        .buffer_unordered(PARALLEL_FILES)
        .try_collect()
        .await?;
    let mut summaries = summaries;
    summaries.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
    Ok(Output::list(summaries, &["path", "bytes", "blocks_sent", "status"]))
}

/// Collects a tree's directories and files, relative to `root`, in a stable order.
fn walk(
    root: &Path,
    relative: &Path,
    directories: &mut Vec<PathBuf>,
    regular: &mut Vec<PathBuf>,
) -> Result<()> {
    let dir = root.join(relative);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| Error::from(e).context(format!("reading `{}`", dir.display())))?
        .collect::<std::io::Result<_>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = relative.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            directories.push(path.clone());
            walk(root, &path, directories, regular)?;
        } else if kind.is_file() {
            regular.push(path);
        }
    }
    Ok(())
}

pub(super) async fn download(files: &Files<'_>, args: DownloadArgs) -> Result<Output> {
    let client = &files.client;
    let remote = files.path(&args.remote)?;
    let options = DownloadOptions {
        version: args.version.clone(),
        resume: args.resume,
        overwrite: args.overwrite,
        concurrency: usize::from(args.threads),
        ..DownloadOptions::default()
    };
    let name = remote.object.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_string();
    let recursive_source = remote.object.is_empty()
        || client.find_object(&remote, args.version.as_deref()).await?.is_none_or(|o| o.is_directory());
    if args.recursive && recursive_source {
        let local = args
            .local
            .clone()
            .unwrap_or_else(|| PathBuf::from(if name.is_empty() { &remote.container } else { &name }));
        return download_tree(files, &remote, &local, options).await;
    }
    if recursive_source {
        client.object_info(&remote, args.version.as_deref()).await?;
        return Err(Error::usage(format!("`{remote}` is a folder"))
            .hint("pass `--recursive` to download it with its contents"));
    }
    let local = match &args.local {
        Some(path) if path.is_dir() || path.to_string_lossy().ends_with('/') => path.join(&name),
        Some(path) => path.clone(),
        None => PathBuf::from(&name),
    };
    let summary = download_one(files, &remote, &local, &options).await?;
    Ok(Output::object(summary))
}

async fn download_one(
    files: &Files<'_>,
    remote: &RemotePath,
    local: &Path,
    options: &DownloadOptions,
) -> Result<Value> {
    let mut options = options.clone();
    options.progress = progress::bytes(files.quiet(), 0, format!("downloading {}", remote.object));
    let summary = download::download_file(&files.client, remote, local, &options).await?;
    Ok(serde_json::to_value(summary)?)
}

async fn download_tree(
    files: &Files<'_>,
    remote: &RemotePath,
    local: &Path,
    options: DownloadOptions,
) -> Result<Output> {
    let prefix = if remote.object.is_empty() {
        String::new()
    } else {
        format!("{}/", remote.object.trim_end_matches('/'))
    };
    let listing = ListOptions { prefix: Some(prefix.clone()), ..ListOptions::default() };
    let objects = files.client.list_objects(remote, &listing).await?;
    std::fs::create_dir_all(local)
        .map_err(|e| Error::from(e).context(format!("creating `{}`", local.display())))?;
    let mut plain = Vec::new();
    for object in objects {
        let relative = object.name[prefix.len()..].trim_end_matches('/').to_string();
        if relative.is_empty() {
            continue;
        }
        let target = local.join(&relative);
        if object.is_directory() {
            std::fs::create_dir_all(&target)
                .map_err(|e| Error::from(e).context(format!("creating `{}`", target.display())))?;
        } else {
            plain.push((remote.with_object(&object.name), target));
        }
    }
    let summaries: Vec<Value> = futures::stream::iter(plain)
        .map(|(object, target)| {
            let options = &options;
            async move { download_one(files, &object, &target, options).await }
        })
        .buffer_unordered(PARALLEL_FILES)
        .try_collect()
        .await?;
    let mut summaries = summaries;
    summaries.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
    Ok(Output::list(summaries, &["path", "local", "bytes", "blocks_fetched"]))
}

pub(super) async fn cat(files: &Files<'_>, path: &str, version: Option<&str>) -> Result<Output> {
    let path = files.path(path)?;
    let info = files.client.object_info(&path, version).await?;
    if info.is_directory() {
        return Err(Error::usage(format!("`{path}` is a folder"))
            .hint(format!("list it with `kamaki file list {path}`")));
    }
    let mut out = crate::output::stdout_writer();
    download::stream_object(&files.client, &path, version, &mut out).await?;
    Ok(Output::empty())
}
