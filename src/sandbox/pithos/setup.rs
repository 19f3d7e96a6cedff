//! Where Pithos keeps its data (its tables in the sandbox store, block files under the data
//! dir) and setting them up when the sandbox starts.

use std::sync::Arc;

use super::blocks::BlockStore;
use super::db::{self, Container};
use crate::protocol::pithos_containers::HOME_CONTAINER;
use crate::sandbox::{Fault, SandboxState, User, astakos};

/// How many blocks of an older data dir move out of SQLite per step.
const MIGRATION_BATCH: usize = 16;

/// The block files of the sandbox's data dir.
pub fn block_store(state: &SandboxState) -> BlockStore {
    BlockStore::new(&state.options.data_dir)
}

/// Creates the Pithos tables and every user's `pithos` container (idempotent).
pub fn seed(state: &Arc<SandboxState>) -> Result<(), Fault> {
    state.store.migrate(db::SCHEMA)?;
    state.store.with_conn(db::add_version_columns)?;
    let blocks = block_store(state);
    blocks.sweep_stale_temps().map_err(block_fault)?;
    migrate_blob_blocks(state, &blocks)?;
    fill_in_md5s(state, &blocks)?;
    let users: Vec<User> = state.store.list(astakos::USER_KIND)?;
    state.store.transaction(|docs| {
        for user in &users {
            if db::find_container(docs.conn(), &user.uuid, HOME_CONTAINER)?.is_none() {
                db::save_container(docs.conn(), &Container::new(&user.uuid, HOME_CONTAINER, &user.uuid))?;
            }
        }
        Ok(())
    })
}

/// Moves the blocks of a data dir written before blocks became files out of SQLite. Each
/// block is renamed into place before its row goes, so a crash (or another process
/// migrating the same dir at once) only repeats work.
fn migrate_blob_blocks(state: &SandboxState, blocks: &BlockStore) -> Result<(), Fault> {
    loop {
        let batch = state.store.with_conn(|conn| db::legacy_blocks(conn, MIGRATION_BATCH))?;
        if batch.is_empty() {
            return state.store.with_conn(db::drop_legacy_blocks);
        }
        for (hash, data) in &batch {
            blocks.put_hashed(hash, data).map_err(block_fault)?;
        }
        let hashes: Vec<String> = batch.into_iter().map(|(hash, _)| hash).collect();
        state.store.with_conn(|conn| db::forget_legacy_blocks(conn, &hashes))?;
    }
}

/// Computes the MD5 (the ETag) of the versions a data dir kept before MD5s were stored.
/// A version whose blocks cannot be read keeps none (its ETag stays the Merkle hash).
fn fill_in_md5s(state: &SandboxState, blocks: &BlockStore) -> Result<(), Fault> {
    let mut after = 0;
    loop {
        let batch =
            state.store.transaction(|docs| db::versions_without_md5(docs.conn(), after, MIGRATION_BATCH))?;
        let Some(last) = batch.last() else {
            return Ok(());
        };
        after = last.serial;
        for version in batch {
            if let Ok(md5) = blocks.md5(&version.hashes, version.bytes, version.block_size) {
                state.store.transaction(|docs| db::set_md5(docs.conn(), version.serial, &md5))?;
            }
        }
    }
}

fn block_fault(err: std::io::Error) -> Fault {
    Fault::new(500, "internalServerError", format!("block store: {err}"))
}
