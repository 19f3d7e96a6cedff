//! Resource handlers: create, observe and drop one instance on its cloud.

pub mod cyclades;
pub mod dummy;
pub mod sdc;

use std::path::PathBuf;
use std::sync::OnceLock;

use tokio::sync::OnceCell;

use self::cyclades::CycladesCloud;
use self::dummy::DummyCloud;
use self::sdc::SdcCloud;
use super::nodedef::BackendKind;
use super::store::Instance;
use crate::context::{Context, Options};
use crate::error::{Error, Result};

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

/// The `metadata` mapping of an instance's rendered resource section, as text.
fn resource_metadata(instance: &Instance) -> Vec<(String, String)> {
    instance
        .resource
        .get("metadata")
        .and_then(serde_json::Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), crate::clients::cyclades::id_of(v))).collect())
        .unwrap_or_default()
}

/// What kamaki writes on every cloud resource it creates, so that people (and kamaki) can tell
/// which infrastructure and node it belongs to.
fn bookkeeping(instance: &Instance) -> [(String, String); 3] {
    [
        ("kamaki_infra".to_owned(), instance.infra_id.clone()),
        ("kamaki_node".to_owned(), instance.node_name.clone()),
        ("kamaki_node_id".to_owned(), instance.node_id.clone()),
    ]
}

/// The clouds an orchestrator talks to, each opened on first use: an infrastructure of dummy
/// nodes never starts a sandbox or authenticates anywhere.
pub struct Backends {
    dummy_path: PathBuf,
    dummy: OnceLock<DummyCloud>,
    /// The command's options, to open the selected cloud like any other command does.
    options: Option<Options>,
    context: OnceCell<Context>,
    cyclades: OnceCell<CycladesCloud>,
    sdc: OnceCell<SdcCloud>,
}

impl Backends {
    /// `options` is `None` where only the dummy cloud may be used (unit tests).
    pub fn new(dummy_path: PathBuf, options: Option<Options>) -> Self {
        Self {
            dummy_path,
            dummy: OnceLock::new(),
            options,
            context: OnceCell::new(),
            cyclades: OnceCell::new(),
            sdc: OnceCell::new(),
        }
    }

    fn dummy(&self) -> Result<&DummyCloud> {
        if let Some(cloud) = self.dummy.get() {
            return Ok(cloud);
        }
        let cloud = DummyCloud::open(&self.dummy_path)?;
        Ok(self.dummy.get_or_init(|| cloud))
    }

    async fn context(&self, kind: BackendKind) -> Result<&Context> {
        let options = self.options.clone().ok_or_else(|| {
            Error::general(format!("no cloud is configured for `{kind}` nodes in this process"))
        })?;
        self.context.get_or_try_init(|| Context::new(options)).await
    }

    async fn cyclades(&self) -> Result<&CycladesCloud> {
        self.cyclades
            .get_or_try_init(|| async {
                let ctx = self.context(BackendKind::Cyclades).await?;
                Ok(CycladesCloud::new(ctx.cyclades().await?))
            })
            .await
    }

    async fn sdc(&self) -> Result<&SdcCloud> {
        self.sdc
            .get_or_try_init(|| async {
                let ctx = self.context(BackendKind::Sdc).await?;
                Ok(SdcCloud::new(ctx.sdc().await?))
            })
            .await
    }

    /// Requests the resource; returns the cloud's id for it.
    pub async fn create(&self, instance: &Instance, user_data: Option<&str>) -> Result<String> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.create(instance, user_data).await,
            BackendKind::Cyclades => self.cyclades().await?.create(instance, user_data).await,
            BackendKind::Sdc => self.sdc().await?.create(instance, user_data).await,
        }
    }

    /// The instance's state and addresses; an instance never created, or deleted, is `Shutdown`.
    pub async fn observe(&self, instance: &Instance) -> Result<Observed> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.observe(instance),
            BackendKind::Cyclades => self.cyclades().await?.observe(instance).await,
            BackendKind::Sdc => self.sdc().await?.observe(instance).await,
        }
    }

    /// Deletes the resource; succeeds when it is already gone.
    pub async fn delete(&self, instance: &Instance) -> Result<()> {
        match instance.backend {
            BackendKind::Dummy => self.dummy()?.delete(instance),
            BackendKind::Cyclades => self.cyclades().await?.delete(instance).await,
            BackendKind::Sdc => self.sdc().await?.delete(instance).await,
        }
    }
}
