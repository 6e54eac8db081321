//! The changes between two locks, each explained, in time linear in their
//! entries: a lock of tens of thousands of entries is checked on every test
//! run.

use std::collections::HashSet;

use super::{code_text, Change, ChangeKind, Lock, Locked, LockedRetirement};
use crate::CodeBuf;

mod entry;
mod operation;

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

/// A change of `kind`.
fn change(kind: ChangeKind, breaking: bool, text: String) -> Change {
    Change {
        breaking,
        text,
        kind,
    }
}

impl Lock {
    /// The changes from `self` (the recorded contract) to `now`, the
    /// breaking ones first. Facts `self` does not record (a lock of an
    /// older version) are not compared.
    #[must_use]
    pub fn diff(&self, now: &Lock) -> Vec<Change> {
        let mut changes = self.header_changes(now);
        let retired_now: HashSet<&CodeBuf> = now.retired.iter().map(|r| &r.code).collect();
        let (pairs, seen) = pair(&self.entries, &now.entries);
        for (old, pair) in self.entries.iter().zip(pairs) {
            match pair {
                Pair::Same(new) if new == old => {}
                Pair::Same(new) => old.compare(new, self.version, &mut changes),
                Pair::Renamed(new) => changes.push(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "{} was `{}` and is now `{}`: the code was renamed or reused for another error; \
                         clients matching on `{}` no longer see it",
                        old.code_text(), old.name, new.name, old.name
                    ),
                )),
                Pair::Gone => changes.push(gone(old, &now.retired, &retired_now)),
            }
        }
        changes.extend(self.reused_codes(now));
        let tree = now.entries.iter().any(|e| e.parent.is_some());
        for (new, _) in now.entries.iter().zip(seen).filter(|(_, seen)| !seen) {
            if !self.retires(new) {
                changes.push(self.added(new, tree));
            }
        }
        let locked: HashSet<&CodeBuf> = self
            .entries
            .iter()
            .filter_map(|e| e.code.as_ref())
            .collect();
        for retired in now.retired.iter().filter(|r| !locked.contains(&r.code)) {
            match self.retired.iter().find(|r| r.code == retired.code) {
                None => changes.push(change(
                    ChangeKind::Retired,
                    false,
                    format!("{} was retired{}", code_text(&retired.code), note(retired)),
                )),
                Some(before) if before.note != retired.note => changes.push(change(
                    ChangeKind::Changed,
                    false,
                    format!(
                        "the note of retired {} was{} and is now{}",
                        code_text(&retired.code),
                        note(before),
                        note(retired)
                    ),
                )),
                Some(_) => {}
            }
        }
        self.operation_changes(now, &mut changes);
        changes.sort_by_key(|c| !c.breaking);
        changes
    }

    /// The change of an entry `now` has and `self` had not: an addition,
    /// under its parent where it has one; at the top level of a catalogue
    /// whose codes form a tree (`tree`), a finding for review.
    fn added(&self, new: &Locked, tree: bool) -> Change {
        let since = new
            .since
            .as_ref()
            .map(|s| format!(" (since {s})"))
            .unwrap_or_default();
        let it = format!("{} `{}`", new.code_text(), new.name);
        match &new.parent {
            Some(parent) => {
                let under = self
                    .entries
                    .iter()
                    .find(|e| e.code.as_ref() == Some(parent))
                    .map_or_else(
                        || format!("{}, itself new", code_text(parent)),
                        |e| format!("{} `{}`", code_text(parent), e.name),
                    );
                change(
                    ChangeKind::Added,
                    false,
                    format!("{it} was added{since} under {under}: clients that do not know it decode it as its parent"),
                )
            }
            None if tree && new.code.is_some() => change(
                ChangeKind::NewTopLevel,
                false,
                format!(
                    "{it} was added{since} at the top level, for review: clients that do not know it \
                     have no code of theirs to fall back to; if it refines an existing error, \
                     declare `parent = ...`"
                ),
            ),
            None => change(ChangeKind::Added, false, format!("{it} was added{since}")),
        }
    }

    /// The changes of the header line: content type, format, type.
    fn header_changes(&self, now: &Lock) -> Vec<Change> {
        let mut changes = Vec::new();
        if self.content_type != now.content_type {
            changes.push(change(
                ChangeKind::Changed,
                true,
                format!(
                    "bodies were `{}` and are now `{}`: clients that check the content type reject them",
                    self.content_type, now.content_type
                ),
            ));
        }
        if let (Some(old), Some(new)) = (&self.format, &now.format) {
            if old != new {
                changes.push(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "bodies were in the `{old}` format and are now in `{new}`: clients decode \
                         a body by its format's rules (where the code and message are, which members \
                         it has), and read these by the old ones"
                    ),
                ));
            }
        }
        if self.type_name != now.type_name {
            changes.push(change(
                ChangeKind::Changed,
                false,
                format!(
                    "the type was `{}` and is now `{}`",
                    self.type_name, now.type_name
                ),
            ));
        }
        changes
    }

    /// Whether `entry` uses a code `self` retired.
    fn retires(&self, entry: &Locked) -> bool {
        entry
            .code
            .as_ref()
            .is_some_and(|code| self.retired.iter().any(|r| r.code == *code))
    }

    /// Entries of `now` that use a code `self` retired, each explained: no
    /// [`Mode`](super::Mode) accepts them.
    pub(super) fn reused_codes(&self, now: &Lock) -> Vec<Change> {
        if self.retired.is_empty() {
            return Vec::new();
        }
        now.entries
            .iter()
            .filter_map(|entry| {
                let code = entry.code.as_ref()?;
                let retired = self.retired.iter().find(|r| r.code == *code)?;
                Some(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "{} was retired in this lock{}, and `{}` uses it again: clients and their \
                         logs know it as the retired error; pick another code (or, if reusing it is \
                         intended, delete its `retired` line from the lock)",
                        code_text(code),
                        note(retired),
                        entry.name
                    ),
                ))
            })
            .collect()
    }

    /// What a lock requiring `since` refuses in `now`: an entry, or a body
    /// member or header of an entry it had, added without saying when.
    pub(super) fn missing_since(&self, now: &Lock) -> Vec<Change> {
        if !self.require_since {
            return Vec::new();
        }
        let refuse = |what: String| {
            change(
                ChangeKind::Added,
                true,
                format!(
                    "{what} was added without `since`, which this lock requires \
                     (`\"require_since\":true` in its header): say which release it appears in"
                ),
            )
        };
        let (pairs, seen) = pair(&self.entries, &now.entries);
        let entries = now
            .entries
            .iter()
            .zip(seen)
            .filter(|(new, seen)| !seen && new.since.is_none())
            .map(|(new, _)| refuse(format!("{} `{}`", new.code_text(), new.name)));
        let parts = self.entries.iter().zip(pairs).flat_map(|(old, pair)| {
            let new = match pair {
                Pair::Same(new) | Pair::Renamed(new) => new,
                Pair::Gone => return Vec::new(),
            };
            let entry = format!("{} `{}`", new.code_text(), new.name);
            let members = new
                .members
                .iter()
                .map(|(path, _)| path)
                .filter(|path| !path.contains(['.', '[']))
                .filter(|path| !old.members.iter().any(|(p, _)| p == *path))
                .filter(|path| !new.member_since.iter().any(|(m, _)| m == *path))
                .map(|path| refuse(format!("body member `{path}` of {entry}")));
            let old_headers = old.headers.as_deref().unwrap_or_default();
            let headers = new
                .headers
                .iter()
                .flatten()
                .map(|(name, _)| name)
                .filter(|name| {
                    old.headers.is_some() && !old_headers.iter().any(|(n, _)| n == *name)
                })
                .filter(|name| !new.header_since.iter().any(|(h, _)| h == *name))
                .map(|name| refuse(format!("header `{name}` of {entry}")));
            members.chain(headers).collect()
        });
        entries.chain(parts).collect()
    }
}

/// ` (`Name`; note)`: what a retirement records, where it records anything.
fn note(retired: &LockedRetirement) -> String {
    let name = retired.name.as_ref().map(|n| format!("`{n}`"));
    let parts: Vec<String> = name.into_iter().chain(retired.note.clone()).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

/// An entry of the old lock that `now` no longer has: retired there, or
/// removed.
fn gone(old: &Locked, retired: &[LockedRetirement], retired_codes: &HashSet<&CodeBuf>) -> Change {
    let retirement = old
        .code
        .as_ref()
        .filter(|c| retired_codes.contains(c))
        .and_then(|c| retired.iter().find(|r| r.code == *c));
    match retirement {
        Some(retirement) => change(
            ChangeKind::Retired,
            true,
            format!(
                "{} `{}` was removed and its code retired{}: clients matching on it will see a retired error",
                old.code_text(),
                old.name,
                retirement
                    .note
                    .as_ref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            ),
        ),
        None => change(
            ChangeKind::Changed,
            true,
            format!(
                "{} `{}` was removed: clients matching on it will see an unrecognized error",
                old.code_text(),
                old.name
            ),
        ),
    }
}
