//! Scaling requests turned into targets: every request is clamped into the node's `[min, max]`, and
//! scale-down requests may name the instance to remove (node id, cloud id or address).

use super::description::Scaling;
use super::store::{Instance, ScalingRequest};

/// What the queued requests of one node amount to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub target: u32,
    /// Node ids chosen by the requests, in request order.
    pub victims: Vec<String>,
    /// Requests that could not be honoured, and why.
    pub notes: Vec<String>,
}

/// Applies a node's requests, oldest first, to its current target.
pub fn plan(
    node: &str,
    current: u32,
    limits: Scaling,
    requests: &[ScalingRequest],
    instances: &[&Instance],
) -> Plan {
    let mut plan = Plan { target: limits.clamp(i64::from(current)), ..Plan::default() };
    for request in requests {
        match request {
            ScalingRequest::Scaleup { count } => {
                let wanted = i64::from(plan.target) + i64::from(*count);
                plan.target = limits.clamp(wanted);
                if wanted > i64::from(limits.max) {
                    plan.notes
                        .push(format!("node `{node}`: scale up capped at its maximum of {}", limits.max));
                }
            }
            ScalingRequest::Scaleto { count } => {
                plan.target = limits.clamp(i64::from(*count));
                if plan.target != *count {
                    plan.notes.push(format!(
                        "node `{node}`: scale to {count} clamped to {} (limits {}..{})",
                        plan.target, limits.min, limits.max
                    ));
                }
            }
            ScalingRequest::Scaledown { victim } => {
                if plan.target <= limits.min {
                    plan.notes.push(format!(
                        "node `{node}`: scale down ignored, already at its minimum of {}",
                        limits.min
                    ));
                    continue;
                }
                match victim {
                    None => plan.target -= 1,
                    Some(wanted) => match find(instances, wanted) {
                        Some(instance) if !plan.victims.contains(&instance.node_id) => {
                            plan.target -= 1;
                            plan.victims.push(instance.node_id.clone());
                        }
                        Some(_) => plan
                            .notes
                            .push(format!("node `{node}`: `{wanted}` was already chosen for removal")),
                        None => plan.notes.push(format!("node `{node}`: no instance `{wanted}` to remove")),
                    },
                }
            }
        }
    }
    plan
}

/// An instance by node id, cloud id or one of its addresses.
pub fn find<'a>(instances: &[&'a Instance], wanted: &str) -> Option<&'a Instance> {
    instances.iter().copied().find(|i| {
        i.node_id == wanted
            || i.instance_id.as_deref() == Some(wanted)
            || i.addresses.iter().any(|a| a == wanted)
            || i.private_address.as_deref() == Some(wanted)
    })
}

/// Which `excess` instances to remove: the requested ones first, then the youngest.
pub fn victims<'a>(instances: &[&'a Instance], requested: &[String], excess: usize) -> Vec<&'a Instance> {
    let mut chosen: Vec<&Instance> = requested
        .iter()
        .filter_map(|id| instances.iter().copied().find(|i| &i.node_id == id))
        .take(excess)
        .collect();
    let mut rest: Vec<&Instance> =
        instances.iter().copied().filter(|i| !chosen.iter().any(|c| c.node_id == i.node_id)).collect();
    rest.sort_by(|a, b| b.started_at.total_cmp(&a.started_at));
    chosen.extend(rest.into_iter().take(excess - chosen.len()));
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::nodedef::{BackendKind, HealthCheck};
    use crate::infra::store::Phase;

    fn instance(id: &str, started_at: f64, address: &str) -> Instance {
        Instance {
            infra_id: "i".into(),
            node_id: id.into(),
            node_name: "app".into(),
            backend: BackendKind::Dummy,
            server_name: id.into(),
            instance_id: Some(format!("vm-{id}")),
            resource: Default::default(),
            health_check: HealthCheck::default(),
            phase: Phase::Ready,
            addresses: vec![address.into()],
            private_address: None,
            started_at,
            failing_since: None,
            user_data: None,
            build_id: None,
        }
    }

    const LIMITS: Scaling = Scaling { min: 1, max: 4 };

    #[test]
    fn requests_are_clamped_into_limits() {
        let up = [ScalingRequest::Scaleup { count: 10 }];
        let p = plan("app", 2, LIMITS, &up, &[]);
        assert_eq!(p.target, 4);
        assert_eq!(p.notes.len(), 1);
        let to = [ScalingRequest::Scaleto { count: 0 }];
        assert_eq!(plan("app", 3, LIMITS, &to, &[]).target, 1);
        let down = [ScalingRequest::Scaledown { victim: None }, ScalingRequest::Scaledown { victim: None }];
        let p = plan("app", 2, LIMITS, &down, &[]);
        assert_eq!(p.target, 1);
        assert!(p.notes[0].contains("already at its minimum of 1"), "{:?}", p.notes);
    }

    #[test]
    fn targeted_scale_down_by_id_or_address() {
        let (a, b, c) =
            (instance("a", 1.0, "10.0.0.1"), instance("b", 2.0, "10.0.0.2"), instance("c", 3.0, "10.0.0.3"));
        let all = [&a, &b, &c];
        let requests = [
            ScalingRequest::Scaledown { victim: Some("10.0.0.1".into()) },
            ScalingRequest::Scaledown { victim: Some("ghost".into()) },
        ];
        let p = plan("app", 3, LIMITS, &requests, &all);
        assert_eq!(p.target, 2);
        assert_eq!(p.victims, vec!["a".to_owned()]);
        assert!(p.notes[0].contains("no instance `ghost`"));
        let chosen: Vec<&str> = victims(&all, &p.victims, 2).iter().map(|i| i.node_id.as_str()).collect();
        assert_eq!(chosen, vec!["a", "c"], "the requested one, then the youngest");
    }
}
