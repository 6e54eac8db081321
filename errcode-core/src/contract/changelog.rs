//! A release's changes to the error contract as Markdown, for release
//! notes: the lock at the last release against the lock now.

use super::{ChangeKind, Lock};

/// The changes from `old` (the lock committed at the last release) to `new`
/// (the lock now, read from its file or built with [`Lock::of`]) as
/// Markdown sections `### Added`, `### Changed`, `### Deprecated` and
/// `### Retired`, each left out where empty, for the release's heading to
/// go above. Breaking changes lead their section, marked **Breaking**.
///
/// Two locks rather than a lock and a catalogue: a release's contract is
/// its committed lock (the enum of an old release no longer compiles
/// alongside the new one), and a lock holds everything a changelog shows,
/// retired codes included.
///
/// ```
/// # mod v1 { #[derive(Debug, errcodes::ApiError)] pub enum Api { #[code(1, status = 400, msg = "bad")] Bad } }
/// # mod v2 { #[derive(Debug, errcodes::ApiError)] pub enum Api {
/// #     #[code(1, status = 400, msg = "bad")] Bad,
/// #     #[code(2, status = 409, msg = "conflict")] Conflict } }
/// use errcodes::contract::{changelog, Lock};
///
/// let notes = changelog(&Lock::of::<v1::Api>(), &Lock::of::<v2::Api>());
/// assert_eq!(notes, "### Added\n\n- code 2 `Conflict` was added\n");
/// ```
#[must_use]
pub fn changelog(old: &Lock, new: &Lock) -> String {
    let changes = old.diff(new);
    let sections: [(&[ChangeKind], &str); 4] = [
        (&[ChangeKind::Added, ChangeKind::NewTopLevel], "Added"),
        (&[ChangeKind::Changed], "Changed"),
        (&[ChangeKind::Deprecated], "Deprecated"),
        (&[ChangeKind::Retired], "Retired"),
    ];
    let mut out = String::new();
    for (kinds, title) in sections {
        let mut items = changes
            .iter()
            .filter(|c| kinds.contains(&c.kind))
            .peekable();
        if items.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("### ");
        out.push_str(title);
        out.push_str("\n\n");
        for change in items {
            out.push_str(if change.breaking {
                "- **Breaking**: "
            } else {
                "- "
            });
            // A list item is one line: a note written over several would
            // end it and could start a section of its own.
            out.push_str(&change.text.replace(['\n', '\r'], " "));
            out.push('\n');
        }
    }
    out
}
