//! `kamaki server ssh` and `kamaki sdc machine ssh`: work out where and as whom to log in,
//! then hand over to the system `ssh` (no SSH of our own).
//!
//! [`cyclades`] and [`sdc`] turn a server or machine into a [`Route`] (the host, and the
//! bastion to jump through, if any); [`argv`] builds the command line; [`exec`] replaces
//! this process with `ssh`, so that the terminal, signals and exit status are ssh's.

pub mod cyclades;
pub mod sdc;

use std::ffi::OsString;
use std::path::PathBuf;

use crate::error::Error;

/// The program run; found on `PATH`, as a shell would.
const SSH_PROGRAM: &str = "ssh";

/// One host ssh logs in to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub user: String,
    pub address: String,
}

/// Where ssh goes: the host, through a bastion (`ssh -J`) when one is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub host: Host,
    pub jump: Option<Host>,
}

/// What the user asked of ssh itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `--user`: log in as this user instead of the one the image names.
    pub user: Option<String>,
    /// `-i KEY`.
    pub identity: Option<PathBuf>,
    /// `-O OPTION`, passed on as `ssh -o OPTION`.
    pub options: Vec<String>,
    /// `--no-proxy`: connect directly even when a bastion is set.
    pub no_proxy: bool,
    /// What to run instead of a login shell.
    pub command: Vec<String>,
}

/// The arguments of `ssh` (without the program name). The host comes after `--`, so that
/// neither it nor the remote command can be taken for ssh options.
pub fn argv(route: &Route, request: &Request) -> Vec<OsString> {
    let mut args: Vec<OsString> = Vec::new();
    if let Some(identity) = &request.identity {
        args.push("-i".into());
        args.push(identity.clone().into_os_string());
    }
    for option in &request.options {
        args.push("-o".into());
        args.push(option.into());
    }
    if let Some(jump) = &route.jump {
        args.push("-J".into());
        args.push(format!("{}@{}", jump.user, jump.address).into());
    }
    args.push("-l".into());
    args.push((&route.host.user).into());
    args.push("--".into());
    args.push((&route.host.address).into());
    args.extend(request.command.iter().map(OsString::from));
    args
}

/// Replaces this process with `ssh ARGS…`; returns only when that cannot be done.
pub fn exec(args: &[OsString]) -> Error {
    use std::os::unix::process::CommandExt as _;
    let err = std::process::Command::new(SSH_PROGRAM).args(args).exec();
    let error = Error::general(format!("cannot run `{SSH_PROGRAM}`: {err}"));
    if err.kind() == std::io::ErrorKind::NotFound {
        error.hint("install an OpenSSH client (`ssh` must be on PATH)")
    } else {
        error
    }
}

/// The error for a host whose login user nobody named.
fn unknown_user(what: &str, why: &str) -> Error {
    Error::usage(format!("no login user is known for {what}: {why}"))
        .hint("name one with `--user NAME` (e.g. `--user root`)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(jump: Option<Host>) -> Route {
        Route { host: Host { user: "root".into(), address: "192.0.2.7".into() }, jump }
    }

    fn strings(args: Vec<OsString>) -> Vec<String> {
        args.into_iter().map(|arg| arg.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn a_plain_login_names_user_then_host_after_the_separator() {
        assert_eq!(strings(argv(&route(None), &Request::default())), ["-l", "root", "--", "192.0.2.7"]);
    }

    #[test]
    fn key_options_bastion_and_command_keep_their_places() {
        let jump = Host { user: "admin".into(), address: "198.51.100.1".into() };
        let request = Request {
            identity: Some(PathBuf::from("/keys/id_ed25519")),
            options: vec!["StrictHostKeyChecking=no".into(), "ConnectTimeout=5".into()],
            command: vec!["ls".into(), "-l".into()],
            ..Request::default()
        };
        assert_eq!(
            strings(argv(&route(Some(jump)), &request)),
            [
                "-i",
                "/keys/id_ed25519",
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "ConnectTimeout=5",
                "-J",
                "admin@198.51.100.1",
                "-l",
                "root",
                "--",
                "192.0.2.7",
                "ls",
                "-l"
            ]
        );
    }
}
