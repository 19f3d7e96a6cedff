//! kamaki: a fast, scriptable command-line client for cloud infrastructure, with a
//! built-in local sandbox cloud.
//!
//! `cli` holds the clap tree and dispatch, `clients` the typed API clients, `sandbox` the
//! emulator, `output` the only writer to stdout, `error` the exit-code policy.

pub mod auth;
pub mod cli;
pub mod clients;
pub mod config;
pub mod context;
pub mod error;
pub mod http;
pub mod infra;
pub mod output;
pub mod progress;
pub mod protocol;
pub mod sandbox;
pub mod ssh;

/// The full clap command, for completions, man pages and their freshness test.
pub fn command() -> clap::Command {
    <cli::Cli as clap::CommandFactory>::command()
}
