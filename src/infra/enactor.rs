//! The enactor: one reconcile pass over an infrastructure (health, recovery, scaling, creation level
//! by level), and the node life cycle it drives (record → request → wait until ready, or undo).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::{join_all, try_join_all};
use serde::Serialize;
use serde_json::{Value, json};

use super::backend::{Backends, CloudState};
use super::description::NodeEntry;
use super::nodedef::{self, NodeImpl};
use super::scaling;
use super::store::{InfraRecord, Instance, Phase, StateStore, now};
use super::template::{AddressBook, InstanceAddress, Renderer};
use super::yaml::Issues;
use crate::error::{Error, Result};

/// An instance's state as the orchestrator sees it (the Occopus vocabulary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeState {
    Ready,
    Pending,
    /// Running but failing its health check, not yet for longer than its timeout.
    Unhealthy,
    TempFailed,
    Failed,
    Shutdown,
}

impl NodeState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ready => "ready",
            Self::Pending => "pending",
            Self::Unhealthy => "unhealthy",
            Self::TempFailed => "temp_failed",
            Self::Failed => "failed",
            Self::Shutdown => "shutdown",
        }
    }
}

/// What one pass changed.
#[derive(Debug, Default, Serialize)]
pub struct PassReport {
    pub created: Vec<InstanceSummary>,
    pub dropped: Vec<InstanceSummary>,
    /// Failed or vanished instances removed before replacements were created.
    pub recovered: Vec<InstanceSummary>,
    pub notes: Vec<String>,
}

impl PassReport {
    /// `created N, dropped N, replaced N`, or `None` when the pass changed nothing.
    pub fn summary(&self) -> Option<String> {
        let (created, dropped, replaced) = (self.created.len(), self.dropped.len(), self.recovered.len());
        (created + dropped + replaced > 0)
            .then(|| format!("created {created}, dropped {dropped}, replaced {replaced}"))
    }
}

/// A short description of an instance, for reports and messages.
#[derive(Debug, Clone, Serialize)]
pub struct InstanceSummary {
    pub node: String,
    pub node_id: String,
    pub instance_id: Option<String>,
    pub address: Option<String>,
}

impl From<&Instance> for InstanceSummary {
    fn from(i: &Instance) -> Self {
        Self {
            node: i.node_name.clone(),
            node_id: i.node_id.clone(),
            instance_id: i.instance_id.clone(),
            address: i.address().map(str::to_owned),
        }
    }
}

impl std::fmt::Display for InstanceSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.node, self.node_id)?;
        if let Some(address) = &self.address {
            write!(f, " ({address})")?;
        }
        Ok(())
    }
}

/// Drives infrastructures on their clouds through the state store.
pub struct Enactor {
    pub store: Arc<dyn StateStore>,
    pub backends: Arc<Backends>,
    /// Build the nodes of one level (and the instances of one node) at the same time.
    pub parallelize: bool,
    /// This process's name in leases.
    pub owner: String,
    /// How long a lease lasts unless renewed.
    pub lease_ttl: Duration,
}

const FIRST_POLL: Duration = Duration::from_millis(100);
const MAX_POLL: Duration = Duration::from_secs(2);

impl Enactor {
    pub fn load(&self, infra_id: &str) -> Result<InfraRecord> {
        self.store.infra(infra_id)?.ok_or_else(|| {
            Error::not_found(format!("no infrastructure `{infra_id}`"))
                .hint("list the known ones with `kamaki infra maintain -l`")
        })
    }

    /// The implementations of a node's type that satisfy its filter, from the latest import.
    pub fn implementations(&self, node: &NodeEntry) -> Result<Vec<NodeImpl>> {
        let stored = self.store.node_def(&node.node_type)?.ok_or_else(|| {
            Error::not_found(format!("node type `{}` (node `{}`) is not imported", node.node_type, node.name))
                .hint("import its definition with `kamaki infra import NODEDEFS.yaml`")
        })?;
        let mut issues = Issues::new(format!("node_def:{} v{}", node.node_type, stored.version));
        let impls = nodedef::parse_impls(&stored.implementations, "", &mut issues);
        issues.into_result("stored node definition")?;
        let matching: Vec<NodeImpl> =
            impls.unwrap_or_default().into_iter().filter(|i| i.matches(&node.filter)).collect();
        if matching.is_empty() {
            return Err(Error::not_found(format!(
                "no implementation of node type `{}` matches the filter of node `{}`",
                node.node_type, node.name
            ))
            .hint("change the node's `filter` or import a matching implementation"));
        }
        Ok(matching)
    }

