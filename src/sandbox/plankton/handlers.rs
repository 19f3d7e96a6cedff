//! The image API's handlers: listings, one image (register, read, update, unregister) and
//! its members.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::model::{
    Audience, IMAGE_KIND, ImageRecord, MEMBERS_KIND, apply_properties, check_name_is_free, create_url,
    live_images, members, owned, share_file, split_location, timestamp, usable, usable_images,
};
use super::views::{ImageParams, image_response, json_response};
use crate::sandbox::{Fault, SandboxState, User, astakos, pithos};

const SORT_KEYS: [&str; 8] =
    ["id", "name", "status", "size", "disk_format", "container_format", "created_at", "updated_at"];
/// Fields a registration may set, and fields an update may set.
const ADD_FIELDS: [&str; 10] = [
    "name",
    "id",
    "store",
    "disk_format",
    "container_format",
    "size",
    "checksum",
    "is_public",
    "owner",
    "location",
];
const UPDATE_FIELDS: [&str; 6] = ["name", "disk_format", "container_format", "is_public", "owner", "status"];

pub(super) async fn list_summaries(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Fault> {
    list(&state, &user, &query, false)
}

pub(super) async fn list_details(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Fault> {
    list(&state, &user, &query, true)
}

fn list(
    state: &SandboxState,
    user: &User,
    query: &HashMap<String, String>,
    detail: bool,
) -> Result<Response, Fault> {
    let sort_key = query.get("sort_key").map_or("created_at", String::as_str);
    let sort_dir = query.get("sort_dir").map_or("desc", String::as_str);
    if !SORT_KEYS.contains(&sort_key) {
        return Err(Fault::bad_request("Invalid 'sort_key'"));
    }
    if !["asc", "desc"].contains(&sort_dir) {
        return Err(Fault::bad_request("Invalid 'sort_dir'"));
    }
    let size_bound = |key: &str| -> Result<Option<u64>, Fault> {
        query.get(key).map(|v| v.parse().map_err(|_| Fault::bad_request("Malformed request."))).transpose()
    };
    let (size_min, size_max) = (size_bound("size_min")?, size_bound("size_max")?);
    let exact = |key: &str, value: &str| query.get(key).is_none_or(|wanted| wanted == value);

    let mut images: Vec<ImageRecord> = state
        .store
        .transaction(|docs| usable_images(docs, &user.uuid))?
        .into_iter()
        .filter(|i| exact("name", &i.name) && exact("status", &i.status))
        .filter(|i| exact("disk_format", &i.disk_format) && exact("container_format", &i.container_format))
        .filter(|i| size_min.is_none_or(|min| i.size >= min) && size_max.is_none_or(|max| i.size <= max))
        .collect();
    images.sort_by(|a, b| {
        let order = a.sort_key(sort_key).cmp(&b.sort_key(sort_key));
        if sort_dir == "desc" { order.reverse() } else { order }
    });
    let items: Vec<Value> =
        images.iter().map(|image| if detail { image.detail() } else { image.summary() }).collect();
    Ok(json_response(StatusCode::OK, &Value::Array(items)))
}

pub(super) async fn shared_images(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(member): Path<String>,
) -> Result<Response, Fault> {
    // As Synnefo does: the images `member` owns that the caller may use without them
    // being public.
    let shared: Vec<Value> = state
        .store
        .transaction(|docs| usable_images(docs, &user.uuid))?
        .into_iter()
        .filter(|image| !image.is_public && image.owner == member)
        .map(|image| json!({"image_id": image.id, "can_share": false}))
        .collect();
    Ok(json_response(StatusCode::OK, &json!({"shared_images": shared})))
}

pub(super) async fn meta(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let image = state.store.transaction(|docs| usable(docs, &user, &id))?;
    Ok(image_response(&image))
}

/// Plankton never serves image data itself; the file is read from Pithos.
pub(super) async fn download(_: User) -> Result<Response, Fault> {
    Err(Fault::new(501, "notImplemented", "Not Implemented"))
}

pub(super) async fn register(
    State(state): State<Arc<SandboxState>>,
    user: User,
    headers: HeaderMap,
) -> Result<Response, Fault> {
    let params = ImageParams::from_headers(&headers)?;
    if let Some(field) = params.fields.keys().find(|k| !ADD_FIELDS.contains(&k.as_str())) {
        return Err(Fault::bad_request(format!(
            "Invalid parameters: `{field}` cannot be set on registration"
        )));
    }
    let name =
        params.fields.get("name").ok_or_else(|| Fault::bad_request("Image 'name' parameter is required"))?;
    if name.trim().is_empty() {
        return Err(Fault::bad_request("Invalid image name"));
    }
    let location = params
        .fields
        .get("location")
        .ok_or_else(|| Fault::bad_request("'location' parameter is required"))?;
    let (account, container, path) = split_location(location)
        .ok_or_else(|| Fault::bad_request(format!("Invalid location '{location}'")))?;
    params.validate()?;
    if params.fields.get("owner").is_some_and(|owner| owner != &user.uuid) {
        return Err(Fault::forbidden("Images are registered to the user who registers them"));
    }

    let url = format!("pithos://{account}/{container}/{path}");
    let object = pithos::object_info(&state, &account, &container, &path)?
        .ok_or_else(|| Fault::not_found(format!("Image file {url} does not exist")))?;
    if !object.readable_by(&user.uuid) {
        return Err(Fault::forbidden(format!("You are not allowed to read {url}")));
    }
    if let Some(size) =
        params.fields.get("size").filter(|size| size.parse::<u64>().ok() != Some(object.bytes))
    {
        return Err(Fault::bad_request(format!(
            "Invalid 'size' field: {url} has {} bytes, not {size}",
            object.bytes
        )));
    }
    if params.fields.get("checksum").is_some_and(|checksum| checksum != &object.hash) {
        return Err(Fault::bad_request(format!(
            "Invalid checksum field: it does not match the hash of {url}"
        )));
    }

    let location = create_url(&account, &container, &path);
    let now = timestamp();
    let image = state.store.transaction(|docs| {
        let images = live_images(docs)?;
        let existing = images.iter().find(|image| image.location == location);
        if let Some(other) = existing.filter(|image| image.owner != user.uuid) {
            return Err(Fault::conflict(format!(
                "{location} is already registered as image {} by another user",
                other.id
            )));
        }
        let id = existing.map_or_else(|| uuid::Uuid::new_v4().to_string(), |image| image.id.clone());
        check_name_is_free(&images, &user.uuid, name, &id)?;
        // Registering a registered file again updates that image, as Plankton does.
        let before = match existing {
            Some(image) => Audience::of(docs, image)?,
            None => Audience::default(),
        };
        let mut image = existing.cloned().unwrap_or_else(|| ImageRecord {
            id,
            name: String::new(),
            status: "AVAILABLE".into(),
            location: location.clone(),
            size: 0,
            checksum: String::new(),
            disk_format: "diskdump".into(),
            container_format: "bare".into(),
            is_public: false,
            owner: user.uuid.clone(),
            properties: BTreeMap::new(),
            created_at: now.clone(),
            updated_at: now.clone(),
        });
        image.name = name.clone();
        image.size = object.bytes;
        image.checksum = object.hash.clone();
        image.is_public = params.is_public().unwrap_or(false);
        image.updated_at = now.clone();
        if let Some(format) = params.fields.get("disk_format") {
            image.disk_format = format.clone();
        }
        if let Some(format) = params.fields.get("container_format") {
            image.container_format = format.clone();
        }
        apply_properties(&mut image.properties, &params.properties);
        docs.put(IMAGE_KIND, &image.id, &image)?;
        share_file(docs, &image, &before, &Audience { public: image.is_public, ..before.clone() })?;
        Ok(image)
    })?;
    Ok(image_response(&image))
}

pub(super) async fn update(
    State(state): State<Arc<SandboxState>>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let params = ImageParams::from_headers(&headers)?;
    if let Some(field) = params.fields.keys().find(|k| !UPDATE_FIELDS.contains(&k.as_str())) {
        return Err(Fault::bad_request(format!("Invalid metadata: `{field}` cannot be changed")));
    }
    params.validate()?;
    let image = state.store.transaction(|docs| {
        let mut image = owned(docs, &user, &id)?;
        if params.fields.get("owner").is_some_and(|owner| owner != &image.owner) {
            return Err(Fault::bad_request("Changing the owner of an image is not supported"));
        }
        if let Some(name) = params.fields.get("name") {
            if name.trim().is_empty() {
                return Err(Fault::bad_request("Invalid image name"));
            }
            check_name_is_free(&live_images(docs)?, &user.uuid, name, &id)?;
            image.name = name.clone();
        }
        if let Some(format) = params.fields.get("disk_format") {
            image.disk_format = format.clone();
        }
        if let Some(format) = params.fields.get("container_format") {
            image.container_format = format.clone();
        }
        if let Some(status) = params.fields.get("status") {
            image.status = status.to_uppercase();
        }
        let before = Audience::of(docs, &image)?;
        if let Some(public) = params.is_public() {
            image.is_public = public;
        }
        apply_properties(&mut image.properties, &params.properties);
        image.updated_at = timestamp();
        docs.put(IMAGE_KIND, &id, &image)?;
        share_file(docs, &image, &before, &Audience { public: image.is_public, ..before.clone() })?;
        Ok(image)
    })?;
    Ok(image_response(&image))
}

/// Forgets the registration; the file stays in Pithos, no longer shared on the image's
/// account.
pub(super) async fn unregister(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let image = owned(docs, &user, &id)?;
        share_file(docs, &image, &Audience::of(docs, &image)?, &Audience::default())?;
        docs.delete(IMAGE_KIND, &id)?;
        docs.delete(MEMBERS_KIND, &id)?;
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub(super) async fn list_members(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let members = state.store.transaction(|docs| {
        usable(docs, &user, &id)?;
        members(docs, &id)
    })?;
    let members: Vec<Value> = members.iter().map(|m| json!({"member_id": m, "can_share": false})).collect();
    Ok(json_response(StatusCode::OK, &json!({"members": members})))
}

#[derive(Deserialize)]
struct Memberships {
    memberships: Vec<Membership>,
}

#[derive(Deserialize)]
struct Membership {
    member_id: String,
}

pub(super) async fn replace_members(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, Fault> {
    let request: Memberships = serde_json::from_slice(&body).map_err(|e| {
        Fault::bad_request(format!(
            "Invalid 'memberships' field: expected {{\"memberships\": [{{\"member_id\": UUID}}]}} ({e})"
        ))
    })?;
    let mut members: Vec<String> = Vec::new();
    for member in request.memberships {
        if !members.contains(&member.member_id) {
            members.push(member.member_id);
        }
    }
    change_members(&state, &user, &id, |current| *current = members)
}

pub(super) async fn add_member(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, Fault> {
    change_members(&state, &user, &id, |members| {
        if !members.contains(&member) {
            members.push(member);
        }
    })
}

pub(super) async fn remove_member(
    State(state): State<Arc<SandboxState>>,
    user: User,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, Fault> {
    change_members(&state, &user, &id, |members| members.retain(|m| m != &member))
}

/// Applies `change` to the member list of an image the caller owns; every member must be
/// a user of this cloud.
fn change_members(
    state: &SandboxState,
    user: &User,
    id: &str,
    change: impl FnOnce(&mut Vec<String>),
) -> Result<Response, Fault> {
    state.store.transaction(|docs| {
        let image = owned(docs, user, id)?;
        let before = Audience::of(docs, &image)?;
        let mut members = before.members.clone();
        change(&mut members);
        for member in &members {
            if docs.get::<User>(astakos::USER_KIND, member)?.is_none() {
                return Err(Fault::bad_request(format!("Unknown user '{member}': members are user uuids")));
            }
        }
        docs.put(MEMBERS_KIND, id, &members)?;
        share_file(docs, &image, &before, &Audience { public: image.is_public, members })
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
