//! Machines: the provisioning → running ⇄ stopped → deleted state machine, listing
//! with filters and paging, creation, actions and the audit log. Snapshots, metadata
//! and tags have their own modules.
//!
//! Transitions are derived from timestamps when a machine is read, so they
//! progress even when no sandbox process is running in between requests.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::catalog::{self, Image};
use super::metadata::RESERVED_METADATA;
use super::snapshots::SnapshotRecord;
use super::{
    ApiVersion, CapiError, Datacenter, Form, Params, RequestContext, accepted, created, iso_millis,
    json_response, no_content, now_millis, param_string,
};

/// A machine as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct MachineRecord {
    pub id: String,
    pub owner: String,
    pub datacenter: String,
    pub name: String,
    pub image: String,
    pub package: String,
    pub memory: u64,
    pub disk: u64,
    pub ips: Vec<String>,
    pub networks: Vec<String>,
    pub metadata: Map<String, Value>,
    pub credentials: Map<String, Value>,
    pub tags: Map<String, Value>,
    pub firewall_enabled: bool,
    pub deletion_protection: bool,
    pub created_ms: i64,
    pub updated_ms: i64,
    /// The state the machine settles in once `transition` has passed.
    pub state: String,
    pub transition: Option<Transition>,
    pub snapshots: Vec<SnapshotRecord>,
    /// What was done to the machine, oldest first (MachineAudit).
    #[serde(default)]
    pub audit: Vec<AuditRecord>,
}

/// One MachineAudit entry; it shows up once the action has finished (`at_ms`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct AuditRecord {
    pub action: String,
    pub at_ms: i64,
    pub key_id: String,
}

/// A state shown until a moment, after which the settled state applies.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Transition {
    pub shown: String,
    pub until_ms: i64,
}

/// States a `state=` filter may name.
const LISTABLE_STATES: [&str; 10] = [
    "provisioning",
    "running",
    "stopping",
    "stopped",
    "offline",
    "ready",
    "failed",
    "active",
    "unknown",
    "destroyed",
];

impl MachineRecord {
    /// The state right now.
    pub(super) fn state_at(&self, now: i64) -> &str {
        match &self.transition {
            Some(transition) if now < transition.until_ms => &transition.shown,
            _ => &self.state,
        }
    }

    pub(super) fn is_deleted(&self, now: i64) -> bool {
        self.state_at(now) == "deleted"
    }

    /// Folds a finished transition into the settled state.
    fn settle(&mut self, now: i64) {
        if let Some(transition) = &self.transition
            && now >= transition.until_ms
        {
            self.updated_ms = transition.until_ms;
            self.transition = None;
        }
    }

    /// Starts a transition shown as `shown` for `delay_ms`, ending in `target`.
    pub(super) fn begin(&mut self, now: i64, delay_ms: i64, shown: &str, target: &str) {
        self.state = target.to_string();
        self.transition =
            (delay_ms > 0).then(|| Transition { shown: shown.to_string(), until_ms: now + delay_ms });
        self.updated_ms = now;
    }

    /// Notes an action for MachineAudit, finishing `after_ms` from `now`.
    pub(super) fn record(&mut self, ctx: &RequestContext, action: &str, now: i64, after_ms: i64) {
        self.audit.push(AuditRecord {
            action: action.to_string(),
            at_ms: now + after_ms,
            key_id: ctx.caller.key_id.clone(),
        });
    }

