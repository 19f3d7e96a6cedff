//! Nodes as Cyclades servers. Flavors and images may be given by id or name; cloud-init user data
//! travels as a NoCloud seed written through the server's personality, since Synnefo images
//! honour injected files more reliably than metadata services.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{CloudState, Observed, bookkeeping, resource_metadata};
use crate::clients::cyclades::compute::{self, NetworkAttachment, Server, ServerSpec};
use crate::clients::cyclades::{Cyclades, id_of, resolve};
use crate::error::{ErrorKind, Result};
use crate::infra::store::Instance;

/// Where cloud-init's NoCloud datasource looks for its seed.
const SEED_DIR: &str = "/var/lib/cloud/seed/nocloud-net";

pub struct CycladesCloud {
    client: Cyclades,
}

impl CycladesCloud {
    pub fn new(client: Cyclades) -> Self {
        Self { client }
    }

    pub async fn create(&self, instance: &Instance, user_data: Option<&str>) -> Result<String> {
        let resource = &instance.resource;
        let text = |key: &str| resource.get(key).map(id_of);
        let flavor_id = self.flavor_id(&text("flavor").unwrap_or_default()).await?;
        let image_id = self.image_id(&text("image").unwrap_or_default()).await?;
        let networks = resource.get("networks").and_then(Value::as_array).map(|networks| {
            networks.iter().map(|n| NetworkAttachment { network_id: id_of(n), fixed_ip: None }).collect()
        });
        let mut personality = Vec::new();
        if let Some(data) = user_data {
            personality.push((format!("{SEED_DIR}/user-data"), data.as_bytes().to_vec()));
            let meta =
                format!("instance-id: {}\nlocal-hostname: {}\n", instance.node_id, instance.server_name);
            personality.push((format!("{SEED_DIR}/meta-data"), meta.into_bytes()));
        }
        let metadata: BTreeMap<String, String> =
            resource_metadata(instance).into_iter().chain(bookkeeping(instance)).collect();
        let spec = ServerSpec {
            name: instance.server_name.clone(),
            flavor_id,
            image_id,
            networks,
            project: text("project"),
            metadata,
            key_name: None,
            personality,
        };
        let server = self.client.compute.create_server(&spec).await?;
        Ok(id_of(&server["id"]))
    }

    pub async fn observe(&self, instance: &Instance) -> Result<Observed> {
        let Some(server) = self.find(instance).await? else {
            return Ok(Observed { state: CloudState::Shutdown, ..Observed::default() });
        };
        let state = match compute::status_of(&server) {
            "ACTIVE" => CloudState::Ready,
            "STOPPED" => CloudState::TempFailed,
            "ERROR" => CloudState::Failed,
            "DELETED" => CloudState::Shutdown,
            // BUILD, REBOOT, RESIZE and anything new: not there yet.
            _ => CloudState::Pending,
        };
        let addresses = compute::ipv4_addresses(&server);
        Ok(Observed { state, addresses, private_address: None, instance_id: Some(id_of(&server["id"])) })
    }

    pub async fn delete(&self, instance: &Instance) -> Result<()> {
        let Some(server) = self.find(instance).await? else { return Ok(()) };
        if compute::status_of(&server) == "DELETED" {
            return Ok(());
        }
        match self.client.compute.delete_server(&id_of(&server["id"])).await {
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    /// The instance's server: by id, or by its unique name when the create answer was lost.
    async fn find(&self, instance: &Instance) -> Result<Option<Server>> {
        match &instance.instance_id {
            Some(id) => match self.client.compute.get_server(id).await {
                Ok(server) => Ok(Some(server)),
                Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e),
            },
            None => {
                let servers = self.client.compute.list_servers().await?;
                Ok(servers.into_iter().find(|s| s["name"].as_str() == Some(instance.server_name.as_str())))
            }
        }
    }

    async fn flavor_id(&self, wanted: &str) -> Result<String> {
        if wanted.parse::<u64>().is_ok() {
            return Ok(wanted.to_owned());
        }
        let flavors = self.client.compute.list_flavors().await?;
        Ok(id_of(&resolve(&flavors, "flavor", wanted, "kamaki flavor list")?["id"]))
    }

    async fn image_id(&self, wanted: &str) -> Result<String> {
        let images = self.client.compute.list_images().await?;
        Ok(id_of(&resolve(&images, "image", wanted, "kamaki image list")?["id"]))
    }
}
