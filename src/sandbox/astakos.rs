//! Astakos: identity (tokens and the service catalog), and the account API (quotas,
//! resources, projects, memberships, user catalogs).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::{Docs, Fault, SandboxState, Store, User};

pub const USER_KIND: &str = "user";
const PROJECT_KIND: &str = "project";
const MEMBERSHIP_KIND: &str = "membership";
const META_KIND: &str = "meta";

const GIB: i64 = 1 << 30;

/// Every quotable resource: name, description, unit.
const RESOURCES: [(&str, &str, Option<&str>); 10] = [
    ("astakos.pending_app", "Number of pending project applications", None),
    ("cyclades.cpu", "Number of virtual machine processors", None),
    ("cyclades.disk", "Virtual machine disk size", Some("bytes")),
    ("cyclades.floating_ip", "Number of floating IP addresses", None),
    ("cyclades.network.private", "Number of private networks", None),
    ("cyclades.ram", "Virtual machine memory size", Some("bytes")),
    ("cyclades.total_cpu", "Number of virtual machine processors (including stopped)", None),
    ("cyclades.total_ram", "Virtual machine memory size (including stopped)", Some("bytes")),
    ("cyclades.vm", "Number of virtual machines", None),
    ("pithos.diskspace", "Pithos account storage space", Some("bytes")),
];

fn service_of(resource: &str) -> &'static str {
    match resource.split('.').next() {
        Some("cyclades") => "cyclades_compute",
        Some("pithos") => "pithos_object-store",
        _ => "astakos_account",
    }
}

fn display_name_of(resource: &str) -> &'static str {
    match resource {
        "cyclades.vm" => "Virtual Machine",
        "cyclades.cpu" | "cyclades.total_cpu" => "CPU",
        "cyclades.ram" | "cyclades.total_ram" => "RAM",
        "cyclades.disk" => "Disk",
        "cyclades.floating_ip" => "Floating IP address",
        "cyclades.network.private" => "Private Network",
        "pithos.diskspace" => "Storage Space",
        _ => "Resource",
    }
}

/// Member and project capacities of a project for every resource.
fn capacities(member: [i64; 10], project: [i64; 10]) -> Value {
    let mut map = Map::new();
    for (i, (name, _, _)) in RESOURCES.iter().enumerate() {
        map.insert(name.to_string(), json!({"member_capacity": member[i], "project_capacity": project[i]}));
    }
    Value::Object(map)
}

fn iso_now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

