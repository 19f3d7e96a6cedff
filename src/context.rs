//! What every command runs with: its options, the selected cloud, the shared HTTP client,
//! and — lazily — the authenticated Synnefo session. Commands get their API clients here
//! ([`Context::cyclades`], [`Context::pithos`], …), so every group builds them alike.

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::OnceCell;

use crate::clients::astakos::{Access, AccountClient, AstakosClient};
use crate::clients::cyclades::{Api, ComputeClient, Cyclades, NetworkClient, VolumeClient};
use crate::clients::image::ImageClient;
use crate::clients::linstor::{LinstorClient, controller_list};
use crate::clients::pithos::PithosClient;
use crate::clients::sdc::{SdcClient, SdcSettings};
use crate::config::{
    self, CloudConfig, CloudKind, Config, Environment, LinstorConfig, SandboxConfig, SdcConfig,
};
use crate::error::{Error, Result};
use crate::http::{Http, HttpOptions};
use crate::output::OutputSettings;
use crate::sandbox::{self, SandboxHandle, SandboxOptions};

/// The CloudAPI login of the sandbox's demo account.
pub const SANDBOX_SDC_ACCOUNT: &str = "demo";

/// How a command runs, as the global flags set it (`cli::GlobalArgs::options`); `None`
/// leaves the choice to the config file and the defaults.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The config file; `None` is [`config::config_path`]'s default.
    pub config: Option<PathBuf>,
    /// The cloud's name in the config; `None` is its default cloud.
    pub cloud: Option<String>,
    pub output: OutputSettings,
    /// How much of the HTTP traffic to log on stderr (0: none).
    pub verbose: u8,
    /// No progress bars or warnings.
    pub quiet: bool,
    /// The timeout of each HTTP request.
    pub timeout: Option<Duration>,
    /// How many times a request that is safe to repeat is retried at most.
    pub retries: Option<u32>,
    /// Extra root certificates (PEM).
    pub ca_cert: Option<PathBuf>,
}

impl Options {
    /// The config file these options select.
    pub fn config_path(&self) -> Result<PathBuf> {
        config::config_path(self.config.as_deref())
    }
}

pub struct Context {
    options: Options,
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
    pub async fn new(options: Options) -> Result<Context> {
        let config_path = options.config_path()?;
        let config = Config::load(&config_path)?;
        let resolved = config.resolve(options.cloud.as_deref(), &Environment::capture())?;
        let (cloud_name, mut cloud) = (resolved.name, resolved.cloud);
        let http = Http::new(&HttpOptions {
            timeout: options.timeout.unwrap_or(Duration::from_secs(120)),
            verbose: options.verbose,
            ca_cert: options.ca_cert.clone().or_else(|| cloud.ca_cert.clone()),
            client_identity: cloud
                .linstor
                .as_ref()
                .and_then(|l| Some((l.client_cert.clone()?, l.client_key.clone()?))),
            max_retries: options.retries.or(cloud.retries).unwrap_or(crate::http::DEFAULT_RETRIES),
        })?;
        let (sandbox, embedded) = if cloud.kind() == CloudKind::Sandbox {
            let handle = start_embedded_sandbox(&cloud, config.sandbox.as_ref()).await?;
            let filled = fill_from_sandbox(&mut cloud, &handle);
            (Some(handle), filled)
        } else {
            (None, Vec::new())
        };
        if options.verbose >= 1 {
            let origin = |key: &str| match resolved.from_env.iter().find(|o| o.key == key) {
                Some(from_env) => format!("from `{}`", from_env.var),
                None if embedded.contains(&key) => "from the embedded sandbox".to_string(),
                None => format!("from `{}`", config_path.display()),
            };
            for (key, value) in endpoints(&cloud) {
                crate::output::log(format_args!("* cloud `{cloud_name}`: {key} {value} ({})", origin(key)));
            }
        }
        Ok(Context { options, cloud_name, cloud, http, _sandbox: sandbox, synnefo: OnceCell::new() })
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
        self.options.quiet
    }

    pub fn verbose(&self) -> u8 {
        self.options.verbose
    }

