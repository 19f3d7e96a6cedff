//! Machines: listing with paging, creation with the datacenter's defaults, actions,
//! waiting for states, and their snapshots, metadata and tags.

use std::time::SystemTime;

use reqwest::{Method, StatusCode};
use serde_json::{Map, Value, json};

use super::catalog::encode;
use super::{Machine, SdcClient, decode, is_uuid};
use crate::clients::poll::{PollLimits, Polled, poll};
use crate::error::{Error, Result};

/// CloudAPI's largest page of machines.
pub(super) const PAGE_SIZE: usize = 1000;

/// States a machine never leaves.
const FINAL_STATES: [&str; 2] = ["deleted", "failed"];

/// ListMachines filters; `None` fields are not sent.
#[derive(Debug, Clone, Default)]
pub struct MachineFilter {
    pub name: Option<String>,
    pub state: Option<String>,
    pub machine_type: Option<String>,
    pub brand: Option<String>,
    pub image: Option<String>,
    pub memory: Option<u64>,
    pub tags: Vec<(String, String)>,
    /// Include deleted machines.
    pub tombstone: bool,
    /// The most machines to return (any number; fetched page by page).
    pub limit: Option<usize>,
    pub offset: usize,
    /// Machines per request: CloudAPI's maximum of 1000 unless smaller.
    pub page_size: Option<usize>,
}

impl MachineFilter {
    fn page_size(&self) -> usize {
        self.page_size.unwrap_or(PAGE_SIZE).clamp(1, PAGE_SIZE)
    }
}

impl MachineFilter {
    fn query(&self) -> Vec<(String, String)> {
        let mut query = Vec::new();
        let mut add = |key: &str, value: Option<String>| {
            if let Some(value) = value {
                query.push((key.to_string(), value));
            }
        };
        add("name", self.name.clone());
        add("state", self.state.clone());
        add("type", self.machine_type.clone());
        add("brand", self.brand.clone());
        add("image", self.image.clone());
        add("memory", self.memory.map(|m| m.to_string()));
        add("tombstone", self.tombstone.then(|| "true".to_string()));
        for (key, value) in &self.tags {
            query.push((format!("tag.{key}"), value.clone()));
        }
        query
    }
}

/// What a new machine should be. Unset fields take the datacenter's defaults.
#[derive(Debug, Clone, Default)]
pub struct CreateMachine {
    pub name: Option<String>,
    /// An image id, short id, `name@version` or name.
    pub image: Option<String>,
    /// A dataset id, URN or partial URN (`sdc:sdc:base64:`).
    pub dataset: Option<String>,
    /// A package name, id or short id.
    pub package: Option<String>,
    /// Network names or ids.
    pub networks: Vec<String>,
    pub metadata: Vec<(String, String)>,
    pub tags: Vec<(String, Value)>,
    pub firewall_enabled: bool,
    pub deletion_protection: bool,
}

/// What to wait for.
#[derive(Debug, Clone, PartialEq)]
pub enum WaitFor {
    /// Until the state is one of these.
    Until(Vec<String>),
    /// While the state is one of these.
    While(Vec<String>),
}

impl SdcClient {
    /// Machines matching `filter`, fetching as many pages as needed.
    pub async fn machines(&self, filter: &MachineFilter) -> Result<Vec<Machine>> {
        let query = filter.query();
        let mut machines = Vec::new();
        let mut offset = filter.offset;
        let page_size = filter.page_size();
        loop {
            let wanted = filter.limit.map_or(page_size, |limit| (limit - machines.len()).min(page_size));
            if wanted == 0 {
                break;
            }
            let mut page_query: Vec<(&str, String)> =
                query.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            page_query.push(("limit", wanted.to_string()));
            page_query.push(("offset", offset.to_string()));
            let page: Vec<Machine> = self.get_json("machines", &page_query).await?;
            let received = page.len();
            machines.extend(page);
            offset += received;
            if received < wanted {
                break;
            }
        }
        Ok(machines)
    }

