//! What a catalogue declares of its history, as the lock reads it: the one
//! place where declared retired codes, `since` and deprecations enter the
//! lock.
//!
//! WIRE (issue 20, after the history branch merges): the catalogue's
//! `Catalogue::retired()` (and its includes'), `Entry::since()` and
//! `Entry::deprecation()` are read here, each in the function named for it;
//! until then each answers "nothing declared", and the lock keeps only the
//! codes it retired itself (a removal accepted).

use crate::{Catalogue, Code, Entry};

/// The codes `catalogue` declares retired, with their notes.
///
/// WIRE: `catalogue.retired()` mapped to `(r.code(), r.note())`, then the
/// same for each of `catalogue.includes()`.
pub(super) fn retired(catalogue: &Catalogue) -> Vec<(Code, &'static str)> {
    let _ = catalogue;
    Vec::new()
}

/// The release `entry` appeared in.
///
/// WIRE: `entry.since()`.
pub(super) fn since(entry: &Entry) -> Option<&'static str> {
    let _ = entry;
    None
}

/// `entry`'s deprecation: the release it was deprecated in and the code
/// that replaces it.
///
/// WIRE: `entry.deprecation().map(|d| (d.since(), d.replaced_by()))`.
pub(super) fn deprecation(entry: &Entry) -> Option<(&'static str, Option<Code>)> {
    let _ = entry;
    None
}
