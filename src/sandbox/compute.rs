//! The Cyclades compute service (`/compute/v2.0`): servers, flavors, the compute view of
//! images, and key pairs.
//!
//! A server is BUILD for the build delay after creation, then ACTIVE (or ERROR when its
//! metadata asks for `sandbox:fail=build`). Actions start short transitions (REBOOT, the
//! STOPPING and STARTING tasks, DESTROYING) derived from timestamps when read. Servers
//! charge `cyclades.vm`, `total_cpu`, `total_ram` and `disk` while they exist, and
//! `cyclades.cpu` and `cyclades.ram` while they are powered on.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::cyclades::{
    Delays, Transition, charge, current_status, json_response, move_usage, parse_wrapped, running, timestamp,
};
use super::network::{self, PortRequest};
use super::plankton::{self, ImageRecord};
use super::{Docs, Fault, SandboxState, User, volume};

const SERVER: &str = "cyclades.server";
const KEYPAIR: &str = "cyclades.keypair";

const MIB: i64 = 1 << 20;
const GIB: i64 = 1 << 30;

/// The metadata key that makes a server fail its build, for testing error handling.
const FAIL_BUILD_KEY: &str = "sandbox:fail";

/// A hardware template.
pub(super) struct Flavor {
    pub id: u64,
    pub vcpus: u32,
    pub ram_mib: u32,
    pub disk_gib: u32,
    pub disk_template: &'static str,
}

impl Flavor {
    pub fn name(&self) -> String {
        format!("C{}R{}D{}{}", self.vcpus, self.ram_mib, self.disk_gib, self.disk_template)
    }
}

const fn flavor(id: u64, vcpus: u32, ram_mib: u32, disk_gib: u32, disk_template: &'static str) -> Flavor {
    Flavor { id, vcpus, ram_mib, disk_gib, disk_template }
}

/// The seeded flavors: small to large, on both disk templates.
pub(super) const FLAVORS: &[Flavor] = &[
    flavor(1, 1, 1024, 20, "drbd"),
    flavor(2, 1, 2048, 20, "drbd"),
    flavor(3, 2, 2048, 20, "drbd"),
    flavor(4, 2, 4096, 40, "drbd"),
    flavor(5, 4, 4096, 40, "drbd"),
    flavor(6, 4, 8192, 80, "drbd"),
    flavor(7, 1, 1024, 20, "ext_archipelago"),
    flavor(8, 1, 2048, 20, "ext_archipelago"),
    flavor(9, 2, 2048, 20, "ext_archipelago"),
    flavor(10, 2, 4096, 40, "ext_archipelago"),
    flavor(11, 4, 4096, 40, "ext_archipelago"),
    flavor(12, 4, 8192, 80, "ext_archipelago"),
];

fn find_flavor(id: u64) -> Option<&'static Flavor> {
    FLAVORS.iter().find(|flavor| flavor.id == id)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ServerDoc {
    id: u64,
    name: String,
    user_id: String,
    project: String,
    flavor_id: u64,
    image_id: String,
    metadata: BTreeMap<String, String>,
    key_name: Option<String>,
    /// The status the server settles in once `transition` ends.
    status: String,
    transition: Option<Transition>,
    /// Whether `cyclades.cpu` and `cyclades.ram` are charged (the server is powered on).
    powered: bool,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
}

impl ServerDoc {
    fn status_now(&self) -> String {
        current_status(&self.status, &self.transition)
    }

    fn flavor(&self) -> Result<&'static Flavor, Fault> {
        find_flavor(self.flavor_id).ok_or_else(|| {
            Fault::new(500, "internalServerError", format!("flavor {} vanished", self.flavor_id))
        })
    }

    /// The id the server is stored under, and that its ports and volumes name.
    fn doc_id(&self) -> String {
        self.id.to_string()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct KeypairDoc {
    name: String,
    user_id: String,
    public_key: String,
    fingerprint: String,
    created: DateTime<Utc>,
}

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new()
        .route("/compute/v2.0/servers", get(list_servers).post(create_server))
        .route("/compute/v2.0/servers/detail", get(list_servers_detail))
        .route("/compute/v2.0/servers/{id}", get(show_server).put(rename_server).delete(delete_server))
        .route("/compute/v2.0/servers/{id}/action", post(server_action))
        .route("/compute/v2.0/servers/{id}/ips", get(server_ips))
        .route("/compute/v2.0/servers/{id}/stats", get(server_stats))
        .route("/stats/v1.0/{graph}/{id}", get(stats_graph))
        .route("/compute/v2.0/servers/{id}/metadata", get(list_metadata).post(update_metadata))
        .route(
            "/compute/v2.0/servers/{id}/metadata/{key}",
            get(show_metadata_item).put(put_metadata_item).delete(delete_metadata_item),
        )
        .route("/compute/v2.0/servers/{id}/os-volume_attachments", get(list_attachments).post(attach_volume))
        .route(
            "/compute/v2.0/servers/{id}/os-volume_attachments/{volume}",
            get(show_attachment).delete(detach_volume),
        )
        .route("/compute/v2.0/flavors", get(list_flavors))
        .route("/compute/v2.0/flavors/detail", get(list_flavors_detail))
        .route("/compute/v2.0/flavors/{id}", get(show_flavor))
        .route("/compute/v2.0/images", get(list_images))
        .route("/compute/v2.0/images/detail", get(list_images_detail))
        .route("/compute/v2.0/images/{id}", get(show_image))
        .route("/compute/v2.0/os-keypairs", get(list_keypairs).post(create_keypair))
        .route("/compute/v2.0/os-keypairs/{name}", get(show_keypair).delete(delete_keypair))
        .with_state(state)
}

