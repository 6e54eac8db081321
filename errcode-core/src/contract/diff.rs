//! The changes between two locks, each explained, in time linear in their
//! entries: a lock of tens of thousands of entries is checked on every test
//! run.

use std::collections::{HashMap, HashSet};

use super::{Change, Lock, Locked, Type};

/// What an entry of the old lock is in the new one.
#[derive(Clone, Copy)]
enum Pair<'l> {
    /// The entry with the same code and name (paired in order where several
    /// have both).
    Same(&'l Locked),
    /// The one entry with its code, where the old lock had one too, under
    /// another name.
    Renamed(&'l Locked),
    /// None: it was removed.
    Gone,
}

/// The entries of `old` and `new` paired: for each of `old`'s (in its
/// order) what it is in `new`, and for each of `new`'s whether it is one of
/// `old`'s. Both are walked in order of code and name, which a lock is
/// written in already: sorting a sorted lock is a single pass, and the walk
/// reads memory in order (looking entries up in hash maps took most of the
/// time, in hashing and cache misses, at 20,000 entries).
fn pair<'l>(old: &'l [Locked], new: &'l [Locked]) -> (Vec<Pair<'l>>, Vec<bool>) {
    let (old_order, new_order) = (by_code_and_name(old), by_code_and_name(new));
    let mut pairs = vec![Pair::Gone; old.len()];
    let mut seen = vec![false; new.len()];
    let (mut i, mut j) = (0, 0);
    while i < old_order.len() || j < new_order.len() {
        let code = match (old_order.get(i), new_order.get(j)) {
            (Some(&o), Some(&n)) if old[o].code_order() <= new[n].code_order() => &old[o].code,
            (Some(_), Some(&n)) => &new[n].code,
            (Some(&o), None) => &old[o].code,
            (None, Some(&n)) => &new[n].code,
            (None, None) => break,
        };
        let run = |order: &[usize], entries: &[Locked], from: usize| {
            from + order[from..]
                .iter()
                .take_while(|&&e| entries[e].code == *code)
                .count()
        };
        let (i_end, j_end) = (run(&old_order, old, i), run(&new_order, new, j));
        let (old_run, new_run) = (&old_order[i..i_end], &new_order[j..j_end]);
        let (mut o, mut n) = (0, 0);
        while o < old_run.len() && n < new_run.len() {
            let (a, b) = (old_run[o], new_run[n]);
            match old[a].name.cmp(&new[b].name) {
                std::cmp::Ordering::Less => o += 1,
                std::cmp::Ordering::Greater => n += 1,
                std::cmp::Ordering::Equal => {
                    pairs[a] = Pair::Same(&new[b]);
                    seen[b] = true;
                    (o, n) = (o + 1, n + 1);
                }
            }
        }
        if let ([a], [b]) = (old_run, new_run) {
            if code.is_some() && !seen[*b] {
                pairs[*a] = Pair::Renamed(&new[*b]);
                seen[*b] = true;
            }
        }
        (i, j) = (i_end, j_end);
    }
    (pairs, seen)
}

/// The positions of `entries` in order of code and name; entries with both
/// the same keep their order.
fn by_code_and_name(entries: &[Locked]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| {
        (entries[a].code_order(), &entries[a].name)
            .cmp(&(entries[b].code_order(), &entries[b].name))
    });
    order
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
        let (pairs, seen) = pair(&self.entries, &now.entries);
        for (old, pair) in self.entries.iter().zip(pairs) {
            match pair {
                Pair::Same(new) if new == old => {}
                Pair::Same(new) => old.compare(new, &mut push),
                Pair::Renamed(new) => push(
                    true,
                    format!(
                        "{} was `{}` and is now `{}`: the code was renamed or reused for another error; \
                         clients matching on `{}` no longer see it",
                        old.code_text(), old.name, new.name, old.name
                    ),
                ),
                Pair::Gone => push(
                    true,
                    format!(
                        "{} `{}` was removed: clients matching on it will see an unrecognized error",
                        old.code_text(), old.name
                    ),
                ),
            }
        }
        for (new, _) in now.entries.iter().zip(seen).filter(|(_, seen)| !seen) {
            push(
                false,
                format!("{} `{}` was added", new.code_text(), new.name),
            );
        }
        changes.sort_by_key(|c| !c.breaking);
        changes
    }
}

impl Locked {
    /// The changes from `self` to `new`, an entry with the same code and name.
    fn compare(&self, new: &Locked, push: &mut impl FnMut(bool, String)) {
        let it = format!("{} `{}`", self.code_text(), self.name);
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
