//! `kamaki file sync`

use super::{Files, SyncArgs};
use crate::clients::pithos::sync;
use crate::error::Result;
use crate::output::Output;

pub(super) async fn run(files: &Files<'_>, args: SyncArgs) -> Result<Output> {
    let remote = files.path(&args.remote)?;
    let steps = sync::sync(&files.client, &args.local, &remote, args.dry_run).await?;
    Ok(Output::list(steps, &["action", "path", "detail"]))
}
