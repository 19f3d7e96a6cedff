//! `kamaki file list|info|metadata|mkdir|touch|copy|move|delete|trash|versions|restore-version`

use std::collections::BTreeMap;

use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

use super::{CopyArgs, DeleteArgs, Files, InfoArgs, ListArgs, MetadataCommand, TrashCommand};
use crate::clients::pithos::{
    HOME_CONTAINER, ListOptions, ObjectInfo, PithosClient, RemotePath, TRASH_CONTAINER,
};
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Output, human_size};

/// Server-side operations run this many at once in recursive commands.
const PARALLEL_OPERATIONS: usize = 8;
/// Metadata key that remembers where a trashed object came from.
const TRASHED_FROM: &str = "Trashed-From";

pub(super) async fn list(files: &Files<'_>, args: ListArgs) -> Result<Output> {
    let path = files.path(args.path.as_deref().unwrap_or(&format!("/{}", files.default_container)))?;
    let mut prefix = path.object.clone();
    let delimiter = match (&args.delimiter, args.recursive) {
        (Some(d), _) => Some(d.clone()),
        (None, true) => None,
        (None, false) => Some("/".to_string()),
    };
    if let Some(d) = &delimiter
        && !prefix.is_empty()
        && !prefix.ends_with(d.as_str())
    {
        prefix.push_str(d);
    }
    let options = ListOptions {
        prefix: Some(prefix),
        delimiter,
        until: args.until,
        shared: args.shared,
        public: args.public,
        limit: None,
    };
    let objects = files.client.list_objects(&path, &options).await?;
    Ok(object_list(objects, args.long))
}

/// A listing as output: JSON gets the entries; tables get name (and with -l type, size,
/// modified), folders marked as such.
pub(super) fn object_list(objects: Vec<ObjectInfo>, long: bool) -> Output {
    let rows = objects
        .iter()
        .map(|o| {
            let kind = if o.is_directory() { "folder".to_string() } else { o.content_type.clone() };
            json!({
                "name": o.name,
                "type": kind,
                "size": if o.is_directory() { String::new() } else { human_size(o.bytes) },
                "modified": o.last_modified.clone().unwrap_or_default(),
                "public": o.public,
                "sharing": o.sharing,
            })
        })
        .collect();
    let columns: &[&str] = if long { &["name", "type", "size", "modified"] } else { &["name"] };
    Output::list(&objects, columns).with_table_rows(rows)
}

pub(super) async fn info(files: &Files<'_>, args: InfoArgs) -> Result<Output> {
    let path = files.path(&args.path)?;
    if path.object.is_empty() {
        let info = files.client.container_info(path.account.as_deref(), &path.container).await?;
        return Ok(Output::object(info));
    }
    if args.hashmap {
        files.client.require_pithos("hashmaps")?;
        return Ok(Output::object(files.client.hashmap(&path, args.version.as_deref()).await?));
    }
    Ok(Output::object(files.client.object_info(&path, args.version.as_deref()).await?))
}

pub(super) async fn metadata(files: &Files<'_>, command: MetadataCommand) -> Result<Output> {
    let client = &files.client;
    let meta = match command {
        MetadataCommand::List { path } => client.object_info(&files.path(&path)?, None).await?.meta,
        MetadataCommand::Set { path, pairs } => {
            let path = files.path(&path)?;
            client.object_info(&path, None).await?;
            client.update_object_meta(&path, &pairs.into_iter().collect(), &[]).await?;
            client.object_info(&path, None).await?.meta
        }
        MetadataCommand::Delete { path, keys } => {
            let path = files.path(&path)?;
            let current = client.object_info(&path, None).await?.meta;
            for key in &keys {
                if !current.keys().any(|k| k.eq_ignore_ascii_case(key)) {
                    return Err(Error::not_found(format!("`{path}` has no metadata key `{key}`"))
                        .hint(format!("`kamaki file metadata list {path}` shows its keys")));
                }
            }
            client.update_object_meta(&path, &BTreeMap::new(), &keys).await?;
            client.object_info(&path, None).await?.meta
        }
    };
    let rows: Vec<Value> = meta.iter().map(|(k, v)| json!({"key": k, "value": v})).collect();
    Ok(Output::list(rows, &["key", "value"]))
}

