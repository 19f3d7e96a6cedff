//! Progress bars on stderr, shown only on a terminal and never with `-q`.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Whether progress may be drawn: stderr is a terminal and the user did not ask for quiet.
pub fn enabled(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal()
}

/// A byte-count bar with rate and ETA (uploads, downloads).
pub fn bytes(quiet: bool, total: u64, message: impl Into<String>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total), target(quiet));
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(message.into());
    bar
}

/// A spinner with a message (waiting for a state change).
pub fn spinner(quiet: bool, message: impl Into<String>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, target(quiet));
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(message.into());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// A counter of items (parallel batch operations).
pub fn items(quiet: bool, total: u64, message: impl Into<String>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total), target(quiet));
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(message.into());
    bar
}

fn target(quiet: bool) -> ProgressDrawTarget {
    if enabled(quiet) { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() }
}

/// The spinner of every wait: on a terminal it shows the latest state of what is waited
/// for; with `-v` and no terminal (CI logs) each change of state is a line on stderr instead.
/// With `-q` it shows nothing.
pub struct Waiting {
    bar: ProgressBar,
    log: bool,
    /// The last state logged per waited thing, so that a line is written only on change.
    seen: std::sync::Mutex<std::collections::HashMap<String, String>>,
}

impl Waiting {
    pub fn new(quiet: bool, verbose: u8, message: impl Into<String>) -> Waiting {
        let message = message.into();
        let log = !quiet && verbose > 0 && !enabled(quiet);
        if log {
            crate::output::log(&message);
        }
        Waiting { bar: spinner(quiet, message), log, seen: Default::default() }
    }

    /// Shows that `what` is now `state`.
    pub fn show(&self, what: &str, state: &str) {
        self.bar.set_message(format!("{what}: {state}"));
        if !self.log {
            return;
        }
        let mut seen = self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if seen.get(what).is_none_or(|last| last != state) {
            crate::output::log(format_args!("{what}: {state} ({:.1}s)", self.bar.elapsed().as_secs_f64()));
            seen.insert(what.to_string(), state.to_string());
        }
    }
}

/// A wait's spinner goes away however the wait ends (done, timed out or failed), before
/// the result or the error is printed.
impl Drop for Waiting {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
