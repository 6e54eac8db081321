//! The changes of one entry, paired by code and name: status, gRPC code,
//! sharing, message and exposure, body members, headers, deprecation.

use std::collections::{HashMap, HashSet};

use super::change;
use crate::contract::{Change, ChangeKind, Header, Locked, MemberType};

impl Locked {
    /// The changes from `self` to `new`, an entry with the same code and
    /// name; `version` is the old lock's (what it did not record is not
    /// compared).
    pub(super) fn compare(&self, new: &Locked, version: u64, out: &mut Vec<Change>) {
        let it = format!("{} `{}`", self.code_text(), self.name);
        self.compare_facts(new, &it, &mut |breaking, text: String| {
            out.push(change(ChangeKind::Changed, breaking, text));
        });
        self.compare_parent(new, &it, out);
        self.compare_members(new, &it, version, out);
        self.compare_headers(new, &it, out);
        self.compare_history(new, &it, out);
        self.compare_retry(new, &it, version, out);
        if let (None, Some(deprecated)) = (&self.deprecated, &new.deprecated) {
            let by = deprecated
                .replaced_by
                .as_ref()
                .map(|code| format!(", replaced by {}", crate::contract::code_text(code)))
                .unwrap_or_default();
            out.push(change(
                ChangeKind::Deprecated,
                false,
                format!("{it} was deprecated in {}{by}", deprecated.since),
            ));
        }
    }

    /// The code the entry refines: changed or dropped, clients that do not
    /// know the entry's code no longer fall back to the one they did; a
    /// parent given to an entry that had none only adds a fallback.
    fn compare_parent(&self, new: &Locked, it: &str, out: &mut Vec<Change>) {
        let text = |code: &Option<crate::CodeBuf>| match code {
            Some(code) => format!("under {}", crate::contract::code_text(code)),
            None => "at the top level".to_owned(),
        };
        let breaking = match (&self.parent, &new.parent) {
            (old, now) if old == now => return,
            (None, Some(_)) => false,
            _ => true,
        };
        let why = if breaking {
            ": clients that do not know its code decoded it as its old parent, and no longer do"
        } else {
            ": clients that do not know its code now decode it as its parent"
        };
        out.push(change(
            ChangeKind::Changed,
            breaking,
            format!(
                "{it} was {} and is now {}{why}",
                text(&self.parent),
                text(&new.parent)
            ),
        ));
    }

    /// What the lock records of the entry's history beyond a deprecation
    /// (its release, its members' and headers' releases, a deprecation
    /// withdrawn): never breaking, and never rewritten unsaid.
    fn compare_history(&self, new: &Locked, it: &str, out: &mut Vec<Change>) {
        let mut say = |text: String| out.push(change(ChangeKind::Changed, false, text));
        if self.since != new.since {
            say(format!(
                "{it}: its release was {} and is now {}",
                release(self.since.as_deref()),
                release(new.since.as_deref())
            ));
        }
        for (what, old, now) in [
            ("body member", &self.member_since, &new.member_since),
            ("header", &self.header_since, &new.header_since),
        ] {
            for (name, since) in now {
                let before = old.iter().find(|(n, _)| n == name).map(|(_, s)| s.as_str());
                if before.is_some_and(|b| b != since) {
                    say(format!(
                        "{it}: the release of {what} `{name}` was {} and is now {since}",
                        release(before)
                    ));
                }
            }
        }
        if let (Some(deprecated), None) = (&self.deprecated, &new.deprecated) {
            say(format!(
                "{it}: its deprecation (in {}) was withdrawn",
                deprecated.since
            ));
        }
    }

