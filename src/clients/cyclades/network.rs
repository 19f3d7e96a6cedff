//! The Cyclades network API (`/network/v2.0`): networks, subnets, ports, floating IPs.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Api, WaitFor, not_found, poll};
use crate::clients::poll::{PollLimits, Polled};
use crate::error::Result;

/// What a new subnet asks for.
#[derive(Debug, Clone, Default)]
pub struct SubnetSpec {
    pub network_id: String,
    pub cidr: String,
    pub name: Option<String>,
    /// `None`: the first host address; `Some(None)`: no gateway.
    pub gateway: Option<Option<String>>,
    pub dhcp: bool,
}

/// What a new port asks for.
#[derive(Debug, Clone, Default)]
pub struct PortSpec {
    pub network_id: String,
    pub device_id: Option<String>,
    pub name: Option<String>,
    pub ip_address: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NetworkClient {
    api: Api,
}

impl NetworkClient {
    pub fn new(api: Api) -> NetworkClient {
        NetworkClient { api }
    }

    /// `GET /networks/detail`.
    pub async fn list_networks(&self) -> Result<Vec<Value>> {
        self.api.get("networks/detail", "networks").await
    }

    pub async fn get_network(&self, id: &str) -> Result<Value> {
        let path = format!("networks/{id}");
        self.api.get(&path, "network").await.map_err(|e| not_found(e, "network", id, "kamaki network list"))
    }

    /// `POST /networks`: a private network of `network_type` (e.g. `MAC_FILTERED`).
    pub async fn create_network(
        &self,
        name: &str,
        network_type: &str,
        project: Option<&str>,
    ) -> Result<Value> {
        let mut network = Map::new();
        network.insert("name".into(), json!(name));
        network.insert("type".into(), json!(network_type));
        network.insert("admin_state_up".into(), json!(true));
        if let Some(project) = project {
            network.insert("project".into(), json!(project));
        }
        self.api.send_json(Method::POST, "networks", &json!({ "network": network }), "network").await
    }

    pub async fn rename_network(&self, id: &str, name: &str) -> Result<Value> {
        let body = json!({"network": {"name": name}});
        let path = format!("networks/{id}");
        self.api
            .send_json(Method::PUT, &path, &body, "network")
            .await
            .map_err(|e| not_found(e, "network", id, "kamaki network list"))
    }

    pub async fn delete_network(&self, id: &str) -> Result<()> {
        self.api
            .send_unit(Method::DELETE, &format!("networks/{id}"), None)
            .await
            .map_err(|e| not_found(e, "network", id, "kamaki network list"))?;
        Ok(())
    }

    pub async fn reassign_network(&self, id: &str, project: &str) -> Result<()> {
        // A 404 may name the project as well as the resource: the service's message says which.
        let body = json!({"reassign": {"project": project}});
        self.api.send_unit(Method::POST, &format!("networks/{id}/action"), Some(&body)).await?;
        Ok(())
    }

    pub async fn list_subnets(&self) -> Result<Vec<Value>> {
        self.api.get("subnets", "subnets").await
    }

    pub async fn get_subnet(&self, id: &str) -> Result<Value> {
        let path = format!("subnets/{id}");
        self.api
            .get(&path, "subnet")
            .await
            .map_err(|e| not_found(e, "subnet", id, "kamaki network subnet list"))
    }

    pub async fn create_subnet(&self, spec: &SubnetSpec) -> Result<Value> {
        let mut subnet = Map::new();
        subnet.insert("network_id".into(), json!(spec.network_id));
        subnet.insert("cidr".into(), json!(spec.cidr));
        subnet.insert("ip_version".into(), json!(4));
        subnet.insert("enable_dhcp".into(), json!(spec.dhcp));
        if let Some(name) = &spec.name {
            subnet.insert("name".into(), json!(name));
        }
        if let Some(gateway) = &spec.gateway {
            subnet.insert("gateway_ip".into(), json!(gateway));
        }
        self.api.send_json(Method::POST, "subnets", &json!({ "subnet": subnet }), "subnet").await
    }

