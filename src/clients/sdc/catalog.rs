//! The account, its keys, and what a datacenter offers: datacenters, datasets, images,
//! packages and networks, with the name/URN resolution the CLI needs.

use std::cmp::Ordering;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{SdcClient, decode, is_uuid};
use crate::error::{Error, Result};

/// The version range under which `/datasets` carries URNs and the `default` flag.
const DATASETS_VERSION: &str = "~6.5";

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// Compares dotted versions numerically, then as text (`13.10.0` > `13.4.0`).
pub(super) fn compare_versions(a: &str, b: &str) -> Ordering {
    let numbers = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    numbers(a).cmp(&numbers(b)).then_with(|| a.cmp(b))
}

/// The newest of several image/dataset objects by `version`.
fn newest(items: Vec<&Value>) -> Option<&Value> {
    items.into_iter().max_by(|a, b| compare_versions(text(a, "version"), text(b, "version")))
}

/// Whether a reference is a short id (the first group of a UUID) of `id`.
fn is_short_id_of(reference: &str, id: &str) -> bool {
    reference.len() >= 8
        && reference.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        && id.starts_with(reference)
}

impl SdcClient {
    pub async fn account(&self) -> Result<Value> {
        self.get_json("", &[]).await
    }

    pub async fn keys(&self) -> Result<Vec<Value>> {
        self.get_json("keys", &[]).await
    }

    /// A key by name or fingerprint.
    pub async fn key(&self, name: &str) -> Result<Value> {
        self.get_json(&format!("keys/{}", encode(name)), &[]).await
    }

    /// Registers an OpenSSH public key line under `name`.
    pub async fn add_key(&self, name: &str, public_key: &str) -> Result<Value> {
        let body = json!({"name": name, "key": public_key.trim()});
        let response = self.send(Method::POST, "keys", &[], Some(&body), None).await?;
        decode(response).await
    }

    pub async fn delete_key(&self, name: &str) -> Result<()> {
        self.send(Method::DELETE, &format!("keys/{}", encode(name)), &[], None, None).await?;
        Ok(())
    }

    /// Datacenter names and their CloudAPI URLs.
    pub async fn datacenters(&self) -> Result<Map<String, Value>> {
        self.get_json("datacenters", &[]).await
    }

    /// The 6.5-era datasets, with URNs and the datacenter's `default` flag.
    pub async fn datasets(&self) -> Result<Vec<Value>> {
        let response = self.send(Method::GET, "datasets", &[], None, Some(DATASETS_VERSION)).await?;
        decode(response).await
    }

    /// A dataset by id, full URN, name, or partial URN (`sdc:sdc:base64:`): the
    /// newest version wins, as CloudAPI 6.5 resolves them.
    pub async fn dataset(&self, reference: &str) -> Result<Value> {
        let datasets = self.datasets().await?;
        resolve_dataset(&datasets, reference).cloned().ok_or_else(|| {
            Error::not_found(format!("no dataset matches `{reference}`"))
                .hint("`kamaki sdc dataset list` shows the datasets and their URNs")
        })
    }

    /// The dataset the datacenter uses when none is named.
    pub async fn default_dataset(&self) -> Result<Value> {
        let datasets = self.datasets().await?;
        datasets.into_iter().find(|d| d.get("default") == Some(&Value::Bool(true))).ok_or_else(|| {
            Error::not_found("the datacenter has no default dataset")
                .hint("name one with `--image` or `--dataset`")
        })
    }

    pub async fn images(&self, filters: &[(&str, String)]) -> Result<Vec<Value>> {
        self.get_json("images", filters).await
    }

    /// An image by id, short id, `name@version`, name (newest version), or URN.
    pub async fn image(&self, reference: &str) -> Result<Value> {
        if is_uuid(reference) {
            return self.get_json(&format!("images/{reference}"), &[]).await;
        }
        if reference.starts_with("sdc:") {
            let dataset = self.dataset(reference).await?;
            return self.get_json(&format!("images/{}", text(&dataset, "id")), &[]).await;
        }
        let images = self.images(&[]).await?;
        resolve_image(&images, reference).cloned().ok_or_else(|| {
            Error::not_found(format!("no image matches `{reference}`"))
                .hint("`kamaki sdc image list` shows the images; use an id, NAME or NAME@VERSION")
        })
    }

    pub async fn packages(&self, filters: &[(&str, String)]) -> Result<Vec<Value>> {
        self.get_json("packages", filters).await
    }

    /// A package by id, short id or name.
    pub async fn package(&self, reference: &str) -> Result<Value> {
        let packages = self.packages(&[]).await?;
        packages
            .into_iter()
            .find(|p| {
                let id = text(p, "id");
                id == reference || text(p, "name") == reference || is_short_id_of(reference, id)
            })
            .ok_or_else(|| {
                Error::not_found(format!("no package named or with id `{reference}`"))
                    .hint("`kamaki sdc package list` shows the packages")
            })
    }

