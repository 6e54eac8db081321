//! What a new registry breaks of the old one's (`--baseline-registry`): a
//! service removed or renamed, its domain changed, a code its exports use
//! or retired left outside its ranges, codes given to another service.
//! Services and ranges added break nothing.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::export::{Code, Export};
use crate::registry::{Registry, Service};

/// A change of the registry that breaks what the old one promised; `was`
/// and `now` are where, `registry.toml:9`, in the old and the new one.
#[derive(Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RegistryChange {
    /// Its exports would be of a service the registry does not know.
    ServiceRemoved {
        service: String,
        domain: String,
        was: String,
    },
    /// What `errcodes next --service` takes changed under CI's scripts.
    ServiceRenamed {
        old: String,
        new: String,
        was: String,
        now: String,
    },
    /// Clients and gRPC's `ErrorInfo.domain` see another service.
    DomainChanged {
        service: String,
        old: String,
        new: String,
        was: String,
        now: String,
    },
    /// Codes the service sends or retired, that its ranges no longer hold.
    CodesLeftRanges {
        service: String,
        codes: Vec<i64>,
        was: String,
        now: String,
    },
    /// Codes `first..=last` given to `from` are now given to `to`.
    RangeMoved {
        first: i64,
        last: i64,
        from: String,
        to: String,
        was: String,
        now: String,
    },
}

impl RegistryChange {
    /// What, then where (as `check::describe`).
    pub fn describe(&self) -> (String, Vec<String>) {
        let places = |was: &str, now: &str| vec![format!("was {was}"), format!("now {now}")];
        match self {
            RegistryChange::ServiceRemoved {
                service,
                domain,
                was,
            } => (
                format!("service {service} ({domain}) was removed from the registry"),
                vec![format!("was {was}")],
            ),
            RegistryChange::ServiceRenamed { old, new, was, now } => {
                (format!("service {old} was renamed {new}"), places(was, now))
            }
            RegistryChange::DomainChanged {
                service,
                old,
                new,
                was,
                now,
            } => (
                format!("the domain of {service} changed from {old} to {new}"),
                places(was, now),
            ),
            RegistryChange::CodesLeftRanges {
                service,
                codes,
                was,
                now,
            } => {
                let codes: Vec<String> = codes.iter().map(i64::to_string).collect();
                let what = format!(
                    "codes {} of {service} are used or retired but no longer in its ranges",
                    codes.join(", ")
                );
                (what, places(was, now))
            }
            RegistryChange::RangeMoved {
                first,
                last,
                from,
                to,
                was,
                now,
            } => (
                format!("codes {first}..={last} of {from} are now given to {to}"),
                places(was, now),
            ),
        }
    }
}

/// Each old service with what it is in the new registry: the service of
/// its name, else one of its domain under a name the old one did not have
/// (a rename), else none.
fn pairs<'a>(old: &'a Registry, new: &'a Registry) -> Vec<(&'a Service, Option<&'a Service>)> {
    old.services
        .iter()
        .map(|was| {
            let now = new.by_name(was.name.get_ref()).or_else(|| {
                new.by_domain(was.domain.get_ref())
                    .filter(|now| old.by_name(now.name.get_ref()).is_none())
            });
            (was, now)
        })
        .collect()
}

/// The integer codes the exports of `domains` send or retired.
fn codes_of(exports: &[Export], domains: [&str; 2]) -> BTreeSet<i64> {
    let int = |code: &Code| match code {
        Code::Int(n) => Some(*n),
        Code::Str(_) => None,
    };
    exports
        .iter()
        .filter(|e| domains.contains(&e.service.as_str()))
        .flat_map(|e| {
            let sent = e.entries.iter().filter_map(|entry| entry.code.as_ref());
            sent.chain(e.retired.iter().map(|r| &r.code))
        })
        .filter_map(int)
        .collect()
}

pub fn changes(old: &Registry, new: &Registry, exports: &[Export]) -> Vec<RegistryChange> {
    let pairs = pairs(old, new);
    let mut findings = Vec::new();
    for &(was, now) in &pairs {
        let name = was.name.get_ref().clone();
        let Some(now) = now else {
            findings.push(RegistryChange::ServiceRemoved {
                service: name,
                domain: was.domain.get_ref().clone(),
                was: old.place(was.name.span()),
            });
            continue;
        };
        if now.name.get_ref() != &name {
            findings.push(RegistryChange::ServiceRenamed {
                old: name.clone(),
                new: now.name.get_ref().clone(),
                was: old.place(was.name.span()),
                now: new.place(now.name.span()),
            });
        }
        if now.domain.get_ref() != was.domain.get_ref() {
            findings.push(RegistryChange::DomainChanged {
                service: name.clone(),
                old: was.domain.get_ref().clone(),
                new: now.domain.get_ref().clone(),
                was: old.place(was.domain.span()),
                now: new.place(now.domain.span()),
            });
        }
        let domains = [was.domain.get_ref().as_str(), now.domain.get_ref()];
        let left: Vec<i64> = codes_of(exports, domains)
            .into_iter()
            .filter(|code| was.owns(*code) && !now.owns(*code))
            .collect();
        if !left.is_empty() {
            findings.push(RegistryChange::CodesLeftRanges {
                service: name,
                codes: left,
                was: old.place(was.name.span()),
                now: new.place(now.name.span()),
            });
        }
    }
    findings.extend(moved(old, new, &pairs));
    findings
}

/// Codes an old service's range gave it that a new range gives another.
fn moved(
    old: &Registry,
    new: &Registry,
    pairs: &[(&Service, Option<&Service>)],
) -> Vec<RegistryChange> {
    let mut findings = Vec::new();
    for &(was, now) in pairs {
        for old_range in &was.ranges {
            for owner in &new.services {
                if now.is_some_and(|now| std::ptr::eq(now, owner)) {
                    continue;
                }
                for new_range in &owner.ranges {
                    let (a, b) = (old_range.get_ref(), new_range.get_ref());
                    let (first, last) = (a.first.max(b.first), a.last.min(b.last));
                    if first <= last {
                        findings.push(RegistryChange::RangeMoved {
                            first,
                            last,
                            from: was.name.get_ref().clone(),
                            to: owner.name.get_ref().clone(),
                            was: old.place(old_range.span()),
                            now: new.place(new_range.span()),
                        });
                    }
                }
            }
        }
    }
    findings
}