    /// One reconcile pass. Instances created by it are tagged with `run_id`, so that an interrupted
    /// or failed run can remove exactly what it made.
    pub async fn pass(&self, infra_id: &str, run_id: &str) -> Result<PassReport> {
        let mut infra = self.load(infra_id)?;
        let mut report = PassReport::default();

        // Upkeep: look at every instance; drop failed ones, forget vanished ones.
        let instances = self.store.instances(infra_id)?;
        let observed = join_all(instances.into_iter().map(|mut instance| {
            let infra = &infra;
            async move {
                let state = self.refresh(infra, &mut instance).await;
                (instance, state)
            }
        }))
        .await;
        let mut live: Vec<Instance> = Vec::new();
        for (instance, state) in observed {
            match state? {
                (NodeState::Failed, _) => {
                    self.backends.delete(&instance).await?;
                    self.store.remove_instance(infra_id, &instance.node_id)?;
                    report.recovered.push((&instance).into());
                }
                (NodeState::Shutdown, _) => {
                    self.store.remove_instance(infra_id, &instance.node_id)?;
                    report.recovered.push((&instance).into());
                }
                _ => {
                    self.store.save_instance(&instance)?;
                    live.push(instance);
                }
            }
        }

        // Scaling: realise queued requests as clamped targets.
        let mut requests: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for (node, request) in self.store.take_scaling_requests(infra_id)? {
            requests.entry(node).or_default().push(request);
        }
        let mut requested_victims: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for node in &infra.description.nodes {
            let current = infra.target(node);
            let mine: Vec<&Instance> = live.iter().filter(|i| i.node_name == node.name).collect();
            let plan = scaling::plan(
                &node.name,
                current,
                node.scaling,
                requests.get(&node.name).map_or(&[], Vec::as_slice),
                &mine,
            );
            infra.targets.insert(node.name.clone(), plan.target);
            requested_victims.insert(node.name.clone(), plan.victims);
            report.notes.extend(plan.notes);
        }
        infra.targets.retain(|name, _| infra.description.node(name).is_some());
        infra.updated_at = now();
        self.store.save_infra(&infra)?;

        // Drops: instances over their node's target, and instances of nodes no longer described.
        let mut doomed: Vec<&Instance> =
            live.iter().filter(|i| infra.description.node(&i.node_name).is_none()).collect();
        for node in &infra.description.nodes {
            let mine: Vec<&Instance> = live.iter().filter(|i| i.node_name == node.name).collect();
            let target = infra.target(node) as usize;
            if mine.len() > target {
                let wanted = requested_victims.get(&node.name).map_or(&[][..], Vec::as_slice);
                doomed.extend(scaling::victims(&mine, wanted, mine.len() - target));
            }
        }
        for instance in &doomed {
            self.drop_instance(instance).await?;
            report.dropped.push((*instance).into());
        }
        let doomed_ids: Vec<String> = doomed.iter().map(|i| i.node_id.clone()).collect();
        live.retain(|i| !doomed_ids.contains(&i.node_id));

        // Creation, one level after the other: a level's nodes may read the addresses of the ones below.
        for level in infra.levels.clone() {
            let mut wanted: Vec<&NodeEntry> = Vec::new();
            for name in &level {
                let Some(node) = infra.description.node(name) else { continue };
                let have = live.iter().filter(|i| &i.node_name == name).count();
                let target = infra.target(node) as usize;
                wanted.extend(std::iter::repeat_n(node, target.saturating_sub(have)));
            }
            let created = if self.parallelize {
                try_join_all(wanted.into_iter().map(|node| self.create(&infra, node, run_id))).await?
            } else {
                let mut created = Vec::new();
                for node in wanted {
                    created.push(self.create(&infra, node, run_id).await?);
                }
                created
            };
            report.created.extend(created.iter().map(InstanceSummary::from));
            live.extend(created);
        }
        Ok(report)
    }

