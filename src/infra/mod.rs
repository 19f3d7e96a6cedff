//! `kamaki infra`: an Occopus-style orchestrator.
pub mod compiler;
pub mod description;
pub mod nodedef;
pub mod yaml;
pub mod template;
pub mod store;
pub mod backend;
pub mod health;
pub mod scaling;
pub mod lease;
pub mod enactor;
pub mod workflow;
