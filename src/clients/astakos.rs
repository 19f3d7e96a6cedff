//! Astakos identity and account API client.

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::join_url;
use crate::error::{Error, Result};
use crate::http::Http;

/// The result of authenticating a token: who the user is and where the services are.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Access {
    pub token: TokenInfo,
    pub user: UserInfo,
    #[serde(rename = "serviceCatalog")]
    pub service_catalog: Vec<CatalogEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenInfo {
    pub expires: Option<String>,
    pub tenant: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserInfo {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub projects: Vec<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub name: String,
    #[serde(rename = "type")]
    pub service_type: String,
    pub endpoints: Vec<Endpoint>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Endpoint {
    #[serde(rename = "versionId", default)]
    pub version_id: String,
    #[serde(rename = "publicURL")]
    pub public_url: String,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, Value>,
}

/// The version kamaki appends to a service URL that does not end in one.
fn default_version(service_type: &str) -> Option<&'static str> {
    match service_type {
        "compute" | "network" | "volume" | "identity" => Some("v2.0"),
        "image" | "account" => Some("v1.0"),
        "object-store" => Some("v1"),
        _ => None,
    }
}

fn ends_with_version(url: &str) -> bool {
    let last = url.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
    last.strip_prefix('v').is_some_and(|rest| {
        !rest.is_empty() && rest.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

impl Access {
    /// The URL of the service of `service_type`, with the API version appended as kamaki
    /// does when the catalog publishes it without one.
    pub fn endpoint(&self, service_type: &str) -> Result<String> {
        let entry = self
            .service_catalog
            .iter()
            .find(|e| e.service_type.eq_ignore_ascii_case(service_type))
            .ok_or_else(|| {
            Error::not_found(format!("the cloud's service catalog has no `{service_type}` service"))
                .hint("`kamaki astakos user info -o json` shows the catalog")
        })?;
        let endpoint = entry.endpoints.first().ok_or_else(|| {
            Error::general(format!("the `{service_type}` service in the catalog lists no endpoint"))
        })?;
        let url = endpoint.public_url.trim_end_matches('/').to_string();
        Ok(match default_version(service_type) {
            Some(version) if !ends_with_version(&url) => format!("{url}/{version}"),
            _ => url,
        })
    }
}

/// Client of the Astakos identity (`/identity/v2.0`) and account (`/account/v1.0`) APIs.
#[derive(Clone, Debug)]
pub struct AstakosClient {
    http: Http,
    identity_url: String,
    token: String,
}

impl AstakosClient {
    pub fn new(http: Http, identity_url: &str, token: &str) -> Self {
        AstakosClient {
            http,
            identity_url: identity_url.trim_end_matches('/').to_string(),
            token: token.to_string(),
        }
    }

    /// `POST /tokens`: validates the token and returns the user and the catalog.
    pub async fn authenticate(&self) -> Result<Access> {
        let body = json!({"auth": {"token": {"id": self.token}}});
        let request = self
            .http
            .request(Method::POST, &join_url(&self.identity_url, "tokens"))
            .header("X-Auth-Token", &self.token)
            .json(&body);
        // Authentication changes nothing on the server, so it is safe to retry.
        let response = self.http.send_idempotent(request).await.map_err(|e| {
            if e.status() == Some(401) {
                e.hint("the token was rejected: get a new one from your cloud's dashboard and run `kamaki config set clouds.NAME.token TOKEN`")
            } else {
                e
            }
        })?;
        #[derive(Deserialize)]
        struct Envelope {
            access: Access,
        }
        let envelope: Envelope = response
            .json()
            .await
            .map_err(|e| Error::general(format!("unexpected reply from {}: {e}", self.identity_url)))?;
        Ok(envelope.access)
    }
}

/// Client of the account API, reached through the catalog's `account` endpoint.
#[derive(Clone, Debug)]
pub struct AccountClient {
    http: Http,
    url: String,
    token: String,
}

impl AccountClient {
    pub fn new(http: Http, url: &str, token: &str) -> Self {
        AccountClient { http, url: url.trim_end_matches('/').to_string(), token: token.to_string() }
    }

    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http.request(method, &join_url(&self.url, path)).header("X-Auth-Token", &self.token)
    }

    async fn get_json<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<T> {
        let response = self.http.send(self.request(Method::GET, path).query(query)).await?;
        response.json().await.map_err(|e| Error::general(format!("unexpected reply from {}: {e}", self.url)))
    }

    /// `GET /quotas`: per project, per resource usage and limits.
    pub async fn quotas(&self) -> Result<BTreeMap<String, BTreeMap<String, Quota>>> {
        self.get_json("quotas", &[]).await
    }

    /// `GET /resources`: every quotable resource.
    pub async fn resources(&self) -> Result<BTreeMap<String, Value>> {
        self.get_json("resources", &[]).await
    }

    /// `GET /projects`: the projects visible to the user.
    pub async fn projects(&self, filter: &ProjectFilter) -> Result<Vec<Value>> {
        let mut query = Vec::new();
        if let Some(name) = &filter.name {
            query.push(("name", name.as_str()));
        }
        if let Some(state) = &filter.state {
            query.push(("state", state.as_str()));
        }
        if let Some(owner) = &filter.owner {
            query.push(("owner", owner.as_str()));
        }
        if filter.member_only {
            query.push(("mode", "member"));
        }
        self.get_json("projects", &query).await
    }

    pub async fn project(&self, id: &str) -> Result<Value> {
        self.get_json(&format!("projects/{id}"), &[]).await.map_err(|e| {
            if e.status() == Some(404) {
                e.hint("`kamaki astakos project list` shows the projects you can see")
            } else {
                e
            }
        })
    }

    /// `GET /projects/memberships[?project=ID]`.
    pub async fn memberships(&self, project: Option<&str>) -> Result<Vec<Value>> {
        let query: Vec<(&str, &str)> = project.map(|p| ("project", p)).into_iter().collect();
        self.get_json("projects/memberships", &query).await
    }

    /// Asks to join a project; returns the new membership's id.
    pub async fn join(&self, project: &str) -> Result<Value> {
        let request =
            self.request(Method::POST, "projects/memberships").json(&json!({"join": {"project": project}}));
        let response = self.http.send(request).await?;
        Ok(response.json().await?)
    }

    /// Runs an action (`leave`, `cancel`, …) on a membership.
    pub async fn membership_action(&self, membership: &str, action: &str, reason: &str) -> Result<()> {
        let request = self
            .request(Method::POST, &format!("projects/memberships/{membership}/action"))
            .json(&json!({ action: reason }));
        self.http.send(request).await?;
        Ok(())
    }

    /// Maps uuids to usernames (`uuids`) or usernames to uuids (`names`).
    pub async fn user_catalogs(&self, uuids: &[String], names: &[String]) -> Result<Value> {
        let body = if names.is_empty() { json!({"uuids": uuids}) } else { json!({"displaynames": names}) };
        let request = self.request(Method::POST, "user_catalogs").json(&body);
        // A lookup changes nothing, so it is safe to retry.
        let response = self.http.send_idempotent(request).await?;
        Ok(response.json().await?)
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Quota {
    pub usage: i64,
    pub limit: i64,
    #[serde(default)]
    pub pending: i64,
    #[serde(default)]
    pub project_usage: i64,
    #[serde(default)]
    pub project_limit: i64,
    #[serde(default)]
    pub project_pending: i64,
}

#[derive(Debug, Clone, Default)]
pub struct ProjectFilter {
    pub name: Option<String>,
    pub state: Option<String>,
    pub owner: Option<String>,
    pub member_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_appended_only_when_missing() {
        let access: Access = serde_json::from_value(json!({
            "token": {"expires": null, "tenant": null},
            "user": {"id": "u", "name": "n"},
            "serviceCatalog": [
                {"name": "n", "type": "network", "endpoints": [{"versionId": "v2.0", "publicURL": "https://h/network"}]},
                {"name": "c", "type": "compute", "endpoints": [{"versionId": "v2.0", "publicURL": "https://h/compute/v2.0/"}]},
                {"name": "p", "type": "object-store", "endpoints": [{"versionId": "v1", "publicURL": "https://h/object-store/v1"}]}
            ]
        }))
        .unwrap();
        assert_eq!(access.endpoint("network").unwrap(), "https://h/network/v2.0");
        assert_eq!(access.endpoint("compute").unwrap(), "https://h/compute/v2.0");
        assert_eq!(access.endpoint("object-store").unwrap(), "https://h/object-store/v1");
        assert_eq!(access.endpoint("volume").unwrap_err().exit_code(), 3);
    }
}
