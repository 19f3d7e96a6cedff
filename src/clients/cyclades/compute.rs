//! The Cyclades compute API (`/compute/v2.0`): servers, flavors, images, key pairs.

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Api, WaitFor, poll};
use crate::clients::poll::{PollLimits, Polled};
use crate::error::{Error, Result};

/// A server as the API returns it (the detail view).
pub type Server = Value;

/// What a new server asks for.
#[derive(Debug, Clone, Default)]
pub struct ServerSpec {
    pub name: String,
    pub flavor_id: String,
    pub image_id: String,
    /// `None`: the cloud's default networking; `Some(vec![])`: no networking.
    pub networks: Option<Vec<NetworkAttachment>>,
    pub project: Option<String>,
    pub metadata: BTreeMap<String, String>,
    pub key_name: Option<String>,
    /// Files to write into the server: (path, contents).
    pub personality: Vec<(String, Vec<u8>)>,
}

/// One network a new server connects to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkAttachment {
    pub network_id: String,
    pub fixed_ip: Option<String>,
}

impl ServerSpec {
    fn to_body(&self) -> Value {
        use base64::Engine;
        let mut server = Map::new();
        server.insert("name".into(), json!(self.name));
        // Cyclades flavor ids are integers; kamaki sends them as numbers.
        let flavor = self.flavor_id.parse::<u64>().map(Value::from).unwrap_or_else(|_| json!(self.flavor_id));
        server.insert("flavorRef".into(), flavor);
        server.insert("imageRef".into(), json!(self.image_id));
        if !self.metadata.is_empty() {
            server.insert("metadata".into(), json!(self.metadata));
        }
        if let Some(networks) = &self.networks {
            let list: Vec<Value> = networks
                .iter()
                .map(|network| match &network.fixed_ip {
                    Some(ip) => json!({"uuid": network.network_id, "fixed_ip": ip}),
                    None => json!({"uuid": network.network_id}),
                })
                .collect();
            server.insert("networks".into(), Value::Array(list));
        }
        if let Some(project) = &self.project {
            server.insert("project".into(), json!(project));
        }
        if let Some(key) = &self.key_name {
            server.insert("key_name".into(), json!(key));
        }
        if !self.personality.is_empty() {
            let files: Vec<Value> = self
                .personality
                .iter()
                .map(|(path, contents)| {
                    json!({
                        "path": path,
                        "contents": base64::engine::general_purpose::STANDARD.encode(contents),
                        "owner": "root",
                        "group": "root",
                        "mode": 0o600,
                    })
                })
                .collect();
            server.insert("personality".into(), Value::Array(files));
        }
        json!({ "server": server })
    }
}

/// The status of a server (`BUILD`, `ACTIVE`, `STOPPED`, `REBOOT`, `ERROR`, `DELETED`).
pub fn status_of(server: &Server) -> &str {
    server["status"].as_str().unwrap_or("UNKNOWN")
}

/// The IPv4 addresses of a server, public ones first.
pub fn ipv4_addresses(server: &Server) -> Vec<String> {
    let mut floating = Vec::new();
    let mut fixed = Vec::new();
    for nic in server["attachments"].as_array().into_iter().flatten() {
        let Some(ip) = nic["ipv4"].as_str().filter(|ip| !ip.is_empty()) else { continue };
        if nic["OS-EXT-IPS:type"] == "floating" {
            floating.push(ip.to_string());
        } else {
            fixed.push(ip.to_string());
        }
    }
    floating.extend(fixed);
    floating
}

#[derive(Clone, Debug)]
pub struct ComputeClient {
    api: Api,
}

impl ComputeClient {
    pub fn new(api: Api) -> ComputeClient {
        ComputeClient { api }
    }

    /// `GET /servers/detail`.
    pub async fn list_servers(&self) -> Result<Vec<Server>> {
        self.api.get("servers/detail", "servers").await
    }

    /// `GET /servers/ID`.
    pub async fn get_server(&self, id: &str) -> Result<Server> {
        self.api.get(&format!("servers/{id}"), "server").await.map_err(|err| {
            if err.status() == Some(404) {
                Error::not_found(format!("server `{id}` not found"))
                    .hint("`kamaki server list` shows your servers")
            } else {
                err
            }
        })
    }

    /// `POST /servers`: the new server, with its one-time `adminPass`.
    pub async fn create_server(&self, spec: &ServerSpec) -> Result<Server> {
        self.api.send_json(Method::POST, "servers", &spec.to_body(), "server").await
    }

    /// `DELETE /servers/ID`.
    pub async fn delete_server(&self, id: &str) -> Result<()> {
        self.get_server(id).await?;
        self.api.send_unit(Method::DELETE, &format!("servers/{id}"), None).await?;
        Ok(())
    }

    /// `PUT /servers/ID` with a new name.
    pub async fn rename_server(&self, id: &str, name: &str) -> Result<()> {
        let body = json!({"server": {"name": name}});
        self.api.send_unit(Method::PUT, &format!("servers/{id}"), Some(&body)).await?;
        Ok(())
    }

    async fn action(&self, id: &str, body: Value) -> Result<reqwest::Response> {
        self.api.send_unit(Method::POST, &format!("servers/{id}/action"), Some(&body)).await
    }

    pub async fn start_server(&self, id: &str) -> Result<()> {
        self.action(id, json!({"start": {}})).await.map(drop)
    }

    pub async fn shutdown_server(&self, id: &str) -> Result<()> {
        self.action(id, json!({"shutdown": {}})).await.map(drop)
    }

