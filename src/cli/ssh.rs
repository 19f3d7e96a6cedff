//! The flags `server ssh` and `sdc machine ssh` share, and the hand-over to `ssh`.

use std::path::PathBuf;

use clap::Args;

use crate::error::Result;
use crate::output::Output;
use crate::ssh::{self, Request, Route};

#[derive(Debug, Args)]
pub struct SshArgs {
    /// Log in as this user [default: the first user the image names]
    #[arg(short = 'l', long, value_name = "NAME")]
    pub user: Option<String>,
    /// The private key to log in with (`ssh -i`)
    #[arg(short = 'i', long = "identity", value_name = "KEY")]
    pub identity: Option<PathBuf>,
    /// An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is
    /// kamaki's `--output`)
    #[arg(short = 'O', long = "ssh-option", value_name = "OPTION")]
    pub options: Vec<String>,
    /// Connect directly, even when a bastion is named (`kamaki.ssh.proxy` server metadata,
    /// `tritoncli.ssh.proxy` machine tag)
    #[arg(long)]
    pub no_proxy: bool,
    /// The command to run instead of a login shell
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

impl SshArgs {
    pub fn request(self) -> Request {
        Request {
            user: self.user,
            identity: self.identity,
            options: self.options,
            no_proxy: self.no_proxy,
            command: self.command,
        }
    }
}

/// Becomes `ssh` along `route`; what ssh does is then this process's outcome, so this
/// returns only the error of not being able to start it.
pub fn exec(route: &Route, request: &Request) -> Result<Output> {
    Err(ssh::exec(&ssh::argv(route, request)))
}
