//! The changes of the API's operations, paired by method and path (its
//! parameters' names aside, which are not on the wire): an
//! operation or an entry it may return added (for review), or removed, or
//! an entry sent there with another status (breaking).

use std::collections::HashMap;

use super::change;
use crate::contract::operation::{LockedOperation, OperationError};
use crate::contract::{Change, ChangeKind, Lock};
use crate::CodeBuf;

impl Lock {
    /// The changes from `self`'s operations to `now`'s; none where neither
    /// records any (a lock of a catalogue alone).
    pub(super) fn operation_changes(&self, now: &Lock, out: &mut Vec<Change>) {
        let by_route: HashMap<(String, &str), &LockedOperation> =
            now.operations.iter().map(|o| (o.wire_route(), o)).collect();
        for old in &self.operations {
            match by_route.get(&old.wire_route()) {
                Some(new) => old.compare(new, (self, now), out),
                None => out.push(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "operation `{}` ({}) was removed: clients calling it no longer get \
                         the errors the contract promised for it",
                        old.route(),
                        old.id
                    ),
                )),
            }
        }
        let before: HashMap<(String, &str), &LockedOperation> = self
            .operations
            .iter()
            .map(|o| (o.wire_route(), o))
            .collect();
        for new in now
            .operations
            .iter()
            .filter(|o| !before.contains_key(&o.wire_route()))
        {
            let errors: Vec<String> = new.errors.iter().map(with_status).collect();
            out.push(change(
                ChangeKind::Added,
                false,
                format!(
                    "operation `{}` ({}) was added, returning {}",
                    new.route(),
                    new.id,
                    if errors.is_empty() {
                        "no error".to_owned()
                    } else {
                        errors.join(", ")
                    }
                ),
            ));
        }
    }
}

/// `code 34404 `MemberNotFound` (404)`.
fn with_status(error: &OperationError) -> String {
    format!("{} ({})", error.text(), error.status)
}

impl LockedOperation {
    /// The changes from `self` to `new`, the same route, of the locks
    /// `catalogues` (before, now).
    fn compare(&self, new: &LockedOperation, catalogues: (&Lock, &Lock), out: &mut Vec<Change>) {
        let route = self.route();
        if self.path != new.path {
            out.push(change(
                ChangeKind::Changed,
                false,
                format!(
                    "operation `{route}` is now written `{}`: its path parameters were renamed, \
                     the same URLs on the wire",
                    new.route()
                ),
            ));
        }
        if self.id != new.id {
            out.push(change(
                ChangeKind::Changed,
                false,
                format!(
                    "operation `{route}` was `{}` and is now `{}`",
                    self.id, new.id
                ),
            ));
        }
        for (old, now) in pair(&self.errors, &new.errors, catalogues) {
            match (old, now) {
                (Some(old), Some(now)) if old.status != now.status => out.push(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "operation `{route}` sends {} with {}, was {}: clients that branch on \
                         this route's statuses read it as another error",
                        old.text(),
                        now.status,
                        old.status
                    ),
                )),
                (Some(old), None) => out.push(change(
                    ChangeKind::Changed,
                    true,
                    format!(
                        "operation `{route}` ({}) no longer returns {}: clients that handle it \
                         there rely on an error the contract no longer promises",
                        self.id,
                        with_status(old)
                    ),
                )),
                (None, Some(now)) => out.push(change(
                    ChangeKind::Added,
                    false,
                    format!(
                        "operation `{route}` ({}) may now return {}: review that its clients \
                         handle it",
                        new.id,
                        with_status(now)
                    ),
                )),
                _ => {}
            }
        }
    }
}

/// The errors of two operations paired: by code and name, then by code
/// alone where one entry of each side has it and it is a rename (the old
/// name gone from the catalogue now, the new one not in it before; which
/// the entry's own change reports); the rest alone on their side. Two
/// entries sharing a code both in the catalogue are two errors, not one
/// renamed.
fn pair<'e>(
    old: &'e [OperationError],
    new: &'e [OperationError],
    (before, now): (&Lock, &Lock),
) -> Vec<(Option<&'e OperationError>, Option<&'e OperationError>)> {
    let in_catalogue = |lock: &Lock, error: &OperationError| {
        lock.entries
            .iter()
            .any(|e| e.code == error.code && e.name == error.name)
    };
    let key = |e: &'e OperationError| (e.code.as_ref(), e.name.as_str());
    let mut unpaired: HashMap<(Option<&CodeBuf>, &str), &OperationError> =
        new.iter().map(|e| (key(e), e)).collect();
    let mut pairs: Vec<(Option<&OperationError>, Option<&OperationError>)> = old
        .iter()
        .map(|e| (Some(e), unpaired.remove(&key(e))))
        .collect();
    let alone_by_code = |errors: Vec<&'e OperationError>| {
        let mut by_code: HashMap<&CodeBuf, Vec<&'e OperationError>> = HashMap::new();
        for error in errors {
            if let Some(code) = &error.code {
                by_code.entry(code).or_default().push(error);
            }
        }
        by_code
    };
    let old_alone = alone_by_code(
        pairs
            .iter()
            .filter(|(_, now)| now.is_none())
            .filter_map(|(old, _)| *old)
            .collect(),
    );
    let new_alone = alone_by_code(unpaired.values().copied().collect());
    for (old, paired) in &mut pairs {
        let Some((old, code)) = old.and_then(|o| Some((o, o.code.as_ref()?))) else {
            continue;
        };
        if let (None, Some([_]), Some([one_new])) = (
            &paired,
            old_alone.get(code).map(Vec::as_slice),
            new_alone.get(code).map(Vec::as_slice),
        ) {
            if !in_catalogue(now, old) && !in_catalogue(before, one_new) {
                *paired = Some(one_new);
                unpaired.remove(&key(one_new));
            }
        }
    }
    let mut added: Vec<&OperationError> = unpaired.into_values().collect();
    added.sort();
    pairs.extend(added.into_iter().map(|e| (None, Some(e))));
    pairs
}