// ---------------------------------------------------------------------------------------
// Lookups shared with the network and volume services
// ---------------------------------------------------------------------------------------

fn load_server(docs: &Docs<'_>, user: &str, id: &str) -> Result<ServerDoc, Fault> {
    match docs.get::<ServerDoc>(SERVER, id)? {
        Some(server) if server.user_id == user => Ok(server),
        _ => Err(Fault::not_found(format!("Server {id} not found"))),
    }
}

/// The status of a server now, if it exists.
pub(super) fn server_status(docs: &Docs<'_>, id: &str) -> Option<String> {
    docs.get::<ServerDoc>(SERVER, id).ok().flatten().map(|server| server.status_now())
}

/// A server that can be plugged into (ACTIVE or STOPPED, and not busy).
fn pluggable_server(docs: &Docs<'_>, user: &str, id: &str) -> Result<ServerDoc, Fault> {
    let server = load_server(docs, user, id)?;
    let status = server.status_now();
    if let Some(transition) = running(&server.transition) {
        return Err(busy(&server, transition));
    }
    if status != "ACTIVE" && status != "STOPPED" {
        return Err(Fault::conflict(format!("Server {id} is {status}; it must be ACTIVE or STOPPED")));
    }
    Ok(server)
}

/// Checks that a port may be plugged into the server; returns the server's project.
pub(super) fn server_accepting_port(docs: &Docs<'_>, user: &str, id: &str) -> Result<String, Fault> {
    Ok(pluggable_server(docs, user, id)?.project)
}

/// Checks that a volume may be plugged into the server; returns its disk template.
pub(super) fn server_accepting_volume(docs: &Docs<'_>, user: &str, id: &str) -> Result<String, Fault> {
    let server = pluggable_server(docs, user, id)?;
    Ok(server.flavor()?.disk_template.to_string())
}

fn busy(server: &ServerDoc, transition: &Transition) -> Fault {
    if transition.task == "BUILDING" {
        return Fault::new(409, "buildInProgress", format!("Server {} is still building", server.id));
    }
    Fault::conflict(format!("Server {} is busy ({}); wait for it to finish", server.id, transition.task))
}

// ---------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------

/// The `self` and `bookmark` links of a compute object, as OpenStack gives them.
fn links(base: &str, collection: &str, id: &dyn std::fmt::Display) -> Value {
    let href = format!("{base}/compute/v2.0/{collection}/{id}");
    json!([{"rel": "self", "href": href}, {"rel": "bookmark", "href": href}])
}

fn server_view(docs: &Docs<'_>, base: &str, server: &ServerDoc) -> Result<Value, Fault> {
    let status = server.status_now();
    let transition = running(&server.transition);
    let progress = match transition {
        Some(transition) if transition.status == "BUILD" => transition.progress(),
        _ => 100,
    };
    let mut attachments = Vec::new();
    let mut addresses = Map::new();
    for port in network::server_ports(docs, &server.doc_id())? {
        let ip_type = if network::is_public_network(docs, &port.network_id) { "floating" } else { "fixed" };
        let ipv4 = port.fixed_ips.first().map(|ip| ip.ip_address.clone()).unwrap_or_default();
        attachments.push(json!({
            "id": port.id,
            "network_id": port.network_id,
            "mac_address": port.mac_address,
            "ipv4": ipv4,
            "ipv6": "",
            "firewallProfile": "DISABLED",
            "OS-EXT-IPS:type": ip_type,
        }));
        let entry = addresses.entry(port.network_id.clone()).or_insert_with(|| json!([]));
        if let (Value::Array(list), false) = (entry, ipv4.is_empty()) {
            list.push(json!({"version": 4, "addr": ipv4, "OS-EXT-IPS:type": ip_type}));
        }
    }
    let volumes: Vec<String> =
        volume::server_volumes(docs, &server.doc_id())?.into_iter().map(|volume| volume.id).collect();
    Ok(json!({
        "id": server.id,
        "name": server.name,
        "links": links(base, "servers", &server.id),
        "user_id": server.user_id,
        "tenant_id": server.project,
        "shared_to_project": false,
        "status": status,
        "SNF:task_state": transition.map(|transition| transition.task.clone()).unwrap_or_default(),
        "progress": progress,
        "suspended": false,
        "deleted": status == "DELETED",
        "SNF:rescue": false,
        "hostId": "",
        "created": timestamp(server.created),
        "updated": timestamp(server.updated),
        "flavor": {"id": server.flavor_id},
        "image": {"id": server.image_id},
        "metadata": server.metadata,
        "tags": [],
        "attachments": attachments,
        "addresses": addresses,
        "SNF:fqdn": format!("snf-{}.sandbox.local", server.id),
        "SNF:port_forwarding": {},
        "volumes": volumes,
        "diagnostics": [],
        "security_groups": [{"name": "default"}],
        "key_name": server.key_name,
        "SNF:key_names": server.key_name.iter().collect::<Vec<_>>(),
        "config_drive": "",
        "accessIPv4": "",
        "accessIPv6": "",
    }))
}

