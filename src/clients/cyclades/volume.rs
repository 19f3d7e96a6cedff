//! The Cyclades block storage API (`/volume/v2.0`): volumes, volume types, snapshots.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Api, WaitFor, not_found, poll};
use crate::clients::poll::{PollLimits, Polled};
use crate::error::Result;

/// What a new volume asks for.
#[derive(Debug, Clone, Default)]
pub struct VolumeSpec {
    pub name: String,
    pub size_gib: u64,
    pub server_id: Option<String>,
    pub volume_type: Option<String>,
    pub project: Option<String>,
    pub description: Option<String>,
    pub snapshot_id: Option<String>,
}

#[derive(Clone, Debug)]
pub struct VolumeClient {
    api: Api,
}

impl VolumeClient {
    pub fn new(api: Api) -> VolumeClient {
        VolumeClient { api }
    }

    /// `GET /volumes/detail`.
    pub async fn list_volumes(&self) -> Result<Vec<Value>> {
        self.api.get("volumes/detail", "volumes").await
    }

    pub async fn get_volume(&self, id: &str) -> Result<Value> {
        let path = format!("volumes/{id}");
        self.api.get(&path, "volume").await.map_err(|e| not_found(e, "volume", id, "kamaki volume list"))
    }

    pub async fn create_volume(&self, spec: &VolumeSpec) -> Result<Value> {
        let mut volume = Map::new();
        volume.insert("display_name".into(), json!(spec.name));
        volume.insert("size".into(), json!(spec.size_gib));
        let optional = [
            ("server_id", &spec.server_id),
            ("volume_type", &spec.volume_type),
            ("project", &spec.project),
            ("display_description", &spec.description),
            ("snapshot_id", &spec.snapshot_id),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                volume.insert(key.into(), json!(value));
            }
        }
        self.api.send_json(Method::POST, "volumes", &json!({ "volume": volume }), "volume").await
    }

    pub async fn rename_volume(&self, id: &str, name: &str) -> Result<Value> {
        let body = json!({"volume": {"display_name": name}});
        let path = format!("volumes/{id}");
        self.api
            .send_json(Method::PUT, &path, &body, "volume")
            .await
            .map_err(|e| not_found(e, "volume", id, "kamaki volume list"))
    }

    pub async fn delete_volume(&self, id: &str) -> Result<()> {
        self.api
            .send_unit(Method::DELETE, &format!("volumes/{id}"), None)
            .await
            .map_err(|e| not_found(e, "volume", id, "kamaki volume list"))?;
        Ok(())
    }

    pub async fn reassign_volume(&self, id: &str, project: &str) -> Result<()> {
        // A 404 may name the project as well as the resource: the service's message says which.
        let body = json!({"reassign": {"project": project}});
        self.api.send_unit(Method::POST, &format!("volumes/{id}/action"), Some(&body)).await?;
        Ok(())
    }

    /// Polls a volume until `wait` holds (statuses are lowercase: `creating`, `available`,
    /// `in_use`, …); a volume that vanished counts as `deleted`.
    pub async fn wait_volume(&self, id: &str, wait: &WaitFor, limits: PollLimits) -> Result<Polled<Value>> {
        poll(
            &format!("volume {id}"),
            wait,
            limits,
            || async {
                match self.api.get::<Value>(&format!("volumes/{id}"), "volume").await {
                    Err(err) if err.status() == Some(404) => Ok(json!({"id": id, "status": "deleted"})),
                    other => other,
                }
            },
            |volume: &Value| volume["status"].as_str().unwrap_or("unknown").to_string(),
            |_| {},
        )
        .await
    }

    /// `GET /types`.
    pub async fn list_types(&self) -> Result<Vec<Value>> {
        self.api.get("types", "volume_types").await
    }

    pub async fn list_snapshots(&self) -> Result<Vec<Value>> {
        self.api.get("snapshots/detail", "snapshots").await
    }

    pub async fn get_snapshot(&self, id: &str) -> Result<Value> {
        let path = format!("snapshots/{id}");
        self.api
            .get(&path, "snapshot")
            .await
            .map_err(|e| not_found(e, "snapshot", id, "kamaki volume snapshot list"))
    }

    pub async fn create_snapshot(&self, volume_id: &str, name: Option<&str>) -> Result<Value> {
        let mut snapshot = Map::new();
        snapshot.insert("volume_id".into(), json!(volume_id));
        if let Some(name) = name {
            snapshot.insert("display_name".into(), json!(name));
        }
        self.api.send_json(Method::POST, "snapshots", &json!({ "snapshot": snapshot }), "snapshot").await
    }

    pub async fn delete_snapshot(&self, id: &str) -> Result<()> {
        self.api
            .send_unit(Method::DELETE, &format!("snapshots/{id}"), None)
            .await
            .map_err(|e| not_found(e, "snapshot", id, "kamaki volume snapshot list"))?;
        Ok(())
    }
}
