//! The sandbox Pithos's persistent model, in its own SQLite tables.
//!
//! * Block data is not here but in content-addressed files (see [`super::blocks`]);
//!   data dirs from before keep blocks in `pithos_blocks`, which opening them empties.
//! * `pithos_versions` holds every version of every object; a version row lists its
//!   block hashes. Deleting an object appends a `deleted` version, so `until` views and
//!   `version=list` can see history. Only the newest row of a path is `current`.
//! * Containers, accounts (metadata and groups), per-path sharing and public links have
//!   small tables of their own.
//!
//! What lives where: `schema` the tables (and the BLOB blocks of older data dirs),
//! `accounts` accounts and containers, `versions` object versions and listings,
//! `sharing` sharing and public links. Callers name everything through `db::`.
//!
//! Functions here take a connection and return [`Fault`]s, rendered as Pithos faults;
//! none of them blocks on anything but SQLite.

mod accounts;
mod schema;
mod sharing;
mod versions;

use std::collections::BTreeMap;

pub use self::accounts::*;
pub use self::schema::*;
pub use self::sharing::*;
pub use self::versions::*;
use crate::sandbox::Fault;

/// What every storage function returns.
pub type DbResult<T> = Result<T, Fault>;

/// Current time as epoch seconds with sub-second precision.
pub fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// User metadata: normalised key → value.
pub type Meta = BTreeMap<String, String>;

/// Normalises a metadata or group key like Pithos: `_` → `-`, each word capitalised.
pub fn format_header_key(key: &str) -> String {
    key.replace('_', "-")
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keys_are_normalised() {
        assert_eq!(format_header_key("k1"), "K1");
        assert_eq!(format_header_key("my_key-NAME"), "My-Key-Name");
    }
}
