//! Object bytes charged to the container's project (`pithos.diskspace`) and to the
//! container's own quota policy.

use rusqlite::Connection;

use super::db::{self, Container, DbResult};
use crate::sandbox::{Docs, Fault, astakos};

/// The quota resource object data is charged to.
const DISKSPACE: &str = "pithos.diskspace";

/// Charges (or, negative, releases) object bytes to the container's project, inside the
/// caller's transaction.
pub(super) fn charge(docs: &Docs<'_>, container: &Container, delta: i64) -> DbResult<()> {
    astakos::charge_in(docs, &container.account, &container.project, DISKSPACE, delta)
}

/// Deletes the named objects of `container` as `user`, inside the caller's transaction, and
/// releases the bytes they held.
pub(super) fn delete_objects<'a>(
    docs: &Docs<'_>,
    container: &Container,
    names: impl IntoIterator<Item = &'a str>,
    user: &str,
) -> DbResult<()> {
    let mut freed = 0u64;
    for name in names {
        freed += db::delete_object(docs.conn(), container, name, user)?;
    }
    charge(docs, container, -i64::try_from(freed).unwrap_or(i64::MAX))
}

/// Fails when a write would take a container past its own quota policy.
pub(super) fn check_container_quota(conn: &Connection, container: &Container, delta: i64) -> DbResult<()> {
    if container.quota == 0 || delta <= 0 {
        return Ok(());
    }
    let (_, used) = db::container_usage(conn, &container.account, &container.name)?;
    if used + delta as u64 > container.quota {
        return Err(Fault::new(
            413,
            "overLimit",
            format!("Quota error: container {} holds {used} of {} bytes", container.name, container.quota),
        ));
    }
    Ok(())
}
