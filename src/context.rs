//! What every command runs with: the resolved global flags, the selected cloud, the
//! shared HTTP client, and — lazily — the authenticated Synnefo session.

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::OnceCell;

use crate::cli::GlobalArgs;
use crate::clients::astakos::{Access, AstakosClient};
use crate::config::{self, CloudConfig, CloudKind, Config, LinstorConfig, SdcConfig};
use crate::error::{Error, Result};
use crate::http::{Http, HttpOptions};
use crate::output::OutputSettings;
use crate::sandbox::{self, SandboxHandle, SandboxOptions};

/// The CloudAPI login of the sandbox's demo account.
pub const SANDBOX_SDC_ACCOUNT: &str = "demo";

pub struct Context {
    pub globals: GlobalArgs,
    pub config_path: PathBuf,
    cloud_name: String,
    cloud: CloudConfig,
    http: Http,
    /// Keeps the embedded sandbox serving for as long as the command runs.
    _sandbox: Option<SandboxHandle>,
    synnefo: OnceCell<SynnefoSession>,
}

/// An authenticated Synnefo session: the token, the user and the service catalog.
#[derive(Debug, Clone)]
pub struct SynnefoSession {
    pub token: String,
    pub access: Access,
}

impl SynnefoSession {
    pub fn user_uuid(&self) -> &str {
        &self.access.user.id
    }

    /// The URL of a service from the catalog (`compute`, `network`, `volume`, `image`,
    /// `object-store`, `account`), versioned as kamaki does.
    pub fn endpoint(&self, service_type: &str) -> Result<String> {
        self.access.endpoint(service_type)
    }
}

impl Context {
    /// Loads the config, selects the cloud, and starts the embedded sandbox when that is
    /// the cloud.
    pub async fn new(globals: GlobalArgs) -> Result<Context> {
        let config_path = config::config_path(globals.config.as_deref())?;
        let config = Config::load(&config_path)?;
        let (cloud_name, mut cloud) = match swift_from_env(&config, globals.cloud.as_deref()) {
            Some(swift) => ("swift".to_string(), swift),
            None => config.select_cloud(globals.cloud.as_deref())?,
        };
        let http = Http::new(&HttpOptions {
            timeout: globals.timeout.unwrap_or(Duration::from_secs(120)),
            verbose: globals.verbose,
            ca_cert: globals.ca_cert.clone().or_else(|| cloud.ca_cert.clone()),
            client_identity: cloud
                .linstor
                .as_ref()
                .and_then(|l| Some((l.client_cert.clone()?, l.client_key.clone()?))),
            max_retries: globals.retries.or(cloud.retries).unwrap_or(crate::http::DEFAULT_RETRIES),
        })?;
        let sandbox = if cloud.kind == CloudKind::Sandbox {
            let handle = start_embedded_sandbox(&cloud).await?;
            cloud = sandbox_cloud(&cloud, &handle);
            Some(handle)
        } else {
            None
        };
        Ok(Context {
            globals,
            config_path,
            cloud_name,
            cloud,
            http,
            _sandbox: sandbox,
            synnefo: OnceCell::new(),
        })
    }

    pub fn http(&self) -> &Http {
        &self.http
    }

    pub fn cloud(&self) -> &CloudConfig {
        &self.cloud
    }

    pub fn cloud_name(&self) -> &str {
        &self.cloud_name
    }

    pub fn quiet(&self) -> bool {
        self.globals.quiet
    }

    pub fn output_settings(&self) -> OutputSettings {
        self.globals.output_settings()
    }

    /// Authenticates the cloud's token once per command (`POST /tokens`) and returns the
    /// session with the service catalog.
    pub async fn synnefo(&self) -> Result<&SynnefoSession> {
        self.synnefo
            .get_or_try_init(|| async {
                let url = self.cloud.url.as_deref().ok_or_else(|| {
                    Error::usage(format!("cloud `{}` has no authentication URL", self.cloud_name)).hint(
                        format!(
                            "run `kamaki config set clouds.{}.url https://HOST/identity/v2.0`",
                            self.cloud_name
                        ),
                    )
                })?;
                let token = self.cloud.resolve_token(&self.cloud_name)?;
                let access = AstakosClient::new(self.http.clone(), url, &token).authenticate().await?;
                Ok(SynnefoSession { token, access })
            })
            .await
    }
}

/// With no config file, the swift CLI's `ST_AUTH`/`ST_USER`/`ST_KEY` describe a cloud.
fn swift_from_env(config: &Config, requested: Option<&str>) -> Option<CloudConfig> {
    if requested.is_some() || !config.clouds.is_empty() {
        return None;
    }
    let auth_url = std::env::var("ST_AUTH").ok()?;
    Some(CloudConfig {
        kind: CloudKind::Swift,
        auth_url: Some(auth_url),
        user: std::env::var("ST_USER").ok(),
        key: std::env::var("ST_KEY").ok(),
        ..CloudConfig::default()
    })
}

/// Where the embedded sandbox keeps its state.
pub fn sandbox_data_dir(cloud: &CloudConfig) -> Result<PathBuf> {
    match &cloud.data_dir {
        Some(dir) => Ok(dir.clone()),
        None => Ok(config::data_dir()?.join("sandbox")),
    }
}

/// The user's `~/.ssh/*.pub` keys, registered for the sandbox's CloudAPI account so that
/// `kamaki sdc …` works out of the box.
pub fn user_ssh_public_keys() -> Vec<String> {
    let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().join(".ssh")) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(home) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pub"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| text.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

async fn start_embedded_sandbox(cloud: &CloudConfig) -> Result<SandboxHandle> {
    let options = SandboxOptions {
        bind: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        sdc_bind: None,
        linstor_bind: None,
        data_dir: sandbox_data_dir(cloud)?,
        sdc_keys: user_ssh_public_keys(),
        sdc_delay: None,
        faults: Default::default(),
    };
    sandbox::start(options).await
}

/// The cloud config that points at a running sandbox.
fn sandbox_cloud(base: &CloudConfig, handle: &SandboxHandle) -> CloudConfig {
    CloudConfig {
        kind: CloudKind::Sandbox,
        url: Some(handle.identity_url.clone()),
        token: Some(handle.user.token.clone()),
        token_command: None,
        sdc: Some(SdcConfig {
            url: Some(handle.sdc_url.clone()),
            account: Some(SANDBOX_SDC_ACCOUNT.to_string()),
            ..base.sdc.clone().unwrap_or_default()
        }),
        linstor: Some(LinstorConfig {
            controllers: vec![handle.linstor_url.clone()],
            ..LinstorConfig::default()
        }),
        ..base.clone()
    }
}