fn new_token() -> String {
    use base64::Engine;
    let bytes: [u8; 24] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn system_project(user: &User) -> Value {
    // Order follows RESOURCES: pending_app, cpu, disk, floating_ip, network.private,
    // ram, total_cpu, total_ram, vm, diskspace.
    let limits = [2, 8, 160 * GIB, 4, 4, 8 * GIB, 8, 8 * GIB, 4, 20 * GIB];
    json!({
        "id": user.uuid,
        "name": format!("system:{}", user.uuid),
        "description": format!("System project for user {}", user.name),
        "homepage": "",
        "owner": user.uuid,
        "state": "active",
        "system_project": true,
        "private": true,
        "creation_date": iso_now(),
        "end_date": "2100-01-01T00:00:00+00:00",
        "join_policy": "closed",
        "leave_policy": "closed",
        "max_members": 1,
        "resources": capacities(limits, limits),
    })
}

fn course_project(id: &str, owner: &str, name: &str, description: &str, homepage: &str, join: &str) -> Value {
    let member = [2, 16, 400 * GIB, 8, 5, 32 * GIB, 16, 32 * GIB, 8, 50 * GIB];
    let project = [10, 64, 2000 * GIB, 32, 20, 128 * GIB, 64, 128 * GIB, 32, 500 * GIB];
    json!({
        "id": id,
        "name": name,
        "description": description,
        "homepage": homepage,
        "owner": owner,
        "state": "active",
        "system_project": false,
        "private": false,
        "creation_date": iso_now(),
        "end_date": "2100-01-01T00:00:00+00:00",
        "join_policy": join,
        "leave_policy": "auto",
        "max_members": 100,
        "resources": capacities(member, project),
    })
}

fn new_user(name: &str, display_name: &str) -> User {
    User {
        uuid: uuid::Uuid::new_v4().to_string(),
        name: name.to_string(),
        display_name: display_name.to_string(),
        token: new_token(),
    }
}

/// Creates the demo data once: the demo user `user@example.com` with a system project and
/// membership of the "CS333 lab assignments" project, a second user for sharing and
/// permission checks, and a project open to join.
pub fn seed(state: &Arc<SandboxState>) -> Result<(), Fault> {
    state.store.migrate(
        "CREATE TABLE IF NOT EXISTS quota_usage (
            project TEXT NOT NULL, user TEXT NOT NULL, resource TEXT NOT NULL,
            usage INTEGER NOT NULL, PRIMARY KEY (project, user, resource));",
    )?;
    state.store.transaction(|docs| {
        if docs.get::<Value>(META_KIND, "demo_user")?.is_some() {
            return Ok(());
        }
        let demo = new_user("user@example.com", "Demo User");
        let other = new_user("other@example.com", "Other User");
        let admin = new_user("admin@example.com", "Course Admin");
        for user in [&demo, &other, &admin] {
            docs.put(USER_KIND, &user.uuid, user)?;
            docs.put(PROJECT_KIND, &user.uuid, &system_project(user))?;
        }
        let course_id = uuid::Uuid::new_v4().to_string();
        let course = course_project(
            &course_id,
            &admin.uuid,
            "CS333 lab assignments",
            "Virtual clusters for CS333 assignments",
            "https://university.example.com/courses/cs333",
            "moderated",
        );
        docs.put(PROJECT_KIND, &course_id, &course)?;
        let open_id = uuid::Uuid::new_v4().to_string();
        let open = course_project(
            &open_id,
            &admin.uuid,
            "Open research",
            "A project anyone may join",
            "https://university.example.com/research",
            "auto",
        );
        docs.put(PROJECT_KIND, &open_id, &open)?;
        add_membership(docs, &demo.uuid, &course_id, "accepted")?;
        add_membership(docs, &admin.uuid, &course_id, "accepted")?;
        add_membership(docs, &admin.uuid, &open_id, "accepted")?;
        add_membership(docs, &other.uuid, &open_id, "accepted")?;
        docs.put(META_KIND, "demo_user", &json!({"uuid": demo.uuid}))?;
        Ok(())
    })
}

pub fn demo_user(store: &Store) -> Result<User, Fault> {
    let meta: Value = store
        .get(META_KIND, "demo_user")?
        .ok_or_else(|| Fault::new(500, "internalServerError", "the sandbox has no demo user"))?;
    let uuid = meta["uuid"].as_str().unwrap_or_default();
    store
        .get(USER_KIND, uuid)?
        .ok_or_else(|| Fault::new(500, "internalServerError", "the demo user is missing"))
}

fn add_membership(docs: &Docs<'_>, user: &str, project: &str, state: &str) -> Result<Value, Fault> {
    let id = docs.next_id(MEMBERSHIP_KIND)?;
    let membership = json!({
        "id": id,
        "user": user,
        "project": project,
        "state": state,
        "allowed_actions": allowed_actions(state),
        state: iso_now(),
    });
    docs.put(MEMBERSHIP_KIND, &id.to_string(), &membership)?;
    Ok(membership)
}

fn allowed_actions(state: &str) -> Vec<&'static str> {
    match state {
        "accepted" => vec!["leave", "remove"],
        "requested" => vec!["cancel", "accept", "reject"],
        _ => vec![],
    }
}

/// Whether `user` may draw resources from `project`: their system project, or an
/// accepted membership.
fn is_member(docs: &Docs<'_>, user: &str, project: &str) -> Result<bool, Fault> {
    if user == project {
        return Ok(true);
    }
    Ok(docs
        .list::<Value>(MEMBERSHIP_KIND)?
        .iter()
        .any(|m| m["user"] == user && m["project"] == project && m["state"] == "accepted"))
}

fn usage_of(docs: &Docs<'_>, project: &str, user: Option<&str>, resource: &str) -> Result<i64, Fault> {
    let conn = docs.conn();
    let result = match user {
        Some(user) => conn
            .query_row(
                "SELECT usage FROM quota_usage WHERE project = ?1 AND user = ?2 AND resource = ?3",
                params![project, user, resource],
                |r| r.get::<_, i64>(0),
            )
            .optional()
            .map(|v| v.unwrap_or(0)),
        None => conn.query_row(
            "SELECT COALESCE(SUM(usage), 0) FROM quota_usage WHERE project = ?1 AND resource = ?2",
            params![project, resource],
            |r| r.get::<_, i64>(0),
        ),
    };
    result.map_err(|e| Fault::new(500, "internalServerError", e.to_string()))
}