    /// Creates one instance of `node` and waits until it is ready. The instance is recorded before
    /// the cloud is asked for it, so that whatever happens it can be found and removed.
    pub async fn create(&self, infra: &InfraRecord, node: &NodeEntry, run_id: &str) -> Result<Instance> {
        let impls = self.implementations(node)?;
        let chosen = &impls[rand::random_range(0..impls.len())];
        let node_id = uuid::Uuid::new_v4().to_string();
        let renderer = Renderer::new(template_context(infra, node, &node_id), self.address_book(infra)?);
        let unrenderable = |reason: String| {
            Error::usage(format!("node `{}`: {reason}", node.name))
                .hint(format!("fix the `node_def:{}` definition and import it again", node.node_type))
        };
        let resource = renderer.render_map(&chosen.resource, "resource").map_err(unrenderable)?;
        let user_data = match &chosen.context_template {
            Some(template) => Some(render_user_data(&renderer, template).map_err(unrenderable)?),
            None => None,
        };
        let server_name = resource
            .get("server_name")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| default_server_name(infra, &node.name, &node_id));
        let mut instance = Instance {
            infra_id: infra.id.clone(),
            node_id,
            node_name: node.name.clone(),
            backend: chosen.backend,
            server_name,
            instance_id: None,
            resource,
            health_check: chosen.health_check.clone(),
            phase: Phase::Requested,
            addresses: Vec::new(),
            private_address: None,
            started_at: now(),
            failing_since: None,
            user_data,
            build_id: Some(run_id.to_owned()),
        };
        // From here on a failure leaves the instance recorded under `run_id`: the caller's rollback
        // removes it with the rest of the run, and names it.
        self.store.save_instance(&instance)?;
        let id = self.backends.create(&instance, instance.user_data.as_deref()).await?;
        instance.instance_id = Some(id);
        instance.phase = Phase::Created;
        self.store.save_instance(&instance)?;
        self.wait_ready(infra, &mut instance, Duration::from_secs(chosen.create_timeout)).await?;
        Ok(instance)
    }

    async fn wait_ready(
        &self,
        infra: &InfraRecord,
        instance: &mut Instance,
        timeout: Duration,
    ) -> Result<()> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut delay = FIRST_POLL;
        loop {
            let (state, reason) = self.refresh(infra, instance).await?;
            self.store.save_instance(instance)?;
            let what = InstanceSummary::from(&*instance);
            match state {
                NodeState::Ready => {
                    instance.phase = Phase::Ready;
                    return self.store.save_instance(instance);
                }
                NodeState::Failed | NodeState::Shutdown => {
                    let why = reason.unwrap_or_else(|| format!("the cloud reports it {}", state.as_str()));
                    return Err(Error::general(format!("instance {what} failed: {why}")));
                }
                _ => {}
            }
            if tokio::time::Instant::now() >= deadline {
                let why = reason.map(|r| format!(" (last check: {r})")).unwrap_or_default();
                return Err(Error::timeout(format!(
                    "instance {what} was not ready within {}s{why}",
                    timeout.as_secs()
                ))
                .hint("raise `create_timeout` in the node definition, or check the instance on its cloud"));
            }
            tokio::time::sleep(delay.min(deadline.saturating_duration_since(tokio::time::Instant::now())))
                .await;
            delay = (delay * 2).min(MAX_POLL);
        }
    }

    /// Observes an instance and runs its health check, updating its addresses and failing timer.
    pub async fn refresh(
        &self,
        infra: &InfraRecord,
        instance: &mut Instance,
    ) -> Result<(NodeState, Option<String>)> {
        let observed = self.backends.observe(instance).await?;
        if !observed.addresses.is_empty() {
            instance.addresses = observed.addresses;
        }
        if observed.private_address.is_some() {
            instance.private_address = observed.private_address;
        }
        if instance.instance_id.is_none() {
            instance.instance_id = observed.instance_id;
        }
        match observed.state {
            CloudState::Ready => {}
            CloudState::Pending => return Ok((NodeState::Pending, None)),
            CloudState::TempFailed => return Ok((NodeState::TempFailed, None)),
            CloudState::Failed => return Ok((NodeState::Failed, None)),
            CloudState::Shutdown => return Ok((NodeState::Shutdown, None)),
        }
        let node_context = infra
            .description
            .node(&instance.node_name)
            .map(|node| template_context(infra, node, &instance.node_id))
            .unwrap_or_else(|| json!({}));
        let renderer = Renderer::new(node_context, AddressBook::new());
        match super::health::probe(&instance.health_check, instance.address(), &renderer).await {
            Ok(()) => {
                instance.failing_since = None;
                Ok((NodeState::Ready, None))
            }
            Err(reason) => {
                let since = *instance.failing_since.get_or_insert_with(now);
                if now() - since > instance.health_check.timeout as f64 {
                    Ok((
                        NodeState::Failed,
                        Some(format!(
                            "health check failing for over {}s: {reason}",
                            instance.health_check.timeout
                        )),
                    ))
                } else {
                    Ok((NodeState::Unhealthy, Some(reason)))
                }
            }
        }
    }

    /// Deletes an instance's cloud resource, then its record. Idempotent.
    pub async fn drop_instance(&self, instance: &Instance) -> Result<()> {
        self.backends.delete(instance).await.map_err(|e| {
            Error::general(format!("cannot destroy {}: {e}", InstanceSummary::from(instance)))
        })?;
        self.store.remove_instance(&instance.infra_id, &instance.node_id)
    }

    /// Drops instances level by level, last level first; records stay for those that fail.
    /// Returns the dropped instances and the failures.
    pub async fn drop_in_reverse_order(
        &self,
        infra: &InfraRecord,
        instances: Vec<Instance>,
    ) -> (Vec<InstanceSummary>, Vec<Error>) {
        let mut order: Vec<Vec<Instance>> = vec![Vec::new(); infra.levels.len() + 1];
        for instance in instances {
            // Instances of nodes no longer described go first (index 0 after the reversal below).
            let level = infra
                .levels
                .iter()
                .position(|l| l.contains(&instance.node_name))
                .map_or(infra.levels.len(), |l| l);
            order[level].push(instance);
        }
        let (mut dropped, mut failures) = (Vec::new(), Vec::new());
        for level in order.into_iter().rev() {
            let results = join_all(level.iter().map(|i| self.drop_instance(i))).await;
            for (instance, result) in level.iter().zip(results) {
                match result {
                    Ok(()) => dropped.push(instance.into()),
                    Err(e) => failures.push(e),
                }
            }
        }
        (dropped, failures)
    }

    /// Addresses of the infrastructure's instances, for `getip` and friends.
    fn address_book(&self, infra: &InfraRecord) -> Result<AddressBook> {
        let mut book: AddressBook =
            infra.description.nodes.iter().map(|n| (n.name.clone(), Vec::new())).collect();
        for instance in self.store.instances(&infra.id)? {
            if instance.phase != Phase::Ready {
                continue;
            }
            if let Some(entries) = book.get_mut(&instance.node_name) {
                entries.push(InstanceAddress {
                    public: instance.addresses.first().cloned(),
                    private: instance.private_address.clone(),
                });
            }
        }
        Ok(book)
    }
}