fn flavor_view(base: &str, flavor: &Flavor) -> Value {
    json!({
        "id": flavor.id,
        "name": flavor.name(),
        "links": links(base, "flavors", &flavor.id),
        "ram": flavor.ram_mib,
        "disk": flavor.disk_gib,
        "vcpus": flavor.vcpus,
        "SNF:disk_template": flavor.disk_template,
        "os-flavor-access:is_public": true,
        "SNF:flavor-access": [],
    })
}

/// Plankton's `%Y-%m-%d %H:%M:%S` (UTC) as the compute API's ISO 8601.
fn iso_from_plankton(text: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
        .map(|time| timestamp(time.and_utc()))
        .unwrap_or_else(|_| text.to_string())
}

/// The compute API's view of a Plankton image.
fn image_view(base: &str, image: &ImageRecord) -> Value {
    // Plankton reports `AVAILABLE`, Glance `active`: compare without case.
    let status = match image.status.to_ascii_lowercase().as_str() {
        "available" | "active" => "ACTIVE",
        "saving" | "queued" => "SAVING",
        "deleted" => "DELETED",
        "killed" => "ERROR",
        _ => "UNKNOWN",
    };
    json!({
        "id": image.id,
        "name": image.name,
        "links": links(base, "images", &image.id),
        "status": status,
        "created": iso_from_plankton(&image.created_at),
        "updated": iso_from_plankton(&image.updated_at),
        "progress": if status == "ACTIVE" { 100 } else { 0 },
        "user_id": image.owner,
        "tenant_id": image.owner,
        "public": image.is_public,
        "metadata": image.properties,
        "is_snapshot": image.properties.get("is_snapshot").is_some_and(|value| value == "true"),
    })
}

/// The images a user may boot: public ones, their own and those shared with them.
fn visible_images(docs: &Docs<'_>, user: &str) -> Result<Vec<ImageRecord>, Fault> {
    let shared = plankton::shared_with(docs, user)?;
    let images = docs.list::<ImageRecord>(plankton::IMAGE_KIND)?;
    Ok(images
        .into_iter()
        .filter(|image| image.is_public || image.owner == user || shared.contains(&image.id))
        .filter(|image| !image.status.eq_ignore_ascii_case("deleted"))
        .collect())
}

fn find_image(docs: &Docs<'_>, user: &str, id: &str) -> Result<ImageRecord, Fault> {
    visible_images(docs, user)?
        .into_iter()
        .find(|image| image.id == id)
        .ok_or_else(|| Fault::not_found(format!("Image {id} not found")))
}

// ---------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------

fn visible_servers(docs: &Docs<'_>, user: &str) -> Result<Vec<ServerDoc>, Fault> {
    let mut servers: Vec<ServerDoc> = docs
        .list::<ServerDoc>(SERVER)?
        .into_iter()
        .filter(|server| server.user_id == user && server.status_now() != "DELETED")
        .collect();
    servers.sort_by_key(|server| server.id);
    Ok(servers)
}

async fn list_servers(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let servers = state.store.transaction(|docs| visible_servers(docs, &user.uuid))?;
    let items: Vec<Value> =
        servers
            .iter()
            .map(|server| json!({"id": server.id, "name": server.name, "links": links(&state.base_url, "servers", &server.id)}))
            .collect();
    Ok(json_response(StatusCode::OK, json!({ "servers": items })))
}

async fn list_servers_detail(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let items = state.store.transaction(|docs| {
        visible_servers(docs, &user.uuid)?
            .iter()
            .map(|server| server_view(docs, &state.base_url, server))
            .collect::<Result<Vec<_>, _>>()
    })?;
    Ok(json_response(StatusCode::OK, json!({ "servers": items })))
}

async fn show_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let view = state
        .store
        .transaction(|docs| server_view(docs, &state.base_url, &load_server(docs, &user.uuid, &id)?))?;
    Ok(json_response(StatusCode::OK, json!({ "server": view })))
}

#[derive(Deserialize)]
struct ServerCreate {
    name: String,
    #[serde(rename = "flavorRef")]
    flavor_ref: Value,
    #[serde(rename = "imageRef")]
    image_ref: String,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    #[serde(default)]
    personality: Vec<Personality>,
    networks: Option<Vec<NetworkRequest>>,
    key_name: Option<String>,
    project: Option<String>,
}

#[derive(Deserialize)]
struct Personality {
    path: String,
    contents: String,
}

#[derive(Deserialize)]
struct NetworkRequest {
    uuid: Option<Value>,
    fixed_ip: Option<String>,
    port: Option<String>,
}

fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::Number(number) => Some(number.to_string()),
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        _ => None,
    }
}

