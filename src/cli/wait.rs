//! The wait contract every group keeps.
//!
//! - Actions that can wait (`server start`, `volume attach`, `sdc machine stop`, …) flatten
//!   [`WaitArgs`]: `--wait`, `--wait-timeout` (implies `--wait`) and `--interval`.
//! - `wait` subcommands (`server wait`, `volume wait`, `sdc machine wait`,
//!   `linstor resource wait`) flatten [`WaitCommandArgs`]: `--timeout` and `--interval`.
//!   There `--timeout` bounds the whole wait; it is the global per-request `--timeout`
//!   shadowed, so one value also bounds each request of the wait and the two cannot disagree.
//! - Either way, running out of time exits with code 124, and a `wait` subcommand prints
//!   one [`WaitRecord`] per thing it waited for (`id`, `status`, `waited_seconds`,
//!   `timed_out`) even then, so scripts see how far it got.
//! - Progress is one spinner on stderr ([`crate::progress::Waiting`]).

use std::time::Duration;

use clap::Args;
use serde::Serialize;

use super::parse_duration;
use crate::clients::poll::{PollLimits, Polled};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::progress::Waiting;

/// How long a wait may take unless told.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(600);

/// The longest pause between polls unless told.
const DEFAULT_INTERVAL: &str = "2s";

/// The table columns of wait results.
pub const RECORD_COLUMNS: [&str; 4] = ["id", "status", "waited_seconds", "timed_out"];

/// The limits of a wait no flag bounds (a failed cluster's clean-up).
pub fn default_limits() -> PollLimits {
    PollLimits { timeout: DEFAULT_WAIT, max_interval: Duration::from_secs(2) }
}

// `--wait`, `--wait-timeout`, `--interval`: flattened into every action that can wait.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Waiting")]
pub struct WaitArgs {
    /// Wait until the action is done
    #[arg(short, long)]
    pub wait: bool,
    /// Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m].
    /// The global `--timeout` bounds each HTTP request, not the wait
    #[arg(long = "wait-timeout", value_parser = parse_duration, value_name = "DURATION")]
    pub wait_timeout: Option<Duration>,
    /// The longest pause between two polls while waiting (they start at 250ms and grow)
    #[arg(long, default_value = DEFAULT_INTERVAL, value_parser = parse_duration, value_name = "DURATION")]
    pub interval: Duration,
}

impl WaitArgs {
    /// Whether the action should wait.
    pub fn enabled(&self) -> bool {
        self.wait || self.wait_timeout.is_some()
    }

    pub fn limits(&self) -> PollLimits {
        PollLimits { timeout: self.wait_timeout.unwrap_or(DEFAULT_WAIT), max_interval: self.interval }
    }

    /// The state waited for, or a timeout error (exit code 124) whose message `still` makes
    /// from the last state seen and how long the wait took (`server 3 is still BUILD after 10m`).
    pub fn done<T>(&self, polled: Polled<T>, still: impl FnOnce(&T, &str) -> String) -> Result<T> {
        if polled.timed_out {
            return Err(timed_out(still(&polled.last, &waited_text(polled.waited)), "--wait-timeout"));
        }
        Ok(polled.last)
    }
}

// `--timeout`, `--interval`: flattened into every `wait` subcommand.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Waiting")]
pub struct WaitCommandArgs {
    /// Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds
    /// the whole wait, each request within it included
    #[arg(long, alias = "wait-timeout", value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,
    /// The longest pause between two polls (they start at 250ms and grow)
    #[arg(long, default_value = DEFAULT_INTERVAL, value_parser = parse_duration, value_name = "DURATION")]
    pub interval: Duration,
}

impl WaitCommandArgs {
    pub fn limits(&self) -> PollLimits {
        PollLimits { timeout: self.timeout.unwrap_or(DEFAULT_WAIT), max_interval: self.interval }
    }
}

/// What a `wait` subcommand reports about one thing it waited for; the same fields in every
/// group, in JSON and in tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaitRecord {
    pub id: String,
    /// The state last seen: the wanted one, unless `timed_out`.
    pub status: String,
    /// How long the wait took, to the millisecond.
    pub waited_seconds: f64,
    /// Whether the time ran out before the state was the wanted one.
    pub timed_out: bool,
    /// What to say when `timed_out`: what was waited for, as it was last seen.
    #[serde(skip)]
    still: String,
}