/// Renders cloud-init user data; a `#cloud-config` document must still be YAML afterwards.
fn render_user_data(renderer: &Renderer, template: &str) -> std::result::Result<String, String> {
    let text = renderer.render(template, "contextualisation")?;
    if text.starts_with("#cloud-config") {
        serde_yaml::from_str::<serde_yaml::Value>(&text)
            .map_err(|e| format!("the rendered `#cloud-config` user data is not valid YAML: {e}"))?;
    }
    Ok(text)
}

/// What templates of a node's instance can see.
pub fn template_context(infra: &InfraRecord, node: &NodeEntry, node_id: &str) -> Value {
    json!({
        "infra_id": infra.id,
        "infra_name": infra.description.infra_name,
        "user_id": infra.description.user_id,
        "name": node.name,
        "type": node.node_type,
        "node_id": node_id,
        "variables": node.variables,
        "scaling": {"min": node.scaling.min, "max": node.scaling.max},
    })
}

/// `kamaki-<infra>-<id>-<node>-<node id>`, unique per instance, short enough for any cloud.
fn default_server_name(infra: &InfraRecord, node: &str, node_id: &str) -> String {
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    format!(
        "kamaki-{}-{}-{}-{}",
        cut(&infra.description.infra_name, 18),
        cut(&infra.id, 8),
        cut(node, 18),
        cut(node_id, 8)
    )
}
