//! CloudAPI objects the client reasons about. Everything else stays JSON: the CLI
//! prints objects whole, so fields a server adds are never lost.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A machine (instance). Unknown fields are kept in `extra` and printed back.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Machine {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    #[serde(default)]
    pub memory: u64,
    #[serde(default)]
    pub ips: Vec<String>,
    #[serde(rename = "primaryIp", default, skip_serializing_if = "Option::is_none")]
    pub primary_ip: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Machine {
    /// Public addresses (not in the RFC 1918 private ranges).
    pub fn public_ips(&self) -> Vec<&str> {
        self.ips.iter().map(String::as_str).filter(|ip| !is_private(ip)).collect()
    }
}

fn is_private(ip: &str) -> bool {
    match ip.parse::<std::net::Ipv4Addr>() {
        Ok(addr) => addr.is_private() || addr.is_loopback(),
        Err(_) => false,
    }
}

/// Whether `text` is a UUID (`8-4-4-4-12` hex digits).
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machines_keep_unknown_fields() {
        let json = serde_json::json!({
            "id": "b6979942-7d5d-4fe6-a2ec-b812e950625a", "name": "web", "state": "running",
            "ips": ["10.88.0.5", "198.18.0.5"], "brand": "joyent", "primaryIp": "198.18.0.5"
        });
        let machine: Machine = serde_json::from_value(json.clone()).expect("machine");
        assert_eq!(machine.public_ips(), ["198.18.0.5"]);
        assert_eq!(serde_json::to_value(&machine).expect("json")["brand"], "joyent");
        assert!(is_uuid(&machine.id));
        assert!(!is_uuid("web-1"));
    }
}