    pub async fn reboot_server(&self, id: &str, hard: bool) -> Result<()> {
        let kind = if hard { "HARD" } else { "SOFT" };
        self.action(id, json!({"reboot": {"type": kind}})).await.map(drop)
    }

    pub async fn resize_server(&self, id: &str, flavor_id: &str) -> Result<()> {
        let flavor = flavor_id.parse::<u64>().map(Value::from).unwrap_or_else(|_| json!(flavor_id));
        self.action(id, json!({"resize": {"flavorRef": flavor}})).await.map(drop)
    }

    pub async fn reassign_server(&self, id: &str, project: &str) -> Result<()> {
        self.action(id, json!({"reassign": {"project": project}})).await.map(drop)
    }

    /// The VNC console of a server: type, host, port, password.
    pub async fn console(&self, id: &str, kind: &str) -> Result<Value> {
        let response = self.action(id, json!({"console": {"type": kind}})).await?;
        let mut body: Value = self.api.decode(response).await?;
        super::unwrap_key(&mut body, "console", &self.api.url)
    }

    /// `GET /servers/ID/stats`: where the CPU and network graphs of a server are.
    pub async fn stats(&self, id: &str) -> Result<Value> {
        self.api.get(&format!("servers/{id}/stats"), "stats").await
    }

    /// Polls a server until `wait` is satisfied; a server that vanished counts as DELETED.
    pub async fn wait_server(
        &self,
        id: &str,
        wait: &WaitFor,
        limits: PollLimits,
        mut on_poll: impl FnMut(&Server),
    ) -> Result<Polled<Server>> {
        poll(
            &format!("server {id}"),
            wait,
            limits,
            || async {
                match self.api.get::<Value>(&format!("servers/{id}"), "server").await {
                    Ok(server) => Ok(server),
                    Err(err) if err.status() == Some(404) => Ok(json!({"id": id, "status": "DELETED"})),
                    Err(err) => Err(err),
                }
            },
            |server: &Server| status_of(server).to_string(),
            |server: &Server| on_poll(server),
        )
        .await
    }

    pub async fn metadata(&self, id: &str) -> Result<BTreeMap<String, String>> {
        self.api.get(&format!("servers/{id}/metadata"), "metadata").await
    }

    /// Adds or changes metadata; returns all of it.
    pub async fn set_metadata(
        &self,
        id: &str,
        metadata: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>> {
        let body = json!({ "metadata": metadata });
        self.api.send_json(Method::POST, &format!("servers/{id}/metadata"), &body, "metadata").await
    }

    pub async fn delete_metadata(&self, id: &str, key: &str) -> Result<()> {
        let path = format!("servers/{id}/metadata/{}", urlencode(key));
        self.api.send_unit(Method::DELETE, &path, None).await.map_err(|err| {
            if err.status() == Some(404) {
                Error::not_found(format!("server `{id}` has no metadata key `{key}`"))
                    .hint(format!("`kamaki server metadata list {id}` shows its metadata"))
            } else {
                err
            }
        })?;
        Ok(())
    }

    pub async fn attach_volume(&self, server_id: &str, volume_id: &str) -> Result<Value> {
        let body = json!({"volumeAttachment": {"volumeId": volume_id}});
        let path = format!("servers/{server_id}/os-volume_attachments");
        self.api.send_json(Method::POST, &path, &body, "volumeAttachment").await
    }

    pub async fn detach_volume(&self, server_id: &str, volume_id: &str) -> Result<()> {
        let path = format!("servers/{server_id}/os-volume_attachments/{volume_id}");
        self.api.send_unit(Method::DELETE, &path, None).await?;
        Ok(())
    }

    /// `GET /flavors/detail`.
    pub async fn list_flavors(&self) -> Result<Vec<Value>> {
        self.api.get("flavors/detail", "flavors").await
    }

    /// `GET /images/detail`: the images servers can boot.
    pub async fn list_images(&self) -> Result<Vec<Value>> {
        self.api.get("images/detail", "images").await
    }

    /// `GET /images/ID`: one bootable image, its properties under `metadata`.
    pub async fn get_image(&self, id: &str) -> Result<Value> {
        self.api.get(&format!("images/{id}"), "image").await
    }

    /// `GET /os-keypairs`: each key pair unwrapped from its `{"keypair": …}`.
    pub async fn list_keypairs(&self) -> Result<Vec<Value>> {
        let wrapped: Vec<Value> = self.api.get("os-keypairs", "keypairs").await?;
        Ok(wrapped
            .into_iter()
            .map(|mut item| item.get_mut("keypair").map(Value::take).unwrap_or(item))
            .collect())
    }

    /// Creates a key pair: imports `public_key`, or has the cloud generate one (the reply
    /// then holds the `private_key`, shown only this once).
    pub async fn create_keypair(&self, name: &str, public_key: Option<&str>) -> Result<Value> {
        let body = match public_key {
            Some(key) => json!({"keypair": {"name": name, "public_key": key}}),
            None => json!({"keypair": {"name": name}}),
        };
        self.api.send_json(Method::POST, "os-keypairs", &body, "keypair").await
    }

    pub async fn delete_keypair(&self, name: &str) -> Result<()> {
        self.api.send_unit(Method::DELETE, &format!("os-keypairs/{}", urlencode(name)), None).await.map_err(
            |err| {
                if err.status() == Some(404) {
                    Error::not_found(format!("key pair `{name}` not found"))
                        .hint("`kamaki server keypair list` shows your key pairs")
                } else {
                    err
                }
            },
        )?;
        Ok(())
    }
}

fn urlencode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}