    fn image(&self) -> Option<&'static Image> {
        catalog::image(&self.image)
    }

    pub(super) fn brand(&self) -> &'static str {
        self.image().map_or("joyent", Image::brand)
    }

    /// The machine object, shaped for the negotiated API version.
    pub(super) fn to_json(&self, version: ApiVersion, now: i64, credentials: bool) -> Value {
        let image = self.image();
        let machine_type = image.map_or("smartmachine", Image::machine_type);
        let mut metadata = self.metadata.clone();
        if credentials {
            metadata.insert("credentials".into(), Value::Object(self.credentials.clone()));
        }
        let updated = match &self.transition {
            Some(transition) if now >= transition.until_ms => transition.until_ms,
            _ => self.updated_ms,
        };
        let dataset = image.map_or_else(|| self.image.clone(), Image::urn);
        if version.is_65() {
            return json!({
                "id": self.id, "name": self.name, "type": machine_type,
                "state": self.state_at(now), "dataset": dataset,
                "memory": self.memory, "disk": self.disk, "ips": self.ips,
                "metadata": metadata, "created": iso_millis(self.created_ms),
                "updated": iso_millis(updated),
            });
        }
        let mut machine = json!({
            "id": self.id,
            "name": self.name,
            "type": machine_type,
        });
        if version.major >= 8 {
            machine["brand"] = json!(self.brand());
        }
        machine["state"] = json!(self.state_at(now));
        machine["image"] = json!(self.image);
        if version.major < 8 {
            machine["dataset"] = json!(dataset);
        }
        machine["ips"] = json!(self.ips);
        machine["memory"] = json!(self.memory);
        machine["disk"] = json!(self.disk);
        machine["metadata"] = Value::Object(metadata);
        machine["tags"] = Value::Object(self.tags.clone());
        machine["created"] = json!(iso_millis(self.created_ms));
        machine["updated"] = json!(iso_millis(updated));
        if !version.is_70() {
            machine["networks"] = json!(self.networks);
        }
        machine["primaryIp"] = json!(self.ips.first());
        machine["firewall_enabled"] = json!(self.firewall_enabled);
        if version.major >= 8 {
            machine["docker"] = json!(false);
            machine["deletion_protection"] = json!(self.deletion_protection);
        }
        machine["compute_node"] = json!("44454c4c-3800-1034-804a-b2c04f354d31");
        machine["package"] = json!(self.package);
        machine
    }
}

/// A valid machine name: CloudAPI's alias rule.
pub(super) fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && name.len() <= 189
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

impl Datacenter {
    /// The caller's machine `id` in this datacenter, deleted or not.
    fn machine(&self, ctx: &RequestContext, login: &str, id: &str) -> Result<MachineRecord, CapiError> {
        let account = self.account(ctx, login)?;
        self.api
            .machine(id)?
            .filter(|m| m.owner == account.login && m.datacenter == self.name)
            .ok_or_else(|| CapiError::not_found("VM not found"))
    }

    /// Like [`Self::machine`], but a deleted machine answers 410 with its body.
    pub(super) fn live_machine(
        &self,
        ctx: &RequestContext,
        login: &str,
        id: &str,
    ) -> Result<MachineRecord, CapiError> {
        let now = now_millis();
        let mut machine = self.machine(ctx, login, id)?;
        if machine.is_deleted(now) {
            return Err(CapiError::gone(machine.to_json(ctx.version, now, false)));
        }
        machine.settle(now);
        Ok(machine)
    }

    /// Applies `change` to the caller's live machine under the write lock, then stamps it as
    /// updated and saves it; an error from `change` leaves the stored machine as it was.
    pub(super) async fn update_machine(
        &self,
        ctx: &RequestContext,
        login: &str,
        id: &str,
        change: impl FnOnce(&mut MachineRecord) -> Result<(), CapiError>,
    ) -> Result<MachineRecord, CapiError> {
        let _guard = self.api.write_lock.lock().await?;
        let mut machine = self.live_machine(ctx, login, id)?;
        change(&mut machine)?;
        machine.updated_ms = now_millis();
        self.api.save_machine(&machine)?;
        Ok(machine)
    }

    /// The machines of the caller here, oldest first.
    fn machines_of(&self, login: &str) -> Result<Vec<MachineRecord>, CapiError> {
        let mut machines: Vec<MachineRecord> = self
            .api
            .machines()?
            .into_iter()
            .filter(|m| m.owner == login && m.datacenter == self.name)
            .collect();
        machines.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
        Ok(machines)
    }

