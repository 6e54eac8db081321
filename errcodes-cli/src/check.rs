//! `errcodes check`: one code space across services.

use std::collections::hash_map::Entry as Slot;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::export::{Code, Export};
use crate::registry::Registry;
use crate::registry_changes::RegistryChange;

/// An entry of one service, where it was read.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Holder {
    pub service: String,
    pub entry: String,
    pub export: String,
}

impl Holder {
    fn of(export: &Export, entry: &str) -> Holder {
        Holder {
            service: export.service.clone(),
            entry: entry.to_owned(),
            export: export.path.display().to_string(),
        }
    }
}

#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// Two services send the same code, or one service sends it for two
    /// entries (an export not written by the derive, which refuses that).
    Collision {
        code: Code,
        first: Holder,
        second: Holder,
    },
    /// A code outside every range the registry gives its service.
    OutOfRange { code: Code, holder: Holder },
    /// An export of a service the registry does not list.
    UnknownService { service: String, export: String },
    /// An entry of the baseline gone without its code retired: clients
    /// may still meet the code, and a later entry may reuse it.
    RemovedWithoutRetiring {
        service: String,
        code: Code,
        entry: String,
    },
    /// An entry of the baseline now sent with another status.
    StatusChanged {
        service: String,
        code: Code,
        entry: String,
        old: String,
        new: String,
    },
    /// A code some catalogue retired, sent again.
    RetiredReused {
        code: Code,
        retired_by: String,
        note: String,
        holder: Holder,
    },
    /// What the registry changed since the baseline's, its own `kind`s.
    #[serde(untagged)]
    Registry(RegistryChange),
}

/// The findings over `exports`, in the order they were read.
pub fn check(exports: &[Export], registry: Option<&Registry>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut retired: HashMap<&Code, (&str, &str)> = HashMap::new();
    for export in exports {
        for r in &export.retired {
            retired.entry(&r.code).or_insert((&export.service, &r.note));
        }
    }
    let mut first_holder: HashMap<&Code, (&Export, &str)> = HashMap::new();
    let mut reported: HashSet<(&Code, &str)> = HashSet::new();
    for export in exports {
        let owner = registry.map(|r| r.by_domain(&export.service));
        if let Some(None) = owner {
            findings.push(Finding::UnknownService {
                service: export.service.clone(),
                export: export.path.display().to_string(),
            });
        }
        for entry in &export.entries {
            let Some(code) = &entry.code else { continue };
            match first_holder.entry(code) {
                Slot::Vacant(slot) => {
                    slot.insert((export, &entry.name));
                }
                Slot::Occupied(slot) if reported.insert((code, &export.service)) => {
                    let (held_by, held_as) = *slot.get();
                    findings.push(Finding::Collision {
                        code: code.clone(),
                        first: Holder::of(held_by, held_as),
                        second: Holder::of(export, &entry.name),
                    });
                }
                Slot::Occupied(_) => {}
            }
            if let (Some(Some(service)), Code::Int(n)) = (owner, code) {
                if !service.owns(*n) {
                    findings.push(Finding::OutOfRange {
                        code: code.clone(),
                        holder: Holder::of(export, &entry.name),
                    });
                }
            }
            if let Some((retired_by, note)) = retired.get(code) {
                findings.push(Finding::RetiredReused {
                    code: code.clone(),
                    retired_by: (*retired_by).to_owned(),
                    note: (*note).to_owned(),
                    holder: Holder::of(export, &entry.name),
                });
            }
        }
    }
    findings
}

/// What breaks clients of `baseline` (the exports of the last release):
/// entries removed without retiring their code, statuses changed.
pub fn breaking(baseline: &[Export], exports: &[Export]) -> Vec<Finding> {
    let log = crate::changelog::changelog(baseline, exports);
    let removed = log
        .removed
        .into_iter()
        .map(|k| Finding::RemovedWithoutRetiring {
            service: k.service,
            code: k.code,
            entry: k.entry,
        });
    let changed = log.changed.into_iter().filter(|c| c.what == "status");
    let changed = changed.map(|c| Finding::StatusChanged {
        service: c.key.service,
        code: c.key.code,
        entry: c.key.entry,
        old: c.old,
        new: c.new,
    });
    removed.chain(changed).collect()
}

/// How many services and entries were checked, for the summary line.
pub fn counts(exports: &[Export]) -> (usize, usize) {
    let services: HashSet<&str> = exports.iter().map(|e| e.service.as_str()).collect();
    (
        services.len(),
        exports.iter().map(|e| e.entries.len()).sum(),
    )
}

fn holder_line(h: &Holder) -> String {
    format!("{} `{}` ({})", h.service, h.entry, h.export)
}

/// A finding as a person reads it: what, then where.
pub fn describe(finding: &Finding) -> (String, Vec<String>) {
    match finding {
        Finding::Collision {
            code,
            first,
            second,
        } if first.service == second.service => (
            format!("code {code} is used twice by {}", first.service),
            vec![holder_line(first), holder_line(second)],
        ),
        Finding::Collision {
            code,
            first,
            second,
        } => (
            format!("code {code} is used by two services"),
            vec![holder_line(first), holder_line(second)],
        ),
        Finding::OutOfRange { code, holder } => (
            format!(
                "code {code} is outside the ranges the registry gives {}",
                holder.service
            ),
            vec![holder_line(holder)],
        ),
        Finding::UnknownService { service, export } => (
            format!("service {service} is not in the registry"),
            vec![export.clone()],
        ),
        Finding::RemovedWithoutRetiring {
            service,
            code,
            entry,
        } => (
            format!("code {code} of {service} was removed without being retired"),
            vec![format!("{service} `{entry}` is in the baseline only")],
        ),
        Finding::StatusChanged {
            service,
            code,
            entry,
            old,
            new,
        } => (
            format!("code {code} of {service} changed its status from {old} to {new}"),
            vec![format!("{service} `{entry}`")],
        ),
        Finding::RetiredReused {
            code,
            retired_by,
            note,
            holder,
        } => (
            format!("code {code} was retired by {retired_by} ({note}) and is used again"),
            vec![holder_line(holder)],
        ),
        Finding::Registry(change) => change.describe(),
    }
}
