//! `errcodes check`: one code space across services.

use std::collections::hash_map::Entry as Slot;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::export::{Code, Entry, Export};
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
    /// entries not both `shared` (in two of its catalogues, or in an
    /// export not written by the derive, which refuses that).
    Collision {
        code: Code,
        first: Holder,
        second: Holder,
    },
    /// An integer code and a string of the same digits (`34305` and
    /// `"34305"`): told apart by their JSON type alone, which a person
    /// reading a support ticket, a log line or the portal does not see.
    SameDigits {
        code: i64,
        integer: Holder,
        string: Holder,
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

/// A code as people tell codes apart: by the number an integer code and a
/// string of the same digits share, else by its text.
#[derive(PartialEq, Eq, Hash)]
enum Said<'a> {
    Number(i64),
    Text(&'a str),
}

fn said(code: &Code) -> Said<'_> {
    match (code.number(), code) {
        (None, Code::Str(text)) => Said::Text(text),
        (Some(n), _) | (None, &Code::Int(n)) => Said::Number(n),
    }
}

/// Whether two entries sending one code is a finding: unless both are
/// `shared` entries of one service, which is what `shared` declares.
fn collide(first: (&Export, &Entry), second: (&Export, &Entry)) -> bool {
    first.0.service != second.0.service || !(first.1.shared && second.1.shared)
}

/// The finding about `second` sending the code `first` sends.
fn collision(first: (&Export, &Entry), second: (&Export, &Entry), code: &Code) -> Finding {
    let holder = |(export, entry): (&Export, &Entry)| Holder::of(export, &entry.name);
    match (first.1.code.as_ref(), code) {
        (Some(&Code::Int(n)), Code::Str(_)) | (Some(Code::Str(_)), &Code::Int(n)) => {
            let (integer, string) = match code {
                Code::Int(_) => (second, first),
                Code::Str(_) => (first, second),
            };
            Finding::SameDigits {
                code: n,
                integer: holder(integer),
                string: holder(string),
            }
        }
        _ => Finding::Collision {
            code: code.clone(),
            first: holder(first),
            second: holder(second),
        },
    }
}

/// The findings over `exports`, in the order they were read.
pub fn check(exports: &[Export], registry: Option<&Registry>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut retired: HashMap<Said, (&str, &str)> = HashMap::new();
    for export in exports {
        for r in &export.retired {
            retired
                .entry(said(&r.code))
                .or_insert((&export.service, &r.note));
        }
    }
    let mut first_holder: HashMap<Said, (&Export, &Entry)> = HashMap::new();
    let mut reported: HashSet<(Said, &str)> = HashSet::new();
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
            match first_holder.entry(said(code)) {
                Slot::Vacant(slot) => {
                    slot.insert((export, entry));
                }
                Slot::Occupied(slot)
                    if collide(*slot.get(), (export, entry))
                        && reported.insert((said(code), &export.service)) =>
                {
                    findings.push(collision(*slot.get(), (export, entry), code));
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
            if let Some((retired_by, note)) = retired.get(&said(code)) {
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
        Finding::SameDigits {
            code,
            integer,
            string,
        } => (
            format!(
                "code {code} is sent as an integer by {} and as the string \"{code}\" by {}: \
                 people, logs and the portal's search cannot tell them apart",
                integer.service, string.service
            ),
            vec![holder_line(integer), holder_line(string)],
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
