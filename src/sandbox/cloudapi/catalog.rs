//! The fixed offer of the sandbox datacenters: images (and their 6.5-era
//! dataset view), packages and networks.

use serde_json::{Value, json};

use super::ApiVersion;

/// Datacenters served by one sandbox: the first answers at `/`, the others
/// under `/dc/<name>` on the same port.
pub(super) const DATACENTERS: [&str; 3] = ["us-west-1", "us-east-1", "eu-ams-1"];

/// The path prefix of a datacenter on the sandbox port.
pub(super) fn datacenter_prefix(name: &str) -> String {
    if name == DATACENTERS[0] { String::new() } else { format!("/dc/{name}") }
}

/// An image (7.x+), also offered as a 6.5 dataset.
pub(super) struct Image {
    pub id: &'static str,
    pub name: &'static str,
    pub version: &'static str,
    pub os: &'static str,
    /// The IMGAPI type: `zone-dataset`, `lx-dataset` or `zvol`.
    pub kind: &'static str,
    pub description: &'static str,
    pub published_at: &'static str,
    /// The `default_user` tag that Joyent's certified images carry: who logs in.
    pub default_user: Option<&'static str>,
}

impl Image {
    /// The brand of the machines made from it.
    pub(super) fn brand(&self) -> &'static str {
        match self.kind {
            "zvol" => "kvm",
            "lx-dataset" => "lx",
            _ => "joyent",
        }
    }

    /// The pre-8.0 machine type.
    pub(super) fn machine_type(&self) -> &'static str {
        if self.kind == "zvol" { "virtualmachine" } else { "smartmachine" }
    }

    pub(super) fn urn(&self) -> String {
        format!("sdc:sdc:{}:{}", self.name, self.version)
    }

    /// The image object for `GET /:login/images`.
    pub(super) fn to_json(&self, version: ApiVersion) -> Value {
        let kind = if version.major < 8 { self.machine_type() } else { self.kind };
        json!({
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "os": self.os,
            "requirements": {},
            "type": kind,
            "description": self.description,
            "files": [{"compression": "gzip", "sha1": sha1_of(self.id), "size": 104_857_600}],
            "tags": self.tags(),
            "published_at": self.published_at,
            "owner": "00000000-0000-0000-0000-000000000000",
            "public": true,
            "state": "active",
        })
    }

    fn tags(&self) -> Value {
        match self.default_user {
            Some(user) => json!({"role": "os", "default_user": user}),
            None => json!({"role": "os"}),
        }
    }

    /// The dataset object for `GET /:login/datasets` (6.5 and 7.x).
    pub(super) fn to_dataset_json(&self, version: ApiVersion) -> Value {
        let mut dataset = json!({
            "id": self.id,
            "urn": self.urn(),
            "name": self.name,
            "os": self.os,
            "type": self.machine_type(),
            "description": self.description,
            "version": self.version,
            "requirements": {},
        });
        if version.is_65() {
            dataset["default"] = json!(self.id == default_image().id);
            dataset["created"] = json!(self.published_at);
        }
        dataset
    }
}

fn sha1_of(text: &str) -> String {
    use sha1::Digest as _;
    hex::encode(sha1::Sha1::digest(text.as_bytes()))
}

pub(super) const IMAGES: [Image; 7] = [
    Image {
        id: "8b00c3b4-3c37-11e3-9a3f-6b0b3a1f3f01",
        name: "base64",
        version: "13.1.0",
        os: "smartos",
        kind: "zone-dataset",
        description: "A 64-bit SmartOS image with just essential packages installed.",
        published_at: "2013-07-01T10:00:00Z",
        default_user: None,
    },
    Image {
        id: "9c6f5c2e-3c37-11e3-9a3f-6b0b3a1f3f02",
        name: "base64",
        version: "13.2.0",
        os: "smartos",
        kind: "zone-dataset",
        description: "A 64-bit SmartOS image with just essential packages installed.",
        published_at: "2013-10-02T10:00:00Z",
        default_user: None,
    },
    Image {
        id: "2b683a82-a066-11e3-97ab-2faa44701c5a",
        name: "base64",
        version: "13.4.0",
        os: "smartos",
        kind: "zone-dataset",
        description: "A 64-bit SmartOS image with just essential packages installed.",
        published_at: "2014-02-28T10:50:42Z",
        default_user: None,
    },
    Image {
        id: "f669428c-a939-11e2-a485-b790efc0f0c1",
        name: "smartos64",
        version: "1.6.3",
        os: "smartos",
        kind: "zone-dataset",
        description: "Legacy 64-bit SmartOS dataset.",
        published_at: "2012-07-10T08:00:00Z",
        default_user: None,
    },
    Image {
        id: "fdea06b0-3f24-11e2-ac50-0b645575ce9d",
        name: "smartos64",
        version: "1.6.4",
        os: "smartos",
        kind: "zone-dataset",
        description: "Legacy 64-bit SmartOS dataset.",
        published_at: "2012-12-03T08:00:00Z",
        default_user: None,
    },
    Image {
        id: "7b5981c4-1889-11e7-b4c5-3f3bdfc9b88b",
        name: "ubuntu-16.04",
        version: "20170403",
        os: "linux",
        kind: "lx-dataset",
        description: "Container-native Ubuntu 16.04 64-bit image.",
        published_at: "2017-04-03T12:00:00Z",
        default_user: None,
    },
    Image {
        id: "a3fe7a3a-3f20-4e12-8d3e-4d5a8f0b9c21",
        name: "ubuntu-certified-20.04",
        version: "20210413",
        os: "linux",
        kind: "zvol",
        description: "Ubuntu 20.04 LTS hardware virtual machine image.",
        published_at: "2021-04-13T09:00:00Z",
        default_user: Some("ubuntu"),
    },
];

