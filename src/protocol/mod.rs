//! Wire-protocol code shared by the typed clients and the sandbox, so both sides agree by
//! construction.

pub mod httpsig;
pub mod linstor_reply;
pub mod linstor_size;
pub mod pithos_containers;
pub mod pithos_hash;