fn random_password() -> String {
    let bytes: [u8; 9] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Everything a server charges on creation.
fn creation_charges(flavor: &Flavor) -> [(&'static str, i64); 6] {
    let ram = i64::from(flavor.ram_mib) * MIB;
    let cpu = i64::from(flavor.vcpus);
    [
        ("cyclades.vm", 1),
        ("cyclades.total_cpu", cpu),
        ("cyclades.cpu", cpu),
        ("cyclades.total_ram", ram),
        ("cyclades.ram", ram),
        ("cyclades.disk", i64::from(flavor.disk_gib) * GIB),
    ]
}

/// Plugs a new server into the networks it asked for, or into the public network with a
/// fresh floating IP when it asked for nothing (the sandbox's default policy).
fn connect_new_server(
    docs: &Docs<'_>,
    user: &str,
    server: &ServerDoc,
    networks: Option<&[NetworkRequest]>,
) -> Result<(), Fault> {
    let requests: Vec<(Option<String>, Option<Ipv4Addr>)> = match networks {
        None => vec![(None, None)],
        Some(list) => list
            .iter()
            .map(|request| {
                if request.port.is_some() {
                    return Err(Fault::bad_request(
                        "Connecting an existing port at creation is not supported",
                    ));
                }
                let network = request
                    .uuid
                    .as_ref()
                    .and_then(id_text)
                    .ok_or_else(|| Fault::bad_request("Each network needs a `uuid`"))?;
                let address = match &request.fixed_ip {
                    Some(text) => Some(text.parse::<Ipv4Addr>().map_err(|_| {
                        Fault::bad_request(format!("Invalid fixed_ip: {text} is not an IPv4 address"))
                    })?),
                    None => None,
                };
                Ok((Some(network), address))
            })
            .collect::<Result<_, Fault>>()?,
    };
    for (network_id, address) in requests {
        let network = match &network_id {
            Some(id) => network::load_network(docs, user, id)?,
            None => network::public_pool_network(docs)?,
        };
        let address = if network.public && address.is_none() {
            let ip =
                network::reserve_floating_ip(docs, user, &server.project, Some(&network.id), None, true)?;
            Some(
                ip.address
                    .parse::<Ipv4Addr>()
                    .map_err(|_| Fault::new(500, "internalServerError", "bad address"))?,
            )
        } else {
            address
        };
        network::create_port(
            docs,
            user,
            PortRequest {
                network_id: network.id.clone(),
                device_id: Some(server.doc_id()),
                name: String::new(),
                address,
                project: server.project.clone(),
            },
        )?;
    }
    Ok(())
}

async fn create_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let delays = Delays::of(&state);
    let request: ServerCreate = parse_wrapped(&body, "server")?;
    if request.name.trim().is_empty() {
        return Err(Fault::bad_request("Server name must not be empty"));
    }
    let flavor_id = id_text(&request.flavor_ref)
        .and_then(|text| text.parse::<u64>().ok())
        .ok_or_else(|| Fault::bad_request(format!("Invalid flavorRef {}", request.flavor_ref)))?;
    let flavor =
        find_flavor(flavor_id).ok_or_else(|| Fault::not_found(format!("Flavor {flavor_id} not found")))?;
    for file in &request.personality {
        base64::engine::general_purpose::STANDARD.decode(&file.contents).map_err(|_| {
            Fault::bad_request(format!("Personality contents for {} are not valid base64", file.path))
        })?;
    }
    let project = request.project.clone().unwrap_or_else(|| user.uuid.clone());
    let view = state.store.transaction(|docs| {
        find_image(docs, &user.uuid, &request.image_ref)?;
        if let Some(key) = &request.key_name
            && docs.get::<KeypairDoc>(KEYPAIR, &keypair_id(&user.uuid, key))?.is_none()
        {
            return Err(Fault::bad_request(format!("Keypair {key} does not exist")));
        }
        for (resource, amount) in creation_charges(flavor) {
            charge(docs, &user.uuid, &project, resource, amount)?;
        }
        let fails = request.metadata.get(FAIL_BUILD_KEY).is_some_and(|what| what == "build");
        let now = Utc::now();
        let server = ServerDoc {
            id: docs.next_id(SERVER)?,
            name: request.name.clone(),
            user_id: user.uuid.clone(),
            project: project.clone(),
            flavor_id,
            image_id: request.image_ref.clone(),
            metadata: request.metadata.clone(),
            key_name: request.key_name.clone(),
            status: if fails { "ERROR" } else { "ACTIVE" }.to_string(),
            transition: Some(Transition::new(
                "BUILD",
                "BUILDING",
                delays.build,
                if fails { "ERROR" } else { "ACTIVE" },
            )),
            powered: true,
            created: now,
            updated: now,
        };
        docs.put(SERVER, &server.doc_id(), &server)?;
        volume::create_root_volume(
            docs,
            &user.uuid,
            &project,
            &server.doc_id(),
            flavor,
            &server.image_id,
            delays.build,
        )?;
        connect_new_server(docs, &user.uuid, &server, request.networks.as_deref())?;
        server_view(docs, &state.base_url, &server)
    })?;
    let mut view = view;
    view["adminPass"] = json!(random_password());
    Ok(json_response(StatusCode::ACCEPTED, json!({ "server": view })))
}

async fn rename_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    #[derive(Deserialize)]
    struct Rename {
        name: String,
    }
    let rename: Rename = parse_wrapped(&body, "server")?;
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.name = rename.name.clone();
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn delete_server(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let delay = Delays::of(&state).action;
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        let status = server.status_now();
        if status == "DELETED" || server.status == "DELETED" {
            return Err(Fault::not_found(format!("Server {id} not found")));
        }
        for port in network::server_ports(docs, &id)? {
            network::delete_port(docs, &port)?;
        }
        volume::release_server_volumes(docs, &id, delay)?;
        let flavor = server.flavor()?;
        for (resource, amount) in creation_charges(flavor) {
            let powered_only = resource == "cyclades.cpu" || resource == "cyclades.ram";
            // The root volume gave its disk back on its own.
            if resource == "cyclades.disk" || (powered_only && !server.powered) {
                continue;
            }
            charge(docs, &user.uuid, &server.project, resource, -amount)?;
        }
        server.powered = false;
        server.transition = Some(Transition::new(&status, "DESTROYING", delay, "DELETED"));
        server.status = "DELETED".to_string();
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Checks that the server is settled in `required` before an action.
fn require_status(server: &ServerDoc, required: &str, action: &str) -> Result<(), Fault> {
    if let Some(transition) = running(&server.transition) {
        return Err(busy(server, transition));
    }
    let status = server.status_now();
    if status == "DELETED" {
        return Err(Fault::not_found(format!("Server {} not found", server.id)));
    }
    if status != required {
        return Err(Fault::conflict(format!(
            "Cannot {action} server {} while it is {status}; it must be {required}",
            server.id
        )));
    }
    Ok(())
}

fn powered_charges(flavor: &Flavor) -> [(&'static str, i64); 2] {
    [("cyclades.cpu", i64::from(flavor.vcpus)), ("cyclades.ram", i64::from(flavor.ram_mib) * MIB)]
}

/// Runs one action, whose transition takes `delay`; returns the response body, if the
/// action has one.
fn run_action(
    docs: &Docs<'_>,
    user: &str,
    id: &str,
    name: &str,
    args: &Value,
    delay: Duration,
) -> Result<Option<Value>, Fault> {
    let mut server = load_server(docs, user, id)?;
    let flavor = server.flavor()?;
    let mut body = None;
    match name {
        "start" | "os-start" => {
            require_status(&server, "STOPPED", "start")?;
            for (resource, amount) in powered_charges(flavor) {
                charge(docs, user, &server.project, resource, amount)?;
            }
            server.powered = true;
            server.transition = Some(Transition::new("STOPPED", "STARTING", delay, "ACTIVE"));
            server.status = "ACTIVE".to_string();
        }
        "shutdown" | "os-stop" => {
            require_status(&server, "ACTIVE", "shut down")?;
            for (resource, amount) in powered_charges(flavor) {
                charge(docs, user, &server.project, resource, -amount)?;
            }
            server.powered = false;
            server.transition = Some(Transition::new("ACTIVE", "STOPPING", delay, "STOPPED"));
            server.status = "STOPPED".to_string();
        }
        "reboot" => {
            let kind = args["type"].as_str().unwrap_or("SOFT");
            if kind != "SOFT" && kind != "HARD" {
                return Err(Fault::bad_request(format!("Invalid reboot type {kind}; use SOFT or HARD")));
            }
            require_status(&server, "ACTIVE", "reboot")?;
            server.transition = Some(Transition::new("REBOOT", "REBOOTING", delay, "ACTIVE"));
        }
        "resize" => {
            let target = id_text(&args["flavorRef"])
                .and_then(|text| text.parse::<u64>().ok())
                .ok_or_else(|| Fault::bad_request("Missing or invalid `flavorRef`"))?;
            let target =
                find_flavor(target).ok_or_else(|| Fault::not_found(format!("Flavor {target} not found")))?;
            require_status(&server, "STOPPED", "resize")?;
            if target.disk_template != flavor.disk_template || target.disk_gib != flavor.disk_gib {
                return Err(Fault::bad_request(format!(
                    "Cannot resize to flavor {}: its disk ({} GiB {}) differs from the server's ({} GiB {})",
                    target.id, target.disk_gib, target.disk_template, flavor.disk_gib, flavor.disk_template
                )));
            }
            let cpu = i64::from(target.vcpus) - i64::from(flavor.vcpus);
            let ram = (i64::from(target.ram_mib) - i64::from(flavor.ram_mib)) * MIB;
            charge(docs, user, &server.project, "cyclades.total_cpu", cpu)?;
            charge(docs, user, &server.project, "cyclades.total_ram", ram)?;
            server.flavor_id = target.id;
        }
        "reassign" => {
            let project = args["project"]
                .as_str()
                .ok_or_else(|| Fault::bad_request("Missing `project` in reassign"))?
                .to_string();
            require_status(&server, "STOPPED", "reassign")?;
            for (resource, amount) in creation_charges(flavor) {
                let powered_only = resource == "cyclades.cpu" || resource == "cyclades.ram";
                if resource == "cyclades.disk" || powered_only {
                    continue;
                }
                move_usage(docs, user, &server.project, &project, resource, amount)?;
            }
            volume::reassign_root_volume(docs, id, &project)?;
            server.project = project;
            body = Some(Value::Null);
        }
        "console" => {
            let kind = args["type"].as_str().unwrap_or("vnc");
            if !["vnc", "vnc-ws", "vnc-wss"].contains(&kind) {
                return Err(Fault::bad_request(format!("Invalid console type {kind}")));
            }
            require_status(&server, "ACTIVE", "open a console on")?;
            let port = 5900 + (server.id % 1000);
            body = Some(
                json!({"console": {"type": kind, "host": "127.0.0.1", "port": port, "password": random_password()}}),
            );
        }
        other => return Err(Fault::bad_request(format!("Unknown or unsupported server action `{other}`"))),
    }
    server.updated = Utc::now();
    docs.put(SERVER, id, &server)?;
    Ok(body)
}

async fn server_action(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let action: Map<String, Value> = serde_json::from_slice(&body)
        .map_err(|err| Fault::bad_request(format!("Invalid JSON data: {err}")))?;
    let (name, args) = match action.iter().next() {
        Some((name, args)) if action.len() == 1 => (name.clone(), args.clone()),
        _ => return Err(Fault::bad_request("An action body holds exactly one action")),
    };
    let delay = Delays::of(&state).action;
    let response = state.store.transaction(|docs| run_action(docs, &user.uuid, &id, &name, &args, delay))?;
    Ok(match response {
        Some(Value::Null) => StatusCode::OK.into_response(),
        Some(body) => json_response(StatusCode::OK, body),
        None => StatusCode::ACCEPTED.into_response(),
    })
}

async fn server_ips(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let view = state
        .store
        .transaction(|docs| server_view(docs, &state.base_url, &load_server(docs, &user.uuid, &id)?))?;
    Ok(json_response(
        StatusCode::OK,
        json!({"addresses": view["addresses"], "attachments": view["attachments"]}),
    ))
}

/// The graphs the stats service draws for a server, by the name of their URL segment.
const STATS_GRAPHS: [(&str, &str); 4] =
    [("cpuBar", "cpu-bar"), ("cpuTimeSeries", "cpu-ts"), ("netBar", "net-bar"), ("netTimeSeries", "net-ts")];

async fn server_stats(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    let mut stats = Map::new();
    stats.insert("serverRef".into(), json!(server.id));
    stats.insert("refresh".into(), json!(60));
    for (field, graph) in STATS_GRAPHS {
        stats.insert(field.into(), json!(format!("{}/stats/v1.0/{graph}/{}", state.base_url, server.id)));
    }
    Ok(json_response(StatusCode::OK, json!({ "stats": stats })))
}

/// A small SVG bar or sparkline standing in for the stats service's graphs: load derived
/// from the server id and the minute, so it changes over time like a real one.
async fn stats_graph(Path((graph, id)): Path<(String, u64)>) -> Result<Response, Fault> {
    if !STATS_GRAPHS.iter().any(|(_, name)| *name == graph) {
        return Err(Fault::not_found(format!("No graph named {graph}")));
    }
    let minute = u64::try_from(Utc::now().timestamp() / 60).unwrap_or_default();
    let load = |step: u64| (id.wrapping_mul(37).wrapping_add((minute + step).wrapping_mul(11))) % 100;
    let shapes = if graph.ends_with("-bar") {
        format!(r##"<rect x="0" y="0" width="{}" height="20" fill="#4a90d9"/>"##, load(0))
    } else {
        let points: Vec<String> =
            (0..10).map(|step| format!("{},{}", step * 11, 20 - load(step) / 5)).collect();
        format!(r##"<polyline points="{}" fill="none" stroke="#4a90d9"/>"##, points.join(" "))
    };
    let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20">{shapes}</svg>"#);
    Ok(([(axum::http::header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

// ---------------------------------------------------------------------------------------
// Server metadata
// ---------------------------------------------------------------------------------------

async fn list_metadata(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "metadata": server.metadata })))
}

async fn update_metadata(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    let changes: BTreeMap<String, String> = parse_wrapped(&body, "metadata")?;
    let metadata = state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.metadata.extend(changes.clone());
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)?;
        Ok(server.metadata)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "metadata": metadata })))
}

async fn show_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let server = state.store.transaction(|docs| load_server(docs, &user.uuid, &id))?;
    let value =
        server.metadata.get(&key).ok_or_else(|| Fault::not_found(format!("Metadata key {key} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "meta": { key.clone(): value } })))
}

async fn put_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, Fault> {
    let meta: BTreeMap<String, String> = parse_wrapped(&body, "meta")?;
    let value = match meta.get(&key) {
        Some(value) if meta.len() == 1 => value.clone(),
        _ => return Err(Fault::bad_request(format!("The body must set exactly the key {key}"))),
    };
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        server.metadata.insert(key.clone(), value.clone());
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(json_response(StatusCode::CREATED, json!({ "meta": { key: value } })))
}

async fn delete_metadata_item(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let mut server = load_server(docs, &user.uuid, &id)?;
        if server.metadata.remove(&key).is_none() {
            return Err(Fault::not_found(format!("Metadata key {key} not found")));
        }
        server.updated = Utc::now();
        docs.put(SERVER, &id, &server)
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---------------------------------------------------------------------------------------
// Volume attachments
// ---------------------------------------------------------------------------------------

async fn list_attachments(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let attachments = state.store.transaction(|docs| {
        load_server(docs, &user.uuid, &id)?;
        Ok(volume::server_volumes(docs, &id)?.iter().map(volume::attachment_view).collect::<Vec<_>>())
    })?;
    Ok(json_response(StatusCode::OK, json!({ "volumeAttachments": attachments })))
}

async fn show_attachment(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, volume_id)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let attachment = state.store.transaction(|docs| {
        load_server(docs, &user.uuid, &id)?;
        volume::server_volumes(docs, &id)?
            .iter()
            .find(|volume| volume.id == volume_id)
            .map(volume::attachment_view)
            .ok_or_else(|| Fault::not_found(format!("Volume {volume_id} is not attached to server {id}")))
    })?;
    Ok(json_response(StatusCode::OK, json!({ "volumeAttachment": attachment })))
}

async fn attach_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Fault> {
    #[derive(Deserialize)]
    struct Attach {
        #[serde(rename = "volumeId")]
        volume_id: Value,
    }
    let attach: Attach = parse_wrapped(&body, "volumeAttachment")?;
    let volume_id = id_text(&attach.volume_id).ok_or_else(|| Fault::bad_request("Invalid `volumeId`"))?;
    let attachment = state.store.transaction(|docs| {
        let server = pluggable_server(docs, &user.uuid, &id)?;
        let template = server.flavor()?.disk_template;
        let delay = Delays::of(&state).action;
        Ok(volume::attachment_view(&volume::attach(docs, &user.uuid, &id, template, &volume_id, delay)?))
    })?;
    Ok(json_response(StatusCode::ACCEPTED, json!({ "volumeAttachment": attachment })))
}

async fn detach_volume(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, volume_id)): Path<(String, String)>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        pluggable_server(docs, &user.uuid, &id)?;
        volume::detach(docs, &user.uuid, &id, &volume_id, Delays::of(&state).action)
    })?;
    Ok(StatusCode::ACCEPTED.into_response())
}