/// The image used when a create request names none: the newest `base64`.
pub(super) fn default_image() -> &'static Image {
    &IMAGES[2]
}

/// Finds an image by id or full URN.
pub(super) fn image(reference: &str) -> Option<&'static Image> {
    IMAGES.iter().find(|image| image.id == reference || image.urn() == reference)
}

/// Finds an image by id, full URN or partial URN: `sdc:sdc:base64:` (or
/// `sdc:sdc:base64`) is the newest `base64`, which is how the real CloudAPI
/// answers `GET /:login/datasets/:urn` (py-smartdc's `dataset('sdc:sdc:smartos64:')`).
pub(super) fn image_by_urn(reference: &str) -> Option<&'static Image> {
    image(reference).or_else(|| partial_urn_name(reference).and_then(newest_named))
}

/// 6.5-era resolution: a uuid, URN, partial URN (`sdc:sdc:base64:`) or name
/// resolves to the highest version among the matches.
pub(super) fn resolve_dataset(reference: &str) -> Option<&'static Image> {
    image_by_urn(reference).or_else(|| newest_named(reference))
}

/// The name in a URN without a version: `sdc:sdc:base64:` or `sdc:sdc:base64`.
fn partial_urn_name(reference: &str) -> Option<&str> {
    let mut parts = reference.strip_prefix("sdc:sdc:")?.split(':');
    let name = parts.next().filter(|name| !name.is_empty())?;
    match (parts.next(), parts.next()) {
        (None | Some(""), None) => Some(name),
        _ => None,
    }
}

/// The newest image called `name`: the highest version, then the latest published.
fn newest_named(name: &str) -> Option<&'static Image> {
    IMAGES.iter().filter(|image| image.name == name).max_by(|a, b| {
        compare_versions(a.version, b.version).then_with(|| a.published_at.cmp(b.published_at))
    })
}

/// Compares dotted versions numerically (`13.10.0` > `13.4.0`).
pub(super) fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a).cmp(&parts(b))
}

/// A package: the size of a machine.
pub(super) struct Package {
    pub id: &'static str,
    pub name: &'static str,
    pub memory: u64,
    pub disk: u64,
    pub swap: u64,
    pub vcpus: u64,
    /// `joyent` packages fit SmartOS and LX images, `kvm` ones hardware VMs.
    pub brand: &'static str,
    pub group: &'static str,
    pub description: &'static str,
    pub default: bool,
}

impl Package {
    pub(super) fn to_json(&self, version: ApiVersion) -> Value {
        if version.is_65() {
            return json!({
                "name": self.name, "memory": self.memory, "disk": self.disk,
                "swap": self.swap, "default": self.default,
            });
        }
        json!({
            "id": self.id,
            "name": self.name,
            "memory": self.memory,
            "disk": self.disk,
            "swap": self.swap,
            "vcpus": self.vcpus,
            "lwps": 4000,
            "version": "1.0.0",
            "group": self.group,
            "brand": self.brand,
            "description": self.description,
            // 7.0-era CloudAPI passed the directory's string through, and
            // py-smartdc 0.2.0 (which asks for exactly 7.0) compares with "true".
            "default": if version.is_70() { json!(self.default.to_string()) } else { json!(self.default) },
        })
    }

    /// Whether machines of this package may run `image`.
    pub(super) fn fits(&self, image: &Image) -> bool {
        (self.brand == "kvm") == (image.brand() == "kvm")
    }
}

