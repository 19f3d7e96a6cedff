//! Address allocation, floating IPs and ports: what the network service and a server's
//! creation and deletion share.

use std::net::Ipv4Addr;

use chrono::Utc;

use super::charge;
use crate::sandbox::cyclades::ipam::{Ipv4Cidr, first_free, mac_for_port};
use crate::sandbox::cyclades::model::{
    AllocationPool, FLOATING_IP, FixedIp, FloatingIpDoc, NETWORK, NetworkDoc, PORT, PortDoc, SUBNET,
    SubnetDoc, load_network, public_pool_network,
};
use crate::sandbox::{Docs, Fault};

const PUBLIC_CIDR: &str = "203.0.113.0/24";

/// Creates the public network and its subnet, whose allocation pool is the pool of
/// floating IPs, once per store.
pub(crate) fn seed_public_network(docs: &Docs<'_>) -> Result<(), Fault> {
    if docs.list::<NetworkDoc>(NETWORK)?.iter().any(|network| network.public) {
        return Ok(());
    }
    let cidr = Ipv4Cidr::parse(PUBLIC_CIDR).map_err(|err| Fault::new(500, "internalServerError", err))?;
    let network_id = docs.next_id(NETWORK)?.to_string();
    let subnet_id = docs.next_id(SUBNET)?.to_string();
    let now = Utc::now();
    let subnet = SubnetDoc {
        id: subnet_id.clone(),
        network_id: network_id.clone(),
        name: "public-subnet".to_string(),
        cidr: cidr.to_string(),
        gateway_ip: Some(cidr.first_host().to_string()),
        enable_dhcp: true,
        allocation_pools: vec![AllocationPool {
            start: Ipv4Addr::from(u32::from(cidr.first_host()) + 1).to_string(),
            end: cidr.last_host().to_string(),
        }],
        user_id: None,
        project: None,
        public: true,
    };
    let network = NetworkDoc {
        id: network_id.clone(),
        name: "public".to_string(),
        user_id: None,
        project: None,
        network_type: "IP_LESS_ROUTED".to_string(),
        public: true,
        floating_ip_pool: true,
        subnets: vec![subnet_id.clone()],
        created: now,
        updated: now,
    };
    docs.put(SUBNET, &subnet_id, &subnet)?;
    docs.put(NETWORK, &network_id, &network)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Address allocation
// ---------------------------------------------------------------------------------------

fn addresses_in_use(docs: &Docs<'_>, network_id: &str) -> Result<Vec<Ipv4Addr>, Fault> {
    let mut taken = Vec::new();
    for ip in docs.list::<FloatingIpDoc>(FLOATING_IP)? {
        if ip.network_id == network_id
            && let Ok(address) = ip.address.parse()
        {
            taken.push(address);
        }
    }
    for port in docs.list::<PortDoc>(PORT)? {
        if port.network_id == network_id {
            taken.extend(port.fixed_ips.iter().filter_map(|ip| ip.ip_address.parse::<Ipv4Addr>().ok()));
        }
    }
    Ok(taken)
}

fn pool_contains(subnet: &SubnetDoc, address: Ipv4Addr) -> bool {
    subnet.allocation_pools.iter().any(|pool| {
        match (pool.start.parse::<Ipv4Addr>(), pool.end.parse::<Ipv4Addr>()) {
            (Ok(start), Ok(end)) => (u32::from(start)..=u32::from(end)).contains(&u32::from(address)),
            _ => false,
        }
    })
}

/// Picks `wanted` if it is free and in a pool of the network's subnet, else the first free one.
fn allocate_address(
    docs: &Docs<'_>,
    network: &NetworkDoc,
    wanted: Option<Ipv4Addr>,
) -> Result<Option<FixedIp>, Fault> {
    let Some(subnet_id) = network.subnets.first() else {
        return match wanted {
            Some(address) => Err(Fault::bad_request(format!(
                "Network {} has no subnet to hold address {address}",
                network.id
            ))),
            None => Ok(None),
        };
    };
    let subnet = docs
        .get::<SubnetDoc>(SUBNET, subnet_id)?
        .ok_or_else(|| Fault::not_found(format!("Subnet {subnet_id} not found")))?;
    let taken = addresses_in_use(docs, &network.id)?;
    let address = match wanted {
        Some(address) => {
            if !pool_contains(&subnet, address) {
                return Err(Fault::bad_request(format!(
                    "IP address {address} is not in the allocation pools of subnet {} ({})",
                    subnet.id, subnet.cidr
                )));
            }
            if taken.contains(&address) {
                return Err(Fault::conflict(format!("IP address {address} is already in use")));
            }
            address
        }
        None => subnet
            .allocation_pools
            .iter()
            .filter_map(|pool| Some((pool.start.parse().ok()?, pool.end.parse().ok()?)))
            .find_map(|(start, end)| first_free(start, end, &taken))
            .ok_or_else(|| {
                Fault::conflict(format!("No more IP addresses available on network {}", network.id))
            })?,
    };
    Ok(Some(FixedIp { ip_address: address.to_string(), subnet: subnet.id }))
}

// ---------------------------------------------------------------------------------------
// Floating IPs and ports
// ---------------------------------------------------------------------------------------

/// Reserves a floating IP from the public pool for `project`, charging `cyclades.floating_ip`.
pub(crate) fn reserve_floating_ip(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    network_id: Option<&str>,
    wanted: Option<Ipv4Addr>,
    released_with_port: bool,
) -> Result<FloatingIpDoc, Fault> {
    let network = match network_id {
        Some(id) => {
            let network = load_network(docs, user, id)?;
            if !network.floating_ip_pool {
                return Err(Fault::bad_request(format!("Network {id} is not a floating IP pool")));
            }
            network
        }
        None => public_pool_network(docs)?,
    };
    let fixed = allocate_address(docs, &network, wanted)?
        .ok_or_else(|| Fault::conflict(format!("Network {} has no subnet to allocate from", network.id)))?;
    charge(docs, user, project, "cyclades.floating_ip", 1)?;
    let id = docs.next_id(FLOATING_IP)?.to_string();
    let ip = FloatingIpDoc {
        id: id.clone(),
        address: fixed.ip_address,
        network_id: network.id,
        port_id: None,
        instance_id: None,
        user_id: user.to_string(),
        project: project.to_string(),
        released_with_port,
        created: Utc::now(),
    };
    docs.put(FLOATING_IP, &id, &ip)?;
    Ok(ip)
}

/// Gives a floating IP back to the pool, refunding its quota; one still on a port stays.
pub(crate) fn release_floating_ip(docs: &Docs<'_>, ip: &FloatingIpDoc) -> Result<(), Fault> {
    if let Some(port) = &ip.port_id {
        let server = ip.instance_id.as_deref().unwrap_or("-");
        return Err(Fault::conflict(format!(
            "Floating IP {} is attached to server {server} through port {port}; detach it first",
            ip.address
        )));
    }
    docs.delete(FLOATING_IP, &ip.id)?;
    charge(docs, &ip.user_id, &ip.project, "cyclades.floating_ip", -1)
}

/// What a new port asks for.
pub(crate) struct PortRequest {
    pub network_id: String,
    pub device_id: Option<String>,
    pub name: String,
    pub address: Option<Ipv4Addr>,
    pub project: String,
}

/// Creates a port. On the public network the address must be one of the user's free
/// floating IPs; on a private network it is allocated from the subnet.
pub(crate) fn create_port(docs: &Docs<'_>, user: &str, request: PortRequest) -> Result<PortDoc, Fault> {
    let network = load_network(docs, user, &request.network_id)?;
    let mut floating_ip = None;
    let fixed_ip = if network.public {
        let Some(address) = request.address else {
            return Err(Fault::bad_request(format!(
                "A port on public network {} needs a floating IP address (reserve one first)",
                network.id
            )));
        };
        let ips = docs.list::<FloatingIpDoc>(FLOATING_IP)?;
        let ip = ips
            .into_iter()
            .find(|ip| ip.user_id == user && ip.address == address.to_string() && ip.network_id == network.id)
            .ok_or_else(|| {
                Fault::bad_request(format!("{address} is not a floating IP reserved by this user"))
            })?;
        if let Some(port_id) = &ip.port_id {
            return Err(Fault::conflict(format!(
                "Floating IP {address} is already in use by port {port_id}"
            )));
        }
        let subnet = network.subnets.first().cloned().unwrap_or_default();
        floating_ip = Some(ip);
        Some(FixedIp { ip_address: address.to_string(), subnet })
    } else {
        allocate_address(docs, &network, request.address)?
    };
    let number = docs.next_id(PORT)?;
    let id = number.to_string();
    let now = Utc::now();
    let port = PortDoc {
        id: id.clone(),
        network_id: network.id,
        device_id: request.device_id.clone(),
        name: request.name,
        mac_address: mac_for_port(number),
        fixed_ips: fixed_ip.into_iter().collect(),
        user_id: user.to_string(),
        project: request.project,
        created: now,
        updated: now,
    };
    docs.put(PORT, &id, &port)?;
    if let Some(mut ip) = floating_ip {
        ip.port_id = Some(id);
        ip.instance_id = request.device_id;
        docs.put(FLOATING_IP, &ip.id.clone(), &ip)?;
    }
    Ok(port)
}

/// Deletes a port, freeing its floating IP (or releasing it when the server's default
/// policy allocated it).
pub(crate) fn delete_port(docs: &Docs<'_>, port: &PortDoc) -> Result<(), Fault> {
    for mut ip in docs.list::<FloatingIpDoc>(FLOATING_IP)? {
        if ip.port_id.as_deref() != Some(port.id.as_str()) {
            continue;
        }
        if ip.released_with_port {
            docs.delete(FLOATING_IP, &ip.id)?;
            charge(docs, &ip.user_id, &ip.project, "cyclades.floating_ip", -1)?;
        } else {
            ip.port_id = None;
            ip.instance_id = None;
            docs.put(FLOATING_IP, &ip.id.clone(), &ip)?;
        }
    }
    docs.delete(PORT, &port.id)?;
    Ok(())
}