// ---------------------------------------------------------------------------------------
// Flavors and images
// ---------------------------------------------------------------------------------------

async fn list_flavors(State(state): State<Arc<SandboxState>>, _: User) -> Result<Response, Fault> {
    let items: Vec<Value> =
        FLAVORS
            .iter()
            .map(|flavor| json!({"id": flavor.id, "name": flavor.name(), "links": links(&state.base_url, "flavors", &flavor.id)}))
            .collect();
    Ok(json_response(StatusCode::OK, json!({ "flavors": items })))
}

async fn list_flavors_detail(State(state): State<Arc<SandboxState>>, _: User) -> Result<Response, Fault> {
    let items: Vec<Value> = FLAVORS.iter().map(|flavor| flavor_view(&state.base_url, flavor)).collect();
    Ok(json_response(StatusCode::OK, json!({ "flavors": items })))
}

async fn show_flavor(
    State(state): State<Arc<SandboxState>>,
    _: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let flavor = id
        .parse()
        .ok()
        .and_then(find_flavor)
        .ok_or_else(|| Fault::not_found(format!("Flavor {id} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "flavor": flavor_view(&state.base_url, flavor) })))
}

async fn list_images(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let images = state.store.transaction(|docs| visible_images(docs, &user.uuid))?;
    let items: Vec<Value> = images
        .iter()
        .map(|image| json!({"id": image.id, "name": image.name, "links": links(&state.base_url, "images", &image.id)}))
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "images": items })))
}

