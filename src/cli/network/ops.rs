//! The `network` commands: networks, subnets, ports and floating IPs.

use serde_json::{Value, json};

use super::{IpCommand, PortCommand, SubnetCommand};
use crate::cli::cyclades::{project_hint, resolve_network, resolve_server, wait_port};
use crate::cli::wait::WaitArgs;
use crate::clients::cyclades::network::{PortSpec, SubnetSpec};
use crate::clients::cyclades::{Cyclades, WaitFor, id_of};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

const NETWORK_COLUMNS: [&str; 6] = ["id", "name", "type", "public", "cidr", "project"];
const SUBNET_COLUMNS: [&str; 5] = ["id", "name", "network_id", "cidr", "gateway_ip"];
const PORT_COLUMNS: [&str; 6] = ["id", "network_id", "device_id", "ip", "mac_address", "status"];
const IP_COLUMNS: [&str; 5] = ["id", "floating_ip_address", "instance_id", "port_id", "project"];

pub(super) async fn list(cyclades: &Cyclades, long: bool) -> Result<Output> {
    let networks = cyclades.network.list_networks().await?;
    let subnets = cyclades.network.list_subnets().await?;
    let cidr_of = |network: &Value| {
        let ids: Vec<String> = network["subnets"].as_array().into_iter().flatten().map(id_of).collect();
        subnets
            .iter()
            .filter(|subnet| ids.contains(&id_of(&subnet["id"])))
            .filter_map(|subnet| subnet["cidr"].as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = networks
        .iter()
        .map(|network| {
            json!({
                "id": network["id"], "name": network["name"], "type": network["type"],
                "public": network["public"], "cidr": cidr_of(network), "project": network["tenant_id"],
            })
        })
        .collect();
    Ok(Output::list(networks, &NETWORK_COLUMNS).with_table_rows(rows).long(long))
}

pub(super) async fn info(cyclades: &Cyclades, wanted: &str) -> Result<Output> {
    Ok(Output::object(resolve_network(cyclades, wanted).await?))
}

pub(super) async fn create(
    cyclades: &Cyclades,
    name: &str,
    network_type: &str,
    project: Option<&str>,
) -> Result<Output> {
    let network = cyclades
        .network
        .create_network(name, network_type, project)
        .await
        .map_err(|err| project_hint(err, project));
    let network = network.map_err(|err| {
        if err.status() == Some(413) {
            err.hint("no private networks left in this project: see `kamaki server quota`")
        } else {
            err
        }
    })?;
    Ok(Output::object(network))
}

pub(super) async fn delete(cyclades: &Cyclades, wanted: &[String]) -> Result<Output> {
    let mut results = Vec::new();
    for name in wanted {
        let network = resolve_network(cyclades, name).await?;
        let id = id_of(&network["id"]);
        cyclades.network.delete_network(&id).await.map_err(|err| {
            if err.status() == Some(409) {
                err.hint(format!(
                    "servers are still connected: find them with `kamaki network port list` and run \
                     `kamaki network disconnect SERVER {id}`"
                ))
            } else {
                err
            }
        })?;
        results.push(json!({"id": id, "name": network["name"], "status": "deleted"}));
    }
    Ok(Output::list(results, &["id", "name", "status"]))
}

pub(super) async fn rename(cyclades: &Cyclades, wanted: &str, name: &str) -> Result<Output> {
    let id = id_of(&resolve_network(cyclades, wanted).await?["id"]);
    Ok(Output::object(cyclades.network.rename_network(&id, name).await?))
}

pub(super) async fn reassign(cyclades: &Cyclades, wanted: &str, project: &str) -> Result<Output> {
    let id = id_of(&resolve_network(cyclades, wanted).await?["id"]);
    cyclades.network.reassign_network(&id, project).await.map_err(|err| project_hint(err, Some(project)))?;
    Ok(Output::object(cyclades.network.get_network(&id).await?))
}

/// A port in tables: its first address in a column of its own.
fn port_row(port: &Value) -> Value {
    let mut row = port.clone();
    row["ip"] = port["fixed_ips"][0]["ip_address"].clone();
    row
}

async fn create_port(ctx: &Context, cyclades: &Cyclades, spec: PortSpec, wait: &WaitArgs) -> Result<Value> {
    let port = match cyclades.network.create_port(&spec).await {
        Ok(port) => port,
        Err(err) if err.status() == Some(400) && spec.ip_address.is_none() => {
            // Only worth a lookup when it failed: a port on a public network needs an
            // address the user has reserved.
            let public = cyclades.network.get_network(&spec.network_id).await.ok().is_some_and(|network| {
                network["router:external"].as_bool() == Some(true)
                    || network["public"].as_bool() == Some(true)
            });
            return Err(if public {
                err.hint("reserve an address with `kamaki network ip reserve`, then pass it with `--ip`")
            } else {
                err
            });
        }
        Err(err) => return Err(err),
    };
    if !wait.enabled() {
        return Ok(port);
    }
    let id = id_of(&port["id"]);
    wait_port(ctx, cyclades, &id, &WaitFor::Until("ACTIVE".into()), wait).await
}

async fn delete_port(ctx: &Context, cyclades: &Cyclades, id: &str, wait: &WaitArgs) -> Result<()> {
    cyclades.network.delete_port(id).await?;
    if wait.enabled() {
        wait_port(ctx, cyclades, id, &WaitFor::Until("DELETED".into()), wait).await?;
    }
    Ok(())
}

pub(super) async fn connect(
    ctx: &Context,
    cyclades: &Cyclades,
    server: &str,
    network: &str,
    ip: Option<&str>,
    wait: &WaitArgs,
) -> Result<Output> {
    let server = resolve_server(cyclades, server).await?;
    let network = resolve_network(cyclades, network).await?;
    let spec = PortSpec {
        network_id: id_of(&network["id"]),
        device_id: Some(id_of(&server["id"])),
        name: None,
        ip_address: ip.map(str::to_string),
    };
    let port = create_port(ctx, cyclades, spec, wait).await?;
    Ok(Output::object(port))
}

pub(super) async fn disconnect(
    ctx: &Context,
    cyclades: &Cyclades,
    server: &str,
    network: &str,
    wait: &WaitArgs,
) -> Result<Output> {
    let server = resolve_server(cyclades, server).await?;
    let network = resolve_network(cyclades, network).await?;
    let (server_id, network_id) = (id_of(&server["id"]), id_of(&network["id"]));
    let ports: Vec<String> = server["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|nic| id_of(&nic["network_id"]) == network_id)
        .map(|nic| id_of(&nic["id"]))
        .collect();
    if ports.is_empty() {
        return Err(Error::not_found(format!("server {server_id} is not connected to network {network_id}"))
            .hint(format!("`kamaki server info {server_id}` shows its connections")));
    }
    let mut results = Vec::new();
    for port in ports {
        delete_port(ctx, cyclades, &port, wait).await?;
        results
            .push(json!({"id": port, "network_id": network_id, "device_id": server_id, "status": "deleted"}));
    }
    Ok(Output::list(results, &["id", "network_id", "device_id", "status"]))
}

pub(super) async fn subnet(cyclades: &Cyclades, command: SubnetCommand) -> Result<Output> {
    match command {
        SubnetCommand::List => Ok(Output::list(cyclades.network.list_subnets().await?, &SUBNET_COLUMNS)),
        SubnetCommand::Info { id } => Ok(Output::object(cyclades.network.get_subnet(&id).await?)),
        SubnetCommand::Create(args) => {
            check_cidr(&args.cidr)?;
            let network = resolve_network(cyclades, &args.network).await?;
            let gateway = match (args.no_gateway, args.gateway) {
                (true, _) => Some(None),
                (false, Some(gateway)) => Some(Some(gateway)),
                (false, None) => None,
            };
            let spec = SubnetSpec {
                network_id: id_of(&network["id"]),
                cidr: args.cidr.clone(),
                name: args.name,
                gateway,
                dhcp: !args.no_dhcp,
            };
            let subnet = cyclades.network.create_subnet(&spec).await?;
            Ok(Output::object(subnet))
        }
    }
}

pub(super) async fn port(ctx: &Context, cyclades: &Cyclades, command: PortCommand) -> Result<Output> {
    match command {
        PortCommand::List => {
            let ports = cyclades.network.list_ports().await?;
            let rows = ports.iter().map(port_row).collect();
            Ok(Output::list(ports, &PORT_COLUMNS).with_table_rows(rows))
        }
        PortCommand::Info { id } => Ok(Output::object(cyclades.network.get_port(&id).await?)),
        PortCommand::Create { network, server, ip, name, wait } => {
            let server = resolve_server(cyclades, &server).await?;
            let network = resolve_network(cyclades, &network).await?;
            let spec = PortSpec {
                network_id: id_of(&network["id"]),
                device_id: Some(id_of(&server["id"])),
                name,
                ip_address: ip,
            };
            Ok(Output::object(create_port(ctx, cyclades, spec, &wait).await?))
        }
        PortCommand::Delete { ids, wait } => {
            for id in &ids {
                delete_port(ctx, cyclades, id, &wait).await?;
            }
            let rows: Vec<Value> = ids.iter().map(|id| json!({"id": id, "status": "deleted"})).collect();
            Ok(Output::list(rows, &["id", "status"]))
        }
    }
}

/// Finds one of the user's floating IPs by id or address.
async fn resolve_ip(cyclades: &Cyclades, wanted: &str) -> Result<Value> {
    let ips = cyclades.network.list_floating_ips().await?;
    ips.into_iter()
        .find(|ip| id_of(&ip["id"]) == wanted || ip["floating_ip_address"].as_str() == Some(wanted))
        .ok_or_else(|| {
            Error::not_found(format!("you have no floating IP `{wanted}`"))
                .hint("`kamaki network ip list` shows yours; `kamaki network ip reserve` gets one")
        })
}

fn ip_rows(ips: &[Value]) -> Vec<Value> {
    ips.iter()
        .map(|ip| {
            let mut row = ip.clone();
            row["project"] = ip["tenant_id"].clone();
            row
        })
        .collect()
}

pub(super) async fn ip(ctx: &Context, cyclades: &Cyclades, command: IpCommand) -> Result<Output> {
    match command {
        IpCommand::List { free } => {
            let ips: Vec<Value> = cyclades
                .network
                .list_floating_ips()
                .await?
                .into_iter()
                .filter(|ip| !free || ip["port_id"].is_null())
                .collect();
            let rows = ip_rows(&ips);
            Ok(Output::list(ips, &IP_COLUMNS).with_table_rows(rows))
        }
        IpCommand::Info { ip } => Ok(Output::object(resolve_ip(cyclades, &ip).await?)),
        IpCommand::Reserve { network, project, address } => {
            let network_id = match &network {
                Some(network) => Some(id_of(&resolve_network(cyclades, network).await?["id"])),
                None => None,
            };
            let ip = cyclades
                .network
                .create_floating_ip(network_id.as_deref(), address.as_deref(), project.as_deref())
                .await
                .map_err(|err| {
                    if err.status() == Some(413) {
                        err.hint("no floating IPs left in this project: release one (`kamaki network ip release`) or use `--project`")
                    } else {
                        err
                    }
                })?;
            Ok(Output::object(ip))
        }
        IpCommand::Release { ips } => {
            let mut results = Vec::new();
            for wanted in &ips {
                let ip = resolve_ip(cyclades, wanted).await?;
                let address = ip["floating_ip_address"].as_str().unwrap_or(wanted).to_string();
                cyclades.network.delete_floating_ip(&id_of(&ip["id"])).await.map_err(|err| {
                    if err.status() == Some(409) {
                        err.hint(format!("detach it first: `kamaki network ip detach {address}`"))
                    } else {
                        err
                    }
                })?;
                results.push(
                    json!({"id": id_of(&ip["id"]), "floating_ip_address": address, "status": "released"}),
                );
            }
            Ok(Output::list(results, &["id", "floating_ip_address", "status"]))
        }
        IpCommand::Attach { ip, server, wait } => {
            let ip = resolve_ip(cyclades, &ip).await?;
            let server = resolve_server(cyclades, &server).await?;
            if let Some(instance) = ip["instance_id"].as_str() {
                return Err(Error::conflict(format!(
                    "floating IP {} is already attached to server {instance}",
                    ip["floating_ip_address"].as_str().unwrap_or_default()
                ))
                .hint("detach it first with `kamaki network ip detach`"));
            }
            let spec = PortSpec {
                network_id: id_of(&ip["floating_network_id"]),
                device_id: Some(id_of(&server["id"])),
                name: None,
                ip_address: ip["floating_ip_address"].as_str().map(str::to_string),
            };
            create_port(ctx, cyclades, spec, &wait).await?;
            Ok(Output::object(cyclades.network.get_floating_ip(&id_of(&ip["id"])).await?))
        }
        IpCommand::Detach { ip, wait } => {
            let ip = resolve_ip(cyclades, &ip).await?;
            let Some(port) = ip["port_id"].as_str().map(str::to_string) else {
                return Err(Error::conflict(format!(
                    "floating IP {} is not attached to any server",
                    ip["floating_ip_address"].as_str().unwrap_or_default()
                )));
            };
            delete_port(ctx, cyclades, &port, &wait).await?;
            Ok(Output::object(cyclades.network.get_floating_ip(&id_of(&ip["id"])).await?))
        }
        IpCommand::Reassign { ip, project } => {
            let ip = resolve_ip(cyclades, &ip).await?;
            let id = id_of(&ip["id"]);
            cyclades
                .network
                .reassign_floating_ip(&id, &project)
                .await
                .map_err(|err| project_hint(err, Some(&project)))?;
            Ok(Output::object(cyclades.network.get_floating_ip(&id).await?))
        }
    }
}

/// Checks that a subnet range is written `ADDRESS/PREFIX` before asking the service, which
/// judges the rest (host bits, the prefix lengths it supports).
fn check_cidr(cidr: &str) -> Result<()> {
    let well_formed = cidr.split_once('/').is_some_and(|(address, prefix)| {
        match (address.parse::<std::net::IpAddr>(), prefix.parse::<u8>()) {
            (Ok(std::net::IpAddr::V4(_)), Ok(prefix)) => prefix <= 32,
            (Ok(std::net::IpAddr::V6(_)), Ok(prefix)) => prefix <= 128,
            _ => false,
        }
    });
    if well_formed {
        Ok(())
    } else {
        Err(Error::usage(format!("Invalid CIDR `{cidr}`: not a subnet range `ADDRESS/PREFIX`"))
            .hint("write the range as `ADDRESS/PREFIX` with the host bits zero, e.g. `10.0.0.0/24`"))
    }
}
