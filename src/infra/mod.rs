//! `kamaki infra`: an Occopus-style orchestrator. An infrastructure description (YAML) names
//! nodes, their node-definition types, their scaling limits and their dependencies; `build`
//! creates the nodes level by level in dependency order (rolling everything back on failure),
//! `maintain` keeps them healthy and at their requested scale, `destroy` removes them, and
//! `serve` offers the same over Occopus's REST API.
//!
//! The pieces, in the order data flows through them:
//! - [`yaml`], [`description`], [`nodedef`]: parsing and validation, every problem with its path;
//! - [`compiler`]: topological levels;
//! - [`template`]: Jinja rendering of resources and cloud-init user data (`getip('db')`);
//! - [`enactor`]: the reconcile pass and the node life cycle; [`workflow`]: build, maintain,
//!   destroy, scale and report on top of it; [`scaling`]: requests → clamped targets;
//! - [`backend`]: the clouds (dummy, Cyclades, SDC); [`health`]: health checks;
//! - [`store`]: the `StateStore` trait and its SQLite implementation; [`lease`]: one worker per
//!   infrastructure at a time;
//! - [`service`]: the REST API.

pub mod backend;
pub mod compiler;
pub mod description;
pub mod enactor;
pub mod health;
pub mod lease;
pub mod nodedef;
pub mod scaling;
pub mod service;
pub mod store;
pub mod template;
pub mod workflow;
pub mod yaml;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::config::{self, Config, InfraConfig};
use crate::error::Result;

use self::backend::Backends;
use self::enactor::Enactor;
use self::store::SqliteStore;

/// How long a lease lasts unless its holder renews it (every third of that).
const DEFAULT_LEASE_SECONDS: u64 = 15;

/// Resolved orchestrator settings: the config's `infra` section plus command-line overrides.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite state file.
    pub state: PathBuf,
    /// The dummy cloud's machines.
    pub dummy_cloud: PathBuf,
    pub lease_ttl: Duration,
    /// The REST service's bearer token, when configured.
    pub token: Option<String>,
}

impl Settings {
    /// Reads the selected cloud's `infra` section; `state` overrides where state is kept.
    pub fn load(config_path: &std::path::Path, cloud: Option<&str>, state: Option<PathBuf>) -> Result<Self> {
        let (_, cloud) = Config::load(config_path)?.select_cloud(cloud)?;
        let infra = cloud.infra.unwrap_or_default();
        Self::from_config(&infra, state)
    }

    fn from_config(infra: &InfraConfig, state: Option<PathBuf>) -> Result<Self> {
        let dir = match &infra.state_dir {
            Some(dir) => dir.clone(),
            None => config::data_dir()?.join("infra"),
        };
        let state = state.or_else(|| infra.state.clone()).unwrap_or_else(|| dir.join("infra.sqlite"));
        Ok(Self {
            dummy_cloud: dir.join("dummy-cloud.sqlite"),
            state,
            lease_ttl: Duration::from_secs(infra.lease_seconds.unwrap_or(DEFAULT_LEASE_SECONDS).max(1)),
            token: infra.token.clone(),
        })
    }

    /// An enactor over these settings; cloud nodes use the cloud `globals` select.
    pub fn enactor(&self, globals: &GlobalArgs, parallelize: bool) -> Result<Enactor> {
        Ok(Enactor {
            store: Arc::new(SqliteStore::open(&self.state)?),
            backends: Arc::new(Backends::new(self.dummy_cloud.clone(), Some(globals.clone()))),
            parallelize,
            owner: lease::owner_name(),
            lease_ttl: self.lease_ttl,
        })
    }
}