async fn list_images_detail(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let images = state.store.transaction(|docs| visible_images(docs, &user.uuid))?;
    let items: Vec<Value> = images.iter().map(|image| image_view(&state.base_url, image)).collect();
    Ok(json_response(StatusCode::OK, json!({ "images": items })))
}

async fn show_image(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let image = state.store.transaction(|docs| find_image(docs, &user.uuid, &id))?;
    Ok(json_response(StatusCode::OK, json!({ "image": image_view(&state.base_url, &image) })))
}

// ---------------------------------------------------------------------------------------
// Key pairs
// ---------------------------------------------------------------------------------------

fn keypair_id(user: &str, name: &str) -> String {
    format!("{user}/{name}")
}

fn keypair_view(keypair: &KeypairDoc) -> Value {
    json!({
        "name": keypair.name,
        "public_key": keypair.public_key,
        "fingerprint": keypair.fingerprint,
        "user_id": keypair.user_id,
        "created_at": timestamp(keypair.created),
        "updated_at": timestamp(keypair.created),
        "deleted": false,
        "deleted_at": null,
    })
}

/// OpenStack's key fingerprint: the colon-separated MD5 of the key blob.
fn fingerprint(public_key: &ssh_key::PublicKey) -> Result<String, Fault> {
    use md5::Digest;
    let blob =
        public_key.to_bytes().map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?;
    let digest = md5::Md5::digest(&blob);
    Ok(digest.iter().map(|byte| format!("{byte:02x}")).collect::<Vec<_>>().join(":"))
}

