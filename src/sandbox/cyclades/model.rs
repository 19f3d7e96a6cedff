//! The records the three Cyclades services store, their store kinds, and the lookups every
//! layer above reads them with: transition timing, flavors and volume types, servers,
//! key pairs, networks, subnets, ports, floating IPs, volumes and snapshots.
//!
//! Nothing here changes more than one record or charges quota: that is `ops`. Nothing here
//! knows HTTP: that is the services' handlers.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::sandbox::plankton::{self, ImageRecord};
use crate::sandbox::{Docs, Fault, SandboxState};

pub(super) const SERVER: &str = "cyclades.server";
pub(super) const KEYPAIR: &str = "cyclades.keypair";
pub(super) const NETWORK: &str = "cyclades.network";
pub(super) const SUBNET: &str = "cyclades.subnet";
pub(super) const PORT: &str = "cyclades.port";
pub(super) const FLOATING_IP: &str = "cyclades.floatingip";
pub(super) const VOLUME: &str = "cyclades.volume";
pub(super) const SNAPSHOT: &str = "cyclades.snapshot";

pub(super) const MIB: i64 = 1 << 20;
pub(super) const GIB: i64 = 1 << 30;

// ---------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------

/// How long a server takes to build unless `sandbox serve --build-delay` (or the config's
/// `sandbox.build_delay`) says otherwise.
const DEFAULT_BUILD_DELAY: Duration = Duration::from_secs(1);

/// How long Cyclades transitions take in this sandbox.
#[derive(Debug, Clone, Copy)]
pub(super) struct Delays {
    /// A server's build (and its root volume's creation).
    pub build: Duration,
    /// The shorter transitions: reboot, start, shutdown, delete, attach, detach, plugging
    /// a port, creating a volume or a snapshot.
    pub action: Duration,
}

impl Delays {
    pub fn of(state: &SandboxState) -> Delays {
        let build = state.options.build_delay.unwrap_or(DEFAULT_BUILD_DELAY);
        Delays { build, action: build / 2 }
    }
}

/// Synnefo's timestamp format: ISO 8601 with `+00:00`.
pub(super) fn timestamp(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// A status that holds until a moment, after which the resource settles in another status.
/// State is derived when it is read, so no background task is needed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Transition {
    /// The status shown while the transition runs.
    pub status: String,
    /// What is happening, shown as Synnefo's `SNF:task_state` (e.g. `BUILDING`).
    pub task: String,
    pub started: DateTime<Utc>,
    pub until: DateTime<Utc>,
    /// The status afterwards.
    pub then: String,
}

impl Transition {
    pub fn new(status: &str, task: &str, delay: Duration, then: &str) -> Transition {
        let started = Utc::now();
        Transition {
            status: status.to_string(),
            task: task.to_string(),
            started,
            until: started + chrono::Duration::from_std(delay).unwrap_or_default(),
            then: then.to_string(),
        }
    }

    pub fn is_running(&self) -> bool {
        Utc::now() < self.until
    }

    /// How far along the transition is, 0–100.
    pub fn progress(&self) -> u8 {
        let total = (self.until - self.started).num_milliseconds().max(1);
        let done = (Utc::now() - self.started).num_milliseconds().clamp(0, total);
        u8::try_from(done * 100 / total).unwrap_or(100)
    }
}

/// The status visible now: the running transition's, or the settled one.
pub(super) fn current_status(settled: &str, transition: &Option<Transition>) -> String {
    match running(transition) {
        Some(transition) => transition.status.clone(),
        None => settled.to_string(),
    }
}

/// The running transition, if any.
pub(super) fn running(transition: &Option<Transition>) -> Option<&Transition> {
    transition.as_ref().filter(|transition| transition.is_running())
}

/// Sorts documents by their numeric id.
pub(super) fn by_numeric_id<T>(mut items: Vec<T>, id: impl Fn(&T) -> &str) -> Vec<T> {
    items.sort_by_key(|item| id(item).parse::<u64>().unwrap_or(u64::MAX));
    items
}

// ---------------------------------------------------------------------------------------
// Compute: flavors, servers, key pairs, images
// ---------------------------------------------------------------------------------------

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