impl WaitRecord {
    /// The record of a wait on `id` whose last status is `polled.last`; for a timed-out wait,
    /// `still` makes the message from that status and how long the wait took
    /// (`server 3 is still BUILD after 10m`).
    pub fn new(
        id: impl Into<String>,
        polled: Polled<String>,
        still: impl FnOnce(&str, &str) -> String,
    ) -> Self {
        let still =
            if polled.timed_out { still(&polled.last, &waited_text(polled.waited)) } else { String::new() };
        WaitRecord {
            id: id.into(),
            waited_seconds: (polled.waited.as_secs_f64() * 1000.0).round() / 1000.0,
            timed_out: polled.timed_out,
            status: polled.last,
            still,
        }
    }
}

/// The result of a `wait` subcommand on one thing: its record, and exit code 124 when it
/// timed out.
pub fn record_output(record: WaitRecord) -> Output {
    let failure = record.timed_out.then(|| timed_out(record.still.clone(), "--timeout"));
    let output = Output::object(record);
    match failure {
        Some(error) => output.failing(error),
        None => output,
    }
}

/// The result of a `wait` subcommand on several things: one record each, and exit code 124
/// when any of them timed out.
pub fn records_output(records: Vec<WaitRecord>) -> Output {
    let late: Vec<&WaitRecord> = records.iter().filter(|r| r.timed_out).collect();
    let failure = match late.as_slice() {
        [] => None,
        [one] => Some(timed_out(one.still.clone(), "--timeout")),
        several => {
            let lines: Vec<String> = several.iter().map(|r| format!("  {}", r.still)).collect();
            Some(
                Error::timeout(format!(
                    "{} of {} waits ran out of time:\n{}",
                    several.len(),
                    records.len(),
                    lines.join("\n")
                ))
                .hint("wait longer with `--timeout`, e.g. `--timeout 30m`"),
            )
        }
    };
    let output = Output::list(records, &RECORD_COLUMNS);
    match failure {
        Some(error) => output.failing(error),
        None => output,
    }
}

/// The spinner of a wait, shown as the global flags say.
pub fn spinner(ctx: &Context, message: impl Into<String>) -> Waiting {
    Waiting::new(ctx.quiet(), ctx.verbose(), message)
}

/// A wait's duration as people read it, to the millisecond (`2s 345ms`).
fn waited_text(waited: Duration) -> String {
    humantime::format_duration(Duration::from_millis(u64::try_from(waited.as_millis()).unwrap_or(u64::MAX)))
        .to_string()
}

fn timed_out(message: String, flag: &str) -> Error {
    Error::timeout(message).hint(format!("wait longer with `{flag}`, e.g. `{flag} 30m`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn polled(status: &str, timed_out: bool) -> Polled<String> {
        Polled { last: status.to_string(), waited: Duration::from_millis(2345), timed_out }
    }

    #[test]
    fn records_have_one_shape_and_a_timeout_fails_with_124() {
        let done = WaitRecord::new("7", polled("ACTIVE", false), |s, after| {
            format!("server 7 is still {s} after {after}")
        });
        assert_eq!(
            serde_json::to_value(&done).expect("json"),
            serde_json::json!({"id": "7", "status": "ACTIVE", "waited_seconds": 2.345, "timed_out": false})
        );
        assert!(record_output(done.clone()).failure().is_none());

        let late = WaitRecord::new("8", polled("BUILD", true), |s, after| {
            format!("server 8 is still {s} after {after}")
        });
        let error = record_output(late.clone()).failure().expect("a timeout fails");
        assert_eq!(error.exit_code(), 124);
        assert_eq!(error.message(), "server 8 is still BUILD after 2s 345ms");
        assert!(error.hint_text().is_some_and(|h| h.contains("--timeout")));

        let error = records_output(vec![done, late.clone(), late]).failure().expect("a timeout fails");
        assert!(error.message().starts_with("2 of 3 waits ran out of time"), "{}", error.message());
    }
}
