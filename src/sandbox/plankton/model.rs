//! Image records and what may be done with them: who may use an image, the file it
//! follows (size and checksum from Pithos, forgotten once the file is gone), its members,
//! and the file's Pithos read permission kept in step with them.

use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::sandbox::pithos::db;
use crate::sandbox::{Docs, Fault, User};

/// Store kind of image records.
pub(super) const IMAGE_KIND: &str = "image";
/// Store kind of the member lists, keyed by image id.
pub(super) const MEMBERS_KIND: &str = "image-members";

/// What Python's `urllib.quote` escapes (it keeps `/`): names and property values in
/// headers, location segments.
pub(super) const QUOTED: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');
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
    pub(super) fn usable_by(&self, user: &str, members: &[String]) -> bool {
        self.is_public || self.owner == user || members.iter().any(|m| m == user)
    }

    pub(super) fn detail(&self) -> Value {
        let mut value = json!(self);
        value["deleted_at"] = json!("");
        value["is_snapshot"] = json!(false);
        value["description"] = json!("");
        value
    }

    pub(super) fn summary(&self) -> Value {
        json!({
            "status": self.status, "name": self.name, "disk_format": self.disk_format,
            "container_format": self.container_format, "size": self.size, "id": self.id,
        })
    }

    pub(super) fn sort_key(&self, key: &str) -> SortValue<'_> {
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
pub(super) enum SortValue<'a> {
    Number(u64),
    Text(&'a str),
}

/// Every registered image whose file still exists, oldest first, with the file's current
/// size and checksum. As in Synnefo, where an image is its Pithos object's metadata, an
/// image whose file was deleted is gone: its record is forgotten here.
pub(super) fn live_images(docs: &Docs<'_>) -> Result<Vec<ImageRecord>, Fault> {
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

/// Every image `user` may use (theirs, public, or shared with them), oldest first; what
/// the compute API lets them boot, too.
pub fn usable_images(docs: &Docs<'_>, user: &str) -> Result<Vec<ImageRecord>, Fault> {
    let mut usable = Vec::new();
    for image in live_images(docs)? {
        if image.usable_by(user, &members(docs, &image.id)?) {
            usable.push(image);
        }
    }
    Ok(usable)
}

/// The users an image is shared with.
pub(super) fn members(docs: &Docs<'_>, id: &str) -> Result<Vec<String>, Fault> {
    Ok(docs.get(MEMBERS_KIND, id)?.unwrap_or_default())
}

/// The image if `user` may see it; 404 if there is none, 403 if it is someone else's
/// private image (as Pithos permissions make it in Synnefo).
pub(super) fn usable(docs: &Docs<'_>, user: &User, id: &str) -> Result<ImageRecord, Fault> {
    let not_found = || Fault::not_found(format!("Image {id} not found"));
    let image = live_images(docs)?.into_iter().find(|image| image.id == id).ok_or_else(not_found)?;
    if !image.usable_by(&user.uuid, &members(docs, id)?) {
        return Err(Fault::forbidden(format!("Image {id} is not shared with you")));
    }
    Ok(image)
}

/// The image if `user` owns it: only owners change, share or unregister images.
pub(super) fn owned(docs: &Docs<'_>, user: &User, id: &str) -> Result<ImageRecord, Fault> {
    let image = usable(docs, user, id)?;
    if image.owner != user.uuid {
        return Err(Fault::forbidden(format!("Image {id} belongs to another user")));
    }
    Ok(image)
}

/// Who may use an image besides its owner.
#[derive(Debug, Clone, Default)]
pub(super) struct Audience {
    pub(super) public: bool,
    pub(super) members: Vec<String>,
}

impl Audience {
    pub(super) fn of(docs: &Docs<'_>, image: &ImageRecord) -> Result<Audience, Fault> {
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
pub(super) fn share_file(
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
pub(super) fn check_name_is_free(
    images: &[ImageRecord],
    owner: &str,
    name: &str,
    id: &str,
) -> Result<(), Fault> {
    match images.iter().find(|image| image.owner == owner && image.name == name && image.id != id) {
        Some(other) => {
            Err(Fault::conflict(format!("You already have an image named '{name}' ({})", other.id)))
        }
        None => Ok(()),
    }
}

/// Sets properties; an empty value deletes one (Pithos metadata semantics).
pub(super) fn apply_properties(
    properties: &mut BTreeMap<String, String>,
    changes: &BTreeMap<String, String>,
) {
    for (key, value) in changes {
        if value.is_empty() {
            properties.remove(key);
        } else {
            properties.insert(key.clone(), value.clone());
        }
    }
}

pub(super) fn unquote(value: &str) -> Option<String> {
    percent_decode_str(value).decode_utf8().ok().map(|v| v.into_owned())
}

/// Splits `pithos://ACCOUNT/CONTAINER/PATH` into its unquoted parts.
pub(super) fn split_location(location: &str) -> Option<(String, String, String)> {
    let rest = location.strip_prefix("pithos://")?;
    let mut parts = rest.splitn(3, '/');
    let (account, container, path) = (parts.next()?, parts.next()?, parts.next()?);
    let parts = (unquote(account)?, unquote(container)?, unquote(path)?);
    (!parts.0.is_empty() && !parts.1.is_empty() && !parts.2.is_empty()).then_some(parts)
}

/// The canonical location URL, each segment quoted.
pub(super) fn create_url(account: &str, container: &str, path: &str) -> String {
    let quote = |segment: &str| utf8_percent_encode(segment, SEGMENT).to_string();
    format!("pithos://{}/{}/{}", quote(account), quote(container), utf8_percent_encode(path, QUOTED))
}

pub(super) fn timestamp() -> String {
    chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string()
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
    fn empty_property_values_delete() {
        let mut properties: BTreeMap<String, String> = [("os".to_string(), "debian".to_string())].into();
        let changes = [("os".to_string(), String::new()), ("users".to_string(), "root".to_string())].into();
        apply_properties(&mut properties, &changes);
        assert_eq!(properties, [("users".to_string(), "root".to_string())].into());
    }
}
