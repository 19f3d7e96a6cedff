//! `kamaki file share|unshare|shared|publish|unpublish|others|group`

use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

use super::objects::object_list;
use super::{Files, GroupCommand, ShareArgs};
use crate::clients::pithos::{HOME_CONTAINER, ListOptions, RemotePath};
use crate::error::{Error, Result};
use crate::output::Output;

pub(super) async fn share(files: &Files<'_>, args: ShareArgs) -> Result<Output> {
    if args.read.is_empty() && args.write.is_empty() {
        return Err(Error::usage("name who may read or write")
            .hint("e.g. `kamaki file share /pithos/notes.txt --read other@example.com --write GROUP`"));
    }
    let path = files.path(&args.path)?;
    let client = &files.client;
    client.require_pithos("sharing")?;
    ensure_shareable(files, &path).await?;
    let read = principals(files, &args.read).await?;
    let write = principals(files, &args.write).await?;
    let mut parts = Vec::new();
    if !read.is_empty() {
        parts.push(format!("read={}", read.join(",")));
    }
    if !write.is_empty() {
        parts.push(format!("write={}", write.join(",")));
    }
    client.set_sharing(&path, &parts.join(";")).await?;
    Ok(Output::object(client.object_info(&path, None).await?))
}

pub(super) async fn unshare(files: &Files<'_>, path: &str) -> Result<Output> {
    let path = files.path(path)?;
    files.client.object_info(&path, None).await?;
    files.client.set_sharing(&path, "").await?;
    Ok(Output::object(files.client.object_info(&path, None).await?))
}

/// Sharing applies to an object or a folder object: a virtual folder (objects under a
/// common prefix, with no folder object) gets one, so that its contents inherit the sharing.
async fn ensure_shareable(files: &Files<'_>, path: &RemotePath) -> Result<()> {
    let client = &files.client;
    if client.find_object(path, None).await?.is_some() {
        return Ok(());
    }
    if !path.object.is_empty() && super::objects::has_children(client, path).await? {
        client.put_empty(path, "application/directory", true).await?;
        return Ok(());
    }
    Err(Error::not_found(format!("object `{path}` does not exist"))
        .hint(format!("`kamaki file list /{}` shows what is there", path.container)))
}

/// Turns users (uuid or email), `*`, and group names into sharing principals.
async fn principals(files: &Files<'_>, names: &[String]) -> Result<Vec<String>> {
    let groups = if names.iter().any(|n| !n.contains('@') && !n.contains(':') && *n != "*") {
        files.client.groups().await?
    } else {
        Default::default()
    };
    let catalog = email_catalog(files, names).await?;
    names
        .iter()
        .map(|name| {
            if name.contains('@') {
                return uuid_of(&catalog, name)
                    .map_err(|err| err.hint("name users by uuid or by their account email"));
            }
            if groups.contains_key(&name.to_lowercase()) {
                return Ok(format!("{}:{}", files.client.account, name.to_lowercase()));
            }
            Ok(name.clone())
        })
        .collect()
}

/// The user catalog for the emails among `names`; `null`, without asking, when there are none.
async fn email_catalog(files: &Files<'_>, names: &[String]) -> Result<Value> {
    let emails: Vec<String> = names.iter().filter(|n| n.contains('@')).cloned().collect();
    if emails.is_empty() {
        return Ok(Value::Null);
    }
    files.ctx.account().await?.user_catalogs(&[], &emails).await
}

/// The uuid `catalog` gives for `email`.
fn uuid_of(catalog: &Value, email: &str) -> Result<String> {
    catalog["displayname_catalog"][email]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| Error::not_found(format!("no user `{email}`")))
}