    pub async fn list_ports(&self) -> Result<Vec<Value>> {
        self.api.get("ports/detail", "ports").await
    }

    pub async fn get_port(&self, id: &str) -> Result<Value> {
        let path = format!("ports/{id}");
        self.api.get(&path, "port").await.map_err(|e| not_found(e, "port", id, "kamaki network port list"))
    }

    pub async fn create_port(&self, spec: &PortSpec) -> Result<Value> {
        let mut port = Map::new();
        port.insert("network_id".into(), json!(spec.network_id));
        if let Some(device) = &spec.device_id {
            port.insert("device_id".into(), json!(device));
        }
        if let Some(name) = &spec.name {
            port.insert("name".into(), json!(name));
        }
        if let Some(ip) = &spec.ip_address {
            port.insert("fixed_ips".into(), json!([{"ip_address": ip}]));
        }
        self.api.send_json(Method::POST, "ports", &json!({ "port": port }), "port").await
    }

    pub async fn delete_port(&self, id: &str) -> Result<()> {
        self.api
            .send_unit(Method::DELETE, &format!("ports/{id}"), None)
            .await
            .map_err(|e| not_found(e, "port", id, "kamaki network port list"))?;
        Ok(())
    }

    /// Polls a port until `wait` holds (`BUILD`, `ACTIVE`, `DOWN`, `ERROR`); a port that
    /// vanished counts as `DELETED`.
    pub async fn wait_port(&self, id: &str, wait: &WaitFor, limits: PollLimits) -> Result<Polled<Value>> {
        poll(
            &format!("port {id}"),
            wait,
            limits,
            || async {
                match self.api.get::<Value>(&format!("ports/{id}"), "port").await {
                    Err(err) if err.status() == Some(404) => Ok(json!({"id": id, "status": "DELETED"})),
                    other => other,
                }
            },
            |port: &Value| port["status"].as_str().unwrap_or("UNKNOWN").to_string(),
            |_| {},
        )
        .await
    }

    pub async fn list_floating_ips(&self) -> Result<Vec<Value>> {
        self.api.get("floatingips", "floatingips").await
    }

    pub async fn get_floating_ip(&self, id: &str) -> Result<Value> {
        let path = format!("floatingips/{id}");
        self.api
            .get(&path, "floatingip")
            .await
            .map_err(|e| not_found(e, "floating IP", id, "kamaki network ip list"))
    }

    /// Reserves a floating IP (from `network_id`'s pool, or the default one).
    pub async fn create_floating_ip(
        &self,
        network_id: Option<&str>,
        address: Option<&str>,
        project: Option<&str>,
    ) -> Result<Value> {
        let mut ip = Map::new();
        if let Some(network) = network_id {
            ip.insert("floating_network_id".into(), json!(network));
        }
        if let Some(address) = address {
            ip.insert("floating_ip_address".into(), json!(address));
        }
        if let Some(project) = project {
            ip.insert("project".into(), json!(project));
        }
        self.api.send_json(Method::POST, "floatingips", &json!({ "floatingip": ip }), "floatingip").await
    }

    pub async fn delete_floating_ip(&self, id: &str) -> Result<()> {
        self.api
            .send_unit(Method::DELETE, &format!("floatingips/{id}"), None)
            .await
            .map_err(|e| not_found(e, "floating IP", id, "kamaki network ip list"))?;
        Ok(())
    }

    pub async fn reassign_floating_ip(&self, id: &str, project: &str) -> Result<()> {
        // A 404 may name the project as well as the resource: the service's message says which.
        let body = json!({"reassign": {"project": project}});
        self.api.send_unit(Method::POST, &format!("floatingips/{id}/action"), Some(&body)).await?;
        Ok(())
    }
}
