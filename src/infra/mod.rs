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

use crate::config::{self, Config, InfraConfig};
use crate::context::Options;
use crate::error::Result;

use self::backend::Backends;
use self::enactor::Enactor;
use self::store::{RedisStore, SqliteStore, StateStore};

/// How long a lease lasts unless its holder renews it (every third of that).
const DEFAULT_LEASE_SECONDS: u64 = 15;

/// Where the state store is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateLocation {
    /// A SQLite file: one host, any number of processes.
    Sqlite(PathBuf),
    /// A Redis server (`redis://HOST:PORT/DB[#PREFIX]`): processes on several hosts.
    Redis(String),
}

impl StateLocation {
    pub fn parse(text: &str) -> Self {
        if text.starts_with("redis://") || text.starts_with("rediss://") || text.starts_with("redis+unix://")
        {
            Self::Redis(text.to_owned())
        } else {
            Self::Sqlite(PathBuf::from(text.strip_prefix("sqlite:").unwrap_or(text)))
        }
    }

    pub fn open(&self) -> Result<Arc<dyn StateStore>> {
        Ok(match self {
            Self::Sqlite(path) => Arc::new(SqliteStore::open(path)?),
            Self::Redis(url) => Arc::new(RedisStore::open(url)?),
        })
    }
}

/// Resolved orchestrator settings: the config's `infra` section plus command-line overrides.
#[derive(Debug, Clone)]
pub struct Settings {
    pub state: StateLocation,
    /// The dummy cloud's machines.
    pub dummy_cloud: PathBuf,
    pub lease_ttl: Duration,
    /// The REST service's bearer token, when configured.
    pub token: Option<String>,
}

impl Settings {
    /// Reads the selected cloud's `infra` section; `state` overrides where state is kept.
    pub fn load(config_path: &std::path::Path, cloud: Option<&str>, state: Option<&str>) -> Result<Self> {
        let (_, cloud) = Config::load(config_path)?.select_cloud(cloud)?;
        let infra = cloud.infra.unwrap_or_default();
        Self::from_config(&infra, state)
    }

    fn from_config(infra: &InfraConfig, state: Option<&str>) -> Result<Self> {
        let dir = match &infra.state_dir {
            Some(dir) => dir.clone(),
            None => config::data_dir()?.join("infra"),
        };
        let state = match state.or(infra.state.as_deref()) {
            Some(text) => StateLocation::parse(text),
            None => StateLocation::Sqlite(dir.join("infra.sqlite")),
        };
        Ok(Self {
            dummy_cloud: dir.join("dummy-cloud.sqlite"),
            state,
            lease_ttl: Duration::from_secs(infra.lease_seconds.unwrap_or(DEFAULT_LEASE_SECONDS).max(1)),
            token: infra.token.clone(),
        })
    }

    /// An enactor over these settings; cloud nodes use the cloud `options` select.
    pub fn enactor(&self, options: &Options, parallelize: bool) -> Result<Enactor> {
        Ok(Enactor {
            store: self.state.open()?,
            backends: Arc::new(Backends::new(self.dummy_cloud.clone(), Some(options.clone()))),
            parallelize,
            owner: lease::owner_name(),
            lease_ttl: self.lease_ttl,
        })
    }
}
