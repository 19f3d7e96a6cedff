//! `kamaki astakos`: identity, quotas, resources, projects and memberships.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::clients::astakos::ProjectFilter;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, human_size};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum AstakosCommand {
    /// Authenticate the token and show the user and the service catalog
    Authenticate,
    /// The user: info, and uuid/username lookups
    #[command(subcommand)]
    User(UserCommand),
    /// Resource usage and limits per project
    #[command(subcommand)]
    Quota(QuotaCommand),
    /// Quotable resources
    #[command(subcommand)]
    Resource(ResourceCommand),
    /// Projects: list, info, join, leave
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Your project memberships
    #[command(subcommand)]
    Membership(MembershipCommand),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum UserCommand {
    /// Show the user (name, uuid) and the service catalog
    Info,
    /// Usernames of user uuids
    Uuid2name {
        #[arg(required = true)]
        uuids: Vec<String>,
    },
    /// Uuids of usernames
    Name2uuid {
        #[arg(required = true)]
        names: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum QuotaCommand {
    /// Usage and limit of every resource in every project you are a member of
    List(QuotaListArgs),
}

#[derive(Debug, Args)]
pub struct QuotaListArgs {
    /// Only this project
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
    /// Only this resource, e.g. `cyclades.vm`
    #[arg(long, value_name = "NAME")]
    pub resource: Option<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ResourceCommand {
    /// List the quotable resources
    List,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProjectCommand {
    /// List the projects you can see
    List(ProjectListArgs),
    /// Show a project: limits, your usage and your membership
    Info { id: String },
    /// Join a project (or ask to, if it is moderated)
    Join { id: String },
    /// Leave a project
    Leave { id: String },
}

#[derive(Debug, Args)]
pub struct ProjectListArgs {
    /// Show every field
    #[arg(short, long)]
    pub long: bool,
    /// Only projects you are a member of
    #[arg(long)]
    pub mine: bool,
    /// Only projects with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Only projects in this state (e.g. `active`)
    #[arg(long)]
    pub state: Option<String>,
    /// Only projects owned by this user uuid
    #[arg(long)]
    pub owner: Option<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MembershipCommand {
    /// List your memberships
    List {
        /// Only memberships of this project
        #[arg(long, value_name = "ID")]
        project: Option<String>,
    },
}

/// Resources measured in bytes: shown with binary units in tables.
const BYTE_RESOURCES: [&str; 4] = ["cyclades.disk", "cyclades.ram", "cyclades.total_ram", "pithos.diskspace"];

pub async fn run(ctx: &Context, command: AstakosCommand) -> Result<Output> {
    match command {
        AstakosCommand::Authenticate | AstakosCommand::User(UserCommand::Info) => user_info(ctx).await,
        AstakosCommand::User(UserCommand::Uuid2name { uuids }) => {
            let catalog = ctx.account().await?.user_catalogs(&uuids, &[]).await?;
            Ok(lookup_rows(&uuids, &catalog["uuid_catalog"], "uuid", "name"))
        }
        AstakosCommand::User(UserCommand::Name2uuid { names }) => {
            let catalog = ctx.account().await?.user_catalogs(&[], &names).await?;
            Ok(lookup_rows(&names, &catalog["displayname_catalog"], "name", "uuid"))
        }
        AstakosCommand::Quota(QuotaCommand::List(args)) => quota_list(ctx, args).await,
        AstakosCommand::Resource(ResourceCommand::List) => {
            let resources = ctx.account().await?.resources().await?;
            let rows = resources.into_iter().map(|(name, mut fields)| {
                fields["name"] = json!(name);
                fields
            });
            Ok(Output::list(rows, &["name", "unit", "service", "description"]))
        }
        AstakosCommand::Project(ProjectCommand::List(args)) => {
            let filter = ProjectFilter {
                name: args.name,
                state: args.state,
                owner: args.owner,
                member_only: args.mine,
            };
            let projects = ctx.account().await?.projects(&filter).await?;
            Ok(Output::list(projects, &["id", "name", "state", "description"]).long(args.long))
        }
        AstakosCommand::Project(ProjectCommand::Info { id }) => project_info(ctx, &id).await,
        AstakosCommand::Project(ProjectCommand::Join { id }) => {
            let client = ctx.account().await?;
            let joined = client.join(&id).await?;
            let membership = client
                .memberships(Some(&id))
                .await?
                .into_iter()
                .find(|m| m["id"] == joined["id"])
                .unwrap_or(joined);
            Ok(Output::object(membership))
        }
        AstakosCommand::Project(ProjectCommand::Leave { id }) => {
            let client = ctx.account().await?;
            let membership = client
                .memberships(Some(&id))
                .await?
                .into_iter()
                .find(|m| m["state"] == "accepted" || m["state"] == "requested")
                .ok_or_else(|| {
                    Error::not_found(format!("you are not a member of project `{id}`"))
                        .hint("`kamaki astakos membership list` shows your memberships")
                })?;
            let membership_id = membership["id"].to_string();
            let action = if membership["state"] == "requested" { "cancel" } else { "leave" };
            client.membership_action(&membership_id, action, "").await?;
            let after = client
                .memberships(Some(&id))
                .await?
                .into_iter()
                .find(|m| m["id"] == membership["id"])
                .unwrap_or(membership);
            Ok(Output::object(after))
        }
        AstakosCommand::Membership(MembershipCommand::List { project }) => {
            let memberships = ctx.account().await?.memberships(project.as_deref()).await?;
            Ok(Output::list(memberships, &["id", "project", "state"]))
        }
    }
}

async fn user_info(ctx: &Context) -> Result<Output> {
    let session = ctx.synnefo().await?;
    let access = &session.access;
    // The identity API gives the real name; the account username (email) comes from the
    // user catalog.
    let names = ctx.account().await?.user_catalogs(std::slice::from_ref(&access.user.id), &[]).await?;
    let username = names["uuid_catalog"].get(&access.user.id).cloned().unwrap_or(Value::Null);
    let catalog: Vec<Value> = access
        .service_catalog
        .iter()
        .map(|entry| {
            json!({
                "type": entry.service_type,
                "name": entry.name,
                "url": entry.endpoints.first().map(|e| e.public_url.clone()),
            })
        })
        .collect();
    let info = json!({
        "uuid": access.user.id,
        "name": access.user.name,
        "username": username,
        "projects": access.user.projects,
        "token_expires": access.token.expires,
        "default_project": access.token.tenant.as_ref().and_then(|t| t.get("id")).cloned(),
        "catalog": catalog,
    });
    let view = json!({
        "uuid": access.user.id,
        "name": access.user.name,
        "username": username,
        "projects": access.user.projects,
        "token_expires": access.token.expires,
        "services": catalog.iter().map(|c| format!("{}: {}", c["type"].as_str().unwrap_or_default(),
            c["url"].as_str().unwrap_or_default())).collect::<Vec<_>>().join("\n"),
    });
    Ok(Output::object(info).with_table_view(view))
}

fn lookup_rows(keys: &[String], catalog: &Value, key_name: &str, value_name: &str) -> Output {
    let rows: Vec<Value> = keys
        .iter()
        .map(|k| json!({ key_name: k, value_name: catalog.get(k).cloned().unwrap_or(Value::Null) }))
        .collect();
    Output::list(rows, &[key_name, value_name])
}

async fn quota_list(ctx: &Context, args: QuotaListArgs) -> Result<Output> {
    let quotas = ctx.account().await?.quotas().await?;
    if let Some(project) = &args.project
        && !quotas.contains_key(project)
    {
        return Err(Error::not_found(format!("you have no quota in project `{project}`"))
            .hint("`kamaki astakos project list --mine` shows your projects"));
    }
    let mut rows = Vec::new();
    let mut table_rows = Vec::new();
    for (project, resources) in &quotas {
        if args.project.as_ref().is_some_and(|p| p != project) {
            continue;
        }
        for (resource, quota) in resources {
            if args.resource.as_ref().is_some_and(|r| r != resource) {
                continue;
            }
            let row = json!({
                "project": project,
                "resource": resource,
                "usage": quota.usage,
                "limit": quota.limit,
                "pending": quota.pending,
                "project_usage": quota.project_usage,
                "project_limit": quota.project_limit,
                "project_pending": quota.project_pending,
            });
            let show = |n: i64| {
                if BYTE_RESOURCES.contains(&resource.as_str()) {
                    human_size(n.max(0) as u64)
                } else {
                    n.to_string()
                }
            };
            let mut table_row = row.clone();
            table_row["quota"] = json!(format!("{}/{}", show(quota.usage), show(quota.limit)));
            table_row["project_quota"] =
                json!(format!("{}/{}", show(quota.project_usage), show(quota.project_limit)));
            for field in ["usage", "limit", "project_usage", "project_limit"] {
                table_row[field] = json!(show(row[field].as_i64().unwrap_or(0)));
            }
            rows.push(row);
            table_rows.push(table_row);
        }
    }
    if rows.is_empty()
        && let Some(resource) = &args.resource
    {
        return Err(Error::not_found(format!("no quota for resource `{resource}`"))
            .hint("`kamaki astakos resource list` shows the resource names"));
    }
    Ok(Output::list(rows, &["project", "resource", "quota", "project_quota"]).with_table_rows(table_rows))
}

async fn project_info(ctx: &Context, id: &str) -> Result<Output> {
    let client = ctx.account().await?;
    let mut project = client.project(id).await?;
    let memberships = client.memberships(Some(id)).await?;
    let quotas = client.quotas().await?;
    project["memberships"] = json!(memberships);
    if let Some(usage) = quotas.get(id) {
        project["usage"] = json!(usage);
    }
    Ok(Output::object(project))
}
