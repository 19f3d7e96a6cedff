//! Topological levels: the order in which nodes are built (and, reversed, destroyed).

use std::collections::BTreeSet;

use super::description::InfraDescription;
use super::yaml::Issues;

/// Splits the nodes into levels: level 0 depends on nothing, level k only on levels below k.
/// Nodes of one level are independent of each other, so they may be built at the same time.
/// Within a level, nodes keep their order of appearance in the description.
pub fn levels(desc: &InfraDescription, issues: &mut Issues) -> Vec<Vec<String>> {
    let mut remaining: Vec<&str> = desc.nodes.iter().map(|n| n.name.as_str()).collect();
    let mut edges: Vec<(&str, &str)> =
        desc.dependencies.iter().map(|d| (d.dependent.as_str(), d.dependee.as_str())).collect();
    let mut levels = Vec::new();
    while !remaining.is_empty() {
        let dependents: BTreeSet<&str> = edges.iter().map(|(dependent, _)| *dependent).collect();
        let level: Vec<&str> = remaining.iter().copied().filter(|n| !dependents.contains(n)).collect();
        if level.is_empty() {
            let cycle: Vec<String> =
                cycle_members(remaining, edges).iter().map(|n| format!("`{n}`")).collect();
            issues.push("dependencies", format!("dependency cycle between nodes {}", cycle.join(", ")));
            return levels;
        }
        remaining.retain(|n| !level.contains(n));
        edges.retain(|(_, dependee)| !level.contains(dependee));
        levels.push(level.into_iter().map(str::to_owned).collect());
    }
    levels
}

/// Narrows nodes that cannot be levelled to the cycle itself by peeling off, repeatedly, the nodes
/// nothing among them depends on (those only hang off a cycle).
fn cycle_members<'a>(mut nodes: Vec<&'a str>, mut edges: Vec<(&'a str, &'a str)>) -> Vec<&'a str> {
    loop {
        let dependees: BTreeSet<&str> = edges.iter().map(|(_, dependee)| *dependee).collect();
        let before = nodes.len();
        nodes.retain(|n| dependees.contains(n));
        edges.retain(|(dependent, _)| nodes.contains(dependent));
        if nodes.len() == before {
            return nodes;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::description::{Dependency, NodeEntry, Scaling};

    fn desc(nodes: &[&str], deps: &[(&str, &str)]) -> InfraDescription {
        InfraDescription {
            infra_name: "t".into(),
            user_id: None,
            nodes: nodes
                .iter()
                .map(|n| NodeEntry {
                    name: (*n).into(),
                    node_type: "t".into(),
                    scaling: Scaling { min: 1, max: 1 },
                    filter: Default::default(),
                    variables: Default::default(),
                })
                .collect(),
            dependencies: deps
                .iter()
                .map(|(a, b)| Dependency { dependent: (*a).into(), dependee: (*b).into() })
                .collect(),
            variables: Default::default(),
        }
    }

    fn run(nodes: &[&str], deps: &[(&str, &str)]) -> (Vec<Vec<String>>, bool) {
        let mut issues = Issues::new("t.yaml");
        let levels = levels(&desc(nodes, deps), &mut issues);
        (levels, issues.is_empty())
    }

    #[test]
    fn occopus_fixtures() {
        // The compiler's own fixtures: diamond, noedge and complex.
        let (diamond, ok) = run(&["A", "B", "C", "D"], &[("D", "C"), ("D", "B"), ("B", "A"), ("C", "A")]);
        assert!(ok);
        assert_eq!(diamond, vec![vec!["A"], vec!["B", "C"], vec!["D"]]);
        let (noedge, _) = run(&["A", "B", "C", "D"], &[("B", "A"), ("C", "A")]);
        assert_eq!(noedge, vec![vec!["A", "D"], vec!["B", "C"]]);
        let (complex, _) = run(
            &["A", "B", "C", "D", "E", "F", "G", "H"],
            &[("C", "A"), ("D", "A"), ("E", "B"), ("F", "C"), ("F", "D"), ("G", "E"), ("H", "F"), ("H", "G")],
        );
        assert_eq!(complex, vec![vec!["A", "B"], vec!["C", "D", "E"], vec!["F", "G"], vec!["H"]]);
    }

    #[test]
    fn no_dependencies_is_one_level() {
        let (levels, _) = run(&["a", "b"], &[]);
        assert_eq!(levels, vec![vec!["a", "b"]]);
    }

    #[test]
    fn cycles_are_reported() {
        let mut issues = Issues::new("t.yaml");
        levels(&desc(&["a", "b", "c"], &[("a", "b"), ("b", "c"), ("c", "b")]), &mut issues);
        let err = issues.into_result("infrastructure description").expect_err("cycle").to_string();
        assert!(err.contains("dependencies: dependency cycle between nodes `b`, `c`"), "{err}");
    }
}