pub(super) const PACKAGES: [Package; 6] = [
    Package {
        id: "14ad9d54-d0f8-11e5-a759-93bdb33c9583",
        name: "g4-highcpu-128M",
        memory: 128,
        disk: 3072,
        swap: 512,
        vcpus: 0,
        brand: "joyent",
        group: "Compute Optimized",
        description: "Compute Optimized 128M RAM - 0.0625 vCPU - 3 GB Disk",
        default: false,
    },
    Package {
        id: "14aea8fc-d0f8-11e5-bf1d-a3d3f3d8b2a6",
        name: "g4-highcpu-256M",
        memory: 256,
        disk: 5120,
        swap: 1024,
        vcpus: 0,
        brand: "joyent",
        group: "Compute Optimized",
        description: "Compute Optimized 256M RAM - 0.125 vCPU - 5 GB Disk",
        default: true,
    },
    Package {
        id: "14af2214-d0f8-11e5-9399-77e0d621f66d",
        name: "g4-highcpu-1G",
        memory: 1024,
        disk: 25600,
        swap: 4096,
        vcpus: 0,
        brand: "joyent",
        group: "Compute Optimized",
        description: "Compute Optimized 1G RAM - 0.5 vCPU - 25 GB Disk",
        default: false,
    },
    Package {
        id: "14b0a83e-d0f8-11e5-8d3b-e3e3d2b6a1f4",
        name: "g4-general-4G",
        memory: 4096,
        disk: 102400,
        swap: 16384,
        vcpus: 0,
        brand: "joyent",
        group: "General Purpose",
        description: "General Purpose 4G RAM - 1 vCPU - 100 GB Disk",
        default: false,
    },
    Package {
        id: "5d6c5d2e-d0f8-11e5-a2b8-1b3c2d4e5f60",
        name: "k4-highcpu-kvm-1.75G",
        memory: 1792,
        disk: 51200,
        swap: 3584,
        vcpus: 2,
        brand: "kvm",
        group: "Compute Optimized KVM",
        description: "Compute Optimized KVM 1.75G RAM - 2 vCPUs - 50 GB Disk",
        default: false,
    },
    Package {
        id: "5d6c7f1a-d0f8-11e5-b1c2-2c3d4e5f6071",
        name: "k4-general-kvm-7.75G",
        memory: 7936,
        disk: 102400,
        swap: 15872,
        vcpus: 2,
        brand: "kvm",
        group: "General Purpose KVM",
        description: "General Purpose KVM 7.75G RAM - 2 vCPUs - 100 GB Disk",
        default: false,
    },
];

/// Finds a package by id or name.
pub(super) fn package(reference: &str) -> Option<&'static Package> {
    PACKAGES.iter().find(|package| package.id == reference || package.name == reference)
}

pub(super) fn default_package() -> &'static Package {
    &PACKAGES[1]
}

/// A network machines attach to.
pub(super) struct Network {
    pub id: &'static str,
    pub name: &'static str,
    pub public: bool,
    pub description: &'static str,
}

impl Network {
    pub(super) fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "public": self.public,
            "description": self.description,
        })
    }

    /// The `n`th address of the network (machines are numbered from 1).
    pub(super) fn address(&self, n: u64) -> String {
        let (a, b) = if self.public { (198, 18) } else { (10, 88) };
        let host = n + 10;
        format!("{a}.{}.{}.{}", b + host / 65_536 % 2, host / 256 % 256, host % 256)
    }
}

pub(super) const NETWORKS: [Network; 2] = [
    Network {
        id: "daeb93a2-532e-4bd4-8788-b6b30f10ac17",
        name: "external",
        public: true,
        description: "Public internet addresses",
    },
    Network {
        id: "45607081-4cd2-45c8-baf7-79da760fffaa",
        name: "internal",
        public: false,
        description: "Private network of the account",
    },
];

pub(super) fn network(reference: &str) -> Option<&'static Network> {
    NETWORKS.iter().find(|network| network.id == reference || network.name == reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_urns_resolve_to_the_newest_version() {
        let newest = resolve_dataset("sdc:sdc:base64:").expect("found");
        assert_eq!(newest.version, "13.4.0");
        assert_eq!(resolve_dataset("smartos64").expect("found").version, "1.6.4");
        assert_eq!(resolve_dataset("sdc:sdc:base64:13.1.0").expect("found").id, IMAGES[0].id);
        assert!(resolve_dataset("sdc:sdc:nothing:").is_none());
        assert_eq!(image_by_urn("sdc:sdc:smartos64").expect("found").version, "1.6.4");
        assert!(image_by_urn("base64").is_none(), "bare names are 6.5-only");
        assert!(image_by_urn("sdc:sdc:base64:1.0").is_none());
        assert!(image_by_urn("sdc:sdc::").is_none());
    }

    #[test]
    fn network_addresses_are_distinct() {
        let external = &NETWORKS[0];
        assert_eq!(external.address(1), "198.18.0.11");
        assert_ne!(external.address(300), external.address(44));
        assert!(NETWORKS[1].address(70_000).starts_with("10.89."));
    }

    #[test]
    fn brands_decide_which_packages_fit() {
        let kvm = package("k4-highcpu-kvm-1.75G").expect("kvm");
        let zone = package("g4-highcpu-128M").expect("zone");
        let hvm = image("a3fe7a3a-3f20-4e12-8d3e-4d5a8f0b9c21").expect("zvol");
        assert!(kvm.fits(hvm) && !zone.fits(hvm));
        assert!(zone.fits(default_image()));
    }
}
