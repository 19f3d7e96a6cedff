//! What every command runs with: the resolved global flags, the selected cloud, the
//! shared HTTP client, and — lazily — the authenticated Synnefo session.

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::OnceCell;

use crate::cli::GlobalArgs;
use crate::clients::astakos::{Access, AstakosClient};
use crate::config::{
    self, CloudConfig, CloudKind, Config, Environment, LinstorConfig, SandboxConfig, SdcConfig,
};
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
    /// Loads the config, selects the cloud, applies the environment, and starts the
    /// embedded sandbox when that is the cloud.
    pub async fn new(globals: GlobalArgs) -> Result<Context> {
        let config_path = config::config_path(globals.config.as_deref())?;
        let config = Config::load(&config_path)?;
        let resolved = config.resolve(globals.cloud.as_deref(), &Environment::capture())?;
        let (cloud_name, mut cloud) = (resolved.name, resolved.cloud);
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
        let (sandbox, embedded) = if cloud.kind() == CloudKind::Sandbox {
            let handle = start_embedded_sandbox(&cloud, config.sandbox.as_ref()).await?;
            let filled = fill_from_sandbox(&mut cloud, &handle);
            (Some(handle), filled)
        } else {
            (None, Vec::new())
        };
        if globals.verbose >= 1 {
            let origin = |key: &str| match resolved.from_env.iter().find(|o| o.key == key) {
                Some(from_env) => format!("from `{}`", from_env.var),
                None if embedded.contains(&key) => "from the embedded sandbox".to_string(),
                None => format!("from `{}`", config_path.display()),
            };
            for (key, value) in endpoints(&cloud) {
                eprintln!("* cloud `{cloud_name}`: {key} {value} ({})", origin(key));
            }
        }
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
                if self.cloud.kind() == CloudKind::Swift {
                    return Err(Error::usage(format!(
                        "cloud `{}` is a plain Swift object store, which has no Synnefo services",
                        self.cloud_name
                    ))
                    .hint("only `kamaki file` works with it; pick a Synnefo cloud with `--cloud NAME`"));
                }
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

/// The endpoints (and the CloudAPI login) a cloud's commands talk to, as they may be
/// shown: no tokens, keys or passwords.
fn endpoints(cloud: &CloudConfig) -> Vec<(&'static str, String)> {
    let shown = |url: &str| match reqwest::Url::parse(url) {
        Ok(url) => crate::http::redact_url(&url),
        Err(_) => url.to_string(),
    };
    let sdc = cloud.sdc.as_ref();
    let controllers =
        cloud.linstor.as_ref().map(|l| l.controllers.iter().map(|c| shown(c)).collect::<Vec<_>>());
    [
        ("url", cloud.url.as_deref().map(shown)),
        ("storage_url", cloud.storage_url.as_deref().map(shown)),
        ("auth_url", cloud.auth_url.as_deref().map(shown)),
        ("sdc.url", sdc.and_then(|s| s.url.as_deref()).map(shown)),
        ("sdc.account", sdc.and_then(|s| s.account.clone())),
        ("linstor.controllers", controllers.filter(|c| !c.is_empty()).map(|c| c.join(","))),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key, value?)))
    .collect()
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

async fn start_embedded_sandbox(cloud: &CloudConfig, knobs: Option<&SandboxConfig>) -> Result<SandboxHandle> {
    let knobs = knobs.cloned().unwrap_or_default();
    let options = SandboxOptions {
        bind: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        sdc_bind: None,
        linstor_bind: None,
        data_dir: sandbox_data_dir(cloud)?,
        sdc_keys: user_ssh_public_keys(),
        sdc_delay: knobs.sdc_delay,
        build_delay: knobs.build_delay,
        linstor_sync_delay: knobs.linstor_sync_delay,
        faults: Default::default(),
    };
    sandbox::start(options).await
}

/// Points a sandbox cloud at the running sandbox: its identity URL and demo user always,
/// its CloudAPI and LINSTOR endpoints where neither the config nor the environment set
/// them. Returns the keys it filled in.
fn fill_from_sandbox(cloud: &mut CloudConfig, handle: &SandboxHandle) -> Vec<&'static str> {
    let mut filled = vec!["url"];
    cloud.url = Some(handle.identity_url.clone());
    cloud.token = Some(handle.user.token.clone());
    cloud.token_command = None;
    let sdc = cloud.sdc.get_or_insert_with(SdcConfig::default);
    if sdc.url.is_none() {
        sdc.url = Some(handle.sdc_url.clone());
        filled.push("sdc.url");
    }
    if sdc.account.is_none() {
        sdc.account = Some(SANDBOX_SDC_ACCOUNT.to_string());
        filled.push("sdc.account");
    }
    let linstor = cloud.linstor.get_or_insert_with(LinstorConfig::default);
    if linstor.controllers.is_empty() {
        linstor.controllers = vec![handle.linstor_url.clone()];
        filled.push("linstor.controllers");
    }
    filled
}