    pub fn output_settings(&self) -> OutputSettings {
        self.options.output.clone()
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

    /// The Astakos account client (users' names, quotas, projects) of the session.
    pub async fn account(&self) -> Result<AccountClient> {
        let session = self.synnefo().await?;
        Ok(AccountClient::new(self.http.clone(), &session.endpoint("account")?, &session.token))
    }

    /// The Cyclades compute, network and block storage clients of the session.
    pub async fn cyclades(&self) -> Result<Cyclades> {
        let session = self.synnefo().await?;
        let api = |service: &str| -> Result<Api> {
            Ok(Api::new(self.http.clone(), &session.endpoint(service)?, &session.token))
        };
        Ok(Cyclades {
            compute: ComputeClient::new(api("compute")?),
            network: NetworkClient::new(api("network")?),
            volume: VolumeClient::new(api("volume")?),
        })
    }

    /// The Plankton image client of the session.
    pub async fn images(&self) -> Result<ImageClient> {
        let session = self.synnefo().await?;
        Ok(ImageClient::new(self.http.clone(), &session.endpoint("image")?, &session.token))
    }

    /// The object store: Pithos in the cloud's `pithos_uuid` account (the user's own by
    /// default), or a plain Swift store.
    pub async fn pithos(&self) -> Result<PithosClient> {
        if self.cloud.kind() == CloudKind::Swift {
            return self.swift().await;
        }
        let session = self.synnefo().await?;
        let account = self.pithos_account().await?;
        Ok(PithosClient::pithos(
            self.http.clone(),
            &session.endpoint("object-store")?,
            &session.token,
            &account,
        ))
    }

    /// The Pithos account that paths without one (`/CONTAINER/PATH`) are in: the cloud's
    /// `pithos_uuid`, or the user's own.
    pub async fn pithos_account(&self) -> Result<String> {
        match &self.cloud.pithos_uuid {
            Some(uuid) => Ok(uuid.clone()),
            None => Ok(self.synnefo().await?.user_uuid().to_string()),
        }
    }

    async fn swift(&self) -> Result<PithosClient> {
        let cloud = &self.cloud;
        if let (Some(url), Some(token)) = (&cloud.storage_url, &cloud.token) {
            return PithosClient::swift(self.http.clone(), url, token)?.detect_flavor().await;
        }
        match (&cloud.auth_url, &cloud.user, &cloud.key) {
            (Some(auth_url), Some(user), Some(key)) => {
                let (url, token) = PithosClient::swift_auth(&self.http, auth_url, user, key).await?;
                PithosClient::swift(self.http.clone(), &url, &token)?.detect_flavor().await
            }
            _ => Err(Error::usage(format!("Swift cloud `{}` has no credentials", self.cloud_name)).hint(
                "set `storage_url` and `token`, or `auth_url`, `user` and `key` (or ST_AUTH, ST_USER and ST_KEY)",
            )),
        }
    }

    /// The CloudAPI client of the cloud's `sdc` section, with its signing key found.
    pub async fn sdc(&self) -> Result<SdcClient> {
        let settings = SdcSettings::resolve(self.cloud.sdc.as_ref(), &self.cloud_name)?;
        SdcClient::connect(self.http.clone(), settings).await
    }

    /// The LINSTOR client of the cloud's `linstor.controllers`, which `LS_CONTROLLERS`
    /// overrides (see [`crate::config::Environment`]).
    pub fn linstor(&self) -> Result<LinstorClient> {
        let configured = self.cloud.linstor.as_ref().map(|l| l.controllers.join(",")).unwrap_or_default();
        if configured.is_empty() {
            return Err(Error::usage(format!("cloud `{}` has no LINSTOR controller", self.cloud_name)).hint(
                format!(
                    "set `linstor.controllers` for it (`kamaki config set clouds.{}.linstor.controllers …`) or `LS_CONTROLLERS=host:3370`",
                    self.cloud_name
                ),
            ));
        }
        LinstorClient::new(self.http.clone(), controller_list(&configured)?)
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
