//! The one way kamaki waits for something to change: fetch, check, back off, repeat —
//! until the check holds or the deadline passes.
//!
//! Every wait (Cyclades servers, ports and volumes, CloudAPI machines, snapshots and audit
//! entries, LINSTOR resources) goes through [`poll`], so they share one deadline rule: the
//! deadline bounds the whole wait, including a request that is still in flight when it
//! passes. Running out of time is not an error here: the caller gets the last state seen
//! with `timed_out` set, so that it can still report it (and exit with code 124).

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, Result};

/// The first pause between two fetches; pauses then grow by half up to the limit's
/// `max_interval`, so that quick transitions are seen quickly and long ones cost few requests.
const FIRST_INTERVAL: Duration = Duration::from_millis(250);

/// How long a wait may take and how far apart its fetches may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollLimits {
    /// The whole wait's bound.
    pub timeout: Duration,
    /// The longest pause between two fetches.
    pub max_interval: Duration,
}

/// How a wait ended when it did not fail: the last state fetched, how long it took, and
/// whether the deadline passed before the check held.
#[derive(Debug, Clone, PartialEq)]
pub struct Polled<T> {
    pub last: T,
    pub waited: Duration,
    pub timed_out: bool,
}

impl<T> Polled<T> {
    /// The same outcome about another value (e.g. a status taken out of the fetched object).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Polled<U> {
        Polled { last: f(self.last), waited: self.waited, timed_out: self.timed_out }
    }
}

/// Fetches with backoff until `check` says the state is the wanted one or `limits.timeout`
/// passes. `check` sees every fetched state (to show progress) and may end the wait with an
/// error, for a state the wanted one can no longer follow. A failed fetch ends the wait with
/// its error. When the deadline passes before anything was fetched, the result is a timeout
/// error, since there is no state to report.
pub async fn poll<T, F, Fut>(
    what: &str,
    limits: PollLimits,
    mut fetch: F,
    mut check: impl FnMut(&T) -> Result<bool>,
) -> Result<Polled<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let started = Instant::now();
    let deadline = started + limits.timeout;
    let mut pause = FIRST_INTERVAL.min(limits.max_interval);
    let mut last = None;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let Ok(fetched) = tokio::time::timeout(remaining, fetch()).await else {
            break;
        };
        let current = fetched?;
        if check(&current)? {
            return Ok(Polled { last: current, waited: started.elapsed(), timed_out: false });
        }
        last = Some(current);
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            break;
        }
        tokio::time::sleep(pause.min(remaining)).await;
        pause = (pause * 3 / 2).min(limits.max_interval);
    }
    match last {
        Some(last) => Ok(Polled { last, waited: started.elapsed(), timed_out: true }),
        None => Err(Error::timeout(format!(
            "{what}: no answer within {}",
            humantime::format_duration(limits.timeout)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::error::ErrorKind;

    const LIMITS: PollLimits =
        PollLimits { timeout: Duration::from_secs(60), max_interval: Duration::from_millis(500) };

    #[tokio::test(start_paused = true)]
    async fn polls_until_the_check_holds_and_returns_that_state() {
        let calls = AtomicU32::new(0);
        let polled = poll(
            "counter",
            LIMITS,
            || async { Ok(calls.fetch_add(1, Ordering::SeqCst) + 1) },
            |n: &u32| Ok(*n == 4),
        )
        .await
        .expect("polled");
        assert_eq!(polled.last, 4);
        assert!(!polled.timed_out);
        // Pauses of 250, 375 and 500 ms (capped) lie between the four fetches.
        assert_eq!(polled.waited, Duration::from_millis(1125));
    }

    #[tokio::test(start_paused = true)]
    async fn the_deadline_ends_the_wait_with_the_last_state() {
        let limits = PollLimits { timeout: Duration::from_secs(2), ..LIMITS };
        let polled = poll("stuck", limits, || async { Ok("BUILD") }, |_| Ok(false)).await.expect("polled");
        assert!(polled.timed_out);
        assert_eq!(polled.last, "BUILD");
        assert_eq!(polled.waited, Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn a_fetch_that_hangs_is_cut_at_the_deadline() {
        let limits = PollLimits { timeout: Duration::from_secs(2), ..LIMITS };
        let calls = AtomicU32::new(0);
        let polled = poll(
            "hanging",
            limits,
            || {
                let first = calls.fetch_add(1, Ordering::SeqCst) == 0;
                async move {
                    if !first {
                        tokio::time::sleep(Duration::from_secs(3600)).await;
                    }
                    Ok("BUILD")
                }
            },
            |_| Ok(false),
        )
        .await
        .expect("polled");
        assert!(polled.timed_out);
        assert_eq!(polled.waited, Duration::from_secs(2));

        let never = poll(
            "silent",
            limits,
            || async {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                Ok(())
            },
            |_| Ok(true),
        )
        .await
        .expect_err("nothing was fetched");
        assert_eq!(never.kind(), ErrorKind::Timeout);
        assert!(never.message().contains("silent: no answer within 2s"), "{}", never.message());
    }

    #[tokio::test(start_paused = true)]
    async fn the_check_and_the_fetch_can_end_the_wait_with_an_error() {
        let hopeless = poll(
            "server 1",
            LIMITS,
            || async { Ok("ERROR") },
            |status| match *status {
                "ERROR" => Err(Error::conflict("server 1 is ERROR and will not become ACTIVE")),
                _ => Ok(false),
            },
        )
        .await
        .expect_err("hopeless");
        assert_eq!(hopeless.kind(), ErrorKind::Conflict);
        let failed = poll("gone", LIMITS, || async { Err::<(), _>(Error::not_found("gone")) }, |_| Ok(true))
            .await
            .expect_err("fetch failed");
        assert_eq!(failed.kind(), ErrorKind::NotFound);
    }
}
