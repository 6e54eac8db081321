//! The changes between two locks, each explained, in time linear in their
//! entries: a lock of tens of thousands of entries is checked on every test
//! run.

use std::collections::{HashMap, HashSet};

use super::{Change, Code0, Lock, Locked, Type};

/// A lock's entries looked up by code, and by code and name.
struct Index<'l> {
    /// The entries with each code and name, in the lock's order.
    by_key: HashMap<(&'l Code0, &'l str), Vec<&'l Locked>>,
    /// How many entries have each code, and the first of them.
    by_code: HashMap<&'l Code0, (usize, &'l Locked)>,
    /// For each entry in the lock's order, how many before it have its code
    /// and name: entries with both are paired in order.
    nth: Vec<usize>,
}

impl<'l> Index<'l> {
    fn of(lock: &'l Lock) -> Self {
        let mut index = Index {
            by_key: HashMap::with_capacity(lock.entries.len()),
            by_code: HashMap::with_capacity(lock.entries.len()),
            nth: Vec::with_capacity(lock.entries.len()),
        };
        for entry in &lock.entries {
            let same = index
                .by_key
                .entry((&entry.code, entry.name.as_str()))
                .or_default();
            index.nth.push(same.len());
            same.push(entry);
            index.by_code.entry(&entry.code).or_insert((0, entry)).0 += 1;
        }
        index
    }

    /// The entry of this lock that `entry`, the `nth` with its code and name
    /// in the other lock, is.
    fn counterpart(&self, entry: &Locked, nth: usize) -> Option<&'l Locked> {
        self.by_key
            .get(&(&entry.code, entry.name.as_str()))
            .and_then(|same| same.get(nth).copied())
    }

    /// The one entry with `code`, if exactly one has it.
    fn only(&self, code: &Code0) -> Option<&'l Locked> {
        match self.by_code.get(code) {
            Some(&(1, entry)) => Some(entry),
            _ => None,
        }
    }
}

impl Lock {
    /// The changes from `self` (the recorded contract) to `now`, the
    /// breaking ones first.
    #[must_use]
    pub fn diff(&self, now: &Lock) -> Vec<Change> {
        let mut changes = Vec::new();
        let mut push = |breaking, text: String| changes.push(Change { breaking, text });
        if self.content_type != now.content_type {
            push(
                true,
                format!(
                    "bodies were `{}` and are now `{}`: clients that check the content type reject them",
                    self.content_type, now.content_type
                ),
            );
        }
        if self.type_name != now.type_name {
            push(
                false,
                format!(
                    "the type was `{}` and is now `{}`",
                    self.type_name, now.type_name
                ),
            );
        }
        let (was, is) = (Index::of(self), Index::of(now));
        // A code held by one entry before and after, under another name.
        let renamed = |code: &Code0| match (was.only(code), is.only(code)) {
            (Some(_), Some(new)) if *code != Code0::None => Some(new),
            _ => None,
        };
        for (old, &nth) in self.entries.iter().zip(&was.nth) {
            match (is.counterpart(old, nth), renamed(&old.code)) {
                (Some(new), _) => old.compare(new, &mut push),
                (None, Some(new)) => push(
                    true,
                    format!(
                        "{} was `{}` and is now `{}`: the code was renamed or reused for another error; \
                         clients matching on `{}` no longer see it",
                        old.code, old.name, new.name, old.name
                    ),
                ),
                (None, None) => push(
                    true,
                    format!(
                        "{} `{}` was removed: clients matching on it will see an unrecognized error",
                        old.code, old.name
                    ),
                ),
            }
        }
        for (new, &nth) in now.entries.iter().zip(&is.nth) {
            if was.counterpart(new, nth).is_none() && renamed(&new.code).is_none() {
                push(false, format!("{} `{}` was added", new.code, new.name));
            }
        }
        changes.sort_by_key(|c| !c.breaking);
        changes
    }
}

impl Locked {
    /// The changes from `self` to `new`, an entry with the same code and name.
    fn compare(&self, new: &Locked, push: &mut impl FnMut(bool, String)) {
        let it = format!("{} `{}`", self.code, self.name);
        if self.status != new.status {
            push(
                true,
                format!(
                    "{it} was sent with status {} and is now sent with {}: clients branching on the status, \
                     or telling entries apart by it, take another path",
                    self.status, new.status
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
        self.compare_message(new, &it, push);
        self.compare_members(new, &it, push);
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

    fn compare_members(&self, new: &Locked, it: &str, push: &mut impl FnMut(bool, String)) {
        let before: HashSet<&str> = self.members.iter().map(|(m, _)| m.as_str()).collect();
        let after: HashMap<&str, &Type> =
            new.members.iter().map(|(m, t)| (m.as_str(), t)).collect();
        for (member, old) in &self.members {
            match after.get(member.as_str()) {
                None => push(
                    true,
                    format!("{it}: body member `{member}` ({old}) was removed: clients reading it find nothing"),
                ),
                Some(now) if !now.within(old) => push(
                    true,
                    format!(
                        "{it}: body member `{member}` was {old} and is now {now}: clients reading it as {old} fail"
                    ),
                ),
                Some(now) if *now != old => push(
                    false,
                    format!("{it}: body member `{member}` was {old} and is now {now}"),
                ),
                Some(_) => {}
            }
        }
        for (member, now) in new
            .members
            .iter()
            .filter(|(m, _)| !before.contains(m.as_str()))
        {
            push(
                false,
                format!("{it}: body member `{member}` ({now}) was added"),
            );
        }
    }
}