pub(super) async fn mkdir(files: &Files<'_>, path: &str) -> Result<Output> {
    let path = files.path(path)?;
    if path.object.is_empty() {
        return Err(Error::usage(format!("`{path}` is a container, not a folder path"))
            .hint("use `kamaki file container create NAME` for containers"));
    }
    let path = path.with_object(path.object.trim_end_matches('/'));
    if let Some(existing) = files.client.find_object(&path, None).await? {
        if existing.is_directory() {
            return Ok(Output::object(existing));
        }
        return Err(Error::conflict(format!("`{path}` exists and is not a folder")));
    }
    Ok(Output::object(files.client.put_empty(&path, "application/directory", true).await?))
}

pub(super) async fn touch(files: &Files<'_>, path: &str, content_type: Option<String>) -> Result<Output> {
    let path = files.path(path)?;
    if let Some(existing) = files.client.find_object(&path, None).await? {
        return Ok(Output::object(existing));
    }
    let content_type = content_type.unwrap_or_else(|| guess_type(&path.object));
    Ok(Output::object(files.client.put_empty(&path, &content_type, true).await?))
}

/// The content type for a name, from its extension.
pub(super) fn guess_type(name: &str) -> String {
    mime_guess::from_path(name).first_or_octet_stream().essence_str().to_string()
}

/// The objects a recursive operation on `path` covers: the object itself (if it exists)
/// and everything under `path/`.
async fn objects_under(client: &PithosClient, path: &RemotePath) -> Result<Vec<ObjectInfo>> {
    let mut found = Vec::new();
    if !path.object.is_empty()
        && let Some(object) = client.find_object(path, None).await?
    {
        found.push(object);
    }
    let prefix = if path.object.is_empty() {
        String::new()
    } else {
        format!("{}/", path.object.trim_end_matches('/'))
    };
    let options = ListOptions { prefix: Some(prefix), ..ListOptions::default() };
    found.extend(client.list_objects(path, &options).await?);
    Ok(found)
}

pub(super) async fn copy(files: &Files<'_>, args: CopyArgs, is_move: bool) -> Result<Output> {
    let client = &files.client;
    let source = files.path(&args.source)?;
    let mut destination = files.path(&args.destination)?;
    let base_name = source.object.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_string();
    if destination.object.is_empty() || destination.object.ends_with('/') {
        destination.object = format!("{}{base_name}", destination.object);
    }
    if source.object.is_empty() {
        return Err(Error::usage(format!("`{source}` is a container; name an object or folder to copy")));
    }
    let pairs: Vec<(RemotePath, RemotePath)> = if args.recursive {
        let objects = objects_under(client, &source).await?;
        if objects.is_empty() {
            return Err(Error::not_found(format!("nothing at `{source}`")));
        }
        let root = source.object.trim_end_matches('/');
        let target_root = destination.object.trim_end_matches('/');
        objects
            .iter()
            .map(|o| {
                let suffix = &o.name[root.len().min(o.name.len())..];
                (source.with_object(&o.name), destination.with_object(&format!("{target_root}{suffix}")))
            })
            .collect()
    } else {
        let object = client.object_info(&source, args.version.as_deref()).await?;
        if object.is_directory() && !is_move {
            return Err(Error::usage(format!("`{source}` is a folder"))
                .hint("pass `--recursive` to copy it with its contents"));
        }
        vec![(source.clone(), destination.clone())]
    };
    let version = args.version.as_deref();
    let done: Vec<Value> = futures::stream::iter(pairs)
        .map(|(from, to)| async move {
            client.copy_object(&from, &to, is_move, version, !args.overwrite).await?;
            Ok::<Value, Error>(json!({"source": from.display(), "destination": to.display(), "status": if is_move { "moved" } else { "copied" }}))
        })
        .buffered(PARALLEL_OPERATIONS)
        .try_collect()
        .await?;
    Ok(Output::list(done, &["source", "destination", "status"]))
}

