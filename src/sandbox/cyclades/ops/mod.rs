//! Operations that change more than one record, often across services, and the quota
//! they charge: a new server gets a root volume and ports (with a floating IP by
//! default); a deleted one releases its ports, addresses and volumes; plugging a port or a
//! volume checks the server; every resource charges its owner's project in Astakos.
//!
//! Every mutation runs inside one [`Store::transaction`](crate::sandbox::Store::transaction):
//! a failure half-way (an address pool or a quota exhausted) rolls back everything the
//! request did, including quota charges, so nothing is left half-created. These
//! functions take the transaction's [`Docs`] and know nothing of HTTP.

pub(super) mod compute;
pub(super) mod network;
pub(super) mod volume;

use crate::sandbox::{Docs, Fault, astakos};

/// Changes `user`'s usage of `resource` in `project` by `delta`: a positive delta fails
/// with the real 413 `overLimit` when over the limit.
pub(super) fn charge(
    docs: &Docs<'_>,
    user: &str,
    project: &str,
    resource: &str,
    delta: i64,
) -> Result<(), Fault> {
    if delta == 0 {
        return Ok(());
    }
    astakos::charge_in(docs, user, project, resource, delta)
}

/// Moves usage of `resource` from one project to another (reassign).
pub(super) fn move_usage(
    docs: &Docs<'_>,
    user: &str,
    from: &str,
    to: &str,
    resource: &str,
    amount: i64,
) -> Result<(), Fault> {
    if from == to {
        return Ok(());
    }
    charge(docs, user, to, resource, amount)?;
    charge(docs, user, from, resource, -amount)
}
