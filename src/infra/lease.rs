//! Per-infrastructure leases: only the holder builds, maintains or destroys an infrastructure.
//! A holder renews its lease while it works; a crashed holder's lease simply expires.

use std::sync::Arc;
use std::time::Duration;

use super::store::{StateStore, now};
use crate::error::{Error, Result};

/// Holds an infrastructure's lease until dropped, renewing it in the background.
pub struct LeaseGuard {
    store: Arc<dyn StateStore>,
    infra_id: String,
    owner: String,
    renewal: tokio::task::JoinHandle<()>,
}

impl LeaseGuard {
    /// Takes the lease, or fails with a conflict naming the live holder.
    pub fn acquire(store: Arc<dyn StateStore>, infra_id: &str, owner: &str, ttl: Duration) -> Result<Self> {
        let seconds = ttl.as_secs_f64();
        if let Some(holder) = store.acquire_lease(infra_id, owner, seconds)? {
            return Err(Error::conflict(format!(
                "infrastructure `{infra_id}` is being worked on by `{}` (lease expires in {:.0}s)",
                holder.owner,
                (holder.expires_at - now()).max(0.0)
            ))
            .hint(
                "wait for it to finish, or stop that process; a crashed holder's lease expires by itself",
            ));
        }
        let renewal = tokio::spawn({
            let (store, infra_id, owner) = (Arc::clone(&store), infra_id.to_owned(), owner.to_owned());
            async move {
                loop {
                    tokio::time::sleep(ttl / 3).await;
                    // A failed renewal is retried at the next tick; the lease outlives one missed tick.
                    let _ = store.acquire_lease(&infra_id, &owner, seconds);
                }
            }
        });
        Ok(Self { store, infra_id: infra_id.to_owned(), owner: owner.to_owned(), renewal })
    }
}

impl Drop for LeaseGuard {
    fn drop(&mut self) {
        self.renewal.abort();
        // Best effort: if the release fails, the lease expires on its own.
        let _ = self.store.release_lease(&self.infra_id, &self.owner);
    }
}

/// A lease owner name that tells people which process holds an infrastructure.
pub fn owner_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_owned());
    let tag = uuid::Uuid::new_v4().simple().to_string();
    format!("{host}:{}:{}", std::process::id(), &tag[..8])
}
