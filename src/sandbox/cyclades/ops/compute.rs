//! A server's life: its creation (charges, root volume, ports), its actions (power,
//! resize, reassign, console), its deletion (ports, addresses, volumes, refunds), and the
//! checks other services make before plugging something into it.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::time::Duration;

use base64::Engine;
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::network::{PortRequest, create_port, delete_port, reserve_floating_ip};
use super::volume::{create_root_volume, reassign_root_volume, release_server_volumes};
use super::{charge, move_usage};
use crate::sandbox::cyclades::http::{id_text, parse_address};
use crate::sandbox::cyclades::model::{
    Delays, Flavor, GIB, MIB, SERVER, ServerDoc, Transition, find_flavor, load_network, load_server,
    public_pool_network, running, server_ports,
};
use crate::sandbox::{Docs, Fault};

/// The metadata key that makes a server fail its build, for testing error handling.
const FAIL_BUILD_KEY: &str = "sandbox:fail";

/// A server that can be plugged into (ACTIVE or STOPPED, and not busy).
pub(crate) fn pluggable_server(docs: &Docs<'_>, user: &str, id: &str) -> Result<ServerDoc, Fault> {
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
pub(crate) fn server_accepting_port(docs: &Docs<'_>, user: &str, id: &str) -> Result<String, Fault> {
    Ok(pluggable_server(docs, user, id)?.project)
}

/// Checks that a volume may be plugged into the server; returns its disk template.
pub(crate) fn server_accepting_volume(docs: &Docs<'_>, user: &str, id: &str) -> Result<String, Fault> {
    let server = pluggable_server(docs, user, id)?;
    Ok(server.flavor()?.disk_template.to_string())
}

fn busy(server: &ServerDoc, transition: &Transition) -> Fault {
    if transition.task == "BUILDING" {
        return Fault::new(409, "buildInProgress", format!("Server {} is still building", server.id));
    }
    Fault::conflict(format!("Server {} is busy ({}); wait for it to finish", server.id, transition.task))
}

/// A password as Synnefo hands out for a new server or a console.
pub(crate) fn random_password() -> String {
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

fn powered_charges(flavor: &Flavor) -> [(&'static str, i64); 2] {
    [("cyclades.cpu", i64::from(flavor.vcpus)), ("cyclades.ram", i64::from(flavor.ram_mib) * MIB)]
}

// ---------------------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------------------

/// One entry of a new server's `networks`.
#[derive(Deserialize)]
pub(crate) struct NetworkRequest {
    uuid: Option<Value>,
    fixed_ip: Option<String>,
    port: Option<String>,
}

/// What a new server is, once its request has been checked.
pub(crate) struct NewServer<'a> {
    pub name: &'a str,
    pub project: &'a str,
    pub flavor: &'static Flavor,
    pub image_id: &'a str,
    pub metadata: &'a BTreeMap<String, String>,
    pub key_name: Option<&'a str>,
    /// `None` for the default policy: the public network with a fresh floating IP.
    pub networks: Option<&'a [NetworkRequest]>,
}

/// Creates a server building for `delays.build`, charging its quota, with its root volume
/// and its ports.
pub(crate) fn create_server(
    docs: &Docs<'_>,
    user: &str,
    new: &NewServer<'_>,
    delays: Delays,
) -> Result<ServerDoc, Fault> {
    for (resource, amount) in creation_charges(new.flavor) {
        charge(docs, user, new.project, resource, amount)?;
    }
    let fails = new.metadata.get(FAIL_BUILD_KEY).is_some_and(|what| what == "build");
    let settled = if fails { "ERROR" } else { "ACTIVE" };
    let now = Utc::now();
    let server = ServerDoc {
        id: docs.next_id(SERVER)?,
        name: new.name.to_string(),
        user_id: user.to_string(),
        project: new.project.to_string(),
        flavor_id: new.flavor.id,
        image_id: new.image_id.to_string(),
        metadata: new.metadata.clone(),
        key_name: new.key_name.map(str::to_string),
        status: settled.to_string(),
        transition: Some(Transition::new("BUILD", "BUILDING", delays.build, settled)),
        powered: true,
        created: now,
        updated: now,
    };
    docs.put(SERVER, &server.doc_id(), &server)?;
    create_root_volume(
        docs,
        user,
        new.project,
        &server.doc_id(),
        new.flavor,
        &server.image_id,
        delays.build,
    )?;
    connect_new_server(docs, user, &server, new.networks)?;
    Ok(server)
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
                    Some(text) => Some(parse_address(text, "fixed_ip")?),
                    None => None,
                };
                Ok((Some(network), address))
            })
            .collect::<Result<_, Fault>>()?,
    };
    for (network_id, address) in requests {
        let network = match &network_id {
            Some(id) => load_network(docs, user, id)?,
            None => public_pool_network(docs)?,
        };
        let address = if network.public && address.is_none() {
            let ip = reserve_floating_ip(docs, user, &server.project, Some(&network.id), None, true)?;
            Some(
                ip.address
                    .parse::<Ipv4Addr>()
                    .map_err(|_| Fault::new(500, "internalServerError", "bad address"))?,
            )
        } else {
            address
        };
        create_port(
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

// ---------------------------------------------------------------------------------------
// Deletion
// ---------------------------------------------------------------------------------------

/// Deletes a server, destroying for `delay`: its ports go (with the floating IPs its
/// default policy reserved), its volumes are released, its quota refunded.
pub(crate) fn delete_server(docs: &Docs<'_>, user: &str, id: &str, delay: Duration) -> Result<(), Fault> {
    let mut server = load_server(docs, user, id)?;
    let status = server.status_now();
    if status == "DELETED" || server.status == "DELETED" {
        return Err(Fault::not_found(format!("Server {id} not found")));
    }
    for port in server_ports(docs, id)? {
        delete_port(docs, &port)?;
    }
    release_server_volumes(docs, id, delay)?;
    let flavor = server.flavor()?;
    for (resource, amount) in creation_charges(flavor) {
        let powered_only = resource == "cyclades.cpu" || resource == "cyclades.ram";
        // The root volume gave its disk back on its own.
        if resource == "cyclades.disk" || (powered_only && !server.powered) {
            continue;
        }
        charge(docs, user, &server.project, resource, -amount)?;
    }
    server.powered = false;
    server.transition = Some(Transition::new(&status, "DESTROYING", delay, "DELETED"));
    server.status = "DELETED".to_string();
    server.updated = Utc::now();
    docs.put(SERVER, id, &server)
}

// ---------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------

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

/// Runs one action, whose transition takes `delay`; returns the response body, if the
/// action has one (`Value::Null` for an empty 200).
pub(crate) fn run_action(
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
            reassign_root_volume(docs, id, &project)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::cyclades::model::FLAVORS;

    #[test]
    fn a_server_charges_every_compute_resource() {
        let charges = creation_charges(&FLAVORS[2]);
        let get = |name: &str| charges.iter().find(|(r, _)| *r == name).map(|(_, a)| *a);
        assert_eq!(get("cyclades.vm"), Some(1));
        assert_eq!(get("cyclades.cpu"), Some(2));
        assert_eq!(get("cyclades.ram"), Some(2048 * MIB));
        assert_eq!(get("cyclades.disk"), Some(20 * GIB));
    }
}
