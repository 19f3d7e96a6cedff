//! Who may do what with a path: the owner everything, others what the path's sharing (or
//! its nearest shared folder's) grants them, directly, through a group or to `*`.

use rusqlite::Connection;

use super::db::{self, DbResult, Sharing};
use crate::sandbox::Fault;

/// What a caller may do with a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Access {
    None,
    Read,
    Write,
    Owner,
}

/// Whether `principal` (uuid, `account:group` or `*`) names `user`.
fn principal_matches(conn: &Connection, principal: &str, user: &str) -> DbResult<bool> {
    if principal == "*" || principal == user {
        return Ok(true);
    }
    if let Some((owner, group)) = principal.split_once(':') {
        let account = db::get_account(conn, owner)?;
        return Ok(account.groups.get(group).is_some_and(|members| members.iter().any(|m| m == user)));
    }
    Ok(false)
}

/// The sharing that applies to a path: its own, or its nearest shared ancestor's
/// (with that ancestor's path, for `X-Object-Shared-By`).
pub(super) fn effective_sharing(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<(String, Sharing)>> {
    let mut path = name.trim_end_matches('/').to_string();
    loop {
        if let Some(sharing) = db::get_sharing(conn, account, container, &path)? {
            return Ok(Some((path, sharing)));
        }
        match path.rfind('/') {
            Some(i) => path.truncate(i),
            None => return Ok(None),
        }
    }
}

pub(super) fn access_to(
    conn: &Connection,
    user: &str,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Access> {
    if user == account {
        return Ok(Access::Owner);
    }
    let Some((_, sharing)) = effective_sharing(conn, account, container, name)? else {
        return Ok(Access::None);
    };
    for principal in &sharing.write {
        if principal_matches(conn, principal, user)? {
            return Ok(Access::Write);
        }
    }
    for principal in &sharing.read {
        if principal_matches(conn, principal, user)? {
            return Ok(Access::Read);
        }
    }
    Ok(Access::None)
}

pub(super) fn require(access: Access, needed: Access, what: &str) -> DbResult<()> {
    if access >= needed {
        Ok(())
    } else if access == Access::None {
        // Pithos answers 403 to a path the caller cannot see at all.
        Err(Fault::forbidden(format!("not allowed to access {what}")))
    } else {
        Err(Fault::forbidden(format!("not allowed to write {what}")))
    }
}

/// The (container, path) pairs of an account that `user` may read through sharing.
pub(super) fn readable_names(
    conn: &Connection,
    user: &str,
    account: &str,
) -> DbResult<Vec<(String, String)>> {
    let mut readable = Vec::new();
    for (container, name, sharing) in db::list_sharing(conn, account)? {
        let mut allowed = false;
        for principal in sharing.read.iter().chain(&sharing.write) {
            if principal_matches(conn, principal, user)? {
                allowed = true;
                break;
            }
        }
        if allowed {
            readable.push((container, name));
        }
    }
    Ok(readable)
}