pub(super) async fn delete(files: &Files<'_>, args: DeleteArgs) -> Result<Output> {
    let client = &files.client;
    let path = files.path(&args.path)?;
    if path.object.is_empty() {
        return Err(Error::usage(format!("`{path}` is a container"))
            .hint("use `kamaki file container delete` or `kamaki file container empty`"));
    }
    let objects = if args.recursive {
        objects_under(client, &path).await?
    } else {
        let Some(object) = client.find_object(&path, None).await? else {
            if has_children(client, &path).await? {
                return Err(Error::usage(format!("`{path}` is a folder"))
                    .hint("pass `--recursive` to delete it with its contents"));
            }
            return Err(Error::not_found(format!("object `{path}` does not exist"))
                .hint(format!("`kamaki file list /{}` shows what is there", path.container)));
        };
        if object.is_directory() && has_children(client, &path).await? {
            return Err(Error::usage(format!("folder `{path}` is not empty"))
                .hint("pass `--recursive` to delete it with its contents"));
        }
        vec![object]
    };
    if objects.is_empty() {
        return Err(Error::not_found(format!("nothing at `{path}`")));
    }
    let purge = args.purge || path.container == TRASH_CONTAINER;
    let done: Vec<Value> = futures::stream::iter(objects)
        .map(|object| {
            let path = &path;
            async move {
                let item = path.with_object(&object.name);
                if purge {
                    client.purge_object(&item, Some(&object)).await?;
                    return Ok::<Value, Error>(json!({"path": item.display(), "status": "deleted"}));
                }
                let trashed = RemotePath::new(TRASH_CONTAINER, &object.name);
                // Older trash entries of the same name stay in the trash's history.
                client.copy_object(&item, &trashed, true, None, false).await?;
                let origin = BTreeMap::from([(TRASHED_FROM.to_string(), item.container.clone())]);
                client.update_object_meta(&trashed, &origin, &[]).await?;
                Ok(json!({"path": item.display(), "status": "trashed", "trash_path": trashed.display()}))
            }
        })
        .buffered(PARALLEL_OPERATIONS)
        .try_collect()
        .await?;
    Ok(Output::list(done, &["path", "status"]))
}

pub(super) async fn has_children(client: &PithosClient, path: &RemotePath) -> Result<bool> {
    let prefix = format!("{}/", path.object.trim_end_matches('/'));
    let options = ListOptions { prefix: Some(prefix), limit: Some(1), ..ListOptions::default() };
    Ok(!client.list_objects(path, &options).await?.is_empty())
}

pub(super) async fn trash(files: &Files<'_>, command: TrashCommand) -> Result<Output> {
    let client = &files.client;
    let trash_root = RemotePath::new(TRASH_CONTAINER, "");
    match command {
        TrashCommand::List => {
            let objects = client.list_objects(&trash_root, &ListOptions::default()).await?;
            Ok(object_list(objects, true))
        }
        TrashCommand::Empty => {
            let info = client.container_info(None, TRASH_CONTAINER).await?;
            client.empty_container(TRASH_CONTAINER).await?;
            Ok(Output::object(
                json!({"name": TRASH_CONTAINER, "status": "emptied", "objects_deleted": info.count}),
            ))
        }
        TrashCommand::Restore { path, recursive } => {
            let name = path.trim_start_matches('/');
            let name = name.strip_prefix(&format!("{TRASH_CONTAINER}/")).unwrap_or(name);
            let trashed = RemotePath::new(TRASH_CONTAINER, name);
            let objects = if recursive {
                objects_under(client, &trashed).await?
            } else {
                vec![client.object_info(&trashed, None).await.map_err(|err| {
                    match err.kind() {
                        ErrorKind::NotFound => Error::not_found(format!("`{name}` is not in the trash"))
                            .hint("`kamaki file trash list` shows what is there"),
                        _ => err,
                    }
                })?]
            };
            if objects.is_empty() {
                return Err(Error::not_found(format!("`{name}` is not in the trash")));
            }
            let mut done = Vec::new();
            for object in objects {
                let info = client.object_info(&trashed.with_object(&object.name), None).await?;
                let container = info
                    .meta
                    .iter()
                    .find(|(key, _)| key.eq_ignore_ascii_case(TRASHED_FROM))
                    .map_or_else(|| HOME_CONTAINER.to_string(), |(_, container)| container.clone());
                client.ensure_container(&container).await?;
                let target = RemotePath::new(&container, &object.name);
                client.copy_object(&trashed.with_object(&object.name), &target, true, None, true).await?;
                client.update_object_meta(&target, &BTreeMap::new(), &[TRASHED_FROM.to_string()]).await?;
                done.push(json!({"path": target.display(), "status": "restored"}));
            }
            Ok(Output::list(done, &["path", "status"]))
        }
    }
}

pub(super) async fn versions(files: &Files<'_>, path: &str) -> Result<Output> {
    let path = files.path(path)?;
    let versions = files.client.versions(&path).await?;
    Ok(Output::list(versions, &["version", "modified"]))
}

pub(super) async fn restore_version(files: &Files<'_>, path: &str, version: &str) -> Result<Output> {
    let path = files.path(path)?;
    let client = &files.client;
    client.require_pithos("versions")?;
    client.object_info(&path, Some(version)).await?;
    client.copy_object(&path, &path, false, Some(version), false).await?;
    Ok(Output::object(client.object_info(&path, None).await?))
}