async fn list_keypairs(State(state): State<Arc<SandboxState>>, user: User) -> Result<Response, Fault> {
    let keypairs = state.store.list::<KeypairDoc>(KEYPAIR)?;
    let items: Vec<Value> = keypairs
        .iter()
        .filter(|keypair| keypair.user_id == user.uuid)
        .map(|keypair| {
            json!({"keypair": {"name": keypair.name, "public_key": keypair.public_key, "fingerprint": keypair.fingerprint}})
        })
        .collect();
    Ok(json_response(StatusCode::OK, json!({ "keypairs": items })))
}

async fn show_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(name): Path<String>,
) -> Result<Response, Fault> {
    let keypair = state
        .store
        .get::<KeypairDoc>(KEYPAIR, &keypair_id(&user.uuid, &name))?
        .ok_or_else(|| Fault::not_found(format!("Keypair {name} not found")))?;
    Ok(json_response(StatusCode::OK, json!({ "keypair": keypair_view(&keypair) })))
}

#[derive(Deserialize)]
struct KeypairCreate {
    name: String,
    public_key: Option<String>,
}

/// A new ed25519 key pair in OpenSSH format: (private key, public key).
fn generate_keypair(comment: &str) -> Result<(String, ssh_key::PublicKey), Fault> {
    let internal =
        |err: ssh_key::Error| Fault::new(500, "internalServerError", format!("key generation: {err}"));
    let seed: [u8; 32] = rand::random();
    let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
    let keypair = ssh_key::private::Ed25519Keypair::from(signing);
    let private = ssh_key::PrivateKey::new(ssh_key::private::KeypairData::Ed25519(keypair), comment)
        .map_err(internal)?;
    let text = private.to_openssh(ssh_key::LineEnding::LF).map_err(internal)?;
    Ok((text.to_string(), private.public_key().clone()))
}

