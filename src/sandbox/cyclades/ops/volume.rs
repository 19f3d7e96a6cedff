//! Plugging volumes into servers and what a server's life does to its volumes: a root
//! volume made with it, moved with it to another project, and released when it goes.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::Utc;

use super::{charge, move_usage};
use crate::sandbox::cyclades::model::{
    Flavor, Transition, VOLUME, VolumeDoc, load_volume, running, server_volumes, volume_type,
    volume_type_for_template,
};
use crate::sandbox::{Docs, Fault};

/// Creates the root volume of a new server of `flavor`, ready when the server's build
/// (`build_delay`) is; the server's creation charges its disk.
pub(crate) fn create_root_volume(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    server_id: &str,
    flavor: &Flavor,
    image_id: &str,
    build_delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let disk_template = flavor.disk_template;
    let volume_type = volume_type_for_template(disk_template)
        .ok_or_else(|| Fault::bad_request(format!("No volume type for disk template {disk_template}")))?;
    let volume = VolumeDoc {
        id: docs.next_id(VOLUME)?.to_string(),
        name: format!("root volume of server {server_id}"),
        description: String::new(),
        size_gib: u64::from(flavor.disk_gib),
        volume_type: volume_type.id,
        server_id: Some(server_id.to_string()),
        device_index: Some(0),
        status: "in_use".to_string(),
        transition: Some(Transition::new("creating", "CREATING", build_delay, "in_use")),
        user_id: user.to_string(),
        project: project.to_string(),
        snapshot_id: None,
        image_id: Some(image_id.to_string()),
        delete_on_termination: true,
        metadata: BTreeMap::new(),
        created: Utc::now(),
    };
    volume.save(docs)?;
    Ok(volume)
}

/// A deleted server takes its delete-on-termination volumes with it (returning their
/// disk quota) and leaves the others available, detaching for `delay`.
pub(crate) fn release_server_volumes(docs: &Docs<'_>, server_id: &str, delay: Duration) -> Result<(), Fault> {
    for mut volume in server_volumes(docs, server_id)? {
        if volume.delete_on_termination {
            docs.delete(VOLUME, &volume.id)?;
            charge(docs, &volume.user_id, &volume.project, "cyclades.disk", -volume.disk_bytes())?;
        } else {
            unplug(docs, &mut volume, delay)?;
        }
    }
    Ok(())
}

/// Moves the root volume (and its disk quota) along with its server to another project.
pub(crate) fn reassign_root_volume(docs: &Docs<'_>, server_id: &str, project: &str) -> Result<(), Fault> {
    for mut volume in server_volumes(docs, server_id)? {
        if volume.device_index != Some(0) || volume.project == project {
            continue;
        }
        move_usage(docs, &volume.user_id, &volume.project, project, "cyclades.disk", volume.disk_bytes())?;
        volume.project = project.to_string();
        volume.save(docs)?;
    }
    Ok(())
}

/// The lowest device index no volume of the server holds.
pub(crate) fn next_device_index(docs: &Docs<'_>, server_id: &str) -> Result<u32, Fault> {
    let used: Vec<u32> =
        server_volumes(docs, server_id)?.iter().filter_map(|volume| volume.device_index).collect();
    Ok((0..).find(|index| !used.contains(index)).unwrap_or(0))
}

/// Plugs an available volume into a server whose disk template is `server_template`.
pub(crate) fn attach(
    docs: &Docs<'_>,
    user: &str,
    server_id: &str,
    server_template: &str,
    volume_id: &str,
    delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let mut volume = load_volume(docs, user, volume_id)?;
    let template = volume_type(volume.volume_type).map_or("unknown", |volume_type| volume_type.disk_template);
    if template != server_template {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} ({template}) cannot be attached to server {server_id}, whose disks are {server_template}"
        )));
    }
    let status = volume.status_now();
    if status != "available" {
        let holder =
            volume.server_id.as_deref().map(|id| format!(" (attached to server {id})")).unwrap_or_default();
        return Err(Fault::conflict(format!(
            "Volume {volume_id} is {status}{holder}; only an available volume can be attached"
        )));
    }
    if !volume.detachable() {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} is of a type that cannot be attached or detached"
        )));
    }
    volume.device_index = Some(next_device_index(docs, server_id)?);
    volume.server_id = Some(server_id.to_string());
    volume.status = "in_use".to_string();
    volume.transition = Some(Transition::new("attaching", "ATTACHING", delay, "in_use"));
    volume.save(docs)?;
    Ok(volume)
}

/// Unplugs a volume from the server it is attached to.
pub(crate) fn detach(
    docs: &Docs<'_>,
    user: &str,
    server_id: &str,
    volume_id: &str,
    delay: Duration,
) -> Result<VolumeDoc, Fault> {
    let mut volume = load_volume(docs, user, volume_id)?;
    if volume.server_id.as_deref() != Some(server_id) {
        return Err(Fault::not_found(format!("Volume {volume_id} is not attached to server {server_id}")));
    }
    if volume.device_index == Some(0) {
        return Err(Fault::bad_request(format!(
            "Volume {volume_id} is the root volume of server {server_id}"
        )));
    }
    if !volume.detachable() {
        return Err(Fault::bad_request(format!("Volume {volume_id} is of a type that cannot be detached")));
    }
    if let Some(transition) = running(&volume.transition) {
        return Err(Fault::conflict(format!(
            "Volume {volume_id} is {}; wait for it to finish",
            transition.status
        )));
    }
    unplug(docs, &mut volume, delay)?;
    Ok(volume)
}

/// Leaves a volume available, detaching for `delay`.
fn unplug(docs: &Docs<'_>, volume: &mut VolumeDoc, delay: Duration) -> Result<(), Fault> {
    volume.server_id = None;
    volume.device_index = None;
    volume.status = "available".to_string();
    volume.transition = Some(Transition::new("detaching", "DETACHING", delay, "available"));
    volume.save(docs)
}
