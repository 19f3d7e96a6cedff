//! Resource handlers: create, observe and drop one instance on its cloud.

pub mod dummy;

use std::path::PathBuf;
use std::sync::OnceLock;

use self::dummy::DummyCloud;
use super::nodedef::BackendKind;
use super::store::Instance;
use crate::error::Result;

/// What the cloud says about an instance, mapped as Occopus's resource handlers map it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CloudState {
    /// Building, booting or rebooting.
    #[default]
    Pending,
    Ready,
    /// Stopped: may come back.
    TempFailed,
    /// Broken for good: to be dropped and replaced.
    Failed,
    /// Gone from the cloud.
    Shutdown,
}

/// An instance as the cloud sees it now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    pub state: CloudState,
    /// Public addresses first.
    pub addresses: Vec<String>,
    pub private_address: Option<String>,
    /// The cloud's id, when it was found by name (a create whose answer was lost).
    pub instance_id: Option<String>,
}

/// The clouds an orchestrator talks to, each opened on first use.
pub struct Backends {
    dummy_path: PathBuf,
    dummy: OnceLock<DummyCloud>,
}

impl Backends {
    pub fn new(dummy_path: PathBuf) -> Self {
        Self { dummy_path, dummy: OnceLock::new() }
    }

    fn dummy(&self) -> Result<&DummyCloud> {
        if let Some(cloud) = self.dummy.get() {
            return Ok(cloud);
        }
        let cloud = DummyCloud::open(&self.dummy_path)?;
        Ok(self.dummy.get_or_init(|| cloud))
    }

    /// Requests the resource; returns the cloud's id for it.
    pub async fn create(&self, instance: &Instance, user_data: Option<&str>) -> Result<String> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.create(instance, user_data).await,
            BackendKind::Cyclades | BackendKind::Sdc => Err(unavailable(instance.backend)),
        }
    }

    /// The instance's state and addresses; an instance never created, or deleted, is `Shutdown`.
    pub async fn observe(&self, instance: &Instance) -> Result<Observed> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.observe(instance),
            BackendKind::Cyclades | BackendKind::Sdc => Err(unavailable(instance.backend)),
        }
    }

    /// Deletes the resource; succeeds when it is already gone.
    pub async fn delete(&self, instance: &Instance) -> Result<()> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.delete(instance),
            BackendKind::Cyclades | BackendKind::Sdc => Err(unavailable(instance.backend)),
        }
    }
}

fn unavailable(kind: BackendKind) -> crate::error::Error {
    crate::error::Error::general(format!("the `{kind}` backend is not available in this build"))
}