    fn name_in_use(&self, login: &str, name: &str, except: &str) -> Result<bool, CapiError> {
        let now = now_millis();
        Ok(self.machines_of(login)?.iter().any(|m| m.name == name && m.id != except && !m.is_deleted(now)))
    }
}

// ----- listing ----------------------------------------------------------------------------------

/// The default and largest page of ListMachines.
const MAX_PAGE: usize = 1000;

pub(super) async fn list_machines(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let account = dc.account(&ctx, &login)?;
    let filter = MachineFilter::from_params(&params)?;
    let now = now_millis();
    let matching: Vec<MachineRecord> =
        dc.machines_of(&account.login)?.into_iter().filter(|machine| filter.matches(machine, now)).collect();
    let credentials = param_string(&params, "credentials").as_deref() == Some("true");
    let page: Vec<Value> = matching
        .iter()
        .skip(filter.offset)
        .take(filter.limit)
        .map(|machine| machine.to_json(ctx.version, now, credentials))
        .collect();
    let mut response = json_response(StatusCode::OK, &page);
    let headers = response.headers_mut();
    headers.insert("x-query-limit", HeaderValue::from(filter.limit));
    headers.insert("x-resource-count", HeaderValue::from(page.len()));
    Ok(response)
}

/// The ListMachines query.
struct MachineFilter {
    name: Option<String>,
    state: Option<String>,
    machine_type: Option<String>,
    brand: Option<String>,
    image: Option<String>,
    memory: Option<u64>,
    tags: Vec<(String, String)>,
    any_tag: bool,
    tombstone: bool,
    limit: usize,
    offset: usize,
}

impl MachineFilter {
    fn from_params(params: &Params) -> Result<Self, CapiError> {
        let text = |key: &str| param_string(params, key);
        let number = |key: &str| -> Result<Option<u64>, CapiError> {
            text(key)
                .map(|value| {
                    value.parse().map_err(|_| CapiError::invalid(format!("{value} is not a valid {key}")))
                })
                .transpose()
        };
        let state = text("state");
        if let Some(state) = &state
            && !LISTABLE_STATES.contains(&state.as_str())
        {
            return Err(CapiError::invalid(format!("{state} is not a valid state")));
        }
        let machine_type = text("type");
        if let Some(kind) = &machine_type
            && !matches!(kind.as_str(), "smartmachine" | "virtualmachine")
        {
            return Err(CapiError::invalid(format!("{kind} is not a valid type")));
        }
        let limit = number("limit")?.map_or(MAX_PAGE, |l| l as usize);
        if limit == 0 || limit > MAX_PAGE {
            return Err(CapiError::invalid(format!("limit must be between 1 and {MAX_PAGE}")));
        }
        let tags = params
            .iter()
            .filter_map(|(key, _)| {
                let tag = key.strip_prefix("tag.")?;
                Some((tag.to_string(), param_string(params, key).unwrap_or_default()))
            })
            .collect();
        Ok(Self {
            name: text("name"),
            state,
            machine_type,
            brand: text("brand"),
            image: text("image").or_else(|| text("dataset")),
            memory: number("memory")?,
            tags,
            any_tag: text("tags").as_deref() == Some("*"),
            tombstone: text("tombstone").is_some_and(|t| t != "false"),
            limit,
            offset: number("offset")?.unwrap_or(0) as usize,
        })
    }

    fn matches(&self, machine: &MachineRecord, now: i64) -> bool {
        let state = machine.state_at(now);
        if self.any_tag {
            return !machine.tags.is_empty() && state != "deleted";
        }
        let state_ok = match self.state.as_deref() {
            None => state != "deleted" || self.tombstone,
            Some("destroyed") => state == "deleted",
            Some("active") => !matches!(state, "deleted" | "failed"),
            Some(wanted) => state == wanted,
        };
        let image = machine.image();
        let image_ok = self
            .image
            .as_deref()
            .is_none_or(|wanted| machine.image == wanted || image.is_some_and(|i| i.urn() == wanted));
        let tags_ok = self.tags.iter().all(|(key, value)| {
            machine.tags.get(key).is_some_and(|tag| match tag {
                Value::String(text) => text == value,
                Value::Bool(flag) => value.parse() == Ok(*flag),
                Value::Number(number) => value.parse::<serde_json::Number>().is_ok_and(|n| n == *number),
                _ => false,
            })
        });
        state_ok
            && image_ok
            && tags_ok
            && self.name.as_deref().is_none_or(|n| machine.name == n)
            && self.brand.as_deref().is_none_or(|b| machine.brand() == b)
            && self
                .machine_type
                .as_deref()
                .is_none_or(|t| image.map_or("smartmachine", Image::machine_type) == t)
            && self.memory.is_none_or(|m| machine.memory == m)
    }
}