/// Adds `delta` of `resource` to `user`'s usage in `project` inside the caller's
/// transaction, failing with the real 413 `overLimit` when a member or project limit would
/// be exceeded; a negative `delta` gives usage back and never fails on limits.
pub fn charge_in(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    resource: &str,
    delta: i64,
) -> Result<(), Fault> {
    if delta <= 0 {
        return add_usage(docs, user, project, resource, delta);
    }
    let project_doc: Value = docs
        .get(PROJECT_KIND, project)?
        .ok_or_else(|| Fault::not_found(format!("Project {project} not found")))?;
    if !is_member(docs, user, project)? {
        return Err(Fault::forbidden(format!("User is not a member of project {project}")));
    }
    let caps = &project_doc["resources"][resource];
    let member_limit = caps["member_capacity"].as_i64().unwrap_or(0);
    let project_limit = caps["project_capacity"].as_i64().unwrap_or(0);
    let member_usage = usage_of(docs, project, Some(user), resource)?;
    let project_usage = usage_of(docs, project, None, resource)?;
    let available = (member_limit - member_usage).min(project_limit - project_usage).max(0);
    if delta > available {
        let details = format!(
            "Limit for resource '{}' exceeded for your account. Available: {available}, Requested: {delta}",
            display_name_of(resource)
        );
        return Err(Fault::with_body(
            413,
            json!({"overLimit": {
                "code": 413,
                "message": "Resource Limit Exceeded for your account.",
                "details": details,
                "data": {"provision": {"holder": format!("project:{project}"), "resource": resource,
                         "quantity": delta}, "limit": member_limit, "usage": member_usage},
            }}),
        ));
    }
    add_usage(docs, user, project, resource, delta)
}

fn add_usage(docs: &Docs<'_>, user: &str, project: &str, resource: &str, delta: i64) -> Result<(), Fault> {
    docs.conn()
        .execute(
            "INSERT INTO quota_usage (project, user, resource, usage) VALUES (?1, ?2, ?3, MAX(?4, 0))
             ON CONFLICT (project, user, resource) DO UPDATE SET usage = MAX(usage + ?4, 0)",
            params![project, user, resource, delta],
        )
        .map_err(|e| Fault::new(500, "internalServerError", e.to_string()))?;
    Ok(())
}

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/identity/v2.0/tokens", post(tokens))
        .route("/identity/v2.0/tokens/", post(tokens))
        .route("/account/v1.0/quotas", get(quotas))
        .route("/account/v1.0/quotas/", get(quotas))
        .route("/account/v1.0/resources", get(resources))
        .route("/account/v1.0/resources/", get(resources))
        .route("/account/v1.0/projects", get(projects))
        .route("/account/v1.0/projects/", get(projects))
        .route("/account/v1.0/projects/memberships", get(memberships).post(join_or_enroll))
        .route("/account/v1.0/projects/memberships/", get(memberships).post(join_or_enroll))
        .route("/account/v1.0/projects/memberships/{id}", get(membership))
        .route("/account/v1.0/projects/memberships/{id}/action", post(membership_action))
        .route("/account/v1.0/projects/{id}", get(project))
        .route("/account/v1.0/user_catalogs", post(user_catalogs))
        .route("/account/v1.0/user_catalogs/", post(user_catalogs))
        .with_state(state)
}

fn catalog(state: &SandboxState) -> Value {
    let base = &state.base_url;
    let entry = |name: &str, kind: &str, version: &str, url: String| {
        json!({
            "name": name, "type": kind, "endpoints_links": [],
            "endpoints": [{"versionId": version, "publicURL": url,
                           "SNF:uiURL": format!("{base}/ui"), "region": "default"}],
        })
    };
    json!([
        entry("astakos_account", "account", "v1.0", format!("{base}/account/v1.0")),
        entry("astakos_identity", "identity", "v2.0", format!("{base}/identity/v2.0")),
        entry("astakos_weblogin", "astakos_weblogin", "", format!("{base}/ui/login")),
        entry("cyclades_compute", "compute", "v2.0", format!("{base}/compute/v2.0")),
        entry("cyclades_network", "network", "v2.0", format!("{base}/network")),
        entry("cyclades_volume", "volume", "v2.0", format!("{base}/volume")),
        entry("cyclades_plankton", "image", "v1.0", format!("{base}/image")),
        entry("pithos_object-store", "object-store", "v1", format!("{base}/object-store/v1")),
    ])
}

