//! Typed API clients, one module per service. They know nothing of clap or printing:
//! they take typed arguments and return serde values or structs.

pub mod astakos;
pub mod cyclades;
pub mod image;
pub mod linstor;
pub mod pithos;
pub mod poll;
pub mod sdc;

/// Joins a base URL and a path with exactly one `/` between them.
pub fn join_url(base: &str, path: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}