// ----- create, get, delete ----------------------------------------------------------------------

pub(super) async fn create_machine(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path(login): Path<String>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let account = dc.account(&ctx, &login)?;
    let text = |key: &str| param_string(&params, key);

    let image = match (text("image"), text("dataset")) {
        (Some(_), Some(_)) => {
            return Err(CapiError::invalid("image and dataset are mutually exclusive parameters."));
        }
        (Some(reference), None) | (None, Some(reference)) => {
            let found = if ctx.version.is_65() {
                catalog::resolve_dataset(&reference)
            } else {
                catalog::image(&reference)
            };
            found.ok_or_else(|| CapiError::invalid(format!("{reference} is not a valid image")))?
        }
        (None, None) if ctx.version.is_65() => catalog::default_image(),
        (None, None) => return Err(CapiError::missing("image must be specified")),
    };
    let package = match text("package") {
        Some(reference) => catalog::package(&reference)
            .ok_or_else(|| CapiError::invalid(format!("{reference} is not a valid package")))?,
        None if ctx.version.is_65() => catalog::default_package(),
        None => return Err(CapiError::missing("package must be specified")),
    };
    if !package.fits(image) {
        return Err(CapiError::invalid(format!(
            "package {} (brand {}) cannot run image {}@{} (brand {})",
            package.name,
            package.brand,
            image.name,
            image.version,
            image.brand()
        )));
    }
    let networks = match params.get("networks") {
        None => catalog::NETWORKS.iter().collect(),
        Some(value) => network_list(value)?,
    };

    let id = uuid::Uuid::new_v4().to_string();
    let name = text("name").unwrap_or_else(|| id[..8].to_string());
    let name = name.replace("{{shortId}}", &id[..8]);
    if !valid_name(&name) {
        return Err(CapiError::invalid(format!("{name} is not a valid machine name")));
    }
    let mut metadata = Map::new();
    let mut tags = Map::new();
    for (key, value) in &params {
        if let Some(meta) = key.strip_prefix("metadata.")
            && !RESERVED_METADATA.contains(&meta)
        {
            metadata.insert(meta.to_string(), Value::String(metadata_text(value)));
        } else if let Some(tag) = key.strip_prefix("tag.") {
            tags.insert(tag.to_string(), value.clone());
        }
    }
    let flag = |key: &str| text(key).as_deref() == Some("true");

    let _guard = dc.api.write_lock.lock().await?;
    if dc.name_in_use(&account.login, &name, &id)? {
        return Err(CapiError::invalid(format!("name {name} is already in use")));
    }
    let sequence = dc.api.next_sequence()?;
    let now = now_millis();
    let mut machine = MachineRecord {
        id: id.clone(),
        owner: account.login.clone(),
        datacenter: dc.name.to_string(),
        name,
        image: image.id.to_string(),
        package: package.name.to_string(),
        memory: package.memory,
        disk: package.disk,
        ips: networks.iter().map(|n| n.address(sequence)).collect(),
        networks: networks.iter().map(|n| n.id.to_string()).collect(),
        metadata,
        credentials: generated_credentials(),
        tags,
        firewall_enabled: flag("firewall_enabled"),
        deletion_protection: flag("deletion_protection"),
        created_ms: now,
        updated_ms: now,
        state: String::new(),
        transition: None,
        snapshots: Vec::new(),
        audit: Vec::new(),
    };
    machine.begin(now, dc.api.delay_ms, "provisioning", "running");
    machine.record(&ctx, "provision", now, dc.api.delay_ms);
    dc.api.save_machine(&machine)?;
    let location = format!("/{}/machines/{id}", account.login);
    let mut body = machine.to_json(ctx.version, now, false);
    // CloudAPI ≥7.0 answers before addresses are assigned.
    body["ips"] = json!([]);
    body["primaryIp"] = Value::Null;
    Ok(created(&location, &body))
}