async fn create_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    body: Bytes,
) -> Result<Response, Fault> {
    let request: KeypairCreate = parse_wrapped(&body, "keypair")?;
    let valid_name = !request.name.is_empty()
        && request.name.len() <= 255
        && request.name.chars().all(|c| c.is_ascii_alphanumeric() || "-_. @".contains(c));
    if !valid_name {
        return Err(Fault::bad_request(format!(
            "Invalid keypair name `{}`: use letters, digits, spaces and `-_.@`",
            request.name
        )));
    }
    let (private_key, public_key) = match &request.public_key {
        Some(text) => {
            let key = ssh_key::PublicKey::from_openssh(text.trim())
                .map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?;
            (None, key)
        }
        None => {
            let (private, public) = generate_keypair(&request.name)?;
            (Some(private), public)
        }
    };
    let keypair = KeypairDoc {
        name: request.name.clone(),
        user_id: user.uuid.clone(),
        public_key: public_key
            .to_openssh()
            .map_err(|err| Fault::bad_request(format!("Invalid public key: {err}")))?,
        fingerprint: fingerprint(&public_key)?,
        created: Utc::now(),
    };
    state.store.transaction(|docs| {
        let id = keypair_id(&user.uuid, &keypair.name);
        if docs.get::<KeypairDoc>(KEYPAIR, &id)?.is_some() {
            return Err(Fault::conflict(format!("Key pair '{}' already exists.", keypair.name)));
        }
        docs.put(KEYPAIR, &id, &keypair)
    })?;
    let mut view = keypair_view(&keypair);
    if let Some(private_key) = private_key {
        view["private_key"] = json!(private_key);
    }
    Ok(json_response(StatusCode::CREATED, json!({ "keypair": view })))
}

async fn delete_keypair(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(name): Path<String>,
) -> Result<Response, Fault> {
    let existed = state.store.delete(KEYPAIR, &keypair_id(&user.uuid, &name))?;
    if !existed {
        return Err(Fault::not_found(format!("Keypair {name} not found")));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flavor_names_follow_synnefo_convention() {
        assert_eq!(FLAVORS[2].name(), "C2R2048D20drbd");
        assert!(FLAVORS.iter().any(|f| f.vcpus == 2 && f.ram_mib == 2048 && f.disk_gib == 20));
    }

    #[test]
    fn a_server_charges_every_compute_resource() {
        let charges = creation_charges(&FLAVORS[2]);
        let get = |name: &str| charges.iter().find(|(r, _)| *r == name).map(|(_, a)| *a);
        assert_eq!(get("cyclades.vm"), Some(1));
        assert_eq!(get("cyclades.cpu"), Some(2));
        assert_eq!(get("cyclades.ram"), Some(2048 * MIB));
        assert_eq!(get("cyclades.disk"), Some(20 * GIB));
    }

    #[test]
    fn generated_keys_parse_and_fingerprint() {
        let (private, public) = generate_keypair("test").expect("generates");
        assert!(private.contains("OPENSSH PRIVATE KEY"));
        let fp = fingerprint(&public).expect("fingerprints");
        assert_eq!(fp.split(':').count(), 16);
    }
}
