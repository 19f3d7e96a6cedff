//! `image members`: who an image is shared with, by uuid or username.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::MembersCommand;
use crate::clients::image::ImageClient;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

pub(super) async fn run(ctx: &Context, client: &ImageClient, command: MembersCommand) -> Result<Output> {
    // Additions and removals replace the whole list in one request, so a bad user in the
    // middle of a list changes nothing.
    let image = match command {
        MembersCommand::List { image } => image,
        MembersCommand::Add { image, users } => {
            let mut members = member_ids(client, &image).await?;
            for uuid in resolve_users(ctx, &users).await? {
                if !members.contains(&uuid) {
                    members.push(uuid);
                }
            }
            client.set_members(&image, &members).await?;
            image
        }
        MembersCommand::Remove { image, users } => {
            let mut members = member_ids(client, &image).await?;
            let uuids = resolve_users(ctx, &users).await?;
            if let Some((user, _)) = users.iter().zip(&uuids).find(|(_, uuid)| !members.contains(uuid)) {
                return Err(Error::not_found(format!("image `{image}` is not shared with `{user}`"))
                    .hint(format!("`kamaki image members list {image}` shows who it is shared with")));
            }
            members.retain(|member| !uuids.contains(member));
            client.set_members(&image, &members).await?;
            image
        }
        MembersCommand::Set { image, users } => {
            client.set_members(&image, &resolve_users(ctx, &users).await?).await?;
            image
        }
    };
    let members = member_ids(client, &image).await?;
    let names = usernames(ctx, &members).await?;
    let rows: Vec<Value> = members
        .iter()
        .map(|uuid| json!({"member_id": uuid, "name": names.get(uuid).cloned().unwrap_or_default()}))
        .collect();
    Ok(Output::list(rows, &["member_id", "name"]))
}

async fn member_ids(client: &ImageClient, image: &str) -> Result<Vec<String>> {
    Ok(client.members(image).await?.into_iter().map(|member| member.member_id).collect())
}

/// User uuids for what was typed: usernames (they contain `@`) are looked up, anything
/// else is taken as a uuid.
pub(super) async fn resolve_users(ctx: &Context, users: &[String]) -> Result<Vec<String>> {
    let names: Vec<String> = users.iter().filter(|u| u.contains('@')).cloned().collect();
    let catalog = if names.is_empty() {
        Value::Null
    } else {
        ctx.account().await?.user_catalogs(&[], &names).await?["displayname_catalog"].take()
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
async fn usernames(ctx: &Context, uuids: &[String]) -> Result<BTreeMap<String, String>> {
    if uuids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let catalog = ctx.account().await?.user_catalogs(uuids, &[]).await?;
    Ok(uuids
        .iter()
        .filter_map(|uuid| Some((uuid.clone(), catalog["uuid_catalog"][uuid].as_str()?.to_string())))
        .collect())
}
