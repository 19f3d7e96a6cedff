//! What a controller reply means to the CLI: an error entry becomes an [`Error`] whose kind
//! (and so exit code) follows the entry's code. The reply's shape and bits are shared with
//! the sandbox, in [`crate::protocol::linstor_reply`].

use crate::error::{Error, ErrorKind};
use crate::protocol::linstor_reply::ApiCallRc;

/// Which error kind (and so exit code) an error entry maps to.
fn error_kind(code: i64) -> ErrorKind {
    match code {
        200..=299 => ErrorKind::Usage,
        300..=399 => ErrorKind::NotFound,
        400..=499 => ErrorKind::Auth,
        500..=599 | 800..=899 | 980 | 991 | 996 | 997 => ErrorKind::Conflict,
        _ => ErrorKind::General,
    }
}

/// Turns a reply list (answered with HTTP `status`) into an error when any entry is an error:
/// the first error decides the kind, every error entry is shown, and the controller's
/// corrections become the hint.
pub fn check(replies: &[ApiCallRc], status: u16) -> crate::error::Result<()> {
    let errors: Vec<&ApiCallRc> = replies.iter().filter(|rc| rc.is_error()).collect();
    let Some(first) = errors.first() else {
        return Ok(());
    };
    let text = errors.iter().map(|rc| rc.describe()).collect::<Vec<_>>().join("\n");
    let error = Error::http(status, format!("controller refused: {text}"))
        .with_kind(error_kind(first.code()))
        .with_api_code(first.ret_code.to_string());
    let corrections: Vec<&str> =
        errors.iter().filter_map(|rc| rc.correction.as_deref()).map(str::trim_end).collect();
    Err(if corrections.is_empty() { error } else { error.hint(corrections.join("; ")) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::linstor_reply::*;

    #[test]
    fn errors_map_to_exit_kinds() {
        let not_found = [ApiCallRc::new(FAIL_NOT_FOUND_NODE, "Node 'x' not found.")];
        assert_eq!(check(&not_found, 404).map_err(|e| e.kind()).err(), Some(ErrorKind::NotFound));
        let no_nodes = [
            ApiCallRc::new(MASK_CRT | MASK_RSC | CREATED, "ok"),
            ApiCallRc::new(FAIL_NOT_ENOUGH_NODES, "Not enough available nodes"),
        ];
        assert_eq!(check(&no_nodes, 500).map_err(|e| e.kind()).err(), Some(ErrorKind::Conflict));
        let two = [
            ApiCallRc::new(FAIL_NOT_FOUND_NODE, "Node 'a' not found.").correction("Create node 'a'."),
            ApiCallRc::new(FAIL_NOT_FOUND_NODE, "Node 'b' not found.").correction("Create node 'b'."),
        ];
        let error = check(&two, 404).err().unwrap_or_else(|| Error::general(""));
        assert_eq!(error.status(), Some(404));
        assert!(error.message().contains("Node 'a'") && error.message().contains("Node 'b'"));
        assert_eq!(error.hint_text(), Some("Create node 'a'.; Create node 'b'."));
        let warning = [ApiCallRc::new(WARN_NOT_FOUND, "missing")];
        assert!(check(&warning, 200).is_ok());
    }
}