pub(super) async fn shared(files: &Files<'_>) -> Result<Output> {
    let client = &files.client;
    client.require_pithos("sharing")?;
    let containers = client.list_containers(None).await?;
    let listed: Vec<Vec<Value>> = futures::stream::iter(containers)
        .map(|container| async move {
            let root = RemotePath::new(&container.name, "");
            let options = ListOptions { shared: true, ..ListOptions::default() };
            let objects = client.list_objects(&root, &options).await?;
            Ok::<_, Error>(
                objects
                    .into_iter()
                    .filter(|o| o.sharing.is_some())
                    .map(|o| json!({"path": root.with_object(&o.name).display(), "sharing": o.sharing}))
                    .collect(),
            )
        })
        .buffered(4)
        .try_collect()
        .await?;
    Ok(Output::list(listed.into_iter().flatten(), &["path", "sharing"]))
}

pub(super) async fn publish(files: &Files<'_>, path: &str, public: bool) -> Result<Output> {
    let path = files.path(path)?;
    files.client.object_info(&path, None).await?;
    let url = files.client.set_public(&path, public).await?;
    Ok(Output::object(json!({"path": path.display(), "public_url": url})))
}

pub(super) async fn others(
    files: &Files<'_>,
    account: Option<String>,
    container: Option<String>,
) -> Result<Output> {
    let client = &files.client;
    client.require_pithos("sharing")?;
    let Some(account) = account else {
        let sharers = client.sharers().await?;
        return Ok(Output::list(sharers, &["name", "last_modified"]));
    };
    let container = match container {
        Some(container) => container,
        None => {
            let containers = client.list_containers(Some(&account)).await?;
            // The guidelines: skip the container step when it is only `pithos`.
            match containers.as_slice() {
                [only] if only.name == HOME_CONTAINER => only.name.clone(),
                _ => return Ok(Output::list(containers, &["name", "count", "bytes"])),
            }
        }
    };
    let root = RemotePath { account: Some(account), container, object: String::new() };
    let objects = client.list_objects(&root, &ListOptions::default()).await?;
    Ok(object_list(objects, true))
}

pub(super) async fn group(files: &Files<'_>, command: GroupCommand) -> Result<Output> {
    let client = &files.client;
    client.require_pithos("groups")?;
    let groups = client.groups().await?;
    let (name, members) = match command {
        GroupCommand::List => {
            let rows: Vec<Value> =
                groups.iter().map(|(name, members)| json!({"name": name, "members": members})).collect();
            return Ok(Output::list(rows, &["name", "members"]));
        }
        GroupCommand::Create { name, members } => (name, resolve_users(files, &members).await?),
        GroupCommand::Delete { name } => {
            existing(&groups, &name)?;
            client.set_group(&name, &[]).await?;
            return Ok(Output::object(json!({"name": name.to_lowercase(), "status": "deleted"})));
        }
        GroupCommand::AddMember { name, members } => {
            let mut current = existing(&groups, &name)?;
            for member in resolve_users(files, &members).await? {
                if !current.contains(&member) {
                    current.push(member);
                }
            }
            (name, current)
        }
        GroupCommand::RemoveMember { name, members } => {
            let mut current = existing(&groups, &name)?;
            let removed = resolve_users(files, &members).await?;
            current.retain(|m| !removed.contains(m));
            if current.is_empty() {
                return Err(Error::usage(format!("group `{name}` would have no members left"))
                    .hint(format!("delete it with `kamaki file group delete {name}`")));
            }
            (name, current)
        }
    };
    if name.contains('-') || name.contains('_') {
        return Err(Error::usage(format!("group name `{name}` may not contain `-` or `_`")));
    }
    client.set_group(&name, &members).await?;
    Ok(Output::object(json!({"name": name.to_lowercase(), "members": members})))
}

fn existing(groups: &std::collections::BTreeMap<String, Vec<String>>, name: &str) -> Result<Vec<String>> {
    groups.get(&name.to_lowercase()).cloned().ok_or_else(|| {
        Error::not_found(format!("you have no group `{name}`"))
            .hint("`kamaki file group list` shows your groups")
    })
}

/// Users as uuids (emails are looked up).
async fn resolve_users(files: &Files<'_>, users: &[String]) -> Result<Vec<String>> {
    let catalog = email_catalog(files, users).await?;
    users
        .iter()
        .map(|user| if user.contains('@') { uuid_of(&catalog, user) } else { Ok(user.clone()) })
        .collect()
}