fn network_list(value: &Value) -> Result<Vec<&'static catalog::Network>, CapiError> {
    let references: Vec<String> = match value {
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(text) => text.clone(),
                other => other.get("ipv4_uuid").and_then(Value::as_str).unwrap_or_default().to_string(),
            })
            .collect(),
        Value::String(text) => text.split(',').map(str::to_string).collect(),
        _ => return Err(CapiError::invalid("networks must be an array of network ids")),
    };
    references
        .iter()
        .map(|reference| {
            catalog::network(reference.trim())
                .ok_or_else(|| CapiError::invalid(format!("{reference} is not a valid network")))
        })
        .collect()
}

fn generated_credentials() -> Map<String, Value> {
    let password = || uuid::Uuid::new_v4().simple().to_string()[..16].to_string();
    let mut credentials = Map::new();
    credentials.insert("root".into(), json!(password()));
    credentials.insert("admin".into(), json!(password()));
    credentials
}

/// Metadata values are strings; other JSON values are stored encoded.
pub(super) fn metadata_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

pub(super) async fn get_machine(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let credentials = param_string(&params, "credentials").as_deref() == Some("true");
    let machine = dc.live_machine(&ctx, &login, &id)?;
    Ok(json_response(StatusCode::OK, &machine.to_json(ctx.version, now_millis(), credentials)))
}

pub(super) async fn delete_machine(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let _guard = dc.api.write_lock.lock().await?;
    let mut machine = dc.live_machine(&ctx, &login, &id)?;
    if machine.deletion_protection {
        return Err(CapiError::new(
            StatusCode::CONFLICT,
            "CannotDestroyMachineError",
            "Instance has \"deletion_protection\" enabled, preventing deletion",
        ));
    }
    let now = now_millis();
    let shown = machine.state_at(now).to_string();
    let shown = if shown == "stopped" { shown } else { "stopping".into() };
    machine.begin(now, dc.api.delay_ms, &shown, "deleted");
    machine.record(&ctx, "destroy", now, dc.api.delay_ms);
    dc.api.save_machine(&machine)?;
    Ok(no_content())
}

// ----- actions ----------------------------------------------------------------------------------

pub(super) async fn machine_action(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
    Form(params): Form,
) -> Result<Response, CapiError> {
    let action = param_string(&params, "action").ok_or_else(|| CapiError::missing("action is required"))?;
    let _guard = dc.api.write_lock.lock().await?;
    let mut machine = dc.live_machine(&ctx, &login, &id)?;
    let now = now_millis();
    let delay = dc.api.delay_ms;
    let state = machine.state_at(now).to_string();
    let require = |wanted: &str, verb: &str| {
        if state == wanted {
            Ok(())
        } else {
            Err(CapiError::invalid_state(format!("cannot {verb} instance {id}: it is {state}, not {wanted}")))
        }
    };
    match action.as_str() {
        "start" => {
            require("stopped", "start")?;
            machine.begin(now, delay, "stopped", "running");
        }
        "stop" => {
            require("running", "stop")?;
            machine.begin(now, delay, "stopping", "stopped");
        }
        "reboot" => {
            require("running", "reboot")?;
            machine.begin(now, delay, "stopping", "running");
        }
        "resize" => resize(&mut machine, &params, now)?,
        "rename" => {
            let name = param_string(&params, "name").ok_or_else(|| CapiError::missing("name is required"))?;
            if !valid_name(&name) {
                return Err(CapiError::invalid(format!("{name} is not a valid machine name")));
            }
            if dc.name_in_use(&machine.owner, &name, &machine.id)? {
                return Err(CapiError::invalid(format!("name {name} is already in use")));
            }
            machine.name = name;
            machine.updated_ms = now;
        }
        "enable_firewall" | "disable_firewall" => {
            machine.firewall_enabled = action == "enable_firewall";
            machine.updated_ms = now;
        }
        "enable_deletion_protection" | "disable_deletion_protection" => {
            machine.deletion_protection = action == "enable_deletion_protection";
            machine.updated_ms = now;
        }
        other => return Err(CapiError::invalid(format!("{other} is not a valid action"))),
    }
    let finishes_after = if matches!(action.as_str(), "start" | "stop" | "reboot") { delay } else { 0 };
    machine.record(&ctx, &action, now, finishes_after);
    dc.api.save_machine(&machine)?;
    Ok(accepted())
}