pub(super) fn find_flavor(id: u64) -> Option<&'static Flavor> {
    FLAVORS.iter().find(|flavor| flavor.id == id)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct ServerDoc {
    pub id: u64,
    pub name: String,
    pub user_id: String,
    pub project: String,
    pub flavor_id: u64,
    pub image_id: String,
    pub metadata: BTreeMap<String, String>,
    pub key_name: Option<String>,
    /// The status the server settles in once `transition` ends.
    pub status: String,
    pub transition: Option<Transition>,
    /// Whether `cyclades.cpu` and `cyclades.ram` are charged (the server is powered on).
    pub powered: bool,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

impl ServerDoc {
    pub fn status_now(&self) -> String {
        current_status(&self.status, &self.transition)
    }

    pub fn flavor(&self) -> Result<&'static Flavor, Fault> {
        find_flavor(self.flavor_id).ok_or_else(|| {
            Fault::new(500, "internalServerError", format!("flavor {} vanished", self.flavor_id))
        })
    }

    /// The id the server is stored under, and that its ports and volumes name.
    pub fn doc_id(&self) -> String {
        self.id.to_string()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct KeypairDoc {
    pub name: String,
    pub user_id: String,
    pub public_key: String,
    pub fingerprint: String,
    pub created: DateTime<Utc>,
}

/// The id a key pair is stored under: names are unique per user.
pub(super) fn keypair_id(user: &str, name: &str) -> String {
    format!("{user}/{name}")
}

pub(super) fn load_server(docs: &Docs<'_>, user: &str, id: &str) -> Result<ServerDoc, Fault> {
    match docs.get::<ServerDoc>(SERVER, id)? {
        Some(server) if server.user_id == user => Ok(server),
        _ => Err(Fault::not_found(format!("Server {id} not found"))),
    }
}

/// The status of a server now, if it exists.
pub(super) fn server_status(docs: &Docs<'_>, id: &str) -> Option<String> {
    docs.get::<ServerDoc>(SERVER, id).ok().flatten().map(|server| server.status_now())
}

/// The user's servers that are not deleted, by id.
pub(super) fn visible_servers(docs: &Docs<'_>, user: &str) -> Result<Vec<ServerDoc>, Fault> {
    let mut servers: Vec<ServerDoc> = docs
        .list::<ServerDoc>(SERVER)?
        .into_iter()
        .filter(|server| server.user_id == user && server.status_now() != "DELETED")
        .collect();
    servers.sort_by_key(|server| server.id);
    Ok(servers)
}

/// The images a user may boot: Plankton's usable ones (public, their own and those shared
/// with them) that are not deleted.
pub(super) fn visible_images(docs: &Docs<'_>, user: &str) -> Result<Vec<ImageRecord>, Fault> {
    Ok(plankton::usable_images(docs, user)?
        .into_iter()
        .filter(|image| !image.status.eq_ignore_ascii_case("deleted"))
        .collect())
}

pub(super) fn find_image(docs: &Docs<'_>, user: &str, id: &str) -> Result<ImageRecord, Fault> {
    visible_images(docs, user)?
        .into_iter()
        .find(|image| image.id == id)
        .ok_or_else(|| Fault::not_found(format!("Image {id} not found")))
}

// ---------------------------------------------------------------------------------------
// Network: networks, subnets, ports, floating IPs
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct NetworkDoc {
    pub id: String,
    pub name: String,
    /// `None` for the public network, which belongs to nobody.
    pub user_id: Option<String>,
    pub project: Option<String>,
    pub network_type: String,
    pub public: bool,
    pub floating_ip_pool: bool,
    pub subnets: Vec<String>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct SubnetDoc {
    pub id: String,
    pub network_id: String,
    pub name: String,
    pub cidr: String,
    pub gateway_ip: Option<String>,
    pub enable_dhcp: bool,
    pub allocation_pools: Vec<AllocationPool>,
    pub user_id: Option<String>,
    pub project: Option<String>,
    pub public: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct AllocationPool {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct PortDoc {
    pub id: String,
    pub network_id: String,
    pub device_id: Option<String>,
    pub name: String,
    pub mac_address: String,
    pub fixed_ips: Vec<FixedIp>,
    pub user_id: String,
    pub project: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct FixedIp {
    pub ip_address: String,
    pub subnet: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct FloatingIpDoc {
    pub id: String,
    pub address: String,
    pub network_id: String,
    pub port_id: Option<String>,
    pub instance_id: Option<String>,
    pub user_id: String,
    pub project: String,
    /// Allocated by a server's default networking policy: released when its port goes.
    pub released_with_port: bool,
    pub created: DateTime<Utc>,
}

pub(super) fn load_network(docs: &Docs<'_>, user: &str, id: &str) -> Result<NetworkDoc, Fault> {
    match docs.get::<NetworkDoc>(NETWORK, id)? {
        Some(network) if network.public || network.user_id.as_deref() == Some(user) => Ok(network),
        _ => Err(Fault::not_found(format!("Network {id} not found"))),
    }
}

pub(super) fn load_subnet(docs: &Docs<'_>, user: &str, id: &str) -> Result<SubnetDoc, Fault> {
    match docs.get::<SubnetDoc>(SUBNET, id)? {
        Some(subnet) if subnet.public || subnet.user_id.as_deref() == Some(user) => Ok(subnet),
        _ => Err(Fault::not_found(format!("Subnet {id} not found"))),
    }
}

pub(super) fn load_port(docs: &Docs<'_>, user: &str, id: &str) -> Result<PortDoc, Fault> {
    match docs.get::<PortDoc>(PORT, id)? {
        Some(port) if port.user_id == user => Ok(port),
        _ => Err(Fault::not_found(format!("Port {id} not found"))),
    }
}

pub(super) fn load_floating_ip(docs: &Docs<'_>, user: &str, id: &str) -> Result<FloatingIpDoc, Fault> {
    match docs.get::<FloatingIpDoc>(FLOATING_IP, id)? {
        Some(ip) if ip.user_id == user => Ok(ip),
        _ => Err(Fault::not_found(format!("Floating IP {id} not found"))),
    }
}

/// The ports plugged into a server.
pub(super) fn server_ports(docs: &Docs<'_>, server_id: &str) -> Result<Vec<PortDoc>, Fault> {
    let ports = docs.list::<PortDoc>(PORT)?;
    let ports = ports.into_iter().filter(|port| port.device_id.as_deref() == Some(server_id)).collect();
    Ok(by_numeric_id(ports, |port| &port.id))
}

/// Whether the network of a port is public (so its address is a floating IP).
pub(super) fn is_public_network(docs: &Docs<'_>, network_id: &str) -> bool {
    matches!(docs.get::<NetworkDoc>(NETWORK, network_id), Ok(Some(network)) if network.public)
}

/// The public network that serves as the floating IP pool.
pub(super) fn public_pool_network(docs: &Docs<'_>) -> Result<NetworkDoc, Fault> {
    docs.list::<NetworkDoc>(NETWORK)?
        .into_iter()
        .find(|network| network.floating_ip_pool)
        .ok_or_else(|| Fault::conflict("No public network with a floating IP pool exists"))
}

// ---------------------------------------------------------------------------------------
// Volume: volume types, volumes, snapshots
// ---------------------------------------------------------------------------------------

/// A volume type: a disk template, and whether volumes of it can be unplugged.
pub(super) struct VolumeType {
    pub id: u64,
    pub name: &'static str,
    pub disk_template: &'static str,
    pub detachable: bool,
}

/// The volume types of the sandbox, one per disk template of the seeded flavors.
pub(super) const VOLUME_TYPES: &[VolumeType] = &[
    VolumeType { id: 1, name: "ext_archipelago", disk_template: "ext_archipelago", detachable: true },
    VolumeType { id: 2, name: "drbd", disk_template: "drbd", detachable: false },
];

pub(super) fn volume_type_for_template(template: &str) -> Option<&'static VolumeType> {
    VOLUME_TYPES.iter().find(|volume_type| volume_type.disk_template == template)
}

pub(super) fn volume_type(id: u64) -> Option<&'static VolumeType> {
    VOLUME_TYPES.iter().find(|volume_type| volume_type.id == id)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct VolumeDoc {
    pub id: String,
    pub name: String,
    pub description: String,
    pub size_gib: u64,
    pub volume_type: u64,
    pub server_id: Option<String>,
    pub device_index: Option<u32>,
    /// The status the volume settles in (`available` or `in_use`).
    pub status: String,
    pub transition: Option<Transition>,
    pub user_id: String,
    pub project: String,
    pub snapshot_id: Option<String>,
    pub image_id: Option<String>,
    pub delete_on_termination: bool,
    pub metadata: BTreeMap<String, String>,
    pub created: DateTime<Utc>,
}

impl VolumeDoc {
    pub fn status_now(&self) -> String {
        current_status(&self.status, &self.transition)
    }

    /// The cyclades.disk this volume holds, in bytes.
    pub fn disk_bytes(&self) -> i64 {
        i64::try_from(self.size_gib).unwrap_or(i64::MAX / GIB) * GIB
    }

    /// Whether volumes of this one's type can be plugged and unplugged.
    pub fn detachable(&self) -> bool {
        volume_type(self.volume_type).is_some_and(|volume_type| volume_type.detachable)
    }

    pub fn save(&self, docs: &Docs<'_>) -> Result<(), Fault> {
        docs.put(VOLUME, &self.id, self)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct SnapshotDoc {
    pub id: String,
    pub name: String,
    pub description: String,
    pub volume_id: String,
    pub size_gib: u64,
    pub status: String,
    pub transition: Option<Transition>,
    pub user_id: String,
    pub project: String,
    pub created: DateTime<Utc>,
}

pub(super) fn load_volume(docs: &Docs<'_>, user: &str, id: &str) -> Result<VolumeDoc, Fault> {
    match docs.get::<VolumeDoc>(VOLUME, id)? {
        Some(volume) if volume.user_id == user => Ok(volume),
        _ => Err(Fault::not_found(format!("Volume {id} not found"))),
    }
}

pub(super) fn load_snapshot(docs: &Docs<'_>, user: &str, id: &str) -> Result<SnapshotDoc, Fault> {
    match docs.get::<SnapshotDoc>(SNAPSHOT, id)? {
        Some(snapshot) if snapshot.user_id == user => Ok(snapshot),
        _ => Err(Fault::not_found(format!("Snapshot {id} not found"))),
    }
}

/// The volumes plugged into a server, root first.
pub(super) fn server_volumes(docs: &Docs<'_>, server_id: &str) -> Result<Vec<VolumeDoc>, Fault> {
    let mut volumes: Vec<VolumeDoc> = docs
        .list::<VolumeDoc>(VOLUME)?
        .into_iter()
        .filter(|volume| volume.server_id.as_deref() == Some(server_id))
        .collect();
    volumes.sort_by_key(|volume| volume.device_index);
    Ok(volumes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transition_shows_its_status_until_it_ends() {
        let running = Some(Transition::new("BUILD", "BUILDING", Duration::from_secs(60), "ACTIVE"));
        assert_eq!(current_status("ACTIVE", &running), "BUILD");
        assert!(running.as_ref().is_some_and(|t| t.progress() < 50));
        let ended = Some(Transition::new("REBOOT", "REBOOTING", Duration::ZERO, "ACTIVE"));
        assert_eq!(current_status("ACTIVE", &ended), "ACTIVE");
        assert!(super::running(&ended).is_none());
        assert_eq!(current_status("STOPPED", &None), "STOPPED");
    }

    #[test]
    fn timestamps_use_synnefo_offsets() {
        let time = DateTime::parse_from_rfc3339("2024-05-01T10:20:30Z").expect("valid").with_timezone(&Utc);
        assert_eq!(timestamp(time), "2024-05-01T10:20:30+00:00");
    }

    #[test]
    fn flavor_names_follow_synnefo_convention() {
        assert_eq!(FLAVORS[2].name(), "C2R2048D20drbd");
        assert!(FLAVORS.iter().any(|f| f.vcpus == 2 && f.ram_mib == 2048 && f.disk_gib == 20));
    }
}
