//! ApiCallRc, the controller's universal reply, and the bit layout of its `ret_code`.
//!
//! A `ret_code` is a signed 64-bit number on the wire: the two top bits carry the severity
//! (both set for an error, so errors are negative), bits 24–25 the operation, bits 18–22 the
//! kind of object and the low bits the code proper. The client reads replies and the sandbox
//! controller builds them from these same constants, so both sides agree by construction;
//! what an error reply means to the CLI (its exit code) is the client's, in
//! `clients::linstor::reply`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const MASK_ERROR: i64 = 0xC000_0000_0000_0000_u64 as i64;
pub const MASK_WARN: i64 = 0x8000_0000_0000_0000_u64 as i64;
pub const MASK_INFO: i64 = 0x4000_0000_0000_0000;
const MASK_BITS_CODE: i64 = 0x7FFF;

pub const MASK_CRT: i64 = 0x0100_0000;
pub const MASK_MOD: i64 = 0x0200_0000;
pub const MASK_DEL: i64 = 0x0300_0000;

pub const MASK_CTRL_CONF: i64 = 0x10_0000;
pub const MASK_STOR_POOL: i64 = 0x14_0000;
pub const MASK_NET_IF: i64 = 0x1C_0000;
pub const MASK_VLM_DFN: i64 = 0x30_0000;
pub const MASK_RSC: i64 = 0x34_0000;
pub const MASK_RSC_DFN: i64 = 0x38_0000;
pub const MASK_NODE: i64 = 0x3C_0000;
pub const MASK_KVS: i64 = 0x40_0000;
pub const MASK_RSC_GRP: i64 = 0x44_0000;
pub const MASK_VLM_GRP: i64 = 0x48_0000;

pub const CREATED: i64 = 1;
pub const DELETED: i64 = 2;
pub const MODIFIED: i64 = 3;

pub const FAIL_INVLD_NODE_NAME: i64 = 200 | MASK_ERROR;
pub const FAIL_INVLD_NODE_TYPE: i64 = 201 | MASK_ERROR;
pub const FAIL_INVLD_RSC_NAME: i64 = 202 | MASK_ERROR;
pub const FAIL_INVLD_VLM_SIZE: i64 = 206 | MASK_ERROR;
pub const FAIL_INVLD_STOR_POOL_NAME: i64 = 208 | MASK_ERROR;
pub const FAIL_INVLD_NET_ADDR: i64 = 210 | MASK_ERROR;
pub const FAIL_INVLD_PROP: i64 = 213 | MASK_ERROR;
pub const FAIL_INVLD_PLACE_COUNT: i64 = 219 | MASK_ERROR;
pub const FAIL_INVLD_KVS_NAME: i64 = 223 | MASK_ERROR;
pub const FAIL_INVLD_PROVIDER: i64 = 227 | MASK_ERROR;
pub const FAIL_INVLD_VLM_SIZES: i64 = 228 | MASK_ERROR;
pub const FAIL_INVLD_REQUEST: i64 = 234 | MASK_ERROR;
pub const FAIL_INVLD_RSC_GRP_NAME: i64 = 237 | MASK_ERROR;
pub const FAIL_NOT_FOUND_NODE: i64 = 300 | MASK_ERROR;
pub const FAIL_NOT_FOUND_RSC_DFN: i64 = 301 | MASK_ERROR;
pub const FAIL_NOT_FOUND_RSC: i64 = 302 | MASK_ERROR;
pub const FAIL_NOT_FOUND_VLM_DFN: i64 = 303 | MASK_ERROR;
pub const FAIL_NOT_FOUND_NET_IF: i64 = 305 | MASK_ERROR;
pub const FAIL_NOT_FOUND_STOR_POOL: i64 = 310 | MASK_ERROR;
pub const FAIL_NOT_FOUND_KVS: i64 = 316 | MASK_ERROR;
pub const FAIL_NOT_FOUND_RSC_GRP: i64 = 317 | MASK_ERROR;
pub const FAIL_NOT_FOUND_VLM_GRP: i64 = 318 | MASK_ERROR;
pub const FAIL_EXISTS_NODE: i64 = 500 | MASK_ERROR;
pub const FAIL_EXISTS_RSC_DFN: i64 = 501 | MASK_ERROR;
pub const FAIL_EXISTS_VLM_DFN: i64 = 503 | MASK_ERROR;
pub const FAIL_EXISTS_NET_IF: i64 = 505 | MASK_ERROR;
pub const FAIL_EXISTS_STOR_POOL: i64 = 510 | MASK_ERROR;
pub const FAIL_EXISTS_RSC_GRP: i64 = 522 | MASK_ERROR;
pub const FAIL_EXISTS_VLM_GRP: i64 = 523 | MASK_ERROR;
pub const FAIL_MISSING_EXT_NAME: i64 = 606 | MASK_ERROR;
pub const FAIL_POOL_EXHAUSTED_MINOR_NR: i64 = 801 | MASK_ERROR;
pub const FAIL_NOT_ENOUGH_FREE_SPACE: i64 = 980 | MASK_ERROR;
pub const FAIL_NOT_ENOUGH_NODES: i64 = 996 | MASK_ERROR;
pub const FAIL_IN_USE: i64 = 997 | MASK_ERROR;
pub const WARN_NOT_CONNECTED: i64 = 1002 | MASK_WARN;
pub const WARN_DEL_UNSET_PROP: i64 = 1005 | MASK_WARN;
pub const WARN_RSC_ALREADY_DEPLOYED: i64 = 1006 | MASK_WARN;
pub const WARN_RSC_ALREADY_HAS_DISK: i64 = 1007 | MASK_WARN;
pub const WARN_RSC_ALREADY_DISKLESS: i64 = 1008 | MASK_WARN;
pub const WARN_VLMDFN_RESIZE_SAME_SIZE: i64 = 1023 | MASK_WARN;
pub const WARN_NOT_FOUND: i64 = 3000 | MASK_WARN;
pub const INFO_NO_RSC_SPAWNED: i64 = 10000 | MASK_INFO;
pub const INFO_NOOP: i64 = 10007 | MASK_INFO;
pub const INFO_RSC_ALREADY_EXISTS: i64 = 10008 | MASK_INFO;
pub const UNKNOWN_API_CALL: i64 = 0x0FFF_FFFF_FFFF_FFFF | MASK_ERROR;
pub const API_CALL_PARSE_ERROR: i64 = 0x0FFF_FFFF_FFFF_FFFD | MASK_ERROR;