    /// The package the datacenter marks as its default.
    pub async fn default_package(&self) -> Result<Value> {
        let packages = self.packages(&[]).await?;
        // 7.0-era CloudAPI sent the flag as the string "true".
        packages
            .into_iter()
            .find(|p| matches!(p.get("default"), Some(Value::Bool(true))) || text(p, "default") == "true")
            .ok_or_else(|| {
                Error::not_found("the datacenter has no default package").hint("name one with `--package`")
            })
    }

    pub async fn networks(&self) -> Result<Vec<Value>> {
        self.get_json("networks", &[]).await
    }

    /// A network by id, short id or name.
    pub async fn network(&self, reference: &str) -> Result<Value> {
        let networks = self.networks().await?;
        networks
            .into_iter()
            .find(|n| {
                let id = text(n, "id");
                id == reference || text(n, "name") == reference || is_short_id_of(reference, id)
            })
            .ok_or_else(|| {
                Error::not_found(format!("no network named or with id `{reference}`"))
                    .hint("`kamaki sdc network list` shows the networks")
            })
    }
}

/// Percent-encodes one path segment (key names, fingerprints with colons).
pub(super) fn encode(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// 6.5 dataset resolution: exact id or URN first; else every dataset whose name is
/// the reference (or the name part of a partial URN), newest version first.
pub(super) fn resolve_dataset<'a>(datasets: &'a [Value], reference: &str) -> Option<&'a Value> {
    if let Some(exact) = datasets.iter().find(|d| text(d, "id") == reference || text(d, "urn") == reference) {
        return Some(exact);
    }
    let (name, version) = match reference.strip_prefix("sdc:") {
        Some(rest) => {
            let mut parts = rest.split(':').skip(1);
            (parts.next().unwrap_or_default(), parts.next().filter(|v| !v.is_empty()))
        }
        None => (reference, None),
    };
    newest(
        datasets
            .iter()
            .filter(|d| text(d, "name") == name)
            .filter(|d| version.is_none_or(|v| text(d, "version").starts_with(v)))
            .collect(),
    )
}

/// triton's image resolution: id, short id, `name@version`, or a name (newest).
pub(super) fn resolve_image<'a>(images: &'a [Value], reference: &str) -> Option<&'a Value> {
    if let Some(found) = images.iter().find(|i| text(i, "id") == reference) {
        return Some(found);
    }
    if let Some((name, version)) = reference.split_once('@') {
        return images.iter().find(|i| text(i, "name") == name && text(i, "version") == version);
    }
    newest(images.iter().filter(|i| text(i, "name") == reference).collect())
        .or_else(|| images.iter().find(|i| is_short_id_of(reference, text(i, "id"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn datasets() -> Vec<Value> {
        vec![
            json!({"id": "a1", "name": "base64", "version": "13.4.0", "urn": "sdc:sdc:base64:13.4.0"}),
            json!({"id": "a2", "name": "base64", "version": "13.10.0", "urn": "sdc:sdc:base64:13.10.0"}),
            json!({"id": "a3", "name": "smartos64", "version": "1.6.3", "urn": "sdc:sdc:smartos64:1.6.3"}),
        ]
    }

    #[test]
    fn partial_urns_pick_the_newest_version() {
        let all = datasets();
        assert_eq!(text(resolve_dataset(&all, "sdc:sdc:base64:").expect("found"), "id"), "a2");
        assert_eq!(text(resolve_dataset(&all, "sdc:sdc:base64:13.4").expect("found"), "id"), "a1");
        assert_eq!(text(resolve_dataset(&all, "base64").expect("found"), "id"), "a2");
        assert_eq!(text(resolve_dataset(&all, "a3").expect("found"), "id"), "a3");
        assert!(resolve_dataset(&all, "sdc:sdc:nothing:").is_none());
    }

    #[test]
    fn images_resolve_like_triton() {
        let images = vec![
            json!({"id": "2b683a82-a066-11e3-97ab-2faa44701c5a", "name": "base64", "version": "13.4.0"}),
            json!({"id": "9c6f5c2e-3c37-11e3-9a3f-6b0b3a1f3f02", "name": "base64", "version": "13.2.0"}),
        ];
        let id = |r| text(resolve_image(&images, r).expect("found"), "id").to_string();
        assert_eq!(id("base64"), "2b683a82-a066-11e3-97ab-2faa44701c5a");
        assert_eq!(id("base64@13.2.0"), "9c6f5c2e-3c37-11e3-9a3f-6b0b3a1f3f02");
        assert_eq!(id("9c6f5c2e"), "9c6f5c2e-3c37-11e3-9a3f-6b0b3a1f3f02");
        assert!(resolve_image(&images, "base64@1.0").is_none());
    }
}
