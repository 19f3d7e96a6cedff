//! Plankton, the image service (`/image/v1.0`, also `/image/v1`), as Synnefo's
//! `synnefo/plankton/views.py` serves it.
//!
//! An image is a Pithos object registered with a name, formats and properties. Records are
//! kept in the store under kind `image` in the Plankton/Glance v1 shape, which the compute
//! API's `/images` view reads too; who an image is shared with is kept apart, under
//! `image-members`, and mirrored onto the file's Pithos read permission as in Synnefo.
//! An image follows its file: size and checksum are read from it, and an image whose file
//! was deleted is forgotten when images are next read.
//! One image travels as `X-Image-Meta-*` headers (register, HEAD, update);
//! listings are a bare JSON array, as Synnefo up to 0.19 (which kamaki 0.16 expects) sends.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::pithos::{self, db};
use super::{Docs, Fault, SandboxState, User, astakos};

/// Store kind of image records.
pub const IMAGE_KIND: &str = "image";
/// Store kind of the member lists, keyed by image id.
const MEMBERS_KIND: &str = "image-members";
/// Store kind of the marker that the demo images exist.
const SEED_KIND: &str = "image-seed";

const DISK_FORMATS: [&str; 3] = ["diskdump", "extdump", "ntfsdump"];
const CONTAINER_FORMATS: [&str; 5] = ["aki", "ari", "ami", "bare", "ovf"];
const STATUSES: [&str; 4] = ["AVAILABLE", "SAVING", "ERROR", "DELETED"];
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
/// Every field Plankton reads from `X-Image-Meta-*` headers; others are ignored.
const PLANKTON_FIELDS: [&str; 17] = [
    "name",
    "disk_format",
    "container_format",
    "size",
    "checksum",
    "location",
    "created_at",
    "updated_at",
    "deleted_at",
    "status",
    "is_public",
    "owner",
    "id",
    "is_snapshot",
    "description",
    "store",
    "properties",
];

/// What Python's `urllib.quote` escapes (it keeps `/`): names and property values in
/// headers, location segments.
const QUOTED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');
const SEGMENT: &AsciiSet = &QUOTED.add(b'/');

/// A registered image, as stored and as the detail listing shows it (plus the constant
/// `deleted_at`, `is_snapshot` and `description` fields).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ImageRecord {
    pub id: String,
    pub name: String,
    pub status: String,
    /// `pithos://ACCOUNT/CONTAINER/PATH`, segments quoted.
    pub location: String,
    pub size: u64,
    /// The Pithos hash of the image file.
    pub checksum: String,
    pub disk_format: String,
    pub container_format: String,
    pub is_public: bool,
    /// The uuid of the user who registered it.
    pub owner: String,
    pub properties: BTreeMap<String, String>,
    /// UTC, `%Y-%m-%d %H:%M:%S` as Plankton formats it.
    pub created_at: String,
    pub updated_at: String,
}

impl ImageRecord {
    /// Whether `user` may see and use the image: its owner, anyone if public, or a member.
    fn usable_by(&self, user: &str, members: &[String]) -> bool {
        self.is_public || self.owner == user || members.iter().any(|m| m == user)
    }

    fn detail(&self) -> Value {
        let mut value = json!(self);
        value["deleted_at"] = json!("");
        value["is_snapshot"] = json!(false);
        value["description"] = json!("");
        value
    }

    fn summary(&self) -> Value {
        json!({
            "status": self.status, "name": self.name, "disk_format": self.disk_format,
            "container_format": self.container_format, "size": self.size, "id": self.id,
        })
    }

