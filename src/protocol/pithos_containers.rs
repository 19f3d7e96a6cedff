//! The containers the Pithos client guidelines name, which the client creates on demand and
//! the sandbox seeds for every account.

/// The container the guidelines use for a user's files, and the one for deleted files.
pub const HOME_CONTAINER: &str = "pithos";
pub const TRASH_CONTAINER: &str = "trash";