    /// The retry class, the fault side and the retry delay's member: a
    /// client retries, or gives up, by the class, and waits by the member.
    /// A line without a class has its status's (the default, and the only
    /// class before classes were declared), so every lock compares it; a
    /// version 1 lock, which recorded members and not what they carry, does
    /// not compare the member.
    fn compare_retry(&self, new: &Locked, it: &str, version: u64, out: &mut Vec<Change>) {
        let mut push = |breaking, text| out.push(change(ChangeKind::Changed, breaking, text));
        if self.retry != new.retry {
            push(
                true,
                format!(
                    "{it}: its retry class was `{}` and is now `{}`: clients retry it, or give up on it, \
                     by the old class",
                    self.retry.name(),
                    new.retry.name()
                ),
            );
        }
        if self.fault != new.fault {
            push(
                false,
                format!(
                    "{it}: its fault side was the {} and is now the {}",
                    self.fault.name(),
                    new.fault.name()
                ),
            );
        }
        if version < 2 {
            return;
        }
        match (&self.retry_after, &new.retry_after) {
            (Some(old), Some(now)) if old != now => push(
                true,
                format!(
                    "{it}: the retry delay was in member `{}` ({}) and is now in `{}` ({}): clients \
                     wait by the old member and unit",
                    old.0,
                    old.1.name(),
                    now.0,
                    now.1.name()
                ),
            ),
            (Some(old), None) => push(
                true,
                format!(
                    "{it}: member `{}` no longer carries the retry delay: clients waiting by it \
                     retry at once",
                    old.0
                ),
            ),
            (None, Some(now)) => out.push(change(
                ChangeKind::Added,
                false,
                format!(
                    "{it}: member `{}` carries the retry delay ({})",
                    now.0,
                    now.1.name()
                ),
            )),
            _ => {}
        }
    }

    /// Status, gRPC code, `also_status`, sharing, message and exposure.
    fn compare_facts(&self, new: &Locked, it: &str, push: &mut impl FnMut(bool, String)) {
        let grpc = match (&self.grpc, &new.grpc) {
            (Some(old), Some(now)) if old != now => Some((old, now)),
            _ => None,
        };
        if self.status != new.status {
            // A gRPC code that follows the status changes with it: one change.
            let over_grpc = grpc
                .map(|(old, now)| format!(" (over gRPC {now}, was {old})"))
                .unwrap_or_default();
            push(
                true,
                format!(
                    "{it} was sent with status {} and is now sent with {}{over_grpc}: clients branching on the status, \
                     or telling entries apart by it, take another path",
                    self.status, new.status
                ),
            );
        } else if let Some((old, now)) = grpc {
            push(
                true,
                format!(
                    "{it} was sent over gRPC as {old} and is now {now}: clients branching on the \
                     status code take another path, and decoding it by the old catalogue answers \
                     a status mismatch"
                ),
            );
        }
        if self.also_status != new.also_status {
            let show = |s: &[u16]| match s {
                [] => "none".to_owned(),
                s => s.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
            };
            push(
                false,
                format!(
                    "{it}: also_status was {} and is now {}",
                    show(&self.also_status),
                    show(&new.also_status)
                ),
            );
        }
        if !self.shared && new.shared {
            push(
                true,
                format!("{it} now shares its code: clients that take the code to mean this error alone will mistake the others for it"),
            );
        } else if self.shared && !new.shared {
            push(false, format!("{it} no longer shares its code"));
        }
        self.compare_message(new, it, push);
        self.compare_exposure(new, it, push);
    }

    fn compare_message(&self, new: &Locked, it: &str, push: &mut impl FnMut(bool, String)) {
        let (before, after): (HashSet<&str>, HashSet<&str>) = (
            self.placeholders.iter().map(String::as_str).collect(),
            new.placeholders.iter().map(String::as_str).collect(),
        );
        let mut placeholders_changed = false;
        for p in self
            .placeholders
            .iter()
            .filter(|p| !after.contains(p.as_str()))
        {
            placeholders_changed = true;
            push(
                true,
                format!("{it}: placeholder `{{{p}}}` was removed from the message: clients reading it out of the message find nothing"),
            );
        }
        for p in new
            .placeholders
            .iter()
            .filter(|p| !before.contains(p.as_str()))
        {
            placeholders_changed = true;
            push(
                true,
                format!("{it}: placeholder `{{{p}}}` was added to the message: clients reading placeholders by the old template no longer match the text"),
            );
        }
        match (&self.message, &new.message) {
            (Some(old), Some(now)) if old != now && !placeholders_changed => push(
                true,
                format!(
                    "{it}: the message was {old:?} and is now {now:?}: {}",
                    if self.placeholders.is_empty() {
                        "clients tell this entry apart by its text"
                    } else {
                        "clients reading placeholders by the old template no longer match the text"
                    }
                ),
            ),
            (None, Some(_)) => push(
                false,
                format!("{it}: its message is now part of the contract"),
            ),
            _ => {}
        }
    }