fn resize(machine: &mut MachineRecord, params: &Params, now: i64) -> Result<(), CapiError> {
    let reference =
        param_string(params, "package").ok_or_else(|| CapiError::missing("package must be specified"))?;
    if machine.brand() == "kvm" {
        return Err(CapiError::invalid("resize is not supported for KVM virtualmachines"));
    }
    let package = catalog::package(&reference)
        .ok_or_else(|| CapiError::invalid(format!("{reference} is not a valid package")))?;
    if let Some(image) = machine.image()
        && !package.fits(image)
    {
        return Err(CapiError::invalid(format!(
            "cannot resize a {} instance to package {} of brand {}",
            image.brand(),
            package.name,
            package.brand
        )));
    }
    machine.package = package.name.to_string();
    machine.memory = package.memory;
    machine.disk = package.disk;
    machine.updated_ms = now;
    Ok(())
}

// ----- audit ------------------------------------------------------------------------------------

/// `GET /:login/machines/:id/audit`: finished actions, newest first.
pub(super) async fn machine_audit(
    State(dc): State<Datacenter>,
    ctx: RequestContext,
    Path((login, id)): Path<(String, String)>,
) -> Result<Response, CapiError> {
    let machine = dc.machine(&ctx, &login, &id)?;
    let now = now_millis();
    let entries: Vec<Value> = machine
        .audit
        .iter()
        .rev()
        .filter(|entry| entry.at_ms <= now)
        .map(|entry| {
            json!({
                "action": entry.action,
                "success": "yes",
                "time": iso_millis(entry.at_ms),
                "caller": {"type": "signature", "ip": "127.0.0.1", "keyId": entry.key_id},
            })
        })
        .collect();
    Ok(json_response(StatusCode::OK, &entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_alias_rule() {
        assert!(valid_name("web-1.example_a"));
        assert!(!valid_name("-web"));
        assert!(!valid_name(""));
        assert!(!valid_name("a b"));
    }

    #[test]
    fn transitions_settle_from_timestamps() {
        let mut machine = MachineRecord {
            id: "m".into(),
            owner: "o".into(),
            datacenter: "dc".into(),
            name: "n".into(),
            image: catalog::default_image().id.into(),
            package: "p".into(),
            memory: 1,
            disk: 1,
            ips: vec![],
            networks: vec![],
            metadata: Map::new(),
            credentials: Map::new(),
            tags: Map::new(),
            firewall_enabled: false,
            deletion_protection: false,
            created_ms: 0,
            updated_ms: 0,
            state: String::new(),
            transition: None,
            snapshots: vec![],
            audit: vec![],
        };
        machine.begin(1_000, 500, "provisioning", "running");
        assert_eq!(machine.state_at(1_200), "provisioning");
        assert_eq!(machine.state_at(1_500), "running");
        machine.settle(1_600);
        assert!(machine.transition.is_none());
        assert_eq!(machine.updated_ms, 1_500);
        machine.begin(2_000, 0, "stopping", "stopped");
        assert_eq!(machine.state_at(2_000), "stopped");
    }
}