#[derive(Deserialize)]
struct TokenRequest {
    auth: Option<AuthBody>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AuthBody {
    token: Option<TokenId>,
    password_credentials: Option<PasswordCredentials>,
    tenant_name: Option<String>,
}

#[derive(Deserialize)]
struct TokenId {
    id: String,
}

#[derive(Deserialize)]
struct PasswordCredentials {
    username: String,
    password: String,
}

async fn tokens(
    State(state): State<Arc<SandboxState>>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, Fault> {
    if body.iter().all(u8::is_ascii_whitespace) {
        // Public mode: only the catalog.
        return Ok(Json(json!({"access": {"serviceCatalog": catalog(&state)}})));
    }
    let request: TokenRequest =
        serde_json::from_slice(&body).map_err(|e| Fault::bad_request(format!("Invalid JSON data: {e}")))?;
    let auth = request.auth.ok_or_else(|| Fault::bad_request("Malformed request: missing `auth`"))?;
    let user = match (&auth.token, &auth.password_credentials) {
        (Some(token), _) => state.user_by_token(&token.id)?,
        (None, Some(creds)) => state.user_by_uuid(&creds.username)?.filter(|u| u.token == creds.password),
        (None, None) => return Err(Fault::bad_request("Malformed request: no token or credentials")),
    };
    let user = user.ok_or_else(|| Fault::unauthorized("Invalid token"))?;
    if let Some(tenant) = &auth.tenant_name
        && tenant != &user.uuid
    {
        return Err(Fault::bad_request("Not conforming tenantName"));
    }
    let projects: Vec<String> = state
        .store
        .transaction(|docs| member_projects(docs, &user.uuid))?
        .into_iter()
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .collect();
    Ok(Json(json!({"access": {
        "token": {"id": user.token, "expires": "2100-01-01T00:00:00+00:00",
                  "tenant": {"id": user.uuid, "name": user.display_name}},
        "user": {"id": user.uuid, "name": user.display_name, "roles": [{"id": "1", "name": "default"}],
                 "roles_links": [], "projects": projects},
        "serviceCatalog": catalog(&state),
    }})))
}

/// The projects `user` is a member of: their system project first.
fn member_projects(docs: &Docs<'_>, user: &str) -> Result<Vec<Value>, Fault> {
    let memberships: Vec<Value> = docs.list(MEMBERSHIP_KIND)?;
    let projects: Vec<Value> = docs.list(PROJECT_KIND)?;
    Ok(projects
        .into_iter()
        .filter(|p| {
            p["id"] == user
                || memberships
                    .iter()
                    .any(|m| m["user"] == user && m["project"] == p["id"] && m["state"] == "accepted")
        })
        .collect())
}

async fn quotas(State(state): State<Arc<SandboxState>>, user: User) -> Result<Json<Value>, Fault> {
    let result = state.store.transaction(|docs| {
        let mut result = Map::new();
        for project in member_projects(docs, &user.uuid)? {
            let id = project["id"].as_str().unwrap_or_default().to_string();
            let mut per_resource = Map::new();
            for (resource, _, _) in RESOURCES {
                let caps = &project["resources"][resource];
                per_resource.insert(
                    resource.to_string(),
                    json!({
                        "usage": usage_of(docs, &id, Some(&user.uuid), resource)?,
                        "limit": caps["member_capacity"].as_i64().unwrap_or(0),
                        "pending": 0,
                        "project_usage": usage_of(docs, &id, None, resource)?,
                        "project_limit": caps["project_capacity"].as_i64().unwrap_or(0),
                        "project_pending": 0,
                    }),
                );
            }
            result.insert(id, Value::Object(per_resource));
        }
        Ok(result)
    })?;
    Ok(Json(Value::Object(result)))
}

async fn resources() -> Json<Value> {
    let mut map = Map::new();
    for (name, description, unit) in RESOURCES {
        map.insert(
            name.to_string(),
            json!({
                "unit": unit,
                "description": description,
                "service": service_of(name),
                "allow_in_projects": name != "astakos.pending_app",
                "ui_visible": true,
                "api_visible": true,
            }),
        );
    }
    Json(Value::Object(map))
}

#[derive(Deserialize)]
struct ProjectFilter {
    name: Option<String>,
    state: Option<String>,
    owner: Option<String>,
    mode: Option<String>,
}

/// Projects the user can see: their own memberships, plus public projects unless
/// `mode=member`.
async fn projects(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Query(filter): Query<ProjectFilter>,
) -> Result<Json<Value>, Fault> {
    let list = state.store.transaction(|docs| {
        let mine = member_projects(docs, &user.uuid)?;
        let all: Vec<Value> = docs.list(PROJECT_KIND)?;
        let visible: Vec<Value> = all
            .into_iter()
            .filter(|p| {
                let member = mine.iter().any(|m| m["id"] == p["id"]);
                let public = p["private"] == false && p["system_project"] == false;
                member || (public && filter.mode.as_deref() != Some("member"))
            })
            .filter(|p| filter.name.as_ref().is_none_or(|n| p["name"] == n.as_str()))
            .filter(|p| filter.state.as_ref().is_none_or(|s| p["state"] == s.as_str()))
            .filter(|p| filter.owner.as_ref().is_none_or(|o| p["owner"] == o.as_str()))
            .collect();
        Ok(visible)
    })?;
    Ok(Json(Value::Array(list)))
}

async fn project(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Json<Value>, Fault> {
    let project: Value = state
        .store
        .get(PROJECT_KIND, &id)?
        .ok_or_else(|| Fault::not_found(format!("Project {id} not found")))?;
    let visible =
        project["private"] == false || state.store.transaction(|docs| is_member(docs, &user.uuid, &id))?;
    if !visible {
        return Err(Fault::forbidden(format!("You are not allowed to view project {id}")));
    }
    Ok(Json(project))
}

#[derive(Deserialize)]
struct MembershipFilter {
    project: Option<String>,
}

async fn memberships(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Query(filter): Query<MembershipFilter>,
) -> Result<Json<Value>, Fault> {
    let list: Vec<Value> = state
        .store
        .list::<Value>(MEMBERSHIP_KIND)?
        .into_iter()
        .filter(|m| m["user"] == user.uuid.as_str())
        .filter(|m| filter.project.as_ref().is_none_or(|p| m["project"] == p.as_str()))
        .collect();
    Ok(Json(Value::Array(list)))
}

async fn membership(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Json<Value>, Fault> {
    let membership: Value = state
        .store
        .get(MEMBERSHIP_KIND, &id)?
        .filter(|m: &Value| m["user"] == user.uuid.as_str())
        .ok_or_else(|| Fault::not_found(format!("Membership {id} not found")))?;
    Ok(Json(membership))
}

async fn join_or_enroll(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Json(body): Json<BTreeMap<String, Value>>,
) -> Result<Json<Value>, Fault> {
    let (action, args) = body
        .into_iter()
        .next()
        .ok_or_else(|| Fault::bad_request("Malformed request: expected `join` or `enroll`"))?;
    let project_id = args["project"]
        .as_str()
        .ok_or_else(|| Fault::bad_request("Malformed request: missing `project`"))?
        .to_string();
    let target_user = match action.as_str() {
        "join" => user.uuid.clone(),
        "enroll" => {
            let email = args["user"].as_str().unwrap_or_default();
            state
                .user_by_name(email)?
                .ok_or_else(|| Fault::bad_request(format!("User {email} does not exist")))?
                .uuid
        }
        other => return Err(Fault::bad_request(format!("Unknown action `{other}`"))),
    };
    let membership = state.store.transaction(|docs| {
        let project: Value = docs
            .get(PROJECT_KIND, &project_id)?
            .ok_or_else(|| Fault::not_found(format!("Project {project_id} not found")))?;
        if project["system_project"] == true {
            return Err(Fault::conflict("Cannot join a system project"));
        }
        if action == "enroll" && project["owner"] != user.uuid.as_str() {
            return Err(Fault::forbidden("Only the project's owner may enroll users"));
        }
        let existing = docs.list::<Value>(MEMBERSHIP_KIND)?.into_iter().find(|m| {
            m["user"] == target_user.as_str()
                && m["project"] == project_id.as_str()
                && matches!(m["state"].as_str(), Some("accepted" | "requested"))
        });
        if existing.is_some() {
            return Err(Fault::conflict(format!("Membership already exists for project {project_id}")));
        }
        match project["join_policy"].as_str() {
            Some("closed") if action == "join" => {
                Err(Fault::conflict("The project does not accept new members"))
            }
            Some("auto") | Some(_) if action == "enroll" => {
                add_membership(docs, &target_user, &project_id, "accepted")
            }
            Some("auto") => add_membership(docs, &target_user, &project_id, "accepted"),
            _ => add_membership(docs, &target_user, &project_id, "requested"),
        }
    })?;
    Ok(Json(json!({"id": membership["id"]})))
}

async fn membership_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    Json(body): Json<BTreeMap<String, Value>>,
) -> Result<Json<Value>, Fault> {
    let action = body
        .keys()
        .next()
        .cloned()
        .ok_or_else(|| Fault::bad_request("Malformed request: expected an action"))?;
    state.store.transaction(|docs| {
        let mut membership: Value = docs
            .get(MEMBERSHIP_KIND, &id)?
            .ok_or_else(|| Fault::not_found(format!("Membership {id} not found")))?;
        let project: Value =
            docs.get(PROJECT_KIND, membership["project"].as_str().unwrap_or_default())?.unwrap_or_default();
        let is_self = membership["user"] == user.uuid.as_str();
        let is_owner = project["owner"] == user.uuid.as_str();
        if !is_self && !is_owner {
            return Err(Fault::not_found(format!("Membership {id} not found")));
        }
        let state_now = membership["state"].as_str().unwrap_or_default().to_string();
        let allowed = allowed_actions(&state_now);
        if !allowed.contains(&action.as_str()) {
            return Err(Fault::conflict(format!(
                "Action `{action}` is not allowed on a `{state_now}` membership"
            )));
        }
        let new_state = match action.as_str() {
            "leave" if project["leave_policy"] == "moderated" => "leave_requested",
            "leave" | "remove" => "removed",
            "cancel" => "cancelled",
            "accept" => "accepted",
            "reject" => "rejected",
            _ => return Err(Fault::bad_request(format!("Unknown action `{action}`"))),
        };
        membership["state"] = json!(new_state);
        membership["allowed_actions"] = json!(allowed_actions(new_state));
        membership[new_state] = json!(iso_now());
        docs.put(MEMBERSHIP_KIND, &id, &membership)
    })?;
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
struct CatalogRequest {
    #[serde(default)]
    uuids: Option<Vec<String>>,
    #[serde(default)]
    displaynames: Option<Vec<String>>,
}

async fn user_catalogs(
    State(state): State<Arc<SandboxState>>,
    _: User,
    Json(request): Json<CatalogRequest>,
) -> Result<Json<Value>, Fault> {
    let users: Vec<User> = state.store.list(USER_KIND)?;
    let mut uuid_catalog = Map::new();
    let mut name_catalog = Map::new();
    for uuid in request.uuids.unwrap_or_default() {
        if let Some(user) = users.iter().find(|u| u.uuid == uuid) {
            uuid_catalog.insert(uuid, json!(user.name));
        }
    }
    for name in request.displaynames.unwrap_or_default() {
        if let Some(user) = users.iter().find(|u| u.name == name) {
            name_catalog.insert(name, json!(user.uuid));
        }
    }
    Ok(Json(json!({"uuid_catalog": uuid_catalog, "displayname_catalog": name_catalog})))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded_store() -> (Store, User) {
        let store = Store::in_memory().unwrap();
        store
            .migrate(
                "CREATE TABLE IF NOT EXISTS quota_usage (project TEXT, user TEXT, resource TEXT,
                 usage INTEGER, PRIMARY KEY (project, user, resource));",
            )
            .unwrap();
        let user = new_user("u@example.com", "U");
        store.put(USER_KIND, &user.uuid, &user).unwrap();
        store.put(PROJECT_KIND, &user.uuid, &system_project(&user)).unwrap();
        (store, user)
    }

    #[test]
    fn charging_past_the_member_limit_is_over_limit() {
        let (store, user) = seeded_store();
        let charge =
            |delta| store.transaction(|docs| charge_in(docs, &user.uuid, &user.uuid, "cyclades.vm", delta));
        for _ in 0..4 {
            charge(1).unwrap();
        }
        let fault = charge(1).unwrap_err();
        assert_eq!(fault.status, 413);
        assert!(fault.body["overLimit"]["details"].as_str().unwrap().contains("Available: 0"));
        charge(-1).unwrap();
        charge(1).unwrap();
    }

    #[test]
    fn non_members_cannot_charge_a_project() {
        let (store, user) = seeded_store();
        let fault = store
            .transaction(|docs| charge_in(docs, &user.uuid, "someone-else", "cyclades.vm", 1))
            .unwrap_err();
        assert_eq!(fault.status, 404);
    }
}
