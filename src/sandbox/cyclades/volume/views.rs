//! The block storage service's JSON view of each record.

use serde_json::{Value, json};

use crate::sandbox::cyclades::model::{SnapshotDoc, VolumeDoc, VolumeType, current_status, timestamp};

pub(super) fn volume_view(volume: &VolumeDoc) -> Value {
    let attachments: Vec<Value> = match (&volume.server_id, volume.device_index) {
        (Some(server), Some(index)) => {
            vec![json!({"server_id": server, "volume_id": volume.id, "device_index": index})]
        }
        _ => Vec::new(),
    };
    json!({
        "id": volume.id,
        "display_name": volume.name,
        "status": volume.status_now(),
        "size": volume.size_gib,
        "display_description": volume.description,
        "created_at": timestamp(volume.created),
        "metadata": volume.metadata,
        "snapshot_id": volume.snapshot_id,
        "source_volid": null,
        "image_id": volume.image_id,
        "attachments": attachments,
        "volume_type": volume.volume_type,
        "deleted": false,
        "delete_on_termination": volume.delete_on_termination,
        "user_id": volume.user_id,
        "tenant_id": volume.project,
        "shared_to_project": false,
    })
}

pub(super) fn type_view(volume_type: &VolumeType) -> Value {
    json!({
        "id": volume_type.id,
        "name": volume_type.name,
        "deleted": false,
        "SNF:disk_template": volume_type.disk_template,
        "SNF:detachable": volume_type.detachable,
    })
}

pub(super) fn snapshot_view(snapshot: &SnapshotDoc) -> Value {
    let status = current_status(&snapshot.status, &snapshot.transition);
    let progress = if status == "AVAILABLE" { json!("100%") } else { json!(0) };
    json!({
        "id": snapshot.id,
        "size": snapshot.size_gib,
        "display_name": snapshot.name,
        "display_description": snapshot.description,
        "status": status,
        "user_id": snapshot.user_id,
        "tenant_id": snapshot.project,
        "os-extended-snapshot-attribute:progress": progress,
        "created_at": timestamp(snapshot.created),
        "metadata": {},
        "volume_id": snapshot.volume_id,
    })
}
