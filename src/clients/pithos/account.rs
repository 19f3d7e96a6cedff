//! Account and container requests of [`PithosClient`].

use std::collections::BTreeMap;

use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

use super::model::{container_from_headers, container_from_listing, prefixed};
use super::path::{encode_segment, quote_header};
use super::{
    ContainerInfo, ContainerPolicy, Flavor, LISTING_PAGE, ListOptions, PithosClient, RemotePath, Sharer,
    expect_success, json_list,
};
use crate::error::{Error, Result};

impl PithosClient {
    // account

    /// Account headers: usage, quota, groups, metadata.
    pub async fn account_headers(&self, account: Option<&str>) -> Result<HeaderMap> {
        let account = account.unwrap_or(&self.account);
        let response = self
            .send(self.request(Method::HEAD, &self.account_url(account)), &format!("account {account}"))
            .await?;
        Ok(response.headers().clone())
    }

    /// Account groups: name → member uuids.
    pub async fn groups(&self) -> Result<BTreeMap<String, Vec<String>>> {
        let headers = self.account_headers(None).await?;
        Ok(prefixed(&headers, "x-account-group-")
            .into_iter()
            .map(|(group, members)| {
                (
                    group.to_lowercase(),
                    members.split(',').map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect(),
                )
            })
            .collect())
    }

    /// Sets (or, with no members, deletes) an account group.
    pub async fn set_group(&self, group: &str, members: &[String]) -> Result<()> {
        let url = format!("{}?update", self.account_url(&self.account));
        let request = self
            .request(Method::POST, &url)
            .header(format!("X-Account-Group-{group}"), quote_header(&members.join(",")));
        self.send(request, &format!("group {group}")).await?;
        Ok(())
    }

    /// Accounts that share objects with the user.
    pub async fn sharers(&self) -> Result<Vec<Sharer>> {
        let url = format!("{}/?format=json", self.root);
        let response = self.send(self.request(Method::GET, &url), "the list of sharing accounts").await?;
        json_list(response).await
    }

    // -----------------------------------------------------------------------------------
    // containers

    pub async fn list_containers(&self, account: Option<&str>) -> Result<Vec<ContainerInfo>> {
        let account = account.unwrap_or(&self.account);
        let mut containers: Vec<ContainerInfo> = Vec::new();
        loop {
            let mut url = format!("{}?format=json&limit={LISTING_PAGE}", self.account_url(account));
            if let Some(last) = containers.last() {
                url.push_str(&format!("&marker={}", encode_segment(&last.name)));
            }
            let response =
                self.send(self.request(Method::GET, &url), &format!("containers of {account}")).await?;
            let page: Vec<Value> = json_list(response).await?;
            let n = page.len();
            containers.extend(page.iter().map(container_from_listing));
            if n < LISTING_PAGE {
                return Ok(containers);
            }
        }
    }

    /// A container's details; the user's `pithos` and `trash` are created if missing.
    pub async fn container_info(&self, account: Option<&str>, container: &str) -> Result<ContainerInfo> {
        let url = self.container_url(account.unwrap_or(&self.account), container);
        let response =
            self.send_creating_container(account, container, || self.request(Method::HEAD, &url)).await?;
        container_info_from(response, container).await?.ok_or_else(|| missing_container(container))
    }

    /// One of the user's containers as it is, never created: for deleting or emptying.
    pub async fn existing_container_info(&self, container: &str) -> Result<ContainerInfo> {
        self.find_container(container).await?.ok_or_else(|| missing_container(container))
    }

    /// One of the user's containers; `None` when it does not exist.
    pub(super) async fn find_container(&self, container: &str) -> Result<Option<ContainerInfo>> {
        let url = self.container_url(&self.account, container);
        let response = self.http.send_raw(self.request(Method::HEAD, &url), false).await?;
        container_info_from(response, container).await
    }

    /// Creates a container; `false` if it already existed.
    pub async fn create_container(&self, container: &str, policy: &ContainerPolicy) -> Result<bool> {
        let mut request = self
            .request(Method::PUT, &self.container_url(&self.account, container))
            .header("Content-Length", "0");
        request = apply_policy(request, policy);
        let response = self.send(request, &format!("creating container {container}")).await?;
        Ok(response.status() == StatusCode::CREATED)
    }

    /// Creates a container if it is missing (segments of large Swift objects, an image's
    /// container, the container a trashed object is restored to).
    pub async fn ensure_container(&self, container: &str) -> Result<()> {
        match self.find_container(container).await? {
            Some(_) => Ok(()),
            None => self.create_container(container, &ContainerPolicy::default()).await.map(|_| ()),
        }
    }

    /// Changes a container's policy or metadata (`POST ?update`).
    pub async fn update_container(&self, container: &str, policy: &ContainerPolicy) -> Result<()> {
        let url = format!("{}?update", self.container_url(&self.account, container));
        let request = apply_policy(self.request(Method::POST, &url).header("Content-Length", "0"), policy);
        self.send(request, &format!("updating container {container}")).await?;
        Ok(())
    }

    /// Deletes every object of a container (it stays).
    pub async fn empty_container(&self, container: &str) -> Result<()> {
        let url = format!("{}?delimiter=/", self.container_url(&self.account, container));
        if self.flavor == Flavor::Swift {
            for object in self.list_objects(&RemotePath::new(container, ""), &ListOptions::default()).await? {
                self.purge_object(&RemotePath::new(container, &object.name), Some(&object)).await?;
            }
            return Ok(());
        }
        self.send(self.request(Method::DELETE, &url), &format!("emptying container {container}")).await?;
        Ok(())
    }

    pub async fn delete_container(&self, container: &str) -> Result<()> {
        let url = self.container_url(&self.account, container);
        let response = self.http.send_raw(self.request(Method::DELETE, &url), false).await?;
        if response.status() == StatusCode::CONFLICT {
            return Err(Error::conflict(format!("container `{container}` is not empty")).hint(format!(
                "delete it with its objects: `kamaki file container delete {container} --recursive`"
            )));
        }
        expect_success(response, &format!("deleting container {container}")).await?;
        Ok(())
    }
}

fn apply_policy(mut request: RequestBuilder, policy: &ContainerPolicy) -> RequestBuilder {
    if let Some(quota) = policy.quota {
        request = request.header("X-Container-Policy-Quota", quota.to_string());
    }
    if let Some(versioning) = &policy.versioning {
        request = request.header("X-Container-Policy-Versioning", versioning);
    }
    if let Some(project) = &policy.project {
        request = request.header("X-Container-Policy-Project", project);
    }
    for (key, value) in &policy.meta {
        request = request.header(format!("X-Container-Meta-{key}"), quote_header(value));
    }
    request
}

/// A container's details from the answer to its HEAD; `None` for a 404.
async fn container_info_from(response: Response, container: &str) -> Result<Option<ContainerInfo>> {
    if response.status() == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    let response = expect_success(response, &format!("container {container}")).await?;
    Ok(Some(container_from_headers(container, response.headers())))
}

fn missing_container(container: &str) -> Error {
    Error::not_found(format!("container `{container}` does not exist"))
        .hint(format!("create it with `kamaki file container create {container}`"))
}