/// How bad one reply entry is, decoded from the two top bits of its `ret_code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Success,
}

/// One entry of an ApiCallRc list, with the controller's own field names.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ApiCallRc {
    pub ret_code: i64,
    #[serde(default)]
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error_report_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub obj_refs: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

impl ApiCallRc {
    pub fn new(ret_code: i64, message: impl Into<String>) -> Self {
        ApiCallRc { ret_code, message: message.into(), ..ApiCallRc::default() }
    }

    pub fn cause(mut self, cause: impl Into<String>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    pub fn correction(mut self, correction: impl Into<String>) -> Self {
        self.correction = Some(correction.into());
        self
    }

    pub fn details(mut self, details: impl Into<String>) -> Self {
        self.details = Some(details.into());
        self
    }

    pub fn obj_ref(mut self, key: &str, value: impl Into<String>) -> Self {
        self.obj_refs.insert(key.to_string(), value.into());
        self
    }

    /// Errors have both top bits set, so they are tested before warnings and infos.
    pub fn severity(&self) -> Severity {
        let rc = self.ret_code;
        if rc & MASK_ERROR == MASK_ERROR {
            Severity::Error
        } else if rc & MASK_WARN == MASK_WARN {
            Severity::Warning
        } else if rc & MASK_INFO == MASK_INFO {
            Severity::Info
        } else {
            Severity::Success
        }
    }

    /// The code proper, without severity, operation and object bits (e.g. 300 for "node not found").
    pub fn code(&self) -> i64 {
        self.ret_code & MASK_BITS_CODE
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The entry as scripts see it in `-o json`: the wire fields plus the decoded severity.
    pub fn to_json(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(fields) = value.as_object_mut() {
            fields.insert("severity".into(), serde_json::json!(self.severity()));
        }
        value
    }

    /// The message followed by cause, details and report ids, one per line, for error text.
    pub fn describe(&self) -> String {
        let mut text = self.message.trim_end().to_string();
        for (label, value) in [("cause", &self.cause), ("details", &self.details)] {
            if let Some(value) = value {
                let indented = value.trim_end().replace('\n', "\n    ");
                text.push_str(&format!("\n  {label}: {indented}"));
            }
        }
        if !self.error_report_ids.is_empty() {
            text.push_str(&format!("\n  error reports: {}", self.error_report_ids.join(", ")));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_follows_the_mask_order() {
        assert_eq!(ApiCallRc::new(-4611686018427387604, "").severity(), Severity::Error);
        assert_eq!(ApiCallRc::new(-9223372036801033288, "").severity(), Severity::Warning);
        assert_eq!(ApiCallRc::new(4611686018427397904, "").severity(), Severity::Info);
        assert_eq!(ApiCallRc::new(20709377, "").severity(), Severity::Success);
    }

    #[test]
    fn masks_compose_to_the_controllers_numbers() {
        assert_eq!(MASK_CRT | MASK_NODE | CREATED, 20709377);
        assert_eq!(MASK_MOD | MASK_CTRL_CONF | MODIFIED, 34603011);
        assert_eq!(WARN_NOT_FOUND | MASK_DEL | MASK_RSC, -9223372036801033288);
        assert_eq!(FAIL_NOT_FOUND_RSC_DFN | MASK_CRT | MASK_VLM_DFN, -4611686018407464659);
        assert_eq!(API_CALL_PARSE_ERROR, -3458764513820540931);
        assert_eq!(ApiCallRc::new(FAIL_NOT_FOUND_NODE | MASK_CRT, "").code(), 300);
    }
}