    fn sort_key(&self, key: &str) -> SortValue<'_> {
        match key {
            "id" => SortValue::Text(&self.id),
            "name" => SortValue::Text(&self.name),
            "status" => SortValue::Text(&self.status),
            "size" => SortValue::Number(self.size),
            "disk_format" => SortValue::Text(&self.disk_format),
            "container_format" => SortValue::Text(&self.container_format),
            "updated_at" => SortValue::Text(&self.updated_at),
            _ => SortValue::Text(&self.created_at),
        }
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortValue<'a> {
    Number(u64),
    Text(&'a str),
}

/// Every registered image whose file still exists, oldest first, with the file's current
/// size and checksum. As in Synnefo, where an image is its Pithos object's metadata, an
/// image whose file was deleted is gone: its record is forgotten here.
fn live_images(docs: &Docs<'_>) -> Result<Vec<ImageRecord>, Fault> {
    let mut live = Vec::new();
    for mut image in docs.list::<ImageRecord>(IMAGE_KIND)? {
        if refresh_from_file(docs, &mut image)? {
            live.push(image);
        } else {
            docs.delete(IMAGE_KIND, &image.id)?;
            docs.delete(MEMBERS_KIND, &image.id)?;
        }
    }
    Ok(live)
}

/// Takes the image's size and checksum from its file; false when the file is gone.
fn refresh_from_file(docs: &Docs<'_>, image: &mut ImageRecord) -> Result<bool, Fault> {
    let Some((account, container, path)) = split_location(&image.location) else { return Ok(false) };
    match db::get_version(docs.conn(), &account, &container, &path, None, None) {
        Ok(version) => {
            image.size = version.bytes;
            image.checksum = version.hash;
            Ok(true)
        }
        Err(fault) if fault.status == 404 => Ok(false),
        Err(fault) => Err(fault),
    }
}

/// Every image `user` may use (theirs, public, or shared with them), oldest first.
fn usable_images(docs: &Docs<'_>, user: &str) -> Result<Vec<ImageRecord>, Fault> {
    let mut usable = Vec::new();
    for image in live_images(docs)? {
        if image.usable_by(user, &members(docs, &image.id)?) {
            usable.push(image);
        }
    }
    Ok(usable)
}

/// The ids of the images shared with `user` as a member, whom the compute API lets boot
/// them too. Call it before reading image records: it forgets images whose file is gone.
pub fn shared_with(docs: &Docs<'_>, user: &str) -> Result<BTreeSet<String>, Fault> {
    let mut shared = BTreeSet::new();
    for image in live_images(docs)? {
        if members(docs, &image.id)?.iter().any(|member| member == user) {
            shared.insert(image.id);
        }
    }
    Ok(shared)
}

/// The users an image is shared with.
fn members(docs: &Docs<'_>, id: &str) -> Result<Vec<String>, Fault> {
    Ok(docs.get(MEMBERS_KIND, id)?.unwrap_or_default())
}

pub fn router(state: Arc<SandboxState>) -> Router {
    Router::new().nest("/image/v1.0", api()).nest("/image/v1", api()).with_state(state)
}

fn api() -> Router<Arc<SandboxState>> {
    Router::new()
        .route("/images", get(list_summaries).post(register))
        .route("/images/", get(list_summaries).post(register))
        .route("/images/detail", get(list_details))
        .route("/images/{id}", get(download).head(meta).put(update).delete(unregister))
        .route("/images/{id}/members", get(list_members).put(replace_members))
        .route("/images/{id}/members/{member}", put(add_member).delete(remove_member))
        .route("/shared-images/{member}", get(shared_images))
}

// ---------------------------------------------------------------------------------------
// listing

async fn list_summaries(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Fault> {
    list(&state, &headers, &query, false)
}

async fn list_details(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Fault> {
    list(&state, &headers, &query, true)
}

fn list(
    state: &SandboxState,
    headers: &HeaderMap,
    query: &HashMap<String, String>,
    detail: bool,
) -> Result<Response, Fault> {
    let user = state.authenticate(headers)?;
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

async fn shared_images(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(member): Path<String>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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

// ---------------------------------------------------------------------------------------
// one image

async fn meta(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
    let image = state.store.transaction(|docs| usable(docs, &user, &id))?;
    Ok(image_response(&image))
}

/// Plankton never serves image data itself; the file is read from Pithos.
async fn download(State(state): State<Arc<SandboxState>>, headers: HeaderMap) -> Result<Response, Fault> {
    state.authenticate(&headers)?;
    Err(Fault::new(501, "notImplemented", "Not Implemented"))
}

async fn register(State(state): State<Arc<SandboxState>>, headers: HeaderMap) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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

async fn update(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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
async fn unregister(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
    state.store.transaction(|docs| {
        let image = owned(docs, &user, &id)?;
        share_file(docs, &image, &Audience::of(docs, &image)?, &Audience::default())?;
        docs.delete(IMAGE_KIND, &id)?;
        docs.delete(MEMBERS_KIND, &id)?;
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---------------------------------------------------------------------------------------
// members

async fn list_members(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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

async fn replace_members(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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

async fn add_member(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
    change_members(&state, &user, &id, |members| {
        if !members.contains(&member) {
            members.push(member);
        }
    })
}

async fn remove_member(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, Fault> {
    let user = state.authenticate(&headers)?;
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

// ---------------------------------------------------------------------------------------
// helpers

/// The image if `user` may see it; 404 if there is none, 403 if it is someone else's
/// private image (as Pithos permissions make it in Synnefo).
fn usable(docs: &Docs<'_>, user: &User, id: &str) -> Result<ImageRecord, Fault> {
    let not_found = || Fault::not_found(format!("Image {id} not found"));
    let image = live_images(docs)?.into_iter().find(|image| image.id == id).ok_or_else(not_found)?;
    if !image.usable_by(&user.uuid, &members(docs, id)?) {
        return Err(Fault::forbidden(format!("Image {id} is not shared with you")));
    }
    Ok(image)
}

/// The image if `user` owns it: only owners change, share or unregister images.
fn owned(docs: &Docs<'_>, user: &User, id: &str) -> Result<ImageRecord, Fault> {
    let image = usable(docs, user, id)?;
    if image.owner != user.uuid {
        return Err(Fault::forbidden(format!("Image {id} belongs to another user")));
    }
    Ok(image)
}

/// Who may use an image besides its owner.
#[derive(Debug, Clone, Default)]
struct Audience {
    public: bool,
    members: Vec<String>,
}

impl Audience {
    fn of(docs: &Docs<'_>, image: &ImageRecord) -> Result<Audience, Fault> {
        Ok(Audience { public: image.is_public, members: members(docs, &image.id)? })
    }

    /// The Pithos read principals this audience needs.
    fn readers(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(String::as_str).chain(self.public.then_some("*"))
    }
}

/// Keeps the image file's Pithos read permission in step with who may use the image, as
/// Synnefo keeps them one and the same: members may read the file, and everyone may when
/// the image is public. Readers granted in Pithos for other reasons stay. A file in
/// another account than the owner's is its own owner's to share.
fn share_file(
    docs: &Docs<'_>,
    image: &ImageRecord,
    before: &Audience,
    after: &Audience,
) -> Result<(), Fault> {
    let Some((account, container, path)) = split_location(&image.location) else { return Ok(()) };
    let conn = docs.conn();
    if account != image.owner || db::get_version(conn, &account, &container, &path, None, None).is_err() {
        return Ok(());
    }
    let mut sharing = db::get_sharing(conn, &account, &container, &path)?.unwrap_or_default();
    sharing.read.retain(|reader| !before.readers().any(|old| old == reader));
    for reader in after.readers() {
        if !sharing.read.iter().any(|r| r == reader) {
            sharing.read.push(reader.to_string());
        }
    }
    db::set_sharing(conn, &account, &container, &path, &sharing)?;
    Ok(())
}

/// Two images of one owner may not share a name, so that names identify images.
fn check_name_is_free(images: &[ImageRecord], owner: &str, name: &str, id: &str) -> Result<(), Fault> {
    match images.iter().find(|image| image.owner == owner && image.name == name && image.id != id) {
        Some(other) => {
            Err(Fault::conflict(format!("You already have an image named '{name}' ({})", other.id)))
        }
        None => Ok(()),
    }
}

/// Sets properties; an empty value deletes one (Pithos metadata semantics).
fn apply_properties(properties: &mut BTreeMap<String, String>, changes: &BTreeMap<String, String>) {
    for (key, value) in changes {
        if value.is_empty() {
            properties.remove(key);
        } else {
            properties.insert(key.clone(), value.clone());
        }
    }
}

/// Image fields and properties from `X-Image-Meta-*` request headers, normalised as
/// Plankton does: keys lower-cased with punctuation turned into `_`, quoted values
/// (name, properties) unquoted.
struct ImageParams {
    fields: BTreeMap<String, String>,
    properties: BTreeMap<String, String>,
}

impl ImageParams {
    fn from_headers(headers: &HeaderMap) -> Result<ImageParams, Fault> {
        let undecodable = || Fault::bad_request("Could not decode request as UTF-8 string");
        let mut params = ImageParams { fields: BTreeMap::new(), properties: BTreeMap::new() };
        for (name, value) in headers {
            let value = value.to_str().map_err(|_| undecodable())?;
            if let Some(key) = name.as_str().strip_prefix("x-image-meta-property-") {
                let value = unquote(value).ok_or_else(undecodable)?;
                params.properties.insert(normalize(&unquote(key).ok_or_else(undecodable)?), value);
            } else if let Some(key) = name.as_str().strip_prefix("x-image-meta-") {
                let key = normalize(key);
                if PLANKTON_FIELDS.contains(&key.as_str()) {
                    let value = if key == "name" {
                        unquote(value).ok_or_else(undecodable)?
                    } else {
                        value.to_string()
                    };
                    params.fields.insert(key, value);
                }
            }
        }
        Ok(params)
    }

    fn is_public(&self) -> Option<bool> {
        self.fields.get("is_public").map(|value| value.eq_ignore_ascii_case("true"))
    }

    fn validate(&self) -> Result<(), Fault> {
        if self.fields.contains_key("id") {
            return Err(Fault::bad_request("Setting the image ID is not supported"));
        }
        let field = |key: &str| self.fields.get(key).map(String::as_str);
        if let Some(store) = field("store").filter(|store| *store != "pithos") {
            return Err(Fault::bad_request(format!("Invalid store type '{store}'")));
        }
        if let Some(format) = field("disk_format").filter(|f| !DISK_FORMATS.contains(f)) {
            return Err(Fault::bad_request(format!("Invalid disk format '{format}'")));
        }
        if let Some(format) = field("container_format").filter(|f| !CONTAINER_FORMATS.contains(f)) {
            return Err(Fault::bad_request(format!("Invalid container format '{format}'")));
        }
        if let Some(status) = field("status").filter(|s| !STATUSES.contains(&s.to_uppercase().as_str())) {
            return Err(Fault::bad_request(format!("Invalid status '{status}'")));
        }
        Ok(())
    }
}

fn normalize(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_punctuation() { '_' } else { c.to_ascii_lowercase() }).collect()
}

fn unquote(value: &str) -> Option<String> {
    percent_decode_str(value).decode_utf8().ok().map(|v| v.into_owned())
}

/// Splits `pithos://ACCOUNT/CONTAINER/PATH` into its unquoted parts.
fn split_location(location: &str) -> Option<(String, String, String)> {
    let rest = location.strip_prefix("pithos://")?;
    let mut parts = rest.splitn(3, '/');
    let (account, container, path) = (parts.next()?, parts.next()?, parts.next()?);
    let parts = (unquote(account)?, unquote(container)?, unquote(path)?);
    (!parts.0.is_empty() && !parts.1.is_empty() && !parts.2.is_empty()).then_some(parts)
}

/// The canonical location URL, each segment quoted.
fn create_url(account: &str, container: &str, path: &str) -> String {
    let quote = |segment: &str| utf8_percent_encode(segment, SEGMENT).to_string();
    format!("pithos://{}/{}/{}", quote(account), quote(container), utf8_percent_encode(path, QUOTED))
}

fn timestamp() -> String {
    chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=UTF-8"));
    response
}

/// An image as Plankton's response headers: one `x-image-meta-*` per detail field, and
/// `x-image-meta-property-*` per property (`_` in keys becomes `-`).
fn image_response(image: &ImageRecord) -> Response {
    let quote = |value: &str| utf8_percent_encode(value, QUOTED).to_string();
    let python_bool = |flag: bool| if flag { "True" } else { "False" }.to_string();
    let fields = [
        ("name", quote(&image.name)),
        ("disk-format", image.disk_format.clone()),
        ("container-format", image.container_format.clone()),
        ("size", image.size.to_string()),
        ("checksum", image.checksum.clone()),
        ("location", image.location.clone()),
        ("created-at", image.created_at.clone()),
        ("updated-at", image.updated_at.clone()),
        ("deleted-at", String::new()),
        ("status", image.status.clone()),
        ("is-public", python_bool(image.is_public)),
        ("owner", image.owner.clone()),
        ("id", image.id.clone()),
        ("is-snapshot", python_bool(false)),
        ("description", String::new()),
    ];
    let mut headers = HeaderMap::new();
    let properties =
        image.properties.iter().map(|(k, v)| (format!("property-{}", k.replace('_', "-")), quote(v)));
    for (field, value) in fields.into_iter().map(|(f, v)| (f.to_string(), v)).chain(properties) {
        let name = HeaderName::from_bytes(format!("x-image-meta-{field}").as_bytes());
        if let (Ok(name), Ok(value)) = (name, HeaderValue::from_str(&value)) {
            headers.insert(name, value);
        }
    }
    (StatusCode::OK, headers).into_response()
}

// ---------------------------------------------------------------------------------------
// demo images

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_split_and_quote_like_plankton() {
        assert_eq!(
            split_location("pithos://u/images/dir/my%20disk"),
            Some(("u".into(), "images".into(), "dir/my disk".into()))
        );
        assert_eq!(split_location("pithos://u/images"), None);
        assert_eq!(split_location("/images/x"), None);
        assert_eq!(create_url("u", "images", "dir/my disk"), "pithos://u/images/dir/my%20disk");
    }

    #[test]
    fn header_keys_are_normalised() {
        assert_eq!(normalize("ROOT-PARTITION"), "root_partition");
        assert_eq!(normalize("disk-format"), "disk_format");
    }

    #[test]
    fn empty_property_values_delete() {
        let mut properties: BTreeMap<String, String> = [("os".to_string(), "debian".to_string())].into();
        let changes = [("os".to_string(), String::new()), ("users".to_string(), "root".to_string())].into();
        apply_properties(&mut properties, &changes);
        assert_eq!(properties, [("users".to_string(), "root".to_string())].into());
    }
}