    /// Whether the body carries the rendered message or the template as
    /// written (`expose`), where the template has placeholders.
    fn compare_exposure(&self, new: &Locked, it: &str, push: &mut impl FnMut(bool, String)) {
        match (self.exposed, new.exposed) {
            (Some(true), Some(false)) => push(
                true,
                format!(
                    "{it}: bodies carried the rendered message and now carry the template as written \
                     (`expose` was dropped): clients reading placeholder values out of the message \
                     find the placeholders instead"
                ),
            ),
            (Some(false), Some(true)) => push(
                false,
                format!("{it}: bodies now carry the rendered message (`expose`), where they carried the template as written"),
            ),
            _ => {}
        }
    }

    fn compare_members(&self, new: &Locked, it: &str, version: u64, out: &mut Vec<Change>) {
        let v1 = version < 2;
        let before: HashSet<&str> = self.members.iter().map(|(m, _)| m.as_str()).collect();
        let after: HashMap<&str, &MemberType> =
            new.members.iter().map(|(m, t)| (m.as_str(), t)).collect();
        for (member, old) in &self.members {
            let Some(&now) = after.get(member.as_str()) else {
                out.push(change(
                    ChangeKind::Changed,
                    true,
                    format!("{it}: body member `{member}` ({old}) was removed: clients reading it find nothing"),
                ));
                continue;
            };
            // A version 1 lock recorded kinds and absence only.
            let now = if v1 { &now.as_v1() } else { now };
            if let Some(why) = now.breaks(old) {
                out.push(change(
                    ChangeKind::Changed,
                    true,
                    format!("{it}: body member `{member}` was {old} and is now {now}: {why}"),
                ));
            } else if now != old {
                out.push(change(
                    ChangeKind::Changed,
                    false,
                    format!("{it}: body member `{member}` was {old} and is now {now}"),
                ));
            }
        }
        for (member, now) in new
            .members
            .iter()
            .filter(|(m, _)| !before.contains(m.as_str()))
        {
            // Inside arrays, a version 1 lock saw nothing: not an addition.
            if v1 && member.contains("[]") {
                continue;
            }
            out.push(change(
                ChangeKind::Added,
                false,
                format!("{it}: body member `{member}` ({now}) was added"),
            ));
        }
    }

    fn compare_headers(&self, new: &Locked, it: &str, out: &mut Vec<Change>) {
        let (Some(before), Some(after)) = (&self.headers, &new.headers) else {
            return;
        };
        for (name, old) in before {
            let now = after.iter().find(|(n, _)| n == name).map(|(_, h)| h);
            let (breaking, text) = match (old, now) {
                (_, None) => (
                    true,
                    format!("{it}: header `{name}` ({}) was removed: clients reading it find nothing", old.describe()),
                ),
                (old, Some(now)) if old == now => continue,
                (Header::Field { optional: false }, Some(Header::Field { optional: true })) => (
                    true,
                    format!("{it}: header `{name}` was always sent and is now optional: clients reading it find nothing on some responses"),
                ),
                (Header::Fixed(_), Some(now)) => (
                    true,
                    format!("{it}: header `{name}` was {} and is now {}: clients that read its value by the old one misread it", old.describe(), now.describe()),
                ),
                (Header::Field { .. }, Some(now)) => (
                    false,
                    format!("{it}: header `{name}` was {} and is now {}", old.describe(), now.describe()),
                ),
            };
            out.push(change(ChangeKind::Changed, breaking, text));
        }
        for (name, now) in after
            .iter()
            .filter(|(n, _)| !before.iter().any(|(b, _)| b == n))
        {
            out.push(change(
                ChangeKind::Added,
                false,
                format!("{it}: header `{name}` ({}) was added", now.describe()),
            ));
        }
    }
}

impl Header {
    /// The header as a change describes it.
    fn describe(&self) -> String {
        match self {
            Header::Fixed(value) => format!("always {value:?}"),
            Header::Field { optional: false } => "a field's value, always sent".to_owned(),
            Header::Field { optional: true } => "a field's value, sent when it is set".to_owned(),
        }
    }
}

/// A release as a change says it: the version, or that none was given.
fn release(since: Option<&str>) -> String {
    since.map_or_else(|| "not given".to_owned(), str::to_owned)
}
