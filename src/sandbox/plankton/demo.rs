//! The demo images the sandbox offers from the start, public and owned by a system account.

use std::sync::Arc;

use md5::Digest as _;
use serde_json::{Value, json};

use super::model::{IMAGE_KIND, ImageRecord, create_url, timestamp};
use crate::sandbox::pithos::{self, db};
use crate::sandbox::{Fault, SandboxState, User, astakos};

/// Store kind of the marker that the demo images exist.
const SEED_KIND: &str = "image-seed";

/// A public image the sandbox offers from the start.
struct DemoImage {
    name: &'static str,
    file: &'static str,
    properties: &'static [(&'static str, &'static str)],
}

const DEMO_IMAGES: [DemoImage; 4] = [
    DemoImage {
        name: "Debian Base",
        file: "debian-base.diskdump",
        properties: &[
            ("os", "debian"),
            ("osfamily", "linux"),
            ("users", "root"),
            ("root_partition", "1"),
            ("description", "Debian 12 (bookworm), base system"),
            ("kernel", "6.1"),
            ("gui", "No GUI"),
            ("sortorder", "1"),
        ],
    },
    DemoImage {
        name: "Ubuntu Server",
        file: "ubuntu-server.diskdump",
        properties: &[
            ("os", "ubuntu"),
            ("osfamily", "linux"),
            ("users", "user"),
            ("root_partition", "1"),
            ("description", "Ubuntu Server 24.04 LTS"),
            ("kernel", "6.8"),
            ("gui", "No GUI"),
            ("sortorder", "2"),
        ],
    },
    DemoImage {
        name: "CentOS",
        file: "centos.diskdump",
        properties: &[
            ("os", "centos"),
            ("osfamily", "linux"),
            ("users", "root"),
            ("root_partition", "1"),
            ("description", "CentOS Stream 9"),
            ("kernel", "5.14"),
            ("gui", "No GUI"),
            ("sortorder", "3"),
        ],
    },
    DemoImage {
        name: "Windows Server",
        file: "windows-server.diskdump",
        properties: &[
            ("os", "windows"),
            ("osfamily", "windows"),
            ("users", "Administrator"),
            ("root_partition", "2"),
            ("description", "Windows Server 2022 Standard"),
            ("gui", "Desktop Experience"),
            ("sortorder", "4"),
        ],
    },
];

/// The account that owns the demo images, as official images are owned by a system
/// account in Synnefo deployments.
const IMAGES_ACCOUNT_NAME: &str = "images@example.com";
const IMAGES_CONTAINER: &str = "images";

/// A small stand-in disk dump: a recognisable header, then filler.
fn demo_dump(image: &DemoImage) -> Vec<u8> {
    let mut dump = format!("KAMAKI SANDBOX DISK IMAGE\nname: {}\n", image.name).into_bytes();
    let filler = format!("{} sandbox block\n", image.file);
    while dump.len() < 64 * 1024 {
        dump.extend_from_slice(filler.as_bytes());
    }
    dump
}

/// Creates the demo images once: their owner, their files in that owner's `images`
/// container (readable by everyone, as public images are), and their records.
pub fn seed(state: &Arc<SandboxState>) -> Result<(), Fault> {
    state.store.transaction(|docs| {
        if docs.get::<Value>(SEED_KIND, "demo")?.is_some() {
            return Ok(());
        }
        let owner = User {
            uuid: uuid::Uuid::new_v4().to_string(),
            name: IMAGES_ACCOUNT_NAME.to_string(),
            display_name: "Synnefo Images".to_string(),
            token: uuid::Uuid::new_v4().simple().to_string(),
        };
        docs.put(astakos::USER_KIND, &owner.uuid, &owner)?;
        let conn = docs.conn();
        let container = db::Container::new(&owner.uuid, IMAGES_CONTAINER, &owner.uuid);
        db::save_container(conn, &container)?;
        let everyone = db::Sharing { read: vec!["*".to_string()], write: Vec::new() };
        let blocks = pithos::block_store(state);
        for demo in &DEMO_IMAGES {
            let dump = demo_dump(demo);
            let hashes = dump
                .chunks(container.block_size as usize)
                .map(|block| blocks.put(block))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|err| Fault::new(500, "internalServerError", format!("block store: {err}")))?;
            let new = db::NewVersion {
                bytes: dump.len() as u64,
                hashes,
                md5: hex::encode(md5::Md5::digest(&dump)),
                manifest: None,
                content_type: "application/octet-stream".to_string(),
                content_encoding: None,
                content_disposition: None,
                meta: db::Meta::new(),
                modified_by: owner.uuid.clone(),
                uuid: None,
            };
            let (version, _) = db::put_version(conn, &container, demo.file, new)?;
            db::set_sharing(conn, &owner.uuid, IMAGES_CONTAINER, demo.file, &everyone)?;
            let now = timestamp();
            let image = ImageRecord {
                id: uuid::Uuid::new_v4().to_string(),
                name: demo.name.to_string(),
                status: "AVAILABLE".to_string(),
                location: create_url(&owner.uuid, IMAGES_CONTAINER, demo.file),
                size: version.bytes,
                checksum: version.hash,
                disk_format: "diskdump".to_string(),
                container_format: "bare".to_string(),
                is_public: true,
                owner: owner.uuid.clone(),
                properties: demo.properties.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
                created_at: now.clone(),
                updated_at: now,
            };
            docs.put(IMAGE_KIND, &image.id, &image)?;
        }
        docs.put(SEED_KIND, "demo", &json!({"owner": owner.uuid}))
    })
}
