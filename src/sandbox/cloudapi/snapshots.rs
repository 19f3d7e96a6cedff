//! Machine snapshots: `queued` for one transition delay after they are taken, then
//! `created`; a stopped machine can boot from one.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::machines::{MachineRecord, valid_name};
use super::{
    CapiError, Datacenter, Form, RequestContext, accepted, created, iso_millis, json_response, no_content,
    now_millis, param_string,
};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct SnapshotRecord {
    pub name: String,
    pub created_ms: i64,
    /// The snapshot is `queued` until then, `created` after.
    pub ready_ms: i64,
}

impl SnapshotRecord {
    pub(super) fn state(&self, now: i64) -> &'static str {
        if now < self.ready_ms { "queued" } else { "created" }
    }

    fn to_json(&self, now: i64) -> Value {
        json!({
            "name": self.name,
            "state": self.state(now),
            "size": 0,
            "created": iso_millis(self.created_ms),
            "updated": iso_millis(self.ready_ms.min(now).max(self.created_ms)),
        })
    }
}

pub(super) async fn list_snapshots(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    let now = now_millis();
    let snapshots: Vec<Value> = machine.snapshots.iter().map(|s| s.to_json(now)).collect();
    Ok(json_response(StatusCode::OK, &snapshots))
}

pub(super) async fn create_snapshot(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut machine = dc.live_machine(&ctx, &login, &id)?;
    if machine.brand() == "kvm" {
        return Err(CapiError::invalid("snapshots are not supported for KVM virtualmachines"));
    }
    let now = now_millis();
    let name = param_string(&params, "name")
        .unwrap_or_else(|| chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string());
    if !valid_name(&name) {
        return Err(CapiError::invalid(format!("{name} is not a valid snapshot name")));
    }
    if machine.snapshots.iter().any(|s| s.name == name) {
        return Err(CapiError::invalid(format!("snapshot {name} already exists")));
    }
    let snapshot = SnapshotRecord { name: name.clone(), created_ms: now, ready_ms: now + dc.api.delay_ms };
    let body = snapshot.to_json(now);
    machine.snapshots.push(snapshot);
    dc.api.save_machine(&machine)?;
    let location = format!("/{}/machines/{id}/snapshots/{name}", machine.owner);
    Ok(created(&location, &body))
}

fn find_snapshot<'m>(machine: &'m MachineRecord, name: &str) -> Result<&'m SnapshotRecord, CapiError> {
    machine
        .snapshots
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| CapiError::not_found(format!("snapshot {name} not found")))
}

pub(super) async fn get_snapshot(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, name)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    let machine = dc.live_machine(&ctx, &login, &id)?;
    let snapshot = find_snapshot(&machine, &name)?;
    Ok(json_response(StatusCode::OK, &snapshot.to_json(now_millis())))
}

pub(super) async fn boot_snapshot(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, name)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut machine = dc.live_machine(&ctx, &login, &id)?;
    let now = now_millis();
    if find_snapshot(&machine, &name)?.state(now) != "created" {
        return Err(CapiError::invalid_state(format!("snapshot {name} is still being created")));
    }
    let state = machine.state_at(now).to_string();
    if state != "stopped" {
        return Err(CapiError::invalid_state(format!(
            "instance {id} must be stopped to boot from a snapshot (it is {state})"
        )));
    }
    machine.begin(now, dc.api.delay_ms, "stopped", "running");
    machine.record(&ctx, "start", now, dc.api.delay_ms);
    dc.api.save_machine(&machine)?;
    Ok(accepted())
}

pub(super) async fn delete_snapshot(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id, name)): Path<(String, String, String)>,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut machine = dc.live_machine(&ctx, &login, &id)?;
    find_snapshot(&machine, &name)?;
    machine.snapshots.retain(|s| s.name != name);
    dc.api.save_machine(&machine)?;
    Ok(no_content())
}