    /// How many machines match `filter` (HEAD requests, paging past 1000).
    pub async fn count_machines(&self, filter: &MachineFilter) -> Result<usize> {
        let query = filter.query();
        let page_size = filter.page_size();
        let mut count = 0;
        loop {
            let mut page_query: Vec<(&str, String)> =
                query.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            page_query.push(("limit", page_size.to_string()));
            page_query.push(("offset", (filter.offset + count).to_string()));
            let response = self.send(Method::HEAD, "machines", &page_query, None, None).await?;
            let page = response
                .headers()
                .get("x-resource-count")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<usize>().ok())
                .ok_or_else(|| {
                    Error::general("CloudAPI did not send `x-resource-count` for HEAD /machines")
                })?;
            count += page;
            if page < page_size {
                return Ok(count);
            }
        }
    }

    /// A machine by id; a deleted machine is a not-found error saying so.
    pub async fn machine(&self, id: &str) -> Result<Machine> {
        let (machine, status) = self.machine_or_deleted(id).await?;
        if status == StatusCode::GONE {
            return Err(Error::not_found(format!("machine `{}` ({}) was deleted", machine.name, machine.id))
                .hint("deleted machines stay visible with `kamaki sdc machine list --state destroyed`"));
        }
        Ok(machine)
    }

    /// A machine by id, also when deleted (CloudAPI answers 410 with the machine).
    async fn machine_or_deleted(&self, id: &str) -> Result<(Machine, StatusCode)> {
        if !is_uuid(id) {
            return Err(Error::not_found(format!("`{id}` is not a machine id")));
        }
        let response = self
            .send_allowing(Method::GET, &format!("machines/{id}"), &[], None, None, &[StatusCode::GONE])
            .await
            .map_err(|err| {
                if super::is_not_found(&err) {
                    Error::not_found(format!("no machine with id `{id}`"))
                        .hint("`kamaki sdc machine list` shows your machines")
                } else {
                    err
                }
            })?;
        let status = response.status();
        let mut machine: Machine = decode(response).await?;
        if status == StatusCode::GONE {
            machine.state = "deleted".into();
        }
        Ok((machine, status))
    }

    /// A machine by id, name or short id (the first group of its id), as triton resolves them.
    pub async fn find_machine(&self, reference: &str) -> Result<Machine> {
        if is_uuid(reference) {
            return self.machine(reference).await;
        }
        let by_name =
            self.machines(&MachineFilter { name: Some(reference.to_string()), ..Default::default() }).await?;
        if let Some(machine) = by_name.into_iter().next() {
            return Ok(machine);
        }
        let short = reference.len() >= 8 && reference.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        if short {
            let all = self.machines(&MachineFilter::default()).await?;
            let mut matches = all.into_iter().filter(|m| m.id.starts_with(reference));
            match (matches.next(), matches.next()) {
                (Some(machine), None) => return Ok(machine),
                (Some(_), Some(_)) => {
                    return Err(Error::usage(format!("short id `{reference}` matches several machines"))
                        .hint("use the full machine id"));
                }
                _ => {}
            }
        }
        Err(Error::not_found(format!("no machine named or with id `{reference}`"))
            .hint("`kamaki sdc machine list` shows your machines"))
    }

    /// Creates a machine; image and package default to the datacenter's. Returns the
    /// machine as CloudAPI describes it right after (state `provisioning`).
    pub async fn create_machine(&self, spec: &CreateMachine) -> Result<Machine> {
        if spec.image.is_some() && spec.dataset.is_some() {
            return Err(Error::usage("`--image` and `--dataset` are mutually exclusive")
                .hint("a dataset is the 6.5-era name of an image: give one of them"));
        }
        let image = match (&spec.image, &spec.dataset) {
            (Some(image), _) => self.image(image).await?,
            (None, Some(dataset)) => self.dataset(dataset).await?,
            (None, None) => self.default_dataset().await?,
        };
        let package = match &spec.package {
            Some(package) => self.package(package).await?,
            None => self.default_package().await?,
        };
        let mut body = Map::new();
        body.insert("image".into(), image.get("id").cloned().unwrap_or(Value::Null));
        body.insert(
            "package".into(),
            package.get("id").or(package.get("name")).cloned().unwrap_or(Value::Null),
        );
        if let Some(name) = &spec.name {
            body.insert("name".into(), json!(name));
        }
        if !spec.networks.is_empty() {
            let mut ids = Vec::new();
            for network in &spec.networks {
                ids.push(self.network(network).await?.get("id").cloned().unwrap_or(Value::Null));
            }
            body.insert("networks".into(), Value::Array(ids));
        }
        for (key, value) in &spec.metadata {
            body.insert(format!("metadata.{key}"), json!(value));
        }
        for (key, value) in &spec.tags {
            body.insert(format!("tag.{key}"), value.clone());
        }
        if spec.firewall_enabled {
            body.insert("firewall_enabled".into(), json!(true));
        }
        if spec.deletion_protection {
            body.insert("deletion_protection".into(), json!(true));
        }
        let response = self.send(Method::POST, "machines", &[], Some(&Value::Object(body)), None).await?;
        decode(response).await
    }

    /// Runs a machine action (`start`, `stop`, `reboot`, `resize`, `rename`,
    /// `enable_firewall`, …) with its extra parameters. Returns when the server accepted
    /// it (its `Date`), the reference point for [`Self::wait_for_audit`].
    pub async fn machine_action(
        &self,
        id: &str,
        action: &str,
        params: &[(&str, &str)],
    ) -> Result<SystemTime> {
        let mut body = Map::new();
        body.insert("action".into(), json!(action));
        for (key, value) in params {
            body.insert(key.to_string(), json!(value));
        }
        let path = format!("machines/{id}");
        let response = self
            .send(Method::POST, &path, &[], Some(&Value::Object(body)), None)
            .await
            .map_err(|err| deleted(err, id))?;
        let accepted = response
            .headers()
            .get("date")
            .and_then(|v| v.to_str().ok())
            .and_then(|date| httpdate::parse_http_date(date).ok());
        Ok(accepted.unwrap_or_else(SystemTime::now))
    }

    /// MachineAudit: what was done to a machine, newest first.
    pub async fn machine_audit(&self, id: &str) -> Result<Vec<Value>> {
        self.get_json(&format!("machines/{id}/audit"), &[]).await.map_err(|err| deleted(err, id))
    }

    /// Waits until the audit log shows `action` finished after `since`: the way to
    /// wait for a reboot, whose state may read `running` before it even started. The last
    /// state is whether it finished.
    pub async fn wait_for_audit(
        &self,
        id: &str,
        action: &str,
        since: SystemTime,
        limits: PollLimits,
    ) -> Result<Polled<bool>> {
        let finished_entry = |audit: Vec<Value>| {
            audit.into_iter().find(|entry| {
                entry.get("action").and_then(Value::as_str) == Some(action)
                    && entry
                        .get("time")
                        .and_then(Value::as_str)
                        .and_then(|time| chrono::DateTime::parse_from_rfc3339(time).ok())
                        .is_some_and(|time| SystemTime::from(time) > since)
            })
        };
        let polled = poll(
            &format!("machine `{id}`"),
            limits,
            || async { Ok(finished_entry(self.machine_audit(id).await?)) },
            |entry: &Option<Value>| match entry {
                None => Ok(false),
                Some(entry) if entry.get("success").and_then(Value::as_str) == Some("yes") => Ok(true),
                Some(_) => Err(Error::general(format!("{action} of machine `{id}` failed"))
                    .hint("`kamaki sdc machine get` shows its state")),
            },
        )
        .await?;
        Ok(polled.map(|entry| entry.is_some()))
    }

    pub async fn delete_machine(&self, id: &str) -> Result<()> {
        self.send(Method::DELETE, &format!("machines/{id}"), &[], None, None)
            .await
            .map_err(|err| deleted(err, id))?;
        Ok(())
    }

    /// Polls a machine until `target` is met (see [`poll`]); `on_poll` sees every state.
    /// A state it can never leave (`deleted`, `failed`) that does not satisfy the target
    /// ends the wait with a conflict.
    pub async fn wait(
        &self,
        id: &str,
        target: &WaitFor,
        limits: PollLimits,
        mut on_poll: impl FnMut(&Machine),
    ) -> Result<Polled<Machine>> {
        poll(
            &format!("machine `{id}`"),
            limits,
            || async { Ok(self.machine_or_deleted(id).await?.0) },
            |machine: &Machine| {
                on_poll(machine);
                let state = machine.state.as_str();
                let done = match target {
                    WaitFor::Until(states) => states.iter().any(|s| s == state),
                    WaitFor::While(states) => !states.iter().any(|s| s == state),
                };
                if !done && FINAL_STATES.contains(&state) {
                    let wanted = match target {
                        WaitFor::Until(states) => states.join(" or "),
                        WaitFor::While(states) => format!("leave {}", states.join("/")),
                    };
                    return Err(Error::conflict(format!(
                        "machine `{}` ({}) is {state} and can never become {wanted}",
                        machine.name, machine.id
                    )));
                }
                Ok(done)
            },
        )
        .await
    }

    // ----- snapshots --------------------------------------------------------------------------

    pub async fn snapshots(&self, id: &str) -> Result<Vec<Value>> {
        self.get_json(&format!("machines/{id}/snapshots"), &[]).await.map_err(|err| deleted(err, id))
    }

    pub async fn snapshot(&self, id: &str, name: &str) -> Result<Value> {
        self.get_json(&format!("machines/{id}/snapshots/{}", encode(name)), &[])
            .await
            .map_err(|err| deleted(err, id))
    }

    /// Polls a snapshot while it is `queued`; one that ends in another state than `created`
    /// ends the wait with a conflict.
    pub async fn wait_snapshot(&self, id: &str, name: &str, limits: PollLimits) -> Result<Polled<Value>> {
        poll(
            &format!("snapshot `{name}`"),
            limits,
            || self.snapshot(id, name),
            |snapshot: &Value| match snapshot.get("state").and_then(Value::as_str) {
                Some("queued") => Ok(false),
                Some("created") => Ok(true),
                other => Err(Error::conflict(format!(
                    "snapshot `{name}` ended {}",
                    other.unwrap_or("in an unknown state")
                ))),
            },
        )
        .await
    }

    /// Takes a snapshot; CloudAPI names it after the time when `name` is `None`.
    pub async fn create_snapshot(&self, id: &str, name: Option<&str>) -> Result<Value> {
        let body = match name {
            Some(name) => json!({"name": name}),
            None => json!({}),
        };
        let path = format!("machines/{id}/snapshots");
        let response =
            self.send(Method::POST, &path, &[], Some(&body), None).await.map_err(|err| deleted(err, id))?;
        decode(response).await
    }

    /// Boots a stopped machine from a snapshot.
    pub async fn boot_snapshot(&self, id: &str, name: &str) -> Result<()> {
        let path = format!("machines/{id}/snapshots/{}", encode(name));
        self.send(Method::POST, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }

    pub async fn delete_snapshot(&self, id: &str, name: &str) -> Result<()> {
        let path = format!("machines/{id}/snapshots/{}", encode(name));
        self.send(Method::DELETE, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }

    // ----- metadata ---------------------------------------------------------------------------

    pub async fn metadata(&self, id: &str, credentials: bool) -> Result<Map<String, Value>> {
        let query = if credentials { vec![("credentials", "true".to_string())] } else { Vec::new() };
        self.get_json(&format!("machines/{id}/metadata"), &query).await.map_err(|err| deleted(err, id))
    }

    pub async fn metadata_value(&self, id: &str, key: &str) -> Result<Value> {
        self.get_json(&format!("machines/{id}/metadata/{}", encode(key)), &[])
            .await
            .map_err(|err| deleted(err, id))
    }

    /// Adds or overwrites metadata; returns the whole resulting set.
    pub async fn update_metadata(
        &self,
        id: &str,
        entries: &[(String, String)],
    ) -> Result<Map<String, Value>> {
        let body: Map<String, Value> = entries.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        let path = format!("machines/{id}/metadata");
        let response = self
            .send(Method::POST, &path, &[], Some(&Value::Object(body)), None)
            .await
            .map_err(|err| deleted(err, id))?;
        decode(response).await
    }

    pub async fn delete_metadata(&self, id: &str, key: &str) -> Result<()> {
        let path = format!("machines/{id}/metadata/{}", encode(key));
        self.send(Method::DELETE, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }

    pub async fn delete_all_metadata(&self, id: &str) -> Result<()> {
        let path = format!("machines/{id}/metadata");
        self.send(Method::DELETE, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }

    // ----- tags -------------------------------------------------------------------------------

    pub async fn tags(&self, id: &str) -> Result<Map<String, Value>> {
        self.get_json(&format!("machines/{id}/tags"), &[]).await.map_err(|err| deleted(err, id))
    }

    pub async fn tag(&self, id: &str, name: &str) -> Result<Value> {
        self.get_json(&format!("machines/{id}/tags/{}", encode(name)), &[])
            .await
            .map_err(|err| deleted(err, id))
    }

    /// Adds or overwrites tags (`replace`: the machine's tags become exactly these).
    pub async fn update_tags(
        &self,
        id: &str,
        tags: &[(String, Value)],
        replace: bool,
    ) -> Result<Map<String, Value>> {
        let body: Map<String, Value> = tags.iter().cloned().collect();
        let method = if replace { Method::PUT } else { Method::POST };
        let path = format!("machines/{id}/tags");
        let response = self
            .send(method, &path, &[], Some(&Value::Object(body)), None)
            .await
            .map_err(|err| deleted(err, id))?;
        decode(response).await
    }

    pub async fn delete_tag(&self, id: &str, name: &str) -> Result<()> {
        let path = format!("machines/{id}/tags/{}", encode(name));
        self.send(Method::DELETE, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }

    pub async fn delete_all_tags(&self, id: &str) -> Result<()> {
        let path = format!("machines/{id}/tags");
        self.send(Method::DELETE, &path, &[], None, None).await.map_err(|err| deleted(err, id))?;
        Ok(())
    }
}

/// A 410 from an operation on a machine means it is deleted: say that plainly.
fn deleted(err: Error, id: &str) -> Error {
    if err.status() == Some(410) {
        Error::not_found(format!("machine `{id}` was deleted"))
            .hint("deleted machines stay visible with `kamaki sdc machine list --state destroyed`")
    } else {
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_become_cloudapi_query_parameters() {
        let filter = MachineFilter {
            name: Some("web".into()),
            memory: Some(128),
            tags: vec![("role".into(), "db".into())],
            tombstone: true,
            ..Default::default()
        };
        let query = filter.query();
        assert!(query.contains(&("name".into(), "web".into())));
        assert!(query.contains(&("memory".into(), "128".into())));
        assert!(query.contains(&("tag.role".into(), "db".into())));
        assert!(query.contains(&("tombstone".into(), "true".into())));
    }
}
