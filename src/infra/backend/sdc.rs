//! Nodes as SmartDataCenter (CloudAPI) machines. Cloud-init user data goes into the
//! `cloud-init:user-data` metadata key; kamaki's own bookkeeping goes into tags.

use serde_json::{Value, json};

use super::{CloudState, Observed, bookkeeping, resource_metadata};
use crate::clients::cyclades::id_of;
use crate::clients::sdc::{CreateMachine, Machine, MachineFilter, SdcClient, is_not_found};
use crate::error::Result;
use crate::infra::store::Instance;

pub struct SdcCloud {
    client: SdcClient,
}

impl SdcCloud {
    pub fn new(client: SdcClient) -> Self {
        Self { client }
    }

    pub async fn create(&self, instance: &Instance, user_data: Option<&str>) -> Result<String> {
        let resource = &instance.resource;
        let text = |key: &str| resource.get(key).map(id_of);
        let mut metadata = resource_metadata(instance);
        if let Some(data) = user_data {
            metadata.push(("cloud-init:user-data".to_owned(), data.to_owned()));
        }
        let spec = CreateMachine {
            name: Some(instance.server_name.clone()),
            image: text("image"),
            dataset: text("dataset"),
            package: text("package"),
            networks: resource
                .get("networks")
                .and_then(Value::as_array)
                .map(|n| n.iter().map(id_of).collect())
                .unwrap_or_default(),
            metadata,
            tags: bookkeeping(instance).into_iter().map(|(k, v)| (k, json!(v))).collect(),
            ..CreateMachine::default()
        };
        Ok(self.client.create_machine(&spec).await?.id)
    }

    pub async fn observe(&self, instance: &Instance) -> Result<Observed> {
        let Some(machine) = self.find(instance).await? else {
            return Ok(Observed { state: CloudState::Shutdown, ..Observed::default() });
        };
        let state = match machine.state.as_str() {
            "running" => CloudState::Ready,
            "stopping" | "stopped" => CloudState::TempFailed,
            "failed" => CloudState::Failed,
            "deleted" => CloudState::Shutdown,
            // provisioning, offline, unknown and anything new: not there yet.
            _ => CloudState::Pending,
        };
        let public: Vec<String> = machine.public_ips().into_iter().map(str::to_owned).collect();
        let private = machine.ips.iter().find(|ip| !public.contains(ip)).cloned();
        let mut addresses = public;
        addresses.extend(private.iter().cloned());
        Ok(Observed { state, addresses, private_address: private, instance_id: Some(machine.id) })
    }

    pub async fn delete(&self, instance: &Instance) -> Result<()> {
        let Some(machine) = self.find(instance).await? else { return Ok(()) };
        if machine.state == "deleted" {
            return Ok(());
        }
        match self.client.delete_machine(&machine.id).await {
            Err(e) if is_not_found(&e) => Ok(()),
            other => other,
        }
    }

    /// The instance's machine: by id, or by its unique name when the create answer was lost.
    async fn find(&self, instance: &Instance) -> Result<Option<Machine>> {
        match &instance.instance_id {
            Some(id) => match self.client.machine(id).await {
                Ok(machine) => Ok(Some(machine)),
                Err(e) if is_not_found(&e) => Ok(None),
                Err(e) => Err(e),
            },
            None => {
                let filter =
                    MachineFilter { name: Some(instance.server_name.clone()), ..MachineFilter::default() };
                Ok(self.client.machines(&filter).await?.into_iter().next())
            }
        }
    }
}
